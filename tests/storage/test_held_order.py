"""Held room notes keep their inbox order in the file, whichever cells they are meant for."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from jmdesigner.model import Card, UndoStack, commands, new_id
from jmdesigner.storage.jmapfile import JmapFile
from tests.builders import sample_bundle


def test_held_notes_meant_for_different_cells_reopen_in_inbox_order(tmp_path: Path) -> None:
    path = tmp_path / "room.jmap"
    with JmapFile.create(path) as jfile:
        doc, stack = jfile.document, UndoStack(jfile.document)
        stack.push(commands.add_map(sample_bundle(stages=3, cards_per_cell=0)))
        map_id = doc.maps()[0].id
        stages, lane = doc.stages(map_id), doc.lanes(map_id)[0]
        # Meant for the cells in both id orders, so the inbox order can never follow the cells'.
        for stage in sorted(stages, key=lambda s: s.id, reverse=True) + sorted(stages, key=lambda s: s.id):
            note = Card(
                new_id(), map_id, stage.id, lane.id, f"for {stage.name}", author="Ana", from_room=True
            )
            stack.push(commands.insert_card(replace(note, held=True)))
        inbox = [c.id for c in doc.held_cards(map_id)]
    with JmapFile.open(path, read_only=True) as again:
        assert [c.id for c in again.document.held_cards(map_id)] == inbox
