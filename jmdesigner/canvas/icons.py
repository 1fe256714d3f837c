"""The icon set: Lucide's SVG line icons, drawn in the palette's text colour.

Lucide strokes with ``currentColor``, which Qt's SVG reader draws black; each icon is recoloured
to the window text colour (light on a dark palette) and rasterised at the sizes Qt asks toolbars
and menus for, through Qt's SVG image plugin (no Python module to import at start-up).
Every action's icon is named once, in ``ACTION_ICONS``; the palette's in ``LANE_ICONS``.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette, QPixmap

from jmdesigner.model import LaneKind
from jmdesigner.resources import resource_path

# Keyed by the action's name in the main window's action registry.
ACTION_ICONS: dict[str, str] = {
    "new": "file-plus",
    "open": "folder-open",
    "open_library": "library",
    "copy_to_library": "database-backup",
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
    "versions": "history",
    "personas": "users",
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

_SIZES = (16, 20, 24, 32, 48)


def icon(name: str) -> QIcon:
    """The Lucide icon ``name`` in the current palette's text colour (a null icon if unknown)."""
    app = QGuiApplication.instance()
    palette = QGuiApplication.palette() if app is not None else QPalette()
    return _icon(name, palette.color(QPalette.ColorRole.WindowText).name())


def action_icon(key: str) -> QIcon:
    return icon(ACTION_ICONS[key]) if key in ACTION_ICONS else QIcon()


def app_icon() -> QIcon:
    """The application's own icon, for the window, the taskbar and About."""
    result = QIcon(str(resource_path("icons", "jmdesigner.svg")))
    for size in (16, 24, 32, 48, 64, 128, 256):
        result.addFile(str(resource_path("icons", "hicolor", f"{size}x{size}", "jmdesigner.png")))
    return result


@cache
def _icon(name: str, color: str) -> QIcon:
    try:
        svg = resource_path("icons", "lucide", f"{name}.svg").read_text(encoding="utf-8")
    except FileNotFoundError:
        return QIcon()
    svg = svg.replace("currentColor", QColor(color).name())
    result = QIcon()
    for size in _SIZES:
        sized = svg.replace('width="24"', f'width="{size}"', 1).replace('height="24"', f'height="{size}"', 1)
        pixmap = QPixmap()
        if pixmap.loadFromData(sized.encode(), "SVG"):
            result.addPixmap(pixmap)
    return result
