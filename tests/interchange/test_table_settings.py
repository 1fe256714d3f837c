"""A lane's colour, height and folded state, a stage's width and description, and the personas' curves
survive a spreadsheet.

A consultant exports a map, edits words in Excel or LibreOffice and imports it back: the map must
come back as it looked, not re-styled. Older sheets (without these columns) import as before, and a
bad value in one of them is named by its row and column, and nothing is imported.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jmdesigner.interchange import long_layout, table_writer
from jmdesigner.interchange.table_reader import read_table
from jmdesigner.interchange.tabular_import import ImportOptions, Layout, guess_layout, plan_import
from jmdesigner.model import (
    Card,
    Document,
    EmotionPoint,
    Evidence,
    JourneyMap,
    Lane,
    LaneKind,
    MapBundle,
    Persona,
    Stage,
    UndoStack,
    add_bundle,
    bundle_of,
    new_id,
)
from jmdesigner.model.entities import DEFAULT_STAGE_WIDTH
from tests.interchange.test_table_roundtrip import content, export, reimport, rich_map

SETTINGS_HEADERS = ["Lane colour", "Lane height", "Lane folded", "Stage width", "Stage description"]
CURVE_HEADERS = ["Persona", "Score", "Scale", "Persona colour"]


def whole(doc: Document, map_id: str) -> dict[str, Any]:
    """``content`` and the curves: the scale, the personas shown (legend order) and their points."""
    b = bundle_of(doc, map_id)
    persona, stage = {p.id: p.name for p in b.personas}, {s.id: s.name for s in b.stages}
    return {
        **content(doc, map_id),
        "scale": (b.map.scale_min, b.map.scale_max) if b.personas else None,  # it travels with the curves
        "personas": [(p.name, p.colour) for p in b.personas],
        "points": sorted(
            (persona[p.persona_id], stage[p.stage_id], p.score, p.note, p.evidence) for p in b.points
        ),
    }


def with_curves(doc: Document, map_id: str) -> tuple[Persona, Persona, Persona]:
    """Three personas on a 1..7 map, shown in the order Bo, Alex, Cy; Cy has no points yet."""
    alex, bo, cy = (
        Persona(new_id(), "Alex", colour="#123456"),
        Persona(new_id(), "Bo"),
        Persona(new_id(), "Cy"),
    )
    for p in (alex, bo, cy):
        doc.add_persona(p)
    doc.update_map(map_id, scale_min=1, scale_max=7)
    for p in (bo, alex, cy):
        doc.attach_persona(map_id, p.id)
    s = doc.stages(map_id)
    doc.set_emotion(EmotionPoint(new_id(), map_id, alex.id, s[0].id, 6.5, "froh\nsehr", Evidence.OBSERVED))
    doc.set_emotion(EmotionPoint(new_id(), map_id, alex.id, s[3].id, 2))
    doc.set_emotion(EmotionPoint(new_id(), map_id, bo.id, s[1].id, 1.25, "=wütend", Evidence.ASSUMED))
    return alex, bo, cy


def styled_map() -> tuple[Document, str]:
    """The round-trip map with every lane and stage setting in use (and cards with colours and marks)."""
    doc, map_id = rich_map()
    lanes = {lane.name: lane for lane in doc.lanes(map_id)}
    doc.update_lane(lanes["Touchpoints"].id, colour="#1a2b3c", height=120.0)
    doc.update_lane(lanes["Schmerz"].id, collapsed=True, colour="#ffeedd")
    doc.update_lane(lanes["Leere Bahn"].id, collapsed=True, height=87.5)
    doc.update_lane(lanes["Gefühle"].id, height=200.0)
    stages = {s.name: s for s in doc.stages(map_id)}
    doc.update_stage(stages["Entdecken"].id, width=320.0, description="Wo alles beginnt,\nauf dem Sofa")
    doc.update_stage(stages["Leer"].id, width=96.25)
    for card in doc.cards(map_id):
        if card.text == "Kasse":
            doc.update_card(card.id, moment_of_truth=True, colour="#00aa00")
    return doc, map_id


# Each setting alone, on the lane or stage it is set on: a map that uses only it round-trips.
SETTINGS: list[tuple[str, str, dict[str, Any]]] = [
    ("lane", "Touchpoints", {"colour": "#1a2b3c"}),
    ("lane", "Touchpoints", {"height": 120.0}),
    ("lane", "Leere Bahn", {"height": 2000.0}),
    ("lane", "Schmerz", {"collapsed": True}),
    ("lane", "Gefühle", {"collapsed": True}),  # the emotions lane, declared without cards
    ("stage", "Leer", {"width": 80.0}),  # a stage without cards
    ("stage", "Kauf, online", {"width": 1234.5}),
    ("stage", "Vergleich", {"description": "=Vergleich\n- zwei Zeilen"}),
]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
@pytest.mark.parametrize(("what", "name", "changes"), SETTINGS)
def test_each_setting_round_trips(
    tmp_path: Path, suffix: str, what: str, name: str, changes: dict[str, Any]
) -> None:
    doc, map_id = rich_map()
    if what == "lane":
        doc.update_lane(next(x.id for x in doc.lanes(map_id) if x.name == name), **changes)
    else:
        doc.update_stage(next(x.id for x in doc.stages(map_id) if x.name == name), **changes)
    first = export(doc, map_id, "long", suffix)
    doc2, map2 = reimport(first, "long", suffix, tmp_path)
    assert content(doc2, map2) == content(doc, map_id)
    assert export(doc2, map2, "long", suffix) == first


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_styled_map_comes_back_as_it_looked(tmp_path: Path, suffix: str) -> None:
    doc, map_id = styled_map()
    first = export(doc, map_id, "long", suffix)
    doc2, map2 = reimport(first, "long", suffix, tmp_path)
    assert content(doc2, map2) == content(doc, map_id)
    folded = [x.name for x in doc2.lanes(map2) if x.collapsed]
    assert folded == ["Leere Bahn", "Schmerz"]
    assert export(doc2, map2, "long", suffix) == first


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_the_personas_curves_come_back(tmp_path: Path, suffix: str) -> None:
    doc, map_id = styled_map()
    with_curves(doc, map_id)
    first = export(doc, map_id, "long", suffix)
    doc2, map2 = reimport(first, "long", suffix, tmp_path)
    assert whole(doc2, map2) == whole(doc, map_id)
    assert whole(doc2, map2)["personas"] == [("Bo", "#3366cc"), ("Alex", "#123456"), ("Cy", "#3366cc")]
    assert export(doc2, map2, "long", suffix) == first


def test_the_exported_workbook_reads_as_a_person_would_edit_it(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    doc, map_id = styled_map()
    path = tmp_path / "styled.xlsx"
    path.write_bytes(export(doc, map_id, "long", ".xlsx"))
    sheet = load_workbook(path).active
    header = [c.value for c in sheet[1]]
    assert header[-5:] == SETTINGS_HEADERS
    col = {h: i for i, h in enumerate(header)}
    rows = [[c.value for c in r] for r in sheet.iter_rows(min_row=2)]
    lane_rows = {r[1]: r for r in rows if r[1] and not r[0]}  # the lanes' declaration rows
    assert lane_rows["Touchpoints"][col["Lane colour"]] == "#1a2b3c"
    assert lane_rows["Touchpoints"][col["Lane height"]] == 120  # a number a person can change
    assert lane_rows["Schmerz"][col["Lane folded"]] == "yes"
    assert lane_rows["Ideen"][col["Lane folded"]] == "no"
    assert lane_rows["Ideen"][col["Lane colour"]] is None and lane_rows["Ideen"][col["Lane height"]] is None
    entdecken = [r for r in rows if r[0] == "Entdecken"]
    assert {r[col["Stage width"]] for r in entdecken} == {320}  # repeated on each row of the stage
    assert {r[col["Stage description"]] for r in entdecken} == {"Wo alles beginnt,\nauf dem Sofa"}
    assert next(r for r in rows if r[0] == "Leer")[col["Stage width"]] == 96.25
    kasse = next(r for r in rows if r[3] == "Kasse")
    assert kasse[col["Colour"]] == "#00aa00" and kasse[col["Moment of truth"]] == "yes"


def test_curve_rows_follow_the_cards_in_legend_order(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    doc, map_id = rich_map()
    with_curves(doc, map_id)
    path = tmp_path / "curves.xlsx"
    path.write_bytes(export(doc, map_id, "long", ".xlsx"))
    sheet = load_workbook(path).active
    header = [c.value for c in sheet[1]]
    assert header[-4:] == CURVE_HEADERS
    curve_rows = [[c.value for c in r] for r in sheet.iter_rows(min_row=2) if r[-4].value]
    assert [(r[0], r[1], r[3], r[6], *r[-4:]) for r in curve_rows] == [
        ("Vergleich", "Gefühle", "=wütend", "assumed", "Bo", 1.25, "1..7", "#3366cc"),
        ("Entdecken", "Gefühle", "froh\nsehr", "observed", "Alex", 6.5, "1..7", "#123456"),
        ("Kauf, online", "Gefühle", None, None, "Alex", 2, "1..7", "#123456"),
        (None, None, None, None, "Cy", None, "1..7", "#3366cc"),  # shown, no points yet
    ]


def test_only_the_settings_a_map_uses_get_a_column() -> None:
    doc, map_id = rich_map()
    assert not set(SETTINGS_HEADERS) & set(table_writer.long_rows(doc, map_id)[0])
    doc.update_lane(doc.lanes(map_id)[0].id, collapsed=True)
    header = table_writer.long_rows(doc, map_id)[0]
    assert [h for h in header if h in SETTINGS_HEADERS] == ["Lane folded"]


_colours = st.none() | st.from_regex(r"#[0-9a-f]{6}", fullmatch=True)
_heights = st.none() | st.floats(40, 2000, allow_nan=False).map(lambda x: round(x, 2))
_widths = st.floats(80, 2000, allow_nan=False).map(lambda x: round(x, 2))
_descriptions = st.text(
    alphabet=st.characters(exclude_categories=("Cs", "Cc"), include_characters="\n"), max_size=30
).map(lambda t: t if t.strip() else "")  # a blank cell says nothing


@st.composite
def styled_maps(draw: Callable[..., Any]) -> MapBundle:
    map_id = new_id()
    stages = tuple(
        Stage(new_id(), map_id, f"S{i}", draw(_descriptions), draw(_widths))
        for i in range(draw(st.integers(1, 3)))
    )
    lanes = tuple(
        Lane(
            new_id(),
            map_id,
            f"L{i}",
            LaneKind.EMOTIONS if i == 2 else LaneKind.CUSTOM,
            draw(_colours),
            draw(_heights),
            draw(st.booleans()),
        )
        for i in range(draw(st.integers(1, 3)))
    )
    cards = tuple(
        Card(new_id(), map_id, draw(st.sampled_from(stages)).id, lane.id, f"c{n}")
        for n in range(draw(st.integers(0, 4)))
        for lane in [draw(st.sampled_from(lanes[:2]))]
    )
    lo = draw(st.integers(-10, 3))
    hi = draw(st.integers(lo + 1, 12))
    personas = tuple(
        Persona(new_id(), name, colour=draw(st.from_regex(r"#[0-9a-f]{6}", fullmatch=True)))
        for name in draw(st.lists(st.sampled_from(["Alex", "Bo", "Ça", "Dee"]), max_size=3, unique=True))
    )
    points = tuple(
        EmotionPoint(
            new_id(),
            map_id,
            persona.id,
            stage.id,
            draw(st.floats(lo, hi).map(lambda x: min(hi, max(lo, round(x, 2))))),
            draw(_descriptions),
            draw(st.sampled_from([None, *Evidence])),
        )
        for persona in personas
        for stage in stages
        if draw(st.booleans())
    )
    jmap = JourneyMap(
        map_id, "Fahrrad kaufen", scale_min=lo, scale_max=hi, persona_ids=tuple(p.id for p in personas)
    )
    return MapBundle(jmap, personas, stages, lanes, cards, points)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(bundle=styled_maps(), suffix=st.sampled_from([".csv", ".xlsx"]))
def test_any_settings_and_curves_round_trip(tmp_path: Path, bundle: MapBundle, suffix: str) -> None:
    doc = Document()
    for persona in bundle.personas:
        doc.add_persona(persona)
    add_bundle(doc, bundle)
    first = export(doc, bundle.map.id, "long", suffix)
    doc2, map2 = reimport(first, "long", suffix, tmp_path)
    assert whole(doc2, map2) == whole(doc, bundle.map.id)
    assert export(doc2, map2, "long", suffix) == first


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_width_is_written_to_a_hundredth(tmp_path: Path, suffix: str) -> None:
    doc, map_id = rich_map()
    doc.update_stage(doc.stages(map_id)[0].id, width=100.68917198105737)
    doc2, map2 = reimport(export(doc, map_id, "long", suffix), "long", suffix, tmp_path)
    assert doc2.stages(map2)[0].width == 100.69


def _plan(tmp_path: Path, text: str, doc: Document | None = None, **options: Any):
    path = tmp_path / "sheet.csv"
    path.write_text(text, encoding="utf-8")
    return plan_import(doc or Document(), read_table(path), ImportOptions(layout=Layout.LONG, **options))


def test_an_older_sheet_imports_as_before(tmp_path: Path) -> None:
    plan = _plan(tmp_path, "Stage,Lane,Kind,Text,Colour\nKauf,Schmerz,pain_points,Kasse,#AA3300\n,Leer,,,\n")
    assert plan.ok and not plan.warnings
    doc = Document()
    map_id = plan_import(doc, read_table(tmp_path / "sheet.csv"), ImportOptions()).apply(UndoStack(doc))
    lanes = doc.lanes(map_id)
    assert [(x.name, x.colour, x.height, x.collapsed) for x in lanes] == [
        ("Schmerz", None, None, False),
        ("Leer", None, None, False),
    ]
    assert [(s.width, s.description) for s in doc.stages(map_id)] == [(DEFAULT_STAGE_WIDTH, "")]
    assert doc.cards(map_id)[0].colour == "#aa3300"


def test_values_a_person_types_are_read(tmp_path: Path) -> None:
    doc = Document()
    sheet = (
        "Stage,Lane,Text,Lane color,Lane height,Folded,Stage width\n"
        'Kauf,Schmerz,Kasse,AABBCC,"120,5",Ja,300\n'
        "Kauf,Schmerz,Warten,#aabbcc,120.5,x,\n"  # the same values, spelled otherwise; blank says nothing
        "Kauf,Ideen,Mehr,,,no,\n"
    )
    map_id = _plan(tmp_path, sheet, doc).apply(UndoStack(doc))
    lanes = {x.name: x for x in doc.lanes(map_id)}
    assert (lanes["Schmerz"].colour, lanes["Schmerz"].height, lanes["Schmerz"].collapsed) == (
        "#aabbcc",
        120.5,
        True,
    )
    assert (lanes["Ideen"].colour, lanes["Ideen"].collapsed) == (None, False)
    assert doc.stages(map_id)[0].width == 300.0


@pytest.mark.parametrize(
    ("row", "said"),
    [
        ("Kauf,Schmerz,Kasse,blue,,,", "“blue” in column D (Lane colour) is not a colour like #1a2b3c."),
        ("Kauf,Schmerz,Kasse,,,maybe,", "“maybe” in column F (Lane folded) is not yes or no."),
        ("Kauf,Schmerz,Kasse,,10,,", "“10” in column E (Lane height) is not a number from 40 to 2,000."),
        ("Kauf,Schmerz,Kasse,,,,wide", "“wide” in column G (Stage width) is not a number from 80 to 2,000."),
        ("Kauf,Schmerz,Kasse,,,,nan", "“nan” in column G (Stage width) is not a number from 80 to 2,000."),
        (",Schmerz,,,,,300", "the stage cell is empty, so column G (Stage width) has no stage to set."),
        ("Kauf,,,#112233,,,", "the lane cell is empty, so column D (Lane colour) has no lane to set."),
    ],
)
def test_a_bad_setting_is_named_by_row_and_column_and_nothing_is_imported(
    tmp_path: Path, row: str, said: str
) -> None:
    header = "Stage,Lane,Text,Lane colour,Lane height,Lane folded,Stage width\n"
    plan = _plan(tmp_path, header + row + "\nKauf,Schmerz,Gut,,,,\n")
    assert plan.error_lines() == [f"row 2: {said}"]
    assert not plan.commands


def test_rows_of_one_lane_that_disagree_are_an_error_naming_both(tmp_path: Path) -> None:
    sheet = (
        "Stage,Lane,Text,Lane folded,Lane colour\n"
        "Kauf,Schmerz,Kasse,yes,#112233\n"
        "Kauf,Schmerz,Warten,no,#112233\n"
        "Kauf,Ideen,Mehr,,\n"
    )
    plan = _plan(tmp_path, sheet)
    said = "row 3: “Schmerz” has “no” in column D (Lane folded) here but “yes” on row 2."
    assert plan.error_lines() == [said]


def test_settings_of_a_lane_already_in_the_map_are_ignored_and_noted(tmp_path: Path) -> None:
    doc, map_id = rich_map()
    sheet = (
        "Stage,Lane,Text,Lane folded,Stage width\n"
        "Entdecken,Schmerz,Neu,yes,500\n"
        "Entdecken,Schmerz,Neu 2,yes,500\n"
        "Neu,Neue Bahn,Karte,yes,500\n"
    )
    plan = _plan(tmp_path, sheet, doc, target_map_id=map_id)
    assert plan.ok
    assert plan.warnings == [
        "row 2: “Schmerz” is already in the map, so column D (Lane folded) (yes) is ignored.",
        "row 2: “Entdecken” is already in the map, so column E (Stage width) (500) is ignored.",
    ]
    plan.apply(UndoStack(doc))
    lanes = {x.name: x for x in doc.lanes(map_id)}
    assert not lanes["Schmerz"].collapsed and lanes["Neue Bahn"].collapsed
    widths = {s.name: s.width for s in doc.stages(map_id)}
    assert widths["Entdecken"] == DEFAULT_STAGE_WIDTH and widths["Neu"] == 500.0


def test_columns_chosen_by_hand_still_bring_the_settings(tmp_path: Path) -> None:
    """The import form maps the card fields; the settings' columns are found by their headers."""
    doc, map_id = styled_map()
    path = tmp_path / "styled.csv"
    path.write_bytes(export(doc, map_id, "long", ".csv"))
    table = read_table(path)
    chosen = {f: c for f, c in long_layout.guess(table).items() if f in long_layout.FIELDS}
    doc2 = Document()
    plan = plan_import(doc2, table, ImportOptions(layout=Layout.LONG, columns=chosen))
    assert plan.ok and not plan.warnings
    map2 = plan.apply(UndoStack(doc2))
    assert content(doc2, map2) == replace_title(content(doc, map_id), "styled")


def replace_title(c: dict[str, Any], title: str) -> dict[str, Any]:
    return {**c, "title": title}


def test_a_card_row_of_the_emotions_lane_is_still_refused(tmp_path: Path) -> None:
    plan = _plan(tmp_path, "Stage,Lane,Kind,Text,Lane folded\nKauf,Gefühle,emotions,Karte,yes\n")
    assert plan.error_lines() == ["row 2: “Gefühle” is the emotions lane: it shows curves, not cards."]


CURVES = "Stage,Lane,Kind,Text,Channel,Persona,Score,Scale,Persona colour\n"


@pytest.mark.parametrize(
    ("row", "said"),
    [
        ("Kauf,Gefühle,emotions,,,Alex,sad,,", "“sad” in column G (Score) is not a number."),
        ("Kauf,Gefühle,emotions,,,Alex,9,,", "“9” in column G (Score) is outside the scale -5..5."),
        ("Kauf,Gefühle,emotions,,,Alex,3,1-7,", "“1-7” in column H (Scale) is not a scale like -5..5."),
        ("Kauf,Gefühle,emotions,,,Alex,3,7..1,", "“7..1” in column H (Scale) is not a scale like -5..5."),
        (
            "Kauf,Gefühle,emotions,,,Alex,3,,red",
            "“red” in column I (Persona colour) is not a colour like #1a2b3c.",
        ),
        ("Kauf,Gefühle,emotions,,,,3,,", "the score in column G (Score) has no persona."),
        (",,,,,Alex,3,,", "the stage cell is empty, so the score has no place."),
        (
            "Kauf,Gefühle,emotions,,Web,Alex,3,,",
            "column E (Channel) is for cards, and a row with a score is a point of a curve.",
        ),
        ("Kauf,Gefühle,emotions,,,Alex,2,,", "“Alex” has a score at stage “Kauf” on row 2 already."),
        (
            "Suche,Gefühle,emotions,,,Alex,2,,#000000",
            "“Alex” has “#000000” in column I (Persona colour) here but “#ABCDEF” on row 2.",
        ),
    ],
)
def test_a_bad_curve_row_is_named_by_row_and_column_and_nothing_is_imported(
    tmp_path: Path, row: str, said: str
) -> None:
    plan = _plan(tmp_path, CURVES + "Kauf,Gefühle,emotions,,,Alex,1,,#ABCDEF\n" + row + "\n")
    assert plan.error_lines() == [f"row 3: {said}"]
    assert not plan.commands


def test_a_sheet_of_curves_alone_makes_personas_points_and_an_emotions_lane(tmp_path: Path) -> None:
    doc = Document()
    sheet = 'Stage,Lane,Text,Persona,Score,Scale\nKauf,,endlich,alex,"6,5",1..7\nSuche,,,Alex,2,\n,,,Bo,,\n'
    plan = _plan(tmp_path, sheet, doc)
    assert plan.ok and plan.summary() == (
        "Will create 2 stages, 1 lane, 2 personas and 2 emotion points in the new map “sheet”."
    )
    map_id = plan.apply(UndoStack(doc))
    assert [(x.name, x.kind) for x in doc.lanes(map_id)] == [("Emotions", LaneKind.EMOTIONS)]
    assert whole(doc, map_id)["points"] == [
        ("alex", "Kauf", 6.5, "endlich", None),
        ("alex", "Suche", 2.0, "", None),
    ]
    assert [p.name for p in bundle_of(doc, map_id).personas] == ["alex", "Bo"]
    assert (doc.map(map_id).scale_min, doc.map(map_id).scale_max) == (1, 7)


def test_a_persona_of_the_document_is_reused_and_keeps_its_colour(tmp_path: Path) -> None:
    doc, map_id = rich_map()
    alex = doc.add_persona(Persona(new_id(), "Alex", colour="#112233"))
    sheet = CURVES + "Entdecken,Gefühle,emotions,,,ALEX,3,1..7,#ffffff\n"
    plan = _plan(tmp_path, sheet, doc, target_map_id=map_id)
    assert plan.ok
    assert plan.warnings == [
        "row 2: the map's scale is -5..5, so column H (Scale) (1..7) is ignored.",
        "row 2: the persona “Alex” is already in the document, "
        "so column I (Persona colour) (#ffffff) is ignored.",
    ]
    plan.apply(UndoStack(doc))
    assert [p.id for p in bundle_of(doc, map_id).personas] == [alex.id]
    assert doc.persona(alex.id).colour == "#112233" and len(doc.personas()) == 1


def test_an_export_with_curves_is_guessed_as_cards_and_a_survey_as_scores(tmp_path: Path) -> None:
    doc, map_id = rich_map()
    with_curves(doc, map_id)
    path = tmp_path / "curves.csv"
    path.write_bytes(export(doc, map_id, "long", ".csv"))
    assert guess_layout(read_table(path)) is Layout.LONG
    path.write_text("Persona,Stage,Score\nAlex,Kauf,4\n")
    assert guess_layout(read_table(path)) is Layout.EMOTIONS
    path.write_text(",Kauf,Suche\nIdeen,a,b\n")
    assert guess_layout(read_table(path)) is Layout.WIDE


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_the_wide_layout_keeps_the_lanes_look(tmp_path: Path, suffix: str) -> None:
    doc, map_id = styled_map()
    for card in doc.cards(map_id):  # the wide layout holds texts only: one line each, not blank
        if card.text.strip() != card.text or not card.text or "\n" in card.text or card.text.startswith("="):
            doc.remove_card(card.id)
        else:
            doc.update_card(
                card.id,
                colour=None,
                channel="",
                owner="",
                evidence=None,
                votes=0,
                tags=(),
                moment_of_truth=False,
            )
    for stage in doc.stages(map_id):  # nor a stage's look
        doc.update_stage(stage.id, width=DEFAULT_STAGE_WIDTH, description="")
    first = export(doc, map_id, "wide", suffix)
    assert table_writer.wide_rows(doc, map_id)[0][:5] == ["Lane", "Kind", *SETTINGS_HEADERS[:3]]
    doc2, map2 = reimport(first, "wide", suffix, tmp_path)
    assert content(doc2, map2) == content(doc, map_id)
    assert export(doc2, map2, "wide", suffix) == first


def test_a_bad_lane_setting_in_the_wide_layout_is_named_by_row_and_column(tmp_path: Path) -> None:
    path = tmp_path / "wide.csv"
    path.write_text("Lane,Kind,Lane folded,Aware,Buy\nIdeas,,maybe,a,b\nPains,,yes,c,\n")
    plan = plan_import(Document(), read_table(path), ImportOptions(layout=Layout.WIDE))
    assert plan.error_lines() == ["row 2: “maybe” in column C (Lane folded) is not yes or no."]
    path.write_text("Lane,Kind,Aware,Folded\nIdeas,,a,b\n")  # a stage may be called “Folded”
    doc = Document()
    map_id = plan_import(doc, read_table(path), ImportOptions(layout=Layout.WIDE)).apply(UndoStack(doc))
    assert [s.name for s in doc.stages(map_id)] == ["Aware", "Folded"]


def test_a_sheet_of_cards_that_names_personas_stays_a_sheet_of_cards(tmp_path: Path) -> None:
    """Curves need both a Persona and a Score column; a card row naming a persona stays a card."""
    plan = _plan(tmp_path, "Stage,Lane,Text,Persona\nKauf,Touchpoints,Kasse,Alex\n")
    assert plan.ok and plan.cards == 1 and plan.personas == 0
    assert plan.warnings == ["Columns not imported: “Persona”"]
    plan = _plan(tmp_path, CURVES + "Kauf,Touchpoints,touchpoints,Kasse,Web,Alex,,,\n,,,,,Bo,,,\n")
    assert plan.ok and (plan.cards, plan.personas, plan.points) == (1, 1, 0)
