"""The cover and the footer of every page keep a long title, client or map list readable and on
the page: set smaller and, only when that is not enough, ended with an ellipsis, never cut off
mid-sentence or run over the page number."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest

from jmdesigner.export import furniture as F
from jmdesigner.export.cover import draw_cover
from jmdesigner.export.map_drawing import MapPainter
from jmdesigner.export.map_pages import tile_page
from jmdesigner.export.metrics import PdfTextMetrics, text_width
from jmdesigner.export.options import ExportOptions
from jmdesigner.export.pages import plan_tiles
from jmdesigner.export.pdf import build_pdf
from jmdesigner.interchange.json_map import parse_map, read_json_file
from jmdesigner.layout import layout_map
from jmdesigner.model import Document, add_bundle
from jmdesigner.resources import resource_path
from tests.i18n.languages import german  # noqa: F401 (a fixture)

A4 = (842.0, 595.0)
A3 = (1190.55, 841.89)
TITLE = (
    "Online grocery delivery for families with young children and older customers living alone — "
    "current state as observed in the customer workshop of 14 October with customer service"
)
CLIENT = "Allianz Versicherungs-AG Deutschland, Abteilung Privatkunden, Region Süd, Team Kundenerlebnis"


class Texts:
    """A surface that keeps every text drawn: its left and right edge and its words."""

    def __init__(self) -> None:
        self.spans: list[tuple[float, float, float, str]] = []

    def text(
        self, x: float, y: float, text: str, font: str, size: float, colour: str, anchor: str = "start"
    ) -> None:
        w = text_width(text, font, size)
        left = {"start": x, "middle": x - w / 2, "end": x - w}[anchor]
        self.spans.append((left, left + w, y, text))

    def __getattr__(self, name: str) -> Any:
        return lambda *args, **kwargs: None


def _words(text: str) -> str:
    return " ".join(text.split())


def test_the_cover_prints_a_long_title_whole_and_inside_the_page() -> None:
    for pw, ph in (A4, A3):
        s = Texts()
        draw_cover(s, pw, ph, TITLE, [TITLE, "Future state"], ExportOptions(client=CLIENT))  # type: ignore[arg-type]
        assert all(left >= 0 and right <= pw for left, right, _, _ in s.spans), s.spans
        lines = [text for _, _, y, text in s.spans if y < ph * 0.58 and text.strip() and "MAP" not in text]
        title_lines = lines[: len(lines) - 1]  # then the list of maps
        assert len(title_lines) <= 3
        assert _words(" ".join(title_lines)) == _words(TITLE)  # no word of the title dropped
        below = [t for _, _, y, t in s.spans if y > ph * 0.58]
        client = _words(" ".join(below[below.index("CLIENT") + 1 : below.index("DATE")]))
        assert client == _words(CLIENT) or client.endswith("…")


def test_a_long_footer_ends_before_the_page_number() -> None:
    pw, ph = A4
    s = Texts()
    F.footer(s, pw, ph, 40.0, f"{TITLE} · {CLIENT} · v12.3 · 2026-12-01", "Seite 12")  # type: ignore[arg-type]
    (left, right) = sorted(s.spans)
    assert left[0] == 40.0 and right[1] == pw - 40.0
    assert left[1] < right[0] - 6, (left, right)  # a gap between the footer's words and the page number
    # the long title and client shortened, the version and the date whole (it ended "· v12…")
    assert left[3].endswith(" · v12.3 · 2026-12-01") and "…" in left[3]


def test_a_footer_a_little_too_long_is_set_smaller_with_nothing_cut() -> None:
    """A long client's name on an upright letter page: the footer ended "… · v2.1-f…"."""
    pw, ph = 612.0, 792.0
    left = (
        "Baufinanzierung – Soll-Zustand · Norddeutsche Landes- und Genossenschaftsbank "
        "Aktiengesellschaft, Geschäftsbereich Privatkunden · v2.1-final · 2026-12-01"
    )
    s = Texts()
    F.footer(s, pw, ph, 34.0, left, "Seite 5")  # type: ignore[arg-type]
    (drawn, number) = sorted(s.spans)
    assert drawn[3] == left and drawn[1] < number[0] - 6


def _first_lines(data: bytes, page: int) -> list[str]:
    from pypdf import PdfReader

    text = PdfReader(io.BytesIO(data)).pages[page].extract_text()
    return [line.strip() for line in text.splitlines() if line.strip()]


@pytest.mark.usefixtures("german")
def test_the_title_of_an_upright_map_page_uses_the_whole_line(sample_doc: Document) -> None:
    """The key sits on the subtitle's line, not the title's: an upright A4 page printed "Online
    grocery delivery — curr…" at 8 pt, beside the German key that was on the line below."""
    title = sample_doc.maps()[0].title
    for landscape in (False, True):
        options = ExportOptions(page="A4", landscape=landscape, cover=False, summary=False, personas=False)
        data, _ = build_pdf(sample_doc, [sample_doc.maps()[0].id], options)
        assert _first_lines(data, 0)[0] == title


@pytest.mark.usefixtures("german")
def test_the_assembly_overview_prints_its_instructions_whole(sample_doc: Document) -> None:
    """The overview has no key: its subtitle (how to lay out, trim and glue the pages) takes the
    whole line instead of ending "… beschneiden und…" beside an empty space."""
    options = ExportOptions(page="A4", mode="tile", cover=False, summary=False, personas=False)
    data, _ = build_pdf(sample_doc, [sample_doc.maps()[0].id], options)
    heading, instructions = _first_lines(data, 0)[:2]
    assert heading.startswith("Montageübersicht — ") and not heading.endswith("…")
    assert instructions.endswith("beschneiden und kleben.") or instructions.endswith("."), instructions
    assert "…" not in instructions


def test_a_tile_label_with_a_long_title_ends_before_the_crop_marks() -> None:
    """A poster tile's label (tile, row, column, pages, the map's title) ran past the page's
    right crop mark and off an A4 page; it ends in an ellipsis inside the printed area's width."""
    data = read_json_file(Path(resource_path("samples", "sample-map.json")))
    data["title"] = TITLE
    doc = Document()
    add_bundle(doc, parse_map(data))
    metrics = PdfTextMetrics()
    g = layout_map(doc, doc.maps()[0].id, metrics)
    plan = plan_tiles(g.bounds.w, g.bounds.h, "A4")
    s = Texts()
    tile_page(s, MapPainter(s, metrics), g, TITLE, plan, plan.tiles[0], 2)  # type: ignore[arg-type]
    (label,) = [span for span in s.spans if "A1" in span[3]]
    assert label[3].endswith("…")
    assert plan.area.x <= label[0] and label[1] <= plan.area.right, (label, plan.area)
