"""The persona editor: profile fields, add/remove with confirmation, photos and maps, all undoable."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from jmdesigner.layout.palette import CLEARLY_UNLIKE, colour_distance
from jmdesigner.model import Kind, commands
from jmdesigner.ui.persona_editor import PersonaEditor, open_persona_editor
from jmdesigner.ui.photo import MAX_SIDE, PhotoError, load_photo
from tests.ui.conftest import Doc
from tests.ui.question_keys import answer

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def editor(qtbot: Any, jdoc: Doc) -> Iterator[PersonaEditor]:
    editor = open_persona_editor(None, jdoc.doc, jdoc.stack, map_id=jdoc.map_id)
    qtbot.waitExposed(editor)
    yield editor
    if shiboken6.isValid(editor):  # it deletes itself on close
        editor.close()


def persona(jdoc: Doc, index: int = 0) -> Any:
    return jdoc.doc.personas()[index]


def image_file(path: Path, width: int, height: int, fmt: str = "PNG") -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#c8a27a"))
    assert image.save(str(path), fmt)
    return path


def message_text(editor: PersonaEditor) -> str:
    boxes = editor.findChildren(QMessageBox)
    assert boxes, "a message box should explain the refusal"
    return boxes[-1].text()


def test_opens_on_the_first_persona_and_renames_it(editor: PersonaEditor, jdoc: Doc) -> None:
    maya = persona(jdoc)
    assert editor.persona_id == maya.id
    assert editor.name.line.text() == maya.name
    assert editor.list.count() == 2
    before = jdoc.doc.snapshot()
    editor.name.line.setFocus()
    editor.name.line.selectAll()
    QTest.keyClicks(editor.name.line, "Maya Lopez")
    QTest.keyClick(editor.name.line, Qt.Key.Key_Return)
    assert jdoc.doc.persona(maya.id).name == "Maya Lopez"
    assert editor.list.item(0).text() == "Maya Lopez"
    jdoc.assert_saved_and_undoable(before)
    assert editor.name.line.text() == maya.name
    assert editor.list.item(0).text() == maya.name


def test_a_taken_name_is_refused_under_the_field(editor: PersonaEditor, jdoc: Doc) -> None:
    before = jdoc.doc.snapshot()
    editor.name.line.setFocus()
    editor.name.line.selectAll()
    QTest.keyClicks(editor.name.line, persona(jdoc, 1).name)
    QTest.keyClick(editor.name.line, Qt.Key.Key_Return)
    assert "already exists" in editor.name.error_text()
    assert editor.name.line.text() == persona(jdoc).name
    assert jdoc.doc.snapshot() == before and not jdoc.stack.can_undo


def test_lists_role_quote_and_colour(editor: PersonaEditor, jdoc: Doc) -> None:
    maya = persona(jdoc)
    before = jdoc.doc.snapshot()
    goals = editor.lists["goals"].text
    goals.setFocus()
    QTest.keyClick(goals, Qt.Key.Key_End, CTRL)
    QTest.keyClick(goals, Qt.Key.Key_Return)
    QTest.keyClicks(goals, "  Pay quickly ")
    QTest.keyClick(goals, Qt.Key.Key_Return)
    QTest.keyClick(goals, Qt.Key.Key_Return)
    assert jdoc.doc.persona(maya.id).goals == maya.goals  # not per keystroke
    editor.role.line.setFocus()  # leaving the list commits it
    assert jdoc.doc.persona(maya.id).goals == ("Save time", "Pay quickly")
    jdoc.assert_saved_and_undoable(before)
    assert goals.toPlainText() == "Save time"

    editor.quote.text.setFocus()
    QTest.keyClicks(editor.quote.text, "Just let me pay.")
    QTest.keyClick(editor.quote.text, Qt.Key.Key_Return, CTRL)
    assert jdoc.doc.persona(maya.id).quote == "Just let me pay."

    before = jdoc.doc.snapshot()
    colour, swatch = list(editor.colour.buttons.items())[5]
    QTest.mouseClick(swatch, Qt.MouseButton.LeftButton)
    assert jdoc.doc.persona(maya.id).colour == colour
    jdoc.assert_saved_and_undoable(before)


def test_add_persona_from_a_map_shows_it_there_in_one_step(editor: PersonaEditor, jdoc: Doc) -> None:
    before = jdoc.doc.snapshot()
    QTest.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    added = jdoc.doc.persona(editor.persona_id or "")
    assert added.name == "New persona"
    assert added.id in jdoc.doc.map(jdoc.map_id).persona_ids
    assert added.colour not in {p.colour for p in jdoc.doc.personas() if p.id != added.id}
    assert editor.name.line.hasFocus() and editor.name.line.selectedText() == "New persona"
    jdoc.assert_saved_and_undoable(before)
    assert editor.persona_id != added.id and editor.list.count() == 2


def test_removing_a_persona_with_curves_asks_first(
    editor: PersonaEditor, jdoc: Doc, monkeypatch: pytest.MonkeyPatch
) -> None:
    maya = persona(jdoc)
    questions: list[str] = []
    answer = [False]

    def ask(title: str, text: str) -> bool:
        questions.append(text)
        return answer[0]

    monkeypatch.setattr(editor, "ask", ask)
    before = jdoc.doc.snapshot()
    QTest.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert "emotion curve on 1 map (3 points)" in questions[0]
    assert jdoc.doc.snapshot() == before  # declined

    answer[0] = True
    QTest.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert jdoc.doc.get(Kind.PERSONA, maya.id) is None
    assert editor.list.count() == 1 and editor.persona_id == persona(jdoc).id
    jdoc.assert_saved_and_undoable(before)
    assert editor.list.count() == 2


def test_typing_into_the_remove_persona_question_keeps_the_persona(editor: PersonaEditor, jdoc: Doc) -> None:
    """The question took a typed "y" for Yes (its underlined button) and removed the persona with
    its curves; now Enter, Space, Esc and a letter typed keep it, and only a click on Yes removes it."""
    from PySide6.QtCore import QTimer

    maya = persona(jdoc)
    before = jdoc.doc.snapshot()
    asked: list[str] = []

    for key in (Qt.Key.Key_Y, Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Escape):
        QTimer.singleShot(0, lambda key=key: answer(asked, key))
        assert editor.remove_persona() is False
        assert jdoc.doc.snapshot() == before
    assert len(asked) == 4 and "emotion curve" in asked[0]
    QTimer.singleShot(0, lambda: answer(asked, None))
    assert editor.remove_persona() is True
    assert jdoc.doc.get(Kind.PERSONA, maya.id) is None


def test_removing_a_persona_without_curves_does_not_ask(
    editor: PersonaEditor, jdoc: Doc, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(editor, "ask", lambda *a: pytest.fail("should not ask"))
    new_id = editor.add_persona()
    before = jdoc.doc.snapshot()
    assert editor.remove_persona(new_id)
    jdoc.assert_saved_and_undoable(before)


def test_a_huge_photo_is_scaled_down_and_stored(editor: PersonaEditor, jdoc: Doc, tmp_path: Path) -> None:
    path = image_file(tmp_path / "big.png", 4000, 3000)
    before = jdoc.doc.snapshot()
    assert editor.import_photo(str(path))
    photo = jdoc.doc.persona(editor.persona_id or "").photo
    assert photo is not None and photo.mime == "image/jpeg"  # no transparency: JPEG
    stored = QImage.fromData(photo.data)
    assert (stored.width(), stored.height()) == (MAX_SIDE, 384)
    assert not editor.photo.pixmap().isNull()
    assert editor.remove_photo_button.isEnabled()
    jdoc.assert_saved_and_undoable(before)
    assert editor.photo.text() == "No photo"


def test_a_photo_with_transparency_stays_png_and_can_be_removed(
    editor: PersonaEditor, jdoc: Doc, tmp_path: Path
) -> None:
    image = QImage(300, 200, QImage.Format.Format_ARGB32)
    image.fill(QColor(10, 20, 30, 100))
    image.save(str(tmp_path / "a.png"))
    assert editor.import_photo(str(tmp_path / "a.png"))
    pid = editor.persona_id or ""
    photo = jdoc.doc.persona(pid).photo
    assert photo is not None and photo.mime == "image/png"
    assert QImage.fromData(photo.data).size().toTuple() == (300, 200)
    before = jdoc.doc.snapshot()
    QTest.mouseClick(editor.remove_photo_button, Qt.MouseButton.LeftButton)
    assert jdoc.doc.persona(pid).photo is None
    jdoc.assert_saved_and_undoable(before)


def test_a_file_that_is_not_an_image_is_refused_with_a_message(
    editor: PersonaEditor, jdoc: Doc, tmp_path: Path
) -> None:
    path = tmp_path / "notes.png"
    path.write_text("not a picture at all")
    before = jdoc.doc.snapshot()
    assert not editor.import_photo(str(path))
    assert "not a PNG or JPEG image" in message_text(editor)
    assert "Choose a .png or .jpg file" in message_text(editor)
    assert jdoc.doc.snapshot() == before and not jdoc.stack.can_undo


def test_a_truncated_png_is_refused_with_a_message(editor: PersonaEditor, jdoc: Doc, tmp_path: Path) -> None:
    whole = image_file(tmp_path / "whole.png", 640, 480).read_bytes()
    path = tmp_path / "cut.png"
    path.write_bytes(whole[: len(whole) // 2])
    before = jdoc.doc.snapshot()
    assert not editor.import_photo(str(path))
    text = message_text(editor)
    assert "damaged or incomplete" in text and "save it again" in text
    assert jdoc.doc.snapshot() == before and not jdoc.stack.can_undo


def test_a_photo_too_big_even_when_scaled_is_refused(tmp_path: Path) -> None:
    path = image_file(tmp_path / "p.png", 800, 800)
    with pytest.raises(PhotoError, match="Even scaled down"):
        load_photo(path, max_bytes=100)
    with pytest.raises(PhotoError, match="Cannot read"):
        load_photo(tmp_path / "missing.png")


def test_maps_checklist_attaches_and_detaches(editor: PersonaEditor, jdoc: Doc) -> None:
    maya = persona(jdoc)
    before = jdoc.doc.snapshot()
    editor.maps.item(jdoc.map_id).setCheckState(Qt.CheckState.Unchecked)
    assert maya.id not in jdoc.doc.map(jdoc.map_id).persona_ids
    assert editor.form.subtitle.text() == "Not shown on any map yet"
    jdoc.assert_saved_and_undoable(before)
    assert editor.maps.item(jdoc.map_id).checkState() == Qt.CheckState.Checked


def test_editor_follows_undo_from_elsewhere_and_stops_listening_when_closed(
    editor: PersonaEditor, jdoc: Doc
) -> None:
    maya = persona(jdoc)
    jdoc.stack.push(commands.update_persona(maya.id, role="Teacher"))
    assert editor.role.line.text() == "Teacher"
    jdoc.stack.undo()
    assert editor.role.line.text() == "Parent"
    editor.close()
    jdoc.stack.redo()  # no listener left on a closed editor
    assert jdoc.doc.persona(maya.id).role == "Teacher"


def test_open_persona_editor_selects_the_persona(qtbot: Any, jdoc: Doc) -> None:
    walter = persona(jdoc, 1)
    editor = open_persona_editor(None, jdoc.doc, jdoc.stack, persona_id=walter.id)
    assert editor.persona_id == walter.id
    assert editor.list.currentItem().text() == walter.name
    assert editor.name.line.text() == walter.name
    editor.close()


def test_each_persona_added_gets_a_curve_colour_told_apart_from_the_others(
    editor: PersonaEditor, jdoc: Doc
) -> None:
    """Maya's red and Walter's blue are on the map; Add persona gave the next one the Blue swatch
    (ΔE 7 from Walter's: two curves nobody could tell apart on a projector) and the one after it
    Indigo. Each of the next three personas now takes a swatch clearly unlike every curve there."""
    for _ in range(3):
        QTest.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    colours = [p.colour for p in jdoc.doc.personas()]
    assert len(colours) == 5
    for k, colour in enumerate(colours[2:], start=2):
        for other in colours[:k]:
            assert colour_distance(colour, other) >= CLEARLY_UNLIKE, (colour, other)
    assert editor.colour.buttons[colours[-1]].isChecked()  # one of the swatches, shown as chosen


@pytest.mark.parametrize("field", ["name", "description"])
def test_escape_closes_the_editor_keeping_what_was_typed(
    editor: PersonaEditor, jdoc: Doc, field: str
) -> None:
    """ "Changes are saved as you make them", and Close keeps a name being typed; Escape took it
    back instead and left the dialog open (a second Escape closed it, the name lost)."""
    maya = persona(jdoc)
    before = jdoc.doc.snapshot()
    widget = editor.name.line if field == "name" else editor.description.text
    widget.setFocus()
    widget.selectAll()
    QTest.keyClicks(widget, "Maya Lopez, Lisboa")
    QTest.keyClick(widget, Qt.Key.Key_Escape)
    assert getattr(jdoc.doc.persona(maya.id), field) == "Maya Lopez, Lisboa"
    assert not shiboken6.isValid(editor) or not editor.isVisible()
    jdoc.assert_saved_and_undoable(before)  # on disk, and one Ctrl+Z takes it back


def test_escape_on_a_refused_name_keeps_the_editor_open_saying_why(editor: PersonaEditor, jdoc: Doc) -> None:
    """Escape closed the editor even when the name typed was refused: the refusal was never seen,
    and the persona kept its old name while its user thought the new one kept."""
    before = jdoc.doc.snapshot()
    editor.name.line.setFocus()
    editor.name.line.selectAll()
    QTest.keyClicks(editor.name.line, persona(jdoc, 1).name)
    QTest.keyClick(editor.name.line, Qt.Key.Key_Escape)
    assert shiboken6.isValid(editor) and editor.isVisible()
    assert "already exists" in editor.name.error_text()
    assert jdoc.doc.snapshot() == before
    QTest.keyClick(editor.name.line, Qt.Key.Key_Escape)  # seen: a second Escape closes it
    assert not shiboken6.isValid(editor) or not editor.isVisible()


def test_a_name_typed_into_the_editor_of_a_map_with_no_persona_starts_one(qtbot: Any, jdoc: Doc) -> None:
    """A new map has no persona; the facilitator opens Personas (Ctrl+Shift+P) and types the
    name the room gives: the letters went to the empty list's search and were lost. The keyboard
    is on Add persona, and a name typed there adds the persona with it (on the map, one step)."""
    for p in jdoc.doc.personas():
        jdoc.stack.push(commands.remove_persona(p.id))
    editor = open_persona_editor(None, jdoc.doc, jdoc.stack, map_id=jdoc.map_id)
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(lambda: editor.add_button.hasFocus())
    for key in "Maya Lopez":  # as a keyboard types: each key to whatever has the focus then
        QTest.keyClicks(QApplication.focusWidget(), key)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    (maya,) = jdoc.doc.personas()
    assert maya.name == "Maya Lopez"
    assert maya.id in jdoc.doc.map(jdoc.map_id).persona_ids
    editor.close()
