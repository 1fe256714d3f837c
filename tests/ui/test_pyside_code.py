"""PySide's support modules compiled once and kept: the same modules, no source compiled again."""

from __future__ import annotations

import builtins
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from jmdesigner.ui import pyside_code

CHILD = """
import inspect, json, sys
from pathlib import Path
from jmdesigner.ui import pyside_code
if sys.argv[1] == "-":  # PySide imported as a bare process imports it
    import PySide6.QtWidgets
else:
    with pyside_code.compiled_once(Path(sys.argv[1])):
        import PySide6.QtWidgets
from PySide6.QtWidgets import QWidget
support = {name: module for name, module in sys.modules.items() if name.startswith("shibokensupport")}
functions = {
    f"{name}.{key}": repr(getattr(value, "__annotations__", None))
    for name, module in sorted(support.items())
    for key, value in sorted(vars(module).items())
    if inspect.isfunction(value) and value.__module__ == name
}
print(json.dumps({
    "compiled": pyside_code.compiled_here(),
    "used": pyside_code.used_here(),
    "saved": sys.argv[1] != "-" and pyside_code.save(Path(sys.argv[1])),
    "compile": repr(__import__("builtins").compile),
    "modules": sorted(support),
    "annotations": functions,
    "signature": str(support["shibokensupport.signature"].get_signature(QWidget.setGeometry)),  # their work
}))
"""


def _start(cache: Path | str) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(cache)], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def test_the_second_import_takes_every_support_module_from_the_first(tmp_path: Path) -> None:
    cache = tmp_path / "pyside-support.bin"
    first = _start(cache)
    assert first["compiled"] >= 10 and first["used"] == 0 and first["saved"] is True  # type: ignore[operator]
    second = _start(cache)
    assert second["compiled"] == 0 and second["used"] == first["compiled"] and second["saved"] is False
    assert second["compile"] == "<built-in function compile>"  # the built-in is back after the import
    bare = _start("-")
    for key in ("modules", "annotations", "signature"):  # the same modules, with the same future flags
        assert second[key] == first[key] == bare[key], key
    assert second["annotations"]  # (compared: their functions' annotations)


def test_a_changed_source_or_damaged_file_is_compiled_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pyside_code, "_stored", {})
    monkeypatch.setattr(pyside_code, "_fresh", {})
    monkeypatch.setattr(pyside_code, "_used", set())
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    hooked = pyside_code.caching_compile(builtins.compile)
    name = "shibokensupport/example.py"
    first = hooked(b"def f(x: int) -> int:\n    return x\n", name, "exec")
    assert pyside_code.compiled_here() == 1
    cache = tmp_path / "cache.bin"
    assert pyside_code.save(cache)
    monkeypatch.setattr(pyside_code, "_stored", pyside_code._read(cache))
    monkeypatch.setattr(pyside_code, "_used", set())
    again = hooked(b"def f(x: int) -> int:\n    return x\n", name, "exec")
    assert again == first and pyside_code.compiled_here() == 0 and pyside_code.used_here() == 1
    changed = hooked(b"def f(x: int) -> int:\n    return -x\n", name, "exec")
    assert changed != first and pyside_code.compiled_here() == 1
    for damage in (b"", b"not a cache", cache.read_bytes()[:-50]):
        cache.write_bytes(damage)
        assert pyside_code._read(cache) == {}


def test_compile_during_the_import_inherits_its_callers_future_flags() -> None:
    """As the built-in: this module's ``annotations`` future is inherited, unless told not to, by
    Shiboken's modules (their importer's flags) and by any other source compiled meanwhile."""
    hooked = pyside_code.caching_compile(builtins.compile)
    for name in ("<test>", "shibokensupport/annotated.py"):
        source = b"def f(x: int) -> None: pass\n"
        inherited: dict[str, object] = {}
        exec(hooked(source, name, "exec"), inherited)
        assert inherited["f"].__annotations__ == {"x": "int", "return": "None"}  # type: ignore[attr-defined]
        plain: dict[str, object] = {}
        exec(hooked(source, name + "2", "exec", dont_inherit=True), plain)
        assert plain["f"].__annotations__ == {"x": int, "return": None}  # type: ignore[attr-defined]
