"""Every action of the main window, defined once and keyed by ``Act``.

Menus, the toolbar and Help ▸ Keyboard Shortcuts are all built from these tables, so a
shortcut is written in one place. Shortcuts are spelled out rather than taken from Qt's
platform "standard keys": on X11 the standard Delete includes Ctrl+D, which made Duplicate
an ambiguous, dead shortcut.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import Enum, StrEnum
from typing import NamedTuple

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from jmdesigner.i18n import N_, translate


class Act(StrEnum):
    NEW = "new"
    OPEN = "open"
    OPEN_LIBRARY = "open_library"
    COPY_TO_LIBRARY = "copy_to_library"
    SAVE = "save"
    SAVE_COPY = "save_copy"
    RESTORE = "restore"
    IMPORT = "import"
    IMPORT_TABLE = "import_table"
    EXPORT = "export"
    EXPORT_TABLE = "export_table"
    EXPORT_JSON = "export_json"
    CLOSE = "close"
    QUIT = "quit"
    UNDO = "undo"
    REDO = "redo"
    CUT = "cut"
    COPY = "copy"
    PASTE = "paste"
    PASTE_JOURNEY = "paste_journey"
    DUPLICATE = "duplicate"
    DELETE = "delete"
    SELECT_ALL = "select_all"
    FIND = "find"
    ZOOM_IN = "zoom_in"
    ZOOM_OUT = "zoom_out"
    ACTUAL_SIZE = "actual_size"
    FIT = "fit"
    WORKSHOP = "workshop"
    ROOM = "room"
    ACCEPT_ROOM = "accept_room"
    END_WORKSHOP = "end_workshop"
    NEXT_PANEL = "next_panel"
    PREVIOUS_PANEL = "previous_panel"
    COMPARE_CURRENT = "compare_current"
    COMPARE = "compare"
    PORTFOLIO = "portfolio"
    VERSIONS = "versions"
    PERSONAS = "personas"
    SHORTCUTS = "shortcuts"
    ABOUT = "about"


class Needs(Enum):
    """When an action is enabled."""

    NOTHING = "nothing"
    FILE = "file"  # a file is open
    WRITABLE = "writable"  # a file is open and may be changed
    ROOM = "room"  # the room is open (Workshop ▸ Invite the Room…)


class Spec(NamedTuple):  # not a dataclass: the window's start would import dataclasses for it alone
    text: str
    keys: tuple[str, ...] = ()  # portable text (QKeySequence.PortableText); the first is shown
    tip: str = ""
    needs: Needs = Needs.NOTHING
    canvas: bool = False  # the shortcut works on the canvas only (in a text field the keys are the field's)


SPECS: dict[Act, Spec] = {
    Act.NEW: Spec(N_("Actions", "&New…"), ("Ctrl+N",), N_("Actions", "Create a new file from a template")),
    Act.OPEN: Spec(N_("Actions", "&Open…"), ("Ctrl+O",), N_("Actions", "Open a journey map file")),
    Act.OPEN_LIBRARY: Spec(
        N_("Actions", "Open &Team Library…"),
        (),
        N_("Actions", "Maps and personas shared on a PostgreSQL server"),
    ),
    Act.COPY_TO_LIBRARY: Spec(
        N_("Actions", "Save a Copy to a Team &Library…"),
        (),
        N_("Actions", "Publish every map, persona and named version of this document into a team library"),
        Needs.FILE,
    ),
    Act.SAVE: Spec(
        N_("Actions", "S&ave"),
        ("Ctrl+S",),
        N_("Actions", "Every change is saved as you make it; this says where"),
        Needs.FILE,
    ),
    Act.SAVE_COPY: Spec(
        N_("Actions", "Save a Cop&y…"),
        ("Ctrl+Shift+S",),
        N_("Actions", "Write a copy of this file under another name; keep editing this one"),
        Needs.FILE,
    ),
    Act.RESTORE: Spec(
        N_("Actions", "Restore from &Backup…"),
        (),
        N_("Actions", "Open an automatic backup of this file as a new file"),
        Needs.FILE,
    ),
    Act.IMPORT_TABLE: Spec(
        N_("Actions", "Import from &Spreadsheet…"),
        ("Ctrl+I",),
        N_("Actions", "Cards or survey scores from a CSV or Excel file"),
        Needs.WRITABLE,
    ),
    Act.IMPORT: Spec(
        N_("Actions", "&Import…"),
        ("Ctrl+Shift+I",),
        N_(
            "Actions",
            "A journey from jmdesigner JSON, Ptolemy .ojf, a GOV.UK step-by-step, Mermaid or Markdown",
        ),
        Needs.WRITABLE,
    ),
    Act.EXPORT: Spec(
        N_("Actions", "&Export…"),
        ("Ctrl+E",),
        N_("Actions", "PDF for clients, PNG, SVG or a spreadsheet"),
        Needs.FILE,
    ),
    Act.EXPORT_TABLE: Spec(N_("Actions", "Export Map as Sprea&dsheet…"), (), "", Needs.FILE),
    Act.EXPORT_JSON: Spec(N_("Actions", "Export Map as &JSON…"), (), "", Needs.FILE),
    Act.CLOSE: Spec(N_("Actions", "&Close"), ("Ctrl+W",), "", Needs.FILE),
    Act.QUIT: Spec(N_("Actions", "&Quit"), ("Ctrl+Q",)),
    Act.UNDO: Spec(N_("Actions", "&Undo"), ("Ctrl+Z",)),
    Act.REDO: Spec(N_("Actions", "&Redo"), ("Ctrl+Shift+Z", "Ctrl+Y")),
    Act.CUT: Spec(N_("Actions", "Cu&t"), ("Ctrl+X",), canvas=True),
    Act.COPY: Spec(N_("Actions", "&Copy"), ("Ctrl+C",), canvas=True),
    Act.PASTE: Spec(N_("Actions", "&Paste"), ("Ctrl+V",), canvas=True),
    Act.PASTE_JOURNEY: Spec(
        N_("Actions", "Paste &Journey as New Map"),
        ("Ctrl+Shift+V",),
        N_("Actions", "A Mermaid journey (or another importable text) from the clipboard, as a new map"),
        Needs.WRITABLE,
    ),
    Act.DUPLICATE: Spec(N_("Actions", "Dupl&icate"), ("Ctrl+D",), canvas=True),
    Act.DELETE: Spec(
        N_("Actions", "&Delete"),
        ("Del",),
        N_("Actions", "Delete the selected cards, emotion point, stage or lane"),
        canvas=True,
    ),
    Act.SELECT_ALL: Spec(N_("Actions", "Select &All"), ("Ctrl+A",), canvas=True),
    Act.FIND: Spec(N_("Actions", "&Find…"), ("Ctrl+F",), N_("Actions", "Find cards in all maps"), Needs.FILE),
    Act.ZOOM_IN: Spec(N_("Actions", "Zoom &In"), ("Ctrl+=", "Ctrl++"), "", Needs.FILE),
    Act.ZOOM_OUT: Spec(N_("Actions", "Zoom &Out"), ("Ctrl+-",), "", Needs.FILE),
    Act.ACTUAL_SIZE: Spec(N_("Actions", "&Actual Size"), ("Ctrl+1",), "", Needs.FILE),
    Act.FIT: Spec(N_("Actions", "&Fit to Window"), ("Ctrl+0",), "", Needs.FILE),
    Act.WORKSHOP: Spec(
        N_("Actions", "&Workshop Mode"),
        ("F5",),
        N_("Actions", "Full screen for a projector: stage focus, timer, dot voting"),
        Needs.FILE,
    ),
    Act.ROOM: Spec(
        N_("Actions", "Invite the &Room…"),
        (),
        N_("Actions", "Participants add notes, vote and rate feelings from their phones on this network"),
        Needs.WRITABLE,
    ),
    Act.ACCEPT_ROOM: Spec(
        N_("Actions", "&Accept Selected Room Notes"),
        ("Ctrl+Shift+Enter", "Ctrl+Shift+Return"),  # shown as "Enter", as the hints name the key
        N_("Actions", "Keep the selected notes from the room as ordinary cards (their “Room” mark goes)"),
        Needs.WRITABLE,
    ),
    Act.END_WORKSHOP: Spec(
        N_("Actions", "&End the Workshop…"),
        (),
        N_(
            "Actions",
            "Thank the phones and take no more notes; what they sent stays on the map, and a room "
            "opened later gets a new link",
        ),
        Needs.ROOM,
    ),
    Act.NEXT_PANEL: Spec(
        N_("Actions", "Next &Panel"), ("F6",), N_("Actions", "Move the keyboard to the next panel")
    ),
    Act.PREVIOUS_PANEL: Spec(
        N_("Actions", "Pre&vious Panel"),
        ("Shift+F6",),
        N_("Actions", "Move the keyboard to the previous panel"),
    ),
    Act.COMPARE_CURRENT: Spec(
        N_("Actions", "Compare with &Current State"),
        ("Ctrl+Alt+C",),
        N_("Actions", "This future-state map against the map it reworks"),
        Needs.FILE,
    ),
    Act.COMPARE: Spec(
        N_("Actions", "Compare &With…"),
        (),
        N_("Actions", "This map and another side by side: curves, changes, links"),
        Needs.FILE,
    ),
    Act.PORTFOLIO: Spec(
        N_("Actions", "P&ortfolio Overview"),
        ("Ctrl+Shift+O",),
        N_("Actions", "Every map: state, curves, pain points answered, votes"),
        Needs.FILE,
    ),
    Act.VERSIONS: Spec(
        N_("Actions", "&Versions…"),
        ("Ctrl+Alt+S",),
        N_("Actions", "Save, compare and restore named versions of this map"),
        Needs.FILE,
    ),
    Act.PERSONAS: Spec(
        N_("Actions", "&Personas…"), ("Ctrl+Shift+P",), N_("Actions", "Edit the file's personas"), Needs.FILE
    ),
    Act.SHORTCUTS: Spec(
        N_("Actions", "&Keyboard Shortcuts"), ("F1",), N_("Actions", "Every key of jmdesigner on one page")
    ),
    Act.ABOUT: Spec(N_("Actions", "&About jmdesigner")),
}

# Menu layouts: None is a separator; a string names a place the window fills itself.
RECENT = "recent"  # placeholders the window fills: Open Recent, the panels, the Maps actions, guides
PANELS = "panels"
MAP_ACTIONS = "map actions"
FILE_MENU = (
    Act.NEW,
    Act.OPEN,
    Act.OPEN_LIBRARY,
    RECENT,
    None,
    Act.SAVE,
    Act.SAVE_COPY,
    Act.COPY_TO_LIBRARY,
    Act.RESTORE,
    None,
    Act.IMPORT,
    Act.IMPORT_TABLE,
    Act.EXPORT,
    Act.EXPORT_TABLE,
    Act.EXPORT_JSON,
    None,
    Act.CLOSE,
    Act.QUIT,
)
EDIT_MENU = (
    Act.UNDO,
    Act.REDO,
    None,
    Act.CUT,
    Act.COPY,
    Act.PASTE,
    Act.DUPLICATE,
    Act.DELETE,
    Act.PASTE_JOURNEY,
    None,
    Act.SELECT_ALL,
    Act.FIND,
)
VIEW_MENU = (
    Act.ZOOM_IN,
    Act.ZOOM_OUT,
    Act.ACTUAL_SIZE,
    Act.FIT,
    None,
    Act.WORKSHOP,
    None,
    Act.NEXT_PANEL,
    Act.PREVIOUS_PANEL,
    PANELS,
)
WORKSHOP_MENU = (Act.WORKSHOP, Act.ROOM, Act.ACCEPT_ROOM, Act.END_WORKSHOP)
MAP_MENU = (MAP_ACTIONS, None, Act.COMPARE_CURRENT, Act.COMPARE, Act.PORTFOLIO, Act.VERSIONS, Act.PERSONAS)
GUIDES = "guides"
HELP_MENU = (Act.SHORTCUTS, GUIDES, None, Act.ABOUT)
MENUS: tuple[tuple[str, tuple[Act | str | None, ...]], ...] = (
    (N_("Actions", "&File"), FILE_MENU),
    (N_("Actions", "&Edit"), EDIT_MENU),
    (N_("Actions", "&View"), VIEW_MENU),
    (N_("Actions", "W&orkshop"), WORKSHOP_MENU),
    (N_("Actions", "&Map"), MAP_MENU),
    (N_("Actions", "&Help"), HELP_MENU),
)
TOOLBAR: tuple[Act | None, ...] = (
    Act.NEW,
    Act.OPEN,
    None,
    Act.UNDO,
    Act.REDO,
    None,
    Act.EXPORT,
    None,
    Act.ZOOM_OUT,
    Act.ZOOM_IN,
    Act.FIT,
)


def create_actions(parent: QObject, slots: Mapping[Act, Callable[[], object]]) -> dict[Act, QAction]:
    """One QAction per ``Act`` with its text, shortcuts and tip; ``slots`` says what each one does."""
    made: dict[Act, QAction] = {}
    for act, spec in SPECS.items():
        action = QAction(translate("Actions", spec.text), parent)
        action.setObjectName(f"action_{act.value}")
        action.setShortcuts([QKeySequence(k) for k in spec.keys])
        if spec.tip:
            action.setStatusTip(translate("Actions", spec.tip))
        if spec.canvas:
            # by name: the ``Qt`` enum would make the namespace's ~100 enums at start (~12 ms)
            action.setProperty("shortcutContext", "WidgetWithChildrenShortcut")
        slot = slots[act]
        action.triggered.connect(lambda _checked=False, slot=slot: slot())
        made[act] = action
    return made


def shown_keys(spec: Spec) -> str:
    """The shortcuts as the user's platform writes them (Ctrl+D, ⌘D...)."""
    native = QKeySequence.SequenceFormat.NativeText
    # The main Enter key (Qt's "Return") and the keypad's are one "Enter", as the hints say: once.
    shown = (QKeySequence(k.replace("Return", "Enter")).toString(native) for k in spec.keys)
    return ", ".join(dict.fromkeys(shown))
