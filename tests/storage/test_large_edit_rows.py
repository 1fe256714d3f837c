"""A large edit's rows: every value of every card, lists as JSON, written in one statement per table."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jmdesigner.model import Card, CardLink, UndoStack, new_id
from jmdesigner.model import commands as cmd
from jmdesigner.storage import mapper, rows
from jmdesigner.storage.jmapfile import JmapFile
from tests.builders import sample_bundle
from tests.storage.test_enter_rows import rows_of_whole_write, table_rows


def reopened_snapshot(path: Path) -> dict[str, object]:
    with JmapFile.open(path, read_only=True) as other:
        return other.document.snapshot()


def test_undo_and_redo_of_deleting_many_cards_with_tags_and_votes_reopen_exactly(tmp_path: Path) -> None:
    """Cards with and without tags and room votes (JSON columns) come back from an undo as they were."""
    with JmapFile.create(tmp_path / "big.jmap") as jfile:
        doc = jfile.document
        stack = UndoStack(doc)
        stack.push(cmd.add_map(sample_bundle(cards_per_cell=3)))
        cards = doc.cards(doc.maps()[0].id)
        for n, card in enumerate(cards[:6]):
            tagged = ("refund", f"tag {n}", "ümlaut “quoted”") if n % 2 else ()
            stack.push(cmd.update_card(card.id, tags=tagged, room_votes=("ana", "bo")[: n % 3]))
        before = doc.snapshot()
        assert reopened_snapshot(jfile.path) == before
        stack.push(cmd.remove_cards([c.id for c in cards]))
        assert doc.cards(doc.maps()[0].id) == []
        assert reopened_snapshot(jfile.path) == doc.snapshot()
        stack.undo()
        assert doc.snapshot() == before
        assert reopened_snapshot(jfile.path) == before
        stack.redo()
        assert reopened_snapshot(jfile.path) == doc.snapshot()


def test_deleting_scattered_cards_writes_each_survivors_new_position_and_undo_redo_reopen_exactly(
    tmp_path: Path,
) -> None:
    """Every third card of each cell goes (what deleting a tag's cards does): the file then holds the
    survivors renumbered (a held note among them), and after undo and redo exactly what the document holds."""
    with JmapFile.create(tmp_path / "scattered.jmap") as jfile:
        doc = jfile.document
        stack = UndoStack(doc)
        stack.push(cmd.add_map(sample_bundle(stages=4, cards_per_cell=12)))
        cards = doc.cards(doc.maps()[0].id)
        stack.push(cmd.add_link(CardLink(new_id(), cards[0].id, cards[1].id)))
        stack.push(cmd.update_card(cards[3].id, held=True, from_room=True))
        stack.push(cmd.update_card(cards[5].id, held=True, from_room=True))
        before = doc.snapshot()
        stack.push(cmd.remove_cards([c.id for c in cards[::3]]))
        after = doc.snapshot()
        assert len(doc.cards(doc.maps()[0].id)) == len(cards) - len(cards[::3]) - 1
        assert reopened_snapshot(jfile.path) == after
        stack.undo()
        assert doc.snapshot() == before
        assert reopened_snapshot(jfile.path) == before
        stack.redo()
        assert doc.snapshot() == after
        assert reopened_snapshot(jfile.path) == after


def test_undo_of_a_large_delete_writes_each_card_as_values_without_a_row_dict(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A SQLite file takes the cards an undo brings back as values (no dict per card, converted
    back to values afterwards), in one plain insert (the file lacks them: no conflict clause) and
    with no deferral pragma (one kind of rows); the file then holds row for row what a whole write
    of the document holds, lists as JSON text."""
    with JmapFile.create(tmp_path / "values.jmap") as jfile:
        doc = jfile.document
        stack = UndoStack(doc)
        stack.push(cmd.add_map(sample_bundle(cards_per_cell=4)))
        cards = doc.cards(doc.maps()[0].id)
        stack.push(cmd.update_card(cards[1].id, tags=("refund", "ümlaut “quoted”"), room_votes=("ana",)))
        stack.push(cmd.remove_cards([c.id for c in cards[:-2]]))
        dicts: list[str] = []
        row_of = mapper.row_of

        def counted(entity: object, position: int | None) -> dict[str, object]:
            if isinstance(entity, Card):
                dicts.append(entity.id)
            return row_of(entity, position)

        monkeypatch.setattr(mapper, "row_of", counted)
        statements: list[str] = []
        jfile._raw.set_trace_callback(statements.append)
        stack.undo()
        jfile._raw.set_trace_callback(None)
        assert dicts == []
        assert "PRAGMA defer_foreign_keys = ON" not in statements
        inserts = [s for s in statements if s.startswith('INSERT INTO "cards"')]
        assert len(inserts) == len(cards) - 2  # each row of the one statement, traced
        assert len(set(inserts)) > 1 and not any("ON CONFLICT" in s for s in inserts)
        assert table_rows(jfile.path) == rows_of_whole_write(doc, tmp_path)
        tags = dict(jfile._raw.execute("SELECT id, tags FROM cards WHERE id = ?", (cards[1].id,)).fetchall())
        assert tags == {cards[1].id: '["refund", "\\u00fcmlaut \\u201cquoted\\u201d"]'}
        stack.redo()
        assert table_rows(jfile.path) == rows_of_whole_write(doc, tmp_path)


def test_one_step_of_many_kinds_writes_what_a_whole_write_holds(tmp_path: Path) -> None:
    """An edit that renames the map and a stage, moves cards (the cards after them only shift),
    edits one, deletes others with a link and puts a note in the inbox, as one step: the file then
    holds, row for row, what a file written whole from the document holds; so after undo and redo."""
    with JmapFile.create(tmp_path / "mixed.jmap") as jfile:
        doc = jfile.document
        stack = UndoStack(doc)
        stack.push(cmd.add_map(sample_bundle(stages=3, cards_per_cell=5)))
        m = doc.maps()[0].id
        cards = doc.cards(m)
        stack.push(cmd.add_link(CardLink(new_id(), cards[0].id, cards[7].id)))
        stage = doc.stages(m)[1]
        lane = next(ln for ln in doc.lanes(m) if doc.cards_in(stage.id, ln.id))
        with stack.macro("Many kinds"):
            stack.push(cmd.update_map(m, title="Renamed"))
            stack.push(cmd.update_stage(stage.id, name="Renamed stage"))
            stack.push(cmd.move_card(cards[1].id, stage.id, lane.id, 0))
            stack.push(cmd.update_card(cards[2].id, text="Edited", tags=("a", "b")))
            stack.push(cmd.update_card(cards[9].id, held=True, from_room=True))
            stack.push(cmd.remove_cards([cards[0].id, cards[4].id, cards[12].id]))
        assert table_rows(jfile.path) == rows_of_whole_write(doc, tmp_path)
        for step in (stack.undo, stack.redo, stack.undo):
            step()
            assert table_rows(jfile.path) == rows_of_whole_write(doc, tmp_path)


def _flagged_cards(jfile: JmapFile) -> tuple[UndoStack, list[Card]]:
    """A map whose cards carry every kind of value a card row holds: flags set and not, tags and
    room votes (JSON), evidence, a colour, an owner and a channel."""
    doc = jfile.document
    stack = UndoStack(doc)
    stack.push(cmd.add_map(sample_bundle(stages=3, cards_per_cell=6)))
    cards = doc.cards(doc.maps()[0].id)
    stack.push(cmd.update_card(cards[1].id, moment_of_truth=True, tags=("refund", "ümlaut")))
    stack.push(cmd.update_card(cards[2].id, held=True, from_room=True, author="Ana", room_votes=("bo",)))
    stack.push(cmd.update_card(cards[4].id, colour="#ffcc00", owner="Ops", channel="Phone", votes=3))
    return stack, doc.cards(doc.maps()[0].id) + doc.held_cards(doc.maps()[0].id)


@pytest.fixture
def bound_flags() -> Iterator[list[object]]:
    """Every ``bool`` Python's sqlite3 binds while the fixture is in use (an adapter that records
    it and binds it as before: as the integer it is)."""
    seen: list[object] = []
    sqlite3.register_adapter(bool, lambda flag: seen.append(flag) or int(flag))
    try:
        yield seen
    finally:
        del sqlite3.adapters[(bool, sqlite3.PrepareProtocol)]


def test_the_file_after_undoing_a_large_delete_is_the_file_before_it(
    tmp_path: Path, bound_flags: list[object]
) -> None:
    """Deleting most cards, then undo: the file holds exactly the rows it held before the delete,
    every table, every value (flags, lists, evidence); again after redo and a second undo. The
    cards' flags reach SQLite as the integers the file holds, never as a ``bool`` (which sqlite3
    binds only after a failed look for an adapter)."""
    with JmapFile.create(tmp_path / "same.jmap") as jfile:
        stack, cards = _flagged_cards(jfile)
        before = table_rows(jfile.path)
        assert any(row[12] == 1 for row in before["cards"]) and any(row[15] == 1 for row in before["cards"])
        stack.push(cmd.remove_cards([c.id for c in cards[:-3]]))
        deleted = table_rows(jfile.path)
        assert len(deleted["cards"]) == 3
        bound_flags.clear()
        stack.undo()
        assert table_rows(jfile.path) == before
        assert bound_flags == []
        stack.redo()
        assert table_rows(jfile.path) == deleted
        stack.undo()
        assert table_rows(jfile.path) == before
        assert bound_flags == []


def test_a_card_row_already_in_the_file_is_written_over_by_the_insert_of_new_cards(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Should the file hold a row for a card taken as new (never, as each edit is written as it is
    made: here the store is told every card of the undo is new, also those it changes), the plain
    insert stops at the first row there and the cards are written again as an upsert in the same
    transaction: the file then holds the document's rows, nothing twice, nothing lost."""
    with JmapFile.create(tmp_path / "there.jmap") as jfile:
        stack, cards = _flagged_cards(jfile)
        stack.push(cmd.remove_cards([c.id for c in cards[:10]]))
        stack.push(cmd.update_card(cards[12].id, text="Edited", tags=("late",)))
        monkeypatch.setattr(rows, "_new_cards", lambda changes: {c.id for c in changes})
        statements: list[str] = []
        jfile._raw.set_trace_callback(statements.append)
        with stack.macro("Both"):
            stack.push(cmd.update_card(cards[13].id, text="Also edited", moment_of_truth=True))
            stack.push(cmd.update_card(cards[12].id, text="Edited again"))
        jfile._raw.set_trace_callback(None)
        assert any("ON CONFLICT" in s for s in statements)  # the insert met a row: written again
        assert table_rows(jfile.path) == rows_of_whole_write(jfile.document, tmp_path)
        monkeypatch.undo()
        stack.undo()
        stack.undo()
        stack.undo()
        assert table_rows(jfile.path) == rows_of_whole_write(jfile.document, tmp_path)


@pytest.mark.parametrize("flags", [False, True])
def test_a_files_card_values_are_the_rows_values_column_for_column(flags: bool) -> None:
    """``file_card_values`` repeats ``card_values`` field by field for speed: a column added to one
    and not the other (or out of order) would store a card wrongly in a file only."""
    import json

    card = Card(
        new_id(), "m", "s", "l", "text", colour="#abcdef", channel="web", owner="Ana",
        votes=3, tags=("a", "b") if flags else (), moment_of_truth=flags, author="Bo",
        from_room=flags, held=flags, room_votes=("Bo",) if flags else (),
    )  # fmt: skip
    both = zip(
        mapper.file_card_values(card, 7, json.dumps),
        mapper.card_values(card, 7, json.dumps),
        strict=True,
    )
    for column, (in_file, in_row) in zip(mapper.CARD_ROW, both, strict=True):
        assert in_file == in_row and (type(in_file) is int or type(in_row) is not bool), column


def typed_rows(path: Path, table: str = "cards") -> list[tuple[object, ...]]:
    """Each row of ``table`` as (value, SQLite's type of it) column by column, sorted: what the
    file stores, an integer told from a real and a text from a number."""
    conn = sqlite3.connect(path)
    try:
        names = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
        picked = ", ".join(f'"{n}", typeof("{n}")' for n in names)
        return sorted(conn.execute(f'SELECT {picked} FROM "{table}"'), key=repr)
    finally:
        conn.close()


def test_values_every_card_shares_are_written_once_and_store_what_binding_stores(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The undo of deleting 50 or more cards, and an edit of all of them, write the values every
    row shares once, in the statement (the map, an owner with a quote, no colour, the flags), and
    bind the rest (a channel with an accent, the texts, mixed evidence and tags): the file then
    holds, row for row and type for type, what a file written whole holds."""
    shared: list[tuple[str | None, ...] | None] = []
    real = rows._shared_values

    def recorded(found: object) -> object:
        literals, values = real(found)  # type: ignore[arg-type]
        shared.append(literals)
        return literals, values

    monkeypatch.setattr(rows, "_shared_values", recorded)
    with JmapFile.create(tmp_path / "shared.jmap") as jfile:
        doc = jfile.document
        stack = UndoStack(doc)
        stack.push(cmd.add_map(sample_bundle(stages=4, cards_per_cell=7)))
        cards = doc.cards(doc.maps()[0].id)
        assert len(cards) >= rows.SHARED_FROM
        with stack.macro("Shared"):
            for n, card in enumerate(cards):
                stack.push(
                    cmd.update_card(
                        card.id,
                        owner="O'Brien",
                        channel="Téléphone",
                        evidence=(None, "assumed", "observed")[n % 3],
                        tags=("refund",) if n % 4 == 0 else (),
                    )
                )
        whole = typed_rows(jfile.path)
        stack.push(cmd.remove_cards([c.id for c in cards]))
        shared.clear()
        stack.undo()
        columns = dict(zip(mapper.CARD_ROW, shared[0] or (), strict=True))
        assert columns["owner"] == "'O''Brien'" and columns["colour"] == "NULL" and columns["held"] == "0"
        assert columns["map_id"] == f"'{doc.maps()[0].id}'"
        assert columns["channel"] is columns["id"] is columns["text"] is columns["evidence"] is None
        assert typed_rows(jfile.path) == whole
        assert typed_rows(jfile.path) == _whole_typed(doc, tmp_path)
        with stack.macro("Colour"):  # the rows there already: one upsert of them all
            for card in cards:
                stack.push(cmd.update_card(card.id, colour="#12ab34"))
        assert dict(zip(mapper.CARD_ROW, shared[-1] or (), strict=True))["colour"] == "'#12ab34'"
        assert typed_rows(jfile.path) == _whole_typed(doc, tmp_path)
        stack.undo()
        assert typed_rows(jfile.path) == whole


def _whole_typed(doc: object, folder: Path) -> list[tuple[object, ...]]:
    from jmdesigner.storage.new_file import write_new

    dest = folder / f"whole-{new_id()[:8]}.jmap"
    write_new(doc, dest)  # type: ignore[arg-type]
    return typed_rows(dest)


POOL = (
    None, 0, 1, -5, 2**40, 2**63 - 1, 1.0, 2.5, True,
    "", "'", "a'b", "ümlaut", "x" * 70, "a\0b", "1", "[]",
)  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.one_of(st.sampled_from(POOL).map(lambda v: ("same", v)), st.just(("mixed", None))),
        min_size=6,
        max_size=6,
    ),
    st.integers(min_value=rows.SHARED_FROM - 2, max_value=rows.SHARED_FROM + 3),
    st.randoms(use_true_random=False),
)
def test_shared_values_store_what_binding_every_value_stores(
    columns: list[tuple[str, object]], count: int, rng: Any
) -> None:
    """Whatever the columns hold (integers, reals equal to them, flags, texts with quotes, accents,
    NUL or over 64 characters, NULL), the rows written with the shared values as literals are the
    rows written with every value bound, value for value and type for type, in columns of each
    affinity; fewer rows than ``SHARED_FROM`` are bound whole."""
    names = ("id", "t", "i", "n", "j", "r", "b")
    table = "CREATE TABLE x (id TEXT PRIMARY KEY, t TEXT, i INTEGER, n NUMERIC, j JSON, r REAL, b BOOLEAN)"
    found = [
        (f"id{k}", *(v if how == "same" else rng.choice(POOL) for how, v in columns)) for k in range(count)
    ]
    literals, values = rows._shared_values(found)
    if count < rows.SHARED_FROM:
        assert literals is None and values is found
    conn = sqlite3.connect(":memory:")
    conn.execute(table)
    conn.execute(table.replace(" x ", " y "))
    conn.executemany(rows._insert_sql("x", names), found)
    conn.executemany(rows._insert_sql("y", names, literals), values)
    picked = ", ".join(f"{n}, typeof({n})" for n in names)
    assert list(conn.execute(f"SELECT {picked} FROM y ORDER BY id")) == list(
        conn.execute(f"SELECT {picked} FROM x ORDER BY id")
    )
