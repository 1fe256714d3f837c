"""Every way the model copies maps carries all of their content, room notes held in the inbox too.

``every_kind_document`` sets every field of every kind of entity away from its default (pinned
here), and ``Document.snapshot`` is checked to hold every entity, so a field or a kind of content
added later is covered by these comparisons without a new test."""

from __future__ import annotations

import dataclasses

from jmdesigner.model import Document, Kind, UndoStack
from jmdesigner.model import commands as cmd
from jmdesigner.model.bundle import add_document, duplicate_of
from tests.builders import content_of, copies_in, every_kind_document


def test_the_whole_document_builder_leaves_no_field_of_any_kind_at_its_default() -> None:
    doc = every_kind_document()
    doc.load_all()
    for kind in Kind:
        entities = [doc.get(kind, i) for i in doc.ids(kind)]
        assert entities, kind
        for f in dataclasses.fields(entities[0]):
            if f.default is dataclasses.MISSING:
                continue  # an id or a name: always set
            assert any(getattr(e, f.name) != f.default for e in entities), f"{kind}.{f.name}"
    held = [c for c in (doc.get(Kind.CARD, i) for i in doc.ids(Kind.CARD)) if c.held]
    assert held and any(doc.links_of(c.id) for c in held)


def test_a_snapshot_holds_every_entity_of_the_document() -> None:
    """So comparing snapshots compares everything: a place to keep cards that the snapshot (and
    with it these tests) did not know would fail here."""
    doc = every_kind_document()
    snap = doc.snapshot()
    counted = {
        Kind.PERSONA: len(snap["personas"]),
        Kind.MAP: len(snap["maps"]),
        Kind.STAGE: sum(len(m["stages"]) for m in snap["maps"]),
        Kind.LANE: sum(len(m["lanes"]) for m in snap["maps"]),
        Kind.CARD: sum(len(m["cards"]) + len(m["held"]) for m in snap["maps"]),
        Kind.POINT: sum(len(m["points"]) for m in snap["maps"]),
        Kind.LINK: len(snap["links"]),
    }
    assert counted == {kind: doc.count(kind) for kind in Kind}


def test_adding_a_document_to_an_empty_one_copies_it_exactly_held_notes_and_all() -> None:
    source = every_kind_document()
    target = Document()
    added = add_document(target, source)
    assert len(added) == 2
    assert target.snapshot() == source.snapshot()
    assert [len(target.held_cards(m.id)) for m in added] == [2, 2]


def test_maps_the_target_already_has_come_in_under_fresh_ids_with_their_held_notes() -> None:
    source = every_kind_document()
    target = Document()
    add_document(target, source)
    added = add_document(target, source)  # the same maps again: copies under fresh ids
    assert not {m.id for m in added} & {m.id for m in source.maps()}
    again = copies_in(target.snapshot(), source.snapshot())
    assert content_of(again, titles=False) == content_of(source.snapshot(), titles=False)
    assert [len(target.held_cards(m.id)) for m in added] == [2, 2]


def test_a_duplicated_map_keeps_its_held_notes_and_their_links_and_undo_takes_them_away() -> None:
    doc = every_kind_document()
    first = doc.maps()[0]
    stack = UndoStack(doc)
    stack.push(cmd.add_map(duplicate_of(doc, first.id)))
    copy = doc.maps()[-1]
    held = doc.held_cards(copy.id)
    assert [c.text for c in held] == [c.text for c in doc.held_cards(first.id)]
    assert [c.room_votes for c in held] == [("Ana", "Cy"), ("Ana", "Cy")]
    assert {c.id for c in held}.isdisjoint(c.id for c in doc.held_cards(first.id))
    assert any(doc.links_of(c.id) for c in held)  # the link at the held note came along
    cards = doc.count(Kind.CARD)
    stack.undo()
    assert doc.count(Kind.CARD) == cards - len(doc.cards(first.id)) - len(held)


def test_a_held_note_copied_with_its_map_can_still_be_placed() -> None:
    target = Document()
    add_document(target, every_kind_document())
    jmap = target.maps()[0]
    note = target.held_cards(jmap.id)[0]
    stage, lane = target.stages(jmap.id)[1], target.lanes(jmap.id)[0]
    UndoStack(target).push(cmd.place_room_note(note.id, stage.id, lane.id))
    assert note.id in {c.id for c in target.cards_in(stage.id, lane.id)}
    assert [c.text for c in target.held_cards(jmap.id)] == ["Held note 1 of map 0"]


def test_a_map_with_the_longest_title_can_be_copied_and_given_a_future_state() -> None:
    """The copy's title ("… (copy)", "… — future state") went past the 200 characters a title
    may have, and Duplicate and Create future state were refused on such a map."""
    from jmdesigner.model.bundle import future_state_of
    from jmdesigner.model.validation import MAX_NAME

    doc = every_kind_document()
    first = doc.maps()[0]
    stack = UndoStack(doc)
    stack.push(cmd.update_map(first.id, title=("Journey " * 25)[: MAX_NAME - 1] + "x"))
    assert len(doc.map(first.id).title) == MAX_NAME
    for copy in (duplicate_of, future_state_of):
        stack.push(cmd.add_map(copy(doc, first.id)))
        title = doc.maps()[-1].title
        assert len(title) <= MAX_NAME and title.startswith("Journey Journey") and "…" in title
