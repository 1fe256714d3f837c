"""With no orientation chosen, a PDF's pages follow the maps' shape: a map taller than wide (two
stages, many cards in a cell) is printed upright, not small in the middle of a landscape page; what
the user chose is kept. The command line and the export dialog take the same default."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QWidget

from jmdesigner.export.pages import page_size, plan_fit, suits_landscape
from jmdesigner.model import Document
from jmdesigner.storage.jmapfile import write_document_file
from tests.builders import populated
from tests.cli.test_cli import run


def test_landscape_unless_every_map_is_taller_than_wide() -> None:
    assert suits_landscape([(1648, 1458)])  # the sample: wider than tall
    assert not suits_landscape([(640, 1400)])  # two stages, a tall column of cards
    assert not suits_landscape([(640, 1400), (500, 900)])
    assert suits_landscape([(640, 1400), (1648, 1458)])  # a deck of both: one orientation, as before
    assert suits_landscape([(800, 800)]) and suits_landscape([])


@pytest.fixture(scope="module")
def tall(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Document]:
    """A two-stage map whose cells hold twelve cards each: taller than wide."""
    doc = populated(title="Pilot", stages=2, cards_per_cell=12)
    path = tmp_path_factory.mktemp("tall") / "tall.jmap"
    write_document_file(doc, path)
    return path, doc


def _pages(path: Path) -> set[tuple[float, float]]:
    """The sizes of a PDF's pages, in points to two decimals."""
    return {
        (round(float(p.mediabox.width), 2), round(float(p.mediabox.height), 2)) for p in PdfReader(path).pages
    }


def _size(page: str, landscape: bool) -> set[tuple[float, float]]:
    w, h = page_size(page, landscape)
    return {(round(w, 2), round(h, 2))}


def test_a_tall_map_is_printed_upright_unless_landscape_is_chosen(
    capsys: pytest.CaptureFixture[str], tall: tuple[Path, Document]
) -> None:
    path, doc = tall
    g_w, g_h = _map_size(doc)
    assert g_h > g_w
    out = path.parent / "out.pdf"
    code, _, err = run(capsys, "export", path, out, "--page", "A4")
    assert code == 0, err
    # cover, map, summary and persona pages alike (a deck has one orientation)
    assert _pages(out) == _size("A4", False)
    # the readability warning names the orientation printed, and its commands keep it without a flag
    assert "on A4 portrait, below the readable 6 pt" in err, err
    assert "landscape" not in err and "--portrait" not in err, err
    code, _, err = run(capsys, "export", path, out, "--page", "A4", "--landscape")
    assert code == 0, err
    assert _pages(out) == _size("A4", True)
    # chosen, it is kept, and the commands offered say it (their default would turn the pages)
    assert "on A4 landscape, below the readable 6 pt" in err
    commands = [line for line in err.splitlines() if line.startswith("  jmdesigner ")]
    assert commands and all("--landscape" in line for line in commands), err


def test_a_wide_map_stays_landscape(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "wide.jmap"
    write_document_file(populated(stages=6), path)
    out = tmp_path / "out.pdf"
    assert run(capsys, "export", path, out, "--no-cover", "--no-personas", "--no-summary")[0] == 0
    assert _pages(out) == _size("A3", True)


def _map_size(doc: Document) -> tuple[float, float]:
    from jmdesigner.export.metrics import PdfTextMetrics
    from jmdesigner.layout import layout_map

    g = layout_map(doc, doc.maps()[0].id, PdfTextMetrics())
    return g.bounds.w, g.bounds.h


def test_the_dialog_turns_to_the_maps_shape_until_the_user_chooses(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from jmdesigner.ui.export_dialog import open_export_dialog

    doc = populated(title="Pilot", stages=2, cards_per_cell=12)  # (the fixture's, not changed)
    wide = populated(doc, title="Wide", stages=6).maps()[-1]  # (a second map, wider than tall)
    parent = QWidget()
    qtbot.addWidget(parent)
    dlg = open_export_dialog(parent, tmp_path / "doc.jmap", doc, doc.maps()[0].id)
    assert dlg.orientation.currentText() == "Portrait"  # as the command line prints it
    w, h = _map_size(doc)  # upright, its card text prints readable; sideways it did not
    assert dlg.legibility_note.text() == "6.9 pt." and plan_fit(w, h, "A3", True).card_pt < 6
    dlg.map.setCurrentIndex(dlg.map.findData(wide.id))
    assert dlg.orientation.currentText() == "Landscape"
    dlg.map.setCurrentIndex(0)
    assert dlg.orientation.currentText() == "Portrait"
    dlg.orientation.setCurrentIndex(0)  # the user's choice: kept whatever map or page follows
    dlg.page.setCurrentText("A2")
    dlg.map.setCurrentIndex(dlg.map.findData(wide.id))
    dlg.map.setCurrentIndex(0)
    assert dlg.orientation.currentText() == "Landscape" and dlg.options().landscape is True
    dlg.close()
