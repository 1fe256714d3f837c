"""``jmdesigner import FILE SOURCE`` alone is read without building argparse's parser, into what
the parser makes of it; anything else goes to the parser, which reads or refuses it as before."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from jmdesigner.cli import importing, tables
from jmdesigner.cli.entry import command_parser
from jmdesigner.errors import JmError
from tests.cli.fresh_run import loaded_by

ROOT = Path(__file__).resolve().parents[2]
UNUSED = (
    "argparse",
    "gettext",
    "locale",
    "shutil",
    "typing",
    "threading",
    "base64",
    "jmdesigner.storage.address",
    *("ast", "dis", "tokenize", "weakref"),  # what inspect and copy import (deferred)
)


@pytest.mark.parametrize(
    "argv",
    [
        ["import", "new.jmap", "map.json"],
        ["import", "/tmp/a b/new map.jmap", "relative/dir/Karte ü.json"],
        ["import", "", "map.json"],
        ["import", "new.jmap", "other.JMAP"],
        ["import", "postgresql://ana@db.example/maps", "map.json"],
        ["import", "new.jmap", "postgres://db.example:5433/maps?sslmode=require"],
        ["import", "new.jmap", "cards.csv"],
        ["import", "x=y.jmap", "@file.json"],
    ],
)
def test_a_plain_command_line_reads_as_the_parser_reads_it(argv: list[str]) -> None:
    plain = importing.plain_arguments(argv)
    assert plain is not None
    assert vars(plain) == vars(command_parser("import").parse_args(argv))


@pytest.mark.parametrize(
    "argv",
    [
        ["import", "new.jmap"],
        ["import", "new.jmap", "map.json", "more.json"],
        ["import", "new.jmap", "cards.csv", "--emotions"],
        ["import", "--map", "Q3", "new.jmap", "cards.csv"],
        ["import", "new.jmap", "-"],
        ["import", "-h"],
        ["import", "--", "new.jmap", "map.json"],
        ["export", "new.jmap", "map.json"],
    ],
)
def test_any_other_command_line_is_left_to_the_parser(argv: list[str]) -> None:
    assert importing.plain_arguments(argv) is None


def test_the_options_left_out_are_the_parsers_defaults() -> None:
    parsed = vars(command_parser("import").parse_args(["import", "a.jmap", "b.json"]))
    assert {k: parsed[k] for k in tables.IMPORT_OPTION_DEFAULTS} == tables.IMPORT_OPTION_DEFAULTS
    assert set(parsed) == {"command", "file", "source", *tables.IMPORT_OPTION_DEFAULTS}


def test_a_bad_address_is_refused_in_the_same_words() -> None:
    argv = ["import", "postgresql://db.example:port/maps", "map.json"]
    with pytest.raises(JmError) as plain:
        importing.plain_arguments(argv)
    with pytest.raises(JmError) as parsed:
        command_parser("import").parse_args(argv)
    assert str(plain.value) == str(parsed.value) and "port" in str(plain.value)


def test_the_import_verb_loads_no_module_it_does_not_use(tmp_path: Path) -> None:
    """Counted in a fresh interpreter, which imports a map as the program does: neither the parser
    (argparse, with gettext, locale and shutil), nor typing (only type checkers read its names),
    threading, base64 (a map without photos), the library address or what ``inspect`` and ``copy``
    import (``dataclasses`` imports them, deferred: ``cli.deferred_imports``); a usage mistake still
    gets the parser's words and exit status 2."""
    source = tmp_path / "map.json"
    source.write_text(
        '{"format": "jmdesigner-map", "version": 1, "title": "T", "stages": [{"name": "S"}],'
        ' "lanes": [{"name": "L"}], "cards": [{"stage": "S", "lane": "L", "text": "hi"}]}',
        encoding="utf-8",
    )
    seen, said = loaded_by(["import", str(tmp_path / "new.jmap"), str(source)], UNUSED, tmp_path)
    assert seen == "0 []", (
        "jmdesigner import loaded modules it never uses (a module on its path imports typing? use "
        "TYPE_CHECKING = False and import the names under it, as the others do): " + said
    )
    assert (tmp_path / "new.jmap").exists()
    env = {**os.environ, "JMDESIGNER_CONFIG_DIR": str(tmp_path / "config")}
    usage = subprocess.run(
        [sys.executable, "-m", "jmdesigner", "import", str(tmp_path / "other.jmap")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert usage.returncode == 2
    assert usage.stderr == (
        "jmdesigner: error: the following arguments are required: source (see “jmdesigner import --help”)\n"
    )


def test_what_dataclasses_needs_loads_when_it_is_used() -> None:
    """Deferred, ``inspect`` and ``copy`` still serve what ``dataclasses`` asks of them: a dataclass
    without a docstring gets its signature as one, ``asdict`` copies values, and a later import of
    either gets the whole module."""
    code = (
        "import sys; from jmdesigner.cli.deferred_imports import DATACLASSES_NEEDS, defer\n"
        "for name in DATACLASSES_NEEDS: defer(name)\n"
        "import dataclasses; loaded = 'ast' in sys.modules or 'weakref' in sys.modules\n"
        "C = dataclasses.dataclass(type('C', (), {'__annotations__': {'x': 'list'}}))\n"
        "import copy, inspect\n"
        "print(loaded, C.__doc__, inspect.signature(C), dataclasses.asdict(C([1])), copy.copy([2]))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False C(x: 'list') (x: 'list') -> None {'x': [1]} [2]"
