"""The icon set: every toolbar and menu action has its icon, the palette is icon + name + a line."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from jmdesigner.canvas.icons import ACTION_ICONS, LANE_ICONS, _icon, icon
from jmdesigner.canvas.palette import DESCRIPTION, PaletteList
from jmdesigner.model import LaneKind
from jmdesigner.resources import resource_path
from jmdesigner.ui.actions import Act
from jmdesigner.ui.main_window import MainWindow


def test_every_named_icon_is_bundled_and_licensed() -> None:
    for name in [*ACTION_ICONS.values(), *LANE_ICONS.values()]:
        assert resource_path("icons", "lucide", f"{name}.svg").is_file(), name
    assert "ISC License" in resource_path("icons", "lucide", "LICENSE").read_text()


def test_toolbar_and_menu_actions_carry_icons(window: MainWindow) -> None:
    for action in window.toolbar.actions():
        if not action.isSeparator():
            assert not action.icon().isNull(), action.text()
    for menu in (window.file_menu, window.edit_menu, window.workshop_menu):
        for action in menu.actions():
            if action.isSeparator() or action.menu() is not None:
                continue
            assert not action.icon().isNull(), action.text()
    assert "Ctrl+Z" in window.action(Act.UNDO).toolTip()


def test_icons_are_drawn_in_the_palette_text_colour(qtbot: Any) -> None:
    del qtbot
    for text in ("#101010", "#f0f0f0"):
        image = _icon("x", text).pixmap(48).toImage()
        inked = [
            image.pixelColor(x, y)
            for x in range(image.width())
            for y in range(image.height())
            if image.pixelColor(x, y).alpha() > 250
        ]
        assert inked and all(abs(c.lightness() - QColor(text).lightness()) < 8 for c in inked)
    dark = QPalette(QColor("#202124"))
    previous = QGuiApplication.palette()
    QGuiApplication.setPalette(dark)
    try:
        assert icon("x").cacheKey() == _icon("x", dark.color(QPalette.ColorRole.WindowText).name()).cacheKey()
    finally:
        QGuiApplication.setPalette(previous)


def test_palette_lists_each_item_with_icon_name_and_description(qtbot: Any) -> None:
    palette = PaletteList()
    qtbot.addWidget(palette)
    rows = [palette.item(i) for i in range(palette.count())]
    assert [r.text() for r in rows[:2]] == ["Card", "Stage"]
    assert len(rows) == 2 + len(LaneKind)
    for row in rows:
        assert not row.icon().isNull()
        description = row.data(DESCRIPTION)
        assert description and "\n" not in description and len(description) <= 32
        assert row.data(Qt.ItemDataRole.AccessibleDescriptionRole) == description
    palette.resize(260, 600)
    palette.show()
    qtbot.waitExposed(palette)
    assert palette.visualItemRect(rows[0]).height() >= 2 * palette.fontMetrics().height()


@pytest.mark.parametrize("direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft])
def test_palette_rows_mirror_for_right_to_left(qtbot: Any, direction: Qt.LayoutDirection) -> None:
    palette = PaletteList()
    qtbot.addWidget(palette)
    palette.setLayoutDirection(direction)
    palette.resize(180, 400)  # narrower than the rows would like: shortened, never scrolled sideways
    palette.show()
    qtbot.waitExposed(palette)
    image = palette.viewport().grab().toImage()
    row = palette.visualItemRect(palette.item(0))
    band = range(row.top() + 8, row.top() + 20)  # the name's line: a short name, the icon beside it
    background = image.pixelColor(row.center().x(), row.bottom() - 1)

    def inked(x: int) -> bool:
        return any(abs(image.pixelColor(x, y).lightness() - background.lightness()) > 80 for y in band)

    icon_side = (
        [x for x in range(0, 34) if inked(x)],
        [x for x in range(image.width() - 34, image.width()) if inked(x)],
    )
    left, right = icon_side
    if direction == Qt.LayoutDirection.LeftToRight:
        assert left and not right
    else:
        assert right and not left
    assert not palette.horizontalScrollBar().isVisible()


@pytest.mark.parametrize("side", [16, 32, 64])
def test_the_app_pixmap_is_the_one_the_whole_icon_gives(qtbot: Any, side: int) -> None:
    """The welcome page reads the one file of its size; the picture is the icon's own."""
    del qtbot
    from jmdesigner.canvas.icons import app_icon, app_pixmap

    ours, whole = app_pixmap(side).toImage(), app_icon().pixmap(side, side).toImage()
    assert ours.size() == whole.size() and not ours.isNull()
    assert ours.convertToFormat(whole.format()) == whole
    assert app_pixmap(40).toImage() == app_icon().pixmap(40, 40).toImage()  # no file: drawn by the icon
