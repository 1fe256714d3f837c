"""Reading real-world spreadsheet files into numbered rows of text."""

from __future__ import annotations

from pathlib import Path

import pytest

from jmdesigner.errors import JmError
from jmdesigner.interchange.table_reader import read_table, sniff_delimiter

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "tabular"


def test_windows_1252_semicolon_csv_with_quoted_line_breaks() -> None:
    table = read_table(FIXTURES / "touchpoints-cp1252-semicolon.csv")
    assert (table.encoding, table.delimiter) == ("Windows-1252 (Western)", ";")
    assert table.header[:3] == ("Phase", "Swimlane", "Card")
    assert [r.number for r in table.rows] == [2, 3, 5, 6, 7, 8]  # row 4 is blank, still counted
    assert table.rows[1].cells[2] == 'Prix "à partir de 9 €"\npas clair'
    assert table.rows[3].cells[2] == "Simulateur d'économies\n– en € par mois\n– sur 3 ans"
    assert table.rows[0].cells[8] == "social; mobile"  # a quoted delimiter stays in its cell


def test_utf8_bom_tab_csv_drops_trailing_empty_columns() -> None:
    table = read_table(FIXTURES / "research-utf8bom-tab.csv")
    assert (table.encoding, table.delimiter) == ("UTF-8 with BOM", "\t")
    assert table.header == ("Stage", "Lane", "Text", "Evidence", "Owner")  # no BOM in “Stage”
    assert table.rows[1].cells == (
        "Onboarding",
        "Thoughts",
        "“Why do they need my phone number?”",
        "observed",
    )


def test_xlsx_first_sheet_as_the_spreadsheet_shows_it() -> None:
    table = read_table(FIXTURES / "workshop.xlsx")
    assert table.header == ("Journey stage", "Lane", "Card text", "Channel", "Dots", "Evidence", "Tags")
    assert [r.number for r in table.rows] == [2, 3, 5, 6, 7]
    assert table.rows[1].cells[2] == "Can't compare\nbike sizes"
    assert table.rows[2].cells[4] == "2"  # 2.0 in the sheet reads as “2”
    assert table.rows[4].cells[4] == "0"


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("cp1252", b""), ("utf-16-le", b"\xff\xfe")],
)
@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_every_encoding_and_delimiter(tmp_path: Path, encoding: str, bom: bytes, delimiter: str) -> None:
    d = delimiter
    text = (
        f'Stage{d}Lane{d}Text\r\nCafé{d}Tâches{d}"Prix, 5 €; 2\tlignes\nici"\r\n\r\nAchat{d}Tâches{d}Fin\r\n'
    )
    path = tmp_path / "t.csv"
    path.write_bytes(bom + text.encode(encoding))
    table = read_table(path)
    assert table.delimiter == delimiter
    assert table.header == ("Stage", "Lane", "Text")
    assert [(r.number, r.cells) for r in table.rows] == [
        (2, ("Café", "Tâches", "Prix, 5 €; 2\tlignes\nici")),
        (4, ("Achat", "Tâches", "Fin")),
    ]


def test_sniffing_prefers_the_consistent_delimiter_over_commas_in_text() -> None:
    text = "Stage;Lane;Text\nA;B;one, two, three\nA;B;four, five\nC;D;six\n"
    assert sniff_delimiter(text) == ";"
    assert sniff_delimiter("Stage,Lane,Text\nA,B,x;y\n") == ","


def test_unreadable_inputs_are_explained(tmp_path: Path) -> None:
    with pytest.raises(JmError, match="does not exist"):
        read_table(tmp_path / "missing.csv")
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"\r\n,,\r\n  \r\n")
    with pytest.raises(JmError, match="is empty"):
        read_table(empty)
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(JmError, match="not an Excel workbook"):
        read_table(fake)
