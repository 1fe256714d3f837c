"""The icon set: Lucide's SVG line icons, drawn in the palette's text colour.

Lucide strokes with ``currentColor``, which Qt's SVG reader draws black; each icon is recoloured
to the window text colour (light on a dark palette) and rasterised at the sizes Qt asks toolbars
and menus for, through Qt's SVG image plugin (no Python module to import at start-up).
Every action's icon is named once, in ``ACTION_ICONS``; the palette's in ``LANE_ICONS``.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap

from jmdesigner.canvas import icon_cache
from jmdesigner.model import LaneKind
from jmdesigner.resources import resource_path

# Keyed by the action's name in the main window's action registry.
ACTION_ICONS: dict[str, str] = {
    "new": "file-plus",
    "open": "folder-open",
    "open_library": "library",
    "copy_to_library": "database-backup",
    "save": "check-check",  # every change is already saved: Save says so
    "save_copy": "copy-plus",
    "restore": "archive-restore",
    "import_json": "file-input",
    "import": "file-input",
    "import_table": "sheet",
    "export": "file-output",
    "export_table": "table",
    "export_json": "file-down",
    "close": "x",
    "quit": "log-out",
    "undo": "undo-2",
    "redo": "redo-2",
    "cut": "scissors",
    "copy": "copy",
    "paste": "clipboard-paste",
    "paste_journey": "clipboard-list",
    "duplicate": "copy-plus",
    "delete": "trash-2",
    "select_all": "box-select",
    "find": "search",
    "zoom_in": "zoom-in",
    "zoom_out": "zoom-out",
    "actual_size": "scan",
    "fit": "expand",
    "workshop": "presentation",
    "room": "qr-code",
    "accept_room_notes": "check-check",
    "accept_room": "check-check",
    "end_workshop": "flag",
    "versions": "history",
    "personas": "users",
    "compare": "columns-2",
    "compare_current": "git-compare",
    "portfolio": "layout-grid",
    "next_panel": "panel-right",
    "previous_panel": "panel-left",
    "shortcuts": "keyboard",
    "guides": "book-open",
    "about": "info",
}

CARD_ICON = "sticky-note"
STAGE_ICON = "columns-3"
LANE_ICONS: dict[LaneKind, str] = {
    LaneKind.TOUCHPOINTS: "pointer",
    LaneKind.CHANNELS: "monitor-smartphone",
    LaneKind.ACTIONS: "footprints",
    LaneKind.THOUGHTS: "message-circle",
    LaneKind.EMOTIONS: "smile",
    LaneKind.PAIN_POINTS: "frown",
    LaneKind.OPPORTUNITIES: "lightbulb",
    LaneKind.BACKSTAGE: "cog",
    LaneKind.KPIS: "gauge",
    LaneKind.NOTES: "notebook-pen",
    LaneKind.CUSTOM: "rows-3",
    LaneKind.PHYSICAL_EVIDENCE: "package",
    LaneKind.FRONTSTAGE: "store",
    LaneKind.SUPPORT: "server",
}


def icon(name: str) -> QIcon:
    """The Lucide icon ``name`` in the current palette's text colour (a null icon if unknown)."""
    app = QGuiApplication.instance()
    palette = QGuiApplication.palette() if app is not None else QPalette()
    return _icon(name, palette.color(QPalette.ColorRole.WindowText).name())


def action_icon(key: str) -> QIcon:
    return icon(ACTION_ICONS[key]) if key in ACTION_ICONS else QIcon()


APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)  # the drawn sizes, beside the SVG


@cache
def app_icon() -> QIcon:
    """The application's own icon, for the window, the taskbar and About (its files read once)."""
    result = QIcon(str(resource_path("icons", "jmdesigner.svg")))
    for size in APP_ICON_SIZES:
        result.addFile(str(_app_png(size)))
    return result


def app_pixmap(side: int) -> QPixmap:
    """``app_icon().pixmap(side, side)``. At a device pixel ratio of 1 and a drawn size that is the
    file of that size, read alone: the whole icon reads all seven files and the SVG (~3 ms of the
    welcome page, in the first frame of a start with no file)."""
    app = QGuiApplication.instance()
    if side in APP_ICON_SIZES and isinstance(app, QGuiApplication) and app.devicePixelRatio() == 1:
        return QPixmap(str(_app_png(side)))
    return app_icon().pixmap(side, side)


def _app_png(size: int) -> Path:
    return resource_path("icons", "hicolor", f"{size}x{size}", "jmdesigner.png")


class _SvgEngine(QIconEngine):
    """Reads and recolours the SVG when first painted, and renders it only at the sizes asked for:
    building every action's icon up front cost ~65 ms of start-up at five sizes each, and reading
    the files of the ~40 icons only menus show ~1 ms of the first frame."""

    def __init__(self, path: Path, color: str) -> None:
        super().__init__()
        self._path = path
        self._color = color
        self._text: str | None = None
        self._pixmaps: dict[tuple[int, int, QIcon.Mode], QPixmap] = {}

    @property
    def _svg(self) -> str:
        if self._text is None:
            try:
                text = self._path.read_text(encoding="utf-8")
            except OSError:  # gone since the icon was made (an update under a running app): none drawn
                text = ""
            self._text = text.replace("currentColor", self._color)
        return self._text

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        key = (size.width(), size.height(), mode)
        found = self._pixmaps.get(key)
        if found is None:
            disabled = mode == QIcon.Mode.Disabled
            kept = icon_cache.key(self._path, self._color, size.width(), size.height(), disabled)
            found = icon_cache.find(kept) if kept is not None else None
            if found is not None:  # drawn by an earlier start, the same pixels
                self._pixmaps[key] = found
                return found
            side = max(1, min(size.width(), size.height()))
            svg = self._svg.replace('width="24"', f'width="{side}"', 1).replace(
                'height="24"', f'height="{side}"', 1
            )
            found = QPixmap()
            found.loadFromData(svg.encode(), "SVG")
            if disabled and not found.isNull():
                faded = QPixmap(found.size())
                faded.fill(QColor(0, 0, 0, 0))  # transparent, without the ``Qt`` namespace's enums
                painter = QPainter(faded)
                painter.setOpacity(0.4)
                painter.drawPixmap(0, 0, found)
                painter.end()
                found = faded
            self._pixmaps[key] = found
            if kept is not None:
                icon_cache.keep(kept, found)
        return found

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        painter.drawPixmap(rect, self.pixmap(rect.size(), mode, state))

    def clone(self) -> QIconEngine:
        return _SvgEngine(self._path, self._color)

    def isNull(self) -> bool:
        return False


@cache
def _icon(name: str, color: str) -> QIcon:
    path = _lucide() / f"{name}.svg"
    if not path.is_file():
        return QIcon()
    return QIcon(_SvgEngine(path, QColor(color).name()))


@cache
def _lucide() -> Path:
    return resource_path("icons", "lucide")
