"""The main window: one open .jmap file, its maps on canvases, menus, docks and the status bar."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore  # ``QtCore.Qt`` where used: its first use makes ~100 enums (~12 ms)
from PySide6.QtCore import QByteArray, QSignalBlocker, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QWidget

from jmdesigner import __version__
from jmdesigner.canvas.clipboard_release import release_clipboard
from jmdesigner.canvas.icons import ACTION_ICONS, action_icon, app_icon
from jmdesigner.canvas.palette import USER_ROLE, PaletteDock, insert_at_cell
from jmdesigner.errors import JmError, ReadOnlyError, StorageError
from jmdesigner.fileio import file_name_for
from jmdesigner.i18n import N_, translate
from jmdesigner.storage.format import SUFFIX
from jmdesigner.ui import font_notice, heap
from jmdesigner.ui.accessible_names import name_overflow_button
from jmdesigner.ui.action_toolbar import ActionToolBar
from jmdesigner.ui.actions import (
    GUIDES,
    MAP_ACTIONS,
    MENUS,
    PANELS,
    RECENT,
    SPECS,
    TOOLBAR,
    Act,
    Needs,
    create_actions,
)
from jmdesigner.ui.first_paint import after_first_paint
from jmdesigner.ui.guide_files import GUIDES as GUIDES_TABLE
from jmdesigner.ui.guide_files import MENU_TEXTS as GUIDE_MENU_TEXTS
from jmdesigner.ui.messages import show_error
from jmdesigner.ui.on_screen import keep_on_screen
from jmdesigner.ui.settings import AppSettings
from jmdesigner.ui.status_line import FittedStatus, StateLabel
from jmdesigner.ui.window_state import (
    DEFAULT_SIZE,
    cap_dock_widths,
    compact,
    dock_palette_on_the_left,
    docks_of,
    prepare_palette_on_the_left,
    restore_docks,
    widen_for_tabs,
)

if TYPE_CHECKING:  # the canvas, the store, the document API and the docks load with the first file;
    # the file dialogs, message boxes and addresses when first asked for (each Qt class costs
    # its enums' creation on first use)
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QMessageBox

    from jmdesigner.canvas.view import MapView
    from jmdesigner.model import Document, MapBundle, UndoStack
    from jmdesigner.storage.address import LibraryURL, Location
    from jmdesigner.storage.jmapfile import JmapFile
    from jmdesigner.storage.store import DocumentStore
    from jmdesigner.ui.file_watch import FileWatch
    from jmdesigner.ui.find_dock import FindDock
    from jmdesigner.ui.inspector import InspectorDock
    from jmdesigner.ui.library_watch import LibraryWatch
    from jmdesigner.ui.map_navigator import MapNavigator
    from jmdesigner.ui.map_views import MapViews
    from jmdesigner.ui.open_file import OpenFile
    from jmdesigner.ui.outline_dock import OutlineDock
    from jmdesigner.ui.room_window import RoomWindow
    from jmdesigner.ui.welcome import WelcomePage

FILE_FILTER = N_("MainWindow", "Journey maps (*.jmap)")
EDITING_HINT = N_("MainWindow", "Editing… Enter to add, Shift+Enter new line, Esc to leave")
# After the first frame, when the backup due on open starts on the worker: past the start's own
# follow-up work (the faces at 300 ms), which it would otherwise compete with for the processor.
OPEN_BACKUP_MS = 500


class MainWindow(QMainWindow):
    def __init__(self, settings: AppSettings | None = None) -> None:
        super().__init__()
        self.settings = settings or AppSettings()
        self.file: OpenFile | None = None
        self.last_error: QMessageBox | None = None
        self._typing_warning: QMessageBox | None = None  # shown beside a card editor, keyboard kept
        self._fitted: FittedStatus | None = None  # status messages cut to fit (made with the first)
        self.workshop: QWidget | None = None
        self.room_window: RoomWindow | None = None
        self.watch: FileWatch | LibraryWatch | None = None
        font_notice.connect(self, self.report_error)  # bundled fonts missing or damaged: said once
        self.pick_template: Callable[[], MapBundle | None] = lambda: _choose_template(self)
        self._editing = False
        self._dock_state: QByteArray | None = None  # the docks' layout when the last file closed
        self._dock_widths: dict[str, int] = {}  # and their widths
        self._palette_held = False  # hidden while no map is shown, not by the person (``_palette_for_map``)
        self._fitted_tabs: set[tuple[str, ...]] = set()  # tab sets fitted (``widen_for_tabs``)
        self.welcome: WelcomePage | None = None  # built when the window is shown with no file open
        keep_on_screen(self)  # a projector plugged in shrank the screen: the window is fitted back
        prepared = prepare_palette_on_the_left(self)  # the palette's place, without a ``Qt`` enum
        self.palette = PaletteDock(self)
        dock_palette_on_the_left(self, self.palette, prepared)
        self.palette.visibilityChanged.connect(self._dock_shown)
        self.palette.widget().itemActivated.connect(  # type: ignore[attr-defined]
            lambda item: self._on_view(lambda view: insert_at_cell(view, item.data(USER_ROLE)))
        )
        self.saved = StateLabel()
        self.saved.setObjectName("savedState")
        self.statusBar().addPermanentWidget(self.saved)
        self.registry = create_actions(self, self._slots())
        self.addActions(list(self.registry.values()))
        self._build_menus()
        self.setAcceptDrops(True)
        self.resize(*DEFAULT_SIZE)
        self.settings.restore_window(self, docks=False)  # the docks: when a file brings them (restoring
        # them earlier, before they exist, left empty tab bars behind)
        self._file_changed()

    def setVisible(self, visible: bool) -> None:
        """The welcome page is built here, not in ``__init__``: a start that opens a file (the last
        one, or one named on the command line) never builds a page it would at once replace. Before
        the window's first layout, not in ``showEvent`` after it: the palette's place is a restored
        state (``prepare_palette_on_the_left``), which gives a window laid out with no central
        widget all its width to the palette."""
        if visible and self.file is None and self.centralWidget() is None:
            self._show_welcome()
        super().setVisible(visible)

    # The open file's parts, for callers that only read them (None with no file open).
    @property
    def jfile(self) -> DocumentStore | None:
        return self.file.jfile if self.file else None

    @property
    def stack(self) -> UndoStack | None:
        return self.file.stack if self.file else None

    @property
    def views(self) -> MapViews | None:
        return self.file.views if self.file else None

    @property
    def navigator(self) -> MapNavigator | None:
        return self.file.navigator if self.file else None

    @property
    def inspector(self) -> InspectorDock | None:
        return self.file.inspector if self.file else None

    @property
    def outline(self) -> OutlineDock | None:
        return self.file.outline if self.file else None

    @property
    def find_dock(self) -> FindDock | None:
        return self.file.find_dock if self.file else None

    def action(self, act: Act) -> QAction:
        return self.registry[act]

    # ------------------------------------------------------------ actions
    def _slots(self) -> dict[Act, Callable[[], object]]:
        on = self._on_view
        return {
            Act.NEW: self.new_file_dialog,
            Act.OPEN: self.open_file_dialog,
            Act.OPEN_LIBRARY: self.open_library_dialog,
            Act.COPY_TO_LIBRARY: self.copy_to_library_dialog,
            Act.SAVE: self.save,
            Act.SAVE_COPY: self.save_copy_dialog,
            Act.RESTORE: self.restore_dialog,
            Act.IMPORT_TABLE: self.import_table_dialog,
            Act.IMPORT: self.import_dialog,
            Act.EXPORT: self.export_dialog,
            Act.EXPORT_TABLE: self.export_table_dialog,
            Act.EXPORT_JSON: self.export_json_dialog,
            Act.CLOSE: self.close_file,
            Act.QUIT: self.close,
            Act.UNDO: self.undo,
            Act.REDO: self.redo,
            Act.CUT: lambda: on(_canvas_key("cut_selection")),
            Act.COPY: lambda: on(_canvas_key("copy_selection")),
            Act.PASTE: self.paste,
            Act.PASTE_JOURNEY: self.paste_journey,
            Act.DUPLICATE: lambda: on(_canvas_key("duplicate_selection")),
            Act.DELETE: lambda: on(_canvas_key("delete_selection")),
            Act.SELECT_ALL: lambda: on(_canvas_key("select_all")),
            Act.FIND: self.start_find,
            Act.ZOOM_IN: lambda: on(lambda view: view.zoom_in()),
            Act.ZOOM_OUT: lambda: on(lambda view: view.zoom_out()),
            Act.ACTUAL_SIZE: lambda: on(lambda view: view.actual_size()),
            Act.FIT: lambda: on(lambda view: view.fit_to_window()),
            Act.WORKSHOP: self.start_workshop,
            Act.ROOM: self.invite_room,
            Act.ACCEPT_ROOM: self.accept_room_notes,
            Act.END_WORKSHOP: self.end_workshop,
            Act.NEXT_PANEL: lambda: self.cycle_panels(1),
            Act.PREVIOUS_PANEL: lambda: self.cycle_panels(-1),
            Act.COMPARE_CURRENT: self.compare_with_current,
            Act.COMPARE: self.compare_with,
            Act.PORTFOLIO: self.open_portfolio,
            Act.VERSIONS: self.versions_dialog,
            Act.PERSONAS: self.open_personas,
            Act.SHORTCUTS: self.show_shortcuts,
            Act.ABOUT: self.about,
        }

    def _build_menus(self) -> None:
        # Icons and tooltips first: each set on an action already in the toolbar is a change its
        # button and the toolbar (``ActionToolBar.actionEvent``, Python) take up one by one.
        self._add_icons()
        bar = self.menuBar()
        menus = {}
        for title, entries in MENUS:
            menu = menus[title] = bar.addMenu(translate("Actions", title))
            for entry in entries:
                if entry is None:
                    menu.addSeparator()
                elif entry == RECENT:
                    self.recent_menu = menu.addMenu(translate("MainWindow", "Open &Recent"))
                    self.recent_menu.aboutToShow.connect(self._fill_recent)
                elif entry == PANELS:
                    menu.addAction(self.palette.toggleViewAction())
                    self._panels_anchor = menu.addSeparator()
                elif entry == MAP_ACTIONS:
                    self._map_actions_anchor = menu.addSeparator()  # the navigator's actions go above
                elif entry == GUIDES:
                    self.guides_menu = menu.addMenu(translate("MainWindow", "&Guides"))
                    self.guides_menu.setIcon(action_icon("guides"))
                    self.guide_actions = {
                        key: self.guides_menu.addAction(
                            translate("Guides", GUIDE_MENU_TEXTS[key]), self._guide_opener(key)
                        )
                        for key in GUIDES_TABLE
                    }
                else:
                    menu.addAction(self.registry[Act(entry)])
        (
            self.file_menu,
            self.edit_menu,
            self.view_menu,
            self.workshop_menu,
            self.map_menu,
            self.help_menu,
        ) = menus.values()
        self.toolbar = ActionToolBar(translate("MainWindow", "Main"))
        self.toolbar.setObjectName("mainToolbar")
        self.addToolBar(self.toolbar)
        for act in TOOLBAR:
            if act is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(self.registry[act])
        name_overflow_button(self.toolbar)
        name_overflow_button(self.menuBar())

    def _add_icons(self) -> None:
        """Each action's icon from the one table in ``canvas.icons``; the tooltip names its key."""
        for key in ACTION_ICONS:
            if key in Act._value2member_map_:
                action = self.registry[Act(key)]
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
        return self.file.navigator.current_id if self.file else None

    def current_view(self) -> MapView | None:
        return self.file.views.current_view() if self.file else None

    # ---------------------------------------------------------------- files
    def open_file(self, where: Location | str, *, read_only: bool = False) -> None:
        """Open a file or a team library here (the previous one closes); raises JmError if refused."""
        with heap.collector_paused():  # the whole document, its layout and its items are built
            self._open_file(where, read_only=read_only)

    def _open_file(self, where: Location | str, *, read_only: bool) -> None:
        from jmdesigner.model import UndoStack  # the document API loads with the first file
        from jmdesigner.storage.address import LibraryURL, parse_location
        from jmdesigner.ui.open_file import OpenFile

        path = parse_location(where)
        if self.jfile is not None and _same_location(self.jfile.location, path):
            self.show_message(
                translate("MainWindow", "{name} is already open in this window.").format(name=self.jfile.name)
            )  # keeps the undo history
            return
        from jmdesigner.storage.store import SharedStore, open_store
        from jmdesigner.ui.file_watch import FileWatch
        from jmdesigner.ui.find_dock import FindDock
        from jmdesigner.ui.inspector import InspectorDock
        from jmdesigner.ui.last_change import others_mark
        from jmdesigner.ui.library_watch import LibraryWatch
        from jmdesigner.ui.map_navigator import MapNavigator
        from jmdesigner.ui.map_views import MapViews
        from jmdesigner.ui.outline_dock import OutlineDock

        jfile = open_store(path, read_only=read_only, backup_later=True)  # backed up after the first paint
        switched = self.file is not None
        self.close_file()
        doc = jfile.document
        stack = UndoStack(doc)
        from jmdesigner.model.draft import DraftStore  # with the first file, as the document API

        drafts = jfile if isinstance(jfile, DraftStore) and not jfile.read_only else None
        views = MapViews(doc, stack, drafts=drafts, read_only=jfile.read_only_reason)
        navigator = MapNavigator(doc, stack, lambda: self.pick_template(), self)
        f = self.file = OpenFile(
            jfile,
            stack,
            views,
            navigator,
            InspectorDock(doc, stack, self),
            OutlineDock(doc, self),
            FindDock(doc, self),
        )
        f.inspector.drafts = drafts
        stack.add_listener(self._stack_changed)
        views.message.connect(self.show_message)
        views.failed.connect(self._edit_failed)
        views.editing_changed.connect(self._editing_changed)
        views.focus_changed.connect(self._show_in_inspector)
        self.setCentralWidget(views)
        views.currentChanged.connect(self._palette_for_map)
        views.addActions([self.registry[a] for a, spec in SPECS.items() if spec.canvas])
        navigator.map_chosen.connect(self.show_map)
        navigator.message.connect(self.show_message)
        self._dock_layout(f)
        f.inspector.edited.connect(self.show_message)
        f.inspector.reveal.connect(self.reveal_card)
        f.outline.activated.connect(self._outline_activated)
        f.find_dock.found.connect(self.reveal_card)
        f.find_dock.left.connect(self.focus_canvas)
        self.map_menu.insertActions(self._map_actions_anchor, list(navigator.actions_.values()))
        for dock in f.docks():
            self.view_menu.insertAction(self._panels_anchor, dock.toggleViewAction())
        if isinstance(path, LibraryURL):
            self.settings.add_recent_library(path.safe_url)
        else:
            self.settings.add_recent(path)
        self.show_map(navigator.current_id)
        view = views.current_view()
        first_frame = view.viewport() if view is not None else self
        after_first_paint(first_frame, f.outline.build)  # out of view
        if not isinstance(jfile, SharedStore):  # a file (its first write takes it if that comes sooner)
            # Not inside the first frame's follow-up work (the outline, the faces, the first items):
            # a moment later, on the backup worker (its first write takes it if that comes sooner).
            after_first_paint(first_frame, lambda: self._open_backup_soon(jfile))
        self._file_changed()
        if jfile.location_warning:
            self._status(jfile.location_warning, 30000)
        if isinstance(jfile, SharedStore):
            self.watch = LibraryWatch(jfile, self)
            self.watch.state_changed.connect(self._library_state)
            self.watch.waiting.connect(self._library_waiting)
            self.watch.backup_failed.connect(self._report_backup_failed)
            self.watch.check_backup()
            self.inspector.set_last_change(jfile.last_change)
            from jmdesigner.model.draft import FieldDraftStore

            if isinstance(jfile, FieldDraftStore) and not jfile.read_only:
                # values typed in the inspector that waited for the connection when a window closed
                # or was killed: kept on this computer, saved now
                self.inspector.keep_waiting_in(jfile)
            self.stack.catch_up = jfile.poll_external  # a typed draft wins over a just-saved change
            from jmdesigner.model.draft import SavesTypedCards

            if isinstance(jfile, SavesTypedCards):  # a typed card on its way comes before any edit
                self.stack.before_edit = jfile.finish_sending
            self.views.set_writer_mark(others_mark(jfile.last_change))
            self.views.last_change = jfile.last_change
            self.views.empty.setText(  # (its last map deleted, here or by a colleague)
                translate(
                    "MapViews", "This library has no maps yet.\nUse Map ▸ New Map… (Ctrl+Shift+N) to add one."
                )
            )
        else:
            self.watch = FileWatch(jfile, self)
            self.watch.changed.connect(self._changed_behind)
            self.watch.backup_failed.connect(self._report_backup_failed)
            self.watch.check_backup()
        for notice in jfile.notices:  # side files set aside, a holder elsewhere: said once, kept below
            self._status(notice)
            self.last_error = show_error(self, notice, translate("MainWindow", "About this file"))
        self._restore_draft()
        # after the first frame: its check reads the room's links (and loads OpenSSL's hashes)
        after_first_paint(first_frame, lambda: self._reopen_room(f))
        # The open file's objects: out of full collections until it closes (after a switch, the
        # closed file's cycles are collected first, not frozen with the new one).
        heap.hold(self, collect=switched)
        if view is not None and view.map_scene.settling():  # its card items come after the first frame
            once = QtCore.Qt.ConnectionType.SingleShotConnection
            view.map_scene.settled.connect(lambda: self._hold_items(f), once)
        QTimer.singleShot(0, self.focus_canvas)  # once the window is shown and laid out

    def _hold_items(self, opened: OpenFile) -> None:
        """The canvas's card items, made in idle time after the first frame, are frozen out of
        full collections like the rest of the open file (``heap.hold``), if it is still open."""
        if self.file is opened:
            heap.hold(self)

    def _open_backup_soon(self, jfile: JmapFile) -> None:
        QTimer.singleShot(OPEN_BACKUP_MS, self, lambda: self._take_open_backup(jfile))

    def _take_open_backup(self, jfile: JmapFile) -> None:
        """The backup due on opening ``jfile``, unless another file is open by now (it closed
        unchanged: any write to it took its backup first); written off the window's thread, a
        failure is said once, when the file watch next looks (``FileWatch.check_backup``)."""
        if self.jfile is jfile and self.watch is not None:
            jfile.take_open_backup(in_background=True)
            self.watch.check_backup()

    def _library_state(self, message: str) -> None:
        """Connection lost (read-only) or back (editable): the title, actions, the inspector (which
        saves what was typed in it meanwhile, ``Inspector.refresh``), a new card typed again after
        a save whose answer was lost (``Editing.settle_landed``) and one message follow."""
        self._file_changed()
        if self.inspector is not None:
            self.inspector.refresh()
        self.saved.setText(
            message
            if self.jfile is not None and self.jfile.read_only
            else translate("MainWindow", "All changes saved")
        )
        self._status(message, 30000)  # cut to the room the state beside it leaves
        if self.views is not None and self.jfile is not None and not self.jfile.read_only:
            for view in list(self.views.views.values()):  # after the message: theirs is the newer news
                view.editing.settle_landed()

    def _library_waiting(self, waiting: bool) -> None:
        """A query on this thread has waited a second for the library server (a hung server, a
        network swallowing packets): say what the window waits for, painted now, since the event
        loop is not turning until it ends (answered, or given up as a lost connection)."""
        said = translate("MainWindow", "Waiting for the library server at {name} to answer…").format(
            name=self.jfile.name if self.jfile is not None else ""
        )
        bar = self.statusBar()
        if waiting:
            bar.showMessage(said)
            QApplication.setOverrideCursor(QtCore.Qt.CursorShape.WaitCursor)
            bar.repaint()
            return
        QApplication.restoreOverrideCursor()
        if bar.currentMessage() == said:
            bar.clearMessage()

    def open_library_dialog(self) -> None:
        from jmdesigner.ui.library_dialogs import ask_library

        def run() -> None:
            where = ask_library(
                self, translate("MainWindow", "Open Team Library"), self.settings.recent_libraries()
            )
            if where is not None:
                self.open_file(where)

        self._guard(run)

    def copy_to_library_dialog(self) -> None:
        from jmdesigner.ui.library_dialogs import ask_library

        def run() -> None:
            if self.jfile is None:
                return
            where = ask_library(
                self,
                translate("MainWindow", "Save a Copy to a Team Library"),
                self.settings.recent_libraries(),
            )
            if where is not None:
                self.copy_to_library(where)

        self._guard(run)

    def copy_to_library(self, where: LibraryURL) -> None:
        """Publish every map, persona and named version of the open document into a library
        (created if missing)."""
        from jmdesigner.storage.publishing import publish
        from jmdesigner.storage.store import create_store, exists, open_store

        if self.jfile is None:
            return
        if _same_location(self.jfile.location, where):
            raise JmError(translate("MainWindow", "That is the library open in this window."))
        with open_store(where) if exists(where) else create_store(where) as library:
            published = publish(self.jfile, library)
        self.settings.add_recent_library(where.safe_url)
        said = translate("MainWindow", "Copied %n map(s) to the library {name}.", None, len(published.maps))
        said = said.format(name=where.name)
        if published.versions:  # they live beside the maps, so say that they came too
            said += " " + translate(
                "MainWindow", "Their %n named version(s) came along.", None, published.versions
            )
        self.show_message(said)

    def _changed_behind(self, message: str) -> None:
        self._file_changed()
        self.report_error(message)

    def _dock_layout(self, f: OpenFile) -> None:
        """Put the file's docks where they were: the last session's layout for the first file, the
        layout of the moment for the next ones (New, Open Recent, Restore keep the window as it is).
        A first run (nothing saved) gets two columns, or in a small window one (``compact``)."""
        self.addDockWidget(QtCore.Qt.DockWidgetArea.LeftDockWidgetArea, f.navigator)
        # the maps above the palette
        self.splitDockWidget(f.navigator, self.palette, QtCore.Qt.Orientation.Vertical)
        self.resizeDocks([f.navigator, self.palette], [200, 400], QtCore.Qt.Orientation.Vertical)
        self.resizeDocks([f.navigator], [240], QtCore.Qt.Orientation.Horizontal)
        self.addDockWidget(QtCore.Qt.DockWidgetArea.RightDockWidgetArea, f.inspector)
        self.resizeDocks([f.inspector], [320], QtCore.Qt.Orientation.Horizontal)
        f.find_dock.hide()  # Ctrl+F shows it
        for dock in f.docks():
            dock.visibilityChanged.connect(self._dock_shown)
        restored = restore_docks(self, self._dock_state or self.settings.window_state())
        one_column = not restored and compact(self)  # a first run in a small window
        if one_column:  # every dock in the Inspector's tab group (``COMPACT_HOMES``)
            for dock in (f.inspector, f.navigator, f.outline):
                dock.show()  # in a shown window, a dock not shown yet gets no tab to raise it by
            for dock in (f.find_dock, f.navigator, f.outline, self.palette):
                self.tabifyDockWidget(f.inspector, dock)
            f.find_dock.hide()
        elif not restored:  # tabified only now: tabs made before a restore stay behind as stray tab bars
            self.tabifyDockWidget(f.navigator, f.outline)
            self.tabifyDockWidget(f.inspector, f.find_dock)
            f.find_dock.hide()
        f.navigator.raise_()
        f.inspector.raise_()
        if self._dock_state is not None:
            QTimer.singleShot(0, self._restore_dock_widths)  # once the new docks are laid out
        elif restored:
            QTimer.singleShot(0, lambda: (cap_dock_widths(self), self._fit_dock_tabs(again=True)))
        else:
            # A first run: Qt hands a window that grows after the docks are added all of the extra
            # width to the canvas (the Maps and Palette dock ended ~110 px wide, its names cut), so
            # the default widths are set again once the window has its size.
            self._dock_widths = {f.inspector.objectName(): 320}
            if not one_column:
                self._dock_widths[f.navigator.objectName()] = 240
            QTimer.singleShot(0, self._restore_dock_widths)

    def _restore_dock_widths(self) -> None:
        """Qt shares out the window again when docks are added to a shown window (both sides grew
        to ~500 px); put each dock back at the width it had before the file was switched."""
        docks = [d for d in docks_of(self) if d.objectName() in self._dock_widths and d.isVisible()]
        if docks:
            widths = [self._dock_widths[d.objectName()] for d in docks]
            self.resizeDocks(docks, widths, QtCore.Qt.Orientation.Horizontal)
        self._fit_dock_tabs(again=True, widths=self._dock_widths)

    def _fit_dock_tabs(self, *, again: bool = False, widths: dict[str, int] | None = None) -> None:
        """Each dock column wide enough for its tabs' titles (``widen_for_tabs``), once the layout
        has its tab bars: after the columns get their widths, and when a panel joins a tab group."""
        f = self.file
        if f is not None:  # room for Find's tab in the Inspector's group, where Ctrl+F shows it
            hidden = f.find_dock.isHidden()
            joining = {f.inspector.windowTitle(): f.find_dock.windowTitle()} if hidden else None
            widen_for_tabs(self, self._fitted_tabs, again=again, joining=joining, widths=widths)

    def _dock_shown(self, visible: bool) -> None:
        if visible:  # a panel shown, maybe as a new tab (Ctrl+F, View ▸ Panels): once Qt made its tab
            QTimer.singleShot(0, self._fit_dock_tabs)

    def _restore_draft(self) -> None:
        """Put back the card that was being typed when the app last stopped (crash, power cut)."""
        from jmdesigner.model import Kind
        from jmdesigner.model.draft import DraftStore

        f = self.file
        if f is None or not f.writable or not isinstance(f.jfile, DraftStore):
            return
        try:
            drafts = f.jfile.drafts()
        except JmError as exc:
            self.show_message(str(exc))
            return
        for draft in drafts:
            if f.doc.get(Kind.MAP, draft.map_id) is None:  # a colleague removed the map meanwhile
                if draft.text.strip():
                    QApplication.clipboard().setText(draft.plain)
                    self.show_message(
                        translate(
                            "MainWindow",
                            "The map of the card you were typing when jmdesigner stopped is gone; "
                            "its text is on the clipboard.",
                        )
                    )
                with contextlib.suppress(JmError):
                    f.jfile.clear_draft(draft.map_id)
                continue
            self.show_map(draft.map_id)
            view = self.current_view()
            landed = draft.new_card_id is not None and f.doc.get(Kind.CARD, draft.new_card_id) is not None
            if view is not None and view.editing.restore(draft):
                if not landed:  # a landed card's editor has said what it is (``Editing.restore``)
                    self.show_message(_restored_draft_message(draft.plain, draft.header))
                return

    def focus_canvas(self) -> None:
        """The keyboard belongs to the canvas when a map opens: typing starts cards, not a search."""
        view = self.current_view()
        if view is not None:
            view.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)

    def cycle_panels(self, step: int) -> None:
        """F6 / Shift+F6: the keyboard's way between the canvas and the visible panels."""
        panels: list[QWidget] = []
        view = self.current_view()
        if view is not None:
            panels.append(view)
        docks = (self.file.docks() if self.file else ()) + (self.palette,)
        panels += [d.widget() for d in docks if d.isVisibleTo(self) and d.widget() is not None]
        if not panels:
            return
        focused = QApplication.focusWidget()
        here = next((i for i, p in enumerate(panels) if p is focused or p.isAncestorOf(focused)), -1)
        target = panels[(here + step) % len(panels)]
        dock = target.parentWidget()
        if isinstance(dock, QDockWidget):
            dock.raise_()
        _first_focusable(target).setFocus(QtCore.Qt.FocusReason.TabFocusReason)

    def show_shortcuts(self) -> QWidget:
        from jmdesigner.ui.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def show_map(self, map_id: str, *, focus: bool = True) -> None:
        f = self.file
        if f is None:
            return
        view = f.views.show_map(map_id or None, focus=focus)
        if view is not None and view.map_id != map_id:  # the map could not be read (a lost connection)
            map_id = view.map_id
        if map_id:
            with QSignalBlocker(f.navigator):  # the map is shown already; only the list follows
                f.navigator.set_current(map_id)

    def restore_dialog(self) -> None:
        from jmdesigner.storage.address import backup_key
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
        if self.file is not None and map_id is not None:
            open_versions_dialog(self, self.file.jfile, self.file.stack, map_id)

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
        from jmdesigner.ui.workshop import KeysToWorkshop, WorkshopWindow, open_workshop

        map_id = self.current_map_id
        if self.file is None or map_id is None:
            return None
        views = self.file.views
        view = views.current_view()
        cell = None
        if view is not None:
            # F5 mid-card: the card typed so far is added (the workshop's view shows it; the editor
            # left open behind it hid the words from the room), and the typing goes on in its cell.
            view.editing.commit()
            cell = view.current_cell() or view.last_cell
        shown = self.workshop
        if isinstance(shown, WorkshopWindow) and shown.map_id == map_id and not shown.is_leaving:
            # F5 with the workshop open (on a projector of its own): it comes forward, and the keys
            # typed next are its own. A second full-screen workshop opened over it, and closing
            # either left the window thinking none was open. A minimized one is restored first
            # (to full screen, as it was): raised and activated, it stayed minimized, and the keys
            # handed to it went into a map out of everyone's sight.
            if shown.isMinimized():
                shown.setWindowState(shown.windowState() & ~QtCore.Qt.WindowState.WindowMinimized)
            shown.raise_()
            shown.activateWindow()
            if view is not None:
                KeysToWorkshop(shown, view)
            return shown
        if shown is not None:
            shown.close()  # another map's, or being left: the new one takes the projector
        workshop = open_workshop(
            self.file.doc, self.file.stack, map_id, drafts=views.drafts, read_only_reason=views.read_only
        )
        self.workshop = workshop
        workshop.view.step_elsewhere = lambda command: self._step_elsewhere(command, map_id)
        workshop.view.last_cell = cell
        if cell is not None and cell in workshop.view.map_scene.geom.cells:
            # shown on the projector: the room sees where the typing goes, and the first key
            # no longer says "No cell was selected" there
            workshop.view.set_cursor_cell(cell)
        if view is not None:
            KeysToWorkshop(workshop, view)
            workshop.hand_back = view
        workshop.closed.connect(lambda: self._workshop_closed(workshop))
        if self.room_window is not None:
            self.room_window.show_on_projector(workshop)
        return workshop

    def _workshop_closed(self, workshop: QWidget) -> None:
        if self.workshop is not workshop:
            return  # one closed after another took the projector
        self.workshop = None
        if self.room_window is not None:
            self.room_window.show_on_projector(None)

    def invite_room(self, *, activate: bool = True) -> RoomWindow | None:
        """Open (or bring forward) the room window for the current map; it stops the room when closed.
        ``activate`` False: it is shown behind, the keyboard left where it is."""
        from jmdesigner.room.links import document_key
        from jmdesigner.ui.room_window import open_room_window

        map_id = self.current_map_id
        if self.jfile is None or self.stack is None or map_id is None:
            return None
        if self.room_window is not None and self.room_window.map_id != map_id:
            self.room_window.close()
        if self.room_window is None:
            where = document_key(self.jfile.location, self.jfile.name)
            self.room_window = open_room_window(
                self.jfile.document, self.stack, map_id, self, where, activate=activate
            )
            self.room_window.closed.connect(self._room_closed)
            self.room_window.opened.connect(self._room_opened)
            self.room_window.typed_on = self._typed_in_room_window
            self.room_window.addAction(self.registry[Act.WORKSHOP])  # F5 there too
            self.room_window.show_on_projector(self.workshop)
        if activate:
            self.room_window.raise_()
            self.room_window.activateWindow()
        else:  # behind this window: it covered the card being typed (a window manager puts a new
            self.room_window.lower()  # window on top, keyboard or not)
            self.raise_()
        return self.room_window

    def _reopen_room(self, opened: OpenFile) -> None:
        """The room that was open when the app stopped (killed mid-workshop, a power cut) opens
        again with the file, on the same link and with the same dots and notes setting: the
        phones in the room reconnect by themselves and send what they held. Left closed, the
        facilitator typed on, unaware, while every phone said it could not reach the room. Its
        window comes up behind, leaving the keyboard on the map (a card given back is there).
        ``opened``: the file this was asked for (nothing is done once another is open)."""
        from jmdesigner.room.links_file import links_path

        f, map_id = self.file, self.current_map_id
        if f is None or f is not opened or not f.writable or self.jfile is None or map_id is None:
            return
        if self.room_window is not None or not links_path().exists():  # no room ever opened: not
            return  # worth loading the links' hashing (~17 ms of CPU)
        from jmdesigner.room.links import RoomLinks, document_key

        if not RoomLinks().left_open(document_key(self.jfile.location, self.jfile.name), map_id):
            return
        room = self.invite_room(activate=False)
        if room is None:
            return
        said = self._fitted.text if self._fitted is not None else ""
        if room.start():
            message = translate(
                "MainWindow",
                "The room was open when jmdesigner stopped: it is open again on the same link.",
            )
        else:
            message = translate(
                "MainWindow", "The room was open when jmdesigner stopped, but could not open again: {why}"
            ).format(why=room.status.text())
        self.show_message(f"{said} {message}" if said else message)

    def _typed_in_room_window(self, event: QKeyEvent) -> bool:
        """A key of the facilitator's typing that landed in the room window: it goes to the map,
        and so do the keys typed next until this window has the keyboard (``HandedKeys``). False
        with no map to type into."""
        from jmdesigner.ui.workshop.window import HandedKeys

        view, room = self.current_view(), self.room_window
        if view is None or room is None:
            return False
        HandedKeys(room, view, self, self)
        self.raise_()
        self.activateWindow()
        view.setFocus()
        copy = QKeyEvent(event.type(), event.key(), event.modifiers(), event.text(), event.isAutoRepeat())
        QApplication.sendEvent(view, copy)
        return True

    def _room_closed(self) -> None:
        self.room_window = None
        self._room_opened(False)

    def _room_opened(self, _open: bool) -> None:
        """The room opened or closed: End the Workshop follows."""
        self.registry[Act.END_WORKSHOP].setEnabled(self.room_open)

    @property
    def room_open(self) -> bool:
        return self.room_window is not None and self.room_window.server is not None

    def end_workshop(self) -> bool:
        """Workshop ▸ End the Workshop…: as the room window's button, asked first (from this window)."""
        room = self.room_window
        if room is None or room.server is None:
            return False
        return room.ask_end_workshop(self)

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
        if self.file is not None:
            self.file.find_dock.start()

    def reveal_card(self, map_id: str, card_id: str) -> None:
        """Show a card found by Find or the outline: its map, selected and scrolled into view (the
        keyboard stays where it was)."""
        self.show_map(map_id, focus=False)
        view = self.current_view()
        if view is None or card_id not in view.map_scene.cards:
            return
        view.map_scene.select_cards([card_id])
        view.show_clear_of_headers(view.map_scene.cards[card_id].sceneBoundingRect(), 60)
        if self.file is not None:
            self.file.outline.select("card", card_id)

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
        welcome.recent.connect(self.open_path)
        welcome.show_recent(self.settings.recent_files())
        self.welcome = welcome
        self.setCentralWidget(welcome)

    def open_sample_dialog(self) -> None:
        """The bundled sample, saved as a file of the user's own (they may change it freely)."""
        from jmdesigner.interchange.json_map import parse_map, read_json_file
        from jmdesigner.resources import resource_path
        from jmdesigner.ui.welcome import SAMPLE_TITLE

        suggested = self._folder() / file_name_for(translate("Welcome", SAMPLE_TITLE), SUFFIX)
        path = self._ask_new_file_path(translate("MainWindow", "Save the sample map as"), suggested)
        if path:
            self._guard(
                lambda: self.new_file(
                    path, parse_map(read_json_file(resource_path("samples", "sample-map.json")))
                )
            )

    def import_new_file_dialog(self) -> None:
        """Import with no file open: choose the journey, then where its new file goes."""
        from jmdesigner.ui.map_import import choose_source

        source = choose_source(self, self._folder())
        if source is not None:
            self.import_into_new_file(source)

    def import_into_new_file(self, source: Path) -> None:
        """A journey or spreadsheet into a new file of its own: ask where it goes, then import."""
        suggested = source.parent / file_name_for(source.stem, SUFFIX)
        path = self._ask_new_file_path(translate("MainWindow", "Save the imported journey as"), suggested)
        if path:
            self._guard(lambda: self._import_new(source, path))

    def _import_new(self, source: Path, path: Path) -> None:
        """Import into a document in memory; the file is written (whole) and opened only once a map
        was imported, so a cancel or a refused source leaves no empty file behind."""
        from jmdesigner.model import Document, UndoStack
        from jmdesigner.storage.new_file import write_new
        from jmdesigner.ui.import_dialog import open_import_dialog
        from jmdesigner.ui.map_import import import_file, is_spreadsheet

        doc = Document()
        stack = UndoStack(doc)
        if is_spreadsheet(source):
            map_id = open_import_dialog(self, doc, stack, None, source, self._folder())
        else:
            map_id = import_file(self, doc, stack, source)
        if map_id is None:
            return
        write_new(doc, path)
        self.open_file(path)
        self.show_map(map_id)

    def _show_in_inspector(self, map_id: str, kind: str, ids: list[str]) -> None:
        from jmdesigner.model import Kind
        from jmdesigner.storage.store import SharedStore

        if self.inspector is not None:
            item = ",".join(ids) if kind != "map" else None
            self.inspector.show_item(map_id, None if kind == "map" else kind, item)
        # The protocol check last: isinstance against it walks its methods (4 ms per selection).
        if kind == "card" and len(ids) == 1 and isinstance(self.jfile, SharedStore):
            who = self.jfile.last_changed_by(Kind.CARD, ids[0])
            if who:  # in a team library: who wrote this card last
                self._status(translate("MainWindow", "Card last changed by {who}.").format(who=who), 10000)

    def open_personas(self) -> QWidget | None:
        from jmdesigner.ui.persona_editor import open_persona_editor

        if self.jfile is None or self.stack is None:
            return None
        current = self.current_map_id
        return open_persona_editor(self, self.jfile.document, self.stack, current)

    def close_file(self) -> None:
        f = self.file
        if f is None:
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
        with self._palette_as_left():
            self.settings.save_window(self)
            self._dock_state = self.saveState()  # the next file's docks go exactly here
        self._dock_widths = {d.objectName(): d.width() for d in (*f.docks(), self.palette) if d.isVisible()}
        f.views.close_all()
        for dock in f.docks():
            dock.detach()
            self.removeDockWidget(dock)
            self.view_menu.removeAction(dock.toggleViewAction())
            # Nameless until it is deleted: the next file's docks, made meanwhile under the same
            # names, are the ones the layout is restored onto (Qt's restore found these first, and
            # on a projector the second file opened had the Maps on the left and no Outline).
            dock.setObjectName("")
            dock.deleteLater()
        for action in f.navigator.actions_.values():
            self.map_menu.removeAction(action)
        if self.watch is not None:
            self.watch.stop()
            self.watch.deleteLater()
            self.watch = None
        self._show_welcome()  # deletes the canvases
        f.jfile.close()
        self.file = None
        heap.release(self)
        self._editing = False
        self._file_changed()

    def new_file(self, path: Path, bundle: MapBundle | None) -> None:
        """Create ``path`` (with one map from ``bundle``) and open it."""
        from jmdesigner.model import UndoStack, commands
        from jmdesigner.storage.jmapfile import JmapFile

        with JmapFile.create(path) as jfile:
            if bundle is not None:
                UndoStack(jfile.document).push(commands.add_map(bundle))
        self.open_file(path)

    def new_file_dialog(self) -> None:
        bundle = self.pick_template()
        if bundle is None:
            return
        suggested = self._folder() / file_name_for(bundle.map.title, SUFFIX)
        path = self._ask_new_file_path(translate("MainWindow", "New journey map file"), suggested)
        if path:
            self._guard(
                lambda: self.new_file(path, bundle), translate("MainWindow", "The file could not be created")
            )

    def _ask_new_file_path(self, title: str, suggested: Path) -> Path | None:
        from jmdesigner.ui.save_dialogs import ask_new_file_path

        return ask_new_file_path(self, title, suggested, translate("MainWindow", FILE_FILTER))

    def open_file_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(
            self,
            translate("MainWindow", "Open journey map"),
            str(self._folder()),
            translate("MainWindow", FILE_FILTER),
        )
        if name:
            self.open_path(Path(name))

    def open_path(self, path: Path) -> bool:
        """Open with the error shown as a dialog, for menus, drops and recent files."""
        return self._guard(lambda: self.open_or_import(path))

    def open_or_import(self, where: Location | str) -> None:
        """Open a file or library; a spreadsheet or journey file (``jmdesigner visits.csv``, "Open
        with" in a file manager) is imported instead: into the open file, else into a new one."""
        if isinstance(where, Path) and where.suffix.lower() != SUFFIX:
            from jmdesigner.ui.map_import import is_journey_file

            if is_journey_file(where):
                self.import_path(where) if self.jfile is not None else self.import_into_new_file(where)
                return
        self.open_file(where)

    def save(self) -> None:
        """File ▸ Save (Ctrl+S): every change is written as it is made, so there is nothing left to
        write; the key a newcomer presses anyway answers where the work is, or why it cannot be
        saved there (a read-only file, a file moved away, a card still being typed)."""
        f = self.file
        if f is None:
            return
        name = f.jfile.name
        moved_away = getattr(f.jfile, "moved_away", None)
        if moved_away is not None and moved_away():
            said = translate(
                "MainWindow",
                "{name} was moved or deleted, so changes cannot be saved in it. "
                "Use Save a Copy to keep your work.",
            ).format(name=name)
        elif not f.writable and f.doc.read_only_message is not None:
            said = translate("MainWindow", "Nothing can be saved in {name} now: {read_only_reason}.").format(
                name=name, read_only_reason=f.jfile.read_only_reason
            )
        elif not f.writable:
            said = translate(
                "MainWindow", "{name} is read-only: {read_only_reason}. Use Save a Copy to keep your work."
            ).format(name=name, read_only_reason=f.jfile.read_only_reason)
        elif self._editing:
            said = translate(
                "MainWindow",
                "All other changes are saved in {name}; the card being typed is saved when you "
                "press Enter or click elsewhere.",
            ).format(name=name)
        else:
            said = translate("MainWindow", "All changes are saved in {name}.").format(name=name)
        self.show_message(said)

    def save_copy(self, dest: Path) -> Path:
        if self.jfile is None:
            raise JmError(translate("MainWindow", "No file is open."))
        moved_away = getattr(self.jfile, "moved_away", None)
        gone = bool(moved_away and moved_away())
        written = self.jfile.save_copy(dest)
        if gone:
            self._go_on_in(written)
            return written
        said = translate("MainWindow", "Saved a copy as {name}; you are still editing {name2}.").format(
            name=written.name, name2=self.jfile.name
        )
        if self.jfile.copy_note:
            said += " " + self.jfile.copy_note
        self.show_message(said)
        return written

    def _go_on_in(self, copy: Path) -> None:
        """The open file was moved or deleted (every change refused, "Use Save a Copy to keep
        your work"), and the copy is written: the window goes on in the copy, on the same map,
        with the card being typed (and the cards typed after a refused Enter) in its editor
        again, so Enter adds them there. It stayed on the file gone: the copy lacked the words
        being typed, and every edit after it was refused again."""
        from jmdesigner.model import Kind

        gone_name = self.jfile.name if self.jfile is not None else ""
        view, map_id = self.current_view(), self.current_map_id
        typed: tuple[tuple[str, str], str, list[int]] | None = None
        if view is not None and view.editing.editor is not None:
            target, editor = view.editing.target, view.editing.editor
            if target is not None and target[0] == "new" and editor.text().strip():
                typed = ((target[1], target[2]), editor.text(), editor.card_starts())
            view.editing.cancel()  # not saved into the file gone: its words go on in the copy
        self.open_file(copy)
        if map_id is not None and self.jfile is not None and self.jfile.document.get(Kind.MAP, map_id):
            self.show_map(map_id)
        said = translate(
            "MainWindow", "{gone} was moved or deleted: you are now editing the copy, {name}."
        ).format(gone=gone_name, name=copy.name)
        view = self.current_view()
        if typed is not None and view is not None:
            cell, text, starts = typed
            if cell in view.map_scene.geom.cells and view.editing.new_card(cell, None, text, keep=True):
                if view.editing.editor is not None:
                    view.editing.editor.mark_card_starts(starts)
                said += " " + translate(
                    "MainWindow", "The card you were typing is in its editor: Enter adds it."
                )
            else:
                QApplication.clipboard().setText(text)
                said += " " + translate("MainWindow", "The card you were typing is on the clipboard.")
        self.show_message(said)

    def save_copy_dialog(self) -> None:
        from jmdesigner.ui.save_dialogs import ask_replaceable_path

        if self.jfile is None:
            return
        copy = translate("MainWindow", "{name} copy").format(name=self._stem())
        suggested = self._folder() / file_name_for(copy, SUFFIX)
        title, file_filter = translate("MainWindow", "Save a copy"), translate("MainWindow", FILE_FILTER)
        chosen = ask_replaceable_path(self, title, suggested, {file_filter: SUFFIX})
        if chosen:
            self._guard(
                lambda: self.save_copy(chosen[0]), translate("MainWindow", "The copy could not be saved")
            )

    def export_dialog(self) -> QWidget | None:
        from jmdesigner.ui.export_dialog import open_export_dialog

        if self.jfile is None:
            return None
        current = self.current_map_id
        return open_export_dialog(
            self, self._folder() / (self._stem() + SUFFIX), self.jfile.document, current
        )

    def export_json_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        map_id = self.current_map_id
        if self.jfile is None or map_id is None:
            return
        doc = self.jfile.document
        suggested = self._folder() / file_name_for(doc.map(map_id).title, ".json")
        name, _ = QFileDialog.getSaveFileName(
            self,
            translate("MainWindow", "Export map as JSON"),
            str(suggested),
            translate("MainWindow", "JSON (*.json)"),
        )
        if name:
            self._guard(
                lambda: self.export_json(Path(name), map_id),
                translate("MainWindow", "The export could not be saved"),
            )

    def export_json(self, path: Path, map_id: str) -> None:
        """Write one map as JSON; never onto the open document (that would replace it)."""
        from jmdesigner.fileio import write_text_atomically
        from jmdesigner.interchange.json_map import dumps, map_to_json
        from jmdesigner.ui.file_watch import same_file

        if self.jfile is None:
            return
        if isinstance(self.jfile.location, Path) and same_file(path, self.jfile.location):
            raise JmError(
                translate(
                    "MainWindow", "{name} is the open document; export the map under another name."
                ).format(name=path.name)
            )
        write_text_atomically(path, dumps(map_to_json(self.jfile.document, map_id)))
        self.show_message(translate("MainWindow", "Exported the map to {name}.").format(name=path.name))

    def import_table_dialog(self, source: Path | None = None) -> None:
        from jmdesigner.ui.import_dialog import open_import_dialog

        if self.jfile is None or self.stack is None:
            return
        current = self.current_map_id
        map_id = open_import_dialog(self, self.jfile.document, self.stack, current, source, self._folder())
        if map_id:
            self.show_map(map_id)

    def export_table(self, path: Path, layout: str) -> None:
        from jmdesigner.interchange.table_writer import write_table

        map_id = self.current_map_id
        if self.jfile is None or map_id is None:
            raise JmError(translate("MainWindow", "Open a map to export first."))
        left_out = write_table(self.jfile.document, map_id, path, layout=layout)
        self.show_message(translate("MainWindow", "Exported to {name}.").format(name=path.name))
        if left_out:  # said, never dropped silently
            self.last_error = show_error(
                self, left_out, translate("MainWindow", "Exported without the held notes")
            )

    def export_table_dialog(self) -> None:
        from jmdesigner.ui.save_dialogs import ask_replaceable_path

        map_id = self.current_map_id
        if self.jfile is None or map_id is None:
            return
        filters = {
            translate("MainWindow", "Excel workbook, one row per card (*.xlsx)"): ("long", ".xlsx"),
            translate("MainWindow", "Excel workbook, stages × lanes grid (*.xlsx)"): ("wide", ".xlsx"),
            translate("MainWindow", "CSV, one row per card (*.csv)"): ("long", ".csv"),
            translate("MainWindow", "CSV, stages × lanes grid (*.csv)"): ("wide", ".csv"),
        }
        title = self.jfile.document.map(map_id).title
        suggested = self._folder() / file_name_for(title, ".xlsx")
        answer = ask_replaceable_path(
            self,
            translate("MainWindow", "Export map as spreadsheet"),
            suggested,
            {name: suffix for name, (_, suffix) in filters.items()},
        )
        if answer:
            path, chosen = answer
            layout = filters.get(chosen, ("long", ".xlsx"))[0]
            self._guard(
                lambda: self.export_table(path, layout),
                translate("MainWindow", "The export could not be saved"),
            )

    def import_json_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        if self.file is None:
            return
        name, _ = QFileDialog.getOpenFileName(
            self,
            translate("MainWindow", "Import map from JSON"),
            str(self._folder()),
            translate("MainWindow", "JSON (*.json)"),
        )
        if name:
            self._guard(lambda: self.import_json(Path(name)))

    def import_json(self, path: Path) -> None:
        """Add the map in a JSON file as a new map (one undo step) and show it."""
        from jmdesigner.interchange.json_map import parse_map, read_json_file
        from jmdesigner.model import commands

        f = self.file
        if f is None:
            raise JmError(translate("MainWindow", "Open a file to import into first."))
        bundle = parse_map(read_json_file(path))
        f.stack.push(commands.add_map(bundle))
        self.show_map(bundle.map.id)

    def import_dialog(self) -> None:
        from jmdesigner.ui.map_import import choose_source

        path = choose_source(self, self._folder())
        if path is not None:
            self.import_path(path)

    def import_path(self, path: Path) -> None:
        """A chosen or dropped file: previewed, then added to the open file as one undo step."""
        from jmdesigner.ui.map_import import import_file, is_spreadsheet

        if self.jfile is None or self.stack is None or self.jfile.read_only:
            self.report_error(
                translate(
                    "MainWindow", "Open a file you can edit first, then drop {name} on it to import it."
                ).format(name=path.name)
            )
            return
        if is_spreadsheet(path):  # its columns need choosing: the spreadsheet dialog, already loaded
            self.import_table_dialog(path)
            return
        jfile, stack = self.jfile, self.stack  # a refusal (the file's limits) in one sentence
        self._guard(lambda: self._imported(import_file(self, jfile.document, stack, path)))

    def paste(self) -> None:
        """Cards from the clipboard; a copied journey (a Mermaid block, say) is offered as a new map."""
        from jmdesigner.canvas.clipboard import MIME
        from jmdesigner.interchange.formats import recognised

        mime = QApplication.clipboard().mimeData()
        if mime is not None and not mime.hasFormat(MIME) and recognised(mime.text()) is not None:
            self.paste_journey()
        else:
            self._on_view(_canvas_key("paste_here"))

    def paste_journey(self) -> None:
        from jmdesigner.ui.map_import import import_text

        text = QApplication.clipboard().text()
        if self.jfile is None or self.stack is None:
            return
        if not text.strip():
            self.report_error(
                translate("MainWindow", "The clipboard holds no text; copy a Mermaid journey block first.")
            )
            return
        jfile, stack = self.jfile, self.stack
        self._guard(lambda: self._imported(import_text(self, jfile.document, stack, text)))

    def _imported(self, map_id: str | None) -> None:
        if map_id is not None:
            self.show_map(map_id)
            self.show_message(translate("MainWindow", "Imported as a new map; Undo takes it away again."))

    def _guard(self, fn: Callable[[], object], title: str | None = None) -> bool:
        """Run ``fn``; a refusal is one dialog. ``title`` names what failed where it is not a change
        to the open file (a copy, a new file, an export): "The change could not be saved" and
        "Every change made before this one is saved in the file" said of a copy to a read-only
        folder, or of a new file where none was open, were not true."""
        try:
            fn()
        except JmError as exc:
            self.report_error(exc, title=title)
            return False
        return True

    def _stem(self) -> str:
        """The open document's name as a file name stem (a library's is its database's name)."""
        if self.jfile is None:
            return translate("MainWindow", "journey maps")
        location = self.jfile.location
        if isinstance(location, Path):
            return location.stem
        return file_name_for(location.name.rsplit("/", 1)[-1], "")

    def _folder(self) -> Path:
        if self.jfile is not None and isinstance(self.jfile.location, Path):
            return self.jfile.location.parent
        recent = self.settings.recent_files()
        if recent:  # the folder of the file opened last
            return recent[0].parent
        from jmdesigner.ui.folders import documents_folder

        return documents_folder()

    def _fill_recent(self) -> None:
        from jmdesigner.storage.address import parse_location

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
            action = self.recent_menu.addAction(translate("MainWindow", "Library {name}").format(name=name))
            action.setToolTip(url)
            action.triggered.connect(lambda _c=False, u=url: self._guard(lambda: self.open_file(u)))
        if not files and not libraries:
            self.recent_menu.addAction(translate("MainWindow", "No recent files")).setEnabled(False)

    # ------------------------------------------------------------- undo/redo
    def undo(self) -> None:
        view, elsewhere = self._view_of_next(redo=False)
        maps = self._map_ids()
        if view is not None:
            # restores the selection too; "shown now" only when the step was taken back (not
            # refused because of what participants added since, which the status line says)
            self._guard(lambda: self._said_if(view.undo(), elsewhere))
        elif self.stack is not None:
            stack = self.stack
            self._guard(lambda: self._replay(stack.undo))
        self._show_map_back(maps)

    def redo(self) -> None:
        view, elsewhere = self._view_of_next(redo=True)
        maps = self._map_ids()
        if view is not None:
            self._guard(lambda: self._said_if(view.redo(), elsewhere))
        elif self.stack is not None:
            stack = self.stack
            self._guard(lambda: self._replay(stack.redo))
        self._show_map_back(maps)

    def _map_ids(self) -> set[str]:
        return {m.id for m in self.file.doc.maps()} if self.file is not None else set()

    def _show_map_back(self, before: set[str]) -> None:
        """A map the step brought back (its creation redone, its deletion undone) is shown, as the
        map just created is: the map on screen stayed, and the one that came back was out of sight."""
        if self.file is None:
            return
        back = [m.id for m in self.file.doc.maps() if m.id not in before]
        if back:
            self.show_map(back[0])

    def _said_if(self, done: bool, sentence: str) -> None:
        if done and sentence:
            self.show_message(sentence)

    def _replay(self, step: Callable[[], None]) -> None:
        """A step refused because it would take away what participants added since is said in the
        status line (as the canvas says it), not in a dialog: nothing changed, their notes stay."""
        from jmdesigner.model.undo import OthersEditsKept

        try:
            step()
        except OthersEditsKept as exc:
            self.show_message(str(exc))

    def _step_elsewhere(self, command: object, map_id: str) -> str | None:
        """The title of the map other than ``map_id`` whose canvas made ``command``, if any."""
        from jmdesigner.model import Kind

        if self.file is None:
            return None
        for other_id, other in self.file.views.views.items():
            if other_id != map_id and other.memo.knows(command):  # type: ignore[arg-type]
                found = self.file.doc.get(Kind.MAP, other_id)
                return found.title if found is not None else None
        return None

    def _view_of_next(self, *, redo: bool) -> tuple[MapView | None, str]:
        """The canvas of the map the next undo (or redo) changes, shown first when it is another
        map than the one on screen, and the sentence that says so ("" when it is the one shown):
        the edits of every map are one history, and Ctrl+Z on the future state took back the card
        just typed on the current state out of sight (pressed again, as nothing seemed to happen,
        it took back more). The card being typed is added first, as the canvas's own undo does:
        it is then what Undo takes back."""
        view = self.current_view()
        if view is None or self.file is None or self.stack is None:
            return view, ""
        from jmdesigner.canvas.history import top_of  # (with a map open: the canvas is loaded)

        view.editing.commit()
        command = top_of(self.stack, redo=redo)
        if command is None or view.memo.knows(command):
            return view, ""
        for map_id, other in self.file.views.views.items():
            if other is not view and other.memo.knows(command):
                self.show_map(map_id)
                if self.current_view() is not other:  # it could not be shown
                    return view, ""
                said = (
                    translate("MainWindow", "Redone on “{title}”, shown now: {label}.")
                    if redo
                    else translate("MainWindow", "Undone on “{title}”, shown now: {label}.")
                )
                return other, said.format(title=other.doc.map(map_id).title, label=command.label)
        return view, ""

    def _stack_changed(self) -> None:
        self._update_undo_actions()
        self._show_saved_state(stamp=True)
        if self.watch is not None:
            self.watch.check_backup()

    def _update_undo_actions(self) -> None:
        stack = self.stack
        undo, redo = self.registry[Act.UNDO], self.registry[Act.REDO]
        # Only what changed: every change of an action updates its menu entry, toolbar button
        # and shortcut map: several ms for each action, at every undo step.
        for action, enabled, text in (
            (
                undo,
                bool(stack and stack.can_undo),
                translate("MainWindow", "&Undo {undo_label}").format(undo_label=stack.undo_label)
                if stack and stack.can_undo
                else translate("MainWindow", "&Undo"),
            ),
            (
                redo,
                bool(stack and stack.can_redo),
                translate("MainWindow", "&Redo {redo_label}").format(redo_label=stack.redo_label)
                if stack and stack.can_redo
                else translate("MainWindow", "&Redo"),
            ),
        ):
            if action.isEnabled() != enabled:
                action.setEnabled(enabled)
            if action.text() != text:
                action.setText(text)  # the toolbar is not laid out for it (``ActionToolBar``)

    def _editing_changed(self, active: bool) -> None:
        self._editing = active
        if not active and self._typing_warning is not None:  # the editor closed: saved, or tried again
            self._typing_warning.close()
            self._typing_warning = None
        self._show_saved_state(stamp=True)

    def _show_saved_state(self, *, stamp: bool = False, fit: bool = False) -> None:
        """The permanent status: editing, read-only, or saved. "All changes saved" only when it is
        true: while a card is being typed its text is a draft (kept, but not a card yet). A message
        showing beside it is cut anew to the room it leaves. ``fit``: the state fitted to its text
        (another file: its states are its own), before the message is cut to what that leaves."""
        self._set_saved_state(stamp=stamp)
        if fit:
            self.saved.release()
        if self._fitted is not None:
            self._fitted.refit()

    def _set_saved_state(self, *, stamp: bool) -> None:
        f = self.file
        if f is None:
            self.saved.setText(translate("MainWindow", "No file open"))
        elif not f.writable and f.doc.read_only_message is not None:  # for now (a lost connection)
            self.saved.setText(
                translate("MainWindow", "Read-only: {read_only_reason}.").format(
                    read_only_reason=f.jfile.read_only_reason
                )
            )
        elif not f.writable:
            self.saved.setText(
                translate("MainWindow", "Read-only: {read_only_reason}. Use Save a Copy to edit.").format(
                    read_only_reason=f.jfile.read_only_reason
                )
            )
        elif self._editing:
            self.saved.setText(translate("MainWindow", EDITING_HINT))
        else:
            self.saved.setText(
                translate("MainWindow", "All changes saved · {time}").format(time=time.strftime("%H:%M:%S"))
                if stamp
                else translate("MainWindow", "All changes saved")
            )

    # --------------------------------------------------------------- status
    def _file_changed(self) -> None:
        f = self.file
        for act, spec in SPECS.items():
            if spec.needs is Needs.FILE:
                self.registry[act].setEnabled(f is not None)
            elif spec.needs is Needs.WRITABLE:
                self.registry[act].setEnabled(f is not None and f.writable)
            elif spec.needs is Needs.ROOM:
                self.registry[act].setEnabled(self.room_open)
        self.map_menu.setEnabled(f is not None)
        self._palette_for_map()
        self._update_undo_actions()
        self._show_saved_state(fit=True)
        if f is None:
            self.setWindowTitle(translate("MainWindow", "jmdesigner"))
            self.setWindowFilePath("")
            return
        location = f.jfile.location
        self.registry[Act.RESTORE].setEnabled(True)  # files and libraries alike have rolling backups
        self.setWindowFilePath(str(location) if isinstance(location, Path) else "")
        name = f.jfile.name
        self.setWindowTitle(
            translate("MainWindow", "{name} — jmdesigner").format(name=name)
            if f.writable
            else translate("MainWindow", "{name} [read-only] — jmdesigner").format(name=name)
        )

    def _palette_for_map(self, *_: object) -> None:
        """The palette adds stages, lanes and cards to a map: on the welcome page, or in a file
        with no map shown, it is hidden (its View ▸ Panels entry disabled), and comes back when a
        map is shown, unless the person had closed it."""
        shown = self.current_view() is not None
        if not shown and not self.palette.isHidden():
            self._palette_held = True
            self.palette.hide()
        elif shown and self._palette_held:
            self._palette_held = False
            self.palette.show()
        self.palette.toggleViewAction().setEnabled(shown)

    @contextlib.contextmanager
    def _palette_as_left(self) -> Iterator[None]:
        """The dock layout saved as the person left it: a palette hidden only for want of a map is
        saved as shown (the window not repainted meanwhile)."""
        held = self._palette_held
        if held:
            self.setUpdatesEnabled(False)
            self.palette.show()
        try:
            yield
        finally:
            if held:
                self.palette.hide()
                self.setUpdatesEnabled(True)

    def _edit_failed(self, exc: JmError) -> None:
        """A rule the edit broke stays a status-bar sentence; the file failing us gets a dialog.
        While a card is being typed (a refused card stays open with its words and the typing goes
        on) the dialog leaves the keyboard with the editor, and goes when that editor closes
        (saved, or tried again: a refusal again shows it again)."""
        if not isinstance(exc, StorageError | ReadOnlyError):
            return
        view = self.current_view()
        typing = view is not None and view.editing.saving_typed_text
        self.report_error(exc, keep_keyboard=typing)
        if typing:
            self._typing_warning = self.last_error

    def show_message(self, text: str) -> None:
        self._status(text, 10000)

    def _status(self, text: str, timeout: int = 0) -> None:
        if self._fitted is None:
            self._fitted = FittedStatus(self.statusBar(), self.saved)
        self._fitted.show(text, timeout)

    def _report_backup_failed(self, message: str) -> None:
        """A failed automatic backup is said beside the window, never taking the keyboard: it comes
        from a worker at no keystroke's bidding (half a second after opening, as the typing starts),
        and a dialog that took the keyboard took the letters typed next, its OK pressed by a space."""
        self.report_error(message, keep_keyboard=True)

    def report_error(
        self, exc: JmError | str, *, keep_keyboard: bool = False, title: str | None = None
    ) -> None:
        """A dialog, and the same sentence kept in the status bar."""
        self._status(translate("MainWindow", "Last error: {exc}").format(exc=exc))
        self.last_error = show_error(self, exc, title, keep_keyboard=keep_keyboard)

    def _guide_opener(self, key: str) -> Callable[[], object]:
        return lambda: self.open_guide(key)

    def open_guide(self, key: str) -> QWidget:
        from jmdesigner.ui.guides import GuideWindow

        window = GuideWindow(key, self)
        window.show()
        self.guide_window = window
        return window

    def about(self) -> None:
        from html import escape

        from PySide6.QtWidgets import QMessageBox

        from jmdesigner.ui.log_file import log_path

        box = QMessageBox(
            QMessageBox.Icon.NoIcon, translate("MainWindow", "About jmdesigner"), "", parent=self
        )
        box.setIconPixmap(app_icon().pixmap(96, 96))
        box.setTextFormat(QtCore.Qt.TextFormat.RichText)
        box.setText(
            translate(
                "MainWindow",
                "<h3>jmdesigner {version}</h3><p>A desktop designer for customer journey "
                "maps.</p><p>Every change is saved to the file as you make it.</p><p>Log file: "
                "<code>{log}</code></p><p>MIT licence. Icons: Lucide (ISC). Fonts: Noto and Nanum "
                "(OFL), Droid Sans Fallback (Apache 2.0).</p>",
            ).format(version=__version__, log=escape(str(log_path())))
        )
        box.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        self.about_box = box
        box.open()

    # --------------------------------------------------------- window events
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_file(event) is not None:
            event.acceptProposedAction()
            return
        # A picture, a document...: the no-drop cursor alone said nothing of what may be dropped.
        # Said as the file comes over the window (a refused drag is never dropped), and kept a while
        # after it is let go.
        self._say_undroppable(event)
        super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped_file(event)
        if path is None:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        self.open_path(path)  # a journey or spreadsheet is imported (into a new file if none is open)

    def _say_undroppable(self, event: QDragEnterEvent) -> None:
        """Local files none of which can be opened or imported: one sentence naming what can be."""
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            self._status(_undroppable_message(), 30000)

    def closeEvent(self, event: QCloseEvent) -> None:
        with self._palette_as_left():
            self.settings.save_window(self, docks=self.file is not None)
        self.close_file()
        release_clipboard()
        super().closeEvent(event)


def _first_focusable(panel: QWidget) -> QWidget:
    """The panel itself if it takes the keyboard, else its first visible child that does."""
    candidates = [panel, *panel.findChildren(QWidget)]
    takes = QtCore.Qt.FocusPolicy.TabFocus
    return next((w for w in candidates if w.focusPolicy() & takes and w.isVisibleTo(panel)), panel)


def _restored_draft_message(text: str, header: str | None = None) -> str:
    """What the status bar says of a card (or a header's new name) given back after a crash: true
    of its text (one longer than a card may hold, written before the card editor refused such
    pastes, is not added by Enter)."""
    from jmdesigner.i18n import localized
    from jmdesigner.model.validation import MAX_TEXT

    if header == "stage":
        return translate(
            "MainWindow", "The stage name you were typing when jmdesigner stopped is back: Enter renames it."
        )
    if header == "lane":
        return translate(
            "MainWindow", "The lane name you were typing when jmdesigner stopped is back: Enter renames it."
        )
    if len(text) > MAX_TEXT:
        return translate(
            "MainWindow",
            "The card you were typing is back, but its {length:,} characters pass the {limit:,} a card "
            "holds: shorten it, then press Enter.",
        ).format(length=localized(len(text)), limit=localized(MAX_TEXT))
    return translate("MainWindow", "The card you were typing when jmdesigner stopped is back: Enter adds it.")


def _canvas_key(name: str) -> Callable[[MapView], object]:
    """A command of ``canvas.keyboard`` by name: the canvas is imported with the first file, not
    at start-up (the action only runs when a canvas exists)."""

    def run(view: MapView) -> object:
        from jmdesigner.canvas import keyboard

        return getattr(keyboard, name)(view)  # type: ignore[no-any-return]

    return run


def _choose_template(parent: QWidget) -> MapBundle | None:
    from jmdesigner.ui.template_chooser import choose_template

    return choose_template(parent)


def _same_location(a: Location, b: Location) -> bool:
    from jmdesigner.storage.address import LibraryURL

    if isinstance(a, Path) and isinstance(b, Path):
        from jmdesigner.ui.file_watch import same_file

        return same_file(a, b)
    return isinstance(a, LibraryURL) and isinstance(b, LibraryURL) and a.name == b.name


SIDE_WINDOWS = ("compareWindow", "portfolioWindow")


def _undroppable_message() -> str:
    """Which files a drop takes: a .jmap, a journey (each format by its first suffix), a spreadsheet."""
    from jmdesigner.interchange.formats import formats
    from jmdesigner.interchange.table_reader import TABLE_SUFFIXES

    journeys = dict.fromkeys(f.suffixes[0] for f in formats() if f.read)
    return translate(
        "MainWindow",
        "Only journey maps ({jmap}), journeys to import ({journeys}) and spreadsheets ({tables}) "
        "can be dropped here.",
    ).format(jmap=SUFFIX, journeys=", ".join(journeys), tables=", ".join(TABLE_SUFFIXES))


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
