"""Where the summary's pages break, as a typesetter would break them: the last page is never a
sliver, a stage's name never sits at a page's foot without its first two rows, a "(continued)"
part never holds a single row when that can be avoided, and nothing runs off a page, not even a
card longer than a whole page."""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

from pypdf import PdfReader

from jmdesigner.export import fonts
from jmdesigner.export.options import ExportOptions
from jmdesigner.export.pages import MM
from jmdesigner.export.pdf import build_pdf
from jmdesigner.export.summary import StageSummary, draw_summary, summarise
from jmdesigner.model import Card, Document, JourneyMap, Lane, LaneKind, MapBundle, Stage, add_bundle, new_id
from tests.builders import sample_and_future
from tests.export.pdfcheck import squash

PW, PH = 842.0, 595.0  # summary pages are laid out as on A4 sideways
M = 14 * MM
BOTTOM = PH - M - 16  # above the footer
ROOM = BOTTOM - (M + 66)  # from under the column heads
WORDS = [
    "customers",
    "cannot",
    "find",
    "the",
    "delivery",
    "slot",
    "they",
    "booked",
    "and",
    "call",
    "the",
    "hotline",
    "twice",
    "before",
    "anyone",
    "answers",
    "while",
    "the",
    "app",
    "shows",
    "an",
    "outdated",
    "status",
    "and",
    "the",
    "driver",
    "waits",
    "outside",
]

# (stage, words of each pain point, words of each opportunity): maps whose summary the old flow
# broke badly. LONE: its last stage alone on the last page, one short row. CROWDED: stages' names at
# a page's foot with one row, a single row "(continued)", and the last stage alone again.
LONE = [
    ("Discover", [35], [4, 8]),
    ("Compare offers", [12, 5, 12, 5], [25]),
    ("Sign up", [35, 20], [15]),
    ("Order", [5, 5], []),
    ("Pay", [5, 20, 8], [8, 25, 8]),
    ("Wait for delivery", [20, 12, 20], [25, 15, 25]),
    ("Receive", [8, 12, 35, 5], [8]),
    ("Unpack", [], [15]),
]
CROWDED = [
    ("Discover", [35, 12], [25]),
    ("Compare offers", [], [25, 15]),
    ("Sign up", [20, 35, 8, 35, 5], [8, 25, 15, 8]),
    ("Order", [8, 5], [8, 4, 15, 25]),
    ("Pay", [], []),
    ("Wait for delivery", [], [8, 4, 25, 25]),
    ("Receive", [], [8, 15, 8]),
    ("Unpack", [5, 35, 8, 35, 5], [25, 25, 25]),
    ("Return", [20, 35, 5, 5], [15]),
    ("Refund", [12, 20], [4, 15]),
    ("Review", [12], [15, 8]),
    ("Renew", [], [25, 4, 4]),
    ("Cancel", [20], []),
]
Spec = list[tuple[str, list[int], list[int]]]


def _text(words: int, seed: int) -> str:
    return " ".join(WORDS[(seed + k) % len(WORDS)] for k in range(words)).capitalize()


def _stages(spec: Spec) -> list[StageSummary]:
    def cards(counts: list[int], seed: int, votes: int) -> tuple[Card, ...]:
        return tuple(
            Card(new_id(), "m", "s", "l", _text(n, seed + k), votes=max(0, votes - k))
            for k, n in enumerate(counts)
        )

    return [
        StageSummary(name, cards(p, s * 7, 9), cards(o, s * 5 + 3, 5)) for s, (name, p, o) in enumerate(spec)
    ]


@dataclass
class Landed:
    """A stage's part on a page as drawn: its label, the baselines of its rows, its lowest text."""

    label: str
    rows: set[float]
    low: float = 0.0

    @property
    def continued(self) -> bool:
        return self.label.endswith("(continued)")


class Recorder:
    """A surface that sees where each stage's part lands: its label in the stage column (bold,
    11 pt for a name, 9 pt for "(continued)"), a row wherever a votes badge or a dot is drawn."""

    def __init__(self) -> None:
        self.parts: list[Landed] = []
        self.lowest = 0.0  # the lowest baseline of anything above the footer
        self.in_label = False

    def text(
        self, x: float, y: float, text: str, font: str, size: float, colour: str, anchor: str = "start"
    ) -> None:
        if y < BOTTOM + 8:  # not the footer
            self.lowest = max(self.lowest, y)
        if font == fonts.BOLD and size in (9, 11) and x < M + 1 and y > M + 66:
            if self.in_label:
                self.parts[-1].label += " " + text
            else:
                self.parts.append(Landed(text, set()))
            self.in_label = True
            return
        if self.parts and y > M + 66 and y < BOTTOM + 8:
            self.in_label = False
            self.parts[-1].low = max(self.parts[-1].low, y)
            if font == fonts.BOLD and size == 8 and anchor == "middle":  # a votes badge
                self.parts[-1].rows.add(round(y, 2))

    def circle(self, centre: Any, r: float, colour: str) -> None:
        self.parts[-1].rows.add(round(centre.y + 3, 2))
        self.in_label = False

    def __getattr__(self, name: str) -> Any:
        return lambda *args, **kwargs: None


def _draw(stages: list[StageSummary]) -> list[Recorder]:
    pages: list[Recorder] = []

    def new_page() -> Recorder:
        pages.append(Recorder())
        return pages[-1]

    assert draw_summary(new_page, PW, PH, "Journey", stages, "foot") == len(pages)  # type: ignore[arg-type]
    return pages


def _rows(part: Landed, stage: StageSummary | None) -> int:
    """Rows of the part: its badges and dots, or the one row of "—" of a stage without cards."""
    return len(part.rows) or int(stage is not None and not stage.pains and not stage.opportunities)


def _check_rules(pages: list[Recorder], stages: list[StageSummary]) -> None:
    by_name = {s.name: s for s in stages}
    for number, page in enumerate(pages, 1):
        assert page.parts, f"page {number} is empty"
        assert page.lowest <= BOTTOM, f"page {number} runs past its foot"
        for k, part in enumerate(page.parts):
            stage = by_name.get(part.label.removesuffix(" (continued)"))
            rows = _rows(part, stage)
            total = max(len(stage.pains), len(stage.opportunities), 1) if stage else rows
            if k == len(page.parts) - 1 and number < len(pages) and not part.continued:
                assert rows >= min(2, total), f"{part.label!r} at the foot of page {number} with {rows} row"
            if part.continued:
                assert rows >= 2, f"{part.label!r} on page {number} holds {rows} row"


def test_the_last_stage_is_not_left_alone_on_the_last_page() -> None:
    stages = _stages(LONE)
    pages = _draw(stages)
    assert len(pages) == 3
    last = pages[-1].parts
    assert [p.label for p in last] == ["Receive", "Unpack"]  # the stage before came over whole
    assert sum(_rows(p, s) for p, s in zip(last, stages[-2:], strict=True)) >= 2
    assert pages[-1].lowest - (M + 66) >= ROOM / 4
    _check_rules(pages, stages)


def test_no_stage_name_at_a_page_foot_without_two_rows_and_no_lone_continued_row() -> None:
    stages = _stages(CROWDED)
    pages = _draw(stages)
    _check_rules(pages, stages)
    labels = [[p.label for p in page.parts] for page in pages]
    assert labels[-1] == ["Renew", "Cancel"]  # not "Cancel" alone
    assert all("Receive" not in page[-1:] for page in labels[:-1])  # its one row at no page's foot
    assert "Sign up (continued)" in labels[1]


def test_a_stage_name_is_not_left_at_a_page_foot_above_none_of_its_rows() -> None:
    spec: Spec = [
        ("Discover", [], []),
        ("Compare offers", [12, 20, 20, 35], [8, 8]),
        ("Sign up", [20, 5], [25]),
        ("Order", [], []),
        ("Pay", [], [25, 4, 25]),
        ("Wait for delivery", [5, 8], []),
    ]
    stages = _stages(spec)
    pages = _draw(stages)  # before: "Pay" at page 1's foot, its three rows under "Pay (continued)"
    _check_rules(pages, stages)
    assert [[p.label for p in page.parts] for page in pages][1] == ["Pay", "Wait for delivery"]


def test_a_stage_and_a_card_taller_than_a_page_split_with_nothing_cut_off() -> None:
    spec: Spec = [
        ("Discover", [10, 12], [8]),
        ("Compare offers and prices across several shops", [6] * 30, [9] * 12),
        ("Sign up", [12, 900, 8], [20, 30]),
        ("Order", [7, 7], [5]),
    ]
    stages = _stages(spec)
    pages = _draw(stages)
    for number, page in enumerate(pages, 1):
        assert page.parts and page.lowest <= BOTTOM, f"page {number} runs past its foot"
    labels = [[p.label for p in page.parts] for page in pages]
    assert labels[1][0] == "Compare offers and prices across several shops (continued)"
    assert sum(label == ["Sign up (continued)"] for label in labels) >= 2  # the long card over pages


def test_a_summary_that_sets_well_keeps_its_pages() -> None:
    stages = _stages([(f"Stage {k}", [12, 8, 20], [15, 5]) for k in range(3)])
    assert [[p.label for p in page.parts] for page in _draw(stages)] == [[f"Stage {k}" for k in range(3)]]
    doc, now, _ = sample_and_future()
    sample = summarise(doc, now)
    assert [[p.label for p in page.parts] for page in _draw(sample)] == [[s.name for s in sample]]


def test_the_pdf_ends_on_a_page_with_more_than_one_short_stage() -> None:
    doc = Document()
    map_id = new_id()
    lanes = (
        Lane(new_id(), map_id, "Pain points", LaneKind.PAIN_POINTS),
        Lane(new_id(), map_id, "Opportunities", LaneKind.OPPORTUNITIES),
    )
    stages = tuple(Stage(new_id(), map_id, name) for name, _, _ in CROWDED)
    cards = tuple(
        Card(new_id(), map_id, stage.id, lane.id, _text(n, s * seed + extra + k), votes=max(0, top - k))
        for s, (stage, (_, pains, opps)) in enumerate(zip(stages, CROWDED, strict=True))
        for lane, counts, seed, extra, top in ((lanes[0], pains, 7, 0, 9), (lanes[1], opps, 5, 3, 5))
        for k, n in enumerate(counts)
    )
    add_bundle(doc, MapBundle(JourneyMap(map_id, "Crowded"), (), stages, lanes, cards, ()))
    data, _ = build_pdf(doc, [map_id], ExportOptions(cover=False, personas=False))
    pages = [squash(page.extract_text()) for page in PdfReader(io.BytesIO(data)).pages[1:]]
    assert len(pages) == 5
    assert "Renew" in pages[-1] and "Cancel" in pages[-1]
    assert not any("Receive" in page for page in pages[1:2])  # its name not alone at page 2's foot
    assert all(squash("Receive (continued)") not in page for page in pages)
