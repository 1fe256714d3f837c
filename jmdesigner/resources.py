"""Finding bundled files (templates, samples, fonts) in a wheel install and in a source checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_CANDIDATES = (_PACKAGE / "resources", _PACKAGE.parent / "resources")


def resource_path(*parts: str) -> Path:
    for base in _CANDIDATES:
        path = base.joinpath(*parts)
        if path.exists():
            return path
    raise FileNotFoundError(f"bundled resource {'/'.join(parts)} is missing from {expected_path()}")


def expected_path(*parts: str) -> Path:
    """Where a bundled resource should be (the installed package's folder), to name it when missing."""
    return _CANDIDATES[-1].joinpath(*parts)
