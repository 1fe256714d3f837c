"""The summary's page plan over rows of given heights: its rules hold on any summary whose rows
are shorter than a third of a page, every row is set once and in order, and a last page that would
be a sliver takes rows from the page before."""

from __future__ import annotations

import random
from dataclasses import dataclass

from jmdesigner.export.summary_plan import Block, Part, fill, plan
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
                if part.continued:
                    assert len(part.rows) >= 2, (spec, number)
                elif k == len(page) - 1 and number < len(pages) - 1:
                    assert len(part.rows) >= min(2, len(blocks[part.stage].rows)), (spec, number)


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
