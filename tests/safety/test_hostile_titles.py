"""Map titles with control characters or slashes: a well-formed SVG, a readable workbook, and file
names that stay inside the chosen folder."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from jmdesigner.export.svg import map_svg
from jmdesigner.fileio import file_name_for
from jmdesigner.interchange import table_writer
from jmdesigner.interchange.table_reader import _xlsx_rows
from jmdesigner.model import Document, UndoStack
from jmdesigner.model import commands as cmd
from tests.builders import sample_bundle

TITLE = "Q3 / Q4\x0b review\x00\x07 <&> \\ done"


def test_control_characters_in_a_title_give_a_well_formed_svg() -> None:
    doc = Document()
    bundle = sample_bundle("placeholder", stages=2, cards_per_cell=1)
    UndoStack(doc).push(cmd.add_map(bundle))
    doc.update_map(bundle.map.id, title=TITLE.replace("\x00", ""))  # the model refuses NUL itself
    card = doc.cards(bundle.map.id)[0]
    doc.update_card(card.id, text="Shift+Enter\x0bfrom Word\x1b")
    svg = map_svg(doc, bundle.map.id)[0]
    root = ET.fromstring(svg.encode("utf-8"))  # raises on a character XML 1.0 cannot hold
    assert "Q3 / Q4" in (root.findtext("{http://www.w3.org/2000/svg}title") or "")
    rows = table_writer.xlsx_bytes(table_writer.long_rows(doc, bundle.map.id), doc.map(bundle.map.id).title)
    assert any("Shift+Enter\x0bfrom Word\x1b" in row for row in _xlsx_rows(rows, "t.xlsx"))


def test_a_title_becomes_a_file_name_without_folders_or_control_characters() -> None:
    assert file_name_for(TITLE, ".json") == "Q3 - Q4 review -&- - done.json"
    name = file_name_for(TITLE, ".json")
    assert "/" not in name and "\\" not in name and all(ch >= " " for ch in name) and name.endswith(".json")
    assert file_name_for("../../etc/passwd", ".xlsx") == "-..-etc-passwd.xlsx"
    assert file_name_for("\x07\x08", ".pdf") == "map.pdf"
    assert len(file_name_for("x" * 500, ".svg")) == 124


def test_a_title_that_windows_keeps_for_a_device_names_a_file_all_the_same() -> None:
    """On Windows “CON.pdf” or “aux. review.pdf” is a device, not a file: the export failed there."""
    assert file_name_for("Con", ".pdf") == "Con_.pdf"
    assert file_name_for(" nul ", ".svg") == "nul_.svg"
    assert file_name_for("COM1", ".png") == "COM1_.png"
    assert file_name_for("aux. review", ".pdf") == "aux_. review.pdf"
    assert file_name_for("Lpt9 . v2", ".pdf") == "Lpt9_ . v2.pdf"
    assert file_name_for("Console", ".pdf") == "Console.pdf"  # a word that only starts as one
    assert file_name_for("COM10", ".pdf") == "COM10.pdf"
