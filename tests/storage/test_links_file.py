"""Links between cards in the .jmap file: written with each edit, read back exactly, and
deleted with their cards without leaving a row behind."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from jmdesigner.model import CardLink, UndoStack
from jmdesigner.model import commands as cmd
from jmdesigner.model.bundle import future_state_of
from jmdesigner.storage.jmapfile import JmapFile
from tests.builders import sample_bundle
from tests.storage.test_jmapfile import reopened_snapshot


def link_rows(path: Path) -> list[tuple[str, str, str]]:
    raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return raw.execute("SELECT id, source_id, target_id FROM card_links ORDER BY id").fetchall()
    finally:
        raw.close()


def test_links_across_maps_reopen_and_leave_with_their_card(tmp_path: Path) -> None:
    path = tmp_path / "links.jmap"
    with JmapFile.create(path) as jfile:
        doc = jfile.document
        stack = UndoStack(doc)
        stack.push(cmd.add_map(sample_bundle()))
        now = doc.maps()[0].id
        stack.push(cmd.add_map(future_state_of(doc, now)))
        later = doc.maps()[1].id
        a, b = doc.cards(now)[0].id, doc.cards(later)[1].id
        stack.push(cmd.add_link(CardLink("l1", a, b)))
        assert link_rows(path) == [("l1", a, b)]
        assert reopened_snapshot(path) == doc.snapshot()
        stack.push(cmd.remove_cards([b]))
        assert link_rows(path) == []
        stack.undo()
        assert link_rows(path) == [("l1", a, b)]
        stack.push(cmd.remove_map(now))
        assert link_rows(path) == []
        assert jfile.integrity_problems() == []
        stack.undo()
        assert reopened_snapshot(path) == doc.snapshot()
    with JmapFile.open(path) as jfile:
        assert [(lk.source_id, lk.target_id) for lk in jfile.document.links()] == [(a, b)]
