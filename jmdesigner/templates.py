"""The bundled map templates (resources/templates/*.json, in the open map format)."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace

from jmdesigner.errors import JmError
from jmdesigner.i18n import translate
from jmdesigner.interchange.json_map import parse_map, read_json_file
from jmdesigner.model import MapBundle, Stage
from jmdesigner.resources import resource_path


@dataclass(frozen=True, slots=True)
class TemplateInfo:
    name: str
    label: str
    summary: str


def templates() -> list[TemplateInfo]:
    index = json.loads(resource_path("templates", "index.json").read_text(encoding="utf-8"))
    return [TemplateInfo(t["name"], _words(t["label"]), _words(t["summary"])) for t in index]


def _words(text: str) -> str:
    """A template's English words in the user's language (listed in ``template_words``)."""
    return translate("Templates", text) if text else text


def _stage(stage: Stage) -> Stage:
    return replace(stage, name=_words(stage.name), description=_words(stage.description))


def _in_language(bundle: MapBundle) -> MapBundle:
    """The template's map with its title, stages, lanes and card texts in the user's language: a
    map made in a German window starts with German stages, not English ones to retype."""
    return replace(
        bundle,
        map=replace(bundle.map, title=_words(bundle.map.title), description=_words(bundle.map.description)),
        stages=tuple(_stage(st) for st in bundle.stages),
        lanes=tuple(replace(lane, name=_words(lane.name)) for lane in bundle.lanes),
        cards=tuple(replace(card, text=_words(card.text)) for card in bundle.cards),
    )


def load_template(name: str, title: str | None = None) -> MapBundle:
    """A fresh map (new ids) from a template, optionally under another title."""
    names = [t.name for t in templates()]
    if name not in names:
        raise JmError(
            translate("Templates", "There is no template “{name}”. Templates: {names}.").format(
                name=name, names=", ".join(names)
            )
        )
    bundle = _in_language(parse_map(read_json_file(resource_path("templates", f"{name}.json"))))
    if title is not None:
        bundle = replace(bundle, map=replace(bundle.map, title=title))
    return bundle
