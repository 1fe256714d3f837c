"""The summary's page plan over rows of given heights: its rules hold on any summary whose rows
are shorter than a third of a page, every row is set once and in order, and a last page that would
be a sliver takes rows from the page before."""

from __future__ import annotations

import random
from dataclasses import dataclass

from jmdesigner.export.summary_plan import AFTER, RULE, WIDOW, Block, Part, fill, plan
from tests.export.test_summary_breaks import ROOM


@dataclass(frozen=True)
class Bar:
    h: float

    def cut(self, room: float) -> tuple[Bar, Bar] | None:
        return None


def _plan(spec: list[tuple[float, list[float]]]) -> list[list[Part]]:
    return plan([Block(name_h, 12.0, [Bar(h) for h in rows]) for name_h, rows in spec], ROOM)


def test_the_plan_keeps_every_rule_on_many_summaries() -> None:
    rnd = random.Random(34)
    for _ in range(400):
        spec = [
            (
                rnd.choice([14.0, 28.0]),
                [rnd.choice([20.35, 32.7, 45.05, 69.75, 130.0]) for _ in range(rnd.randint(1, 9))],
            )
            for _ in range(rnd.randint(1, 16))
        ]
        blocks = [Block(name_h, 12.0, [Bar(h) for h in rows]) for name_h, rows in spec]
        pages = plan(blocks, ROOM)
        assert all(pages) or len(pages) == 1
        assert [r for page in pages for p in page for r in p.rows] == [r for b in blocks for r in b.rows]
        for number, page in enumerate(pages):
            assert fill(page, blocks) <= ROOM + 1e-6
            for k, part in enumerate(page):
                if part.continued and len(part.rows) < 2:
                    # one row alone under "(continued)" only where taking one more would have
                    # left more than a quarter of the page before empty
                    before = pages[number - 1]
                    assert k == 0 and before[-1].stage == part.stage, (spec, number)
                    keep = len(before[-1].rows) - 1
                    assert _ruled_gap(before, blocks, keep if keep >= 2 else 0) > ROOM * WIDOW, (spec, number)
                elif (
                    k == len(page) - 1
                    and number < len(pages) - 1
                    and len(part.rows) < min(2, len(blocks[part.stage].rows))
                ):
                    # a stage's name with one row at the foot: likewise
                    assert _ruled_gap(page, blocks, 0) > ROOM * WIDOW, (spec, number)


def _ruled_gap(page: list[Part], blocks: list[Block], keep: int) -> float:
    """The room a page would have left empty had its last part kept only its first ``keep`` rows
    (none: the part on the next page)."""
    rest = page[:-1]
    top = fill(rest, blocks) + (AFTER if rest else 0.0) + RULE
    return ROOM - top - sum(r.h for r in page[-1].rows[:keep])


def test_the_last_page_takes_the_last_rows_of_a_stage_when_it_cannot_take_it_whole() -> None:
    # two long stages fill a page each; the last stage's one row would be alone on the third
    pages = _plan([(14.0, [20.35] * 20), (14.0, [20.35] * 20), (14.0, [20.35])])
    assert [[(p.stage, p.first, len(p.rows), p.continued) for p in page] for page in pages] == [
        [(0, 0, 20, False)],
        [(1, 0, 17, False)],  # its first rows stay
        [(1, 17, 3, True), (2, 0, 1, False)],  # its last three come over: a quarter of a page
    ]


LINE = 13.5


@dataclass(frozen=True)
class Lines:
    """A row of ``n`` lines that may be cut between them (at least two on each side)."""

    n: int

    @property
    def h(self) -> float:
        return self.n * LINE + 8

    def cut(self, room: float) -> tuple[Lines, Lines] | None:
        k = int((room - 8) // LINE)
        if k < 2 or self.n - k < 1:
            return None
        return Lines(k), Lines(self.n - k)


def test_a_card_longer_than_a_page_leaves_a_quarter_of_a_page_on_the_last_one() -> None:
    # a card a page and two lines long: its last two lines were alone on the last page, a sliver
    # that no rows of the page before came to fill (a row cut between pages stayed where it was cut)
    per_page = int((ROOM - 16 - 8) // LINE)
    blocks = [Block(14.0, 12.0, [Lines(per_page + 2)])]
    pages = plan(blocks, ROOM)
    assert len(pages) == 2
    assert fill(pages[-1], blocks) >= ROOM / 4 - 1e-6  # not a sliver
    assert all(fill(page, blocks) <= ROOM + 1e-6 for page in pages)
    assert fill(pages[-2], blocks) >= fill(pages[-1], blocks)  # the page before stays the fuller
    # every line set once, in order
    lines = [r.n for page in pages for p in page for r in p.rows]
    assert sum(lines) == per_page + 2 and all(n >= 2 for n in lines)


def test_a_stage_of_three_rows_splits_two_and_one_rather_than_leave_a_quarter_of_a_page_empty() -> None:
    # a page half full, then a stage of three tall rows of which two fit: the stage went whole to
    # the next page, leaving more than a quarter of this one empty
    rows = [80.0, 80.0, 80.0]
    first = [20.0] * int((ROOM / 2) // 20.0 - 2)
    pages = _plan([(14.0, first), (14.0, rows)])
    assert len(pages) == 2
    assert [(p.stage, len(p.rows), p.continued) for p in pages[0]] == [(0, len(first), False), (1, 2, False)]
    assert [(p.stage, len(p.rows), p.continued) for p in pages[1]] == [(1, 1, True)]
    # where the gap would be small, the stage still goes whole to the next page
    pages = _plan([(14.0, [20.0] * 16), (14.0, [36.0, 36.0, 36.0])])  # two fit in 92 pt, left empty
    assert [(p.stage, len(p.rows)) for p in pages[0]] == [(0, 16)]
    assert [(p.stage, len(p.rows)) for p in pages[1]] == [(1, 3)]


def test_a_card_that_does_not_fit_the_rest_of_a_page_is_cut_rather_than_leave_half_of_it_empty() -> None:
    # half a page of short rows, then a stage of one card of two thirds of a page: the card went
    # whole to the next page, leaving half of this one empty
    lines = int((ROOM * 2 / 3) // LINE)
    blocks = [Block(14.0, 12.0, [Lines(2)] * 5), Block(14.0, 12.0, [Lines(lines)])]
    pages = plan(blocks, ROOM)
    assert len(pages) == 2
    assert ROOM - fill(pages[0], blocks) < 2 * LINE  # the first page filled to its last lines
    (head,), (rest,) = pages[0][-1].rows, pages[1][0].rows
    assert head.n + rest.n == lines and head.n >= 2 and rest.n >= 2
    assert pages[1][0].continued


def test_a_card_cut_between_pages_takes_at_least_two_of_its_lines_over() -> None:
    """A summary card cut where all but its last line fit: that line went alone onto the next page."""
    from jmdesigner.export.summary import LEAD as ROW_LEAD
    from jmdesigner.export.summary import _Row

    lines = tuple((f"line {i}", False) for i in range(10))
    row = _Row(("3", lines, (), True), None, True)
    pieces = row.cut(8 + 9 * ROW_LEAD)  # room for nine of its ten lines
    assert pieces is not None
    head, rest = pieces
    assert [len(item[1]) for item in (head.items[0], rest.items[0]) if item] == [8, 2]
