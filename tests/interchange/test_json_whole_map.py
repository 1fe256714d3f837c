"""A map's JSON form carries all of it: the room notes held in its inbox, the room's dots on
cards and ratings behind emotion points, links at held notes (docs/json-format.md). Named
versions are saved in this form, so a version restored brings them back too."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jmdesigner.errors import ValidationError
from jmdesigner.interchange.json_map import dumps, map_to_json, parse_map
from jmdesigner.model import Document, add_bundle
from jmdesigner.storage.jmapfile import JmapFile
from jmdesigner.storage.new_file import write_new
from tests.builders import content_of, every_kind_document

PARTS = ("stages", "lanes", "cards", "held", "points")


def test_every_map_through_json_comes_back_whole() -> None:
    doc = every_kind_document()
    target = Document()
    for jmap in doc.maps():
        add_bundle(target, parse_map(json.loads(dumps(map_to_json(doc, jmap.id)))))
    source, back = content_of(doc.snapshot()), content_of(target.snapshot())
    for a, b in zip(source["maps"], back["maps"], strict=True):
        assert {k: a[k] for k in PARTS} == {k: b[k] for k in PARTS}
    assert back["links"] == source["links"]  # within a map, across maps, at a held note
    assert [len(m["held"]) for m in back["maps"]] == [2, 2]


def test_a_map_without_room_content_keeps_its_exact_json_form() -> None:
    """The keys are written only when set, so maps made without the room read as before."""
    doc = every_kind_document()
    jmap = doc.maps()[0]
    for card in doc.every_card(jmap.id):
        if card.held:
            doc.remove_card(card.id)
        else:
            doc.update_card(card.id, room_votes=())
    for point in doc.emotion_points(jmap.id):
        doc.update_emotion(point.id, ratings=())
    data = map_to_json(doc, jmap.id)
    assert not {"held", "room_votes"} & {k for c in data["cards"] for k in c}
    assert not any("ratings" in e for e in data["emotions"])


@pytest.mark.parametrize(
    ("where", "change"),
    [
        ("cards[0]", lambda d: d["cards"][0].update(held="yes")),
        ("cards[0].room_votes", lambda d: d["cards"][0].update(room_votes="Ana")),
        ("emotions[0].ratings", lambda d: d["emotions"][0].update(ratings=3)),
        ("emotions[0]", lambda d: d["emotions"][0].update(ratings=[["Ana", 1, 2]])),
    ],
)
def test_bad_room_content_in_json_is_refused_at_its_place(where: str, change: object) -> None:
    doc = every_kind_document()
    data = map_to_json(doc, doc.maps()[0].id)
    change(data)  # type: ignore[operator]
    with pytest.raises(ValidationError) as refused:
        parse_map(data)
    assert str(refused.value).startswith(where) and "\n" not in str(refused.value)


def test_a_restored_version_brings_back_the_held_notes(tmp_path: Path) -> None:
    path = write_new(every_kind_document(), tmp_path / "workshop.jmap")
    with JmapFile.open(path) as jfile:
        jmap = jfile.document.maps()[0]
        held = [(c.text, c.room_votes) for c in jfile.document.held_cards(jmap.id)]
        info = jfile.save_version(jmap.id, "after the workshop")
        restored = add_bundle(jfile.document, jfile.version_as_new_map(info.id))
        assert [(c.text, c.room_votes) for c in jfile.document.held_cards(restored.id)] == held
        ratings = {p.ratings for p in jfile.document.emotion_points(restored.id)}
        assert ratings == {p.ratings for p in jfile.document.emotion_points(jmap.id)}


def test_the_room_content_in_json_matches_the_published_schema() -> None:
    from .test_json_schema import VALIDATOR

    doc = every_kind_document()
    for jmap in doc.maps():
        data = map_to_json(doc, jmap.id)
        VALIDATOR.validate(data)
        data["emotions"][0]["ratings"] = [["Ana", 1, 2]]
        assert not VALIDATOR.is_valid(data)
