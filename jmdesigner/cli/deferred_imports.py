"""Modules a verb's imports pull in but its work rarely touches, loaded on their first use.

``defer(name)`` puts a finder first on ``sys.meta_path`` that hands out the next import of
``name`` through the standard library's ``importlib.util.LazyLoader``: the module object exists
at once and executes on its first attribute access (in Python 3.11 a later ``import`` of it by
another module is one: the import system reads its ``__spec__``). The finder removes itself after
that one import; a process that has the module already is untouched. Only the command line calls
it, from verbs that work in one thread (Python 3.11's LazyLoader is not thread-safe on first use).

- ``PIL.Image`` (PDF export): ``reportlab.lib.utils`` (under every ReportLab module) runs ``from
  PIL import Image`` at its top, which loads Pillow's C core, its EXIF and TIFF tag tables: ~7 ms
  of a PDF export's start-up that only a persona photo needs.
- ``tempfile`` and ``pickle`` (PDF export): ``reportlab.lib.rltempfile`` imports ``tempfile`` (with
  ``shutil``, ``random`` and their compression modules; ~7 ms on a machine where ``python -c pass``
  takes 20 ms) for ReportLab's scratch files, and ``reportlab.lib.utils`` imports ``pickle`` for a
  font cache it can save; an export writes its file through ``fileio`` and uses neither.
- ``inspect`` and ``copy`` (import, export, info, check): ``dataclasses`` imports ``inspect``,
  with ``ast``, ``dis`` and ``tokenize`` (~4.5 ms of an import's start-up on the machine of the
  time, ~14 ms on a three times slower one), for one use: the signature it writes as the
  docstring of a dataclass that has none (the model's all have one); and ``copy``, with
  ``weakref`` (~0.5 ms), for ``asdict`` and ``astuple``, which these verbs never call.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from types import ModuleType

PILLOW = "PIL.Image"
REPORTLAB_SPARES = ("tempfile", "pickle")  # what ReportLab imports for what a PDF export never does
DATACLASSES_NEEDS = ("inspect", "copy")  # what ``dataclasses`` imports for what an import never does


class _LazyFinder:
    """Finds one module as the other finders do, then makes its loader lazy (once)."""

    def __init__(self, name: str) -> None:
        self.name = name

    def find_spec(
        self, name: str, path: Sequence[str] | None = None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if name != self.name:
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
            return spec
        spec.loader = importlib.util.LazyLoader(spec.loader)
        return spec


def defer(name: str) -> None:
    """Make the next import of ``name`` lazy, unless it is loaded or this is in place for it."""
    if name in sys.modules or any(isinstance(f, _LazyFinder) and f.name == name for f in sys.meta_path):
        return
    sys.meta_path.insert(0, _LazyFinder(name))


def defer_dataclasses_needs() -> None:
    """``DATACLASSES_NEEDS`` deferred (a verb working in one thread calls it before its imports)."""
    for name in DATACLASSES_NEEDS:
        defer(name)
