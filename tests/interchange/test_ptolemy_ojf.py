"""Ptolemy .ojf journeys: its eight published samples (both variants) and hostile variants."""

from __future__ import annotations

import json

import pytest

from jmdesigner.errors import JmError
from jmdesigner.interchange.formats import read_file, read_text
from jmdesigner.interchange.problems import ImportProblems
from jmdesigner.interchange.ptolemy_ojf import lane_kind
from jmdesigner.model import LaneKind
from tests.interchange.interchange_helpers import FIXTURES

PTOLEMY = FIXTURES / "ptolemy"
SAMPLES = sorted(PTOLEMY.glob("*.ojf"))


def read(data: object, name: str = "j.ojf"):  # type: ignore[no-untyped-def]
    return read_text(json.dumps(data), name, ".ojf")[1]


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_every_sample_imports_with_all_its_stages_nodes_and_scores(path) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(path.read_text(encoding="utf-8"))
    fmt, imported = read_file(path)
    b = imported.bundle
    assert fmt.name == "ptolemy-ojf"
    assert [s.name for s in b.stages] == [s["name"] for s in data["stages"]]
    emotion_lanes = [lane for lane in b.lanes if lane.kind is LaneKind.EMOTIONS]
    assert len(emotion_lanes) == 1
    blueprint = sum(len(v) for n in data["nodes"] for v in n.get("blueprint", {}).values())
    in_emotions = {sl["id"] for sl in data["swimlanes"] if lane_kind(sl["name"]) is LaneKind.EMOTIONS}
    cards = sum(1 for n in data["nodes"] if n["swimlaneId"] not in in_emotions)
    assert len(b.cards) == cards + blueprint
    moments = sum(1 for n in data["nodes"] if n.get("isMomentOfTruth") and n["swimlaneId"] not in in_emotions)
    assert sum(c.moment_of_truth for c in b.cards) == moments
    scored = {n["stageId"] for n in data["nodes"] if isinstance(n.get("score"), int)}
    assert len(b.points) == len(scored)
    persona = data.get("persona") or data["metadata"]["persona"]
    assert [p.name for p in b.personas] == [persona]


def test_spec_variant_fields() -> None:
    b = read_file(PTOLEMY / "ecommerce-purchase.ojf")[1].bundle
    assert b.map.title == "Buying a high-end coffee maker for a new kitchen"
    assert [(lane.name, lane.kind) for lane in b.lanes] == [
        ("User Actions", LaneKind.ACTIONS),
        ("Emotional State", LaneKind.EMOTIONS),
        ("Pain Points", LaneKind.PAIN_POINTS),
        ("Digital Touchpoints", LaneKind.TOUCHPOINTS),
    ]
    first = b.cards[0]
    assert (
        first.text == "Search for best coffee makers\nJane searches Google for top-rated espresso machines."
    )
    assert first.tags[:2] == ("Search", "Mobile")
    discovery = next(p for p in b.points if p.stage_id == b.stages[0].id)
    assert discovery.score == 2.5  # the stage's node scores 2 and 3
    assert discovery.note.startswith("Excitement\nFeeling optimistic")


def test_metadata_variant_and_blueprint_lanes() -> None:
    b = read_file(PTOLEMY / "clinic-visit-blueprint.ojf")[1].bundle
    assert b.map.title == "Patient Clinic Visit"
    assert b.map.description == "Annual check-up at a GP clinic"
    kinds = {lane.name: lane.kind for lane in b.lanes}
    assert kinds["Patient Journey"] is LaneKind.ACTIONS
    assert kinds["Physical evidence"] is LaneKind.PHYSICAL_EVIDENCE
    assert kinds["Onstage"] is LaneKind.FRONTSTAGE
    assert kinds["Backstage"] is LaneKind.BACKSTAGE
    assert kinds["Support processes"] is LaneKind.SUPPORT
    texts = [c.text for c in b.cards]
    assert "Waiting Room (physical)" in texts
    assert "Receptionist: Confirms appointment and collects co-pay" in texts
    assert "EMR Database: Loads patient record" in texts


def test_nodes_without_ids_and_lane_kind_guesses() -> None:
    assert lane_kind("Thoughts & Feelings") is LaneKind.THOUGHTS
    assert lane_kind("User Health (Sentiment)") is LaneKind.EMOTIONS
    assert lane_kind("Issues & Roadblocks") is LaneKind.PAIN_POINTS
    assert lane_kind("Support Channel") is LaneKind.CHANNELS
    assert lane_kind("Zebra") is LaneKind.CUSTOM


def test_missing_references_wrong_types_and_out_of_range_scores_are_all_listed() -> None:
    data = {
        "stages": [{"id": "s1", "name": "One"}, {"id": "s2"}],
        "swimlanes": [{"id": "l1", "name": "Actions"}],
        "nodes": [
            {"stageId": "s9", "swimlaneId": "l1", "title": "lost"},
            {"stageId": "s1", "swimlaneId": "zz", "title": "no lane"},
            {"stageId": "s1", "swimlaneId": "l1", "title": "bad", "score": "high", "tags": "x"},
            "not a node",
        ],
    }
    with pytest.raises(ImportProblems) as refused:
        read(data)
    places = [p.split(":")[0] for p in refused.value.problems]
    assert places == [
        "stages[1]",
        "nodes[0].stageId",
        "nodes[1].swimlaneId",
        "nodes[2].score",
        "nodes[2].tags",
        "nodes[3]",
    ]


def test_scores_beyond_five_widen_the_scale_and_beyond_a_hundred_are_refused() -> None:
    base = {"stages": [{"id": "s", "name": "S"}], "swimlanes": [{"id": "l", "name": "Actions"}]}
    imported = read({**base, "nodes": [{"stageId": "s", "swimlaneId": "l", "title": "t", "score": 9}]})
    assert (imported.bundle.map.scale_min, imported.bundle.map.scale_max) == (-5, 9)
    assert imported.notes
    with pytest.raises(ImportProblems, match="a map's scale ends at ±100"):
        read({**base, "nodes": [{"stageId": "s", "swimlaneId": "l", "title": "t", "score": 1e9}]})


def test_not_a_journey_and_deep_nesting_are_one_line() -> None:
    with pytest.raises(JmError, match="no stages"):
        read({"stages": [], "swimlanes": [], "nodes": []})
    with pytest.raises(JmError, match="nested too deeply"):
        read_text("[" * 100_000 + "]" * 100_000, "deep.ojf", ".ojf")
    with pytest.raises(JmError, match="not valid JSON"):
        read_text("{nope", "bad.ojf", ".ojf")


def test_feelings_at_a_stage_without_any_score_are_kept_as_cards() -> None:
    data = {
        "stages": [{"id": "s1", "name": "One"}, {"id": "s2", "name": "Two"}],
        "swimlanes": [{"id": "a", "name": "Actions"}, {"id": "e", "name": "Emotional State"}],
        "nodes": [
            {"stageId": "s1", "swimlaneId": "e", "title": "Calm", "score": 2},
            {"stageId": "s2", "swimlaneId": "e", "title": "Uneasy", "description": "no score given"},
        ],
    }
    b = read(data).bundle
    assert [p.note for p in b.points] == ["Calm\n2 — Calm"]
    assert [c.text for c in b.cards] == ["Uneasy\nno score given"]
    assert b.lanes[-1].name == "Feelings without a score"
