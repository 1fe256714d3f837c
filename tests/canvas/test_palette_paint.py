"""The palette paints every item exactly as the style-driven delegate did, in each state it shows.

The delegate draws the item's background, selection and focus frame through
``QStyledItemDelegate.paint`` and mirrors its rects itself, so that the first frame needs no
``QStyle`` enum. The reference here is the former painting, which asked the style for all of it;
the two are compared pixel for pixel (idle, selected, focused, right to left)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from jmdesigner.canvas.palette import PaletteDelegate, PaletteList


class StyleDelegate(PaletteDelegate):
    """The delegate as it was: the background, the state and the mirroring asked of ``QStyle``
    (the text and icon drawn by the same ``draw_item``)."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super(PaletteDelegate, self).initStyleOption(option, index)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text, opt.text, opt.icon = opt.text, "", type(opt.icon)()
        widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        opt.text = text
        direction = opt.direction
        self.draw_item(
            painter,
            opt,
            index,
            selected=selected,
            visual=lambda rect: QStyle.visualRect(direction, opt.rect, rect),
            align=QStyle.visualAlignment(direction, Qt.AlignmentFlag.AlignLeft)
            | Qt.AlignmentFlag.AlignAbsolute,
        )


def _both(qtbot: QtBot, arrange: object) -> tuple[QImage, QImage]:
    images = []
    for delegate in (PaletteDelegate, StyleDelegate):
        palette = PaletteList()
        qtbot.addWidget(palette)
        palette.setItemDelegate(delegate(palette))
        palette.resize(240, 520)
        arrange(palette)  # type: ignore[operator]
        palette.show()
        qtbot.waitExposed(palette)
        images.append(palette.grab().toImage())
    return images[0], images[1]


def _assert_same(ours: QImage, reference: QImage) -> None:
    assert ours.size() == reference.size()
    assert ours == reference, "the palette paints differently from the style's own drawing"


def test_an_idle_palette_paints_as_the_style_did(qtbot: QtBot) -> None:
    _assert_same(*_both(qtbot, lambda palette: None))


def test_a_selected_and_focused_item_paints_as_the_style_did(qtbot: QtBot) -> None:
    def arrange(palette: PaletteList) -> None:
        palette.setCurrentRow(3)
        palette.setFocus()

    ours, reference = _both(qtbot, arrange)
    _assert_same(ours, reference)
    idle, _ = _both(qtbot, lambda palette: None)
    assert ours != idle  # the selection shows


def test_a_right_to_left_palette_mirrors_as_the_style_did(qtbot: QtBot) -> None:
    def arrange(palette: PaletteList) -> None:
        palette.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        palette.setCurrentRow(1)

    ours, reference = _both(qtbot, arrange)
    _assert_same(ours, reference)
    left_to_right, _ = _both(qtbot, lambda palette: palette.setCurrentRow(1))
    assert ours != left_to_right


def test_the_palettes_numbers_are_the_qt_roles_and_flags_they_stand_for() -> None:
    """The palette names its roles and text flags as numbers (``Qt``'s enums cost ~12 ms to make)."""
    from jmdesigner.canvas import palette

    assert Qt.ItemDataRole.DecorationRole.value == palette.DECORATION_ROLE
    assert Qt.ItemDataRole.AccessibleDescriptionRole.value == palette.ACCESSIBLE_DESCRIPTION_ROLE
    assert Qt.ItemDataRole.UserRole.value == palette.USER_ROLE
    assert Qt.AlignmentFlag.AlignLeft.value == palette.ALIGN_LEFT
    assert Qt.AlignmentFlag.AlignRight.value == palette.ALIGN_RIGHT
    assert Qt.AlignmentFlag.AlignAbsolute.value == palette.ALIGN_ABSOLUTE


def test_a_palette_line_is_shortened_exactly_as_qt_shortens_it(qtbot: QtBot) -> None:
    from PySide6.QtGui import QFont, QFontMetrics

    from jmdesigner.canvas.palette import _elided

    bold = QFont()
    bold.setBold(True)
    for font in (QFont(), bold):
        metrics = QFontMetrics(font)
        for text in ("Card", "Physical evidence lane", "Staff actions the customer sees", "Lane é…", ""):
            full = metrics.horizontalAdvance(text)
            for width in range(max(full - 40, 0), full + 4):
                assert _elided(metrics, text, width) == metrics.elidedText(
                    text, Qt.TextElideMode.ElideRight, width
                ), (text, width)


def test_the_palette_scrolls_only_up_and_down(qtbot: QtBot) -> None:
    palette = PaletteList()
    qtbot.addWidget(palette)
    assert palette.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
