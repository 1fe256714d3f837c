"""What the caller chooses for an export, and what it gets back."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from jmdesigner.i18n import translate, ui_language

if TYPE_CHECKING:
    from jmdesigner.export.legibility import CompareLegibility, Legibility

Mode = Literal["fit", "tile", "plotter"]
# progress(done, total, what): called before each page; total may grow as long sections flow.
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """What a PDF export prints: the page, the mode, the extra pages and the cover's words."""

    page: str = "A3"
    # None: as the maps are shaped, upright for maps taller than wide (``pages.suits_landscape``)
    landscape: bool | None = None
    mode: Mode = "fit"
    scale: float = 1.0  # map units to points, for tiles and the plotter page
    overlap_mm: float = 10.0
    cover: bool = True
    personas: bool = True
    summary: bool = True
    # "Current vs future" pages: (before map id, after map id) pairs, after the maps
    comparisons: tuple[tuple[str, str], ...] = ()
    # the cover's and the metadata's title; default: the map's, "Customer journey maps" for several
    title: str = ""
    client: str = ""
    author: str = ""
    version: str = ""
    date: str = field(default_factory=lambda: dt.date.today().isoformat())
    language: str = field(default_factory=lambda: default_language())  # the PDF's /Lang, e.g. "en-GB"

    @property
    def version_label(self) -> str:
        """The version as printed: "v1.2" whether it was typed "1.2" or "v1.2" (never "vv1.2")."""
        v = self.version.strip()
        return f"v{v[1:]}" if v[:1] in "vV" and v[1:2].isdigit() else (f"v{v}" if v[:1].isdigit() else v)


def deck_title(opt: ExportOptions, titles: list[str]) -> str:
    """The document's title (the cover's and the PDF's Title): the one given, else the map's own for a
    single map; a deck of several maps is not named after its first one but "Customer journey maps"
    (the cover lists the maps under it)."""
    if opt.title.strip():
        return opt.title.strip()
    return titles[0] if len(titles) == 1 else translate("Pdf", "Customer journey maps")


def default_language() -> str:
    """The language the PDF's own words are printed in, as a BCP 47 tag: a reader reads the text
    aloud and hyphenates in it. The user's from the environment (``LANG=de_DE.UTF-8`` → "de-DE"),
    English when none is set; a window or command in another language (``--lang de`` on a system
    in English) gives that language ("de")."""
    system = "en"
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "").split(".")[0].split("@")[0]
        if value and value not in ("C", "POSIX"):
            system = value.replace("_", "-")
            break
    printed = ui_language()
    if printed != "en" and system.split("-")[0].lower() != printed:
        return printed
    return system


@dataclass(slots=True)
class ExportResult:
    """What a PDF export made: its pages, its warnings and how legible its fitted maps are."""

    pages: int = 0
    landscape: bool = True  # the orientation the pages were printed in (chosen, or the maps' shape's)
    # the maps' sizes (width, height), from which the orientation of another page size is found
    shapes: tuple[tuple[float, float], ...] = ()
    warnings: list[str] = field(default_factory=list)
    # Maps fitted on one page: how large their card text prints and, when too small to read, what
    # would print it readable (``export.legibility.Legibility``; not repeated in ``warnings``).
    legibility: Legibility | None = None
    # The "Current vs future" pages: the same, with the page that prints them readable.
    comparisons: CompareLegibility | None = None
