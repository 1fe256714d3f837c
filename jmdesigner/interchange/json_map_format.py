"""jmdesigner's own JSON map (docs/json-format.md) as a registered format."""

from __future__ import annotations

from jmdesigner.interchange.formats import Format, Source
from jmdesigner.interchange.imported import Imported
from jmdesigner.interchange.json_map import FORMAT, dumps, map_to_json, parse_map, reworks_title
from jmdesigner.model import Document


def _read(source: Source) -> Imported:
    data = source.json
    return Imported(parse_map(data), reworks=reworks_title(data), format_label="jmdesigner map")


def _write(doc: Document, map_id: str) -> tuple[str, list[str]]:
    return dumps(map_to_json(doc, map_id)), []


def _claims(source: Source) -> bool:
    return source.looks_like_json and isinstance(source.json, dict) and source.json.get("format") == FORMAT


FORMAT_ENTRY = Format(
    name="jmdesigner-json",
    label="jmdesigner map",
    suffixes=(".json",),
    read=_read,
    write=_write,
    claims=_claims,
)
