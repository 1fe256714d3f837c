"""Where a persona page puts its "On the map" band: at the foot of a page the persona fills, right
after the content of a sparse persona (a name and a role), and never past the page's margin."""

from __future__ import annotations

import re
import subprocess
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from jmdesigner.export.options import ExportOptions
from jmdesigner.export.pages import MM
from jmdesigner.export.pdf import export_pdf
from jmdesigner.export.personas import LEAD, band_top, draw_persona
from jmdesigner.model import Document
from jmdesigner.model.entities import Persona
from tests.export.pdfcheck import tool

HEADING = "ON THE MAP"
PAGES = [(842.0, 595.0), (595.0, 842.0)]  # A4 sideways and upright: persona pages are laid out as on A4


class Texts:
    """A surface that keeps every text drawn, with its baseline (everything else is ignored)."""

    def __init__(self) -> None:
        self.texts: list[tuple[float, str]] = []

    def text(self, x: float, y: float, text: str, *args: Any) -> None:
        self.texts.append((y, text))

    def __getattr__(self, name: str) -> Any:
        return lambda *args, **kwargs: None

    def y_of(self, text: str) -> float:
        return next(y for y, t in self.texts if t == text)


def _page(doc: Document, persona: Persona, pw: float, ph: float) -> Texts:
    s = Texts()
    draw_persona(s, pw, ph, doc, persona, [m.id for m in doc.maps()])  # type: ignore[arg-type]
    return s


def _shown(doc: Document) -> Persona:
    return doc.persona(doc.maps()[0].persona_ids[0])


def _sparse(p: Persona, **kept: Any) -> Persona:
    empty = dict(
        quote="", description="", goals=(), motivations=(), pain_points=(), behaviours=(), channels=()
    )
    return replace(p, **{**empty, **kept})


def _full_and_changed(doc: Document, pw: float, ph: float, **changes: Any) -> tuple[Texts, Texts]:
    """The page of the sample's full persona, and of the same persona with ``changes``."""
    p = _shown(doc)
    return _page(doc, p, pw, ph), _page(doc, replace(p, **changes), pw, ph)


@pytest.mark.parametrize(("pw", "ph"), PAGES)
def test_a_sparse_persona_has_the_band_right_after_its_content(
    sample_doc: Document, pw: float, ph: float
) -> None:
    full = _page(sample_doc, _shown(sample_doc), pw, ph)
    # The page's normal spacing: from the last bullet of a row of sections to the next row's title.
    row_gap = full.y_of("BEHAVIOURS") - full.y_of("Get deliveries when someone is home")
    goals = _shown(sample_doc).goals
    short = _page(sample_doc, _sparse(_shown(sample_doc), goals=goals), pw, ph)
    assert short.y_of(HEADING) == pytest.approx(short.y_of(goals[-1]) + row_gap + 4)
    bare = _page(sample_doc, _sparse(_shown(sample_doc)), pw, ph)
    role = bare.y_of(_shown(sample_doc).role)
    assert role < bare.y_of(HEADING) < role + 5 * LEAD  # below the header, not at the foot
    assert bare.y_of(HEADING) < full.y_of(HEADING) - 0.25 * ph


@pytest.mark.parametrize(("pw", "ph"), PAGES)
def test_a_full_persona_keeps_the_band_at_the_foot(sample_doc: Document, pw: float, ph: float) -> None:
    full = _page(sample_doc, _shown(sample_doc), pw, ph)
    assert full.y_of(HEADING) > full.y_of("Shops on her phone late at night") + 3 * LEAD
    last = max(y for y, _ in full.texts)  # the band's last line closes the page at its margin
    assert ph - 16 * MM - 2 * LEAD < last <= ph - 16 * MM


@pytest.mark.parametrize(("pw", "ph"), PAGES)
def test_a_long_persona_fits_its_page_with_the_band_at_the_foot(
    sample_doc: Document, pw: float, ph: float
) -> None:
    goals = tuple(f"Goal {i}: a goal long enough to wrap onto a second line in its column" for i in range(40))
    description = _shown(sample_doc).description * 4
    full, long = _full_and_changed(sample_doc, pw, ph, goals=goals, description=description)
    assert long.y_of(HEADING) == full.y_of(HEADING)  # not pushed down by the sections above it
    more = [(y, t) for y, t in long.texts if re.fullmatch(r"… and \d+ more", t)]
    assert more and max(y for y, _ in more) < long.y_of(HEADING) - 14 - LEAD  # a line clear of its rule
    for title in ("BEHAVIOURS", "CHANNELS"):  # later rows keep at least their titles
        assert long.y_of(title) < long.y_of(HEADING)
    assert max(y for y, _ in long.texts) <= ph - 16 * MM  # nothing past the page's margin


@pytest.mark.parametrize(("pw", "ph"), PAGES)
def test_a_very_long_description_ends_in_an_ellipsis_above_the_sections(
    sample_doc: Document, pw: float, ph: float
) -> None:
    description = _shown(sample_doc).description * 40
    full, page = _full_and_changed(sample_doc, pw, ph, description=description)
    assert page.y_of(HEADING) == full.y_of(HEADING)
    above = max((y, t) for y, t in page.texts if y < page.y_of("GOALS"))  # the description's last line
    assert above[1].endswith("…")
    assert page.y_of("CHANNELS") < page.y_of(HEADING) - 14 - 2 * LEAD  # every row's titles, above the band
    assert max(y for y, _ in page.texts) <= ph - 16 * MM


@pytest.mark.parametrize(("pw", "ph"), PAGES)
@pytest.mark.parametrize("long", ["quote", "description"])
def test_a_very_long_quote_or_description_leaves_each_section_its_first_item(
    sample_doc: Document, pw: float, ph: float, long: str
) -> None:
    """The text stops where every row of sections still shows its titles, a first item each and
    an "… and N more": a section is never only "… and 3 more" (or "… and 1 more") under its title."""
    p = _shown(sample_doc)
    full, page = _full_and_changed(sample_doc, pw, ph, **{long: (p.description + " ") * 40})
    shown = [t for _, t in page.texts]
    for items in (p.goals, p.motivations, p.pain_points, p.behaviours, p.channels):
        assert items[0] in shown, items
    assert page.y_of(HEADING) == full.y_of(HEADING)
    assert max(y for y, _ in page.texts) <= ph - 16 * MM


def test_the_band_follows_content_that_fills_less_than_half_the_room() -> None:
    assert band_top(140, 100, 400) == 140  # sparse: right after the content
    assert band_top(249, 100, 400) == 249
    assert band_top(250, 100, 400) == 400  # half filled: at the foot, as before
    assert band_top(390, 100, 400) == 400
    assert band_top(420, 100, 400) == 420  # content past the foot pushes the band down, as before


def _words(pdf: Path, page: int) -> list[tuple[str, float]]:
    """(word, top) of one page of an exported PDF, as poppler reads it."""
    html = subprocess.run(
        [tool("pdftotext"), "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return [
        (w, float(y)) for y, w in re.findall(r'<word xMin="[\d.]+" yMin="([\d.]+)"[^>]*>([^<]*)</word>', html)
    ]


def test_the_exported_pdf_of_a_sparse_persona_puts_the_band_under_the_header(
    sample_doc: Document, tmp_path: Path
) -> None:
    for p in sample_doc.personas():
        sample_doc.update_persona(
            p.id,
            quote="",
            description="",
            goals=(),
            motivations=(),
            pain_points=(),
            behaviours=(),
            channels=(),
        )
    out = tmp_path / "sparse.pdf"
    export_pdf(sample_doc, [sample_doc.maps()[0].id], out, ExportOptions(cover=False, summary=False))
    words = _words(out, 2)  # the map, then the first persona
    role_top = next(y for w, y in words if w == "parent,")  # "Working parent, 38"
    heading_top = next(y for w, y in words if w == "ON")
    page_h = 842.0  # A3 sideways, the default page
    assert role_top < heading_top < role_top + 0.12 * page_h


class Placed(Texts):
    """A surface that keeps every text drawn with its x, font and size, to measure its right edge."""

    def __init__(self) -> None:
        super().__init__()
        self.runs: list[tuple[float, str, str, float]] = []

    def text(self, x: float, y: float, text: str, font: str, size: float, *args: Any) -> None:
        super().text(x, y, text)
        self.runs.append((x, text, font, size))


@pytest.mark.parametrize(("pw", "ph"), PAGES)
@pytest.mark.parametrize("name", ["Maximiliane " * 16, "مريم " * 30])
def test_a_very_long_name_role_or_map_title_ends_in_an_ellipsis_inside_the_page(
    sample_doc: Document, pw: float, ph: float, name: str
) -> None:
    from jmdesigner.export.metrics import text_width

    p = replace(_shown(sample_doc), name=name.strip()[:200], role=("Regional sales lead " * 10).strip())
    sample_doc.update_map(sample_doc.maps()[0].id, title=("Online grocery delivery " * 8).strip())
    s = Placed()
    draw_persona(s, pw, ph, sample_doc, p, [m.id for m in sample_doc.maps()])  # type: ignore[arg-type]
    header = [run for run in s.runs if run[1].startswith((name[:6], "Regional")) or run[2:] == ("bold", 9)]
    assert len(header) == 3 and all(text.endswith("…") for _, text, _, _ in header)  # with the chart's title
    for x, text, font, size in header:
        assert x + text_width(text, font, size) <= pw - 16 * MM + 0.5
