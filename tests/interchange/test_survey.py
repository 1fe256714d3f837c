"""Survey scores from many respondents become one honest emotion point per persona and stage."""

from __future__ import annotations

import csv
import statistics
from pathlib import Path

import pytest

from jmdesigner.errors import JmError
from jmdesigner.interchange.survey import Scale, map_score, parse_scale
from jmdesigner.interchange.table_reader import read_table, table_from_rows
from jmdesigner.interchange.tabular_import import ImportOptions, Layout, plan_import
from jmdesigner.model import Document, Evidence, JourneyMap, LaneKind, MapBundle, UndoStack, bundle_of, new_id
from jmdesigner.model import commands as cmd

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "tabular"


def raw_scores(name: str, persona_col: str, stage_col: str, score_col: str, delimiter: str = ",") -> dict:
    """The fixture read with nothing but the csv module, as the independent expectation."""
    groups: dict[tuple[str, str], list[float]] = {}
    with (FIXTURES / name).open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter=delimiter):
            if row[score_col].strip():
                groups.setdefault((row[persona_col], row[stage_col]), []).append(float(row[score_col]))
    return groups


def test_two_hundred_respondents_on_1_to_5_become_means_on_the_map_scale() -> None:
    doc = Document()
    table = read_table(FIXTURES / "survey-200-respondents.csv")
    options = ImportOptions(layout=Layout.EMOTIONS, scale=parse_scale("1..5"), new_title="Survey")
    plan = plan_import(doc, table, options)
    assert plan.ok, plan.error_lines()
    assert plan.summary() == (
        "Will create 5 stages, 1 lane, 3 personas and 15 emotion points in the new map “Survey”."
    )
    groups = raw_scores("survey-200-respondents.csv", "persona", "stage", "score")
    assert plan.warnings == [f"{1000 - sum(len(v) for v in groups.values())} rows without a score skipped."]
    map_id = plan.apply(UndoStack(doc))
    b = bundle_of(doc, map_id)
    assert [p.name for p in b.personas] == ["Family", "Student", "Commuter"]  # order of appearance
    assert [s.name for s in b.stages] == [
        "Découverte",
        "Comparaison",
        "Achat",
        "Livraison",
        "Service après-vente",
    ]
    assert [(lane.name, lane.kind) for lane in b.lanes] == [("Emotions", LaneKind.EMOTIONS)]
    names = {p.id: p.name for p in b.personas} | {s.id: s.name for s in b.stages}
    assert len(b.points) == 15
    for point in b.points:
        scores = groups[(names[point.persona_id], names[point.stage_id])]
        mean = statistics.fmean(scores)
        assert point.score == round(-5 + (mean - 1) * 10 / 4, 2)
        assert point.evidence is Evidence.OBSERVED
        assert f"mean {mean:.2f} on 1..5 (n = {len(scores)}, SD {statistics.stdev(scores):.2f}" in point.note
    assert sum(int(p.note.split("n = ")[1].split(",")[0]) for p in b.points) == sum(map(len, groups.values()))


def test_nps_is_promoters_minus_detractors_mapped_from_minus_100_to_100() -> None:
    doc = Document()
    jmap = JourneyMap(new_id(), "Service", scale_min=-2, scale_max=2)
    UndoStack(doc).push(cmd.add_map(MapBundle(jmap, (), (), (), (), ())))
    table = read_table(FIXTURES / "survey-nps.csv")
    plan = plan_import(doc, table, ImportOptions(Layout.EMOTIONS, jmap.id, scale=parse_scale("NPS")))
    assert plan.ok, plan.error_lines()
    plan.apply(UndoStack(doc))
    groups = raw_scores("survey-nps.csv", "Segment", "Phase", "NPS", delimiter=";")
    names = {p.id: p.name for p in doc.personas()} | {s.id: s.name for s in doc.stages(jmap.id)}
    points = doc.emotion_points(jmap.id)
    assert len(points) == 6
    for point in points:
        scores = groups[(names[point.persona_id], names[point.stage_id])]
        promoters, detractors = sum(s >= 9 for s in scores), sum(s <= 6 for s in scores)
        nps = 100 * (promoters - detractors) / len(scores)
        assert point.score == round(-2 + (nps + 100) * 4 / 200, 2)
        assert point.note.startswith(f"Survey: NPS {nps:+.0f} (n = {len(scores)}: {promoters} promoters")


def test_scores_outside_the_declared_scale_are_row_errors() -> None:
    doc = Document()
    plan = plan_import(
        doc,
        read_table(FIXTURES / "broken-survey.csv"),
        ImportOptions(Layout.EMOTIONS, scale=parse_scale("1..5")),
    )
    assert plan.error_lines() == [
        "row 4: score 7 is outside the declared scale 1..5.",
        "row 5: score “n/a” is not a number.",
        "row 6: score 0 is outside the declared scale 1..5.",
    ]
    assert plan.commands == [] and doc.maps() == []


def test_without_a_scale_scores_must_already_fit_the_map() -> None:
    rows = [
        ["Persona", "Stage", "Score"],
        ["Ana", "Buy", "-4,5"],
        ["Ana", "Buy", "-3.5"],
        ["Ben", "Buy", "8"],
    ]
    plan = plan_import(Document(), table_from_rows("s.csv", rows), ImportOptions(Layout.EMOTIONS))
    assert plan.error_lines() == [
        "row 4: score 8 is outside the map's scale -5..5; say which scale the survey uses (for example 1..5)."
    ]
    doc = Document()
    plan = plan_import(doc, table_from_rows("s.csv", rows[:3]), ImportOptions(Layout.EMOTIONS))
    map_id = plan.apply(UndoStack(doc))
    (point,) = doc.emotion_points(map_id)
    assert point.score == -4.0  # “-4,5” is a decimal comma
    assert point.note == "Survey: mean -4.00 on -5..5 (n = 2, SD 0.71, min -4.5, max -3.5)."


def test_importing_scores_again_replaces_the_points_and_reuses_personas() -> None:
    doc = Document()
    rows = [["Persona", "Stage", "Score"], ["Ana", "Buy", "4"]]
    first = plan_import(
        doc, table_from_rows("s.csv", rows), ImportOptions(Layout.EMOTIONS, scale=Scale(1, 5))
    )
    map_id = first.apply(UndoStack(doc))
    again = plan_import(
        doc,
        table_from_rows("s.csv", [*rows[:1], ["Ana", "Buy", "2"]]),
        ImportOptions(Layout.EMOTIONS, map_id, scale=Scale(1, 5)),
    )
    assert again.warnings == ["1 emotion point already on the map will be replaced."]
    assert again.summary() == "Will create 1 emotion point in the map “s”."
    again.apply(UndoStack(doc))
    assert [p.score for p in doc.emotion_points(map_id)] == [-2.5]
    assert len(doc.personas()) == 1


@pytest.mark.parametrize(
    ("value", "source", "target", "expected"),
    [
        (1, "1..5", (-5, 5), -5),
        (5, "1..5", (-5, 5), 5),
        (3, "1..5", (-5, 5), 0),
        (7.5, "0..10", (-3, 3), 1.5),
    ],
)
def test_linear_mapping(value: float, source: str, target: tuple[int, int], expected: float) -> None:
    assert map_score(value, parse_scale(source), target) == pytest.approx(expected)


@pytest.mark.parametrize("text", ["5..1", "one to five", "", "3"])
def test_bad_scales_are_explained(text: str) -> None:
    with pytest.raises(JmError, match="scale"):
        parse_scale(text)
