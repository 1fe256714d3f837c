"""A saved window layout comes back sane: a layout saved with both dock columns ~500 px wide
(tests/ui/data/wide-docks.ini, the ``[window]`` section of a real user's settings) used to leave
the canvas a third of a 1600 px window and show a stray, clipped "Ins…" tab and a ghost tab bar."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QDockWidget, QTabBar

from jmdesigner.ui.app import run_app
from jmdesigner.ui.main_window import MainWindow
from jmdesigner.ui.window_state import FRAME, MAX_DOCK_SHARE, docks_of

SAVED = Path(__file__).parent / "data" / "wide-docks.ini"


def _with_saved_layout() -> Path:
    ini = Path(os.environ["JMDESIGNER_CONFIG_DIR"]) / "jmdesigner.ini"
    shutil.copy(SAVED, ini)
    return ini


def _clipped_tab_bars(win: MainWindow) -> list[list[str]]:
    """Tab bars the user can see part of but not all of some tab."""
    clipped = []
    for bar in win.findChildren(QTabBar):
        seen = bar.visibleRegion()
        if not bar.isVisible() or seen.isEmpty():
            continue
        if any(not seen.contains(bar.tabRect(i)) for i in range(bar.count())) or bar.count() == 0:
            clipped.append([bar.tabText(i) for i in range(bar.count())])
    return clipped


def _first_window(qtbot: Any) -> MainWindow:
    """The window of a first start, shown at its default size (what it saves decides the next)."""
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    return win


def _started_on(qtbot: Any, doc_path: Path) -> MainWindow:
    """A start as a user makes it: the window opens the file, then shows at 1600×1000."""
    win = MainWindow()
    qtbot.addWidget(win)
    win.open_file(doc_path)
    win.resize(1600, 1000)
    win.show()
    qtbot.waitExposed(win)
    qtbot.wait(50)  # the deferred width cap
    return win


def test_saved_wide_docks_leave_the_canvas_the_largest_area(qtbot: Any, doc_path: Path) -> None:
    _with_saved_layout()
    win = _started_on(qtbot, doc_path)
    view = win.current_view()
    assert view is not None
    docks = [d for d in win.findChildren(QDockWidget) if d.isVisible() and not d.isFloating()]
    assert {d.objectName() for d in docks} >= {"maps", "palette", "inspector"}  # the layout was restored
    assert all(d.width() <= MAX_DOCK_SHARE * win.width() + 8 for d in docks), [d.width() for d in docks]
    assert view.width() >= 0.45 * win.width()
    assert view.width() > max(d.width() for d in docks)
    assert _clipped_tab_bars(win) == []
    win.close()


def test_a_screenshot_run_neither_reads_nor_writes_the_saved_layout(
    qtbot: Any, doc_path: Path, tmp_path: Path
) -> None:
    ini = _with_saved_layout()
    shot = tmp_path / "shot.png"
    assert run_app(doc_path, screenshot=shot, size="1600x1000") == 0
    for window in QApplication.topLevelWidgets():
        if isinstance(window, MainWindow):
            window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    # private settings, so a first start: its fit to this 800×800 screen is a default, and the
    # size asked for is the size drawn
    assert QImage(str(shot)).size().toTuple() == (1600, 1000)
    assert ini.read_bytes() == SAVED.read_bytes()  # no layout, no recent file, no last file written


def test_a_first_start_fits_the_window_to_the_screen(qtbot: Any) -> None:
    """No saved geometry: the default 1400×900 is cut to the screen's free area, less the frame
    the window manager adds (Qt's offscreen screen is 800×800), and the window stays a window."""
    ini = Path(os.environ["JMDESIGNER_CONFIG_DIR"]) / "jmdesigner.ini"
    assert not ini.exists()
    win = MainWindow()
    qtbot.addWidget(win)
    free = win.screen().availableGeometry()
    assert free.width() < 1400 and free.height() < 900  # the default would not fit
    assert (win.width(), win.height()) == (free.width() - FRAME[0], free.height() - FRAME[1])
    assert not win.isMaximized()


def test_a_layout_saved_before_the_docks_settled_restores_sane(qtbot: Any, doc_path: Path) -> None:
    """The sequence that saved such layouts: a window shown, a file opened into it and the window
    closed before the event loop ran (a scripted run or a bench); the palette was saved 1400 px wide
    and the next start gave the canvas 360 of 1600 px."""
    first = _first_window(qtbot)
    first.open_file(doc_path)
    first.close()
    second = _started_on(qtbot, doc_path)
    view = second.current_view()
    assert view is not None
    assert second.palette.width() <= MAX_DOCK_SHARE * second.width() + 8
    assert view.width() >= 0.45 * second.width()
    assert _clipped_tab_bars(second) == []
    second.close()


def test_the_windows_docks_are_its_own_children_floating_or_not(window: MainWindow, doc_path: Path) -> None:
    """``docks_of`` looks at the window's own children alone (a search through all of them wraps
    each one in Python): every dock there is, docked, floating or closed, is one of them."""
    window.open_file(doc_path)
    docks = window.findChildren(QDockWidget)
    assert len(docks) >= 4
    docks[1].setFloating(True)
    docks[2].close()
    QApplication.processEvents()
    assert set(docks_of(window)) == set(window.findChildren(QDockWidget)) == set(docks)


def _palette_window(qtbot: Any, *, prepared: bool) -> MainWindow:
    """The window with no file, its palette placed by the prepared state or by addDockWidget."""
    from jmdesigner.ui import main_window

    real = main_window.prepare_palette_on_the_left
    if not prepared:
        main_window.prepare_palette_on_the_left = lambda window: False  # type: ignore[assignment]
    try:
        win = MainWindow()
    finally:
        main_window.prepare_palette_on_the_left = real
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.palette.show()  # (hidden on the welcome page until a map is shown: its place is compared)
    return win


def test_the_prepared_state_is_the_one_a_palette_docked_on_the_left_gives(qtbot: Any) -> None:
    """The palette's place at start is a saved state (restoring it names no ``Qt`` enum): it is the
    state Qt itself saves for a window with only the palette, docked on the left."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMainWindow

    from jmdesigner.canvas.palette import PaletteDock
    from jmdesigner.ui.window_state import PALETTE_ON_THE_LEFT

    window = QMainWindow()
    qtbot.addWidget(window)
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, PaletteDock(window))
    assert bytes(window.saveState().data()) == PALETTE_ON_THE_LEFT


def test_the_palette_takes_the_same_place_with_the_prepared_state_as_with_add_dock_widget(
    qtbot: Any,
) -> None:
    from PySide6.QtCore import Qt

    by_state = _palette_window(qtbot, prepared=True)
    by_call = _palette_window(qtbot, prepared=False)
    for win in (by_state, by_call):
        assert win.dockWidgetArea(win.palette) == Qt.DockWidgetArea.LeftDockWidgetArea
        assert win.palette.isVisible() and not win.palette.isFloating()
    assert by_state.palette.geometry() == by_call.palette.geometry()
    assert by_state.centralWidget().geometry() == by_call.centralWidget().geometry()
    assert by_state.grab().toImage() == by_call.grab().toImage()


def test_a_refused_state_still_docks_the_palette_on_the_left(qtbot: Any) -> None:
    """A Qt whose state format changed would refuse the prepared state: addDockWidget places it."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMainWindow

    from jmdesigner.ui.window_state import dock_palette_on_the_left

    window = QMainWindow()
    qtbot.addWidget(window)
    dock = QDockWidget("Palette", window)
    dock.setObjectName("palette")
    dock_palette_on_the_left(window, dock, prepared=False)
    assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.LeftDockWidgetArea


@pytest.mark.usefixtures("large_screen")  # the maps above the palette: the two columns
def test_a_start_without_a_file_keeps_the_layout_the_next_file_opens_into(qtbot: Any, doc_path: Path) -> None:
    """A first start on the welcome page, quit, then a start on a file (a user's first day): the
    welcome window's state names the palette alone, and restoring it left the Outline dock in no
    dock area, drawn over the menu bar, and the Maps dock under the palette."""
    first = _first_window(qtbot)
    qtbot.waitExposed(first)
    first.close()
    second = _started_on(qtbot, doc_path)
    outline, maps = second.findChild(QDockWidget, "outline"), second.findChild(QDockWidget, "maps")
    assert outline is not None and maps is not None
    placed = [d.objectName() for d in docks_of(second) if d.isVisible() and not d.isFloating()]
    assert all(
        second.dockWidgetArea(d).name != "NoDockWidgetArea"
        for d in docks_of(second)
        if d.objectName() in placed
    )
    assert outline in second.tabifiedDockWidgets(maps)
    assert maps.geometry().bottom() < second.palette.geometry().top()  # the maps above the palette
    second.close()
    third = MainWindow()  # and a file's layout is kept through a start on the welcome page
    qtbot.addWidget(third)
    third.show()
    qtbot.waitExposed(third)
    third.close()
    fourth = _started_on(qtbot, doc_path)
    maps = fourth.findChild(QDockWidget, "maps")
    assert fourth.findChild(QDockWidget, "outline") in fourth.tabifiedDockWidgets(maps)
    fourth.close()


def _on_this_screen(qtbot: Any, doc_path: Path, width: int | None = None) -> MainWindow:
    """A start on the file at the size the window restores, fitted to Qt's offscreen screen (800 px
    wide: a small screen), or as wide as ``width`` (a window on a large screen)."""
    win = MainWindow()
    qtbot.addWidget(win)
    if width is not None:
        win.resize(width, 1000)
    win.open_file(doc_path)
    win.show()
    qtbot.waitExposed(win)
    qtbot.wait(50)  # the deferred widths
    return win


def _areas(win: MainWindow) -> dict[str, str]:
    return {d.objectName(): win.dockWidgetArea(d).name for d in docks_of(win)}


def test_a_first_start_on_a_small_screen_gives_the_canvas_most_of_the_window(
    qtbot: Any, doc_path: Path
) -> None:
    """One column on the right, every dock a tab of the Inspector's group and the Inspector in
    front: the canvas is most of the window (two columns left it 436 of 1010 px at 1024×768)."""
    win = _on_this_screen(qtbot, doc_path)
    assert set(_areas(win).values()) == {"RightDockWidgetArea"}
    assert {d.objectName() for d in win.tabifiedDockWidgets(win.inspector)} >= {"maps", "outline", "palette"}
    assert win.inspector.in_view() and not win.outline.in_view()
    view = win.current_view()
    assert view is not None and view.width() >= 0.5 * win.width() > win.inspector.width()
    win.close()


def test_opening_another_file_keeps_the_docks_where_they_are(
    qtbot: Any, doc_path: Path, tmp_path: Path
) -> None:
    """A facilitator on a projector opens the next file (or Save a Copy goes on in the copy): the
    docks stay as they were, in one tab group on the right. The closed file's docks, deleted only
    later, still held the names the layout is restored by, and took it: the new Maps panel went to
    the left, the Outline vanished, and each file opened after moved them again."""
    win = _on_this_screen(qtbot, doc_path)
    first = {name: (area, _tabs(win, name)) for name, area in _areas(win).items()}
    for n in range(2):
        other = tmp_path / f"other {n}.jmap"
        shutil.copy(doc_path, other)
        win.open_file(other)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # as the event loop does
        qtbot.wait(20)
        assert {name: (area, _tabs(win, name)) for name, area in _areas(win).items()} == first
        assert win.outline.isVisible() and win.navigator.isVisible()
    win.close()


def _tabs(win: MainWindow, name: str) -> list[str]:
    dock = next(d for d in docks_of(win) if d.objectName() == name)
    return sorted(d.objectName() for d in win.tabifiedDockWidgets(dock))


def test_a_layout_saved_on_a_small_screen_comes_back_as_the_user_left_it(qtbot: Any, doc_path: Path) -> None:
    """Only a first start gets the one column of a small screen: the palette moved to the left by
    the user stays there, and two columns saved on a large screen come back as two columns."""
    first = _on_this_screen(qtbot, doc_path)
    first.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, first.palette)  # the user's own move
    first.close()
    second = _on_this_screen(qtbot, doc_path)
    areas = _areas(second)
    assert areas.pop("palette") == "LeftDockWidgetArea"
    assert set(areas.values()) == {"RightDockWidgetArea"}
    second.close()

    (Path(os.environ["JMDESIGNER_CONFIG_DIR"]) / "jmdesigner.ini").unlink()
    on_a_large_screen = _on_this_screen(qtbot, doc_path, 1600)  # a first run there: two columns
    assert _areas(on_a_large_screen)["palette"] == "LeftDockWidgetArea"
    on_a_large_screen.close()
    third = _on_this_screen(qtbot, doc_path)  # its size fitted to this small screen
    assert third.width() < 1400
    areas = _areas(third)
    assert areas["maps"] == areas["palette"] == "LeftDockWidgetArea"
    assert areas["inspector"] == "RightDockWidgetArea"
    assert third.outline in third.tabifiedDockWidgets(third.navigator)
    third.close()


@pytest.mark.parametrize(("size", "columns"), [("1024x768", 1), ("1600x1000", 2)])
def test_a_screenshot_shows_the_first_run_layout_of_its_size(
    doc_path: Path, tmp_path: Path, size: str, columns: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``--screenshot --size`` draws what a first start in a window of that size shows: one column
    at 1024×768, the two columns of the README's picture at the default 1600×1000."""
    drawn: list[set[str]] = []
    close = MainWindow.close

    def seen_then_closed(window: MainWindow) -> bool:  # the docks as drawn, before the file closes
        drawn.append({window.dockWidgetArea(d).name for d in docks_of(window) if not d.isHidden()})
        return close(window)

    monkeypatch.setattr(MainWindow, "close", seen_then_closed)
    assert run_app(doc_path, screenshot=tmp_path / "shot.png", size=size) == 0
    for window in QApplication.topLevelWidgets():
        if isinstance(window, MainWindow):
            window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert len(drawn) == 1 and len(drawn[0]) == columns, drawn


def _cut_tabs(win: MainWindow) -> list[str]:
    """The titles of the window's dock tabs shown narrower than they need (elided: "Eigenschaf…")."""
    bars = [c for c in win.children() if isinstance(c, QTabBar) and c.isVisible()]
    assert bars
    return [
        b.tabText(i)
        for b in bars
        for i in range(b.count())
        if b.tabRect(i).width() < b.tabSizeHint(i).width()
    ]


@pytest.mark.parametrize("code", ["de", "en"])
def test_the_right_hand_tabs_show_their_whole_titles_on_a_1366_px_screen(
    qtbot: Any, doc_path: Path, code: str
) -> None:
    """A first start at 1366 px puts every panel in one tab group on the right; in German its tabs
    were cut ("Eigenschaf…"), and Ctrl+F's Find, a fifth tab, cut them all ("Su…", "Ma…"). The
    column is as wide as its tabs' titles, Find's included, the canvas keeping 70 % of the window
    or more and its width when Find joins."""
    from tests.i18n.languages import switched_to

    language = switched_to(code)
    next(language)
    try:
        win = _on_this_screen(qtbot, doc_path, 1366)
        qtbot.waitUntil(lambda: win.width() == 1366)
        assert set(_areas(win).values()) == {"RightDockWidgetArea"}
        qtbot.waitUntil(lambda: not _cut_tabs(win), timeout=2000)
        canvas = win.centralWidget().width()
        win.start_find()
        qtbot.waitUntil(lambda: not win.find_dock.visibleRegion().isEmpty())
        qtbot.waitUntil(lambda: not _cut_tabs(win), timeout=2000)
        qtbot.wait(20)
        assert win.centralWidget().width() == canvas  # room for Find's tab was kept: the map stays
        assert win.find_dock.width() <= 0.3 * win.width()
        win.close()
    finally:
        next(language, None)


def test_a_screen_that_shrinks_keeps_the_window_and_the_room_window_on_it(
    window: MainWindow, doc_path: Path, qtbot: Any
) -> None:
    """A projector plugged in mid-session (1920×1080 becomes 1280×720) left the main window hanging
    off the screen's right and bottom edges (inspector and status bar out of sight) and the room
    window, with the join link, almost wholly off it: the window manager need not move them back.
    Both are moved, and shrunk where needed, back inside the screen's new free area; a maximized
    window is left to the window manager."""
    from PySide6.QtCore import QRect

    window.open_file(doc_path)
    room = window.invite_room()
    assert room is not None
    qtbot.waitExposed(room)
    window.setGeometry(300, 120, 1400, 900)
    room.move(1060, 535)
    room_size = room.size()
    screen = window.screen()
    area = QRect(0, 0, 1280, 720)
    screen.availableGeometryChanged.emit(area)
    assert area.contains(window.frameGeometry()), window.frameGeometry()
    assert area.contains(room.frameGeometry()), room.frameGeometry()
    assert room.size() == room_size  # it fits once moved: not shrunk
    window.showMaximized()
    qtbot.waitUntil(window.isMaximized)
    before = window.geometry()
    screen.availableGeometryChanged.emit(QRect(0, 0, 640, 480))
    assert window.geometry() == before
    room.close()
