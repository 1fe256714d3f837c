"""Survey and analytics scores → one emotion point per persona and stage (pure).

Many respondents' (persona, stage, score) rows become the mean, mapped linearly from the
survey's scale onto the map's; n and the spread travel in the point's note so the curve
stays honest about how much data is behind it. NPS is the exception: the point is the Net
Promoter Score (% promoters − % detractors, −100..100) mapped onto the map's scale, since a
mean of 0–10 answers is not what anyone reports as NPS.
"""

from __future__ import annotations

import math
import re
import statistics
from dataclasses import dataclass

from jmdesigner.errors import JmError, ValidationError
from jmdesigner.i18n import N_, translate
from jmdesigner.interchange.column_fields import missing_columns
from jmdesigner.interchange.table_reader import Table
from jmdesigner.interchange.tabular_rows import RowError, checked_name, guess_columns

FIELDS = ("persona", "stage", "score")
SYNONYMS: dict[str, tuple[str, ...]] = {
    "persona": ("persona", "segment", "persona name", "customer segment", "group"),
    "stage": ("stage", "phase", "step", "journey stage", "touchpoint"),
    "score": ("score", "rating", "value", "satisfaction", "csat", "nps", "emotion", "sentiment"),
}
PRESETS = ("1..5", "1..7", "0..10", "1..10", "nps")


@dataclass(frozen=True, slots=True)
class Scale:
    """The scale survey scores are given on (NPS: 0..10)."""

    low: float
    high: float
    nps: bool = False

    def __str__(self) -> str:
        return "NPS 0..10" if self.nps else f"{_num(self.low)}..{_num(self.high)}"


PERSONA = N_("Validation", "the persona")
STAGE = N_("Validation", "the stage")
PERSONA_EMPTY = N_("Survey", "the persona cell is empty.")
STAGE_EMPTY = N_("Survey", "the stage cell is empty.")
OUTSIDE_DECLARED = N_("Survey", "score {score} is outside the declared scale {scale}.")
OUTSIDE_MAP = N_(
    "Survey",
    "score {score} is outside the map's scale {scale}; say which scale the survey uses (for example 1..5).",
)


def parse_scale(text: str) -> Scale:
    """“1..5”, “0..10”, “-5..5” or “nps” (0–10 answers scored as a Net Promoter Score)."""
    value = text.strip().lower().replace("–", "..").replace("−", "-")
    if value == "nps":
        return Scale(0, 10, nps=True)
    match = re.fullmatch(r"(-?\d+(?:\.\d+)?)\s*(?:\.\.|to)\s*(-?\d+(?:\.\d+)?)", value)
    if match is None:
        raise JmError(
            translate("Survey", "“{text}” is not a scale; write it like 1..5, 0..10, -3..3 or nps.").format(
                text=text
            )
        )
    low, high = float(match.group(1)), float(match.group(2))
    if low >= high:
        raise JmError(
            translate("Survey", "The scale {text} must go from low to high, like 1..5.").format(text=text)
        )
    return Scale(low, high)


@dataclass(frozen=True, slots=True)
class PointPlan:
    """One emotion point a survey import will set: a persona's mean score at a stage."""

    persona: str
    stage: str
    score: float  # on the map's scale
    note: str
    n: int


@dataclass(frozen=True, slots=True)
class SurveyResult:
    """What a survey table gives: the points, in order, and the rows refused."""

    points: tuple[PointPlan, ...]  # personas in order of appearance, then stages
    stages: tuple[str, ...]  # in order of appearance
    personas: tuple[str, ...]
    errors: tuple[RowError, ...]
    blank_scores: int  # rows without a score: skipped, not an error (nobody answered)


def guess(table: Table) -> dict[str, int | None]:
    return guess_columns(table.header, SYNONYMS)


def parse_number(text: str) -> float:
    """A score as people type it: “4”, “3.5”, “3,5” (a decimal comma), “ 7 ”."""
    value = text.strip().replace("\u2212", "-")
    if re.fullmatch(r"-?\d+,\d+", value):
        value = value.replace(",", ".")
    try:
        number = float(value)
    except ValueError:
        raise ValidationError(_not_a_number(text)) from None
    if not math.isfinite(number):
        raise ValidationError(_not_a_number(text))
    return number


def _not_a_number(text: str) -> str:
    return translate("Survey", "score “{value}” is not a number.").format(value=text.strip())


def map_score(value: float, source: Scale, target: tuple[int, int]) -> float:
    """Linear: target_min + (value − source_min) × (target_max − target_min) / (source_max − source_min)."""
    lo, hi = target
    return lo + (value - source.low) * (hi - lo) / (source.high - source.low)


def aggregate(
    table: Table, columns: dict[str, int | None], source: Scale | None, target: tuple[int, int]
) -> SurveyResult:
    """Group rows by (persona, stage); ``source`` None means the scores are on the map's scale."""
    missing = [f for f in FIELDS if columns.get(f) is None]
    if missing:
        fields, names = missing_columns(missing, SYNONYMS)
        said = translate("Survey", "no column for {fields} ({names}).").format(fields=fields, names=names)
        return SurveyResult((), (), (), (RowError(1, said),), 0)
    scale = source or Scale(*target)
    groups: dict[tuple[str, str], list[float]] = {}
    stages: dict[str, None] = {}
    personas: dict[str, None] = {}
    errors: list[RowError] = []
    blank = 0
    seen_personas: dict[str, None] = {}
    seen_stages: dict[str, None] = {}
    spelling: dict[str, str] = {}  # case-folded name → its first spelling: “alex” and “Alex” are one
    for row in table.rows:
        raw = {f: row.cell(columns[f]) for f in FIELDS}
        for f in ("persona", "stage"):
            raw[f] = spelling.setdefault(raw[f].strip().casefold(), raw[f].strip())
        seen_personas.setdefault(raw["persona"].strip())  # order of appearance, answered or not
        seen_stages.setdefault(raw["stage"].strip())
        if not raw["score"].strip():
            blank += 1
            continue
        try:
            persona = checked_name(raw["persona"], PERSONA) if raw["persona"].strip() else None
            stage = checked_name(raw["stage"], STAGE) if raw["stage"].strip() else None
            if persona is None or stage is None:
                empty = PERSONA_EMPTY if persona is None else STAGE_EMPTY
                raise ValidationError(translate("Survey", empty))
            score = parse_number(raw["score"])
            if not scale.low <= score <= scale.high:
                outside = OUTSIDE_DECLARED if source else OUTSIDE_MAP
                raise ValidationError(translate("Survey", outside).format(score=_num(score), scale=scale))
        except ValidationError as exc:
            errors.append(RowError(row.number, str(exc)))
            continue
        personas.setdefault(persona)
        stages.setdefault(stage)
        groups.setdefault((persona, stage), []).append(score)
    persona_order = [p for p in seen_personas if p in personas]
    stage_order = [s for s in seen_stages if s in stages]
    points = tuple(
        point_plan(p, s, groups[(p, s)], scale, target)
        for p in persona_order
        for s in stage_order
        if (p, s) in groups
    )
    return SurveyResult(points, tuple(stage_order), tuple(persona_order), tuple(errors), blank)


def point_plan(
    persona: str,
    stage: str,
    scores: list[float],
    scale: Scale,
    target: tuple[int, int],
    source: str = "Survey",
) -> PointPlan:
    """The mean (or NPS) of ``scores`` on the map's scale, with n and the spread in the note;
    ``source`` names where the answers came from (a survey file, the workshop room)."""
    n = len(scores)
    mean = statistics.fmean(scores)
    sd = statistics.stdev(scores) if n > 1 else 0.0
    spread = f"SD {sd:.2f}, min {_num(min(scores))}, max {_num(max(scores))}"
    if scale.nps:
        promoters = sum(1 for s in scores if s >= 9)
        detractors = sum(1 for s in scores if s <= 6)
        nps = 100 * (promoters - detractors) / n
        score = map_score(nps, Scale(-100, 100), target)
        note = (
            f"{source}: NPS {nps:+.0f} (n = {n}: {promoters} promoters, {n - promoters - detractors} "
            f"passives, {detractors} detractors); mean {mean:.2f} on 0..10, {spread}."
        )
    else:
        score = map_score(mean, scale, target)
        note = f"{source}: mean {mean:.2f} on {scale} (n = {n}, {spread})."
    lo, hi = target
    return PointPlan(persona, stage, min(hi, max(lo, round(score, 2))), note, n)


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"
