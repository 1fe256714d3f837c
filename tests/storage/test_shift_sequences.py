"""Random runs of typed, moved, deleted and grouped-moved cards with undo and redo: after each
run the file holds exactly the rows a whole write of the document holds (the shifted positions,
written a run of consecutive positions at a time, land where the document has them)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jmdesigner.model import Card, UndoStack
from jmdesigner.model import commands as cmd
from jmdesigner.model.ids import new_id
from jmdesigner.storage.jmapfile import JmapFile
from tests.builders import sample_bundle
from tests.storage.test_enter_rows import rows_of_whole_write, table_rows

steps = st.lists(
    st.tuples(st.integers(0, 5), st.integers(0, 400), st.integers(0, 400)), min_size=1, max_size=10
)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps)
def test_the_file_equals_a_whole_write_after_any_edits(seq: list[tuple[int, int, int]]) -> None:
    with tempfile.TemporaryDirectory() as folder, JmapFile.create(Path(folder) / "shifts.jmap") as jfile:
        doc = jfile.document
        UndoStack(doc).push(cmd.add_map(sample_bundle(stages=2, cards_per_cell=11)))
        stack = UndoStack(doc)  # the edits' own: undoing them all leaves the map
        map_id = doc.maps()[0].id
        stages = doc.stages(map_id)
        lanes = [lane for lane in doc.lanes(map_id) if doc.cards_in(stages[0].id, lane.id)]
        for kind, a, b in seq:
            stage, lane = stages[a % len(stages)].id, lanes[b % len(lanes)].id
            here = doc.cards_in(stage, lane)
            cards = doc.cards(map_id)
            if kind == 0:
                stack.push(
                    cmd.insert_card(Card(new_id(), map_id, stage, lane, f"New {a}"), b % (len(here) + 1))
                )
            elif kind == 1 and cards:
                card = cards[a % len(cards)].id
                room = len(here) + 1 - any(c.id == card for c in here)  # within its own cell one place fewer
                stack.push(cmd.move_card(card, stage, lane, b % room))
            elif kind == 2 and cards:
                gone = {cards[(a + k * (b % 3 + 1)) % len(cards)].id for k in range(1 + b % 4)}
                stack.push(cmd.remove_cards(sorted(gone)))
            elif kind == 3:
                stack.undo()
            elif kind == 4:
                stack.redo()
            elif kind == 5 and here:
                stack.push(cmd.update_card(here[a % len(here)].id, text=f"Typed {b} ’ü"))
        assert table_rows(jfile.path) == rows_of_whole_write(doc, Path(folder))
        while stack.can_undo:
            stack.undo()
        assert table_rows(jfile.path) == rows_of_whole_write(doc, Path(folder))
