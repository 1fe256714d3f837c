"""Where the summary's pages break: pure page planning over measured rows (no drawing).

The rows of each stage flow down the pages as a typesetter would set them:

- a stage starts at a page's foot only with at least its first two rows (all of it when it has
  two or fewer), else it starts on the next page;
- a stage carried over a page ("(continued)") takes at least two rows with it: a lone last row
  pulls the one before it over too;
- where these two rules would leave more than a quarter of a page empty (tall rows: long cards),
  the rows that fit stay, and the next row is cut between its lines to fill the page;
- a row taller than a whole page is cut between its lines, never left running off the page;
- the last page of a summary over several pages is never a sliver: when it would hold a single
  row or less than a quarter of a page, the last rows of the page before move over until it
  holds two rows and a quarter of a page (the stage they belong to whole where that still leaves
  the page before at least as full, else at least two of its rows), never leaving the page before
  the emptier one; when it starts with the last lines of a card cut between the two pages, that
  card is cut higher, so the last page holds a quarter of a page.

Nothing moves where none of this applies, so a summary that sets well keeps its pages.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

RULE = 16.0  # from a stage's rule to its first row's baseline
AFTER = 6.0  # after a stage's last row (or its name, when that is taller)
WIDOW = 0.25  # the least part of a page's room the last page holds
EPS = 1e-6


class Row(Protocol):
    """A row of a stage: its height, and how to cut it when it is taller than a page."""

    @property
    def h(self) -> float: ...

    def cut(self, room: float) -> tuple[Row, Row] | None:
        """The part of the row that fits ``room`` and the rest (None when nothing fits)."""
        ...


@dataclass(frozen=True, slots=True)
class Block:
    """A stage to set: the height of its name, of its "(continued)" label, and its rows."""

    name_h: float
    continued_h: float
    rows: Sequence[Row]


@dataclass(slots=True)
class Part:
    """The rows of one stage on one page; ``first`` is the index of its first row among the
    stage's rows as set (a row cut between pages counts as one more row)."""

    stage: int
    first: int
    rows: list[Row]
    continued: bool  # not the stage's first part: labelled "(continued)"


def _height(part: Part, blocks: Sequence[Block]) -> float:
    """From the part's rule to the end of its rows or its label, whichever is lower."""
    block = blocks[part.stage]
    label = block.continued_h if part.continued else block.name_h
    return RULE + max(sum(r.h for r in part.rows), label)


def fill(page: Sequence[Part], blocks: Sequence[Block]) -> float:
    """How far down a page's parts reach from the top of its room."""
    if not page:
        return 0.0
    return sum(_height(p, blocks) + AFTER for p in page) - AFTER


def plan(blocks: Sequence[Block], room: float) -> list[list[Part]]:
    """The parts on each page, for pages with ``room`` points between the column heads and the
    foot; at least one page."""
    cuts: dict[int, tuple[Row, Row]] = {}
    pages = _flow(blocks, room, cuts)
    if len(pages) > 1 and not _balance_cut(pages, blocks, room, cuts):
        _balance_last(pages, blocks, room)
    return pages


def _flow(blocks: Sequence[Block], room: float, cuts: dict[int, tuple[Row, Row]]) -> list[list[Part]]:
    """The parts on each page as they come; ``cuts`` gets, for the first piece of each row cut
    between pages (by ``id``), the row it was cut from and its rest."""
    pages: list[list[Part]] = [[]]
    y = 0.0  # how far down the current page is filled
    for si, block in enumerate(blocks):
        rows = list(block.rows)
        first = 0
        continued = False
        while rows:
            fresh = not pages[-1]
            top = y + (0.0 if fresh else AFTER) + RULE  # where the part's rows would start
            label = block.continued_h if continued else block.name_h
            beside = 0.0 if fresh and label > room - RULE else label
            k = _take(rows, room - top, room - RULE, beside, fresh, cuts)
            if k == 0:
                pages.append([])
                y = 0.0
                continue
            part = Part(si, first, rows[:k], continued)
            pages[-1].append(part)
            y = top - RULE + _height(part, blocks)
            rows = rows[k:]
            if rows:
                first += k
                continued = True
                pages.append([])
                y = 0.0
    return pages


def _take(
    rows: list[Row], room: float, page: float, label: float, fresh: bool, cuts: dict[int, tuple[Row, Row]]
) -> int:
    """How many of ``rows`` to set in ``room`` beside a label ``label`` high (0: start on the next
    page); cuts a row taller than a ``page`` to fill the room, replacing it in ``rows``."""
    if label > room + EPS:
        return 0
    k, used = 0, 0.0
    while k < len(rows) and used + rows[k].h <= room + EPS:
        used += rows[k].h
        k += 1
    n = len(rows)
    if k == n:
        return k
    if rows[k].h > page + EPS:  # a row no page holds: its first lines fill this one
        whole, pieces = rows[k], rows[k].cut(room - used)
        if pieces is not None:
            cuts[id(pieces[0])] = (whole, pieces[1])
            rows[k : k + 1] = pieces
            return k + 1
    ruled = k
    if ruled >= 2 and n - ruled == 1:
        ruled -= 1  # never one row alone under "(continued)"
    if ruled < 2 and not fresh:
        ruled = 0  # a stage's name never at a page's foot without its first two rows
    quarter = WIDOW * (page + RULE)  # (``page``: a page's room under a stage's rule)
    if room - sum(r.h for r in rows[:ruled]) > quarter + EPS:
        # Those rules would leave more than a quarter of the page empty (tall rows: long cards):
        # the rows that fit are set, and the next one is cut between its lines to fill the page.
        ruled = k
        if room - used > quarter + EPS:
            whole, pieces = rows[k], rows[k].cut(room - used)
            if pieces is not None:
                cuts[id(pieces[0])] = (whole, pieces[1])
                rows[k : k + 1] = pieces
                return k + 1
    if fresh:
        return ruled or 1  # (0: not even two lines of the row fit a whole page: it is set whole)
    return ruled


CUT_STEP = 4.0  # how much shorter, each time, the first piece of a re-cut row is tried


def _balance_cut(
    pages: list[list[Part]], blocks: Sequence[Block], room: float, cuts: dict[int, tuple[Row, Row]]
) -> bool:
    """A last page that starts with the rest of a row cut between it and the page before (a card
    longer than a page) and holds less than a quarter of a page: the row is cut higher, so that
    the last page holds a quarter of a page and the page before stays the fuller. Returns whether
    it did (else ``_balance_last`` is tried: rows of the page before move over whole)."""
    before, last = pages[-2], pages[-1]
    if fill(last, blocks) >= WIDOW * room - EPS or not before:
        return False
    tail, head = before[-1], before[-1].rows[-1]
    cut = cuts.get(id(head))
    if cut is None or last[0].rows[0] is not cut[1] or last[0].stage != tail.stage:
        return False
    whole = cut[0]
    short = head.h - (WIDOW * room - fill(last, blocks))  # the first piece's height to try first
    while short > 0:
        pieces = whole.cut(short)
        if pieces is None:
            return False  # not two lines fit: the row stays cut where it was
        kept = [*before[:-1], Part(tail.stage, tail.first, [*tail.rows[:-1], pieces[0]], tail.continued)]
        moved = [Part(last[0].stage, last[0].first, [pieces[1], *last[0].rows[1:]], True), *last[1:]]
        if fill(moved, blocks) > room + EPS or fill(kept, blocks) < fill(moved, blocks):
            return False
        if fill(moved, blocks) >= WIDOW * room - EPS:
            pages[-2:] = [kept, moved]
            return True
        short -= CUT_STEP
    return False


def _balance_last(pages: list[list[Part]], blocks: Sequence[Block], room: float) -> None:
    """Moves the last rows of the page before the last one over, while the last is a sliver: as
    few as bring it to two rows and a quarter of a page, or the whole stage they belong to when
    the page before still stays at least as full."""
    before, last = pages[-2], pages[-1]

    def sliver(page: list[Part]) -> bool:
        return sum(len(p.rows) for p in page) < 2 or fill(page, blocks) < WIDOW * room - EPS

    if not sliver(last):
        return
    rows = [(p.stage, p.first + i, r) for p in before for i, r in enumerate(p.rows)]

    def split(keep: int) -> tuple[list[Part], list[Part]] | None:
        """The two pages with the rows from ``keep`` on moved over; None when that breaks a rule."""
        kept = _parts(rows[:keep], before[0].continued)
        moved = _parts(rows[keep:], rows[keep][1] > 0)
        if moved[-1].stage == last[0].stage:  # the rest of that stage follows its moved rows
            moved[-1].rows.extend(last[0].rows)
            moved += last[1:]
        else:
            moved += last
        a, b = kept[-1], moved[0]
        if a.stage == b.stage and (len(a.rows) < 2 or len(b.rows) < 2):
            return None  # a stage split at the break keeps at least two rows on each side
        if fill(moved, blocks) > room + EPS or fill(kept, blocks) < fill(moved, blocks):
            return None  # the last page would overflow, or end up fuller than the one before
        return kept, moved

    best: tuple[list[Part], list[Part]] | None = None
    for keep in range(len(rows) - 1, 0, -1):
        stage, _, row = rows[keep]
        if not any(r is row for r in blocks[stage].rows):
            break  # a row cut between two pages stays where it was cut
        if fill(_parts(rows[keep:], rows[keep][1] > 0), blocks) > room + EPS:
            break
        pair = split(keep)
        if pair is None:
            continue
        best = pair
        if not sliver(pair[1]):
            kept, moved = pair
            if kept[-1].stage == moved[0].stage and kept[-1] is not kept[0]:
                whole = split(keep - len(kept[-1].rows))  # rather the stage in one piece
                best = whole or best
            break
    if best is not None:
        pages[-2:] = list(best)


def _parts(rows: list[tuple[int, int, Row]], continued: bool) -> list[Part]:
    """``rows`` (stage, index, row) grouped into parts by stage; the first one ``continued``."""
    out: list[Part] = []
    for stage, index, row in rows:
        if out and out[-1].stage == stage:
            out[-1].rows.append(row)
        else:
            out.append(Part(stage, index, [row], continued if not out else False))
    return out
