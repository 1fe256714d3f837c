"""The "Current vs future" PDF page, from the API and from ``jmdesigner export --compare``: both
curves of every persona, every card's text of both maps, and one-line errors."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from jmdesigner.export.compare_drawing import tint
from jmdesigner.export.options import ExportOptions
from jmdesigner.export.pdf import build_pdf
from jmdesigner.model import UndoStack
from jmdesigner.model import commands as cmd
from jmdesigner.storage.jmapfile import JmapFile
from tests.builders import current_and_future
from tests.cli.test_cli import assert_one_line_error, run
from tests.export.pdfcheck import outline_titles, squash

ONLY_MAPS = {"cover": False, "personas": False, "summary": False}


def stroke(colour: str) -> str:
    """How ReportLab writes a stroke colour into the page's content stream."""
    parts = (f"{int(colour[i : i + 2], 16) / 255:.6g}".removeprefix("0") for i in (1, 3, 5))
    return " ".join(parts) + " RG"


def test_the_page_has_both_curves_of_each_persona_and_every_card() -> None:
    doc, now, later = current_and_future()
    data, result = build_pdf(doc, [later], ExportOptions(comparisons=((now, later),), **ONLY_MAPS))
    reader = PdfReader(io.BytesIO(data))
    assert result.pages == 2 and len(reader.pages) == 2
    page = reader.pages[1]
    text = squash(page.extract_text())
    for map_id in (now, later):
        for card in doc.cards(map_id):
            assert squash(card.text) in text
    for word in ("Currentstatevsfuturestate", "Notinthismap", "New", "Removed", "Changed", "Emotions"):
        assert word in text
    content = page.get_contents().get_data().decode("latin-1")
    for persona_id in doc.map(later).persona_ids:
        colour = doc.persona(persona_id).colour
        assert stroke(colour) in content  # the to-be curve
        assert stroke(tint(colour)) in content  # the as-is curve, lighter
    assert outline_titles(reader)[-2:] == ["Current vs future", "Now → Now — future state"]


@pytest.fixture
def two_maps(tmp_path: Path) -> Path:
    path = tmp_path / "doc.jmap"
    with JmapFile.create(path) as jfile:
        stack = UndoStack(jfile.document)
        doc, _, _ = current_and_future()
        for jmap in doc.maps():
            from jmdesigner.model.bundle import bundle_of

            stack.push(cmd.add_map(bundle_of(doc, jmap.id)))
    return path


def test_cli_compares_a_future_map_with_the_map_it_reworks(
    two_maps: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = two_maps.parent / "cmp.pdf"
    code, _, err = run(
        capsys, "export", two_maps, out, "--map", "Now — future state", "--compare", "--no-cover"
    )
    assert code == 0, err
    reader = PdfReader(out)
    assert "Current vs future" in outline_titles(reader)
    assert "Brandnewcard" in squash("".join(p.extract_text() for p in reader.pages))


def test_cli_compares_with_a_named_map_and_explains_mistakes(
    two_maps: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = two_maps.parent / "cmp.pdf"
    code, _, err = run(capsys, "export", two_maps, out, "--map", "Now", "--compare", "Now — future state")
    assert code == 0, err
    assert "Current vs future" in outline_titles(PdfReader(out))
    out.unlink()
    code, _, err = run(capsys, "export", two_maps, out, "--map", "Now", "--compare")
    assert_one_line_error(code, err, "does not rework", "--compare OTHER_TITLE")
    code, _, err = run(capsys, "export", two_maps, out, "--map", "Now", "--compare", "Nope")
    assert_one_line_error(code, err, "no map titled “Nope”")
    code, _, err = run(capsys, "export", two_maps, two_maps.parent / "x.json", "--compare")
    assert_one_line_error(code, err, "PDF only")
    assert not out.exists()


class _Drawn:
    """A surface that keeps the texts (x, text, anchor) and rectangles (rect, fill) drawn."""

    def __init__(self) -> None:
        self.texts: list[tuple[float, str, str]] = []
        self.rects: list[tuple[object, str | None]] = []

    def text(
        self, x: float, y: float, text: str, font: str, size: float, colour: str, anchor: str = "start"
    ) -> None:
        self.texts.append((x, text, anchor))

    def rect(self, r: object, fill: str | None, *args: object, **kwargs: object) -> None:
        self.rects.append((r, fill))

    def __getattr__(self, name: str) -> object:
        return lambda *args, **kwargs: None


def test_a_right_to_left_persona_in_the_curves_legend_is_mirrored() -> None:
    """As in a map's legend: a Hebrew persona's name reads from the right of the legend, its swatch
    after it; an English persona's swatch and name stay at the left."""
    from jmdesigner.export.compare_drawing import ComparePainter
    from jmdesigner.export.metrics import PdfTextMetrics
    from jmdesigner.layout.compare import layout_compare, map_sides

    doc, now, later = current_and_future()
    hebrew, english = doc.map(later).persona_ids[:2]
    doc.update_persona(hebrew, name="נועה לוי")
    g = layout_compare(*map_sides(doc, now, later), PdfTextMetrics())
    s = _Drawn()
    ComparePainter(s, PdfTextMetrics()).draw(g)  # type: ignore[arg-type]
    left = g.panel.header.x + 16
    right = left + g.panel.header.w - 16 - 52
    x, _, anchor = next(t for t in s.texts if t[1] == "נועה לוי")
    assert (x, anchor) == (pytest.approx(right - 16), "end")
    swatch = next(r for r, fill in s.rects if fill == doc.persona(hebrew).colour)
    assert swatch.right == pytest.approx(right)  # type: ignore[attr-defined]
    name = doc.persona(english).name
    x, _, anchor = next(t for t in s.texts if t[1] == name)
    assert (x, anchor) == (pytest.approx(left + 16), "start")
    swatch = next(r for r, fill in s.rects if fill == doc.persona(english).colour)
    assert swatch.x == pytest.approx(left)  # type: ignore[attr-defined]


class _Runs:
    """A surface that keeps each text with its x, baseline (on the page: ``push`` offsets
    followed), font and size."""

    def __init__(self) -> None:
        self.runs: list[tuple[float, float, str, str, float, str]] = []
        self._offsets: list[tuple[float, float]] = [(0.0, 0.0)]

    def push(self, dx: float, dy: float, *args: object, **kwargs: object) -> None:
        x, y = self._offsets[-1]
        self._offsets.append((x + dx, y + dy))

    def pop(self) -> None:
        self._offsets.pop()

    def text(
        self, x: float, y: float, text: str, font: str, size: float, colour: str = "", anchor: str = "start"
    ) -> None:
        dx, dy = self._offsets[-1]
        self.runs.append((x + dx, y + dy, text, font, size, anchor))

    def __getattr__(self, name: str) -> object:
        return lambda *args, **kwargs: None


def test_a_map_heading_too_long_for_a_narrow_comparison_is_set_smaller_never_cut() -> None:
    """Two maps of two stages with long titles: each map's heading ("Current state — <title>") was cut
    with "…" at 70 % of the band's width. It is set smaller (on two lines when one is not enough),
    whole, left of the summary of changes and inside the band."""
    from jmdesigner.export import fonts
    from jmdesigner.export.compare_drawing import LABEL_MIN_PT, LABEL_PT, ComparePainter
    from jmdesigner.export.metrics import PdfTextMetrics, text_width
    from jmdesigner.layout.compare import layout_compare, map_sides

    doc, now, later = current_and_future()
    for map_id in (now, later):
        for stage in doc.stages(map_id)[2:]:
            doc.remove_stage(stage.id)
    title = "Baufinanzierung für Privatkunden in Filiale, App und Telefonberatung"
    doc.update_map(now, title=f"{title} – Ist-Zustand")
    doc.update_map(later, title=f"{title} – Soll-Zustand 2027")
    g = layout_compare(*map_sides(doc, now, later), PdfTextMetrics())
    s = _Runs()
    ComparePainter(s, PdfTextMetrics()).draw(g)  # type: ignore[arg-type]
    assert not [run for run in s.runs if "…" in run[2]]
    (summary,) = [run for run in s.runs if run[2] == g.summary]
    summary_left = summary[0] - text_width(g.summary, summary[3], summary[4])
    for band in (g.before, g.after):
        heading = f"{band.label} — {band.title}"
        r = band.label_rect
        lines = [run for run in s.runs if r.y <= run[1] <= r.bottom and run[3] == fonts.BOLD]
        assert " ".join(run[2] for run in lines) == heading
        for x, _, text, font, size, _ in lines:
            assert LABEL_MIN_PT <= size < LABEL_PT
            right = x + text_width(text, font, size)
            assert right <= r.right - 8 + 0.01
            if band is g.after:
                assert right < summary_left
