"""A map read into a new file: ``document_of`` takes the document the reader checked the map in
(no second copy of every card) and gives what adding the bundle to an empty document gives;
any other bundle is added to a new document."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from jmdesigner.interchange.formats import read_file
from jmdesigner.interchange.json_map import dumps, map_to_json
from jmdesigner.model import Document, LaneKind, add_bundle
from jmdesigner.model.bundle import MapBundle, document_of
from tests.builders import content_of, every_kind_document


def _added(bundle: MapBundle) -> Document:
    doc = Document()
    add_bundle(doc, bundle)
    return doc


def _read(tmp_path: Path, data: dict) -> MapBundle:
    path = tmp_path / "map.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return read_file(path)[1].bundle


def _every_map(tmp_path: Path) -> list[MapBundle]:
    doc = every_kind_document()
    return [_read(tmp_path, map_to_json(doc, m.id)) for m in doc.maps()]


def test_a_map_just_read_keeps_the_document_it_was_checked_in(tmp_path: Path) -> None:
    for bundle in _every_map(tmp_path):  # held notes, links, a link to another map by title
        expected = content_of(_added(bundle).snapshot())
        doc = document_of(bundle)
        assert doc is bundle.checked_in
        assert content_of(doc.snapshot()) == expected


def test_points_without_an_emotions_lane_get_one_as_an_added_map_does(tmp_path: Path) -> None:
    doc = every_kind_document()
    data = map_to_json(doc, doc.maps()[0].id)
    data["lanes"] = [lane for lane in data["lanes"] if lane["kind"] != "emotions"]
    assert data["emotions"]
    bundle = _read(tmp_path, json.loads(dumps(data)))
    made = document_of(bundle)
    assert made is bundle.checked_in
    assert [lane.kind for lane in made.lanes(bundle.map.id)].count(LaneKind.EMOTIONS) == 1
    assert content_of(made.snapshot()) == content_of(_added(bundle).snapshot())


def test_any_other_bundle_is_added_to_a_new_document(tmp_path: Path) -> None:
    bundle = _every_map(tmp_path)[0]
    renamed = replace(bundle, map=replace(bundle.map, title="Renamed"))  # not the checked map
    fewer = replace(bundle, cards=bundle.cards[1:])  # not all of the checked document
    for other in (renamed, fewer, replace(bundle, checked_in=None)):
        made = document_of(other)
        assert made is not bundle.checked_in
        assert content_of(made.snapshot()) == content_of(_added(other).snapshot())
    assert len(bundle.checked_in.cards(bundle.map.id)) == len(bundle.cards)  # left as it was
