"""``info FILE``, ``check FILE`` and ``export FILE OUT`` (with options that take no value) are read
without building argparse's parser, into what the parser makes of them; anything else goes to the
parser, which reads or refuses it as before (tests/cli/test_import_plain_arguments.py: ``import``)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from jmdesigner.cli import check, exporting, info, main
from jmdesigner.cli.entry import command_parser
from jmdesigner.errors import JmError
from tests.cli.fresh_run import loaded_by

ROOT = Path(__file__).resolve().parents[2]
READERS = {"info": info, "check": check, "export": exporting}


@pytest.mark.parametrize(
    "argv",
    [
        ["info", "map.jmap"],
        ["info", "/tmp/a b/Karte ü.jmap"],
        ["info", ""],
        ["info", "postgresql://ana@db.example/maps"],
        ["check", "map.jmap"],
        ["check", "x=y.jmap"],
        ["check", "postgres://db.example:5433/maps?sslmode=require"],
        ["export", "map.jmap", "out.pdf"],
        ["export", "map.jmap", "out.json"],
        ["export", "/tmp/a b/map.jmap", "Karte ü.svg"],
        ["export", "map.jmap", "out.pdf", "--no-cover", "--no-summary", "--no-personas"],
        ["export", "--no-cover", "map.jmap", "--portrait", "out.pdf"],
        ["export", "map.jmap", "out.pdf", "--all", "--tile", "--landscape"],
        ["export", "map.jmap", "out.pdf", "--plotter"],
        ["export", "postgresql://db.example/maps", "out.csv"],
    ],
)
def test_a_plain_command_line_reads_as_the_parser_reads_it(argv: list[str]) -> None:
    plain = READERS[argv[0]].plain_arguments(argv)
    assert plain is not None
    assert vars(plain) == vars(command_parser(argv[0]).parse_args(argv))


@pytest.mark.parametrize(
    "argv",
    [
        ["info"],
        ["info", "a.jmap", "b.jmap"],
        ["info", "-h"],
        ["info", "--", "a.jmap"],
        ["info", "-"],
        ["check", "--help"],
        ["check", "a.jmap", "b.jmap"],
        ["export", "map.jmap"],
        ["export", "map.jmap", "out.pdf", "more.pdf"],
        ["export", "map.jmap", "out.pdf", "--page", "A4"],
        ["export", "map.jmap", "out.pdf", "--page=A4"],
        ["export", "map.jmap", "out.pdf", "--map", "Q3"],
        ["export", "map.jmap", "out.pdf", "--compare"],
        ["export", "map.jmap", "out.pdf", "--no-cov"],  # abbreviated: the parser's to read
        ["export", "map.jmap", "out.pdf", "--portrait", "--landscape"],
        ["export", "map.jmap", "out.pdf", "--tile", "--plotter"],
        ["export", "map.jmap", "out.pdf", "--no-cover", "--no-cover"],
        ["export", "map.jmap", "-"],
        ["export", "--", "map.jmap", "out.pdf"],
        ["export", "map.jmap", "out.pdf", "-h"],
        ["import", "map.jmap", "out.pdf"],
    ],
)
def test_any_other_command_line_is_left_to_the_parser(argv: list[str]) -> None:
    reader = READERS.get(argv[0], exporting)
    assert reader.plain_arguments(argv) is None


def test_the_export_options_left_out_are_the_parsers_defaults() -> None:
    parsed = vars(command_parser("export").parse_args(["export", "a.jmap", "b.pdf"]))
    assert {k: parsed[k] for k in exporting.OPTION_DEFAULTS} == exporting.OPTION_DEFAULTS
    assert set(parsed) == {"command", "file", "out", *exporting.OPTION_DEFAULTS}


@pytest.mark.parametrize("verb", ["info", "check", "export"])
def test_a_bad_address_is_refused_in_the_same_words(verb: str) -> None:
    argv = [verb, "postgresql://db.example:port/maps", *(["out.json"] if verb == "export" else [])]
    with pytest.raises(JmError) as plain:
        READERS[verb].plain_arguments(argv)
    with pytest.raises(JmError) as parsed:
        command_parser(verb).parse_args(argv)
    assert str(plain.value) == str(parsed.value) and "port" in str(plain.value)


# What these verbs never use, counted in a fresh interpreter: the parser (argparse, with gettext,
# locale and shutil), logging and threading (a read-only open starts no backup), and what
# ``inspect`` and ``copy`` import (``dataclasses`` imports them, deferred: ``cli.deferred_imports``).
UNUSED = (
    "argparse",
    "gettext",
    "locale",
    "shutil",
    "logging",
    "threading",
    *("ast", "dis", "tokenize", "weakref"),
)


@pytest.mark.parametrize(
    "verb", [["info"], ["check"], ["export", "{out}.json"], ["export", "{out}.csv"]], ids=str
)
def test_the_reading_verbs_load_no_module_they_do_not_use(verb: list[str], tmp_path: Path) -> None:
    path = tmp_path / "a.jmap"
    assert main(["new", str(path), "--template", "five-stage"]) == 0
    argv = [verb[0], str(path), *(a.format(out=tmp_path / "out") for a in verb[1:])]
    seen, said = loaded_by(argv, UNUSED, tmp_path)
    assert seen == "0 []", f"jmdesigner {verb[0]} loaded modules it never uses: " + said


@pytest.mark.parametrize("verb", ["info", "check", "export"])
def test_a_usage_mistake_still_gets_the_parsers_words(verb: str, tmp_path: Path) -> None:
    out = subprocess.run([sys.executable, "-m", "jmdesigner", verb], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 2
    assert out.stderr.startswith("jmdesigner: error: the following arguments are required: ")
    assert out.stderr.endswith(f"(see “jmdesigner {verb} --help”)\n")
