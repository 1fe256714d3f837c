"""The main window: one open .jmap file, its maps on canvases, menus, docks and the status bar."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMainWindow, QMessageBox, QWidget

from jmdesigner import __version__
from jmdesigner.canvas import keyboard
from jmdesigner.canvas.clipboard import release_clipboard
from jmdesigner.canvas.icons import ACTION_ICONS, action_icon, app_icon
from jmdesigner.canvas.palette import PaletteDock
from jmdesigner.canvas.view import MapView
from jmdesigner.errors import JmError, ReadOnlyError, StorageError
from jmdesigner.fileio import file_name_for
from jmdesigner.model import Document, Kind, MapBundle, UndoStack, commands
from jmdesigner.storage.address import LibraryURL, Location, backup_key, parse_location
from jmdesigner.storage.jmapfile import JmapFile
from jmdesigner.storage.store import DocumentStore, SharedStore, open_store
from jmdesigner.ui.file_watch import FileWatch, same_file
from jmdesigner.ui.find_dock import FindDock
from jmdesigner.ui.guides import GUIDES
from jmdesigner.ui.inspector import InspectorDock
from jmdesigner.ui.last_change import others_mark
from jmdesigner.ui.library_watch import LibraryWatch
from jmdesigner.ui.map_navigator import MapNavigator
from jmdesigner.ui.map_views import MapViews
from jmdesigner.ui.messages import show_error
from jmdesigner.ui.outline_dock import OutlineDock
from jmdesigner.ui.settings import AppSettings
from jmdesigner.ui.template_chooser import choose_template

if TYPE_CHECKING:
    from jmdesigner.ui.room_window import RoomWindow

SUFFIX = ".jmap"
FILE_FILTER = "Journey maps (*.jmap)"
Std = QKeySequence.StandardKey


class MainWindow(QMainWindow):
    def __init__(self, settings: AppSettings | None = None) -> None:
        super().__init__()
        self.settings = settings or AppSettings()
        self.jfile: DocumentStore | None = None  # a .jmap file or a team library
        self.stack: UndoStack | None = None  # one undo history per open file
        self.views: MapViews | None = None
        self.navigator: MapNavigator | None = None
        self.inspector: InspectorDock | None = None
        self.find_dock: FindDock | None = None
        self.outline: OutlineDock | None = None
        self.last_error: QMessageBox | None = None
        self.watch: FileWatch | LibraryWatch | None = None
        self.pick_template: Callable[[], MapBundle | None] = lambda: choose_template(self)
        self._show_welcome()
        self.palette = PaletteDock(self)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.palette)
        self.saved = QLabel()
        self.saved.setObjectName("savedState")
        self.statusBar().addPermanentWidget(self.saved)
        self._build_actions()
        self.setAcceptDrops(True)
        self.resize(1400, 900)
        self.settings.restore_window(self)
        self._file_changed()

    # ------------------------------------------------------------ actions
    def _action(
        self, text: str, slot: Callable[[], object], shortcut: object = None, tip: str = ""
    ) -> QAction:
        action = QAction(text, self)
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)
        elif shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        a = self._action
        self.new_action = a("&New…", self.new_file_dialog, Std.New, "Create a new file from a template")
        self.open_action = a("&Open…", self.open_file_dialog, Std.Open)
        self.open_library_action = a(
            "Open &Team Library…",
            self.open_library_dialog,
            tip="Maps and personas shared on a PostgreSQL server",
        )
        self.copy_to_library_action = a(
            "Save a Copy to a Team &Library…",
            self.copy_to_library_dialog,
            tip="Publish every map and persona of this document into a team library",
        )
        self.save_copy_action = a(
            "Save a &Copy…",
            self.save_copy_dialog,
            Std.SaveAs,
            "Write a copy of this file under another name; keep editing this one",
        )
        self.export_action = a("&Export…", self.export_dialog, "Ctrl+E", "PDF for clients, PNG or SVG")
        self.export_json_action = a("Export Map as &JSON…", self.export_json_dialog)
        self.import_action = a(
            "&Import…",
            self.import_dialog,
            "Ctrl+Shift+I",
            "A journey from jmdesigner JSON, Ptolemy .ojf, a GOV.UK step-by-step, Mermaid or Markdown",
        )
        self.import_table_action = a(
            "Import from &Spreadsheet…",
            self.import_table_dialog,
            "Ctrl+I",
            "Cards or survey scores from a CSV or Excel file",
        )
        self.export_table_action = a("Export Map as Spr&eadsheet…", self.export_table_dialog)
        self.close_action = a("&Close", self.close_file, Std.Close)
        self.quit_action = a("&Quit", self.close, Std.Quit)
        self.undo_action = a("&Undo", self.undo, Std.Undo)
        self.redo_action = a("&Redo", self.redo, QKeySequence("Ctrl+Shift+Z"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.cut_action = a("Cu&t", lambda: self._on_view(keyboard.cut_selection), Std.Cut)
        self.copy_action = a("&Copy", lambda: self._on_view(keyboard.copy_selection), Std.Copy)
        self.paste_action = a("&Paste", self.paste, Std.Paste)
        self.paste_journey_action = a(
            "Paste &Journey as New Map",
            self.paste_journey,
            "Ctrl+Shift+V",
            "A Mermaid journey (or another importable text) from the clipboard, as a new map",
        )
        self.duplicate_action = a("D&uplicate", lambda: self._on_view(keyboard.duplicate_selection), "Ctrl+D")
        self.delete_action = a("&Delete", lambda: self._on_view(keyboard.delete_selection), Std.Delete)
        self.select_all_action = a("Select &All", lambda: self._on_view(keyboard.select_all), Std.SelectAll)
        self.find_action = a("&Find…", self.start_find, Std.Find, "Find cards in all maps")
        self.canvas_actions = (
            self.cut_action,
            self.copy_action,
            self.paste_action,
            self.duplicate_action,
            self.delete_action,
            self.select_all_action,
        )
        for action in self.canvas_actions:
            # Only on the canvas: in a text field these keys belong to the field.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.zoom_in_action = a("Zoom &In", lambda: self._on_view(MapView.zoom_in), Std.ZoomIn)
        self.zoom_out_action = a("Zoom &Out", lambda: self._on_view(MapView.zoom_out), Std.ZoomOut)
        self.actual_size_action = a("&Actual Size", lambda: self._on_view(MapView.actual_size), "Ctrl+1")
        self.fit_action = a("&Fit to Window", lambda: self._on_view(MapView.fit_to_window), "Ctrl+0")
        self.about_action = a("&About jmdesigner", self.about)
        self.workshop_action = a(
            "&Workshop Mode",
            self.start_workshop,
            "F5",
            "Full screen for a projector: stage focus, timer, dot voting",
        )
        self.workshop: QWidget | None = None
        self.room_action = a(
            "Invite the &Room…",
            self.invite_room,
            tip="Participants add notes, vote and rate feelings from their phones on this network",
        )
        self.room_window: RoomWindow | None = None
        self.accept_room_action = a(
            "&Accept Selected Room Notes",
            self.accept_room_notes,
            "Ctrl+Shift+Return",
            "Keep the selected notes from the room as ordinary cards (their “Room” mark goes)",
        )
        self.restore_action = a(
            "&Restore from Backup…",
            self.restore_dialog,
            tip="Open an automatic backup of this file as a new file",
        )
        self.versions_action = a(
            "&Versions…",
            self.versions_dialog,
            "Ctrl+Alt+S",
            "Save, compare and restore named versions of this map",
        )
        self.personas_action = a("&Personas…", self.open_personas, "Ctrl+Shift+P", "Edit the file's personas")
        self.compare_action = a(
            "Compare &With…",
            self.compare_with,
            tip="This map and another side by side: curves, changes, links",
        )
        self.portfolio_action = a(
            "P&ortfolio Overview",
            self.open_portfolio,
            "Ctrl+Shift+O",
            "Every map: state, curves, pain points answered, votes",
        )
        self.compare_current_action = a(
            "Compare with the &Current State",
            self.compare_with_current,
            "Ctrl+Alt+C",
            "This future-state map against the map it reworks",
        )

        bar = self.menuBar()
        self.file_menu = bar.addMenu("&File")
        self.file_menu.addActions([self.new_action, self.open_action, self.open_library_action])
        self.recent_menu = self.file_menu.addMenu("Open &Recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.save_copy_action, self.copy_to_library_action, self.restore_action])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.import_action, self.import_table_action])
        self.file_menu.addActions([self.export_action, self.export_table_action, self.export_json_action])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.close_action, self.quit_action])
        self.edit_menu = bar.addMenu("&Edit")
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions(
            [self.cut_action, self.copy_action, self.paste_action, self.duplicate_action, self.delete_action]
        )
        self.edit_menu.addAction(self.paste_journey_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([self.select_all_action, self.find_action])
        self.view_menu = bar.addMenu("&View")
        self.view_menu.addActions(
            [self.zoom_in_action, self.zoom_out_action, self.actual_size_action, self.fit_action]
        )
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.workshop_action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.palette.toggleViewAction())
        self.workshop_menu = bar.addMenu("W&orkshop")
        self.workshop_menu.addActions([self.workshop_action, self.room_action, self.accept_room_action])
        self.map_menu = bar.addMenu("&Map")
        self.help_menu = bar.addMenu("&Help")
        self.guides_menu = self.help_menu.addMenu("&Guides")
        self.guides_menu.setIcon(action_icon("guides"))
        self.guide_actions = {
            key: self.guides_menu.addAction(title.replace("The ", ""), lambda k=key: self.open_guide(k))
            for key, (title, _file) in GUIDES.items()
        }
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)
        self.toolbar = self.addToolBar("Main")
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.addActions([self.new_action, self.open_action])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.undo_action, self.redo_action])
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.export_action)
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.zoom_out_action, self.zoom_in_action, self.fit_action])
        self._add_icons()

    def _add_icons(self) -> None:
        """Each action's icon from the one table in ``canvas.icons``; the tooltip names its key."""
        for key in ACTION_ICONS:
            action = getattr(self, f"{key}_action", None)
            if isinstance(action, QAction):
                action.setIcon(action_icon(key))
                keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                tip = action.text().replace("&", "").rstrip("…")
                action.setToolTip(f"{tip} ({keys})" if keys else tip)

    def _on_view(self, fn: Callable[[MapView], object]) -> None:
        view = self.current_view()
        if view is not None:
            fn(view)

    @property
    def current_map_id(self) -> str | None:
        """The map chosen in the navigator (None with no file or no maps)."""
        return self.navigator.current_id if self.navigator is not None else None

    def current_view(self) -> MapView | None:
        return self.views.current_view() if self.views is not None else None

    # ---------------------------------------------------------------- files
    def open_file(self, where: Location | str, *, read_only: bool = False) -> None:
        """Open a file or a team library here (the previous one closes); raises JmError if refused."""
        path = parse_location(where)
        if self.jfile is not None and _same_location(self.jfile.location, path):
            self.show_message(f"{self.jfile.name} is already open in this window.")  # keeps the undo history
            return
        jfile = open_store(path, read_only=read_only)
        self.close_file()
        self.jfile = jfile
        self.stack = UndoStack(jfile.document)
        self.stack.add_listener(self._stack_changed)
        self.views = MapViews(jfile.document, self.stack)
        self.views.message.connect(self.show_message)
        self.views.failed.connect(self._edit_failed)
        self.setCentralWidget(self.views)
        self.views.addActions(list(self.canvas_actions))
        self.navigator = MapNavigator(jfile.document, self.stack, lambda: self.pick_template(), self)
        self.navigator.map_chosen.connect(self.show_map)
        self.navigator.message.connect(self.show_message)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.navigator)
        self.splitDockWidget(self.navigator, self.palette, Qt.Orientation.Vertical)  # maps above the palette
        self.resizeDocks([self.navigator, self.palette], [200, 400], Qt.Orientation.Vertical)
        self.resizeDocks([self.navigator], [240], Qt.Orientation.Horizontal)
        self.inspector = InspectorDock(jfile.document, self.stack, self)
        self.inspector.edited.connect(self.show_message)
        self.inspector.reveal.connect(self.reveal_card)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.inspector)
        self.resizeDocks([self.inspector], [320], Qt.Orientation.Horizontal)
        self.views.focus_changed.connect(self._show_in_inspector)
        self.outline = OutlineDock(jfile.document, self)
        self.outline.activated.connect(self._outline_activated)
        self.tabifyDockWidget(self.navigator, self.outline)
        self.navigator.raise_()
        self.find_dock = FindDock(jfile.document, self)
        self.find_dock.found.connect(self.reveal_card)
        self.tabifyDockWidget(self.inspector, self.find_dock)
        self.find_dock.hide()  # Ctrl+F shows it
        self.inspector.raise_()
        self.settings.restore_window(self)  # puts the new docks where the user last had them
        self.map_menu.clear()
        self.map_menu.addActions(list(self.navigator.actions_.values()))
        self.map_menu.addSeparator()
        self.map_menu.addActions([self.compare_current_action, self.compare_action, self.portfolio_action])
        self.map_menu.addActions([self.versions_action, self.personas_action])
        self.view_menu.addAction(self.navigator.toggleViewAction())
        for dock in (self.inspector, self.outline, self.find_dock):
            self.view_menu.addAction(dock.toggleViewAction())
        if isinstance(path, LibraryURL):
            self.settings.add_recent_library(path.safe_url)
        else:
            self.settings.add_recent(path)
        self.show_map(self.navigator.current_id)
        self._file_changed()
        if jfile.location_warning:
            self.statusBar().showMessage(jfile.location_warning, 30000)
        if isinstance(jfile, SharedStore):
            self.watch = LibraryWatch(jfile, self)
            self.watch.state_changed.connect(self._library_state)
            self.watch.backup_failed.connect(self.report_error)
            self.watch.check_backup()
            self.inspector.set_last_change(jfile.last_change)
            self.views.set_writer_mark(others_mark(jfile.last_change))
        else:
            self.watch = FileWatch(jfile, self)
            self.watch.changed.connect(self._changed_behind)
            self.watch.backup_failed.connect(self.report_error)
            self.watch.check_backup()
        for notice in jfile.notices:  # side files set aside, a holder elsewhere: said once, kept below
            self.statusBar().showMessage(notice)
            self.last_error = show_error(self, notice, "About this file")

    def _library_state(self, message: str) -> None:
        """Connection lost (read-only) or back (editable): the title, actions and one message follow."""
        self._file_changed()
        self.statusBar().showMessage(message, 30000)
        self.saved.setText(
            message if self.jfile is not None and self.jfile.read_only else "All changes saved"
        )

    def open_library_dialog(self) -> None:
        from jmdesigner.ui.library_dialogs import ask_library

        def run() -> None:
            where = ask_library(self, "Open Team Library", self.settings.recent_libraries())
            if where is not None:
                self.open_file(where)

        self._guard(run)

    def copy_to_library_dialog(self) -> None:
        from jmdesigner.ui.library_dialogs import ask_library

        def run() -> None:
            if self.jfile is None:
                return
            where = ask_library(self, "Save a Copy to a Team Library", self.settings.recent_libraries())
            if where is not None:
                self.copy_to_library(where)

        self._guard(run)

    def copy_to_library(self, where: LibraryURL) -> None:
        """Publish every map and persona of the open document into a library (created if missing)."""
        from jmdesigner.model.bundle import add_document
        from jmdesigner.storage.store import create_store, exists

        if self.jfile is None:
            return
        if _same_location(self.jfile.location, where):
            raise JmError("That is the library open in this window.")
        with open_store(where) if exists(where) else create_store(where) as library:
            added = add_document(library.document, self.jfile.document)
        self.settings.add_recent_library(where.safe_url)
        self.show_message(f"Copied {len(added)} map(s) to the library {where.name}.")

    def _changed_behind(self, message: str) -> None:
        self._file_changed()
        self.report_error(message)

    def show_map(self, map_id: str) -> None:
        if self.views is None:
            return
        self.views.show_map(map_id or None)
        if self.navigator is not None and map_id:
            self.navigator.set_current(map_id)

    def restore_dialog(self) -> None:
        from jmdesigner.ui.backup_dialog import open_restore_dialog

        if self.jfile is not None:  # a library's backups are .jmap copies: restored as a new file too
            location = self.jfile.location
            restored = open_restore_dialog(
                self, backup_key(location), name=self.jfile.name, folder=self._folder(), stem=self._stem()
            )
            if restored is not None:
                self.open_path(restored)

    def versions_dialog(self) -> None:
        from jmdesigner.ui.versions_dialog import open_versions_dialog

        map_id = self.current_map_id
        if self.jfile is not None and self.stack is not None and map_id is not None:
            open_versions_dialog(self, self.jfile, self.stack, map_id)

    def open_portfolio(self) -> QWidget | None:
        from jmdesigner.ui.portfolio_view import open_portfolio

        if self.jfile is None:
            return None
        window = open_portfolio(self, self.jfile.document)
        window.map_chosen.connect(self.show_map)
        return window

    def compare_with(self) -> QWidget | None:
        from jmdesigner.ui.compare_view import compare_with_chosen

        return self._compare(compare_with_chosen)

    def compare_with_current(self) -> QWidget | None:
        from jmdesigner.ui.compare_view import compare_with_current_state

        return self._compare(compare_with_current_state)

    def _compare(self, opener: Callable[[QWidget, Document, str], QWidget | None]) -> QWidget | None:
        map_id = self.current_map_id
        if self.jfile is None or map_id is None:
            return None
        try:
            window = opener(self, self.jfile.document, map_id)
        except JmError as exc:
            self.report_error(exc)
            return None
        if window is not None:
            window.card_activated.connect(self.reveal_card)  # type: ignore[attr-defined]
        return window

    def start_workshop(self) -> QWidget | None:
        from jmdesigner.ui.workshop import open_workshop

        map_id = self.current_map_id
        if self.jfile is None or self.stack is None or map_id is None:
            return None
        self.workshop = open_workshop(self.jfile.document, self.stack, map_id)
        self.workshop.closed.connect(self._workshop_closed)  # type: ignore[attr-defined]
        if self.room_window is not None:
            self.room_window.show_on_projector(self.workshop)
        return self.workshop

    def _workshop_closed(self) -> None:
        self.workshop = None
        if self.room_window is not None:
            self.room_window.show_on_projector(None)

    def invite_room(self) -> RoomWindow | None:
        """Open (or bring forward) the room window for the current map; it stops the room when closed."""
        from jmdesigner.ui.room_window import open_room_window

        map_id = self.current_map_id
        if self.jfile is None or self.stack is None or map_id is None:
            return None
        if self.room_window is not None and self.room_window.map_id != map_id:
            self.room_window.close()
        if self.room_window is None:
            self.room_window = open_room_window(self.jfile.document, self.stack, map_id, self)
            self.room_window.closed.connect(self._room_closed)
            self.room_window.show_on_projector(self.workshop)
        self.room_window.raise_()
        self.room_window.activateWindow()
        return self.room_window

    def _room_closed(self) -> None:
        self.room_window = None

    def accept_room_notes(self) -> int:
        """The canvas's selected participants' notes become ordinary cards (one undo step)."""
        from jmdesigner.ui.room_window import accept_room_notes

        view = self.current_view()
        if self.jfile is None or self.stack is None or view is None:
            return 0
        try:
            return accept_room_notes(self.jfile.document, self.stack, view.map_scene.selected_card_ids())
        except JmError as exc:
            show_error(self, exc)
            return 0
        self.activateWindow()

    def start_find(self) -> None:
        if self.find_dock is not None:
            self.find_dock.start()

    def reveal_card(self, map_id: str, card_id: str) -> None:
        """Show a card found by Find or the outline: its map, selected and scrolled into view."""
        self.show_map(map_id)
        view = self.current_view()
        if view is None or card_id not in view.map_scene.cards:
            return
        view.map_scene.select_cards([card_id])
        view.ensureVisible(view.map_scene.cards[card_id], 60, 60)
        if self.outline is not None:
            self.outline.select("card", card_id)

    def _outline_activated(self, kind: str, map_id: str, item_id: str) -> None:
        if kind == "card":
            self.reveal_card(map_id, item_id)
            view = self.current_view()
            if view is not None:
                view.setFocus()  # Enter on a card in the outline: keep working on the canvas
        else:
            self.show_map(map_id)

    def _show_welcome(self) -> None:
        """A fresh page each time: the window deletes its old central widget when it is replaced."""
        from jmdesigner.ui.welcome import WelcomePage

        welcome = WelcomePage()
        welcome.sample.connect(self.open_sample_dialog)
        welcome.template.connect(self.new_file_dialog)
        welcome.import_.connect(self.import_new_file_dialog)
        welcome.open_.connect(self.open_file_dialog)
        self.welcome = welcome
        self.setCentralWidget(welcome)

    def open_sample_dialog(self) -> None:
        """The bundled sample, saved as a file of the user's own (they may change it freely)."""
        from jmdesigner.interchange.json_map import parse_map, read_json_file
        from jmdesigner.resources import resource_path
        from jmdesigner.ui.welcome import SAMPLE_TITLE

        suggested = str(self._folder() / file_name_for(SAMPLE_TITLE, SUFFIX))
        name, _ = QFileDialog.getSaveFileName(self, "Save the sample map as", suggested, FILE_FILTER)
        if name:
            self._guard(
                lambda: self.new_file(
                    _with_suffix(name), parse_map(read_json_file(resource_path("samples", "sample-map.json")))
                )
            )

    def import_new_file_dialog(self) -> None:
        """Import with no file open: choose the journey, then where its new file goes."""
        from jmdesigner.ui.map_import import choose_source

        source = choose_source(self, self._folder())
        if source is None:
            return
        suggested = str(self._folder() / file_name_for(source.stem, SUFFIX))
        name, _ = QFileDialog.getSaveFileName(self, "Save the imported journey as", suggested, FILE_FILTER)
        if name and self._guard(lambda: self.new_file(_with_suffix(name), None)):
            self.import_path(source)

    def _show_in_inspector(self, map_id: str, kind: str, ids: list[str]) -> None:
        if self.inspector is not None:
            item = ",".join(ids) if kind != "map" else None
            self.inspector.show_item(map_id, None if kind == "map" else kind, item)
        if isinstance(self.jfile, SharedStore) and kind == "card" and len(ids) == 1:
            who = self.jfile.last_changed_by(Kind.CARD, ids[0])
            if who:  # in a team library: who wrote this card last
                self.statusBar().showMessage(f"Card last changed by {who}.", 10000)

    def open_personas(self) -> QWidget | None:
        from jmdesigner.ui.persona_editor import open_persona_editor

        if self.jfile is None or self.stack is None:
            return None
        current = self.current_map_id
        return open_persona_editor(self, self.jfile.document, self.stack, current)

    def close_file(self) -> None:
        if self.jfile is None:
            return
        if self.room_window is not None:
            self.room_window.close()
        if self.workshop is not None:
            self.workshop.close()
        for window in self.findChildren(QWidget):  # compare and portfolio windows show this file
            if window.objectName() in SIDE_WINDOWS:
                window.close()
        focused = QApplication.focusWidget()
        if focused is not None and self.isAncestorOf(focused):
            focused.clearFocus()  # a field being typed in commits now, while the file is still open
        self.settings.save_window(self)
        if self.views is not None:
            self.views.close_all()
        for dock in (self.navigator, self.inspector, self.outline, self.find_dock):
            if dock is not None:
                dock.detach()
                self.removeDockWidget(dock)
                self.view_menu.removeAction(dock.toggleViewAction())
                dock.deleteLater()
        self.map_menu.clear()
        if self.watch is not None:
            self.watch.stop()
            self.watch.deleteLater()
            self.watch = None
        self._show_welcome()  # deletes the canvases
        self.jfile.close()
        self.jfile = self.stack = self.views = self.navigator = self.inspector = None
        self.outline = self.find_dock = None
        self._file_changed()

    def new_file(self, path: Path, bundle: MapBundle | None) -> None:
        """Create ``path`` (with one map from ``bundle``) and open it."""
        with JmapFile.create(path) as jfile:
            if bundle is not None:
                UndoStack(jfile.document).push(commands.add_map(bundle))
        self.open_file(path)

    def new_file_dialog(self) -> None:
        bundle = self.pick_template()
        if bundle is None:
            return
        suggested = str(self._folder() / file_name_for(bundle.map.title, SUFFIX))
        name, _ = QFileDialog.getSaveFileName(self, "New journey map file", suggested, FILE_FILTER)
        if name:
            self._guard(lambda: self.new_file(_with_suffix(name), bundle))

    def open_file_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "Open journey map", str(self._folder()), FILE_FILTER)
        if name:
            self.open_path(Path(name))

    def open_path(self, path: Path) -> bool:
        """Open with the error shown as a dialog, for menus, drops and recent files."""
        return self._guard(lambda: self.open_file(path))

    def save_copy(self, dest: Path) -> Path:
        if self.jfile is None:
            raise JmError("No file is open.")
        written = self.jfile.save_copy(dest)
        self.show_message(f"Saved a copy as {written.name}; you are still editing {self.jfile.name}.")
        return written

    def save_copy_dialog(self) -> None:
        if self.jfile is None:
            return
        suggested = self._folder() / file_name_for(f"{self._stem()} copy", SUFFIX)
        name, _ = QFileDialog.getSaveFileName(self, "Save a copy", str(suggested), FILE_FILTER)
        if name:
            self._guard(lambda: self.save_copy(_with_suffix(name)))

    def export_dialog(self) -> QWidget | None:
        from jmdesigner.ui.export_dialog import open_export_dialog

        if self.jfile is None:
            return None
        current = self.current_map_id
        return open_export_dialog(
            self, self._folder() / (self._stem() + SUFFIX), self.jfile.document, current
        )

    def export_json_dialog(self) -> None:
        map_id = self.current_map_id
        if self.jfile is None or map_id is None:
            return
        doc = self.jfile.document
        suggested = self._folder() / file_name_for(doc.map(map_id).title, ".json")
        name, _ = QFileDialog.getSaveFileName(self, "Export map as JSON", str(suggested), "JSON (*.json)")
        if name:
            self._guard(lambda: self.export_json(Path(name), map_id))

    def export_json(self, path: Path, map_id: str) -> None:
        """Write one map as JSON; never onto the open document (that would replace it)."""
        from jmdesigner.fileio import write_text_atomically
        from jmdesigner.interchange.json_map import dumps, map_to_json

        if self.jfile is None:
            return
        if isinstance(self.jfile.location, Path) and same_file(path, self.jfile.location):
            raise JmError(f"{path.name} is the open document; export the map under another name.")
        write_text_atomically(path, dumps(map_to_json(self.jfile.document, map_id)))
        self.show_message(f"Exported the map to {path.name}.")

    def import_table_dialog(self, source: Path | None = None) -> None:
        from jmdesigner.ui.import_dialog import open_import_dialog

        if self.jfile is None or self.stack is None:
            return
        current = self.current_map_id
        map_id = open_import_dialog(self, self.jfile.document, self.stack, current, source)
        if map_id:
            self.show_map(map_id)

    def export_table(self, path: Path, layout: str) -> None:
        from jmdesigner.fileio import write_bytes_atomically
        from jmdesigner.interchange.table_writer import table_bytes

        map_id = self.current_map_id
        if self.jfile is None or map_id is None:
            raise JmError("Open a map to export first.")
        data = table_bytes(self.jfile.document, map_id, layout=layout, xlsx=path.suffix.lower() == ".xlsx")
        write_bytes_atomically(path, data)
        self.show_message(f"Exported to {path.name}.")

    def export_table_dialog(self) -> None:
        map_id = self.current_map_id
        if self.jfile is None or map_id is None:
            return
        filters = {
            "Excel workbook, one row per card (*.xlsx)": ("long", ".xlsx"),
            "Excel workbook, stages × lanes grid (*.xlsx)": ("wide", ".xlsx"),
            "CSV, one row per card (*.csv)": ("long", ".csv"),
            "CSV, stages × lanes grid (*.csv)": ("wide", ".csv"),
        }
        title = self.jfile.document.map(map_id).title
        suggested = self._folder() / file_name_for(title, ".xlsx")
        name, chosen = QFileDialog.getSaveFileName(
            self, "Export map as spreadsheet", str(suggested), ";;".join(filters)
        )
        if name:
            layout, suffix = filters.get(chosen, ("long", ".xlsx"))
            path = Path(name) if Path(name).suffix.lower() in (".csv", ".xlsx") else Path(name + suffix)
            self._guard(lambda: self.export_table(path, layout))

    def import_dialog(self) -> None:
        from jmdesigner.ui.map_import import choose_source

        path = choose_source(self, self._folder())
        if path is not None:
            self.import_path(path)

    def import_path(self, path: Path) -> None:
        """A chosen or dropped file: previewed, then added to the open file as one undo step."""
        from jmdesigner.ui.map_import import import_file, is_spreadsheet

        if self.jfile is None or self.stack is None or self.jfile.read_only:
            self.report_error(f"Open a file you can edit first, then drop {path.name} on it to import it.")
            return
        if is_spreadsheet(path):  # its columns need choosing: the spreadsheet dialog, already loaded
            self.import_table_dialog(path)
            return
        self._imported(import_file(self, self.jfile.document, self.stack, path))

    def paste(self) -> None:
        """Cards from the clipboard; a copied journey (a Mermaid block, say) is offered as a new map."""
        from jmdesigner.canvas.clipboard import MIME
        from jmdesigner.interchange.formats import recognised

        mime = QApplication.clipboard().mimeData()
        if mime is not None and not mime.hasFormat(MIME) and recognised(mime.text()) is not None:
            self.paste_journey()
        else:
            self._on_view(keyboard.paste_here)

    def paste_journey(self) -> None:
        from jmdesigner.ui.map_import import import_text

        text = QApplication.clipboard().text()
        if self.jfile is None or self.stack is None:
            return
        if not text.strip():
            self.report_error("The clipboard holds no text; copy a Mermaid journey block first.")
            return
        self._imported(import_text(self, self.jfile.document, self.stack, text))

    def _imported(self, map_id: str | None) -> None:
        if map_id is not None:
            self.show_map(map_id)
            self.show_message("Imported as a new map; Undo takes it away again.")

    def _guard(self, fn: Callable[[], object]) -> bool:
        try:
            fn()
        except JmError as exc:
            self.report_error(exc)
            return False
        return True

    def _stem(self) -> str:
        """The open document's name as a file name stem (a library's is its database's name)."""
        if self.jfile is None:
            return "journey maps"
        location = self.jfile.location
        if isinstance(location, Path):
            return location.stem
        return file_name_for(location.name.rsplit("/", 1)[-1], "")

    def _folder(self) -> Path:
        if self.jfile is not None and isinstance(self.jfile.location, Path):
            return self.jfile.location.parent
        recent = self.settings.recent_files()
        return recent[0].parent if recent else Path.home()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = self.settings.recent_files()
        for i, path in enumerate(files, 1):
            action = self.recent_menu.addAction(f"&{i % 10} {path.name}")
            action.setToolTip(str(path))
            action.triggered.connect(lambda _c=False, p=path: self.open_path(p))
        libraries = self.settings.recent_libraries()
        if libraries:
            self.recent_menu.addSeparator()
        for url in libraries:
            name = parse_location(url).name
            action = self.recent_menu.addAction(f"Library {name}")
            action.setToolTip(url)
            action.triggered.connect(lambda _c=False, u=url: self._guard(lambda: self.open_file(u)))
        if not files and not libraries:
            self.recent_menu.addAction("No recent files").setEnabled(False)

    # ------------------------------------------------------------- undo/redo
    def undo(self) -> None:
        view = self.current_view()
        if view is not None:
            self._guard(view.undo)  # restores the selection too
        elif self.stack is not None:
            self._guard(self.stack.undo)

    def redo(self) -> None:
        view = self.current_view()
        if view is not None:
            self._guard(view.redo)
        elif self.stack is not None:
            self._guard(self.stack.redo)

    def _stack_changed(self) -> None:
        stack = self.stack
        self.undo_action.setEnabled(bool(stack and stack.can_undo))
        self.redo_action.setEnabled(bool(stack and stack.can_redo))
        self.undo_action.setText(f"&Undo {stack.undo_label}" if stack and stack.can_undo else "&Undo")
        self.redo_action.setText(f"&Redo {stack.redo_label}" if stack and stack.can_redo else "&Redo")
        if self.jfile is not None and not self.jfile.read_only:
            self.saved.setText(f"All changes saved · {time.strftime('%H:%M:%S')}")
        if self.watch is not None:
            self.watch.check_backup()

    # --------------------------------------------------------------- status
    def _file_changed(self) -> None:
        jfile = self.jfile
        has = jfile is not None
        for action in (
            self.save_copy_action,
            self.close_action,
            self.export_json_action,
            self.export_action,
            self.restore_action,
            self.workshop_action,
            self.export_table_action,
            self.zoom_in_action,
            self.zoom_out_action,
            self.actual_size_action,
            self.fit_action,
        ):
            action.setEnabled(has)
        for action in (
            self.import_action,
            self.import_table_action,
            self.paste_journey_action,
            self.room_action,
            self.accept_room_action,
        ):
            action.setEnabled(has and not jfile.read_only)  # type: ignore[union-attr]
        self.map_menu.setEnabled(has)
        self._stack_changed()
        if jfile is None:
            self.setWindowTitle("jmdesigner")
            self.setWindowFilePath("")
            self.saved.setText("No file open")
            return
        self.restore_action.setEnabled(True)  # files and libraries alike have rolling backups
        self.setWindowFilePath(str(jfile.location) if isinstance(jfile.location, Path) else "")
        if jfile.read_only:
            self.setWindowTitle(f"{jfile.name} [read-only] — jmdesigner")
            self.saved.setText(f"Read-only: {jfile.read_only_reason}. Use Save a Copy to edit.")
        else:
            self.setWindowTitle(f"{jfile.name} — jmdesigner")
            self.saved.setText("All changes saved")

    def _edit_failed(self, exc: JmError) -> None:
        """A rule the edit broke stays a status-bar sentence; the file failing us gets a dialog."""
        if isinstance(exc, StorageError | ReadOnlyError):
            self.report_error(exc)

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 10000)

    def report_error(self, exc: JmError | str) -> None:
        """A dialog, and the same sentence kept in the status bar."""
        self.statusBar().showMessage(f"Last error: {exc}")
        self.last_error = show_error(self, exc)

    def open_guide(self, key: str) -> QWidget:
        from jmdesigner.ui.guides import GuideWindow

        window = GuideWindow(key, self)
        window.show()
        self.guide_window = window
        return window

    def about(self) -> None:
        from html import escape

        from jmdesigner.ui.log_file import log_path

        box = QMessageBox(QMessageBox.Icon.NoIcon, "About jmdesigner", "", parent=self)
        box.setIconPixmap(app_icon().pixmap(96, 96))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(
            f"<h3>jmdesigner {__version__}</h3><p>A desktop designer for customer journey maps.</p>"
            "<p>Every change is saved to the file as you make it.</p>"
            f"<p>Log file: <code>{escape(str(log_path()))}</code></p>"
            "<p>MIT licence. Icons: Lucide (ISC). "
            "Fonts: Noto and Nanum (OFL), Droid Sans Fallback (Apache 2.0).</p>"
        )
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.about_box = box
        box.open()

    # --------------------------------------------------------- window events
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_file(event) is not None:
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped_file(event)
        if path is None:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        if path.suffix.lower() == SUFFIX:
            self.open_path(path)
        else:
            self.import_path(path)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.save_window(self)
        self.close_file()
        release_clipboard()
        super().closeEvent(event)


def _same_location(a: Location, b: Location) -> bool:
    if isinstance(a, Path) and isinstance(b, Path):
        return same_file(a, b)
    return isinstance(a, LibraryURL) and isinstance(b, LibraryURL) and a.name == b.name


SIDE_WINDOWS = ("compareWindow", "portfolioWindow")


def _with_suffix(name: str) -> Path:
    path = Path(name)
    return path if path.suffix.lower() == SUFFIX else path.with_name(path.name + SUFFIX)


def _dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
    mime = event.mimeData()
    if not mime.hasUrls():
        return None
    from jmdesigner.ui.map_import import importable

    for url in mime.urls():
        path = Path(url.toLocalFile()) if url.isLocalFile() else None
        if path is not None and (path.suffix.lower() == SUFFIX or importable(path)):
            return path
    return None
