"""The Export dialog through its widgets: PDF with progress and Open, PNG/SVG, errors in a message box."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from jmdesigner.model import Document
from jmdesigner.ui import export_dialog
from jmdesigner.ui.export_dialog import ExportDialog, open_export_dialog
from tests.ui.question_keys import answer

SAMPLE = "Online grocery delivery — current state"  # the sample map, its title the file proposed


@pytest.fixture
def dialog(qtbot, sample_doc: Document, tmp_path: Path):  # type: ignore[no-untyped-def]
    parent = QWidget()  # kept alive until the test ends: it owns the dialog
    qtbot.addWidget(parent)
    dlg = open_export_dialog(parent, tmp_path / "doc.jmap", sample_doc, sample_doc.maps()[0].id)
    assert dlg.isVisible()
    yield dlg
    dlg.close()


def test_pdf_export_with_progress_and_open(qtbot, dialog: ExportDialog, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened: list[str] = []
    monkeypatch.setattr(
        export_dialog.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile())
    )
    assert dialog.out.text() == str(tmp_path / f"{SAMPLE}.pdf")
    assert not dialog.open_button.isEnabled()
    dialog.page.setCurrentText("A4")
    dialog.orientation.setCurrentIndex(1)  # portrait
    dialog.summary.setChecked(False)
    qtbot.keyClicks(dialog.client, "FreshCart")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    reader = PdfReader(tmp_path / f"{SAMPLE}.pdf")
    assert len(reader.pages) == 4  # cover, map, two personas
    assert float(reader.pages[0].mediabox.width) < float(reader.pages[0].mediabox.height)
    assert "FreshCart" in reader.pages[0].extract_text()
    assert dialog.progress.value() == dialog.progress.maximum()
    assert "warning" not in dialog.status.text().lower() or "pt" in dialog.status.text()
    assert dialog.open_button.isEnabled()
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert opened == [str(tmp_path / f"{SAMPLE}.pdf")]


def test_tiles_from_the_dialog(qtbot, dialog: ExportDialog, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert not dialog.overlap.isEnabled()
    dialog.mode.setCurrentIndex(1)
    assert dialog.overlap.isEnabled()
    dialog.page.setCurrentText("A4")
    for box in (dialog.cover, dialog.personas, dialog.summary):
        box.setChecked(False)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert len(PdfReader(tmp_path / f"{SAMPLE}.pdf").pages) > 2


@pytest.mark.parametrize(("index", "magic"), [(1, b"\x89PNG"), (2, b"<?xml")])
def test_png_and_svg(qtbot, dialog: ExportDialog, tmp_path: Path, index: int, magic: bytes) -> None:  # type: ignore[no-untyped-def]
    dialog.format.setCurrentIndex(index)
    assert not dialog.pdf_box.isVisibleTo(dialog)
    dialog.dpi.setValue(30)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    out = Path(dialog.out.text())
    assert out.suffix in (".png", ".svg") and out.read_bytes().startswith(magic)


def test_errors_show_a_message_and_write_nothing(
    qtbot, dialog: ExportDialog, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    dialog.out.setText(str(tmp_path / "missing" / "x.pdf"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert shown and "does not exist" in shown[0]
    dialog.out.setText(str(tmp_path / "x.svg"))
    dialog.format.setCurrentIndex(2)
    dialog.map.setCurrentIndex(dialog.map.count() - 1)  # all maps
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert len(shown) == 2 and "one map" in shown[1]
    assert not dialog.open_button.isEnabled()
    assert list(tmp_path.iterdir()) == []


def test_an_existing_file_is_replaced_only_when_the_user_says_so(
    qtbot, dialog: ExportDialog, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """The question's default keeps the file, and typing does not answer it: Enter, Space and a
    typed "y" (a plain question's Yes) keep it; a click on Yes replaces it."""
    from PySide6.QtCore import QTimer

    target = tmp_path / f"{SAMPLE}.pdf"
    target.write_bytes(b"the client's annotated copy")
    asked: list[str] = []

    for key in (Qt.Key.Key_Y, Qt.Key.Key_Space, Qt.Key.Key_Return):
        QTimer.singleShot(0, lambda key=key: answer(asked, key))
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        assert target.read_bytes() == b"the client's annotated copy"
        assert "kept" in dialog.status.text()
    assert len(asked) == 3 and f"{SAMPLE}.pdf" in asked[0]
    QTimer.singleShot(0, lambda: answer(asked, None))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes().startswith(b"%PDF")
    assert len(asked) == 4


def test_client_author_and_version_are_remembered_per_document(
    qtbot, sample_doc: Document, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    first = open_export_dialog(parent, tmp_path / "a.jmap", sample_doc, None)
    first.client.setText("FreshCart")
    first.author.setText("Ana Gómez")
    first.version.setText("1.2")
    qtbot.mouseClick(first.export_button, Qt.MouseButton.LeftButton)
    assert PdfReader(tmp_path / f"{SAMPLE}.pdf").metadata.author == "Ana Gómez"  # type: ignore[union-attr]
    first.close()
    again = open_export_dialog(parent, tmp_path / "a.jmap", sample_doc, None)
    assert (again.client.text(), again.author.text(), again.version.text()) == (
        "FreshCart",
        "Ana Gómez",
        "1.2",
    )
    again.close()
    other = open_export_dialog(parent, tmp_path / "b.jmap", sample_doc, None)
    # Another document: its own client and version, but the same person prepares it.
    assert (other.client.text(), other.author.text(), other.version.text()) == ("", "Ana Gómez", "")
    other.close()


def test_current_vs_future_pages_from_the_dialog(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from tests.builders import current_and_future

    doc, now, later = current_and_future()
    parent = QWidget()
    qtbot.addWidget(parent)
    dlg = open_export_dialog(parent, tmp_path / "doc.jmap", doc, now)
    assert not dlg.compare.isEnabled()  # a current-state map reworks nothing
    dlg.map.setCurrentIndex(dlg.map.findData(later))
    assert dlg.compare.isEnabled() and dlg.compare.isChecked()
    for box in (dlg.cover, dlg.personas, dlg.summary):
        box.setChecked(False)
    qtbot.mouseClick(dlg.export_button, Qt.MouseButton.LeftButton)
    reader = PdfReader(tmp_path / f"{doc.map(later).title}.pdf")
    assert len(reader.pages) == 2 and "Current state vs future state" in reader.pages[1].extract_text()
    dlg.compare.setChecked(False)
    dlg.out.setText(str(tmp_path / "without.pdf"))
    qtbot.mouseClick(dlg.export_button, Qt.MouseButton.LeftButton)
    assert len(PdfReader(tmp_path / "without.pdf").pages) == 1
    dlg.close()


def test_a_comparison_too_small_to_read_is_told_with_the_page_that_reads(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The "Current vs future" page is fitted to one page, never tiled: before the export the Card
    text row, and after it the status, name the larger page to choose (not poster tiles, which leave
    it as it is), and with that page nothing is said."""
    from tests.builders import sample_and_future

    doc, _, later = sample_and_future()
    parent = QWidget()
    qtbot.addWidget(parent)
    dlg = open_export_dialog(parent, tmp_path / "doc.jmap", doc, later)
    for box in (dlg.cover, dlg.personas, dlg.summary):
        box.setChecked(False)
    dlg.page.setCurrentText("A3")  # the maps read on it, the comparison does not
    said = "6.7 pt. “Current vs future”: 5 pt, too small to read; on A2: 7.4 pt."
    assert dlg.legibility_note.text() == said and dlg.legibility_icon.isVisible()
    assert not dlg.tiles_button.isVisible() and not dlg.larger_button.isVisible()
    dlg.compare.setChecked(False)
    assert dlg.legibility_note.text() == "6.7 pt." and not dlg.legibility_icon.isVisible()
    dlg.compare.setChecked(True)
    assert dlg.legibility_note.text() == said
    qtbot.mouseClick(dlg.export_button, Qt.MouseButton.LeftButton)
    said = re.search(r"at 5 pt, too small to read: choose (A\d) as the page above and export again \(its "
                     r"card text then prints at 7\.4 pt\)", dlg.status.text())  # fmt: skip
    assert said is not None, dlg.status.text()
    assert "future state”" in dlg.status.text() and "tile" not in dlg.status.text()
    dlg.page.setCurrentText(said[1])
    assert "Current vs future" not in dlg.legibility_note.text() and not dlg.legibility_icon.isVisible()
    dlg.out.setText(str(tmp_path / "larger.pdf"))
    qtbot.mouseClick(dlg.export_button, Qt.MouseButton.LeftButton)
    assert dlg.status.text() == "Saved larger.pdf."
    dlg.close()


def test_the_card_text_row_states_the_size_and_offers_a_readable_page_or_tiles(  # type: ignore[no-untyped-def]
    qtbot, dialog: ExportDialog, tmp_path: Path
) -> None:
    from jmdesigner.export.pages import plan_fit

    remedies = (dialog.legibility_icon, dialog.larger_button, dialog.tiles_button)
    assert dialog.legibility_note.text() == "6.7 pt."  # the sample fitted on A3 sideways
    assert not any(w.isVisible() for w in remedies)
    dialog.page.setCurrentText("A4")  # before anything is exported: too small, and what would do
    assert dialog.legibility_note.text() == "4.4 pt: too small to read (at least 6 pt)."
    assert all(w.isVisible() for w in remedies)
    assert dialog.larger_button.text() == "Use A3 landscape (6.7 pt)"
    tiles = re.fullmatch(r"Poster tiles: (\d+) pages of A4 \(7 pt\)", dialog.tiles_button.text())
    assert tiles is not None
    for box in (dialog.cover, dialog.personas, dialog.summary):
        box.setChecked(False)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)  # exported anyway: said again
    assert "prints at 4.4 pt, too small to read" in dialog.status.text()

    qtbot.mouseClick(dialog.tiles_button, Qt.MouseButton.LeftButton)
    assert dialog.mode.currentData() == "tile" and dialog.scale.value() == 0.5
    dialog.out.setText(str(tmp_path / "poster.pdf"))
    assert dialog.legibility_note.text() == f"7 pt, on {tiles[1]} pages of A4 and an assembly overview."
    assert not any(w.isVisible() for w in remedies)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert len(PdfReader(tmp_path / "poster.pdf").pages) == 1 + int(tiles[1])  # as the row said
    assert "too small" not in dialog.status.text()

    dialog.mode.setCurrentIndex(0)
    qtbot.mouseClick(dialog.larger_button, Qt.MouseButton.LeftButton)
    assert dialog.page.currentText() == "A3" and dialog.orientation.currentIndex() == 0
    g = dialog._maps()[0][1]
    assert dialog.legibility_note.text() == f"{plan_fit(g.bounds.w, g.bounds.h, 'A3').card_pt:.1f} pt."
    dialog.format.setCurrentIndex(1)  # a PNG has no pages to fit
    assert dialog.legibility_note.text() == "" and not dialog.pdf_box.isVisible()


def test_an_overlap_too_wide_for_the_page_is_said_in_the_card_text_row(dialog: ExportDialog) -> None:
    dialog.page.setCurrentText("A4")
    dialog.mode.setCurrentIndex(dialog.mode.findData("tile"))
    dialog.overlap.setValue(100)
    assert dialog.legibility_note.text().startswith("The overlap must be between 0 and")
    assert dialog.legibility_icon.isVisible() and not dialog.tiles_button.isVisible()
    dialog.overlap.setValue(10)
    assert dialog.legibility_note.text().endswith("pages of A4 and an assembly overview.")


def test_a_poster_of_too_many_pages_is_refused_in_the_dialog_s_own_words(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The refusal named the command line's option ("choose a smaller --scale") in the Card text
    row and in the dialog's message box, where the field is the Scale."""
    from bench.generate import large_map
    from jmdesigner.model import add_bundle

    doc = Document()
    jmap = add_bundle(doc, large_map(4000))
    parent = QWidget()
    qtbot.addWidget(parent)
    dlg = open_export_dialog(parent, tmp_path / "doc.jmap", doc, jmap.id)
    dlg.page.setCurrentText("A4")
    dlg.mode.setCurrentIndex(dlg.mode.findData("tile"))
    dlg.scale.setValue(10)
    said = dlg.legibility_note.text()
    assert said.startswith("At scale 10 the poster would take") and dlg.legibility_icon.isVisible()
    assert said.endswith("a poster may have; choose a smaller scale.") and "--" not in said
    dlg.close()


def test_the_poster_tiles_offered_for_a_fitted_map_are_counted_with_the_overlap_set(
    qtbot, dialog: ExportDialog
) -> None:  # type: ignore[no-untyped-def]
    """The button counted the tiles at 10 mm whatever the Tile overlap held: with 70 mm it offered
    2 pages of A4 upright, and the row then said the poster takes 3."""
    dialog.page.setCurrentText("A4")
    dialog.orientation.setCurrentIndex(1)
    dialog.mode.setCurrentIndex(dialog.mode.findData("tile"))
    dialog.overlap.setValue(70)
    dialog.mode.setCurrentIndex(dialog.mode.findData("fit"))
    offered = re.fullmatch(r"Poster tiles: (\d+) pages of A4 \(7 pt\)", dialog.tiles_button.text())
    assert offered is not None
    qtbot.mouseClick(dialog.tiles_button, Qt.MouseButton.LeftButton)
    assert dialog.overlap.value() == 70
    assert dialog.legibility_note.text() == f"7 pt, on {offered[1]} pages of A4 and an assembly overview."


@pytest.mark.parametrize(("suffix", "layout"), [(".xlsx", "wide"), (".csv", "long")])
def test_a_spreadsheet_from_the_export_dialog_is_the_spreadsheet_export(  # type: ignore[no-untyped-def]
    qtbot, dialog: ExportDialog, sample_doc: Document, tmp_path: Path, suffix: str, layout: str
) -> None:
    """XLSX and CSV are formats of the export dialog too, with the spreadsheet export's one option
    (the layout), and write what File ▸ Export Map as Spreadsheet… writes, byte for byte."""
    from jmdesigner.interchange.table_writer import table_bytes

    dialog.format.setCurrentIndex(dialog.format.findData(suffix))
    assert dialog.table_box.isVisibleTo(dialog)
    assert not dialog.pdf_box.isVisibleTo(dialog) and not dialog.png_box.isVisibleTo(dialog)
    assert dialog.out.text() == str(tmp_path / f"{SAMPLE}{suffix}")
    dialog.table_layout.setCurrentIndex(dialog.table_layout.findData(layout))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    written = (tmp_path / f"{SAMPLE}{suffix}").read_bytes()
    map_id = sample_doc.maps()[0].id
    assert written == table_bytes(sample_doc, map_id, layout=layout, xlsx=suffix == ".xlsx")
    assert dialog.status.text() == f"Saved {SAMPLE}{suffix}."
    assert dialog.open_button.isEnabled()


def test_a_spreadsheet_of_all_maps_is_refused_in_one_sentence(  # type: ignore[no-untyped-def]
    qtbot, dialog: ExportDialog, tmp_path: Path, monkeypatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    dialog.format.setCurrentIndex(dialog.format.findData(".xlsx"))
    dialog.map.setCurrentIndex(dialog.map.findData(export_dialog.ALL_MAPS))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert shown == ["PNG, SVG and spreadsheets hold one map: choose a map, or export all maps as PDF."]
    assert list(tmp_path.iterdir()) == []


def test_a_spreadsheet_export_from_the_dialog_says_the_held_room_notes_are_not_in_it(
    qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from tests.builders import every_kind_document

    doc = every_kind_document()
    parent = QWidget()
    qtbot.addWidget(parent)
    dlg = open_export_dialog(parent, tmp_path / "workshop.jmap", doc, doc.maps()[0].id)
    dlg.format.setCurrentIndex(dlg.format.findData(".csv"))
    qtbot.mouseClick(dlg.export_button, Qt.MouseButton.LeftButton)
    written = Path(dlg.out.text())
    assert written.stat().st_size > 0
    saved, note = dlg.status.text().split("\n")
    assert saved == f"Saved {written.name}."
    assert note.startswith("2 room notes held in the inbox are not in this file")
    dlg.close()


def test_each_format_s_page_is_only_as_tall_as_it_needs(qtbot, dialog: ExportDialog) -> None:  # type: ignore[no-untyped-def]
    """Switching from the PDF page to PNG's one row left the PDF page's height as an empty gap
    inside the Image box; each format now gets the height its own page needs, and PDF its own back."""

    def needed() -> int:  # (the PDF page's word-wrapped rows make its height depend on the width)
        for_width = dialog.heightForWidth(dialog.width())
        return for_width if for_width > 0 else dialog.sizeHint().height()

    assert dialog.height() == needed()  # as opened, on the PDF page
    pdf_height, width = dialog.height(), dialog.width()
    for suffix, box in ((".png", dialog.png_box), (".svg", None), (".xlsx", dialog.table_box)):
        dialog.format.setCurrentIndex(dialog.format.findData(suffix))
        qtbot.wait(1)  # (a layout request pending would grow it again)
        assert dialog.height() == needed() < pdf_height - 200, suffix
        assert dialog.width() == width  # the width the user has, kept
        if box is not None:
            assert box.height() == box.sizeHint().height(), suffix
    dialog.format.setCurrentIndex(0)
    qtbot.wait(1)
    assert dialog.height() == needed() == pdf_height


def test_the_file_proposed_is_named_after_the_chosen_map_in_the_folder_last_exported_to(
    qtbot, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Two maps exported one after the other propose two files (named after the document, the
    second proposed the first one's file and asked to replace it); a title with characters no file
    name may hold is made safe; a name typed for a map is kept for it; the next export starts in
    the folder last exported to."""
    from tests.builders import current_and_future

    doc, now, later = current_and_future()
    doc.update_map(later, title='Q3 / Q4: "launch"?  ')
    asked: list[str] = []
    monkeypatch.setattr(ExportDialog, "_may_replace", lambda self, target: asked.append(target.name))
    parent = QWidget()
    qtbot.addWidget(parent)
    dlg = open_export_dialog(parent, tmp_path / "doc.jmap", doc, now)
    for box in (dlg.cover, dlg.personas, dlg.summary, dlg.compare):
        box.setChecked(False)
    first = Path(dlg.out.text())
    assert first.parent == tmp_path and first.name == f"{doc.map(now).title}.pdf"
    qtbot.mouseClick(dlg.export_button, Qt.MouseButton.LeftButton)
    dlg.map.setCurrentIndex(dlg.map.findData(later))
    assert Path(dlg.out.text()) == tmp_path / "Q3 - Q4- -launch--.pdf"
    qtbot.mouseClick(dlg.export_button, Qt.MouseButton.LeftButton)
    assert asked == [] and first.is_file() and (tmp_path / "Q3 - Q4- -launch--.pdf").is_file()
    elsewhere = tmp_path / "out"
    elsewhere.mkdir()
    dlg.out.selectAll()
    qtbot.keyClicks(dlg.out, str(elsewhere / "workshop 30.11"))  # a name typed for the future state…
    dlg.map.setCurrentIndex(dlg.map.findData(now))
    assert Path(dlg.out.text()) == first  # …is not another map's…
    dlg.format.setCurrentIndex(dlg.format.findData(".svg"))
    dlg.map.setCurrentIndex(dlg.map.findData(later))
    assert Path(dlg.out.text()) == elsewhere / "workshop 30.11.svg"  # …and is kept for its own
    qtbot.mouseClick(dlg.export_button, Qt.MouseButton.LeftButton)
    assert (elsewhere / "workshop 30.11.svg").is_file()
    dlg.close()
    again = open_export_dialog(parent, tmp_path / "doc.jmap", doc, now)
    assert Path(again.out.text()) == elsewhere / f"{doc.map(now).title}.pdf"
    again.close()
