"""Text a spreadsheet would run as a formula (a workshop participant can type anything) leaves a
CSV export guarded by an apostrophe, and comes back exactly on import."""

from __future__ import annotations

from pathlib import Path

from jmdesigner.interchange import table_writer
from jmdesigner.interchange.table_reader import read_table
from jmdesigner.interchange.tabular_import import ImportOptions, Layout, plan_import
from jmdesigner.model import Card, Document, UndoStack, commands, new_id
from tests.builders import sample_bundle

TEXTS = [
    '=HYPERLINK("http://x","click")',
    "-2+3",
    "+1",
    "@SUM(A1)",
    "'=already quoted",
    "''-x",
    "'plain",
    "ok",
]


def test_formula_like_text_is_guarded_and_round_trips(tmp_path: Path) -> None:
    doc = Document()
    UndoStack(doc).push(commands.add_map(sample_bundle(stages=1, cards_per_cell=0)))
    map_id = doc.maps()[0].id
    stage, lane = doc.stages(map_id)[0], doc.lanes(map_id)[0]
    for text in TEXTS:
        doc.insert_card(Card(new_id(), map_id, stage.id, lane.id, text))
    data = table_writer.csv_bytes(table_writer.long_rows(doc, map_id))
    cells = data.decode("utf-8-sig")
    assert "'=HYPERLINK" in cells and ",'-2+3," in cells and ",'+1," in cells and ",'@SUM(A1)," in cells
    assert ",''=already quoted," in cells and ",'''-x," in cells and ",'plain," in cells and ",ok," in cells
    assert ",=" not in cells and ",-2" not in cells
    path = tmp_path / "m.csv"
    path.write_bytes(data)
    again = Document()
    plan = plan_import(again, read_table(path), ImportOptions(layout=Layout("long")))
    assert plan.ok, plan.error_lines()
    new_map = plan.apply(UndoStack(again))
    assert [c.text for c in again.cards(new_map)] == TEXTS
