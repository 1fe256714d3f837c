"""A card the one-call check (``validation.plain_card``) lets through is exactly what the
field-by-field checks make of it: the very object kept, and the same refusal for anything else."""

from __future__ import annotations

import itertools
from dataclasses import replace
from typing import Any

import pytest

from jmdesigner.errors import ValidationError
from jmdesigner.model import Card, Document, Evidence, Kind
from jmdesigner.model import validation as v
from tests.builders import populated


class Text(str):
    """A text of another type than ``str``: the checks accept it, the one-call check leaves it to them."""


VALUES: dict[str, list[Any]] = {
    "text": ["", "Pays", "x" * v.MAX_TEXT, "x" * (v.MAX_TEXT + 1), "a\x00b", 5, None, Text("t")],
    "colour": [None, "#aabbcc", "#AABBCC", "red", 3],
    "channel": ["", "App", "x" * v.MAX_SHORT, "x" * (v.MAX_SHORT + 1), "a\x00", None, 1],
    "owner": ["", "Ops", "x" * (v.MAX_SHORT + 1), "\x00", b"ops"],
    "evidence": [None, Evidence.OBSERVED, "observed", "seen", 1],
    "votes": [0, 3, v.MAX_VOTES, v.MAX_VOTES + 1, -1, True, 1.0, "2"],
    "tags": [(), ("a",), (" a ",), ("",), [], ["a"], "ab", (1,)],
    "moment_of_truth": [False, True, 0, 1, None],
    "author": ["", "Ana", "x" * (v.MAX_SHORT + 1), "\x00", 2],
    "from_room": [False, True, 1, "yes"],
    "held": [False, True, 0],
    "room_votes": [(), ("Ana", "Ana"), [], ("x" * (v.MAX_SHORT + 1),), "Ana"],
}


def _check(doc: Document, card: Card) -> Card | str:
    try:
        return doc._check_card(card, new=True)
    except ValidationError as exc:
        return f"refused: {exc}"


def _full_check(doc: Document, card: Card, monkeypatch: pytest.MonkeyPatch) -> Card | str:
    with monkeypatch.context() as m:
        m.setattr(v, "plain_card", lambda fields: False)  # every field checked on its own
        return _check(doc, card)


@pytest.mark.parametrize("field", list(VALUES))
def test_each_field_alone_gives_what_the_full_checks_give(
    field: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = populated()
    base = doc.cards(doc.maps()[0].id)[0]
    base = replace(base, id="new-card")
    for value in VALUES[field]:
        card = replace(base, **{field: value})
        fast, full = _check(doc, card), _full_check(doc, card, monkeypatch)
        assert fast == full and type(fast) is type(full)
        if v.plain_card(tuple(getattr(card, f) for f in VALUES)):
            assert fast is card  # let through: the very object, as the full checks keep a clean card


def test_fields_together_give_what_the_full_checks_give(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = populated()
    base = replace(doc.cards(doc.maps()[0].id)[0], id="new-card")
    fields = ["text", "colour", "evidence", "votes", "tags", "held"]
    for values in itertools.product(*(VALUES[f][:4] for f in fields)):
        card = replace(base, **dict(zip(fields, values, strict=True)))
        fast, full = _check(doc, card), _full_check(doc, card, monkeypatch)
        assert fast == full
    assert doc.count(Kind.CARD) == len(doc.cards(doc.maps()[0].id))  # checking added nothing


def _outcome(doc: Document, add: str, card: Card) -> tuple[str, object]:
    with doc.loading():
        try:
            if add == "load":
                doc.load_cards([card])
            else:
                doc.insert_card(card)
        except ValidationError as exc:
            return "refused", str(exc)
    kept = doc.card(card.id)
    return "kept", (kept, kept is card, doc.cell_cards_revision(card.stage_id, card.lane_id), doc.snapshot())


def test_loading_cards_takes_and_refuses_what_inserting_them_does() -> None:
    """``Document.load_cards`` takes a plain card in a cell of its map after one look; every other
    card, placed wrong or not plain, gets the same refusal or the same normalised copy as
    ``insert_card`` gives it."""
    ids = iter(range(1000))

    def docs() -> tuple[Document, Document]:
        made = []
        for _ in range(2):
            doc = populated()
            populated(doc, title="Other")
            made.append(doc)
        return made[0], made[1]

    probe, _ = docs()
    first, other = probe.maps()
    stage, lane = probe.stages(first.id)[0], probe.lanes(first.id)[0]
    emotions = next(la for la in probe.lanes(first.id) if la.kind.value == "emotions")
    taken = probe.cards(first.id)[0].id
    base = Card("c", first.id, stage.id, lane.id, "Pays")
    variants = [
        {},
        {"id": taken},
        {"id": ""},
        {"id": "x" * 65},
        {"id": "x" * 64},
        {"id": 7},
        {"stage_id": "nowhere"},
        {"lane_id": "nowhere"},
        {"stage_id": probe.stages(other.id)[0].id},
        {"lane_id": probe.lanes(other.id)[0].id},
        {"map_id": other.id},
        {"map_id": "no map"},
        {"lane_id": emotions.id},
        {"held": True},
        {"evidence": "observed"},
        {"colour": "#ABCDEF"},
        {"tags": (" a ",)},
        {"votes": -1},
        {"text": 5},
    ]
    for change in variants:
        card = replace(base, **({"id": f"card-{next(ids)}"} | change))
        loaded, inserted = docs()
        assert _outcome(loaded, "load", card) == _outcome(inserted, "insert", card), change


@pytest.mark.parametrize(
    ("rule", "field", "value"),
    [("plain_text", "owner", "Ops"), ("whole_number", "votes", 3), ("is_flag", "held", False)],
)
def test_a_new_rule_reaches_the_checks_and_the_one_call_check_alike(
    rule: str, field: str, value: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each rule (a text, a whole number, a flag) is one predicate: tightened, it refuses in the
    field's own check and in ``plain_card`` at once, so a card cannot slip through the fast path."""
    doc = populated()
    card = replace(doc.cards(doc.maps()[0].id)[0], id="new-card", **{field: value})
    assert _check(doc, card) is card
    loose = getattr(v, rule)
    monkeypatch.setattr(v, rule, lambda x, *limits: x != value and loose(x, *limits))  # a new rule
    assert not v.plain_card(tuple(getattr(card, f) for f in VALUES))
    assert str(_check(doc, card)).startswith("refused: ")
