"""The "Current vs future" page's subtitle names both maps in full: too long for one line even at its
smallest size (two long titles compared), it goes on a second line rather than ending in "…"."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from jmdesigner.export import furniture as F
from jmdesigner.export.options import ExportOptions
from jmdesigner.export.pdf import build_pdf
from jmdesigner.model.bundle import future_state_of
from tests.builders import add_bundle, populated
from tests.export.pdfcheck import squash

ONLY_MAPS = {"cover": False, "personas": False, "summary": False}
BEFORE = "Online grocery delivery for families with young children in the greater Hamburg area, as lived"
AFTER = "Online grocery delivery for families with young children in the greater Hamburg area, redesigned"


class Texts:
    """A surface that keeps each text drawn with its baseline and size."""

    def __init__(self) -> None:
        self.drawn: list[tuple[float, str, float]] = []

    def text(
        self, x: float, y: float, text: str, font: str, size: float, *args: object, **kw: object
    ) -> None:
        self.drawn.append((y, text, size))

    def __getattr__(self, name: str) -> object:
        return lambda *args, **kwargs: None

    def subtitle(self) -> list[tuple[float, str, float]]:
        """The subtitle's lines: what is drawn after the title, but the key's words."""
        marks, votes, moment = F._labels()
        key = {label for label, _ in marks} | {"3", votes, moment}
        return [drawn for drawn in self.drawn[1:] if drawn[1] not in key]


@pytest.mark.parametrize(
    ("page", "before", "after"),
    [
        ("A3", BEFORE, AFTER),
        ("A0", "東京の顧客の食料品配達体験" * 15, "東京の顧客の食料品配達体験の再設計" * 11),
    ],
)
def test_two_long_titles_compared_are_printed_whole(page: str, before: str, after: str) -> None:
    doc = populated(title="Now", stages=3, cards_per_cell=2)  # taller than wide: an upright page
    now = doc.maps()[0].id
    add_bundle(doc, future_state_of(doc, now))
    later = doc.maps()[1].id
    doc.update_map(now, title=before)
    doc.update_map(later, title=after)
    data, _ = build_pdf(doc, [later], ExportOptions(page=page, comparisons=((now, later),), **ONLY_MAPS))
    text = PdfReader(io.BytesIO(data)).pages[1].extract_text()
    assert squash(f"{before} → {after} · cards:") in squash(text)


def test_a_subtitle_that_fits_keeps_its_one_line_and_a_long_one_takes_two_above_the_map() -> None:
    s = Texts()
    F.title_band(s, 34, 34, 1100, "Title", "Short subtitle")  # type: ignore[arg-type]
    assert s.subtitle() == [(34 + F.TITLE_PT + 14, "Short subtitle", F.SUB_PT)]
    s = Texts()
    F.title_band(s, 34, 34, 1100, "Title", "word " * 70)  # type: ignore[arg-type]
    lines = s.subtitle()
    assert len(lines) == 2 and lines[0][2] == lines[1][2] >= F.SUB_MIN_PT
    assert " ".join(text for _, text, _ in lines).split() == ["word"] * 70
    descent = 0.3 * lines[1][2]
    assert lines[1][0] + descent < 34 + 16 * 2.834645669  # above the map (the page's 16 mm band)


def test_a_subtitle_too_long_for_two_lines_beside_the_key_takes_the_whole_width_under_it() -> None:
    """On an upright page with the key in German, two long titles and the summary of changes did not
    fit two lines beside the key and were cut "… · Karten: …". The second line is under the key: it
    has the whole width, and the subtitle is printed whole."""
    from jmdesigner.export import fonts
    from jmdesigner.export.metrics import text_width

    width = 600.0
    subtitle = f"{BEFORE} → {AFTER} · cards: 10 new, 8 removed, 72 changed"
    room = width - F.key_width() - 24
    assert len(F.wrap(subtitle, fonts.REGULAR, F.SUB_MIN_PT, room)) > 2  # two lines beside it: cut
    s = Texts()
    F.title_band(s, 34, 34, width, "Title", subtitle)  # type: ignore[arg-type]
    (_, first, size), (_, second, size2) = s.subtitle()
    assert size == size2 >= F.SUB_MIN_PT
    assert "…" not in first + second
    assert squash(f"{first} {second}") == squash(subtitle)
    assert text_width(first, fonts.REGULAR, size) <= room + 0.01  # beside the key
    assert room < text_width(second, fonts.REGULAR, size) <= width + 0.01  # under it
