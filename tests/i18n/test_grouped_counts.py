"""Counts in sentences are grouped in the UI language, through ``i18n.translate`` alone: Qt's
``%n`` ("%n card(s)" in undo names, docks, summaries) is "1,234 cards" in English and
"1.234 Karten" in German, in the window and on the command line alike."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from jmdesigner import i18n
from jmdesigner.cli import language
from jmdesigner.i18n import translate
from jmdesigner.model import commands
from jmdesigner.model.card_match import CardMatch
from jmdesigner.ui.main_window import MainWindow
from tests.builders import add_raw_cards
from tests.ui.conftest import window  # noqa: F401 (a fixture)
from tests.ui.test_find_and_outline import ctrl_f, shown_outline


def test_english_counts_are_grouped_with_commas() -> None:
    i18n.install(None)
    assert commands.remove_cards([f"c{i}" for i in range(1234)]).label == "Delete 1,234 cards"
    assert translate("FindDock", "%n card(s)", None, 1) == "1 card"
    assert translate("TabularImport", "%Ln card(s)", None, 20000) == "20,000 cards"
    assert translate("Nowhere", "%n new thing(s)", None, 999) == "999 new things"  # not in a catalogue


def test_the_german_window_groups_with_points(german: str) -> None:
    assert commands.remove_cards([f"c{i}" for i in range(1234)]).label == "1.234 Karten löschen"
    assert translate("Commands", "%n card(s)", None, 1) == "1 Karte"
    # a message the catalogue lacks: the English source and plural, the German marks
    assert translate("Nowhere", "%n new thing(s)", None, 1234) == "1.234 new things"


def test_a_comparisons_card_summary_speaks_the_window_language(german: str) -> None:
    # It was English f-string text in the German compare window, its PDF page and the versions list.
    match = CardMatch(added=[object()] * 1500, removed=[object()])  # type: ignore[list-item]
    assert match.summary() == "1.500 neu, 1 entfernt, 0 geändert"


def test_the_german_command_line_groups_with_points() -> None:
    assert language.install("de") == "de"
    try:
        assert translate("Commands", "%n card(s)", None, 100012) == "100.012 Karten"
        assert translate("TabularImport", "%Ln card(s)", None, 1234) == "1.234 Karten"
    finally:
        language.uninstall()
    assert translate("Commands", "%n card(s)", None, 100012) == "100,012 cards"


def test_the_find_dock_counts_a_thousand_matches_in_german(
    german: str,
    window: MainWindow,  # noqa: F811 (the fixture imported above)
    doc_path: Path,
    qtbot: Any,
) -> None:
    add_raw_cards(doc_path, 1233)
    window.open_file(doc_path)
    inspector = window.inspector
    assert inspector is not None
    inspector.show()
    inspector.raise_()
    qtbot.waitUntil(inspector.in_view)
    inspector.show_item(window.current_view().map_id, None, None)  # type: ignore[union-attr]
    page = inspector.current_page()
    assert page is not None and page.subtitle.text() == "3 Phasen · 3 Bahnen · 1.239 Karten"
    find = ctrl_f(window, qtbot)
    QTest.keyClicks(find.query, "x")
    qtbot.waitUntil(lambda: bool(find.count.text()))  # the search after typing: the count alone
    hits = len(find.hits)
    assert hits > 1000
    grouped = f"{hits:,}".replace(",", ".")
    assert find.count.text() == f"{grouped} Karten"
    QTest.keyClick(find.query, Qt.Key.Key_Return)
    assert find.count.text() == f"1 von {grouped}"
    outline = shown_outline(window, qtbot)  # the cell's row: its lane and its count
    doc = window.jfile.document  # type: ignore[union-attr]
    first = doc.cards(doc.maps()[0].id)[0]
    count = len(doc.cards_in(first.stage_id, first.lane_id))
    assert count > 1000 and f"Touchpoints ({count:,})".replace(",", ".") in [
        i.text(0) for i in outline._items()
    ]


def test_the_map_counts_say_one_stage_not_one_stages(
    window: MainWindow,  # noqa: F811 (the fixture imported above)
    tmp_path: Path,
    qtbot: Any,
) -> None:
    from jmdesigner.model import UndoStack
    from jmdesigner.storage.jmapfile import JmapFile
    from tests.builders import sample_bundle

    path = tmp_path / "one.jmap"
    with JmapFile.create(path) as jfile:
        UndoStack(jfile.document).push(commands.add_map(sample_bundle(stages=1)))
    window.open_file(path)
    view = window.current_view()
    assert view is not None and window.inspector is not None
    window.inspector.show()
    window.inspector.raise_()
    qtbot.waitUntil(window.inspector.in_view)
    window.inspector.show_item(view.map_id, None, None)
    page = window.inspector.current_page()
    assert page is not None and page.subtitle.text() == "1 stage · 3 lanes · 2 cards"
    from PySide6.QtGui import QAccessible

    described = QAccessible.queryAccessibleInterface(view).text(QAccessible.Text.Description)
    assert described == "1 stage, 3 lanes, 2 cards"
    outline = shown_outline(window, qtbot)
    spoken = [outline.tree.topLevelItem(0).data(0, Qt.ItemDataRole.AccessibleTextRole)]
    assert spoken == ["Map Checkout, 1 stage"]
    card = window.jfile.document.cards(view.map_id)[0]  # type: ignore[union-attr]
    window.stack.push(commands.update_card(card.id, votes=1))  # type: ignore[union-attr]
    portfolio = window.open_portfolio()
    assert portfolio is not None
    assert portfolio.totals.text().startswith("1 map · 0 of 1 pain point answered")
    assert portfolio.totals.text().endswith(" · 1 vote")


def test_a_mermaid_section_cut_short_says_so_in_german_with_its_count(german: str) -> None:
    from jmdesigner.interchange.formats import read_text

    text = "journey\nsection A\n" + "".join(f"Task number {i}: 3: Me\n" for i in range(2000))
    imported = read_text(text, "j.mmd")[1]
    note = imported.bundle.points[0].note
    left = 2000 - note.count("\n")
    assert note.endswith(f"… und {left:,} weitere Aufgaben".replace(",", ".")) and left >= 1000
    assert "Einige Abschnitte haben mehr Aufgaben, als eine Emotionsnotiz fasst" in " ".join(imported.notes)
