"""Spreadsheet imports: the map they make, the row-numbered reports, all or nothing, one undo step."""

from __future__ import annotations

from pathlib import Path

import pytest

from jmdesigner.errors import JmError
from jmdesigner.interchange.table_reader import read_table, table_from_rows
from jmdesigner.interchange.tabular_import import ImportOptions, Layout, plan_import
from jmdesigner.model import Document, Evidence, LaneKind, UndoStack, bundle_of
from jmdesigner.storage.jmapfile import JmapFile
from tests.builders import populated

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "tabular"


def imported(doc: Document, name: str, **options: object) -> str:
    plan = plan_import(doc, read_table(FIXTURES / name), ImportOptions(**options))  # type: ignore[arg-type]
    assert plan.errors == [], plan.error_lines()
    return plan.apply(UndoStack(doc))


def cards_of(doc: Document, map_id: str) -> list[tuple[str, str, str]]:
    return [(doc.stage(c.stage_id).name, doc.lane(c.lane_id).name, c.text) for c in doc.cards(map_id)]


def test_windows_semicolon_csv_makes_the_map_it_describes() -> None:
    doc = Document()
    map_id = imported(doc, "touchpoints-cp1252-semicolon.csv")
    jmap = doc.map(map_id)
    assert jmap.title == "touchpoints-cp1252-semicolon"
    assert [s.name for s in doc.stages(map_id)] == ["Découverte", "Comparaison", "Achat"]
    assert [(lane.name, lane.kind) for lane in doc.lanes(map_id)] == [
        ("Points de contact", LaneKind.TOUCHPOINTS),
        ("Douleurs", LaneKind.PAIN_POINTS),
        ("Opportunités", LaneKind.OPPORTUNITIES),
    ]
    assert cards_of(doc, map_id)[1] == ("Découverte", "Douleurs", 'Prix "à partir de 9 €"\npas clair')
    first, *_, last = doc.cards(map_id)
    assert (first.owner, first.evidence, first.votes, first.tags) == (
        "Marketing",
        Evidence.OBSERVED,
        3,
        ("social", "mobile"),
    )
    assert (last.text, last.votes, last.tags) == (
        "Délai de livraison : 3 semaines",
        12,
        ("délai", "logistique"),
    )
    assert first.channel == ""  # “Canal” is no known header: reported, not guessed


def test_column_mapping_by_hand_and_unmapped_columns_reported() -> None:
    doc = Document()
    table = read_table(FIXTURES / "touchpoints-cp1252-semicolon.csv")
    guessed = plan_import(doc, table, ImportOptions())
    assert guessed.warnings == ["Columns not imported: “Canal”"]
    columns = dict(
        stage=0, lane=1, text=2, kind=3, channel=4, owner=5, evidence=6, votes=7, tags=8, colour=None
    )
    plan = plan_import(doc, table, ImportOptions(columns=columns))
    map_id = plan.apply(UndoStack(doc))
    assert [c.channel for c in doc.cards(map_id)] == ["Social", "", "Web", "", "Magasin", ""]


def test_tab_csv_guesses_lane_kinds_from_lane_names() -> None:
    doc = Document()
    map_id = imported(doc, "research-utf8bom-tab.csv")
    assert [(lane.name, lane.kind) for lane in doc.lanes(map_id)] == [
        ("Customer actions", LaneKind.ACTIONS),
        ("Thoughts", LaneKind.THOUGHTS),
        ("Backstage", LaneKind.BACKSTAGE),
    ]
    assert doc.cards(map_id)[2].owner == "Compliance"


def test_spreadsheet_workbook() -> None:
    doc = Document()
    map_id = imported(doc, "workshop.xlsx")
    assert [s.name for s in doc.stages(map_id)] == ["Research", "Purchase", "Delivery"]
    assert [(c.text, c.votes, c.evidence, c.tags, c.channel) for c in doc.cards(map_id)] == [
        ("Google search", 4, Evidence.OBSERVED, ("seo",), "Web"),
        ("Can't compare\nbike sizes", 7, Evidence.OBSERVED, ("size", "fit"), ""),
        ("Checkout page", 2, None, (), "Web"),
        ("Size advisor", 9, Evidence.PROPOSED, (), ""),
        ("SMS with tracking", 0, Evidence.OBSERVED, (), "SMS"),
    ]


def test_wide_grid_splits_cells_on_line_breaks() -> None:
    doc = Document()
    map_id = imported(doc, "wide-grid.csv", layout=Layout.WIDE)
    assert [s.name for s in doc.stages(map_id)] == ["Aware", "Consider", "Buy", "Use"]
    assert [(lane.name, lane.kind) for lane in doc.lanes(map_id)] == [
        ("Touchpoints", LaneKind.TOUCHPOINTS),
        ("Pain points", LaneKind.PAIN_POINTS),
        ("Opportunities", LaneKind.OPPORTUNITIES),
        ("Emotions", LaneKind.EMOTIONS),
    ]
    assert cards_of(doc, map_id)[:5] == [
        ("Aware", "Touchpoints", "TV spot"),
        ("Aware", "Touchpoints", "Podcast ad"),
        ("Aware", "Opportunities", "Referral code"),
        ("Consider", "Touchpoints", "Website"),
        ("Consider", "Touchpoints", "Reviews"),
    ]
    assert len(doc.cards(map_id)) == 11


def test_broken_long_file_reports_every_bad_row_and_changes_nothing() -> None:
    doc = populated()
    before = doc.snapshot()
    plan = plan_import(doc, read_table(FIXTURES / "broken-long.csv"), ImportOptions())
    assert plan.error_lines() == [
        "row 3: evidence “heard it somewhere” is not one of observed, assumed, proposed.",
        "row 5: votes must be a whole number from 0, not “many”.",
        "row 6: the stage cell is empty, so the card has no place.",
    ]
    assert plan.commands == []
    with pytest.raises(JmError, match="3 row"):
        plan.apply(UndoStack(doc))
    assert doc.snapshot() == before


def test_wide_layout_errors_name_rows_and_columns() -> None:
    rows = [["", "A", "", "A"], ["Touchpoints", "x", "y", "z"], ["", "orphan"], ["Emotions", "", "", ""]]
    plan = plan_import(Document(), table_from_rows("g.csv", rows), ImportOptions(layout=Layout.WIDE))
    assert plan.error_lines() == [
        "row 1: column C has no stage name.",
        "row 1: stage “A” heads both column B and column D.",
        "row 2: column C has cards but no stage.",
        "row 2: column D has cards but no stage.",
        "row 3: the lane cell (column A) is empty.",
    ]


def test_cards_in_the_emotions_lane_and_conflicting_kinds_are_row_errors() -> None:
    rows = [
        ["Stage", "Lane", "Text", "Kind"],
        ["S", "Feelings", "happy", ""],
        ["S", "Web", "home page", ""],
        ["S", "Web", "search", "touchpoints"],  # the first rows left it blank: this one decides
        ["S", "Web", "cart", "channels"],
    ]
    plan = plan_import(Document(), table_from_rows("k.csv", rows), ImportOptions())
    assert plan.error_lines() == [
        "row 2: “Feelings” is the emotions lane: it shows curves, not cards.",
        "row 5: lane “Web” is kind channels here but touchpoints on row 4.",
    ]


def test_missing_required_columns_are_named() -> None:
    plan = plan_import(Document(), table_from_rows("x.csv", [["Phase", "Note"], ["A", "b"]]), ImportOptions())
    assert len(plan.errors) == 1
    assert plan.error_lines()[0].startswith("row 1: no column for lane (headers looked for: lane: “Lane”")


def test_import_into_an_existing_map_adds_only_what_is_missing_and_undoes_in_one_step(tmp_path: Path) -> None:
    path = tmp_path / "doc.jmap"
    with JmapFile.create(path) as jfile:
        doc = jfile.document
        stack = UndoStack(doc)
        first = imported(doc, "workshop.xlsx")
        stack.clear()
        before = doc.snapshot()
        rows = [
            ["Stage", "Lane", "Text"],
            ["Delivery", "Touchpoints", "Courier call"],
            ["Returns", "Pains", "Label"],
        ]
        plan = plan_import(doc, table_from_rows("more.csv", rows), ImportOptions(target_map_id=first))
        assert plan.summary() == "Will create 1 stage, 1 lane and 2 cards in the map “workshop”."
        assert plan.apply(stack) == first
        assert [s.name for s in doc.stages(first)][-2:] == ["Delivery", "Returns"]
        assert doc.lanes(first)[-1].kind is LaneKind.PAIN_POINTS
        assert stack.undo_label == "Import into “workshop”"
        with JmapFile.open(path, read_only=True) as other:
            assert other.document.snapshot() == doc.snapshot()  # on disk when apply returns
        stack.undo()
        assert doc.snapshot() == before
        assert not stack.can_undo  # it was one step
        with JmapFile.open(path, read_only=True) as other:
            assert other.document.snapshot() == before
        stack.redo()
        assert len(doc.cards(first)) == 7


def test_a_failure_while_applying_rolls_back_everything(tmp_path: Path) -> None:
    """Even if the plan goes stale (a stage renamed away after planning), nothing half-happens."""
    path = tmp_path / "doc.jmap"
    with JmapFile.create(path) as jfile:
        doc = jfile.document
        map_id = imported(doc, "wide-grid.csv", layout=Layout.WIDE)
        rows = [["Stage", "Lane", "Text"], ["New", "Touchpoints", "a"], ["Aware", "Emotions2", "b"]]
        plan = plan_import(doc, table_from_rows("x.csv", rows), ImportOptions(target_map_id=map_id))
        assert plan.ok
        stack = UndoStack(doc)
        doc.remove_stage(doc.stages(map_id)[0].id)  # the stage the second card needs is gone
        before, on_disk = doc.snapshot(), path.read_bytes()
        with pytest.raises(JmError):
            plan.apply(stack)
        assert doc.snapshot() == before
        assert path.read_bytes() == on_disk
        assert not stack.can_undo


def test_new_map_title_is_made_unique() -> None:
    doc = Document()
    imported(doc, "wide-grid.csv", layout=Layout.WIDE)
    second = imported(doc, "wide-grid.csv", layout=Layout.WIDE)
    assert doc.map(second).title == "wide-grid (2)"
    assert len(bundle_of(doc, second).cards) == 11
