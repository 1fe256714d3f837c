"""Putting the docks back as the user left them, within reason.

A layout saved in a wider window (or by a run at another size) brings its dock widths along:
restored into a smaller window, both columns kept ~500 px and the canvas, the reason the app
exists, got what was left. Restored columns are capped to a share of the window so the canvas
stays the largest area.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QDockWidget, QMainWindow

if TYPE_CHECKING:
    from PySide6.QtCore import QRect

MAX_DOCK_SHARE = 0.25  # of the window's width for each side column: the canvas keeps half or more
MAX_TABS_SHARE = 0.3  # of the window's width a column may widen to, to show its tabs' whole titles

# QMainWindow.saveState() of a window holding one dock, "palette", on the left (Qt's own format,
# version 0): restored before the palette is made, it puts the palette where
# addDockWidget(LeftDockWidgetArea) does without naming a ``Qt`` enum, whose first use makes the
# whole namespace's ~100 enums (~12 ms of the start with no file).
# tests/ui/test_window_state.py holds it to the state of a window built with addDockWidget.
PALETTE_ON_THE_LEFT = bytes.fromhex(
    "000000ff00000000fd00000001000000000000000000000000fc0200000001fb0000000e0070006100"
    "6c00650074007400650100000000ffffffff0000005900ffffff000000000000000000000004000000"
    "040000000800000008fc00000000"
)


def prepare_palette_on_the_left(window: QMainWindow) -> bool:
    """Before the palette dock is made: its place, on the left. False if Qt refused the state."""
    return bool(window.restoreState(QByteArray(PALETTE_ON_THE_LEFT)))


def dock_palette_on_the_left(window: QMainWindow, dock: QDockWidget, prepared: bool) -> None:
    """The palette, made after ``prepare_palette_on_the_left``, docked on the left; by
    ``addDockWidget`` if the prepared place was refused (a Qt whose state format changed)."""
    if not (prepared and window.restoreDockWidget(dock)):
        window.addDockWidget(QtCore.Qt.DockWidgetArea.LeftDockWidgetArea, dock)


def docks_of(window: QMainWindow) -> list[QDockWidget]:
    """The window's docks: its own children (a window's docks always are). Searching all of its
    children instead wraps each one in Python, and PySide makes the class of each kind it meets,
    enums and all: ~3 ms of the first frame of a file's window. Its direct children are listed
    without the search's option, a ``Qt`` enum."""
    return [child for child in window.children() if isinstance(child, QDockWidget)]


def restore_docks(window: QMainWindow, state: QByteArray | None) -> bool:
    """Apply a saved dock layout; False when there is none or Qt rejects it (a first run). Every
    dock the layout leaves where nobody can use it goes back to its own default place."""
    if not (isinstance(state, QByteArray) and not state.isEmpty() and window.restoreState(state)):
        return False
    saved, docks = bytes(state.data()), docks_of(window)  # the window's children: listed once
    settle_docks(window, docks, [d for d in docks if not _named_in(saved, d.objectName())])
    return True


def _named_in(state: bytes, name: str) -> bool:
    """Whether a state from ``saveState`` places a dock called ``name`` (its names are Qt strings:
    a 4-byte length, then UTF-16)."""
    text = name.encode("utf-16-be")
    return len(text).to_bytes(4, "big") + text in state


# Each dock's default place, for a dock a saved layout leaves nowhere: its side, the dock it
# shares tabs with and the dock it sits above (the layout ``MainWindow`` gives a first run).
# A dock not named goes left.
HOMES: dict[str, tuple[str, str | None, str | None]] = {
    "maps": ("Left", None, "palette"),
    "outline": ("Left", "maps", None),
    "palette": ("Left", None, None),
    "inspector": ("Right", None, None),
    "find": ("Right", "inspector", None),
}
# On a small screen (a projector at 1024×768, a 1280×720 or 1366×768 laptop) the two columns of
# that layout left the canvas, the map a room watches, 436 of 1010 px at 1024×768: a first run in
# a window narrower than the default (``compact``) puts every dock in one tab group on the right,
# the Inspector in front (the workshop window's panel is on the right too), and the canvas gets
# ~70 % of the window.
COMPACT_HOMES: dict[str, tuple[str, str | None, str | None]] = {
    "inspector": ("Right", None, None),
    "find": ("Right", "inspector", None),
    "maps": ("Right", "inspector", None),
    "outline": ("Right", "inspector", None),
    "palette": ("Right", "inspector", None),
}
DEFAULT_SIZE = (1400, 900)  # a first start's window, before it is fitted to its screen
MIN_FLOATING = 100  # px each way: a dock saved with no size floats back at its smallest, ~70×70
FRAME = (16, 48)  # px the window manager's frame may add, across and down, before the window has one
COMPACT_BELOW = DEFAULT_SIZE[0]  # px: a window narrower (a small screen's, a small --size) is compact


def compact(window: QMainWindow) -> bool:
    """Whether a first run lays the docks out in one column (``COMPACT_HOMES``): the window is
    narrower than the default, as a first start fits it to a small screen (``fit_size_to_screen``)
    or ``--screenshot`` sizes it. A read of the window's own width: no screen, no Qt class."""
    return window.width() < COMPACT_BELOW


def homes(window: QMainWindow) -> dict[str, tuple[str, str | None, str | None]]:
    """Each dock's default place in this window: ``HOMES``, or ``COMPACT_HOMES`` if ``compact``."""
    return COMPACT_HOMES if compact(window) else HOMES


def fit_to_screen(window: QMainWindow) -> None:
    """After a saved geometry: keep the window (frame and all) within the free area of its
    screen. Qt refuses a geometry saved on a screen over 25 % wider or narrower (a size saved at
    2560×1440 and restored at 1280×800) and the window kept its default 1400×900, its status bar
    and the right-hand dock off screen; a geometry Qt accepts it has already fitted. Only the
    size is changed: the window manager places a window Qt did not. A full-screen state (the
    window has no way back to a window) comes back maximized."""
    if window.isFullScreen():
        window.setWindowState(QtCore.Qt.WindowState.WindowMaximized)
    if not window.isMaximized():
        fit_size_to_screen(window)


def fit_size_to_screen(window: QMainWindow) -> None:
    """A window's size within the free area of its screen, less the frame the window manager
    will add: a first start (no saved geometry) on a 1366×768 or 1024×768 projector opened at the
    default 1400×900, its status bar and the Inspector off screen. Resized rather than maximized:
    a window sized explicitly later (``--screenshot``'s size) keeps that size, and the user's
    first un-maximize has no oversized window to go back to."""
    free = window.screen().availableGeometry()
    limit = free.size().shrunkBy(QtCore.QMargins(0, 0, *FRAME))
    size = window.size()
    if size.width() > limit.width() or size.height() > limit.height():
        window.resize(size.boundedTo(limit).expandedTo(window.minimumSize()))


def settle_docks(
    window: QMainWindow, docks: Sequence[QDockWidget], unplaced: Sequence[QDockWidget] = ()
) -> list[str]:
    """Put back in its default place (``homes``: where a first run in this window puts it) each
    of the window's ``docks`` the restored layout left unusable, and the ``unplaced`` ones (those
    it does not name); the names of those moved. A layout saved by a version with other docks
    (or with the palette alone, by the welcome page) leaves the docks it does not name in no dock
    area, drawn over the menu bar once shown, or in a place kept from before; a floating dock may
    come back off every screen, over the menu bar or with no size. The other docks keep the user's
    layout. Cheap: a few geometry reads a dock."""
    moved = [
        dock
        for dock in docks
        if dock in unplaced
        or (
            not _floats_in_view(window, dock)
            if dock.isFloating()
            else window.dockWidgetArea(dock) == QtCore.Qt.DockWidgetArea.NoDockWidgetArea
        )
    ]
    table = homes(window)
    moved.sort(key=lambda d: table.get(d.objectName(), ("", None, None))[1] is not None)  # partners first
    for dock in moved:
        _send_home(window, dock, docks, table)
    return [dock.objectName() for dock in moved]


def _floats_in_view(window: QMainWindow, dock: QDockWidget) -> bool:
    """Whether the floating ``dock`` lies whole on the screens' free area, clear of the window's
    menu bar, and big enough to see."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QGuiApplication

    rect = dock.frameGeometry() if dock.isVisible() else dock.geometry()
    if rect.width() < MIN_FLOATING or rect.height() < MIN_FLOATING:
        return False
    if not on_screens(rect, [screen.availableGeometry() for screen in QGuiApplication.screens()]):
        return False
    top = window.geometry().topLeft()  # the client area: the menu bar's top-left
    bar = window.menuBar()
    menu = QRect(top, bar.size() if bar.isVisible() else bar.sizeHint())
    menu.setWidth(window.width())
    return not rect.intersects(menu)


def on_screens(rect: QRect, areas: Sequence[QRect]) -> bool:
    """Whether ``rect`` lies whole within the union of ``areas``: a dock placed across the border
    of two screens side by side is where its user put it, not lost off screen."""
    from PySide6.QtGui import QRegion

    shown = QRegion()
    for area in areas:
        shown = shown.united(area)
    return QRegion(rect).subtracted(shown).isEmpty()


def _send_home(
    window: QMainWindow,
    dock: QDockWidget,
    docks: Sequence[QDockWidget],
    table: dict[str, tuple[str, str | None, str | None]],
) -> None:
    """Dock ``dock`` in its default place in ``table`` (``homes``), tabbed with its partner or
    above its neighbour if that one is docked there; closed if it was closed."""
    hidden = dock.isHidden()
    side, partner, below = table.get(dock.objectName(), ("Left", None, None))
    area = getattr(QtCore.Qt.DockWidgetArea, f"{side}DockWidgetArea")
    window.addDockWidget(area, dock)
    dock.setFloating(False)
    others = {d.objectName(): d for d in docks if d is not dock}
    mate, under = others.get(partner or ""), others.get(below or "")
    if mate is not None and not mate.isFloating() and window.dockWidgetArea(mate) == area:
        window.tabifyDockWidget(mate, dock)
        mate.raise_()
    elif under is not None and not under.isFloating() and window.dockWidgetArea(under) == area:
        window.splitDockWidget(dock, under, QtCore.Qt.Orientation.Vertical)  # ``under`` moves below
    dock.setHidden(hidden)


def cap_dock_widths(window: QMainWindow, share: float = MAX_DOCK_SHARE) -> None:
    """Narrow each docked side column wider than ``share`` of the window to that share."""
    limit = int(window.width() * share)
    docks: list[QDockWidget] = []
    widths: list[int] = []
    areas = QtCore.Qt.DockWidgetArea
    for area in (areas.LeftDockWidgetArea, areas.RightDockWidgetArea):
        column = [
            d
            for d in docks_of(window)
            if d.isVisible() and not d.isFloating() and window.dockWidgetArea(d) == area
        ]
        if column and max(d.width() for d in column) > limit:
            docks.append(column[0])
            widths.append(limit)
    if docks:
        window.resizeDocks(docks, widths, QtCore.Qt.Orientation.Horizontal)


def widen_for_tabs(
    window: QMainWindow,
    fitted: set[tuple[str, ...]],
    *,
    again: bool = False,
    joining: Mapping[str, str] | None = None,
    widths: Mapping[str, int] | None = None,
    share: float = MAX_TABS_SHARE,
) -> None:
    """Widen each docked column whose tab bar cuts its tabs' titles to the width they need, up to
    ``share`` of the window: at 1366 px the one column of a small screen held five German tabs
    in 320 px ("Eigenschaf…", and with Find "Su…", "Ma…"). ``joining`` names a hidden panel that
    joins a tab's group when shown (the Inspector's: Ctrl+F's Find), so room for its tab is kept
    and showing it leaves the canvas as it is. Each set of tabs is fitted once (``fitted`` keeps
    them), so a column the user narrowed stays narrow until a panel joins its tabs; ``again`` fits
    them anew, after the window set its columns' widths itself (``widths``: the docks' widths just
    asked for, by name, which their own widths show only once the window is laid out again)."""
    from PySide6.QtWidgets import QTabBar  # here: only once a file's docks are laid out

    docks = [d for d in docks_of(window) if d.isVisible() and not d.isFloating()]
    limit = int(window.width() * share)
    for bar in window.children():  # a window's dock tab bars are its own children
        if not isinstance(bar, QTabBar) or not bar.isVisible() or not bar.count():
            continue
        titles = tuple(bar.tabText(i) for i in range(bar.count()))
        if titles in fitted and not again:
            continue
        fitted.add(titles)
        shown = next((d for d in docks if d.windowTitle() == bar.tabText(bar.currentIndex())), None)
        need = bar.sizeHint().width()
        later = [t for title, t in (joining or {}).items() if title in titles and t not in titles]
        if later:  # a tab's width: its title's and the style's margins around it (the first tab's)
            metrics = bar.fontMetrics()
            margins = bar.tabSizeHint(0).width() - metrics.horizontalAdvance(titles[0])
            need += sum(metrics.horizontalAdvance(t) + margins for t in later)
        wide = min(need, limit)  # (the bar spans its column: it is the dock's width that counts)
        if shown is not None and wide > (widths or {}).get(shown.objectName(), shown.width()):
            window.resizeDocks([shown], [wide], QtCore.Qt.Orientation.Horizontal)
