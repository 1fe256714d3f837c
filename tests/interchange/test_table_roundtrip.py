"""A map exported to CSV or XLSX and imported again is the same map; its export, the same bytes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jmdesigner.interchange import table_writer
from jmdesigner.interchange.table_reader import read_table
from jmdesigner.interchange.tabular_import import ImportOptions, Layout, plan_import
from jmdesigner.model import (
    Card,
    Document,
    Evidence,
    JourneyMap,
    Lane,
    LaneKind,
    MapBundle,
    Stage,
    UndoStack,
    add_bundle,
    bundle_of,
    new_id,
)


def rich_map(multiline: bool = True) -> tuple[Document, str]:
    """Every card field in use, an empty stage, an empty lane, and lanes whose cards start out of order."""
    map_id = new_id()
    stages = tuple(Stage(new_id(), map_id, n) for n in ("Entdecken", "Vergleich", "Leer", "Kauf, online"))
    lanes = (
        Lane(new_id(), map_id, "Touchpoints", LaneKind.TOUCHPOINTS),
        Lane(new_id(), map_id, "Gefühle", LaneKind.EMOTIONS),
        Lane(new_id(), map_id, "Ideen", LaneKind.OPPORTUNITIES),
        Lane(new_id(), map_id, "Leere Bahn", LaneKind.CUSTOM),
        Lane(new_id(), map_id, "Schmerz", LaneKind.PAIN_POINTS),
    )
    s, ln = stages, lanes
    text = 'Preis "ab 9 €"\nunklar' if multiline else 'Preis "ab 9 €"; unklar'
    cards = (
        Card(
            new_id(),
            map_id,
            s[0].id,
            ln[4].id,
            text,
            "#aa3300",
            "Web",
            "Ops",
            Evidence.OBSERVED,
            4,
            ("preis", "web"),
        ),
        Card(new_id(), map_id, s[0].id, ln[4].id, "=SUM(A1:A3)", evidence=Evidence.ASSUMED),
        Card(new_id(), map_id, s[0].id, ln[0].id, "Anzeige, Instagram", channel="Social", votes=100_000),
        Card(new_id(), map_id, s[1].id, ln[2].id, "  leading spaces kept", owner="Team Ω"),
        Card(new_id(), map_id, s[3].id, ln[0].id, "Kasse", evidence=Evidence.PROPOSED, tags=("checkout",)),
        Card(new_id(), map_id, s[3].id, ln[0].id, "", votes=0),
    )
    doc = Document()
    add_bundle(doc, MapBundle(JourneyMap(map_id, "Fahrrad kaufen"), (), stages, lanes, cards, ()))
    return doc, map_id


def export(doc: Document, map_id: str, layout: str, suffix: str) -> bytes:
    rows = (table_writer.long_rows if layout == "long" else table_writer.wide_rows)(doc, map_id)
    if suffix == ".xlsx":
        return table_writer.xlsx_bytes(rows, doc.map(map_id).title)
    return table_writer.csv_bytes(rows)


def reimport(data: bytes, layout: str, suffix: str, tmp_path: Path) -> tuple[Document, str]:
    path = tmp_path / f"Fahrrad kaufen{suffix}"
    path.write_bytes(data)
    doc = Document()
    plan = plan_import(doc, read_table(path), ImportOptions(layout=Layout(layout)))
    assert plan.ok, plan.error_lines()
    return doc, plan.apply(UndoStack(doc))


def content(doc: Document, map_id: str) -> dict[str, Any]:
    """A map's content without ids: what “the same map” means."""
    b = bundle_of(doc, map_id)
    stage, lane = {s.id: s.name for s in b.stages}, {x.id: x.name for x in b.lanes}
    return {
        "title": b.map.title,
        "stages": [replace(s, id="", map_id="") for s in b.stages],
        "lanes": [replace(x, id="", map_id="") for x in b.lanes],
        "cards": [
            replace(c, id="", map_id="", stage_id=stage[c.stage_id], lane_id=lane[c.lane_id]) for c in b.cards
        ],
    }


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_long_layout_round_trips_exactly(tmp_path: Path, suffix: str) -> None:
    doc, map_id = rich_map()
    first = export(doc, map_id, "long", suffix)
    doc2, map2 = reimport(first, "long", suffix, tmp_path)
    assert content(doc2, map2) == content(doc, map_id)
    assert export(doc2, map2, "long", suffix) == first


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_wide_layout_round_trips_stages_lanes_and_texts(tmp_path: Path, suffix: str) -> None:
    doc, map_id = rich_map(multiline=False)
    for card in doc.cards(map_id):  # the wide layout holds texts only: one line each, not blank
        if card.text.strip() != card.text or not card.text or card.text.startswith("="):
            doc.remove_card(card.id)
        else:
            doc.update_card(card.id, colour=None, channel="", owner="", evidence=None, votes=0, tags=())
    first = export(doc, map_id, "wide", suffix)
    doc2, map2 = reimport(first, "wide", suffix, tmp_path)
    assert content(doc2, map2) == content(doc, map_id)
    assert export(doc2, map2, "wide", suffix) == first


def test_the_csv_is_what_a_spreadsheet_user_expects() -> None:
    doc, map_id = rich_map()
    text = table_writer.csv_bytes(table_writer.long_rows(doc, map_id)).decode("utf-8-sig")
    lines = text.split("\r\n")
    assert lines[0] == "Stage,Lane,Kind,Text,Channel,Owner,Evidence,Votes,Tags,Colour"
    assert lines[1] == ",Touchpoints,touchpoints,,,,,,,"  # lanes declared: their cards start out of order
    assert lines[7] == (
        'Entdecken,Schmerz,pain_points,"Preis ""ab 9 €""\nunklar",Web,Ops,observed,4,"preis, web",#aa3300'
    )
    assert "Leer,,,,,,,,," in lines  # the empty stage, where it stands


def test_xlsx_keeps_texts_as_texts_and_is_reproducible(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    doc, map_id = rich_map()
    data = export(doc, map_id, "long", ".xlsx")
    assert export(doc, map_id, "long", ".xlsx") == data
    path = tmp_path / "x.xlsx"
    path.write_bytes(data)
    sheet = load_workbook(path).active
    assert sheet.title == "Fahrrad kaufen"
    formula_cell = next(c for row in sheet.iter_rows() for c in row if c.value == "=SUM(A1:A3)")
    assert formula_cell.data_type == "s"
    assert sheet["A1"].font.bold and sheet.freeze_panes == "A2"


_names = st.text(
    alphabet=st.characters(categories=("L", "N"), include_characters=" -&é€"), min_size=1, max_size=12
)
_texts = st.text(
    alphabet=st.characters(exclude_categories=("Cs", "Cc"), include_characters="\n"), max_size=30
)


@st.composite
def maps(draw: Callable[..., Any]) -> MapBundle:
    map_id = new_id()
    stage_names = draw(st.lists(_names.map(str.strip).filter(bool), min_size=1, max_size=4, unique=True))
    lane_names = draw(st.lists(_names.map(str.strip).filter(bool), min_size=1, max_size=4, unique=True))
    stages = tuple(Stage(new_id(), map_id, n) for n in stage_names)
    kinds = [k for k in LaneKind if k is not LaneKind.EMOTIONS]
    lanes = tuple(Lane(new_id(), map_id, n, draw(st.sampled_from(kinds))) for n in lane_names)
    cards = tuple(
        Card(
            new_id(),
            map_id,
            draw(st.sampled_from(stages)).id,
            draw(st.sampled_from(lanes)).id,
            draw(_texts).replace("\r", ""),
            evidence=draw(st.sampled_from([None, *Evidence])),
            votes=draw(st.integers(0, 1000)),
            tags=tuple(draw(st.lists(_names.map(str.strip).filter(bool), max_size=3))),
        )
        for _ in range(draw(st.integers(0, 8)))
    )
    return MapBundle(JourneyMap(map_id, "Generated"), (), stages, lanes, cards, ())


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(bundle=maps())
def test_any_map_round_trips_through_long_csv(tmp_path: Path, bundle: MapBundle) -> None:
    doc = Document()
    add_bundle(doc, bundle)
    first = export(doc, bundle.map.id, "long", ".csv")
    doc2, map2 = reimport(first, "long", ".csv", tmp_path)
    assert content(doc2, map2) == dict(content(doc, bundle.map.id), title="Fahrrad kaufen")
    assert export(doc2, map2, "long", ".csv") == first


def _with_moments(doc: Document, map_id: str) -> None:
    for card in doc.cards(map_id):
        if card.text in ("Kasse", "=SUM(A1:A3)"):
            doc.update_card(card.id, moment_of_truth=True)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_moments_of_truth_round_trip_in_the_long_layout(tmp_path: Path, suffix: str) -> None:
    doc, map_id = rich_map()
    _with_moments(doc, map_id)
    first = export(doc, map_id, "long", suffix)
    doc2, map2 = reimport(first, "long", suffix, tmp_path)
    assert sorted(c.text for c in doc2.cards(map2) if c.moment_of_truth) == ["=SUM(A1:A3)", "Kasse"]
    assert content(doc2, map2) == content(doc, map_id)
    assert export(doc2, map2, "long", suffix) == first


def test_the_moment_of_truth_column_is_there_only_for_a_map_that_marks_one() -> None:
    doc, map_id = rich_map()
    assert "Moment of truth" not in table_writer.long_rows(doc, map_id)[0]
    _with_moments(doc, map_id)
    rows = table_writer.long_rows(doc, map_id)
    assert rows[0][-1] == "Moment of truth"
    assert sorted(row[3] for row in rows[1:] if row[-1] == "yes") == ["=SUM(A1:A3)", "Kasse"]
    assert all(row[-1] in ("", "yes") for row in rows[1:])


def test_a_moment_of_truth_cell_that_is_neither_yes_nor_empty_is_named_by_its_row(tmp_path: Path) -> None:
    path = tmp_path / "sheet.csv"
    path.write_text("Stage,Lane,Text,Moment of truth\nKauf,Schmerz,Kasse,ja\nKauf,Schmerz,Warten,maybe\n")
    plan = plan_import(Document(), read_table(path), ImportOptions(layout=Layout.LONG))
    assert not plan.ok
    assert "row 3" in "\n".join(plan.error_lines()) and "maybe" in "\n".join(plan.error_lines())
