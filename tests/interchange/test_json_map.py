"""The JSON interchange format: exact round trips through a .jmap file, and clear refusals."""

from __future__ import annotations

import base64
import copy
import json
from pathlib import Path
from typing import Any

import pytest

from jmdesigner.errors import JmError, ValidationError
from jmdesigner.interchange.json_map import dumps, map_to_json, parse_map, read_json_file
from jmdesigner.model import UndoStack, add_bundle
from jmdesigner.model import commands as cmd
from jmdesigner.storage.jmapfile import JmapFile

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256))

FULL: dict[str, Any] = {
    "format": "jmdesigner-map",
    "version": 1,
    "title": "Café onboarding — «future» state ✓",
    "description": "Multi-line\ndescription with “typographic quotes” and €.",
    "state": "current",
    "reworks": None,
    "scale": {"min": -3, "max": 3},
    "curve": "straight",
    "personas": [
        {
            "name": "Zoë Ærøskøbing",
            "role": "Регулярный клиент",
            "quote": "„Schnell, bitte.“",
            "description": "Ελληνικά και русский текст.",
            "goals": ["Save time", "Pay less"],
            "motivations": ["Convenience"],
            "pain_points": ["Queues"],
            "behaviours": ["Orders on mobile"],
            "channels": ["App", "E-mail"],
            "colour": "#d1495b",
            "photo": {"mime": "image/png", "data": base64.b64encode(PNG).decode("ascii")},
        },
        {
            "name": "Walter",
            "role": "",
            "quote": "",
            "description": "",
            "goals": [],
            "motivations": [],
            "pain_points": [],
            "behaviours": [],
            "channels": [],
            "colour": "#2e86ab",
            "photo": None,
        },
    ],
    "stages": [
        {"name": "Awareness", "description": "How do they hear of us?", "width": 240},
        {"name": "Entscheidung", "description": "", "width": 312.5},
        {"name": "Покупка", "description": "", "width": 240},
    ],
    "lanes": [
        {"name": "Touchpoints", "kind": "touchpoints", "colour": None, "height": None, "collapsed": False},
        {"name": "Emotions", "kind": "emotions", "colour": None, "height": 160, "collapsed": False},
        {
            "name": "Pain points",
            "kind": "pain_points",
            "colour": "#ffeeaa",
            "height": None,
            "collapsed": True,
        },
    ],
    "cards": [
        {
            "stage": "Awareness",
            "lane": "Touchpoints",
            "text": "Instagram ad 📱\nsecond line",
            "colour": None,
            "channel": "Social",
            "owner": "Marketing",
            "evidence": "observed",
            "votes": 3,
            "tags": ["ads", "q1"],
            "moment_of_truth": False,
        },
        {
            "stage": "Awareness",
            "lane": "Touchpoints",
            "text": "Friend's tip",
            "colour": "#aabbcc",
            "channel": "",
            "owner": "",
            "evidence": None,
            "votes": 0,
            "tags": [],
            "moment_of_truth": False,
        },
        {
            "stage": "Покупка",
            "lane": "Pain points",
            "text": "Checkout asks for an account",
            "colour": None,
            "channel": "Web",
            "owner": "",
            "evidence": "assumed",
            "votes": 12,
            "tags": [],
            "moment_of_truth": True,
        },
        {
            "stage": "Entscheidung",
            "lane": "Touchpoints",
            "text": "",
            "colour": None,
            "channel": "",
            "owner": "",
            "evidence": "proposed",
            "votes": 0,
            "tags": [],
            "moment_of_truth": False,
        },
    ],
    "emotions": [
        {"persona": "Zoë Ærøskøbing", "stage": "Awareness", "score": 2, "note": "curious", "evidence": None},
        {"persona": "Zoë Ærøskøbing", "stage": "Покупка", "score": -2.5, "note": "", "evidence": "observed"},
        {"persona": "Walter", "stage": "Entscheidung", "score": 0, "note": "", "evidence": None},
    ],
}

# Exported cards come stage by stage, lane by lane; FULL lists them in that order except the last one.
FULL["cards"] = [FULL["cards"][i] for i in (0, 1, 3, 2)]

MINIMAL = {
    "format": "jmdesigner-map",
    "version": 1,
    "title": "Minimal",
    "personas": [{"name": "Maya", "description": "Busy parent", "goals": ["Save time"], "pain_points": []}],
    "stages": [{"name": "Search"}, {"name": "Buy"}],
    "lanes": [{"name": "Touchpoints", "kind": "touchpoints"}, {"name": "Feelings", "kind": "emotions"}],
    "cards": [{"stage": "Buy", "lane": "Touchpoints", "text": "Checkout"}],
    "emotions": [{"persona": "Maya", "stage": "Search", "score": -1, "note": "unsure"}],
}


def through_file(tmp_path: Path, data: dict[str, Any]) -> dict[str, Any]:
    """JSON -> .jmap (closed and reopened) -> JSON."""
    path = tmp_path / "rt.jmap"
    with JmapFile.create(path) as jfile:
        UndoStack(jfile.document).push(cmd.add_map(parse_map(copy.deepcopy(data))))
    with JmapFile.open(path, read_only=True) as jfile:
        return map_to_json(jfile.document, jfile.document.maps()[0].id)


def test_full_form_round_trips_exactly(tmp_path: Path) -> None:
    out = through_file(tmp_path, FULL)
    assert out == FULL
    assert dumps(out) == dumps(FULL)  # the same text too: ints stay ints, non-ASCII stays literal
    assert "Зоë" not in dumps(out) and "Покупка" in dumps(out)


def test_minimal_form_keeps_every_given_value(tmp_path: Path) -> None:
    out = through_file(tmp_path, MINIMAL)
    assert out["title"] == "Minimal"
    assert [s["name"] for s in out["stages"]] == ["Search", "Buy"]
    assert [(lane["name"], lane["kind"]) for lane in out["lanes"]] == [
        ("Touchpoints", "touchpoints"),
        ("Feelings", "emotions"),
    ]
    assert out["cards"][0]["text"] == "Checkout"
    assert (out["cards"][0]["stage"], out["cards"][0]["lane"]) == ("Buy", "Touchpoints")
    persona = out["personas"][0]
    assert (persona["name"], persona["description"], persona["goals"]) == (
        "Maya",
        "Busy parent",
        ["Save time"],
    )
    assert out["emotions"] == [
        {"persona": "Maya", "stage": "Search", "score": -1, "note": "unsure", "evidence": None}
    ]


def test_export_is_stable(tmp_path: Path) -> None:
    first = through_file(tmp_path, MINIMAL)
    (tmp_path / "rt.jmap").unlink()
    assert through_file(tmp_path, first) == first


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d.update(format="something-else"), "not a jmdesigner map"),
        (lambda d: d.pop("format"), "this is not a jmdesigner map (“format” must be “jmdesigner-map”)"),
        (lambda d: d.update(version=2), "version 2 is not supported"),
        (lambda d: d.pop("title"), "“title” is required"),
        (lambda d: d.update(colour="#fff"), "unknown key “colour”"),
        (lambda d: d["cards"][0].update(stage="Nowhere"), "cards[0].stage: no stage named 'Nowhere'"),
        (lambda d: d["cards"][0].update(lane="Feelings"), "cards[0]: “Feelings” is the emotions lane"),
        (lambda d: d["stages"].append({"name": "Buy"}), "stages[2].name: “Buy” appears twice"),
        (
            lambda d: d["emotions"][0].update(score=9),
            "emotions[0]: An emotion score must be between -5 and 5",
        ),
        (lambda d: d["emotions"][0].update(persona="Ghost"), "emotions[0].persona: no persona named 'Ghost'"),
        (lambda d: d["lanes"][0].update(kind="gossip"), "lanes[0]: A lane's kind must be one of"),
        (lambda d: d["personas"][0].update(goals="Save time"), "personas[0].goals: must be a list"),
        (lambda d: d["cards"][0].update(text="x" * 10_001), "cards[0]: A card's text is 10,001 characters"),
        (lambda d: d["cards"][0].update(votes=-1), "cards[0]: A card's votes must be between 0"),
        (lambda d: d.update(stages={}), "stages: must be a list"),
        (lambda d: d["emotions"].append(dict(d["emotions"][0])), "emotions[1]: a second point"),
        (lambda d: d["personas"][0].update(photo={"mime": "image/png", "data": "!!"}), "not valid base64"),
    ],
)
def test_refusals_name_the_place(mutate: Any, message: str) -> None:
    data = copy.deepcopy(MINIMAL)
    mutate(data)
    with pytest.raises(ValidationError) as info:
        parse_map(data)
    assert message in str(info.value)


@pytest.mark.parametrize("other", [[1, 2, 3], {"name": "settings", "theme": "dark"}, "text", None])
def test_json_that_is_no_map_at_all_is_told_so_in_one_sentence(other: Any) -> None:
    with pytest.raises(ValidationError) as info:
        parse_map(other)
    assert str(info.value) == "this is not a jmdesigner map (“format” must be “jmdesigner-map”)."


def test_reading_files(tmp_path: Path) -> None:
    path = tmp_path / "m.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(MINIMAL).encode())  # a BOM is fine
    assert read_json_file(path)["title"] == "Minimal"
    path.write_bytes('{"title": "caf\xe9"}'.encode("latin-1"))
    with pytest.raises(JmError, match="not UTF-8"):
        read_json_file(path)
    path.write_text('{"format": "jmdesigner-map",\n "version": 1,,}', encoding="utf-8")
    with pytest.raises(JmError, match="line 2, column 15"):
        read_json_file(path)
    path.write_text('{"score": NaN}', encoding="utf-8")
    with pytest.raises(JmError, match="not valid JSON"):
        read_json_file(path)
    with pytest.raises(JmError, match="does not exist"):
        read_json_file(tmp_path / "missing.json")


def test_personas_are_shared_by_name_across_imported_maps() -> None:
    from jmdesigner.model import Document

    doc = Document()
    add_bundle(doc, parse_map(copy.deepcopy(MINIMAL)))
    add_bundle(doc, parse_map(copy.deepcopy(MINIMAL)))
    assert [m.title for m in doc.maps()] == ["Minimal", "Minimal (2)"]
    assert len(doc.personas()) == 1
