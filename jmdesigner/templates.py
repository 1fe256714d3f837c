"""The bundled map templates (resources/templates/*.json, in the open map format)."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace

from jmdesigner.errors import JmError
from jmdesigner.interchange.json_map import parse_map, read_json_file
from jmdesigner.model import MapBundle
from jmdesigner.resources import resource_path


@dataclass(frozen=True, slots=True)
class TemplateInfo:
    name: str
    label: str
    summary: str


def templates() -> list[TemplateInfo]:
    index = json.loads(resource_path("templates", "index.json").read_text(encoding="utf-8"))
    return [TemplateInfo(t["name"], t["label"], t["summary"]) for t in index]


def load_template(name: str, title: str | None = None) -> MapBundle:
    """A fresh map (new ids) from a template, optionally under another title."""
    names = [t.name for t in templates()]
    if name not in names:
        raise JmError(f"There is no template “{name}”. Templates: {', '.join(names)}.")
    bundle = parse_map(read_json_file(resource_path("templates", f"{name}.json")))
    if title is not None:
        bundle = replace(bundle, map=replace(bundle.map, title=title))
    return bundle
