"""What the caller chooses for an export, and what it gets back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

Mode = Literal["fit", "tile", "plotter"]
# progress(done, total, what): called before each page; total may grow as long sections flow.
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True, slots=True)
class ExportOptions:
    page: str = "A3"
    landscape: bool = True
    mode: Mode = "fit"
    scale: float = 1.0  # map units to points, for tiles and the plotter page
    overlap_mm: float = 10.0
    cover: bool = True
    personas: bool = True
    summary: bool = True
    # "Current vs future" pages: (before map id, after map id) pairs, after the maps
    comparisons: tuple[tuple[str, str], ...] = ()
    title: str = ""  # the document title on the cover; default: the first map's title
    client: str = ""
    author: str = ""
    version: str = ""
    date: str = field(default_factory=lambda: dt.date.today().isoformat())


@dataclass(slots=True)
class ExportResult:
    pages: int = 0
    warnings: list[str] = field(default_factory=list)
