"""The summary pages keep every word inside the page and its column: a long map title in the
heading, and a long stage name carried over a page ("… (continued)") beside the pain points."""

from __future__ import annotations

from typing import Any

from jmdesigner.export.metrics import text_width
from jmdesigner.export.pages import MM
from jmdesigner.export.summary import StageSummary, draw_summary
from jmdesigner.model.entities import Card
from jmdesigner.model.ids import new_id

PW, PH = 842.0, 595.0  # summary pages are laid out as on A4 sideways
M = 14 * MM
NAME_W = min(46 * MM, (PW - 2 * M) * 0.22)  # the stage column, as the page lays it out
PAINS_X = M + NAME_W + 8 * MM


class Texts:
    """A surface that keeps every text drawn with its left and right edge (the rest is ignored)."""

    def __init__(self) -> None:
        self.spans: list[tuple[float, float, str]] = []
        self.baselines: list[float] = []

    def text(
        self, x: float, y: float, text: str, font: str, size: float, colour: str, anchor: str = "start"
    ) -> None:
        w = text_width(text, font, size)
        left = {"start": x, "middle": x - w / 2, "end": x - w}[anchor]
        self.spans.append((left, left + w, text))
        self.baselines.append(y)

    def __getattr__(self, name: str) -> Any:
        return lambda *args, **kwargs: None


def _cards(count: int, words: int) -> tuple[Card, ...]:
    text = " ".join(["premium renewal reminder confusing letter"] * (words // 5))
    return tuple(Card(new_id(), "m", "s", "l", f"{k}. {text}", votes=k) for k in range(count))


def _draw(title: str, stages: list[StageSummary]) -> list[Texts]:
    pages: list[Texts] = []

    def new_page() -> Texts:
        pages.append(Texts())
        return pages[-1]

    assert draw_summary(new_page, PW, PH, title, stages, "foot") == len(pages)  # type: ignore[arg-type]
    return pages


def test_a_long_map_title_stays_inside_the_summary_heading() -> None:
    title = "Home insurance journey — current state (workshop Munich, 3 November, with the broker team)"
    pages = _draw(title, [StageSummary("Research & comparison", _cards(8, 45), _cards(2, 10))])
    assert len(pages) > 1  # the heading of a continued page is the longer one
    for page in pages:
        heading = page.spans[0]
        assert "Home insurance journey" in heading[2]
        assert heading[0] >= M - 0.01 and heading[1] <= PW - M + 0.01, heading


def test_a_stage_carried_over_a_page_keeps_its_name_in_the_stage_column() -> None:
    name = "Research & comparison of offers"
    pages = _draw("Insurance", [StageSummary(name, _cards(8, 45), _cards(2, 10))])
    assert len(pages) > 1
    page = pages[1]
    body = range(int(M) + 66, int(PH - M) - 16)  # under the column heads, above the footer
    label = [
        span for span, y in zip(page.spans, page.baselines, strict=True) if span[0] == M and int(y) in body
    ]
    assert " ".join(text for _, _, text in label) == f"{name} (continued)"
    for _, right, text in label:
        assert right <= PAINS_X, (text, right, PAINS_X)  # never under the first pain point's badge


def test_a_long_german_stage_name_is_set_smaller_rather_than_broken_between_its_letters() -> None:
    names = ["Kreditwürdigkeitsprüfung (SCHUFA-Auskunft)", "Beschwerdemanagement", "Kontoeröffnungsantrag"]
    pages = _draw("Bank", [StageSummary(n, _cards(1, 5), ()) for n in names])
    page = pages[0]
    column = [
        text
        for (left, right, text), y in zip(page.spans, page.baselines, strict=True)
        if left == M and y > M + 60
    ]
    words = " ".join(column).split()
    for word in ("Kreditwürdigkeitsprüfung", "Beschwerdemanagement", "Kontoeröffnungsantrag"):
        assert word in words, column  # each compound whole on its line, not "Beschwerdemanagem" / "ent"
    for left, right, text in page.spans:
        if left == M and text in words:
            assert right <= PAINS_X, (text, right)


def test_a_stage_name_that_fits_keeps_its_size() -> None:
    from jmdesigner.export.summary import NAME, _layout

    _, labels = _layout(PW, PH, [StageSummary("Bedarfserkennung und Produktrecherche", (), ())])
    assert labels[0][2] == NAME


def test_a_long_german_stage_name_carried_over_a_page_is_not_broken_between_its_letters() -> None:
    name = "Kundenservicekontaktaufnahme"  # "… (continued)" at 9 pt ran past the stage column
    pages = _draw("Bank", [StageSummary(name, _cards(8, 45), _cards(2, 10))])
    assert len(pages) > 1
    page = pages[1]
    body = range(int(M) + 66, int(PH - M) - 16)
    label = [
        span for span, y in zip(page.spans, page.baselines, strict=True) if span[0] == M and int(y) in body
    ]
    assert [text for _, _, text in label] == [name, "(continued)"]
    for _, right, _ in label:
        assert right <= PAINS_X
