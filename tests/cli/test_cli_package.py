"""The command's structure: each verb describes itself in one line, and light verbs stay light."""

from __future__ import annotations

import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jmdesigner.cli import main
from jmdesigner.cli.verbs import VERBS
from tests.cli.test_cli import run

HEAVY = ("sqlalchemy", "reportlab", "openpyxl", "PIL", "PySide6")


@pytest.mark.parametrize("name", sorted(VERBS))
def test_every_verb_help_starts_with_its_one_line_summary(
    name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main([name, "--help"])
    assert exited.value.code == 0
    out = capsys.readouterr().out
    summary = VERBS[name].SUMMARY
    assert "\n" not in summary and summary
    assert f" {summary}. " in " ".join(out.split())  # argparse may wrap it


def test_top_level_help_lists_every_verb_with_its_one_line_summary(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    listed = " ".join(out.split("commands:\n", 1)[1].split("\n\n", 1)[0].split())  # wrapping undone
    for name, verb in VERBS.items():
        assert f"{name} {verb.SUMMARY}" in listed, name


def _modules_loaded_by(*argv: str, whole_names: bool = False) -> set[str]:
    name = "m" if whole_names else "m.split('.')[0]"
    code = (
        "import sys\nfrom jmdesigner.cli import main\n"
        f"try:\n    main({list(argv)!r})\nexcept SystemExit:\n    pass\n"
        f"print(' '.join(sorted({{{name} for m in sys.modules}})))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    return set(result.stdout.split())


def _five_stage_map(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "a.jmap"
    assert run(capsys, "new", path, "--template", "five-stage")[0] == 0
    return path


def test_help_loads_no_heavy_library() -> None:
    assert not _modules_loaded_by("export", "--help") & set(HEAVY)


@pytest.mark.parametrize("verb", ["info", "check"])
def test_reading_verbs_load_no_heavy_library_not_even_sqlalchemy(
    verb: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A read-only open reads rows with sqlite3 itself: SQLAlchemy's import alone costs ~0.3 s."""
    path = _five_stage_map(tmp_path, capsys)
    assert not _modules_loaded_by(verb, str(path)) & set(HEAVY)


def test_json_export_loads_no_heavy_library(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _five_stage_map(tmp_path, capsys)
    out = tmp_path / "a.json"
    assert not _modules_loaded_by("export", str(path), str(out)) & set(HEAVY)
    assert out.stat().st_size > 0


def test_new_and_json_import_load_no_heavy_library(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Creating and writing a document is plain SQL through sqlite3: no SQLAlchemy import."""
    source = tmp_path / "a.json"
    assert run(capsys, "new", tmp_path / "a.jmap", "--template", "five-stage")[0] == 0
    assert run(capsys, "export", tmp_path / "a.jmap", source)[0] == 0
    assert not _modules_loaded_by("import", str(tmp_path / "b.jmap"), str(source)) & set(HEAVY)
    assert not _modules_loaded_by("new", str(tmp_path / "c.jmap")) & set(HEAVY)
    assert '"cards": ' in run(capsys, "info", tmp_path / "b.jmap")[1]


def test_publishing_a_file_with_its_versions_into_a_file_loads_no_heavy_library(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file's named versions are read and written with sqlite3 too (``storage.version_rows``)."""
    from jmdesigner.storage.jmapfile import JmapFile

    path = _five_stage_map(tmp_path, capsys)
    with JmapFile.open(path) as jfile:
        jfile.save_version(jfile.document.maps()[0].id, "after workshop 1")
    for target in ("new.jmap", "new.jmap"):  # into a new file, then into that existing file
        assert not _modules_loaded_by("import", str(tmp_path / target), str(path)) & set(HEAVY)
    with JmapFile.open(tmp_path / "new.jmap", read_only=True) as published:
        assert sorted(v.name for v in published.versions()) == ["after workshop 1"] * 2


def test_svg_export_loads_no_qt(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Qt (0.2 s, 20 MB) is the PNG rasteriser's; an SVG never needs it."""
    path = _five_stage_map(tmp_path, capsys)
    out = tmp_path / "a.svg"
    assert "PySide6" not in _modules_loaded_by("export", str(path), str(out))
    assert out.read_text(encoding="utf-8").startswith("<")


# What a map-only PDF or an SVG needs no part of: the font subsetter of fontTools (HarfBuzz
# subsets), its font parser (the descriptor numbers come from the tables HarfBuzz has open),
# urllib (which xml.sax.saxutils imports), the interchange formats, the extra pages' modules,
# regex (for Latin text), logging, threading and the command-line parser.
NOT_FOR_DRAWING = {
    "fontTools.subset",
    "fontTools.ttLib.ttFont",
    "urllib.request",
    "xml.sax",
    "jmdesigner.interchange.formats",
    "jmdesigner.export.summary",
    "jmdesigner.export.personas",
    "jmdesigner.export.cover",
    "jmdesigner.export.compare_pages",
    "sqlalchemy",
    "PySide6",
    "PIL._imaging",  # Pillow's C core: ReportLab imports PIL.Image, a persona photo alone loads it
    "regex",  # Latin text (the subtitle's "·" included) is measured, broken and split without it
    *("logging", "threading", "argparse"),  # a read-only open starts no backup; a plain command line
    *("shutil", "random", "_pickle"),  # what tempfile and pickle import (ReportLab's, deferred)
    # what inspect imports: HarfBuzz's module and ReportLab's safe-eval import it, unused here
    *("dis", "tokenize", "linecache"),
    "_hashlib",  # OpenSSL: ReportLab's md5 and the subset tags' sha1 are Python's own (deferred hashlib)
}


@pytest.mark.parametrize("suffix", [".pdf", ".svg"])
def test_map_drawing_exports_load_only_what_they_draw_with(
    suffix: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _five_stage_map(tmp_path, capsys)
    out = tmp_path / f"a{suffix}"
    extra = ["--no-cover", "--no-summary", "--no-personas"] if suffix == ".pdf" else []
    loaded = _modules_loaded_by("export", str(path), str(out), *extra, whole_names=True)
    assert not loaded & NOT_FOR_DRAWING
    assert ("reportlab" in loaded) == (suffix == ".pdf")
    assert ("ast" in loaded) == (suffix == ".pdf")  # ReportLab's utils import it (literal_eval)
    assert out.stat().st_size > 1000


def test_json_map_import_loads_no_other_reader(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A jmdesigner map is recognised first, so the readers of the other formats and of
    spreadsheets are never imported for it."""
    source = tmp_path / "a.json"
    assert run(capsys, "export", _five_stage_map(tmp_path, capsys), source)[0] == 0
    loaded = _modules_loaded_by("import", str(tmp_path / "b.jmap"), str(source), whole_names=True)
    assert "jmdesigner.interchange.json_map_format" in loaded
    others = {
        "jmdesigner.interchange.table_reader",
        "jmdesigner.interchange.govuk_step_by_step",
        "jmdesigner.interchange.ptolemy_ojf",
        "jmdesigner.interchange.mermaid_journey",
    }
    assert not loaded & others
    assert '"cards": ' in run(capsys, "info", tmp_path / "b.jmap")[1]


VERB_MODULES = {
    "jmdesigner.cli.new",
    "jmdesigner.cli.importing",
    "jmdesigner.cli.exporting",
    "jmdesigner.cli.info",
    "jmdesigner.cli.check",
    "jmdesigner.cli.templates",
    "jmdesigner.cli.room",
}


def test_every_registered_verb_module_names_itself() -> None:
    assert {VERBS[name].__name__ for name in VERBS} == VERB_MODULES
    assert all(name == VERBS[name].NAME for name in VERBS)


@pytest.mark.parametrize(
    ("verb", "own_module"),
    [
        ("info", "jmdesigner.cli.info"),
        ("check", "jmdesigner.cli.check"),
        ("import", "jmdesigner.cli.importing"),
    ],
)
def test_a_verb_imports_no_module_of_another_verb_nor_the_windows(
    verb: str, own_module: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A verb's start-up pays for that verb alone: not the exporter's, the room's or the GUI's modules."""
    path = _five_stage_map(tmp_path, capsys)
    argv = [verb, str(path)]
    if verb == "import":
        source = tmp_path / "a.json"
        assert run(capsys, "export", path, source)[0] == 0
        argv = [verb, str(tmp_path / "b.jmap"), str(source)]
    loaded = _modules_loaded_by(*argv, whole_names=True)
    assert own_module in loaded
    assert not loaded & (VERB_MODULES - {own_module})
    assert not loaded & {"jmdesigner.cli.gui", "jmdesigner.cli.qt_options", "jmdesigner.cli.completion"}
    assert not loaded & {"jmdesigner.export", "jmdesigner.layout"}


def test_a_pdf_with_a_persona_photo_loads_pillow_when_drawing_it(tmp_path: Path) -> None:
    """Pillow is deferred on the PDF path, not left out: the photo is on the persona page."""
    import io

    from PIL import Image

    from jmdesigner.model import Persona, Photo, UndoStack, commands, new_id
    from jmdesigner.storage.new_file import NewJmapFile
    from tests.builders import sample_bundle

    picture = io.BytesIO()
    Image.new("RGB", (300, 200), (200, 60, 40)).save(picture, "PNG")
    path, out = tmp_path / "a.jmap", tmp_path / "a.pdf"
    with NewJmapFile(path) as new:
        stack = UndoStack(new.document)
        bundle = sample_bundle("Photos", stages=3, cards_per_cell=1)
        stack.push(commands.add_map(bundle))
        persona = Persona(new_id(), "Ada Lovelace", photo=Photo("image/png", picture.getvalue()))
        stack.push(commands.add_persona(persona))
        stack.push(commands.attach_persona(bundle.map.id, persona.id))
    loaded = _modules_loaded_by("export", str(path), str(out), "--no-cover", "--no-summary", whole_names=True)
    assert "PIL._imaging" in loaded
    images = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True, text=True, check=True)
    rows = [line.split() for line in images.stdout.splitlines()[2:]]
    assert [(row[3], row[4]) for row in rows] == [("200", "200")]  # the photo (cut square), drawn once


def test_the_window_path_imports_no_verb_module_until_help_lists_them(tmp_path: Path) -> None:
    """Opening a file parses ``jmdesigner [FILE]``; only ``--help`` reads every verb's summary."""
    loaded = _modules_loaded_by(str(tmp_path / "missing.jmap"), whole_names=True)
    assert "jmdesigner.cli.gui" in loaded  # the window's parser ran (and refused the missing file)
    assert not loaded & VERB_MODULES
    assert _modules_loaded_by("--help", whole_names=True) >= VERB_MODULES


def test_a_deferred_inspect_serves_harfbuzz_its_code_flags_and_runs_when_a_name_is_read() -> None:
    """HarfBuzz's module reads ``inspect``'s code flags as it loads: the deferred module holds
    inspect's own values, so HarfBuzz loads and works with ``inspect`` not run, and so does another
    module's ``import inspect``; the first other name read runs it, as an import would have."""
    import inspect

    from jmdesigner.cli.deferred_imports import CODE_FLAGS

    flags = {name: getattr(inspect, name) for name in dir(inspect) if name.startswith("CO_")}
    assert flags == CODE_FLAGS
    code = (
        "import sys\n"
        "from jmdesigner.cli.deferred_imports import defer\n"
        "defer('inspect')\n"
        "import dataclasses, uharfbuzz\n"
        "import inspect\n"
        "print(uharfbuzz.Buffer().direction, type(inspect).__name__, inspect.__name__,\n"
        "      sorted(m for m in ('ast', 'dis', 'tokenize') if m in sys.modules))\n"
        "print(inspect.signature(divmod), inspect.CO_COROUTINE, type(inspect).__name__,\n"
        "      'dis' in sys.modules)\n"
        "print(inspect.isfunction(print), 'getmembers' in dir(inspect), inspect is sys.modules['inspect'])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.splitlines() == [
        "invalid _Deferred inspect []",
        "(x, y, /) 128 module True",
        "False True True",
    ]


def test_a_map_pdf_runs_neither_hashlib_nor_platform_and_their_names_known_ahead_are_theirs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ReportLab reads md5 of hashlib and ``python_implementation`` of platform as it loads, and the
    PDF's font subsets are tagged by sha1: the deferred modules hold Python's own md5 and sha1
    (the same digests) and CPython's name, so a map-only PDF runs neither module; another name
    read of them runs the real module, whose names then stand."""
    import hashlib
    import platform

    from jmdesigner.cli.deferred_imports import KNOWN_AHEAD

    for name, digest in KNOWN_AHEAD["hashlib"]().items():
        assert (
            digest(b"jmdesigner", usedforsecurity=False).hexdigest()
            == hashlib.new(name, b"jmdesigner").hexdigest()
        )
    assert {k: f() for k, f in KNOWN_AHEAD["platform"]().items()} == {
        "python_implementation": platform.python_implementation()
    }
    path = _five_stage_map(tmp_path, capsys)
    out = tmp_path / "a.pdf"
    code = (
        "import sys\nfrom jmdesigner.cli import main\n"
        f"main(['export', {str(path)!r}, {str(out)!r}, '--no-cover', '--no-summary', '--no-personas'])\n"
        "print([type(sys.modules[m]).__name__ for m in ('hashlib', 'platform', 'inspect')])\n"
        "print('textwrap' in sys.modules)\n"  # the deferred safe-eval module's import, not run
        "import hashlib, platform\n"
        "print(hashlib.sha256(b'').hexdigest()[:8], hashlib.md5.__module__, platform.system(),\n"
        "      type(hashlib).__name__, type(platform).__name__)\n"
    )
    said = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert said.splitlines() == [
        "['_Deferred', '_Deferred', '_Deferred']",
        "False",
        f"e3b0c442 _hashlib {platform.system()} module module",
    ]
    assert out.stat().st_size > 1000


@pytest.mark.parametrize(
    "argv",
    [
        ["info"],
        ["check"],
        ["export", "a.svg"],
        ["export", "a.pdf", "--no-cover", "--no-summary", "--no-personas"],
        ["export", "a.csv"],
    ],
)
def test_a_verb_on_a_file_parses_no_url(
    argv: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """pathlib and ReportLab import functions of ``urllib.parse`` at their tops, which ran it (with
    ``ipaddress``); as the program, a verb on a file finds it deferred, holding forwarders by those
    names, and the names work: the first call runs the module and answers as its own function."""
    path = _five_stage_map(tmp_path, capsys)
    verb, *rest = argv
    args = [verb, str(path), *(str(tmp_path / rest[0]) for _ in rest[:1]), *rest[1:]]
    said = _as_the_program_then(
        args,
        "print('ipaddress' in sys.modules, type(sys.modules['urllib.parse']).__name__)\n"
        "from pathlib import Path\n"
        "print(Path('/tmp/a b%.jmap').as_uri(), type(sys.modules['urllib.parse']).__name__,\n"
        "      'ipaddress' in sys.modules)\n",
    )
    assert said.splitlines()[-2:] == ["False _Deferred", "file:///tmp/a%20b%25.jmap module True"]


@pytest.mark.parametrize(
    "argv",
    [
        ["info"],
        ["export", "a.svg"],
        ["export", "a.pdf", "--no-cover", "--no-summary", "--no-personas"],
        ["export", "a.json"],
    ],
)
def test_a_verb_on_a_file_runs_no_python_datetime_nor_looks_for_windows_os_twice(
    argv: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``datetime.py`` defines its classes in Python, then takes its C module's over them: a verb
    finds it deferred, holding the C module's names (the store's and ReportLab's dates read them),
    and it has not run; ``nt`` (Windows' ``os``, which ``ntpath`` tries five times) is recorded
    missing after one look; ``resource`` loads with a failed or a large write only."""
    path = _five_stage_map(tmp_path, capsys)
    verb, *rest = argv
    args = [verb, str(path), *(str(tmp_path / rest[0]) for _ in rest[:1]), *rest[1:]]
    said = _as_the_program_then(
        args,
        "import _datetime\n"
        "dates = sys.modules['datetime']\n"
        "print(type(dates).__name__, dates.datetime is _datetime.datetime, dates.UTC is _datetime.UTC,\n"
        "      sys.modules['nt'], 'resource' in sys.modules)\n"
        "from datetime import UTC, date, datetime\n"
        "print(datetime.fromtimestamp(0, UTC).isoformat(), date(2026, 12, 1).isoformat(),\n"
        "      type(dates).__name__, dates.sys is sys, type(dates).__name__)\n",
    )
    assert said.splitlines()[-2:] == [
        "_Deferred True True None False",
        "1970-01-01T00:00:00+00:00 2026-12-01 _Deferred True module",
    ]


def test_the_dates_held_ahead_are_the_modules_own() -> None:
    import datetime

    from jmdesigner.cli.deferred_imports import DATES, KNOWN_AHEAD

    ahead = KNOWN_AHEAD[DATES]()
    public = {name for name in vars(datetime) if not name.startswith("_")}
    assert public - set(ahead) == {"sys"}  # (datetime.py's own import: reading it runs the module)
    assert all(getattr(datetime, name) is value for name, value in ahead.items())


def _as_the_program_then(args: list[str], then: str, before: str = "") -> str:
    """What a child prints running the verb ``args`` as the program (``main()``, which ends the
    process itself after the exit handlers), then ``then`` as it ends; ``before`` runs before the
    verb, in the same namespace. The child must exit 0."""
    code = (
        "import atexit, sys\n"
        f"sys.argv = ['jmdesigner', *{args!r}]\n"
        f"{before}"
        f"atexit.register(lambda: exec({then!r}, globals()))\n"
        "from jmdesigner.cli import main\n"
        "sys.exit(main())\n"
    )
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout


def test_the_url_forwarders_answer_as_the_modules_own_functions() -> None:
    code = (
        "import sys\n"
        "from jmdesigner.cli.deferred_imports import URL_PARSING, defer\n"
        "defer(URL_PARSING)\n"
        "from urllib.parse import quote_from_bytes, unquote, urlparse\n"
        "deferred = type(sys.modules[URL_PARSING]).__name__\n"
        "print(deferred, unquote('a%20b'), urlparse('https://h:8/p?q').port, quote_from_bytes(b'a b/'))\n"
        "import urllib.parse\n"
        "print(urllib.parse.urlparse is not urlparse, urllib.parse.urlsplit('x://y').netloc)\n"
    )
    said = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert said.splitlines() == ["_Deferred a b 8 a%20b/", "True y"]


@pytest.mark.parametrize("argv", [["info"], ["export", "a.pdf", "--no-cover"], ["export", "a.svg"]])
def test_a_verb_as_the_program_runs_without_a_collection_pass(
    argv: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Its imports and work keep what they make to the end: Python's cyclic collector waits for the
    verb to end (``collector_pause``) and is on again after it; ``main`` called in-process leaves
    the collector as it was."""
    path = _five_stage_map(tmp_path, capsys)
    verb, *rest = argv
    args = [verb, str(path), *(str(tmp_path / rest[0]) for _ in rest[:1]), *rest[1:]]
    said = _as_the_program_then(
        args,
        "after = [g['collections'] for g in gc.get_stats()]\nprint(after == before, gc.isenabled())\n",
        before="import gc\nimport jmdesigner.cli\nbefore = [g['collections'] for g in gc.get_stats()]\n",
    )
    assert said.splitlines()[-1] == "True True"


def test_a_python_without_its_own_md5_defers_hashlib_with_nothing_ahead() -> None:
    """Some Pythons are built with OpenSSL's digests only: the deferred hashlib then holds no name
    ahead, and its first read runs the real module (no ImportError at a verb's start)."""
    code = (
        "import sys\n"
        "sys.modules['_md5'] = None\n"  # what an absent built-in module looks like to import
        "from jmdesigner.cli.deferred_imports import KNOWN_AHEAD, defer\n"
        "print(KNOWN_AHEAD['hashlib']())\n"
        "defer('hashlib')\n"
        "import hashlib\n"
        "print(type(hashlib).__name__, hashlib.md5(b'').hexdigest()[:8], type(hashlib).__name__)\n"
    )
    said = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert said.splitlines() == ["{}", "_Deferred d41d8cd9 module"]


WRITING_MODULES = (  # the store's modules for writing a file, its lock, drafts and named versions
    "jmdesigner.storage.locks",
    "jmdesigner.storage.new_file",
    "jmdesigner.storage.version_rows",
    "jmdesigner.storage.drafts",
    "jmdesigner.storage.placement",  # (the window's warning about the file's place: the mount table read)
)


@pytest.mark.parametrize(
    "argv",
    [["info"], ["export", "a.pdf", "--no-cover", "--no-summary", "--no-personas"], ["export", "a.json"]],
)
def test_a_read_only_verb_loads_none_of_the_stores_writing_modules(
    argv: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A verb that only reads the file opens it read-only: no lock, no new file, no draft or version
    written, so their modules (~2.3 ms of a PDF export's start-up here) load where a write needs them."""
    path = _five_stage_map(tmp_path, capsys)
    verb, *rest = argv
    args = [verb, str(path), *(str(tmp_path / rest[0]) for _ in rest[:1]), *rest[1:]]
    loaded = _modules_loaded_by(*args, whole_names=True)
    assert "jmdesigner.storage.jmapfile" in loaded
    assert not loaded & set(WRITING_MODULES)
    assert run(capsys, "new", tmp_path / "b.jmap")[0] == 0  # the writing verbs still have them


def test_a_map_pdf_runs_neither_reportlabs_safe_eval_nor_ast_and_their_forwarders_answer_as_theirs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``reportlab.lib.utils`` imports the safe-eval module's four callables and ``ast``'s
    ``literal_eval`` at its top, for colours and expressions given as text: a map-only PDF runs
    neither module (ReportLab gets its colours as values); a colour given as text afterwards goes
    through the forwarders to the real functions and reads as before."""
    path = _five_stage_map(tmp_path, capsys)
    out = tmp_path / "a.pdf"
    code = (
        "import sys\nfrom jmdesigner.cli import main\n"
        f"main(['export', {str(path)!r}, {str(out)!r}, '--no-cover', '--no-summary', '--no-personas'])\n"
        "print([type(sys.modules[m]).__name__ for m in ('reportlab.lib.rl_safe_eval', 'ast')])\n"
        "from reportlab.lib import colors, utils\n"
        "print(colors.toColor('(0.5, 0.25, 1)').rgb(), colors.toColor('Blacker(red, 0.5)').rgb())\n"
        "print(utils.rl_extended_literal_eval('[1, (2, 3)]'), utils.literal_eval('{1: 2}'),\n"
        "      utils.rl_safe_eval('1 + 2', g={}, l={}), sorted(utils.safer_globals({}))[:1])\n"
        "print([type(sys.modules[m]).__name__ for m in ('reportlab.lib.rl_safe_eval', 'ast')])\n"
    )
    said = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert said.splitlines() == [
        "['_Deferred', '_Deferred']",
        "(0.5, 0.25, 1) (0.5, 0.0, 0.0)",
        "[1, (2, 3)] {1: 2} 3 ['__builtins__']",
        "['module', 'module']",
    ]
    assert out.stat().st_size > 1000


# What a read-only open needs none of: the backups' policy, worker and file names (a read-only file
# is never backed up) and the model's bundle, links, drafts and map contents (the store names them
# in annotations); nor json, unless the verb writes JSON (a file whose list columns are empty, as
# the five-stage template's are, decodes none, and a read writes no row)
NOT_FOR_READING = (
    "jmdesigner.storage.backups",
    "jmdesigner.storage.background_backup",
    "jmdesigner.model.bundle",
    "jmdesigner.model.links",
    "jmdesigner.model.draft",
    "jmdesigner.model.map_content",
)


@pytest.mark.parametrize(
    "argv",
    [["info"], ["export", "a.pdf", "--no-cover", "--no-summary", "--no-personas"], ["export", "a.json"]],
)
def test_a_read_only_verb_loads_no_backup_module_nor_the_models_bundle_nor_json(
    argv: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _five_stage_map(tmp_path, capsys)
    verb, *rest = argv
    args = [verb, str(path), *(str(tmp_path / rest[0]) for _ in rest[:1]), *rest[1:]]
    loaded = _modules_loaded_by(*args, whole_names=True)
    assert "jmdesigner.storage.jmapfile" in loaded
    spares = set(NOT_FOR_READING)
    if rest[:1] == ["a.json"]:  # the JSON writer makes the map's bundle (its links, its content)
        spares = {name for name in spares if name.startswith("jmdesigner.storage.")}
    assert not loaded & spares
    assert ("json" in loaded) == (verb == "info" or rest[:1] == ["a.json"])  # (they write JSON)


def test_a_file_opened_for_editing_still_takes_its_backup_on_open(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The backups' policy and worker are made when first used: opening a file for editing uses
    them at once (the backup of the file as opened), a read-only open never."""
    from jmdesigner.storage.backups import list_backups
    from jmdesigner.storage.jmapfile import JmapFile

    path = _five_stage_map(tmp_path, capsys)
    with JmapFile.open(path, read_only=True) as jfile:
        assert "backup_policy" not in vars(jfile) and "background_backup" not in vars(jfile)
    assert list_backups(path) == []
    with JmapFile.open(path) as jfile:
        assert "backup_policy" in vars(jfile)
    assert [b.reason for b in list_backups(path)] == ["open"]


def test_a_map_pdf_runs_neither_string_glob_base64_nor_weakref_and_what_they_hold_is_theirs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ReportLab imports ``string.digits``, ``glob.glob``, two functions of ``base64`` and ``ref``
    and ``WeakMethod`` of ``weakref`` as it loads: a map-only PDF runs none of the four modules;
    the values held ahead are the modules' own, and the forwarders answer as their functions."""
    import _weakref
    import string

    from jmdesigner.cli.deferred_imports import KNOWN_AHEAD

    assert KNOWN_AHEAD["string"]() == {"digits": string.digits}
    assert KNOWN_AHEAD["weakref"]()["ref"] is _weakref.ref
    path = _five_stage_map(tmp_path, capsys)
    out = tmp_path / "a.pdf"
    code = (
        "import sys\nfrom jmdesigner.cli import main\n"
        f"main(['export', {str(path)!r}, {str(out)!r}, '--no-cover', '--no-summary', '--no-personas'])\n"
        "spares = ('string', 'glob', 'base64', 'weakref')\n"
        "print([type(sys.modules[m]).__name__ for m in spares], '_weakrefset' in sys.modules)\n"
        "from reportlab.lib import utils\n"
        "from reportlab import rl_config\n"
        "class Reset:\n"
        "    def again(self):\n"
        "        pass\n"
        "held = Reset()\n"
        "rl_config.register_reset(held.again)\n"  # a bound method: ReportLab keeps a WeakMethod
        f"print(sorted(utils.rl_glob({str(tmp_path / '*.pdf')!r})) == [{str(out)!r}],\n"
        "      utils.encode_label(('a', 1)), utils.decode_label(utils.encode_label(('a', 1))),\n"
        "      type(rl_config._registered_resets[-1]).__name__)\n"
        "import string\n"
        "print(string.ascii_lowercase[:3], [type(sys.modules[m]).__name__ for m in spares])\n"
    )
    said = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert said.splitlines() == [
        "['_Deferred', '_Deferred', '_Deferred', '_Deferred'] False",
        "True KCdhJywgMSk= ('a', 1) WeakMethod",
        "abc ['module', 'module', 'module', 'module']",
    ]
    assert out.stat().st_size > 1000


def test_reportlabs_missing_accelerator_is_looked_for_once_and_a_present_one_is_used(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ReportLab tries ``from _rl_accel import …`` once per function (eleven times): a map-only
    PDF looks for the module once and records it missing, so ReportLab takes its Python functions
    as before; a ``_rl_accel`` that is there is imported and used."""
    path = _five_stage_map(tmp_path, capsys)
    out = tmp_path / "a.pdf"
    code = (
        "import sys\nfrom jmdesigner.cli import main\n"
        f"main(['export', {str(path)!r}, {str(out)!r}, '--no-cover', '--no-summary', '--no-personas'])\n"
        "from reportlab.lib import rl_accel\n"
        "print(sys.modules['_rl_accel'], sorted(rl_accel._c_funcs), rl_accel.fp_str(1.5, 2))\n"
    )
    said = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert said.splitlines() == ["None [] 1.5 2"]
    assert out.stat().st_size > 1000
    (tmp_path / "_rl_accel.py").write_text("def fp_str(*a):\n    return 'fast'\n", encoding="utf-8")
    code = (
        "import sys\n"
        f"sys.path.insert(0, {str(tmp_path)!r})\n"
        "from jmdesigner.cli.deferred_imports import absent_once_looked_for\n"
        "print(absent_once_looked_for('_rl_accel'), absent_once_looked_for('no_such_module_here'))\n"
        "from reportlab.lib import rl_accel\n"
        "print(sorted(rl_accel._c_funcs), rl_accel.fp_str(1.5))\n"
        "try:\n    import no_such_module_here\nexcept ImportError:\n    print('refused')\n"
    )
    said = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert said.splitlines() == ["False True", "['fp_str'] fast", "refused"]


def test_a_map_pdf_runs_not_reportlabs_standard_font_tables_and_a_standard_font_asked_for_later_runs_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``pdfmetrics`` imports the fourteen standard fonts' tables (widths, encodings) at its top:
    a PDF (here every page of the sample: cover, maps, summary, personas) runs none of them, the
    names held ahead are ReportLab's; a standard font asked for afterwards runs them, measures and
    draws as ever, and ``pdfmetrics`` then holds the tables' own objects with its hook."""
    from reportlab.pdfbase import _fontdata

    from jmdesigner.cli.deferred_imports import STANDARD_ENCODINGS, STANDARD_FONTS

    assert tuple(_fontdata.standardFonts) == STANDARD_FONTS
    assert _fontdata.standardEncodings == STANDARD_ENCODINGS
    path = _five_stage_map(tmp_path, capsys)
    out = tmp_path / "a.pdf"
    code = (
        "import io, sys\nfrom jmdesigner.cli import main\n"
        f"main(['export', {str(path)!r}, {str(out)!r}])\n"
        "tables = 'reportlab.pdfbase._fontdata'\n"
        "print(type(sys.modules[tables]).__name__, [m for m in sys.modules if m.startswith(tables + '_')])\n"
        "from reportlab.pdfbase import pdfmetrics\n"
        "print(pdfmetrics.font2fnrMap['helvetica'], type(sys.modules[tables]).__name__)\n"
        "from reportlab.pdfgen.canvas import Canvas\n"
        "c = Canvas(io.BytesIO())\n"
        "c.setFont('Times-Roman', 12)\n"
        "c.drawString(10, 10, 'Hello')\n"
        "c.save()\n"
        "from reportlab.pdfbase import _fontdata as t\n"
        "m = pdfmetrics\n"
        "print(m.stringWidth('Hello', 'Helvetica', 10), m.standardFonts is t.standardFonts,\n"
        "      t.standardFonts.__change__ is m.__standardFontsChange__,\n"
        "      m.font2fnrMap is t._font2fnrMapWin32, m.standardEncodings is t.standardEncodings)\n"
    )
    said = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert said.splitlines() == ["_Deferred []", "_a______ module", "22.78 True True True True"]
    assert out.stat().st_size > 1000


@given(st.text(alphabet=st.sampled_from("aZ09_@%+=:,./-' \"$`\\é*!~\t\n"), max_size=8) | st.text(max_size=6))
def test_the_printed_commands_quote_their_parts_as_shlex_does(part: str) -> None:
    from jmdesigner.cli.exporting import shell_quoted

    assert shell_quoted(part) == shlex.quote(part)


def test_a_pdf_whose_small_text_prints_the_readable_commands_loads_no_shlex(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _five_stage_map(tmp_path, capsys)
    out = tmp_path / "it's a.pdf"
    code = (
        "import sys\nfrom jmdesigner.cli import main\n"
        f"main(['export', {str(path)!r}, {str(out)!r}, '--page', 'A4', '--portrait'])\n"
        "print('shlex' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.splitlines() == ["False"]
    assert f"jmdesigner export {path} {shlex.quote(str(out))} --page A3 --portrait" in done.stderr


def test_one_finder_holds_every_deferred_name_and_leaves_with_the_last() -> None:
    """Every import asks each finder on ``sys.meta_path`` in turn: the deferred names share one."""
    code = (
        "import sys\n"
        "from jmdesigner.cli.deferred_imports import _LazyFinder, defer\n"
        "for name in ('string', 'glob', 'colorsys'):\n"
        "    defer(name)\n"
        "finders = lambda: [f for f in sys.meta_path if isinstance(f, _LazyFinder)]\n"
        "print(len(finders()), sorted(finders()[0].names))\n"
        "import string, glob\n"
        "print(type(string).__name__, type(glob).__name__, sorted(finders()[0].names))\n"
        "import colorsys\n"
        "print(finders(), colorsys.rgb_to_hsv(1, 0, 0), type(colorsys).__name__)\n"
    )
    said = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert said.splitlines() == [
        "1 ['colorsys', 'glob', 'string']",
        "_Deferred _Deferred ['colorsys']",
        "[] (0.0, 1.0, 1) module",
    ]


def test_a_map_pdf_of_a_file_as_written_compiles_no_schema_or_colour_pattern_nor_the_dark_theme(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Work done at import that a map-only PDF never used: the schema's SQL tokens (a file as
    jmdesigner writes it is compared statement for statement), the colour check's pattern (no
    lane or card of the template has a colour of its own) and the dark theme (the window's)."""
    path = _five_stage_map(tmp_path, capsys)
    out = tmp_path / "a.pdf"
    code = (
        "import sys\nfrom jmdesigner.cli import main\n"
        f"main(['export', {str(path)!r}, {str(out)!r}, '--no-cover', '--no-summary', '--no-personas'])\n"
        "from jmdesigner.layout import palette\n"
        "from jmdesigner.model import validation\n"
        "from jmdesigner.storage import schema_check\n"
        "print(schema_check._token.cache_info().currsize, validation._colour_pattern.cache_info().currsize,\n"
        "      'DARK' in vars(palette))\n"
        "print(palette.DARK is palette.DARK, palette.DARK.dark, 'DARK' in vars(palette))\n"
    )
    said = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert said.splitlines() == ["0 0 False", "True True True"]
    assert out.stat().st_size > 1000
