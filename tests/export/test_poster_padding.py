"""Poster tiles end where the map's content ends: no row or column of tiles holds nothing but the
blank padding after the last lane's cards or the last stage's (a 20-tile poster printed a row and a
column of such pages), and the assembly overview shows the tiles printed."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from jmdesigner.export.culling import content_edges, empty_tiles, plan_poster
from jmdesigner.export.metrics import PdfTextMetrics
from jmdesigner.export.options import ExportOptions
from jmdesigner.export.pages import FRAME_HALF, MM, plan_tiles
from jmdesigner.export.pdf import export_pdf
from jmdesigner.layout import MapGeometry, layout_map
from jmdesigner.model import Document, LaneKind
from tests.builders import populated
from tests.export.pdfcheck import qpdf_check, tool

ONLY_MAP = {"cover": False, "personas": False, "summary": False}


def reach(n: int, window: float, overlap: float) -> float:
    """How far ``n`` tiles reach, each sharing ``overlap`` with the one before."""
    return n * window - (n - 1) * overlap


def test_a_last_row_and_column_of_only_padding_are_left_off() -> None:
    old = plan_tiles(2000, 1000, "A4")
    a, o = old.area, old.overlap
    # a map just longer than two rows and three columns reach, its content well inside them
    w, h = reach(3, a.w, o) + 6, reach(2, a.h, o) + 6
    old = plan_tiles(w, h, "A4")
    assert (old.rows, old.cols) == (3, 4)
    plan = plan_tiles(w, h, "A4", content=(w - 12, h - 12))
    assert (plan.rows, plan.cols, len(plan.tiles)) == (2, 3, 6)
    assert plan.scale == 1.0 and plan.overlap == pytest.approx(10 * MM)  # as asked
    # the printed map ends just inside the last tiles, its frame's stroke on them, clear of content
    assert plan.map_w == pytest.approx(reach(3, a.w, o) - FRAME_HALF)
    assert plan.map_h == pytest.approx(reach(2, a.h, o) - FRAME_HALF)
    assert plan.map_w - FRAME_HALF >= w - 12 and plan.map_h - FRAME_HALF >= h - 12
    assert plan.tiles[-1].window.right >= plan.map_w + FRAME_HALF
    assert plan.tiles[-1].window.bottom >= plan.map_h + FRAME_HALF


def test_a_tall_lanes_padding_saves_every_row_it_alone_fills() -> None:
    a, o = plan_tiles(100, 100, "A3", False).area, 10 * MM
    plan = plan_tiles(500, reach(4, a.h, o) + 50, "A3", False, content=(400, a.h - 100))
    assert plan.rows == 1 and plan.cols == 1
    assert plan.map_h == pytest.approx(a.h - FRAME_HALF) and plan.map_w == 500


def test_content_that_spills_keeps_its_row_and_the_scale_as_asked() -> None:
    old = plan_tiles(2000, 1000, "A4", scale=1.5)
    a, o = old.area, old.overlap
    h = (reach(2, a.h, o) + 6) / 1.5
    spill = reach(2, a.h, o) / 1.5  # a card's last point lies on the third row
    plan = plan_tiles(300, h, "A4", scale=1.5, content=(290, spill))
    assert plan.rows == 3 and plan.map_h == h and plan.scale == 1.5


@pytest.mark.parametrize("page", ["A4", "A3", "Letter"])
@pytest.mark.parametrize("landscape", [True, False])
def test_a_map_exactly_filling_n_tiles_takes_n(page: str, landscape: bool) -> None:
    a, o = plan_tiles(100, 100, page, landscape).area, 10 * MM
    w, h = reach(3, a.w, o), reach(2, a.h, o)
    for content in (None, (w - 12, h - 12), (w, h)):
        plan = plan_tiles(w, h, page, landscape, content=content)
        assert (plan.rows, plan.cols) == (2, 3), content
        assert (plan.map_w, plan.map_h) == (w, h)  # nothing to save: nothing left off
    # the frame's stroke a hair beyond: fitted on the same tiles, not given a row of its own
    plan = plan_tiles(w + 0.4, h + 0.4, page, landscape, content=(w - 12, h - 12))
    assert (plan.rows, plan.cols) == (2, 3)


def _ink_in_tiles(pdf: Path, tmp_path: Path, first: int, plan_overlap: float) -> list[bool]:
    """For every tile page from ``first`` (1-based), whether anything dark (text, a card's
    symbols, a curve) is printed in the part of its crop area no earlier neighbour shares: a page
    of padding has only its background, the frame and light grid lines there."""
    subprocess.run(
        [tool("pdftoppm"), "-gray", "-r", "40", "-f", str(first), str(pdf), str(tmp_path / "p")], check=True
    )
    found = []
    for png in sorted(tmp_path.glob("p-*.pgm")):
        data = png.read_bytes()
        parts = data.split(maxsplit=4)
        w, h, pixels = int(parts[1]), int(parts[2]), parts[4]
        k = 40 / 72
        margin, o = 15 * MM * k, plan_overlap * k
        # the crop area, without the strips a left or upper neighbour prints too (+2 px either way)
        x0, y0, x1, y1 = int(margin + o) + 2, int(margin + o) + 2, int(w - margin) - 2, int(h - margin) - 2
        found.append(any(min(pixels[y * w + x0 : y * w + x1]) < 100 for y in range(y0, y1)))
    return found


def _sample_geometry(doc: Document) -> MapGeometry:
    return layout_map(doc, doc.maps()[0].id, PdfTextMetrics())


@pytest.mark.parametrize(
    ("page", "landscape", "scale"),
    [("A4", True, 1.35), ("A4", False, 1.02), ("A3", True, 1.52), ("Letter", True, 1.05)],
)
def test_every_poster_page_printed_has_content(
    sample_doc: Document, tmp_path: Path, page: str, landscape: bool, scale: float
) -> None:
    g = _sample_geometry(sample_doc)
    old = plan_tiles(g.bounds.w, g.bounds.h, page, landscape, scale)
    old_pages = len(old.tiles) - len(empty_tiles(g, old))
    out = tmp_path / "poster.pdf"
    opt = ExportOptions(page=page, landscape=landscape, mode="tile", scale=scale, **ONLY_MAP)  # type: ignore[arg-type]
    result = export_pdf(sample_doc, [sample_doc.maps()[0].id], out, opt)
    reader = PdfReader(out)
    plan, printed = plan_poster(g, page, landscape, scale, 10)
    tiles = len(plan.tiles) - len(empty_tiles(printed, plan))
    assert result.pages == len(reader.pages) == 1 + tiles < 1 + old_pages
    assert plan.scale == scale
    overview = reader.pages[0].extract_text()
    assert f"{tiles} pages in a grid of {plan.rows} × {plan.cols} at scale {scale:g}" in overview
    assert all(_ink_in_tiles(out, tmp_path, 2, plan.overlap)), "a tile of padding only"
    # the map's content is all printed: its edges lie on the tiles, its frame's stroke too
    right, bottom = content_edges(g)
    assert printed.bounds.right >= right and printed.bounds.bottom >= bottom
    assert plan.tiles[-1].window.bottom >= (printed.bounds.bottom + FRAME_HALF) * scale - 1e-6
    qpdf_check(out)


def test_the_old_tiling_printed_pages_of_padding(sample_doc: Document, tmp_path: Path) -> None:
    """The check above tells a page of padding: the tiles the old grid added hold no content."""
    g = _sample_geometry(sample_doc)
    old = plan_tiles(g.bounds.w, g.bounds.h, "A4", True, 1.35)
    assert (old.rows, old.cols) == (5, 4)
    right, bottom = content_edges(g)
    step_x, step_y = old.area.w - old.overlap, old.area.h - old.overlap
    assert (old.cols - 1) * step_x + old.overlap >= right * 1.35  # the last column: padding only
    assert (old.rows - 1) * step_y + old.overlap >= bottom * 1.35  # the last row: padding only


def test_a_lane_made_taller_than_its_cards_prints_no_rows_of_its_padding(tmp_path: Path) -> None:
    doc = populated(stages=3)
    jmap = doc.maps()[0]
    last = doc.lanes(jmap.id)[-1]
    assert last.kind is not LaneKind.EMOTIONS
    doc.update_lane(last.id, height=1400.0)  # dragged far below its cards
    g = _sample_geometry(doc)
    old = plan_tiles(g.bounds.w, g.bounds.h, "A4", False, 1.0)
    out = tmp_path / "tall.pdf"
    opt = ExportOptions(page="A4", landscape=False, mode="tile", **ONLY_MAP)  # type: ignore[arg-type]
    result = export_pdf(doc, [jmap.id], out, opt)
    plan, printed = plan_poster(g, "A4", False, 1.0, 10)
    assert plan.rows < old.rows and printed.bounds.h < g.bounds.h
    assert result.pages == len(PdfReader(out).pages) == 1 + len(plan.tiles)
    assert all(_ink_in_tiles(out, tmp_path, 2, plan.overlap))
    qpdf_check(out)
