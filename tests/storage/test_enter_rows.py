"""Committing a typed card (Enter) writes one transaction of exactly its rows: the new card, the
position of each card after it in its cell, its draft dropped; nothing read but the file's version,
no statement prepared again. The file then holds the rows a whole write of the document holds."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path

import pytest

from jmdesigner.model import Card, CardLink, Document, Kind, UndoStack
from jmdesigner.model import commands as cmd
from jmdesigner.model.draft import Draft
from jmdesigner.model.ids import new_id
from jmdesigner.storage import shifts
from jmdesigner.storage.jmapfile import JmapFile
from jmdesigner.storage.new_file import write_new
from tests.builders import sample_bundle

PLACES = (  # each card by its text, with its cell's names and its position there
    "SELECT cards.text, stages.name, lanes.name, cards.position FROM cards "
    "JOIN stages ON stages.id = cards.stage_id JOIN lanes ON lanes.id = cards.lane_id"
)
CONTENT = ("personas", "maps", "map_personas", "stages", "lanes", "cards", "emotion_points", "card_links")


def table_rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the document's tables, each table sorted: the file's content, row for row."""
    conn = sqlite3.connect(path)
    try:
        return {t: sorted(conn.execute(f'SELECT * FROM "{t}"'), key=repr) for t in CONTENT}
    finally:
        conn.close()


def rows_of_whole_write(doc: Document, folder: Path) -> dict[str, list[tuple[object, ...]]]:
    """The rows a new file written whole from ``doc`` holds (another path to the same rows)."""
    dest = folder / f"whole-{new_id()[:8]}.jmap"
    write_new(doc, dest)
    return table_rows(dest)


def _typing_in(jfile: JmapFile, cards_per_cell: int = 6) -> tuple[UndoStack, str, str, str]:
    doc = jfile.document
    stack = UndoStack(doc)
    stack.push(cmd.add_map(sample_bundle(cards_per_cell=cards_per_cell)))
    map_id = doc.maps()[0].id
    lane = next(ln for ln in doc.lanes(map_id) if doc.cards_in(doc.stages(map_id)[0].id, ln.id))
    return stack, map_id, doc.stages(map_id)[0].id, lane.id


def _enter(jfile: JmapFile, stack: UndoStack, card: Card, index: int) -> tuple[list[str], int]:
    """As the canvas commits a new card (the draft goes with the edit's own transaction): the
    statements, and the rows they changed."""
    jfile.save_draft(Draft(card.map_id, card.stage_id, card.lane_id, None, index, card.text))
    written = jfile._raw.total_changes
    statements: list[str] = []
    jfile._raw.set_trace_callback(statements.append)
    try:
        jfile.clear_draft_with_next_edit(card.map_id)
        stack.push(cmd.insert_card(card, index))
        jfile.clear_draft(card.map_id)
    finally:
        jfile._raw.set_trace_callback(None)
    return statements, jfile._raw.total_changes - written


def test_enter_writes_the_new_card_the_shifted_positions_and_drops_the_draft_in_one_transaction(
    tmp_path: Path,
) -> None:
    with JmapFile.create(tmp_path / "enter.jmap") as jfile:
        stack, map_id, stage_id, lane_id = _typing_in(jfile, cards_per_cell=14)
        doc = jfile.document
        stack.push(cmd.update_card(doc.cards_in(stage_id, lane_id)[0].id, text="first edit"))  # holder record
        card = Card(new_id(), map_id, stage_id, lane_id, "Refund voucher sent twice")
        statements, rows = _enter(jfile, stack, card, 2)  # 12 cards after it in its 14-card cell
        assert rows == 1 + 12 + 1  # the card, 12 positions, the draft
        assert statements[:2] == ["BEGIN IMMEDIATE", "PRAGMA data_version"]
        assert statements[-1] == "COMMIT"
        body = statements[2:-1]
        updates = [s for s in body if s.startswith('UPDATE "cards" SET position = ')]
        assert len(updates) == 1  # the 12 positions after it run on: one statement
        inserts = [s for s in body if s.startswith('INSERT INTO "cards"')]
        assert len(inserts) == 1 and card.id in inserts[0]
        assert [s for s in body if s not in updates + inserts] == [
            f"DELETE FROM drafts WHERE map_id = '{map_id}'"
        ]
        assert not any(s.startswith(("SELECT", "PRAGMA")) for s in body)  # nothing read, nothing re-prepared
        assert jfile.drafts() == []
        assert table_rows(jfile.path) == rows_of_whole_write(doc, tmp_path)


def test_a_card_typed_after_the_last_of_its_cell_shifts_no_other_row(tmp_path: Path) -> None:
    with JmapFile.create(tmp_path / "last.jmap") as jfile:
        stack, map_id, stage_id, lane_id = _typing_in(jfile)
        card = Card(new_id(), map_id, stage_id, lane_id, "After the last")
        statements, rows = _enter(jfile, stack, card, jfile.document.count_in(stage_id, lane_id))
        assert rows == 1 + 1
        assert not any(s.startswith("UPDATE") for s in statements)
        assert jfile.document.index_of(Kind.CARD, card.id) == 6
        assert table_rows(jfile.path) == rows_of_whole_write(jfile.document, tmp_path)


def test_enter_move_and_their_undo_leave_the_rows_a_whole_write_makes(tmp_path: Path) -> None:
    from jmdesigner.canvas.card_commands import MoveCards

    with JmapFile.create(tmp_path / "rounds.jmap") as jfile:
        stack, map_id, stage_id, lane_id = _typing_in(jfile)
        doc = jfile.document
        before = table_rows(jfile.path)
        card = Card(new_id(), map_id, stage_id, lane_id, "Typed")
        _enter(jfile, stack, card, 3)
        assert table_rows(jfile.path) == rows_of_whole_write(doc, tmp_path)
        beside = doc.stages(map_id)[1].id
        anchor = doc.cards_in(beside, lane_id)[3].id
        stack.push(MoveCards([card.id], beside, lane_id, anchor))  # Ctrl+→: the same height next door
        assert doc.index_of(Kind.CARD, card.id) == 3
        assert table_rows(jfile.path) == rows_of_whole_write(doc, tmp_path)
        stack.undo()
        stack.undo()
        assert table_rows(jfile.path) == before


def test_rows_that_refer_to_each_other_wait_for_the_commit_and_one_kind_does_not(tmp_path: Path) -> None:
    """Deferring foreign keys is a flag pragma, after which SQLite prepares every statement again:
    asked only when rows written may refer to each other (a new card and a link to it)."""
    with JmapFile.create(tmp_path / "kinds.jmap") as jfile:
        stack, map_id, stage_id, lane_id = _typing_in(jfile, cards_per_cell=2)
        doc = jfile.document
        other = doc.cards_in(doc.stages(map_id)[1].id, lane_id)[0].id
        statements: list[str] = []
        jfile._raw.set_trace_callback(statements.append)
        stack.push(cmd.update_card(other, votes=9))
        assert "PRAGMA defer_foreign_keys = ON" not in statements
        card = Card(new_id(), map_id, stage_id, lane_id, "Linked as it comes")
        with doc.transaction():
            doc.insert_card(card, 0)
            doc.add_link(CardLink(new_id(), card.id, other))
        jfile._raw.set_trace_callback(None)
        assert "PRAGMA defer_foreign_keys = ON" in statements
        assert table_rows(jfile.path) == rows_of_whole_write(doc, tmp_path)


def test_positions_are_found_by_walking_each_cell_once(tmp_path: Path) -> None:
    """A card put at the top of a cell shifts every card after it: their positions come from one
    walk of the cell (``Document.indexes_of``), not a search of the cell per card."""
    with JmapFile.create(tmp_path / "walk.jmap") as jfile:
        stack, map_id, stage_id, lane_id = _typing_in(jfile, cards_per_cell=40)
        doc = jfile.document
        card = Card(new_id(), map_id, stage_id, lane_id, "On top")
        walks: list[list[str]] = []
        looked_up = doc.indexes_of

        def counted(kind: Kind, ids: Iterable[str]) -> dict[str, int]:
            walks.append(list(ids))
            return looked_up(kind, walks[-1])

        def one_at_a_time(kind: Kind, entity_id: str) -> int:
            raise AssertionError("a position looked up on its own")

        doc.indexes_of = counted  # type: ignore[method-assign]
        doc.index_of = one_at_a_time  # type: ignore[method-assign]
        written = jfile._raw.total_changes
        stack.push(cmd.insert_card(card, 0))
        assert jfile._raw.total_changes - written == 41  # the card and the 40 after it
        assert len(walks) == 1 and len(walks[0]) == 41
        del doc.indexes_of, doc.index_of
        assert table_rows(jfile.path) == rows_of_whole_write(doc, tmp_path)


def test_indexes_of_agrees_with_index_of() -> None:
    from tests.builders import populated

    doc = populated()
    for kind in (Kind.STAGE, Kind.LANE, Kind.CARD, Kind.MAP, Kind.PERSONA):
        ids = doc.ids(kind)
        found = doc.indexes_of(kind, ids)
        assert all(found[i] == doc.index_of(kind, i) for i in ids)


def test_shifted_positions_are_written_a_run_at_a_time_or_one_at_a_time_alike(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where SQLite cannot run the statement for a run (older than 3.38, or without its JSON
    functions), each position is its own statement: the file holds the same rows either way."""
    made: dict[bool, list[tuple[object, ...]]] = {}
    for by_runs in (True, False):
        monkeypatch.setattr(shifts, "runs_supported", lambda by_runs=by_runs: by_runs)
        with JmapFile.create(tmp_path / f"runs-{by_runs}.jmap") as jfile:
            stack, map_id, stage_id, lane_id = _typing_in(jfile, cards_per_cell=12)
            doc = jfile.document
            statements: list[str] = []
            jfile._raw.set_trace_callback(statements.append)
            moved = doc.cards_in(stage_id, lane_id)[1].id
            beside = doc.stages(map_id)[1].id
            stack.push(cmd.move_card(moved, beside, lane_id, 2))  # 10 shifted in each cell: two runs
            jfile._raw.set_trace_callback(None)
            updates = [s for s in statements if s.startswith("UPDATE")]
            assert len(updates) == (2 if by_runs else 20)
            assert table_rows(jfile.path) == rows_of_whole_write(doc, tmp_path)
            made[by_runs] = sorted(jfile._raw.execute(PLACES))
    assert made[True] == made[False]  # each card (by its text) in the same cell at the same position


def test_short_runs_are_written_a_row_at_a_time(tmp_path: Path) -> None:
    """Undoing the delete of every other card of a cell puts each survivor between two cards come
    back: a run of its own each. One statement per row is cheaper then (``shifts.RUN_FROM``), and
    the rows come out the same."""
    with JmapFile.create(tmp_path / "short.jmap") as jfile:
        stack, _, stage_id, lane_id = _typing_in(jfile, cards_per_cell=20)
        doc = jfile.document
        stack.push(cmd.remove_cards([c.id for c in doc.cards_in(stage_id, lane_id)[::2]]))
        statements: list[str] = []
        jfile._raw.set_trace_callback(statements.append)
        stack.undo()
        jfile._raw.set_trace_callback(None)
        updates = [s for s in statements if s.startswith("UPDATE")]
        assert len(updates) == 10 and not any("json_each" in s for s in updates)  # positions 1, 3, … 19
        assert table_rows(jfile.path) == rows_of_whole_write(doc, tmp_path)


def test_runs_of_consecutive_positions() -> None:
    assert list(shifts.runs([(3, "a"), (4, "b"), (5, "c"), (1, "d"), (2, "e"), (9, "f")])) == [
        (3, ["a", "b", "c"]),
        (1, ["d", "e"]),
        (9, ["f"]),
    ]
    assert list(shifts.runs([])) == []


def test_this_sqlite_writes_runs() -> None:
    """The machines jmdesigner is built and tested on have SQLite 3.38 or later."""
    assert shifts.runs_supported() is (sqlite3.sqlite_version_info >= (3, 38, 0))


def test_cards_with_odd_ids_shift_to_their_positions(tmp_path: Path) -> None:
    """Ids are any text: quotes, backslashes and characters beyond ASCII go through a run as they
    are; one SQLite's JSON cannot carry (a NUL) leaves its row unmatched, and the kind's shifted
    rows are then written whole: every position lands either way."""
    with JmapFile.create(tmp_path / "odd.jmap") as jfile:
        stack, map_id, stage_id, lane_id = _typing_in(jfile, cards_per_cell=1)
        doc = jfile.document
        odd = ["plain", "ünï-😀", 'q"uo\\te', "nul\x00x", "tab\there", "\u2028sep"]
        with doc.transaction():
            for n, card_id in enumerate(odd):
                doc.insert_card(Card(card_id, map_id, stage_id, lane_id, f"card {n}"))
        _enter(jfile, stack, Card(new_id(), map_id, stage_id, lane_id, "On top"), 0)
        assert [doc.index_of(Kind.CARD, i) for i in odd] == [2, 3, 4, 5, 6, 7]
        assert table_rows(jfile.path) == rows_of_whole_write(doc, tmp_path)
        stack.undo()
        assert table_rows(jfile.path) == rows_of_whole_write(doc, tmp_path)
