"""The layer contracts and the lint rules hold for the whole tree, as part of the suite."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def tool(name: str) -> str:
    found = shutil.which(name, path=str(BIN)) or shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed; run “make test”, which installs the test extras.")
    return found


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_layer_contracts_hold() -> None:
    result = run(tool("lint-imports"))
    assert result.returncode == 0, result.stdout[-3000:]


def test_ruff_finds_nothing() -> None:
    result = run(tool("ruff"), "check", "jmdesigner", "tests", "bench")
    assert result.returncode == 0, result.stdout[-3000:]


def test_every_dataclass_says_what_it_is() -> None:
    """A dataclass without a docstring gets one made by ``inspect.signature`` when its module is
    imported (a quarter of a millisecond each, on every start of a verb that reads a document)."""
    import ast

    undocumented = []
    root = Path(__file__).parents[1] / "jmdesigner"
    for path in sorted(
        p for package in ("model", "storage", "interchange") for p in (root / package).rglob("*.py")
    ):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            decorated = isinstance(node, ast.ClassDef) and any(
                "dataclass" in ast.unparse(d) for d in node.decorator_list
            )
            if decorated and ast.get_docstring(node) is None:
                undocumented.append(f"{path.name}: {node.name}")
    assert undocumented == []
