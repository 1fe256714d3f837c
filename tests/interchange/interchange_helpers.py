"""Shared helpers for the interchange format tests: fixtures and a comparable view of a map."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jmdesigner.model import Document, MapBundle, add_bundle, bundle_of

FIXTURES = Path(__file__).parent.parent / "fixtures" / "interchange"


def comparable(bundle: MapBundle) -> dict[str, Any]:
    """A map without ids: what a person sees (stages, lanes, cards per cell, curves)."""
    stage = {s.id: s.name for s in bundle.stages}
    lane = {lane.id: lane.name for lane in bundle.lanes}
    persona = {p.id: p.name for p in bundle.personas}
    return {
        "title": bundle.map.title,
        "description": bundle.map.description,
        "scale": (bundle.map.scale_min, bundle.map.scale_max),
        "personas": [p.name for p in bundle.personas],
        "stages": [(s.name, s.description) for s in bundle.stages],
        "lanes": [(lane.name, str(lane.kind)) for lane in bundle.lanes],
        "cards": [
            (stage[c.stage_id], lane[c.lane_id], c.text, c.tags, c.moment_of_truth) for c in bundle.cards
        ],
        "points": sorted(
            (persona[p.persona_id], stage[p.stage_id], round(p.score, 6), p.note) for p in bundle.points
        ),
    }


def in_document(bundle: MapBundle) -> tuple[Document, str]:
    doc = Document()
    jmap = add_bundle(doc, bundle)
    return doc, jmap.id


def stored(bundle: MapBundle) -> MapBundle:
    doc, map_id = in_document(bundle)
    return bundle_of(doc, map_id)
