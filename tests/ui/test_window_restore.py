"""A saved window layout, however it was saved, never gives a broken window at the next start:
every dock is docked in a dock area, or floats whole on a screen's free area and clear of the
menu bar; the window fits its screen. The bad layouts are saved here by a real window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QByteArray, QPoint, QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDockWidget

from jmdesigner.ui.main_window import MainWindow
from jmdesigner.ui.settings import AppSettings
from jmdesigner.ui.window_state import (
    COMPACT_HOMES,
    FRAME,
    HOMES,
    MIN_FLOATING,
    docks_of,
    homes,
    on_screens,
)

# The state an older version saved on the welcome page (the palette alone), as found in a real
# config folder: restored on a file, the Outline dock was drawn over the menu bar, and so was
# the Find dock on Ctrl+F.
PALETTE_ALONE = bytes.fromhex(
    "000000ff00000000fd00000001000000000000010000000269fc0200000001fb0000000e00700061006c0065"
    "007400740065010000003d000002690000005900ffffff000002180000026900000004000000040000000800"
    "000008fc00000001000000020000000100000016006d00610069006e0054006f006f006c0062006100720100"
    "000000ffffffff0000000000000000"
)


def _menu_bar(win: MainWindow) -> QRect:
    bar = win.menuBar()
    return QRect(bar.mapToGlobal(QPoint(0, 0)), bar.size())


def _misplaced(win: MainWindow) -> list[str]:
    """The docks that are neither in a dock area nor floating usably: whole on a screen's free
    area, not over the menu bar, big enough to see."""
    wrong = []
    for dock in docks_of(win):
        if not dock.isFloating():
            if win.dockWidgetArea(dock) == Qt.DockWidgetArea.NoDockWidgetArea:
                wrong.append(dock.objectName())
            continue
        rect = dock.frameGeometry()
        on_screen = any(s.availableGeometry().contains(rect) for s in QGuiApplication.screens())
        big = rect.width() >= MIN_FLOATING and rect.height() >= MIN_FLOATING
        if not (on_screen and big) or rect.intersects(_menu_bar(win)):
            wrong.append(dock.objectName())
    return wrong


def _start(qtbot: Any, doc_path: Path) -> MainWindow:
    """A start as a user makes it: the window opens the file and shows at the size it restored."""
    win = MainWindow()
    qtbot.addWidget(win)
    win.open_file(doc_path)
    win.show()
    qtbot.waitExposed(win)
    qtbot.wait(20)
    return win


def _dock(win: MainWindow, name: str) -> QDockWidget:
    dock = win.findChild(QDockWidget, name)
    assert dock is not None
    return dock


def _save_state(state: bytes) -> None:
    settings = AppSettings()
    settings.q.setValue("window/state", QByteArray(state))
    settings.q.sync()


def test_a_layout_naming_the_palette_alone_restores_every_dock_in_its_place(
    qtbot: Any, doc_path: Path
) -> None:
    _save_state(PALETTE_ALONE)
    win = _start(qtbot, doc_path)
    maps, palette, find = _dock(win, "maps"), _dock(win, "palette"), _dock(win, "find")
    assert _misplaced(win) == []
    assert _dock(win, "outline") in win.tabifiedDockWidgets(maps)
    assert maps.geometry().bottom() < palette.geometry().top()  # the maps above the palette
    assert find.isHidden()  # closed, as a first run has it
    win.start_find()  # Ctrl+F
    qtbot.wait(20)
    assert find.isVisible() and not find.isFloating()
    assert win.dockWidgetArea(find) == Qt.DockWidgetArea.RightDockWidgetArea
    assert find in win.tabifiedDockWidgets(_dock(win, "inspector"))
    assert not QRect(find.mapToGlobal(QPoint(0, 0)), find.size()).intersects(_menu_bar(win))
    assert _misplaced(win) == []
    win.close()


def _saved_with(qtbot: Any, doc_path: Path, arrange: Any) -> None:
    """A window on the file, arranged by ``arrange(window)``, closed: its layout saved."""
    first = _start(qtbot, doc_path)
    arrange(first)
    qtbot.wait(20)
    first.close()


def test_a_dock_saved_floating_over_the_menu_bar_comes_back_docked(qtbot: Any, doc_path: Path) -> None:
    def arrange(win: MainWindow) -> None:
        inspector = _dock(win, "inspector")
        win.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, inspector)  # a choice to keep
        find = _dock(win, "find")
        win.start_find()
        find.setFloating(True)
        find.setGeometry(QRect(win.geometry().topLeft(), find.size().expandedTo(find.minimumSizeHint())))
        assert find.geometry().intersects(_menu_bar(win))

    _saved_with(qtbot, doc_path, arrange)
    win = _start(qtbot, doc_path)
    find = _dock(win, "find")
    assert _misplaced(win) == []
    assert not find.isFloating() and find.isVisible()
    assert win.dockWidgetArea(find) == Qt.DockWidgetArea.RightDockWidgetArea
    assert win.dockWidgetArea(_dock(win, "inspector")) == Qt.DockWidgetArea.LeftDockWidgetArea  # kept
    win.close()


def test_a_dock_saved_floating_with_no_size_comes_back_docked(qtbot: Any, doc_path: Path) -> None:
    def arrange(win: MainWindow) -> None:
        outline = _dock(win, "outline")
        outline.setFloating(True)
        outline.setMinimumSize(0, 0)
        outline.setGeometry(300, 300, 1, 1)  # Qt gives it back at its smallest, 70×70

    _saved_with(qtbot, doc_path, arrange)
    win = _start(qtbot, doc_path)
    outline = _dock(win, "outline")
    assert _misplaced(win) == []
    assert not outline.isFloating()
    assert outline in win.tabifiedDockWidgets(_dock(win, "maps"))
    win.close()


def test_a_dock_floating_where_it_can_be_used_stays_floating(qtbot: Any, doc_path: Path) -> None:
    def arrange(win: MainWindow) -> None:
        inspector = _dock(win, "inspector")
        inspector.setFloating(True)
        free = win.screen().availableGeometry()
        inspector.setGeometry(free.right() - 420, free.bottom() - 460, 340, 400)

    _saved_with(qtbot, doc_path, arrange)
    win = _start(qtbot, doc_path)
    assert _dock(win, "inspector").isFloating()  # the user's choice, kept
    assert _misplaced(win) == []
    win.close()


def test_a_layout_saved_by_a_version_with_other_docks_places_the_new_ones(qtbot: Any, doc_path: Path) -> None:
    """A version whose Find dock had another name: its state names a dock this one lacks, and
    not this one's Find dock."""

    def arrange(win: MainWindow) -> None:
        win.start_find()
        _dock(win, "find").setObjectName("search")
        _dock(win, "palette").hide()  # a choice to keep

    _saved_with(qtbot, doc_path, arrange)
    win = _start(qtbot, doc_path)
    find = _dock(win, "find")
    assert _misplaced(win) == []
    assert find.isHidden()  # closed, as a first run has it
    win.start_find()
    assert win.dockWidgetArea(find) == Qt.DockWidgetArea.RightDockWidgetArea
    assert find in win.tabifiedDockWidgets(_dock(win, "inspector"))
    assert not _dock(win, "palette").isVisible()
    win.close()


def _geometry_saved(width: int, height: int, *, screen_width: int, state: str = "") -> None:
    """A window geometry as Qt saves it on a screen ``screen_width`` wide (a real window saves
    it; the screen's width is written in, as the larger screen would have)."""
    from PySide6.QtWidgets import QMainWindow

    window = QMainWindow()
    window.setGeometry(0, 30, width, height)
    if state == "max":
        window.setWindowState(Qt.WindowState.WindowMaximized)
    elif state == "full":
        window.setWindowState(Qt.WindowState.WindowFullScreen)
    data = bytearray(window.saveGeometry().data())
    data[46:50] = screen_width.to_bytes(4, "big")  # after magic, version, two rects, screen, flags
    settings = AppSettings()
    settings.q.setValue("window/geometry", QByteArray(bytes(data)))
    settings.q.sync()
    window.deleteLater()


def _fits(win: MainWindow) -> bool:
    """Within the screen's free area with room for a frame (as wide as the window can be made:
    its docks' and canvas's least widths are wider than Qt's 800 px offscreen screen)."""
    free = win.screen().availableGeometry()
    least = win.minimumSizeHint().width() if win.isVisible() else 0
    return win.width() <= max(free.width() - FRAME[0], least) and win.height() + FRAME[1] <= free.height()


def test_a_window_saved_on_a_larger_screen_fits_this_one(qtbot: Any, doc_path: Path) -> None:
    for screen_width in (2560, QGuiApplication.primaryScreen().geometry().width()):
        _geometry_saved(2560, 1400, screen_width=screen_width)
        win = _start(qtbot, doc_path)
        assert _fits(win), (screen_width, win.size())
        assert _misplaced(win) == []
        win.close()


def test_a_maximized_window_comes_back_maximized_and_a_full_screen_one_too(qtbot: Any) -> None:
    for state in ("max", "full"):
        _geometry_saved(
            700, 500, screen_width=QGuiApplication.primaryScreen().geometry().width(), state=state
        )
        win = MainWindow()
        qtbot.addWidget(win)
        assert win.isMaximized() and not win.isFullScreen(), state
        win.close()


def test_a_dock_across_two_screens_side_by_side_is_on_screen_and_one_past_their_edge_is_not() -> None:
    left, right = QRect(0, 0, 1920, 1040), QRect(1920, 0, 1280, 760)
    across = QRect(1800, 100, 300, 400)  # straddles the border, whole on the two screens
    assert on_screens(across, [left, right])
    assert not on_screens(across, [left])
    assert not on_screens(QRect(3100, 100, 300, 400), [left, right])  # past the right screen's edge
    assert not on_screens(QRect(1900, 700, 300, 200), [left, right])  # below the shorter screen


@pytest.mark.parametrize("screen", ["large", "small"])
def test_the_homes_a_dock_is_sent_back_to_are_the_places_a_first_run_gives_it(
    screen: str, qtbot: Any, doc_path: Path, request: pytest.FixtureRequest
) -> None:
    """``HOMES`` (``COMPACT_HOMES`` on a small screen) restates the layout ``MainWindow`` builds
    for a first run: held equal here, so a dock repaired after a bad saved layout lands where a
    first run on that screen puts it."""
    if screen == "large":
        request.getfixturevalue("large_screen")
    win = _start(qtbot, doc_path)  # no saved state: the first-run layout
    table = homes(win)
    assert table is (HOMES if screen == "large" else COMPACT_HOMES)
    for dock in docks_of(win):
        dock.show()  # the Find dock, closed at first, shows in its tab group (as after Ctrl+F)
    for dock in docks_of(win):
        side, partner, below = table[dock.objectName()]
        area = getattr(Qt.DockWidgetArea, f"{side}DockWidgetArea")
        assert win.dockWidgetArea(dock) == area, dock.objectName()
        if partner is not None:
            assert _dock(win, partner) in win.tabifiedDockWidgets(dock), dock.objectName()
        if below is not None:
            under = _dock(win, below)
            assert win.dockWidgetArea(under) == area
            assert dock.geometry().bottom() < under.geometry().top(), dock.objectName()
    named = {d.objectName() for d in docks_of(win)}
    assert named == set(table)
