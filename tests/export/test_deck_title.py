"""The title of a deck of several maps (cover and the PDF's Title): its own, not the first map's.
"Customer journey maps" with the maps listed under it, or the title given (``--title``, the export
dialog's Title); a single map's deck keeps the map's title."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QWidget

from jmdesigner.export.options import ExportOptions
from jmdesigner.export.pdf import build_pdf
from jmdesigner.ui.export_dialog import ALL_MAPS, open_export_dialog
from tests.builders import current_and_future
from tests.cli.test_cli import run
from tests.export.pdfcheck import squash
from tests.export.test_compare_pdf import two_maps  # noqa: F401 (a fixture)

COVER_ONLY = {"personas": False, "summary": False}


def cover_and_title(data: bytes) -> tuple[str, str]:
    reader = PdfReader(io.BytesIO(data))
    assert reader.metadata is not None
    return squash(reader.pages[0].extract_text()), str(reader.metadata.title)


def test_a_deck_of_several_maps_has_a_title_of_its_own() -> None:
    doc, now, later = current_and_future()
    cover, title = cover_and_title(build_pdf(doc, [now, later], ExportOptions(**COVER_ONLY))[0])
    assert title == "Customer journey maps"
    assert cover.startswith("CUSTOMERJOURNEYMAPCustomerjourneymaps2maps:Now·Now—futurestate"), cover


def test_the_title_given_names_the_deck_and_a_single_map_keeps_its_own() -> None:
    doc, now, later = current_and_future()
    options = ExportOptions(title="  Fresh Cart: journeys 2026 ", **COVER_ONLY)
    cover, title = cover_and_title(build_pdf(doc, [now, later], options)[0])
    assert title == "Fresh Cart: journeys 2026" and squash("Fresh Cart: journeys 2026") in cover
    assert cover_and_title(build_pdf(doc, [later], ExportOptions(**COVER_ONLY))[0])[1] == "Now — future state"


def test_title_on_the_command_line(two_maps: Path, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: F811
    out = two_maps.parent / "deck.pdf"
    code, _, err = run(capsys, "export", two_maps, out, "--all", "--title", "Workshop deck")
    assert code == 0, err
    assert cover_and_title(out.read_bytes())[1] == "Workshop deck"
    code, _, err = run(capsys, "export", two_maps, out, "--all")
    assert code == 0, err
    assert cover_and_title(out.read_bytes())[1] == "Customer journey maps"


def test_title_in_the_export_dialog(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    doc, now, _ = current_and_future()
    parent = QWidget()
    qtbot.addWidget(parent)
    dlg = open_export_dialog(parent, tmp_path / "doc.jmap", doc, now)
    assert dlg.title.placeholderText() == "Now" and dlg.options().title == ""
    dlg.map.setCurrentIndex(dlg.map.findData(ALL_MAPS))
    assert dlg.title.placeholderText() == "Customer journey maps"
    qtbot.keyClicks(dlg.title, "Workshop deck")
    assert dlg.options().title == "Workshop deck"
    dlg.close()
