"""The command line speaks the user's language: German from the system or ``--lang de``,
English exactly as before and without loading Qt."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from jmdesigner import i18n
from jmdesigner.cli import main
from jmdesigner.cli.language import system_language, take_lang_option

_PROBE = (
    "import sys\nfrom jmdesigner.cli import main\n"
    "try:\n    status = main(sys.argv[1:])\nexcept SystemExit as exc:\n    status = exc.code or 0\n"
    "print('MODULES', ' '.join(sorted(sys.modules)), file=sys.stderr)\nsys.exit(status)\n"
)


def _cli(*argv: str | Path, lang: str = "C") -> tuple[int, str, str, set[str]]:
    """Run the CLI in a fresh interpreter with LANG=lang: status, stdout, stderr, modules loaded."""
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env["LANG"] = lang
    result = subprocess.run(
        [sys.executable, "-c", _PROBE, *map(str, argv)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    err, _, modules = result.stderr.rpartition("MODULES ")
    return result.returncode, result.stdout, err, set(modules.split())


@pytest.fixture(scope="module")
def document(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("lang") / "a.jmap"
    assert _cli("new", path, "--template", "five-stage")[0] == 0
    return path


def test_german_system_help_is_german() -> None:
    status, out, _, _ = _cli("--help", lang="de_DE.UTF-8")
    assert status == 0
    assert out.startswith("Aufruf: jmdesigner")
    assert "Customer Journey Maps gestalten." in out and "\nBefehle:\n  new " in out
    assert "  export     eine Map nach OUT schreiben" in out  # each command with its German summary
    assert "das Fenster als PNG speichern und beenden" in out and "Optionen:" in out


def test_german_verb_help_describes_the_verb_in_german() -> None:
    status, out, _, _ = _cli("export", "--help", lang="de_DE.UTF-8")
    assert status == 0
    assert "eine Map nach OUT schreiben" in out
    assert "PDF: keine Persona-Seiten" in out


def test_a_refused_file_is_one_german_sentence_with_exit_1(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jmap"
    bad.write_text("not a database")
    status, out, err, _ = _cli("check", bad, lang="de_DE.UTF-8")
    assert status == 1 and out == ""
    assert err.startswith("jmdesigner: error: bad.jmap ist keine jmdesigner-Datei")
    assert err.count("\n") == 1 and "Traceback" not in err


def test_the_command_lines_own_refusals_are_german(document: Path, tmp_path: Path) -> None:
    status, _, err, _ = _cli("export", document, tmp_path / "a.pdf", "--map", "Nope", lang="de_DE.UTF-8")
    assert status == 1
    assert (
        err
        == "jmdesigner: error: a.jmap hat keine Map mit dem Titel „Nope“. Ihre Maps: „Customer journey“.\n"
    )
    status, _, err, _ = _cli("export", document, tmp_path / "a.pdf", "--map", "Nope")
    assert err == "jmdesigner: error: a.jmap has no map titled “Nope”. Its maps: “Customer journey”.\n"
    assert not (tmp_path / "a.pdf").exists()


def test_success_messages_and_usage_errors_are_german(document: Path, tmp_path: Path) -> None:
    assert _cli("check", document, lang="de_DE.UTF-8")[1] == "a.jmap: in Ordnung (Dateiformat 3).\n"
    table = tmp_path / "visits.csv"
    table.write_text("Stage,Lane,Text\nAnkunft,Aktionen,Hallo\nAbreise,Aktionen,Tschüss\n")
    status, out, _, _ = _cli("import", tmp_path / "b.jmap", table, lang="de_DE.UTF-8")
    assert status == 0
    assert out == "2 Phasen, 1 Bahn und 2 Karten in der neuen Map „visits“ angelegt.\n"
    status, _, err, _ = _cli("check", lang="de_DE.UTF-8")
    assert status == 2
    assert err == "jmdesigner: error: diese Argumente fehlen: file (siehe „jmdesigner check --help“)\n"


def test_english_is_exactly_as_before_and_loads_no_qt(document: Path, tmp_path: Path) -> None:
    status, out, _, modules = _cli("check", document)
    assert (status, out) == (0, "a.jmap: healthy (file format 3).\n")
    assert not any(m.startswith("PySide6") for m in modules)
    status, out, _, modules = _cli("--help")
    assert out.startswith("usage: jmdesigner") and "\noptions:\n" in out
    assert "Design customer journey maps.\n\ncommands:\n  new        create a new document" in out
    assert not any(m.startswith("PySide6") for m in modules)
    bad = tmp_path / "bad.jmap"
    bad.write_text("not a database")
    status, _, err, _ = _cli("check", bad, lang="fr_FR.UTF-8")  # no French catalogue: English
    assert status == 1 and err.startswith("jmdesigner: error: bad.jmap is not a jmdesigner file")


def test_german_loads_the_catalogue_with_qtcore_alone(document: Path) -> None:
    modules = _cli("check", document, lang="de_DE.UTF-8")[3]
    assert "PySide6.QtCore" in modules
    assert "PySide6.QtGui" not in modules and "PySide6.QtWidgets" not in modules


def test_lang_option_overrides_the_system(document: Path) -> None:
    assert _cli("--lang", "de", "check", document)[1] == "a.jmap: in Ordnung (Dateiformat 3).\n"
    assert _cli("--lang=en", "check", document, lang="de_DE.UTF-8")[1] == "a.jmap: healthy (file format 3).\n"
    status, _, err, _ = _cli("--lang", "xx", "check", document)
    assert status == 2 and err == "jmdesigner: error: argument --lang: choose one of en, de, not “xx”\n"


GERMAN_REFUSAL = "jmdesigner: error: Argument --lang: wählen Sie eines von en, de, nicht „xx“\n"


def test_the_windows_bad_lang_is_refused_in_the_terminals_language(document: Path) -> None:
    # ``jmdesigner --lang xx FILE`` (or ``FILE --lang xx``) is the window's command line, not a verb's:
    # one sentence in the system's language, as a verb's ``--lang xx``, and no window.
    for argv in (("--lang", "xx", document), (document, "--lang", "xx"), ("--lang=xx",)):
        status, out, err, modules = _cli(*argv, lang="de_DE.UTF-8")
        assert (status, out, err) == (2, "", GERMAN_REFUSAL), argv
        assert "PySide6.QtWidgets" not in modules
    assert (
        _cli("--lang", "xx", document)[2]
        == "jmdesigner: error: argument --lang: choose one of en, de, not “xx”\n"
    )
    # --lang de first: the window's other mistakes are said in German too
    status, _, err, _ = _cli("--lang", "de", document, "--size", lang="C")
    assert (
        status == 2
        and err == "jmdesigner: error: Argument --size: ein Argument erwartet (siehe „jmdesigner --help“)\n"
    )
    assert _cli("--lang", "de", document, "--bogus")[2].startswith(
        "jmdesigner: error: unbekannte Argumente: --bogus"
    )


def test_the_windows_lang_anywhere_in_its_command_line_says_its_refusals(document: Path) -> None:
    # The window's parser takes --lang anywhere (``jmdesigner map.jmap --lang de`` opens it in
    # German, and a missing file is refused in German): a mistake beside it is said in it too, as
    # a verb's --lang after the verb does, whichever place it has; the last one given wins.
    bogus = "jmdesigner: error: unbekannte Argumente: --bogus (siehe „jmdesigner --help“)\n"
    for argv in (
        (document, "--lang", "de", "--bogus"),
        (document, "--bogus", "--lang=de"),
        ("--size", "800x600", "--lang", "de", "--bogus"),
        ("--lang", "en", document, "--lang", "de", "--bogus"),
    ):
        status, out, err, _ = _cli(*argv, lang="C")
        assert (status, out, err) == (2, "", bogus), argv
    status, _, err, _ = _cli(document, "--lang", "de", "--size", lang="C")
    assert (status, err) == (
        2,
        "jmdesigner: error: Argument --size: ein Argument erwartet (siehe „jmdesigner --help“)\n",
    )
    assert _cli(document, "--lang", "en", "--bogus", lang="de_DE.UTF-8")[2].startswith(
        "jmdesigner: error: unrecognized arguments: --bogus"
    )


def test_machine_readable_output_stays_english(document: Path, tmp_path: Path) -> None:
    out = tmp_path / "a.csv"
    assert _cli("export", document, out, lang="de_DE.UTF-8")[0] == 0
    assert out.read_text(encoding="utf-8-sig").startswith("Stage,Lane,Kind,Text")
    assert '"schema_version": 3' in _cli("info", document, lang="de_DE.UTF-8")[1]
    assert _cli("--completion", "bash", lang="de_DE.UTF-8")[1] == _cli("--completion", "bash")[1]


def test_main_in_process_leaves_the_source_text_behind(
    document: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    assert main(["check", str(document)]) == 0
    assert "in Ordnung" in capsys.readouterr().out
    assert i18n.translate("Cli", "Design customer journey maps.") == "Design customer journey maps."
    assert main(["--lang", "xx", "--help"]) == 2  # --help installs it first; the refusal inside keeps it
    assert capsys.readouterr().err == GERMAN_REFUSAL
    assert main([str(document), "--lang", "xx"]) == 2  # the window's refusal installs it for itself
    assert capsys.readouterr().err == GERMAN_REFUSAL
    assert i18n.translate("Cli", "Design customer journey maps.") == "Design customer journey maps."


@pytest.mark.parametrize(
    ("environ", "code"),
    [
        ({"LANG": "de_DE.UTF-8"}, "de"),
        ({"LANGUAGE": "fr:de", "LANG": "en_GB.UTF-8"}, "de"),
        ({"LANGUAGE": "fr", "LANG": "de_AT.UTF-8"}, "de"),
        ({"LC_ALL": "C", "LANG": "de_DE.UTF-8"}, "en"),
        ({"LC_MESSAGES": "de_CH", "LANG": "C"}, "de"),
        ({}, "en"),
    ],
)
def test_system_language_reads_the_variables_in_order(environ: dict[str, str], code: str) -> None:
    assert system_language(environ) == code


def test_lang_option_is_taken_before_the_verb_or_after_it() -> None:
    verbs = {"check", "info", "export"}
    assert take_lang_option(["--lang", "de", "check", "a"], verbs) == ("de", ["check", "a"])
    assert take_lang_option(["--lang=de", "info"], verbs) == ("de", ["info"])
    assert take_lang_option(["check", "--lang", "de", "a"], verbs) == ("de", ["check", "a"])
    assert take_lang_option(["export", "a", "b.pdf", "--lang=de"], verbs) == ("de", ["export", "a", "b.pdf"])
    assert take_lang_option(["--lang", "en", "check", "--lang", "de"], verbs) == (
        "de",
        ["check"],
    )  # last wins
    assert take_lang_option(["check", "--lang"], verbs) == ("", ["check"])  # no value: refused by main
    assert take_lang_option(["check", "--", "--lang", "de"], verbs) == (None, ["check", "--", "--lang", "de"])
    assert take_lang_option(["map.jmap", "--lang", "de"], verbs) == (
        None,
        ["map.jmap", "--lang", "de"],
    )  # the window's


def test_lang_option_after_the_verb(document: Path, tmp_path: Path) -> None:
    assert _cli("check", "--lang", "de", document)[1] == "a.jmap: in Ordnung (Dateiformat 3).\n"
    assert _cli("check", document, "--lang=en", lang="de_DE.UTF-8")[1] == "a.jmap: healthy (file format 3).\n"
    status, out, _, _ = _cli("export", "--lang", "de", "--help")
    assert status == 0 and out.startswith("Aufruf: jmdesigner export") and "--lang" not in out
    assert out == _cli("export", "--help", lang="de_DE.UTF-8")[1]  # the help itself is unchanged
    status, _, err, _ = _cli("check", document, "--lang", "xx")
    assert status == 2 and err == "jmdesigner: error: argument --lang: choose one of en, de, not “xx”\n"
    status, _, err, _ = _cli("check", document, "--lang")
    assert status == 2 and err == "jmdesigner: error: argument --lang: expected one argument\n"
    table = tmp_path / "visits.csv"
    table.write_text("Stage,Lane,Text\nAnkunft,Aktionen,Hallo\n")
    status, out, _, _ = _cli("import", tmp_path / "b.jmap", table, "--lang", "de", "--layout", "long")
    assert (status, out) == (0, "1 Phase, 1 Bahn und 1 Karte in der neuen Map „visits“ angelegt.\n")
