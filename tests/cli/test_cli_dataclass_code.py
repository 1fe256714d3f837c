"""A verb run as the program (``python -m jmdesigner VERB …``) builds its dataclasses from method
code compiled in an earlier run, as the window's start does (``jmdesigner.dataclass_code``): the
second run compiles none, prints the same, and an unreadable cache only means compiling again."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from jmdesigner.cli import main

CHILD = """
import sys
from pathlib import Path
from jmdesigner import dataclass_code
cache = Path(sys.argv[1])
dataclass_code.cache_path = lambda: cache  # a cache of the test's own
sys.argv = ["jmdesigner", *sys.argv[2:]]
import atexit, os


def at_exit():  # a verb's process ends in ``main`` itself, after the exit handlers
    print("compiled", dataclass_code.compiled_here(), file=sys.stderr)
    exec(os.environ.get("PROBE", ""), {})


atexit.register(at_exit)
from jmdesigner.cli import main
sys.exit(main())
"""


def _said(out: subprocess.CompletedProcess[str]) -> str:
    """The child's status and how many sources it compiled: "status 0 compiled 12"."""
    return f"status {out.returncode} {out.stderr.strip().splitlines()[-1]}"


def _run(cache: Path, *argv: str) -> tuple[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(cache), *argv], capture_output=True, text=True, env=env
    )
    return out.stdout, _said(out)


def test_a_second_run_compiles_no_dataclass_method(tmp_path: Path) -> None:
    path, cache = tmp_path / "a.jmap", tmp_path / "dataclass-code.bin"
    assert main(["new", str(path), "--template", "five-stage"]) == 0
    for argv in (["info", str(path)], ["export", str(path), str(tmp_path / "a.svg")]):
        first, said = _run(cache, *argv)
        assert said.startswith("status 0 compiled ") and int(said.split()[-1]) > 10, said
        assert cache.stat().st_size > 0
        second, said = _run(cache, *argv)
        assert said == "status 0 compiled 0"
        assert second == first
    (tmp_path / "a.svg").unlink()


def test_an_unreadable_cache_is_compiled_past(tmp_path: Path) -> None:
    path, cache = tmp_path / "a.jmap", tmp_path / "dataclass-code.bin"
    assert main(["new", str(path), "--template", "five-stage"]) == 0
    expected, _ = _run(tmp_path / "fresh.bin", "info", str(path))
    for junk in (b"", b"\x00garbage", b"\xa7\r\r\n" + b"\x00" * 40):
        cache.write_bytes(junk)
        out, said = _run(cache, "info", str(path))
        assert out == expected
        assert said.startswith("status 0 compiled ") and int(said.split()[-1]) > 10, said


def test_named_tuples_annotations_are_compiled_once_and_are_typings_forward_references(
    tmp_path: Path,
) -> None:
    """``typing.NamedTuple`` compiles each field's annotation (a string, under ``from __future__
    import annotations``): a drawn export's second run takes them all from the cache, and the named
    tuples' annotations are the same ``ForwardRef``s as without it."""
    path, cache = tmp_path / "a.jmap", tmp_path / "dataclass-code.bin"
    assert main(["new", str(path), "--template", "five-stage"]) == 0
    argv = ["export", str(path), str(tmp_path / "a.svg")]
    probe = (
        "import typing\nfrom jmdesigner.text.shaping import Glyph, Run\n"
        "from jmdesigner import dataclass_code as d\n"
        "forward = sorted(k for k in d._used if k.startswith(d._FORWARD))\n"
        "print(len(forward), typing.compile is d._compile, Glyph.__annotations__, Run.__annotations__)\n"
    )
    _run(cache, *argv)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(cache), *argv],
        capture_output=True,
        text=True,
        env={**env, "PROBE": probe},
    )
    assert _said(out) == "status 0 compiled 0"
    used, patched, glyph, run = out.stdout.split(" ", 3)
    assert int(used) > 10 and patched == "True"
    plain = subprocess.run(
        [
            sys.executable,
            "-c",
            "from jmdesigner.text.shaping import Glyph, Run\n"
            "print(Glyph.__annotations__, Run.__annotations__)",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert f"{glyph} {run}" == plain and "ForwardRef('float')" in plain
