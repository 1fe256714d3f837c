"""GOV.UK step-by-step navigation: the published content-schema examples and hostile variants."""

from __future__ import annotations

import json

import pytest

from jmdesigner.errors import JmError
from jmdesigner.interchange.formats import read_file, read_text
from jmdesigner.interchange.problems import ImportProblems
from tests.interchange.interchange_helpers import FIXTURES

GOVUK = FIXTURES / "govuk"


@pytest.mark.parametrize("path", sorted(GOVUK.glob("*.json")), ids=lambda p: p.stem)
def test_every_example_imports_or_is_refused_in_one_line(path) -> None:  # type: ignore[no-untyped-def]
    nav = json.loads(path.read_text(encoding="utf-8"))["details"]["step_by_step_nav"]
    if not nav["steps"]:
        with pytest.raises(JmError, match="has no steps"):
            read_file(path)
        return
    fmt, imported = read_file(path)  # detected by content: the suffix is plain .json
    b = imported.bundle
    assert fmt.name == "govuk-step-by-step"
    assert [s.name for s in b.stages] == [s["title"] for s in nav["steps"]]
    items = sum(
        1 if c["type"] == "paragraph" else len(c["contents"]) for s in nav["steps"] for c in s["contents"]
    )
    assert len(b.cards) == items


def test_learn_to_drive_numbers_and_logic() -> None:
    b = read_file(GOVUK / "frontend-learn_to_drive_a_car.json")[1].bundle
    assert b.map.title == "Learn to drive a car: step by step"
    descriptions = [s.description for s in b.stages]
    assert descriptions[:3] == ["Step 1.", "Step 2.", "Step 3."]
    assert descriptions[3] == "Step 3, and: as well as the step before."
    assert descriptions[4:] == ["Step 4.", "Step 5.", "Step 6."]
    tasks = [c for c in b.cards if c.lane_id == b.lanes[0].id]
    assert any(c.text.endswith("\nhttps://www.gov.uk/apply-first-provisional-driving-licence") for c in tasks)


def test_wrong_types_are_listed_by_place() -> None:
    data = {
        "details": {
            "step_by_step_nav": {
                "steps": [
                    {"title": "Fine", "contents": [{"type": "paragraph", "text": "ok"}]},
                    {"title": 5, "contents": []},
                    {"title": "Odd", "logic": "xor", "contents": []},
                    {"title": "Bad", "contents": [{"type": "list", "contents": [{"href": "/x"}]}, 7]},
                ]
            }
        }
    }
    with pytest.raises(ImportProblems) as refused:
        read_text(json.dumps(data), "s.json", ".json")
    assert [p.split(":")[0] for p in refused.value.problems] == [
        "steps[1]",
        "steps[2].logic",
        "steps[3].contents[0].contents[0]",
        "steps[3].contents[1]",
    ]
