"""Maps listed but not loaded: every reader of a map's content loads it first, never sees it empty.

The loader here reads a complete document built with the same API, as a store reads its tables.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import pytest

from jmdesigner.errors import StorageError, ValidationError
from jmdesigner.model import CardLink, Document, Kind, UndoStack, new_id
from jmdesigner.model import commands as cmd
from jmdesigner.model.map_content import MapContent, MapSummary
from jmdesigner.model.search import find_cards
from tests.builders import populated


class Shelf:
    """A complete document behind a listed one: what the listed one loads, and how often."""

    def __init__(self, full: Document) -> None:
        self.full = full
        self.loads: list[tuple[str, ...]] = []
        self.fail = False

    def listed(self) -> Document:
        doc = Document()
        with doc.loading():
            for persona in self.full.personas():
                doc.add_persona(persona)
            for jmap in self.full.maps():
                doc.add_map(jmap)
        doc.defer_maps({m.id: self.full.summary(m.id) for m in self.full.maps()}, self.load, self.locate)
        return doc

    def load(self, map_ids: Sequence[str]) -> MapContent:
        if self.fail:
            raise StorageError("The connection to the library was lost.")
        self.loads.append(tuple(map_ids))
        maps = set(map_ids)
        links = [lk for lk in self.full.links() if self.full.card(lk.source_id).map_id in maps]
        maps |= {self.full.card(lk.target_id).map_id for lk in links}
        full = self.full
        return MapContent(
            tuple(m for m in [j.id for j in full.maps()] if m in maps),
            stages=[s for m in maps for s in full.stages(m)],
            lanes=[lane for m in maps for lane in full.lanes(m)],
            cards=[c for m in maps for c in [*full.cards(m), *full.held_cards(m)]],
            points=[p for m in maps for p in full.emotion_points(m)],
            links=links,
        )

    def locate(self, kind: str, entity_id: str) -> str | None:
        entity = self.full.get(Kind(kind), entity_id)
        return None if entity is None else entity.map_id


@pytest.fixture
def shelf() -> Shelf:
    full = Document()
    for i in range(4):
        populated(full, title=f"Journey {i}", cards_per_cell=2)
    return Shelf(full)


def test_a_listed_map_is_summarised_not_empty_and_loads_when_read(shelf: Shelf) -> None:
    doc = shelf.listed()
    first, second = (m.id for m in doc.maps()[:2])
    assert doc.unloaded_maps() == [m.id for m in doc.maps()]
    assert doc.summary(first) == shelf.full.summary(first) and doc.summary(first).cards == 12
    assert doc.count(Kind.CARD) == shelf.full.count(Kind.CARD)  # counted from summaries
    assert shelf.loads == []
    assert doc.cards(first) == shelf.full.cards(first)  # reading it loads it
    assert shelf.loads == [(first,)] and doc.is_loaded(first) and not doc.is_loaded(second)
    assert doc.stages(first) == shelf.full.stages(first)
    assert shelf.loads == [(first,)]  # once
    assert doc.emotion_points(second) == shelf.full.emotion_points(second)
    assert shelf.loads == [(first,), (second,)]


def test_an_id_from_a_map_not_loaded_loads_its_map(shelf: Shelf) -> None:
    doc = shelf.listed()
    third = shelf.full.maps()[2].id
    card = shelf.full.cards(third)[0]
    assert doc.card(card.id) == card
    assert doc.is_loaded(third) and len(doc.unloaded_maps()) == 3
    with pytest.raises(ValidationError, match="There is no card"):
        doc.card("no-such-card")


def test_cards_read_by_their_ids_at_once_load_their_maps_and_refuse_an_id_of_nothing(shelf: Shelf) -> None:
    """``entities`` (the inspector reading every selected card) gives what ``card`` gives for each."""
    doc = shelf.listed()
    first, third = shelf.full.maps()[0].id, shelf.full.maps()[2].id
    ids = [c.id for c in shelf.full.cards(first)[:3]] + [shelf.full.cards(third)[0].id]
    assert doc.entities(Kind.CARD, ids) == [shelf.full.card(i) for i in ids]
    assert doc.is_loaded(first) and doc.is_loaded(third)
    assert doc.entities(Kind.CARD, ids[:2]) == [doc.card(i) for i in ids[:2]]  # all there: the same
    with pytest.raises(ValidationError, match="There is no card"):
        doc.entities(Kind.CARD, [ids[0], "no-such-card"])
    assert doc.present(Kind.CARD, [ids[0], "no-such-card", ids[1]]) == ids[:2]


def test_whatever_needs_every_map_sees_every_map(shelf: Shelf) -> None:
    doc = shelf.listed()
    assert len(find_cards(doc, "Touchpoints")) == len(find_cards(shelf.full, "Touchpoints")) > 0
    assert doc.unloaded_maps() == []
    assert doc.snapshot() == shelf.full.snapshot()


def test_editing_a_map_not_loaded_loads_it_first_and_undo_works(shelf: Shelf) -> None:
    doc = shelf.listed()
    stack = UndoStack(doc)
    jmap = shelf.full.maps()[1]
    stage = shelf.full.stages(jmap.id)[0]
    stack.push(cmd.update_stage(stage.id, name="Renamed"))
    assert doc.is_loaded(jmap.id) and doc.stage(stage.id).name == "Renamed"
    assert len(doc.stages(jmap.id)) == len(shelf.full.stages(jmap.id))
    stack.push(cmd.remove_map(shelf.full.maps()[3].id))  # removing a map reads it (undo brings it back)
    stack.undo()
    stack.undo()
    assert doc.snapshot() == shelf.full.snapshot()


def test_a_link_comes_in_with_the_cards_at_both_ends(shelf: Shelf) -> None:
    a, b = (shelf.full.cards(m.id)[0] for m in shelf.full.maps()[:2])
    shelf.full.add_link(CardLink(new_id(), a.id, b.id))
    doc = shelf.listed()
    assert [lk.source_id for lk in doc.links_of(a.id)] == [] and doc.link_counts() == {}
    doc.load_maps([a.map_id])
    assert doc.is_loaded(b.map_id)  # the other end's map too
    assert [lk.target_id for lk in doc.links_of(a.id)] == [b.id]


def test_a_failed_load_loads_nothing_and_says_so(shelf: Shelf) -> None:
    doc = shelf.listed()
    first = doc.maps()[0].id
    shelf.fail = True
    with pytest.raises(StorageError, match="connection"):
        doc.stages(first)
    assert not doc.is_loaded(first) and doc.loaded_ids(Kind.CARD) == []
    shelf.fail = False
    assert doc.stages(first) == shelf.full.stages(first)


def test_changes_to_a_map_not_loaded_update_its_summary_only(shelf: Shelf) -> None:
    doc = shelf.listed()
    seen: list[list[object]] = []
    doc.add_listener(lambda changes: seen.append(list(changes)))
    jmap = shelf.full.maps()[0]
    card = shelf.full.cards(jmap.id)[0]
    changes = doc.apply_external([(Kind.CARD, card, 0)], [], {jmap.id: MapSummary(3, 3, 13)})
    assert [(c.kind, c.id) for c in changes] == [(Kind.MAP, jmap.id)]
    assert doc.summary(jmap.id).cards == 13 and not doc.is_loaded(jmap.id)
    assert doc.loaded_ids(Kind.CARD) == []
    removed = shelf.full.maps()[1].id
    doc.apply_external([], [(Kind.MAP, removed)])
    assert removed not in doc.unloaded_maps() and doc.get(Kind.MAP, removed) is None


def test_another_writers_changes_are_counted_and_the_documents_own_are_not(shelf: Shelf) -> None:
    """``external_revision`` moves with each change brought in from another writer (the canvas
    then sorts a selection an undo brings back again), never with an edit or its undo."""
    doc = shelf.listed()
    jmap = shelf.full.maps()[0]
    card = shelf.full.cards(jmap.id)[0]
    assert doc.external_revision == 0
    doc.apply_external([(Kind.CARD, card, 0)], [], {jmap.id: MapSummary(3, 3, 13)})
    assert doc.external_revision == 1
    own = populated()
    stack = UndoStack(own)
    first = own.maps()[0].id
    stack.push(cmd.remove_cards([c.id for c in own.cards(first)[:2]]))
    stack.undo()
    stack.redo()
    assert own.external_revision == 0


def test_a_map_read_late_takes_its_cards_as_a_file_load_does(
    shelf: Shelf, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its cards come in as a file's do (``load_cards``: one look at each plain card), not one by
    one through the edit's checks: a 100,000-card map read late took ~2 s more that way."""
    doc = shelf.listed()
    first = doc.maps()[0].id
    checked: list[str] = []
    real = Document._check_card

    def check_card(self: Document, card: object, *, new: bool) -> object:
        checked.append(card.id)  # type: ignore[attr-defined]
        return real(self, card, new=new)  # type: ignore[arg-type]

    monkeypatch.setattr(Document, "_check_card", check_card)
    assert doc.cards(first) == shelf.full.cards(first)
    assert checked == []
    assert doc.snapshot()["maps"][0] == shelf.full.snapshot()["maps"][0]


def test_a_map_whose_cards_break_a_rule_loads_nothing_and_says_so(shelf: Shelf) -> None:
    """A card refused part of the way through leaves no card, stage or lane of the map behind."""
    first = shelf.full.maps()[0].id
    cards = shelf.full.cards(first)
    broken = [*cards[:5], replace(cards[5], id=cards[0].id), *cards[6:]]  # an id twice
    load, breaking = shelf.load, [True]
    shelf.load = lambda map_ids: replace(load(map_ids), cards=broken) if breaking else load(map_ids)  # type: ignore[method-assign]
    doc = shelf.listed()
    with pytest.raises(ValidationError):
        doc.stages(first)
    assert not doc.is_loaded(first)
    assert doc.loaded_ids(Kind.CARD) == [] and doc.loaded_ids(Kind.STAGE) == []
    breaking.clear()
    assert doc.cards(first) == shelf.full.cards(first)
