"""Ptolemy's OpenJourney Format (``.ojf``): both the variant its spec describes and its samples' variant.

Follows andywestley/ptolemy-journey-mapper ``OJF_SPEC.md`` (MIT): ``version``, ``persona``,
``pointOfView`` at the top (the spec) or in ``metadata{title, persona, pov, version}`` (the
samples); ``stages``, ``swimlanes`` and ``nodes`` that refer to them by id. Lanes keep their
names and get a kind guessed from them; nodes become cards (title, then description; tags,
severity, sentiment and purpose as tags; ``isMomentOfTruth`` as the moment-of-truth mark);
node scores (−5..5) become the persona's curve; nodes of an emotional-state lane become the
notes of that curve; blueprint details become cards in the service-blueprint lanes.
"""

from __future__ import annotations

import math
from typing import Any

from jmdesigner.errors import JmError
from jmdesigner.i18n import translate
from jmdesigner.interchange.formats import Format, Source
from jmdesigner.interchange.imported import Imported
from jmdesigner.interchange.map_builder import MapBuilder
from jmdesigner.interchange.problems import Problems
from jmdesigner.model import LaneKind
from jmdesigner.model.validation import SCALE_LIMIT

OJF_SCALE = (-5, 5)
DEFAULT_PERSONA = "Customer"
EMOTIONS_LANE = "Emotions"
UNSCORED_FEELINGS = "Feelings without a score"
# (words in a swimlane's name, the kind it gets), first match wins.
KIND_WORDS: tuple[tuple[tuple[str, ...], LaneKind], ...] = (
    (("thought",), LaneKind.THOUGHTS),
    (("emotion", "feeling", "sentiment", "mood"), LaneKind.EMOTIONS),
    (("pain", "friction", "issue", "blocker", "roadblock", "problem", "frustration"), LaneKind.PAIN_POINTS),
    (("opportunit", "idea", "improvement"), LaneKind.OPPORTUNITIES),
    (("backstage",), LaneKind.BACKSTAGE),
    (("onstage", "frontstage"), LaneKind.FRONTSTAGE),
    (("evidence",), LaneKind.PHYSICAL_EVIDENCE),
    (("support process", "support system"), LaneKind.SUPPORT),
    (("channel",), LaneKind.CHANNELS),
    (("touchpoint", "tool", "device", "interface"), LaneKind.TOUCHPOINTS),
    (("kpi", "metric"), LaneKind.KPIS),
    (("note",), LaneKind.NOTES),
    (("action", "activit", "interaction", "step", "doing", "journey", "task"), LaneKind.ACTIONS),
)
# blueprint key → (lane name, kind, fields joined into the card text)
BLUEPRINT = (
    ("evidence", "Physical evidence", LaneKind.PHYSICAL_EVIDENCE, ("item", "type")),
    ("onstage", "Onstage", LaneKind.FRONTSTAGE, ("actor", "action")),
    ("backstage", "Backstage", LaneKind.BACKSTAGE, ("actor", "action")),
    ("support", "Support processes", LaneKind.SUPPORT, ("system", "description")),
)


def lane_kind(name: str) -> LaneKind:
    lowered = name.lower()
    for words, kind in KIND_WORDS:
        if any(w in lowered for w in words):
            return kind
    return LaneKind.CUSTOM


def _claims(source: Source) -> bool:
    data = source.json if source.looks_like_json else None
    return isinstance(data, dict) and all(
        isinstance(data.get(k), list) for k in ("stages", "swimlanes", "nodes")
    )


def _str(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def read_ojf(source: Source) -> Imported:
    name = source.name or translate("Formats", "The text")
    data = source.json
    if not isinstance(data, dict):
        said = translate(
            "PtolemyImport",
            "{name} is not a Ptolemy journey: it must be a JSON object with stages and nodes.",
        )
        raise JmError(said.format(name=name))
    problems = Problems(name)
    meta = data.get("metadata") if isinstance(data.get("metadata"), dict) else {}
    pov = _str(meta.get("pov")) or _str(data.get("pointOfView"))
    persona_name = _str(meta.get("persona")) or _str(data.get("persona")) or DEFAULT_PERSONA
    title = _str(meta.get("title")) or _str(data.get("title")) or pov or source.title or "Ptolemy journey"
    lists = {}
    for key in ("stages", "swimlanes", "nodes"):
        lists[key] = data.get(key, [])
        if not isinstance(lists[key], list):
            problems.add(key, translate("PtolemyImport", "must be a list."))
            lists[key] = []
    problems.raise_any()
    if not lists["stages"]:
        said = translate("PtolemyImport", "{name}: the journey has no stages, so there is nothing to import.")
        raise JmError(said.format(name=name))
    scores = [n["score"] for n in lists["nodes"] if isinstance(n, dict) and _is_score(n.get("score"))]
    scale = (
        min(OJF_SCALE[0], math.floor(min(scores, default=0))),
        max(OJF_SCALE[1], math.ceil(max(scores, default=0))),
    )
    notes = []
    if scale != OJF_SCALE:
        if scale[0] < -SCALE_LIMIT or scale[1] > SCALE_LIMIT:
            problems.add(
                "nodes",
                translate(
                    "PtolemyImport", "scores run from {low} to {high}; a map's scale ends at ±{limit}."
                ).format(low=f"{min(scores):g}", high=f"{max(scores):g}", limit=SCALE_LIMIT),
            )
            problems.raise_any()
        said = translate(
            "PtolemyImport",
            "Scores run from {low} to {high}, beyond Ptolemy's −5..5, so the scale is {start}..{end}.",
        )
        notes.append(
            said.format(low=f"{min(scores):g}", high=f"{max(scores):g}", start=scale[0], end=scale[1])
        )
    builder = MapBuilder(title, problems, description=pov if pov != title else "", scale=scale, notes=notes)
    stage_ids = _stages(builder, lists["stages"], problems)
    stage_place = {sid: f"stages[{i}]" for i, sid in enumerate(stage_ids.values())}
    lane_ids, emotion_lanes = _lanes(builder, lists["swimlanes"], problems)
    persona = builder.persona(persona_name)
    per_stage: dict[str, list[tuple[float, str]]] = {}
    feelings: dict[str, list[str]] = {}
    for i, node in enumerate(lists["nodes"]):
        at = f"nodes[{i}]"
        if not isinstance(node, dict):
            problems.add(at, translate("PtolemyImport", "must be an object."))
            continue
        stage = stage_ids.get(node.get("stageId"))  # type: ignore[arg-type]
        if stage is None:
            said = translate("PtolemyImport", "no stage with id {id}.")
            problems.add(f"{at}.stageId", said.format(id=repr(node.get("stageId"))))
            continue
        text = "\n".join(t for t in (_str(node.get("title")), _str(node.get("description"))) if t)
        score = node.get("score")
        if score is not None and not _is_score(score):
            said = translate("PtolemyImport", "must be a number, not {value}.")
            problems.add(f"{at}.score", said.format(value=repr(score)))
        elif score is not None:
            per_stage.setdefault(stage, []).append((float(score), _str(node.get("title")) or "(untitled)"))
        if "swimlaneId" in node and node["swimlaneId"] in emotion_lanes:
            feelings.setdefault(stage, []).append(text)
        elif node.get("swimlaneId") in lane_ids:
            builder.card(
                stage,
                lane_ids[node["swimlaneId"]],
                text,
                where=at,
                tags=_tags(node, at, problems),
                moment_of_truth=node.get("isMomentOfTruth") is True,
            )
        else:
            said = translate("PtolemyImport", "no swimlane with id {id}.")
            problems.add(f"{at}.swimlaneId", said.format(id=repr(node.get("swimlaneId"))))
        _blueprint(builder, stage, node.get("blueprint"), f"{at}.blueprint", problems)
    if per_stage and not emotion_lanes:
        builder.lane(EMOTIONS_LANE, LaneKind.EMOTIONS)
    for stage, entries in per_stage.items():
        mean = sum(s for s, _ in entries) / len(entries)
        note = "\n".join([*feelings.get(stage, []), *(f"{s:g} — {t}" for s, t in entries)])
        builder.point(persona, stage, mean, note, where=f"the scores of {stage_place[stage]}")
    for stage, texts in feelings.items():
        if stage not in per_stage:  # no score to hang them on: kept as cards, never dropped
            for text in texts:
                builder.card(stage, builder.lane(UNSCORED_FEELINGS, LaneKind.NOTES), text)
    bundle = builder.build()
    return Imported(bundle, tuple(builder.notes), format_label="Ptolemy journey")


def _is_score(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _stages(builder: MapBuilder, stages: list[Any], problems: Problems) -> dict[Any, str]:
    ids: dict[Any, str] = {}
    for i, stage in enumerate(stages):
        at = f"stages[{i}]"
        if not isinstance(stage, dict) or not isinstance(stage.get("name"), str):
            problems.add(at, translate("PtolemyImport", "a stage must be an object with a “name” text."))
            continue
        ids[stage.get("id", i)] = builder.stage(stage["name"], where=at)
    return ids


def _lanes(builder: MapBuilder, lanes: list[Any], problems: Problems) -> tuple[dict[Any, str], set[Any]]:
    ids: dict[Any, str] = {}
    emotions: set[Any] = set()
    for i, lane in enumerate(lanes):
        at = f"swimlanes[{i}]"
        if not isinstance(lane, dict) or not isinstance(lane.get("name"), str) or not lane["name"].strip():
            problems.add(at, translate("PtolemyImport", "a swimlane must be an object with a “name” text."))
            continue
        kind = lane_kind(lane["name"])
        if kind is LaneKind.EMOTIONS and emotions:
            kind = LaneKind.CUSTOM  # one emotions lane holds the curve
        lane_id = builder.lane(lane["name"], kind)
        if kind is LaneKind.EMOTIONS:
            emotions.add(lane.get("id", i))
        else:
            ids[lane.get("id", i)] = lane_id
    return ids, emotions


def _tags(node: dict[str, Any], at: str, problems: Problems) -> tuple[str, ...]:
    tags = node.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        problems.add(f"{at}.tags", translate("PtolemyImport", "must be a list of texts."))
        return ()
    extra = [f"{key}: {node[key]}" for key in ("severity", "sentiment", "purpose") if _str(node.get(key))]
    return tuple(dict.fromkeys(t.strip() for t in [*tags, *extra] if t.strip()))


def _blueprint(builder: MapBuilder, stage: str, blueprint: Any, at: str, problems: Problems) -> None:
    if blueprint is None:
        return
    if not isinstance(blueprint, dict):
        problems.add(at, translate("PtolemyImport", "must be an object."))
        return
    for key, lane_name, kind, fields in BLUEPRINT:
        items = blueprint.get(key, [])
        if not isinstance(items, list):
            problems.add(f"{at}.{key}", translate("PtolemyImport", "must be a list."))
            continue
        for j, item in enumerate(items):
            parts = [_str(item.get(f)) for f in fields] if isinstance(item, dict) else []
            if not any(parts):
                said = translate("PtolemyImport", "needs {fields}.")
                or_ = translate("PtolemyImport", " or ")
                problems.add(f"{at}.{key}[{j}]", said.format(fields=or_.join(fields)))
                continue
            first, second = parts
            text = f"{first}: {second}" if first and second and key != "evidence" else first or second
            if key == "evidence" and second:
                text = f"{first} ({second.lower()})"
            builder.card(stage, builder.lane(lane_name, kind), text, where=f"{at}.{key}[{j}]")


FORMAT_ENTRY = Format(
    name="ptolemy-ojf",
    label="Ptolemy journey",
    suffixes=(".ojf",),
    read=read_ojf,
    claims=_claims,
)
