"""The published JSON Schema agrees with what jmdesigner reads and writes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from jmdesigner.errors import ValidationError
from jmdesigner.interchange.json_map import map_to_json, parse_map
from jmdesigner.model import Document, UndoStack
from jmdesigner.model import commands as cmd

from .test_json_map import FULL, MINIMAL

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "docs" / "jmdesigner-map.schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
BUNDLED = sorted((ROOT / "resources").glob("*/*.json"))


def test_the_schema_is_a_valid_2020_12_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


@pytest.mark.parametrize("path", [p for p in BUNDLED if p.name != "index.json"], ids=lambda p: p.name)
def test_every_bundled_map_matches_the_schema_and_imports(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    VALIDATOR.validate(data)
    parse_map(data)


@pytest.mark.parametrize("data", [FULL, MINIMAL], ids=["full", "minimal"])
def test_exports_match_the_schema(data: dict[str, Any]) -> None:
    doc = Document()
    UndoStack(doc).push(cmd.add_map(parse_map(data)))
    exported = map_to_json(doc, doc.maps()[0].id)
    VALIDATOR.validate(exported)


@pytest.mark.parametrize(
    "mutate",
    [
        lambda d: d.update(stges=[]),
        lambda d: d.update(version=2),
        lambda d: d["lanes"][0].update(kind="feelings"),
        lambda d: d["cards"][0].update(evidence="guessed"),
        lambda d: d["cards"][0].update(votes=-1),
        lambda d: d.update(title=""),
    ],
    ids=["unknown key", "version", "lane kind", "evidence", "votes", "empty title"],
)
def test_what_the_schema_rejects_jmdesigner_refuses_too(mutate: Any) -> None:
    data = json.loads(json.dumps(FULL))
    mutate(data)
    assert not VALIDATOR.is_valid(data)
    with pytest.raises(ValidationError):
        parse_map(data)
