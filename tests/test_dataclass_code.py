"""Dataclasses built from cached method code are the classes ``@dataclass`` makes: the same
fields, methods, equality, hash, repr, frozen-ness and ``replace``; a second start compiles none
of them, and an unreadable or unwritable cache only means compiling as before."""

from __future__ import annotations

import json
import marshal
import os
import subprocess
import sys
from pathlib import Path

CHILD = """
import json, sys
from pathlib import Path
from jmdesigner import dataclass_code
if sys.argv[1] != "plain":
    assert dataclass_code.install(Path(sys.argv[2]))
import dataclasses
from dataclasses import dataclass, field, fields, replace
from jmdesigner.layout.geometry import Rect, CardGeom, MapGeometry
from jmdesigner.model.entities import Card

@dataclass(frozen=True, slots=True, order=True)
class Frozen:
    a: int
    b: str = "x"
    c: tuple[int, ...] = field(default_factory=tuple)

@dataclass
class Plain:
    n: list[int] = field(default_factory=list)
    label: str | None = None

from collections import namedtuple
from typing import NamedTuple
from jmdesigner.export.pages import FitPlan, Frame

Pair = namedtuple("Pair", "left right", defaults=(0,))

class Typed(NamedTuple):
    name: str
    size: float = 1.5

f = Frozen(1, "y", (2,))
seen = {
    "namedtuples": [
        repr(Pair(1)), repr(Typed("a")), Pair._fields, Typed._field_defaults, repr(Pair._make([3, 4])),
        Typed.__new__.__code__.co_filename, Typed.__new__.__name__, FitPlan._fields, Frame._fields,
        repr(Typed("b", 2.0)._replace(size=3.0)), Pair.__new__.__defaults__,
    ],
    "repr": [repr(f), repr(Plain()), repr(Rect(1, 2, 3, 4))],
    "eq": [f == Frozen(1, "y", (2,)), f == Frozen(2), Plain() == Plain([], None), f < Frozen(2)],
    "hash": [hash(f) == hash(Frozen(1, "y", (2,))), hash(Rect(1, 2, 3, 4)) == hash(Rect(1, 2, 3, 4))],
    "fields": [[x.name for x in fields(cls)] for cls in (Frozen, Plain, Rect, CardGeom, MapGeometry, Card)],
    "replace": repr(replace(f, b="z")),
    "annotations": {k: str(v) for k, v in Frozen.__init__.__annotations__.items()},
    "file": Frozen.__init__.__code__.co_filename,
    "params": repr(Frozen.__dataclass_params__),
    "slots": Frozen.__slots__,
}
try:
    f.a = 3
except dataclasses.FrozenInstanceError as exc:
    seen["frozen"] = str(exc)
if sys.argv[1] != "plain":
    seen["compiled"] = dataclass_code.compiled_here()
    seen["saved"] = dataclass_code.save()
print(json.dumps(seen))
"""


def _run(*args: str) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    out = subprocess.run([sys.executable, "-c", CHILD, *args], capture_output=True, text=True, env=env)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def test_classes_from_the_cache_are_the_classes_dataclass_makes(tmp_path: Path) -> None:
    cache = tmp_path / "cache" / "code.bin"
    plain = _run("plain")
    first = _run("cached", str(cache))
    second = _run("cached", str(cache))
    assert first.pop("compiled") > 20 and first.pop("saved") is True  # type: ignore[operator]
    assert second.pop("compiled") == 0 and second.pop("saved") is False  # all from the cache
    assert first == plain and second == plain
    from importlib.util import MAGIC_NUMBER

    kept = marshal.loads(cache.read_bytes()[len(MAGIC_NUMBER) :])
    news = [key for key in kept if key.startswith("\x00eval\x00lambda _cls, ")]  # namedtuples' __new__
    assert "\x00eval\x00lambda _cls, name, size: _tuple_new(_cls, (name, size))" in news
    assert len(news) >= 4  # Pair, Typed, FitPlan, Frame (and what the modules imported make)


def test_no_cache_is_written_when_python_writes_no_bytecode(tmp_path: Path) -> None:
    cache = tmp_path / "code.bin"
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    out = subprocess.run(
        [sys.executable, "-c", CHILD, "cached", str(cache)], capture_output=True, text=True, env=env
    )
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout.strip().splitlines()[-1])["saved"] is False and not cache.exists()


def test_a_damaged_or_unwritable_cache_compiles_as_before(tmp_path: Path) -> None:
    plain = _run("plain")
    damaged = tmp_path / "code.bin"
    damaged.write_bytes(b"not a cache at all")
    seen = _run("cached", str(damaged))
    assert seen.pop("compiled") > 20 and seen.pop("saved") is True
    assert seen == plain
    blocked = tmp_path / "a file" / "code.bin"  # its folder cannot be made: a file is in the way
    blocked.parent.write_text("")
    seen = _run("cached", str(blocked))
    assert seen.pop("saved") is False
    seen.pop("compiled")
    assert seen == plain
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a file", "code.bin"]  # no temporary left


def test_the_cache_reads_only_the_code_a_start_uses(tmp_path: Path) -> None:
    """Each entry is marshalled on its own: a start turns into code objects only what it uses, and
    a cache in the former form (code objects themselves) is compiled past and rewritten."""
    cache = tmp_path / "code.bin"
    _run("cached", str(cache))
    from importlib.util import MAGIC_NUMBER

    entries = marshal.loads(cache.read_bytes()[len(MAGIC_NUMBER) :])
    assert entries and all(type(v) is bytes for v in entries.values())
    code = (
        "import sys\nfrom pathlib import Path\nfrom jmdesigner import dataclass_code as d\n"
        "d.install(Path(sys.argv[1]))\nfrom jmdesigner.layout.geometry import Rect\n"
        "print(len(d._codes), len(d._stored), d.compiled_here(), repr(Rect(1, 2, 3, 4)))"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    out = subprocess.run([sys.executable, "-c", code, str(cache)], capture_output=True, text=True, env=env)
    used, stored, compiled, rect = out.stdout.split(" ", 3)
    assert 0 < int(used) < int(stored) and compiled == "0"
    assert rect.strip() == "Rect(x=1, y=2, w=3, h=4)"
    cache.write_bytes(MAGIC_NUMBER + marshal.dumps({k: marshal.loads(v) for k, v in entries.items()}))
    seen = _run("cached", str(cache))
    assert seen.pop("compiled") > 20 and seen.pop("saved") is True  # type: ignore[operator]
    assert seen == _run("plain")


TWO_AT_ONCE = """
import sys
from pathlib import Path
from jmdesigner import dataclass_code
assert dataclass_code.install(Path(sys.argv[1]))
from dataclasses import dataclass
sys.stdout.write("ready\\n"); sys.stdout.flush()
sys.stdin.readline()  # both have read the (empty) cache: now each makes its own class and saves
exec(f"@dataclass(frozen=True)\\nclass Only{sys.argv[2]}:\\n    {sys.argv[2].lower()}_field: int")
dataclass_code.save()
"""


def test_two_starts_at_once_keep_both_their_classes_and_one_made_late_is_kept_at_exit(tmp_path: Path) -> None:
    """Two starts at once (two windows, two command-line runs): the second to write the cache
    replaced it with what it had read at its start plus its own, and the first one's classes were
    compiled again at every start until it won. A class made after the save (a module imported when
    first needed) is written at exit."""
    cache = tmp_path / "cache" / "code.bin"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    children = [
        subprocess.Popen(
            [sys.executable, "-c", TWO_AT_ONCE, str(cache), name],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        for name in ("Alpha", "Beta")
    ]
    for child in children:
        assert child.stdout is not None and child.stdout.readline() == "ready\n"
    for child in children:
        assert child.stdin is not None
        child.stdin.write("go\n")
        child.stdin.close()
        assert child.wait(60) == 0
    late = "import sys; from pathlib import Path; from jmdesigner import dataclass_code\n"
    late += "assert dataclass_code.install(Path(sys.argv[1])); dataclass_code.save()\n"
    late += "from dataclasses import dataclass\n@dataclass\nclass Late:\n    late_field: str\n"
    assert subprocess.run([sys.executable, "-c", late, str(cache)], env=env, timeout=60).returncode == 0
    from importlib.util import MAGIC_NUMBER

    keys = "".join(marshal.loads(cache.read_bytes()[len(MAGIC_NUMBER) :]))
    assert "alpha_field" in keys and "beta_field" in keys and "late_field" in keys
