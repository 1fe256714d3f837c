"""Pillow loaded when a picture is drawn, not when ReportLab is imported.

``reportlab.lib.utils`` (under every ReportLab module) runs ``from PIL import Image`` at its
top, which loads Pillow's C core, its EXIF and TIFF tag tables: ~7 ms of a PDF export's
start-up that only a persona photo needs. Before the PDF path imports ReportLab, ``defer``
puts a finder first on ``sys.meta_path`` that hands out ``PIL.Image`` through the standard
library's ``importlib.util.LazyLoader``: the module object exists at once and executes on its
first attribute access (``Image.open``, ``Image.Image``, another ``from PIL import Image``).
The finder removes itself after that one import; a process that has Pillow already is untouched.
Only the command line's PDF export calls it: it draws in one thread (Python 3.11's LazyLoader
is not thread-safe on first use).
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from types import ModuleType

MODULE = "PIL.Image"


class _LazyPillowFinder:
    """Finds ``PIL.Image`` as the other finders do, then makes its loader lazy (once)."""

    def find_spec(
        self, name: str, path: Sequence[str] | None = None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if name != MODULE:
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
            return spec
        spec.loader = importlib.util.LazyLoader(spec.loader)
        return spec


def defer() -> None:
    """Make the next import of ``PIL.Image`` lazy, unless Pillow is loaded or this is in place."""
    if MODULE in sys.modules or any(isinstance(f, _LazyPillowFinder) for f in sys.meta_path):
        return
    sys.meta_path.insert(0, _LazyPillowFinder())
