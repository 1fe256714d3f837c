"""Links between cards: one undo step each, gone with either card and back with its undo,
kept by copies, and read both ways when asking what answers a pain point."""

from __future__ import annotations

import pytest

from jmdesigner.errors import ValidationError
from jmdesigner.model import CardLink, Document, LaneKind, UndoStack, new_id
from jmdesigner.model import commands as cmd
from jmdesigner.model.bundle import duplicate_of, future_state_of
from jmdesigner.model.links import answers_of, copied_links, pain_points_with_answers
from tests.builders import populated


def two_maps() -> tuple[Document, UndoStack]:
    doc = populated(title="Now")
    populated(doc, title="Later")
    return doc, UndoStack(doc)


def pain(doc: Document, map_index: int = 0, stage: int = 0) -> str:
    jmap = doc.maps()[map_index]
    lane = next(lane for lane in doc.lanes(jmap.id) if lane.kind is LaneKind.PAIN_POINTS)
    return doc.cards_in(doc.stages(jmap.id)[stage].id, lane.id)[0].id


def touch(doc: Document, map_index: int = 0, stage: int = 0) -> str:
    jmap = doc.maps()[map_index]
    lane = next(lane for lane in doc.lanes(jmap.id) if lane.kind is LaneKind.TOUCHPOINTS)
    return doc.cards_in(doc.stages(jmap.id)[stage].id, lane.id)[0].id


def test_a_link_across_maps_is_one_undo_step() -> None:
    doc, stack = two_maps()
    a, b = pain(doc, 0), touch(doc, 1)
    stack.push(cmd.add_link(CardLink("l1", a, b)))
    assert [c.id for c in doc.linked_cards(a)] == [b]
    assert [c.id for c in doc.linked_cards(b)] == [a]
    assert stack.undo_label == "Link cards"
    stack.undo()
    assert doc.links() == [] and doc.links_of(a) == []
    stack.redo()
    assert doc.link("l1") == CardLink("l1", a, b)


@pytest.mark.parametrize("case", ["self", "twice", "reverse", "missing"])
def test_refused_links_name_the_problem_and_change_nothing(case: str) -> None:
    doc, stack = two_maps()
    a, b = pain(doc), touch(doc)
    stack.push(cmd.add_link(CardLink("l1", a, b)))
    before = doc.snapshot()
    link = {
        "self": CardLink("x", a, a),
        "twice": CardLink("x", a, b),
        "reverse": CardLink("x", b, a),
        "missing": CardLink("x", a, "nope"),
    }[case]
    with pytest.raises(ValidationError):
        stack.push(cmd.add_link(link))
    assert doc.snapshot() == before and stack.undo_label == "Link cards"


def test_cycles_are_allowed_and_walks_end() -> None:
    doc, stack = two_maps()
    p, t, later = pain(doc), touch(doc), touch(doc, 1)
    for i, (x, y) in enumerate([(p, t), (t, later), (later, p)]):
        stack.push(cmd.add_link(CardLink(f"l{i}", x, y)))
    assert {c.id for c in answers_of(doc, p)} == {t, later}


@pytest.mark.parametrize("end", ["source", "target"])
def test_deleting_either_end_takes_the_link_and_undo_brings_it_back(end: str) -> None:
    doc, stack = two_maps()
    a, b = pain(doc), touch(doc, 1)
    stack.push(cmd.add_link(CardLink("l1", a, b)))
    before = doc.snapshot()
    stack.push(cmd.remove_cards([a if end == "source" else b]))
    assert doc.links() == [] and doc.links_of(a if end == "target" else b) == []
    stack.undo()
    assert doc.snapshot() == before
    stack.redo()
    assert doc.links() == []


@pytest.mark.parametrize("what", ["stage", "lane", "map"])
def test_removing_a_stage_lane_or_map_takes_the_links_of_its_cards(what: str) -> None:
    doc, stack = two_maps()
    a, b = pain(doc), touch(doc, 1)
    stack.push(cmd.add_link(CardLink("l1", a, b)))
    before = doc.snapshot()
    card = doc.card(a)
    stack.push(
        {
            "stage": lambda: cmd.remove_stage(card.stage_id),
            "lane": lambda: cmd.remove_lane(card.lane_id),
            "map": lambda: cmd.remove_map(card.map_id),
        }[what]()
    )
    assert doc.links() == [] and doc.links_of(b) == []
    stack.undo()
    assert doc.snapshot() == before


def test_pain_points_answered_along_a_chain_either_way() -> None:
    doc, stack = two_maps()
    p0, p1, t0, later = pain(doc, 0, 0), pain(doc, 0, 1), touch(doc, 0, 0), touch(doc, 1, 0)
    stack.push(cmd.add_link(CardLink(new_id(), p0, t0)))  # pain -> opportunity
    stack.push(cmd.add_link(CardLink(new_id(), later, t0)))  # drawn backwards: solution -> opportunity
    rows = {c.id: [a.id for a in answers] for c, answers in pain_points_with_answers(doc, doc.maps()[0].id)}
    assert rows[p0] == [t0, later]
    assert rows[p1] == []  # unanswered


def test_duplicate_and_future_state_keep_links_inside_and_out() -> None:
    doc, stack = two_maps()
    now = doc.maps()[0].id
    inside = (pain(doc), touch(doc))
    outside = (pain(doc, 0, 1), touch(doc, 1))
    stack.push(cmd.add_link(CardLink("in", *inside)))
    stack.push(cmd.add_link(CardLink("out", *outside)))
    for make in (duplicate_of, future_state_of):
        stack.push(cmd.add_map(make(doc, now)))
        copy = doc.maps()[-1]
        texts = {
            (doc.card(lk.source_id).text, doc.card(lk.source_id).map_id, doc.card(lk.target_id).map_id)
            for c in doc.cards(copy.id)
            for lk in doc.links_of(c.id)
        }
        later = doc.maps()[1].id
        assert texts == {
            (doc.card(inside[0]).text, copy.id, copy.id),
            (doc.card(outside[0]).text, copy.id, later),
        }
        stack.undo()
        assert len(doc.links()) == 2
        stack.redo()
        assert len(doc.links()) == 4
        stack.undo()


def test_copied_links_move_only_the_copied_ends() -> None:
    links = [CardLink("1", "a", "b"), CardLink("2", "b", "c"), CardLink("3", "x", "y")]
    out = copied_links(links, {"a": "A", "b": "B"})
    assert [(lk.source_id, lk.target_id) for lk in out] == [("A", "B"), ("B", "c")]
    assert all(lk.id not in {"1", "2"} for lk in out)
