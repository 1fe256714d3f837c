"""The capture protocol in the main window: focus on open, the status bar, drafts that survive a
kill, the action registry (Ctrl+D), F6 between panels, and the Maps list after adding maps."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from jmdesigner.interchange.json_map import dumps, map_to_json
from jmdesigner.model import LaneKind, UndoStack, commands
from jmdesigner.model.draft import Draft
from jmdesigner.storage.jmapfile import JmapFile
from jmdesigner.ui.actions import SPECS, Act
from jmdesigner.ui.main_window import EDITING_HINT, MainWindow
from jmdesigner.ui.shortcuts_dialog import shortcuts_html
from jmdesigner.ui.template_chooser import TemplateChooser
from tests.builders import sample_bundle
from tests.canvas.conftest import type_text
from tests.ui.draft_child import killed_while_typing

CTRL = Qt.KeyboardModifier.ControlModifier


def _first_cell_texts(window: MainWindow) -> list[str]:
    view = window.current_view()
    assert view is not None
    doc = view.doc
    stage = doc.stages(view.map_id)[0]
    lane = next(x for x in doc.lanes(view.map_id) if x.kind is not LaneKind.EMOTIONS)
    return [c.text for c in doc.cards_in(stage.id, lane.id)]


def test_a_file_opens_with_the_keyboard_on_the_canvas(window: MainWindow, doc_path: Path, qtbot: Any) -> None:
    window.open_file(doc_path)
    qtbot.waitUntil(lambda: window.focusWidget() is window.current_view())
    focused = window.focusWidget()
    before = _first_cell_texts(window)
    QTest.keyClick(focused, Qt.Key.Key_Home, CTRL)
    type_text(focused, "-3 days wait")
    QTest.keyClick(focused, Qt.Key.Key_Return)
    assert _first_cell_texts(window) == [*before, "-3 days wait"]


def test_edit_undo_while_typing_takes_back_the_typing_and_keeps_the_card_before(
    window: MainWindow, doc_path: Path
) -> None:
    """Edit ▸ Undo or the toolbar's Undo clicked while a card was typed: the words being typed
    were thrown away for good and the card added before them undone too. Now the typing is the
    step taken back, and Redo brings it back whole."""
    window.open_file(doc_path)
    view = window.current_view()
    assert view is not None
    before = _first_cell_texts(window)
    QTest.keyClick(view, Qt.Key.Key_Home, CTRL)
    type_text(view, "first card")
    QTest.keyClick(view, Qt.Key.Key_Return)
    type_text(view, "second card being typed")
    undo, redo = window.registry[Act.UNDO], window.registry[Act.REDO]
    undo.trigger()
    assert not view.editing.active
    assert _first_cell_texts(window) == [*before, "first card"]
    assert redo.isEnabled()
    redo.trigger()
    assert _first_cell_texts(window) == [*before, "first card", "second card being typed"]
    QTest.keyClick(view, Qt.Key.Key_Return)  # the cell's next card, nothing typed yet
    assert view.editing.active
    undo.trigger()  # no typing to take back: the editor closes and the last card is undone
    assert not view.editing.active
    assert _first_cell_texts(window) == [*before, "first card"]


def test_the_status_bar_says_editing_until_the_card_is_added(window: MainWindow, doc_path: Path) -> None:
    window.open_file(doc_path)
    view = window.current_view()
    assert view is not None
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Home, CTRL)
    type_text(view, "a")
    assert window.saved.text() == EDITING_HINT
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert window.saved.text().startswith("All changes saved")


def test_no_two_actions_share_a_key_and_ctrl_d_duplicates(window: MainWindow, doc_path: Path) -> None:
    keys = [k for spec in SPECS.values() for k in spec.keys]
    assert len(keys) == len(set(keys))
    delete = window.action(Act.DELETE)
    assert [s.toString() for s in delete.shortcuts()] == ["Del"]
    window.open_file(doc_path)
    view = window.current_view()
    assert view is not None
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Down)  # a card
    card = view.doc.card(view.map_scene.selected_card_ids()[0])
    count = len(view.doc.cards(view.map_id))
    QTest.keyClick(view, Qt.Key.Key_D, CTRL)
    assert len(view.doc.cards(view.map_id)) == count + 1
    assert [c.text for c in view.doc.cards_in(card.stage_id, card.lane_id)].count(card.text) == 2


def test_help_lists_every_shortcut_from_the_registry(window: MainWindow, qtbot: Any) -> None:
    html = shortcuts_html()
    for spec in SPECS.values():
        if spec.keys:
            assert spec.text.replace("&", "").rstrip("…") in html
    for words in ("Ctrl+D", "Shift+Enter", "Ctrl+Home", "Shift+F6"):
        assert words in html
    QTest.keyClick(window, Qt.Key.Key_F1)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible())
    assert dialog.windowTitle() == "Keyboard Shortcuts"
    dialog.close()


def test_f6_moves_between_the_canvas_and_the_panels(window: MainWindow, doc_path: Path, qtbot: Any) -> None:
    window.open_file(doc_path)
    view = window.current_view()
    qtbot.waitUntil(lambda: window.focusWidget() is view)
    assert window.navigator is not None
    qtbot.waitUntil(window.navigator.list.isVisible)  # docks show once the window lays them out
    QTest.keyClick(view, Qt.Key.Key_F6)
    assert window.focusWidget() is not view
    assert window.navigator is not None and window.navigator.isAncestorOf(window.focusWidget())
    QTest.keyClick(window.focusWidget(), Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert window.focusWidget() is view


def test_a_killed_window_gives_back_the_card_being_typed(window: MainWindow, doc_path: Path) -> None:
    text = "half a thought, not committed"
    killed_while_typing(str(doc_path), text)
    with JmapFile.open(doc_path, read_only=True) as jfile:
        assert [d.text for d in jfile.drafts()] == [text]
    window.open_file(doc_path)
    view = window.current_view()
    assert view is not None and view.editing.editor is not None
    assert view.editing.editor.text() == text
    before = _first_cell_texts(window)
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert _first_cell_texts(window) == [*before, text]
    assert window.jfile is not None and window.jfile.drafts() == []


@pytest.mark.parametrize("header", ["stage", "lane"])
def test_a_killed_window_gives_back_the_header_name_being_typed(
    window: MainWindow, doc_path: Path, header: str
) -> None:
    """A kill mid-rename lost the name being typed (drafts covered cards only): it is a draft as
    a card's text is, given back on the header on the next open; Enter renames, the draft goes."""
    text = "Onboarding, week one"
    killed_while_typing(str(doc_path), text, header)
    with JmapFile.open(doc_path, read_only=True) as jfile:
        (draft,) = jfile.drafts()
        doc = jfile.document
        m = doc.maps()[0].id
        first = doc.stages(m)[0] if header == "stage" else doc.lanes(m)[0]
        assert (draft.text, draft.header, first.name != text) == (text, header, True)
    window.open_file(doc_path)
    view = window.current_view()
    assert view is not None and view.editing.editor is not None
    assert view.editing.target == (header, first.id) and view.editing.editor.text() == text
    said = f"The {header} name you were typing when jmdesigner stopped is back: Enter renames it."
    assert said in (window.statusBar().currentMessage(), window.statusBar().toolTip())
    type_text(view, "!")  # the typing goes on after the name
    QTest.keyClick(view, Qt.Key.Key_Return)
    renamed = view.doc.stage(first.id) if header == "stage" else view.doc.lane(first.id)
    assert renamed.name == text + "!"
    assert window.jfile is not None and window.jfile.drafts() == []


def test_a_draft_longer_than_a_card_is_given_back_with_a_true_sentence(
    window: MainWindow, doc_path: Path
) -> None:
    """A draft longer than a card may hold (a huge paste, written before the editor refused such
    pastes): "Enter adds it" was not true. The status bar says what a card holds; Esc leaves."""
    text = "typed, then pasted: " + "p" * 50_000
    with JmapFile.open(doc_path) as jfile:
        doc = jfile.document
        m = doc.maps()[0].id
        lane = next(x for x in doc.lanes(m) if x.kind is not LaneKind.EMOTIONS)
        jfile.save_draft(Draft(m, doc.stages(m)[0].id, lane.id, None, 0, text))
    window.open_file(doc_path)
    view = window.current_view()
    assert view is not None and view.editing.editor is not None and view.editing.editor.text() == text
    said = (
        "The card you were typing is back, but its 50,020 characters pass the 10,000 a card holds: "
        "shorten it, then press Enter."
    )
    assert said in (window.statusBar().currentMessage(), window.statusBar().toolTip())
    QTest.keyClick(view, Qt.Key.Key_Escape)
    assert view.editing.editor is None and QApplication.clipboard().text() == text


def test_the_maps_list_shows_maps_added_by_future_state_new_map_and_import(
    window: MainWindow, doc_path: Path, tmp_path: Path, qtbot: Any
) -> None:
    window.open_file(doc_path)
    nav = window.navigator
    assert nav is not None and window.jfile is not None
    doc = window.jfile.document

    def click_row(row: int) -> None:
        nav.list.scrollToItem(nav.list.item(row))
        rect = nav.list.visualItemRect(nav.list.item(row))
        assert rect.isValid() and not rect.isEmpty()
        QTest.mouseClick(nav.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    nav.actions_["future"].trigger()
    assert len(doc.maps()) == 2
    click_row(0)
    assert window.current_map_id == doc.maps()[0].id
    click_row(1)
    assert window.current_map_id == doc.maps()[1].id
    source = tmp_path / "map.json"
    source.write_text(dumps(map_to_json(doc, doc.maps()[0].id)), encoding="utf-8")
    window.import_json(source)
    assert len(doc.maps()) == 3
    assert window.current_map_id == doc.maps()[-1].id
    assert [nav.list.item(i).text() for i in range(nav.list.count())] == [m.title for m in doc.maps()]
    click_row(0)
    click_row(2)
    assert window.current_map_id == doc.maps()[2].id
    assert json.loads(source.read_text(encoding="utf-8"))["title"] == doc.maps()[0].title


def test_the_new_map_dialog_starts_in_the_title(qtbot: Any) -> None:
    dialog = TemplateChooser()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.title
    QTest.keyClicks(dialog.focusWidget(), "Onboarding")
    assert dialog.bundle().map.title == "Onboarding"


def test_enter_on_a_palette_item_adds_it_at_the_selected_cell(window: MainWindow, doc_path: Path) -> None:
    window.open_file(doc_path)
    view = window.current_view()
    assert view is not None and window.jfile is not None
    doc = window.jfile.document
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Home, CTRL)
    lanes = [lane.id for lane in doc.lanes(view.map_id)]
    palette = window.palette.widget()
    palette.setFocus()
    row = next(i for i in range(palette.count()) if palette.item(i).text() == "KPIs lane")
    palette.setCurrentRow(row)
    QTest.keyClick(palette, Qt.Key.Key_Return)
    after = doc.lanes(view.map_id)
    assert len(after) == len(lanes) + 1
    assert after[1].kind is LaneKind.KPIS  # below the selected cell's lane


def test_a_card_given_back_on_a_large_map_is_shown_readable_not_fitted_away(
    window: MainWindow, tmp_path: Path, qtbot: Any
) -> None:
    """The map fits the window once it settles, below the zoom where cards show text; the card
    being typed when the app stopped must still be seen, or the next keys land in it unseen."""
    path = tmp_path / "large.jmap"
    text = "the room said this"
    with JmapFile.create(path) as jfile:
        UndoStack(jfile.document).push(commands.add_map(sample_bundle(stages=40, cards_per_cell=8)))
        jmap = jfile.document.maps()[0]
        stage = jfile.document.stages(jmap.id)[20]
        lane = jfile.document.lanes(jmap.id)[0]
        jfile.save_draft(Draft(jmap.id, stage.id, lane.id, None, 3, text))
    window.open_file(path)
    view = window.current_view()
    assert view is not None and view.editing.editor is not None
    editor = view.editing.editor
    qtbot.wait(50)  # the window settles: the map is fitted (fit_until_used)
    assert view.zoom() == pytest.approx(1.0)
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    assert shown.contains(editor.sceneBoundingRect())
    assert view.editing.editor is editor and editor.text() == text


def test_window_shortcuts_work_while_a_card_is_typed_and_keep_its_text(
    window: MainWindow, doc_path: Path, qtbot: Any
) -> None:
    """Ctrl+F, zoom and the other window keys did nothing while a card was open; the text's own
    keys (Ctrl+Z, Ctrl+A, Delete...) stay the editor's."""
    window.open_file(doc_path)
    view = window.current_view()
    assert view is not None
    qtbot.waitUntil(lambda: window.focusWidget() is view)
    before = _first_cell_texts(window)
    QTest.keyClick(view, Qt.Key.Key_Home, CTRL)
    type_text(view, "said in the room")
    zoom = view.zoom()
    QTest.keyClick(view, Qt.Key.Key_Equal, CTRL)  # zoom in, still typing
    assert view.zoom() > zoom
    editor = view.editing.editor
    assert editor is not None and editor.text() == "said in the room"
    QTest.keyClick(view, Qt.Key.Key_A, CTRL)  # the text's own: select all of it
    assert editor.textCursor().selectedText() == "said in the room"
    QTest.keyClick(view, Qt.Key.Key_End)
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert _first_cell_texts(window) == [*before, "said in the room"]
    # (Ctrl+F while typing, which takes the keyboard off the canvas: tests/x11, as focus moves
    # between a view and its scene's items only on a real display.)


def test_a_card_text_typed_in_the_inspector_is_kept_as_a_draft_until_it_is_saved(
    window: MainWindow, doc_path: Path, qtbot: Any
) -> None:
    """Words typed into a card's text in the inspector reached the file only when the field was
    left or Ctrl+Enter pressed: a crash (kill -9) while typing there lost all of them (seen on real
    X11). They are a draft of that card as they are typed, given back on its editor on the next
    open as a card's text typed on the map is; saving them drops the draft."""
    window.open_file(doc_path)
    view = window.current_view()
    assert view is not None
    qtbot.waitUntil(lambda: window.focusWidget() is view)  # the canvas has the keyboard on opening
    card = view.doc.cards(view.map_id)[0]
    view.map_scene.select_cards([card.id])
    inspector = window.inspector
    assert inspector is not None
    qtbot.waitUntil(lambda: inspector.kind == "card")
    field = inspector.pages["card"].text.text  # type: ignore[attr-defined]
    qtbot.wait(300)  # what the selection set going (the canvas takes the keyboard back) has run
    field.setFocus()
    field.moveCursor(field.textCursor().MoveOperation.End)
    QTest.keyClicks(field, " and waits")
    assert field.hasFocus()

    def drafts_on_disk() -> list[tuple[str | None, str]]:
        with JmapFile.open(doc_path, read_only=True) as jfile:
            return [(d.card_id, d.text) for d in jfile.drafts()]

    qtbot.waitUntil(lambda: drafts_on_disk() == [(card.id, card.text + " and waits")])
    QTest.keyClick(field, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert view.doc.card(card.id).text == card.text + " and waits"
    assert drafts_on_disk() == []
