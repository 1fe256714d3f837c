"""The messages the import and storage layers hand to the window come out in German in a German
window (placeholders filled in, nothing left in English) and in English without a translator, as
on the command line."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from jmdesigner.errors import FileRefusedError, JmError
from jmdesigner.interchange.formats import Source, detect
from jmdesigner.interchange.mermaid_journey import read_mermaid, write_mermaid
from jmdesigner.interchange.problems import ImportProblems
from jmdesigner.interchange.survey import parse_scale
from jmdesigner.interchange.table_reader import table_from_rows
from jmdesigner.interchange.tabular_import import ImportOptions, Layout, plan_import
from jmdesigner.model import Document
from jmdesigner.model.kinds import LaneKind
from jmdesigner.storage.backups import restore_backup
from jmdesigner.storage.jmapfile import JmapFile
from jmdesigner.storage.store import open_store
from tests.interchange.interchange_helpers import in_document

ROWS = [
    ["Stage", "Lane", "Text", "Votes", "Kind"],
    ["Visit", "Actions", "Opens the page", "2", ""],
    ["", "Actions", "Card without a stage", "", ""],
    ["Visit", "Pains", "Slow page", "many", ""],
    ["Visit", "Ideas", "Faster page", "", "sideways"],
]


def _plan_errors() -> list[str]:
    plan = plan_import(Document(), table_from_rows("visits.csv", ROWS), ImportOptions(layout=Layout.LONG))
    return plan.error_lines()


def test_a_spreadsheets_bad_rows_are_named_in_german(german: None) -> None:
    assert _plan_errors() == [
        "Zeile 3: Die Zelle der Phase ist leer, daher hat die Karte keinen Platz.",
        "Zeile 4: Stimmen müssen eine ganze Zahl ab 0 sein, nicht „many“.",
        f"Zeile 5: „sideways“ ist keine Art einer Bahn (erlaubt: {', '.join(k.value for k in LaneKind)}).",
    ]
    with pytest.raises(JmError, match=r"^„1\.\.x“ ist keine Skala"):
        parse_scale("1..x")


def test_without_a_translator_the_same_rows_are_named_in_english() -> None:
    assert _plan_errors()[:2] == [
        "row 3: the stage cell is empty, so the card has no place.",
        "row 4: votes must be a whole number from 0, not “many”.",
    ]


def test_a_spreadsheets_bad_lane_and_stage_settings_are_named_in_german(german: None) -> None:
    rows = [
        ["Stage", "Lane", "Text", "Lane colour", "Lane folded", "Stage width"],
        ["Visit", "Actions", "Opens the page", "blue", "maybe", "1.000,5"],
        ["Visit", "Pains", "Slow page", "", "yes", ""],
        ["Visit", "Pains", "Slower page", "", "nein", ""],
        ["", "Pains", "", "", "", "300"],
    ]
    plan = plan_import(Document(), table_from_rows("visits.csv", rows), ImportOptions(layout=Layout.LONG))
    assert plan.error_lines() == [
        "Zeile 2: „blue“ in Spalte D (Lane colour) ist keine Farbe wie #1a2b3c.",
        "Zeile 2: „maybe“ in Spalte E (Lane folded) ist weder „yes“ noch „no“ (ja oder nein).",
        "Zeile 2: „1.000,5“ in Spalte F (Stage width) ist keine Zahl von 80 bis 2.000.",
        "Zeile 4: „Pains“ hat hier „nein“ in Spalte E (Lane folded), in Zeile 3 aber „yes“.",
        "Zeile 5: Die Zelle der Phase ist leer, daher gibt es keine Phase für Spalte F (Stage width).",
    ]


def test_a_library_server_that_does_not_answer_is_one_german_sentence(german: None) -> None:
    start = time.monotonic()
    with pytest.raises(FileRefusedError) as refused:
        open_store("postgresql://jm:secret@127.0.0.1:1/postgres")
    said = str(refused.value)
    assert said.startswith("Der Bibliotheksserver auf jm@127.0.0.1:1/postgres ist nicht erreichbar (")
    assert said.endswith("; läuft er, und stimmt die Adresse?")
    assert "secret" not in said
    assert time.monotonic() - start < 6


def test_read_only_reasons_are_german_and_a_second_window_still_gets_its_own(
    german: None, tmp_path: Path
) -> None:
    path = tmp_path / "visits.jmap"
    JmapFile.create(path).close()
    with JmapFile.open(path, read_only=True) as viewer:
        assert viewer.read_only_reason == "Sie haben die Datei schreibgeschützt geöffnet"
    with JmapFile.open(path) as first, JmapFile.open(path) as second:
        assert not first.read_only
        assert (
            second.read_only_reason == "sie ist bereits in einem anderen Fenster dieses jmdesigners geöffnet"
        )


def test_without_a_translator_the_read_only_reason_is_english(tmp_path: Path) -> None:
    path = tmp_path / "visits.jmap"
    JmapFile.create(path).close()
    with JmapFile.open(path, read_only=True) as viewer:
        assert viewer.read_only_reason == "you opened it read-only"


def test_a_missing_column_is_named_as_the_import_form_names_it(german: None) -> None:
    plan = plan_import(Document(), table_from_rows("x.csv", [["Note"], ["b"]]), ImportOptions())
    said = plan.error_lines()[0]
    assert said.startswith(
        "Zeile 1: keine Spalte für Phase, Bahn (gesuchte Überschriften: Phase: „Stage“, „Phase“, "
        "„Step“, „Journey Stage“; Bahn: „Lane“, "
    )


def test_an_unknown_import_format_is_one_german_sentence(german: None) -> None:
    with pytest.raises(JmError) as refused:
        detect(Source("just some words", ""))
    said = str(refused.value)
    assert said.startswith(
        "Der Text: jmdesigner kann nicht erkennen, was dieser Text enthält; es importiert "
    )
    assert said.endswith(
        "(eine jmdesigner-Map, eine Ptolemy-Journey, ein GOV.UK-Step-by-Step, "
        "eine Mermaid-Journey oder Markdown)."
    )


def test_mermaid_import_notes_and_export_warnings_are_german(german: None) -> None:
    imported = read_mermaid("journey\n  section Visit\n    Open the page: 7\n", "visit.mmd")
    assert list(imported.notes) == [
        "Die Werte reichen von 7 bis 7, über Mermaids 1–5 hinaus, daher ist die Skala der Map 1..7.",
        "Aufgaben ohne Akteur geben ihre Werte an die Persona „Customer“.",
    ]
    doc, map_id = in_document(imported.bundle)
    card = next(iter(doc.cards(map_id)))
    doc.update_card(card.id, text="Price: high")
    assert write_mermaid(doc, map_id)[1][0] == (
        "Eine Karte „Price: high“ enthält „:“, „#“ oder „;“, die Mermaid nicht darstellen kann; es "
        "zeigt ähnlich aussehende Zeichen (der genaue Text bleibt in einem „%% jmdesigner text“-Kommentar "
        "erhalten)."
    )


def test_restoring_a_backup_over_an_existing_file_is_refused_in_german(german: None, tmp_path: Path) -> None:
    path = tmp_path / "visits.jmap"
    JmapFile.create(path).close()
    with pytest.raises(FileRefusedError, match=r"^visits\.jmap existiert bereits; stellen Sie die Sicherung"):
        restore_backup(path, path)


def test_an_import_that_fails_says_how_many_problems_in_german(german: None) -> None:
    assert str(ImportProblems("a.json", ["x."])) == "a.json: 1 Problem, nichts wurde importiert: x."
    many = ImportProblems("a.json", [f"p{i}" for i in range(12)])
    assert str(many).startswith("a.json: 12 Probleme, nichts wurde importiert: p0; p1")
    assert str(many).endswith("; p9; und 2 weitere.")


def test_characters_no_font_has_and_a_cells_spoken_count_are_german_plurals(german: None) -> None:
    from jmdesigner.layout.spoken import cell_name
    from jmdesigner.model import Lane, Stage
    from jmdesigner.text import missing_sentence

    assert missing_sentence({"\U00013000"}) == (
        "1 Zeichen konnte nicht gezeichnet werden (keine mitgelieferte Schrift enthält es): 𓀀 (U+13000)."
    )
    many = missing_sentence({chr(0x13000 + i) for i in range(14)})
    assert many is not None and many.startswith("14 Zeichen konnten nicht gezeichnet werden")
    assert many.endswith(" und 2 weitere.")
    stage, lane = Stage(id="s", map_id="m", name="Besuch"), Lane(id="l", map_id="m", name="Aktionen")
    assert cell_name(stage, lane, 0) == "Zelle in Besuch, Aktionen: leer"
    assert cell_name(stage, lane, 1) == "Zelle in Besuch, Aktionen: 1 Karte"
    assert cell_name(stage, lane, 3) == "Zelle in Besuch, Aktionen: 3 Karten"


def test_a_file_with_a_schema_jmdesigner_did_not_write_is_refused_all_in_german(
    german: None, tmp_path: Path
) -> None:
    import sqlite3

    from jmdesigner.storage.new_file import write_new

    path = write_new(Document(), tmp_path / "fremd.jmap")
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE INDEX ix_evil ON cards (text)")
    conn.close()
    with pytest.raises(FileRefusedError) as refused:
        JmapFile.open(path, read_only=True)
    said = str(refused.value)
    assert "sie enthält zusätzlich: Index „ix_evil“ (schreibt jmdesigner nicht)" in said
    assert "jmdesigner does not write" not in said and " extra " not in said


def test_page_size_warnings_of_a_pdf_are_german(german: None) -> None:
    from jmdesigner.export.pages import plan_fit, plan_plotter

    small = plan_fit(2400, 1600, "A4", landscape=True).warning
    assert small is not None and small.startswith("Der Kartentext würde auf A4 quer in ")
    assert "pt gedruckt, kleiner als die lesbaren" in small and "Wählen Sie --page A" in small
    huge = plan_fit(90000, 60000, "A4", landscape=True).warning
    assert huge is not None and "Keine einzelne Seite bis A0 ist groß genug" in huge
    capped = plan_plotter(9000, 6000, 50).warning
    assert capped is not None and capped.startswith("Bei Maßstab 50 wäre die Seite größer als 200 Zoll")
    assert not any(
        word in small + huge + capped for word in ("Card text", "landscape", "Use --page", "At scale")
    )


def test_a_german_cover_counts_its_maps_in_german(german: None, tmp_path: Path) -> None:
    import subprocess

    from jmdesigner.export.options import ExportOptions
    from jmdesigner.export.pdf import export_pdf
    from jmdesigner.model import UndoStack, commands
    from tests.builders import sample_bundle
    from tests.export.pdfcheck import tool

    doc = Document()
    for title in ("Besuch", "Rückgabe"):
        UndoStack(doc).push(commands.add_map(sample_bundle(title)))
    out = tmp_path / "zwei.pdf"
    export_pdf(doc, [m.id for m in doc.maps()], out, ExportOptions(date="2026-12-01"))
    cover = subprocess.run(
        [tool("pdftotext"), "-l", "1", str(out), "-"], capture_output=True, text=True
    ).stdout
    assert "2 Maps: Besuch · Rückgabe" in cover and "maps:" not in cover


def test_an_export_onto_a_full_disk_is_one_german_sentence(german: None, tmp_path: Path) -> None:
    from jmdesigner.errors import StorageError
    from jmdesigner.fileio import write_bytes_atomically
    from tests.safety.test_faults import small_disk

    with small_disk(tmp_path / "stick", "40k") as stick:
        with pytest.raises(StorageError) as full:
            write_bytes_atomically(stick / "karte.pdf", bytes(200_000))
        assert str(full.value) == (
            "Die Festplatte ist voll, daher konnte jmdesigner karte.pdf nicht schreiben. "
            "Schaffen Sie Platz und versuchen Sie es erneut."
        )
        assert list(stick.iterdir()) == []  # nothing half-written left behind
