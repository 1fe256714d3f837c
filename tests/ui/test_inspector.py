"""The inspector dock edits the selection through the undo stack, on disk at once, and follows undo."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from jmdesigner.model import Evidence, LaneKind, MapState, UndoStack, commands
from jmdesigner.model.kinds import CurveStyle
from jmdesigner.storage.jmapfile import JmapFile
from jmdesigner.ui.forms import MIXED_TEXT
from jmdesigner.ui.inspector import InspectorDock
from tests.builders import sample_bundle
from tests.ui.conftest import Doc

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def dock(qtbot: Any, jdoc: Doc) -> InspectorDock:
    dock = InspectorDock(jdoc.doc, jdoc.stack)
    qtbot.addWidget(dock)
    dock.resize(380, 800)
    dock.show()
    qtbot.waitExposed(dock)
    dock.activateWindow()
    return dock


def first_card(jdoc: Doc) -> Any:
    return jdoc.doc.cards(jdoc.map_id)[0]


def type_line(qtbot: Any, widget: QWidget, text: str) -> None:
    """Replace a line edit's text by typing, then press Enter."""
    widget.setFocus()
    widget.selectAll()  # type: ignore[attr-defined]
    QTest.keyClicks(widget, text)
    QTest.keyClick(widget, Qt.Key.Key_Return)


def test_no_map_shows_a_friendly_empty_state(dock: InspectorDock) -> None:
    dock.show_item(None, None, None)
    assert dock.empty.isVisible()
    assert "Open a map" in dock.empty.text()
    assert dock.current_page() is None


def test_card_text_commits_on_ctrl_enter_not_per_keystroke_and_undo_shows_old_text(
    dock: InspectorDock, jdoc: Doc
) -> None:
    card = first_card(jdoc)
    dock.show_item(jdoc.map_id, "card", card.id)
    page = dock.pages["card"]
    before = jdoc.doc.snapshot()
    page.text.text.setFocus()
    QTest.keyClick(page.text.text, Qt.Key.Key_End, CTRL)
    QTest.keyClicks(page.text.text, " and more")
    assert jdoc.doc.card(card.id).text == card.text  # nothing pushed while typing
    assert not jdoc.stack.can_undo
    QTest.keyClick(page.text.text, Qt.Key.Key_Return, CTRL)
    assert jdoc.doc.card(card.id).text == card.text + " and more"
    jdoc.assert_saved_and_undoable(before)
    assert page.text.text.toPlainText() == card.text  # the field follows the undo
    jdoc.stack.redo()
    assert page.text.text.toPlainText() == card.text + " and more"


def test_card_text_commits_when_focus_leaves(dock: InspectorDock, jdoc: Doc) -> None:
    card = first_card(jdoc)
    dock.show_item(jdoc.map_id, "card", card.id)
    page = dock.pages["card"]
    before = jdoc.doc.snapshot()
    page.text.text.setFocus()
    page.text.text.selectAll()
    QTest.keyClicks(page.text.text, "Line one")
    QTest.keyClick(page.text.text, Qt.Key.Key_Return)  # a plain Enter is a new line
    QTest.keyClicks(page.text.text, "Line two")
    assert jdoc.doc.card(card.id).text == card.text
    page.channel.line.setFocus()
    assert jdoc.doc.card(card.id).text == "Line one\nLine two"
    jdoc.assert_saved_and_undoable(before)


def test_card_line_fields_evidence_tags_votes_and_colour(dock: InspectorDock, jdoc: Doc, qtbot: Any) -> None:
    card = first_card(jdoc)
    dock.show_item(jdoc.map_id, "card", card.id)
    page = dock.pages["card"]

    before = jdoc.doc.snapshot()
    type_line(qtbot, page.channel.line, "Website")
    assert jdoc.doc.card(card.id).channel == "Website"
    jdoc.assert_saved_and_undoable(before)
    assert page.channel.line.text() == ""

    before = jdoc.doc.snapshot()
    type_line(qtbot, page.tags.line, "urgent,  mobile ,")
    assert jdoc.doc.card(card.id).tags == ("urgent", "mobile")
    jdoc.assert_saved_and_undoable(before)

    before = jdoc.doc.snapshot()
    page.evidence.combo.setCurrentIndex(2)
    page.evidence.combo.activated.emit(2)
    assert jdoc.doc.card(card.id).evidence is Evidence.ASSUMED
    jdoc.assert_saved_and_undoable(before)
    assert page.evidence.combo.currentIndex() == 0

    before = jdoc.doc.snapshot()
    type_line(qtbot, page.votes.spin, "7")
    assert jdoc.doc.card(card.id).votes == 7
    jdoc.assert_saved_and_undoable(before)
    assert page.votes.spin.value() == card.votes

    before = jdoc.doc.snapshot()
    colour, swatch = next(iter(page.colour.buttons.items()))
    assert swatch.toolTip() == "Blue" and swatch.accessibleName() == "Colour: Blue"  # named, not "#2e78c0"
    QTest.mouseClick(swatch, Qt.MouseButton.LeftButton)
    assert jdoc.doc.card(card.id).colour == colour
    after = jdoc.doc.snapshot()
    assert jdoc.on_disk() == after
    assert page.colour.default_button is not None
    QTest.mouseClick(page.colour.default_button, Qt.MouseButton.LeftButton)
    assert jdoc.doc.card(card.id).colour is None
    assert jdoc.doc.snapshot() == before and jdoc.on_disk() == before
    jdoc.stack.undo()  # back to the swatch colour, one step
    assert jdoc.doc.snapshot() == after
    assert swatch.isChecked()


def test_several_cards_show_shared_values_and_edit_as_one_undo_step(
    dock: InspectorDock, jdoc: Doc, qtbot: Any
) -> None:
    cards = jdoc.doc.cards(jdoc.map_id)[:3]
    jdoc.stack.push(commands.update_card(cards[0].id, owner="Ops"))
    jdoc.stack.clear()
    dock.show_item(jdoc.map_id, "cards", ",".join(c.id for c in cards))
    page = dock.pages["card"]
    assert page.title.text() == "3 cards"
    assert not page.text.isVisible()  # text is per card
    assert page.owner.line.text() == "" and page.owner.line.placeholderText() == MIXED_TEXT
    assert page.evidence.combo.currentIndex() == 0  # all None: shared
    before = jdoc.doc.snapshot()
    page.owner.line.setFocus()
    page.channel.line.setFocus()  # passing through a mixed field changes nothing
    assert not jdoc.stack.can_undo
    type_line(qtbot, page.channel.line, "Phone")
    assert [jdoc.doc.card(c.id).channel for c in cards] == ["Phone"] * 3
    assert jdoc.stack.undo_label == "Edit 3 cards"
    jdoc.assert_saved_and_undoable(before)
    assert page.channel.line.text() == ""


def test_stage_name_refused_inline_and_reset(dock: InspectorDock, jdoc: Doc, qtbot: Any) -> None:
    stages = jdoc.doc.stages(jdoc.map_id)
    dock.show_item(jdoc.map_id, "stage", stages[0].id)
    page = dock.pages["stage"]
    before = jdoc.doc.snapshot()
    type_line(qtbot, page.name.line, stages[1].name)  # taken by another stage
    assert "already exists" in page.name.error_text()
    assert page.name.error.isVisible()
    assert page.name.line.text() == stages[0].name
    assert jdoc.doc.snapshot() == before and not jdoc.stack.can_undo
    page.name.line.selectAll()
    QTest.keyClick(page.name.line, Qt.Key.Key_Delete)
    QTest.keyClick(page.name.line, Qt.Key.Key_Return)
    assert "must not be empty" in page.name.error_text()
    assert page.name.line.text() == stages[0].name
    type_line(qtbot, page.name.line, "Discover")
    assert page.name.error_text() == ""
    assert jdoc.doc.stage(stages[0].id).name == "Discover"
    jdoc.assert_saved_and_undoable(before)
    assert page.name.line.text() == stages[0].name


def test_stage_description_and_width(dock: InspectorDock, jdoc: Doc, qtbot: Any) -> None:
    stage = jdoc.doc.stages(jdoc.map_id)[1]
    dock.show_item(jdoc.map_id, "stage", stage.id)
    page = dock.pages["stage"]
    before = jdoc.doc.snapshot()
    type_line(qtbot, page.width.spin, "300")
    assert jdoc.doc.stage(stage.id).width == 300.0
    jdoc.assert_saved_and_undoable(before)
    page.description.text.setFocus()
    QTest.keyClicks(page.description.text, "Looks around")
    QTest.keyClick(page.description.text, Qt.Key.Key_Return, CTRL)
    assert jdoc.doc.stage(stage.id).description == "Looks around"
    assert jdoc.on_disk() == jdoc.doc.snapshot()


def test_lane_kind_colour_height_and_collapsed(dock: InspectorDock, jdoc: Doc, qtbot: Any) -> None:
    lane = jdoc.doc.lanes(jdoc.map_id)[0]
    dock.show_item(jdoc.map_id, "lane", lane.id)
    page = dock.pages["lane"]
    assert page.kind.combo.count() == len(LaneKind)
    assert page.kind.combo.currentText() == LaneKind.TOUCHPOINTS.label

    before = jdoc.doc.snapshot()
    index = list(LaneKind).index(LaneKind.OPPORTUNITIES)
    page.kind.combo.setCurrentIndex(index)
    page.kind.combo.activated.emit(index)
    assert jdoc.doc.lane(lane.id).kind is LaneKind.OPPORTUNITIES
    jdoc.assert_saved_and_undoable(before)
    assert page.kind.combo.currentText() == LaneKind.TOUCHPOINTS.label

    before = jdoc.doc.snapshot()
    QTest.mouseClick(page.height.auto, Qt.MouseButton.LeftButton)  # off: a fixed minimum height
    assert jdoc.doc.lane(lane.id).height == 120.0
    assert page.height.spin.isEnabled()
    type_line(qtbot, page.height.spin, "200")
    assert jdoc.doc.lane(lane.id).height == 200.0
    assert jdoc.on_disk() == jdoc.doc.snapshot()
    jdoc.stack.undo()
    jdoc.stack.undo()
    assert jdoc.doc.snapshot() == before and page.height.auto.isChecked()

    before = jdoc.doc.snapshot()
    QTest.mouseClick(page.collapsed.check, Qt.MouseButton.LeftButton)
    assert jdoc.doc.lane(lane.id).collapsed is True
    jdoc.assert_saved_and_undoable(before)
    assert not page.collapsed.check.isChecked()

    before = jdoc.doc.snapshot()
    colour, swatch = list(page.colour.buttons.items())[3]
    QTest.mouseClick(swatch, Qt.MouseButton.LeftButton)
    assert jdoc.doc.lane(lane.id).colour == colour
    jdoc.assert_saved_and_undoable(before)


def test_lane_with_cards_cannot_become_the_emotions_lane(dock: InspectorDock, jdoc: Doc) -> None:
    lane = jdoc.doc.lanes(jdoc.map_id)[0]
    dock.show_item(jdoc.map_id, "lane", lane.id)
    page = dock.pages["lane"]
    before = jdoc.doc.snapshot()
    index = list(LaneKind).index(LaneKind.EMOTIONS)
    page.kind.combo.setCurrentIndex(index)
    page.kind.combo.activated.emit(index)
    assert "emotions lane" in page.kind.error_text()
    assert page.kind.combo.currentText() == LaneKind.TOUCHPOINTS.label
    assert jdoc.doc.snapshot() == before == jdoc.on_disk()


def test_emotion_point_score_note_evidence(dock: InspectorDock, jdoc: Doc, qtbot: Any) -> None:
    point = jdoc.doc.emotion_points(jdoc.map_id)[0]
    dock.show_item(jdoc.map_id, "point", point.id)
    page = dock.pages["point"]
    assert page.persona.text() == jdoc.doc.persona(point.persona_id).name
    assert (page.score.spin.minimum(), page.score.spin.maximum()) == (-5, 5)
    before = jdoc.doc.snapshot()
    type_line(qtbot, page.score.spin, "3.5")
    assert jdoc.doc.emotion_point(point.id).score == 3.5
    jdoc.assert_saved_and_undoable(before)
    assert page.score.spin.value() == point.score

    before = jdoc.doc.snapshot()
    page.note.text.setFocus()
    QTest.keyClicks(page.note.text, "Waited on hold")
    QTest.keyClick(page.note.text, Qt.Key.Key_Return, CTRL)
    page.evidence.combo.setCurrentIndex(1)
    page.evidence.combo.activated.emit(1)
    moved = jdoc.doc.emotion_point(point.id)
    assert (moved.note, moved.evidence) == ("Waited on hold", Evidence.OBSERVED)
    assert jdoc.on_disk() == jdoc.doc.snapshot()
    jdoc.stack.undo()
    jdoc.stack.undo()
    assert jdoc.doc.snapshot() == before
    assert page.note.text.toPlainText() == ""


def test_map_title_state_reworks_scale_curve(dock: InspectorDock, jdoc: Doc, qtbot: Any) -> None:
    from tests.builders import sample_bundle

    jdoc.stack.push(commands.add_map(sample_bundle("Future")))
    jdoc.stack.clear()
    future = jdoc.doc.map_by_title("Future")
    assert future is not None
    dock.show_item(future.id, None, None)
    page = dock.pages[None]
    assert not page.reworks.combo.isEnabled()

    before = jdoc.doc.snapshot()
    type_line(qtbot, page.title_field.line, "Checkout tomorrow")
    assert jdoc.doc.map(future.id).title == "Checkout tomorrow"
    jdoc.assert_saved_and_undoable(before)

    page.state.combo.setCurrentIndex(1)
    page.state.combo.activated.emit(1)
    assert jdoc.doc.map(future.id).state is MapState.FUTURE
    assert page.reworks.combo.isEnabled()
    assert page.reworks.combo.itemText(1) == "Checkout"
    page.reworks.combo.setCurrentIndex(1)
    page.reworks.combo.activated.emit(1)
    assert jdoc.doc.map(future.id).reworks_id == jdoc.map_id
    page.state.combo.setCurrentIndex(0)  # back to current: the link goes in the same step
    page.state.combo.activated.emit(0)
    assert (jdoc.doc.map(future.id).state, jdoc.doc.map(future.id).reworks_id) == (MapState.CURRENT, None)
    assert jdoc.on_disk() == jdoc.doc.snapshot()
    jdoc.stack.undo()
    assert jdoc.doc.map(future.id).reworks_id == jdoc.map_id
    assert page.reworks.combo.currentIndex() == 1

    before = jdoc.doc.snapshot()
    page.curve.combo.setCurrentIndex(1)
    page.curve.combo.activated.emit(1)
    assert jdoc.doc.map(future.id).curve is CurveStyle.STRAIGHT
    jdoc.assert_saved_and_undoable(before)

    before = jdoc.doc.snapshot()
    type_line(qtbot, page.scale_min.spin, "0")  # the curves have points below 0
    assert "outside 0..5" in page.scale_min.error_text()
    assert page.scale_min.spin.value() == -5
    assert jdoc.doc.snapshot() == before
    type_line(qtbot, page.scale_max.spin, "10")
    assert page.scale_min.error_text() == ""  # the next edit that sticks retires the refusal
    assert jdoc.doc.map(future.id).scale_max == 10
    jdoc.assert_saved_and_undoable(before)


def test_map_personas_detach_attach_and_reorder(dock: InspectorDock, jdoc: Doc) -> None:
    dock.show_item(jdoc.map_id, None, None)
    page = dock.pages[None]
    maya, walter = jdoc.doc.map(jdoc.map_id).persona_ids
    before = jdoc.doc.snapshot()
    page.personas.item(walter).setCheckState(Qt.CheckState.Unchecked)
    assert jdoc.doc.map(jdoc.map_id).persona_ids == (maya,)
    assert jdoc.doc.emotion_points(jdoc.map_id, walter) == []
    jdoc.assert_saved_and_undoable(before)
    assert page.personas.value() == (maya, walter)

    page.personas.list.setCurrentItem(page.personas.item(walter))
    QTest.mouseClick(page.personas.up, Qt.MouseButton.LeftButton)
    assert jdoc.doc.map(jdoc.map_id).persona_ids == (walter, maya)
    jdoc.assert_saved_and_undoable(before)
    assert page.personas.value() == (maya, walter)


def test_dock_follows_canvas_edits_and_removals(dock: InspectorDock, jdoc: Doc) -> None:
    card = first_card(jdoc)
    dock.show_item(jdoc.map_id, "card", card.id)
    page = dock.pages["card"]
    jdoc.stack.push(commands.update_card(card.id, owner="Sales"))  # as the canvas would
    assert page.owner.line.text() == "Sales"
    jdoc.stack.push(commands.remove_cards([card.id]))
    assert dock.current_page() is dock.pages[None]  # the map, since the card is gone
    jdoc.stack.undo()
    assert dock.kind is None  # the dock does not reselect on its own: the canvas tells it


def test_a_field_being_typed_in_is_not_overwritten(dock: InspectorDock, jdoc: Doc, qtbot: Any) -> None:
    card = first_card(jdoc)
    dock.show_item(jdoc.map_id, "card", card.id)
    page = dock.pages["card"]
    page.owner.line.setFocus()
    QTest.keyClicks(page.owner.line, "Half typed")
    jdoc.stack.push(commands.update_card(card.id, votes=4))  # an unrelated change arrives
    assert page.owner.line.text() == "Half typed"
    assert page.votes.spin.value() == 4
    QTest.keyClick(page.owner.line, Qt.Key.Key_Return)
    assert jdoc.doc.card(card.id).owner == "Half typed"


def test_showing_items_never_writes(dock: InspectorDock, jdoc: Doc) -> None:
    before = jdoc.doc.snapshot()
    for card in jdoc.doc.cards(jdoc.map_id):
        dock.show_item(jdoc.map_id, "card", card.id)
        dock.pages["card"].text.text.setFocus()
        dock.pages["card"].votes.spin.setFocus()
    for stage in jdoc.doc.stages(jdoc.map_id):
        dock.show_item(jdoc.map_id, "stage", stage.id)
        dock.pages["stage"].width.spin.setFocus()
        dock.pages["stage"].name.line.setFocus()
    dock.show_item(jdoc.map_id, None, None)
    assert not jdoc.stack.can_undo
    assert jdoc.doc.snapshot() == before


def test_fields_have_labels_and_accessible_names(dock: InspectorDock, jdoc: Doc) -> None:
    dock.show_item(jdoc.map_id, "card", first_card(jdoc).id)
    page = dock.pages["card"]
    for field in page.fields:
        assert field.editor.accessibleName() == field.label
        label = page.layout_.labelForField(field)
        assert label is not None and label.buddy() is not None  # type: ignore[attr-defined]


def test_unknown_kind_is_a_programming_error(dock: InspectorDock, jdoc: Doc) -> None:
    with pytest.raises(ValueError, match="Unknown inspector kind"):
        dock.show_item(jdoc.map_id, "persona", "x")


def test_a_refusal_goes_when_an_undo_changes_the_document(dock: InspectorDock, jdoc: Doc, qtbot: Any) -> None:
    stages = jdoc.doc.stages(jdoc.map_id)
    dock.show_item(jdoc.map_id, "stage", stages[0].id)
    page = dock.pages["stage"]
    type_line(qtbot, page.name.line, "Discover")  # an edit that sticks
    type_line(qtbot, page.name.line, stages[1].name)  # refused: taken by another stage
    assert "already exists" in page.name.error_text()
    jdoc.stack.undo()  # Ctrl+Z: back to the old name; the refusal is about nothing now
    assert page.name.error_text() == ""
    assert page.name.line.text() == stages[0].name


def test_a_map_whose_curve_is_hidden_is_offered_an_emotions_lane(dock: InspectorDock, jdoc: Doc) -> None:
    lane = next(lane for lane in jdoc.doc.lanes(jdoc.map_id) if lane.kind is LaneKind.EMOTIONS)
    jdoc.stack.push(commands.remove_lane(lane.id))  # as an older file or a script may leave a map
    assert jdoc.doc.emotion_points(jdoc.map_id)  # the scores are still there, drawn nowhere
    dock.show_item(jdoc.map_id, None, None)
    page = dock.pages[None]
    assert page.layout_.isRowVisible(page.curve_offer)
    before = jdoc.doc.snapshot()
    QTest.mouseClick(page.curve_offer.button, Qt.MouseButton.LeftButton)
    assert [lane.kind for lane in jdoc.doc.lanes(jdoc.map_id)].count(LaneKind.EMOTIONS) == 1
    assert not page.layout_.isRowVisible(page.curve_offer)
    jdoc.assert_saved_and_undoable(before)


def test_card_moment_of_truth_is_one_undoable_click_saved_at_once(dock: InspectorDock, jdoc: Doc) -> None:
    card = first_card(jdoc)
    dock.show_item(jdoc.map_id, "card", card.id)
    page = dock.pages["card"]
    assert not page.moment_of_truth.check.isChecked()
    before = jdoc.doc.snapshot()
    QTest.mouseClick(page.moment_of_truth.check, Qt.MouseButton.LeftButton)
    assert jdoc.doc.card(card.id).moment_of_truth is True
    jdoc.assert_saved_and_undoable(before)
    assert not page.moment_of_truth.check.isChecked()  # the box follows the undo


def test_a_page_is_built_when_first_shown_and_then_kept(dock: InspectorDock, jdoc: Doc) -> None:
    """Opening a map builds the map's page alone; a card's page is made at the first card shown,
    filled and visible, and the same page serves every later card and several cards."""
    dock.show_item(jdoc.map_id, None, None)
    assert list(dock.pages) == [None]
    card = first_card(jdoc)
    dock.show_item(jdoc.map_id, "card", card.id)
    page = dock.pages["card"]
    assert set(dock.pages) == {None, "card"}
    assert page.isVisible() and not dock.pages[None].isVisible()
    assert page.text.text.toPlainText() == card.text  # type: ignore[attr-defined]
    two = ",".join(c.id for c in jdoc.doc.cards(jdoc.map_id)[:2])
    dock.show_item(jdoc.map_id, "cards", two)
    assert dock.current_page() is page and set(dock.pages) == {None, "card", "cards"}
    stage = jdoc.doc.stages(jdoc.map_id)[0]
    dock.show_item(jdoc.map_id, "stage", stage.id)
    assert dock.pages["stage"].isVisible() and not page.isVisible()


def test_a_field_error_is_shown_in_the_error_colour(qtbot: Any) -> None:
    """The error line takes its colour with the first error (not when the page is built: a
    style sheet on each hidden error line had Qt polish it through its style-sheet style)."""
    from PySide6.QtGui import QColor

    from jmdesigner.ui.forms import ERROR_COLOUR, ComboField

    field = ComboField("Beleg", [("Keine", None)])
    qtbot.addWidget(field)
    field.show()
    assert field.error.isHidden()
    field.show_error("Dieser Wert ist zu lang für diese Karte.")
    image = field.error.grab().toImage()
    red = QColor(ERROR_COLOUR)
    darkest = min(
        (image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())),
        key=lambda c: abs(c.red() - red.red()) + abs(c.green() - red.green()) + abs(c.blue() - red.blue()),
    )
    assert (
        abs(darkest.red() - red.red()) + abs(darkest.green() - red.green()) + abs(darkest.blue() - red.blue())
        < 40
    )
    assert field.error_text() == "Dieser Wert ist zu lang für diese Karte."


def test_showing_what_is_shown_again_fills_no_page_until_the_document_changes(
    dock: InspectorDock, jdoc: Doc, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Deleting selected cards shows the map page when the document changes (the cards are gone)
    and again when the canvas's selection follows: the second asks for what is shown already, and
    the page is not filled a second time. Once the document changes again it is."""
    cards = jdoc.doc.cards(jdoc.map_id)[:3]
    dock.show_item(jdoc.map_id, None, None)
    page = dock.pages[None]
    filled: list[str] = []
    show_ids = page.show_ids
    monkeypatch.setattr(page, "show_ids", lambda map_id, ids: filled.append(map_id) or show_ids(map_id, ids))
    dock.show_item(jdoc.map_id, "cards", ",".join(c.id for c in cards))
    jdoc.stack.push(commands.remove_cards([c.id for c in cards]))  # as the canvas's Delete
    assert filled == [jdoc.map_id] and dock.current_page() is page
    dock.show_item(jdoc.map_id, None, None)  # the canvas's selection follows: shown already
    assert filled == [jdoc.map_id]
    assert page.isVisible() and not dock.empty.isVisible()
    jdoc.stack.push(commands.update_map(jdoc.map_id, title="Renamed while shown"))
    assert len(filled) == 2 and page.title_field.line.text() == "Renamed while shown"
    dock.show_item(jdoc.map_id, None, None)
    assert len(filled) == 2
    jdoc.stack.undo()  # the title back: the page follows the document
    assert len(filled) == 3 and page.title_field.line.text() != "Renamed while shown"


class _Paints(QObject):
    """Counts the paint events of the widget it watches."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def test_the_card_page_an_undo_shows_is_painted_once(window: Any, tmp_path: Path) -> None:
    """The undo of a delete brings cards back selected: the dock shows the card page in place of
    the map page, and the next frame paints it (with the canvas) and no frame after it paints it
    again (Qt's own repaints of the widgets being shown came after the frame, and painted the
    whole page twice)."""
    path = tmp_path / "map.jmap"
    with JmapFile.create(path) as jfile:
        UndoStack(jfile.document).push(commands.add_map(sample_bundle(stages=3, cards_per_cell=2)))
    window.open_file(path)
    app = QApplication.instance()
    for _ in range(5):
        app.processEvents()
    view = window.current_view()
    doc = window.jfile.document
    view.map_scene.select_cards([c.id for c in doc.cards(view.map_id)][:4])
    view.setFocus()
    app.processEvents()
    QTest.keyClick(view, Qt.Key.Key_Delete)
    for _ in range(5):
        app.processEvents()
    dock = window.inspector
    assert dock.kind is None
    page = dock.pages["card"]
    paints = _Paints()
    page.installEventFilter(paints)
    QTest.keyClick(view, Qt.Key.Key_Z, CTRL)
    for _ in range(5):  # the frame, and any it posts
        app.processEvents()
    page.removeEventFilter(paints)
    assert dock.kind == "cards" and page.isVisible() and page.title.text() == "4 cards"
    assert paints.count == 1
