"""Workshop ▸ Invite the Room…: open the current map to participants' phones (docs/room.md).

A small window shows the join link and its QR code, who joined and what they posted, and
the notes waiting to be accepted; a larger copy of the code sits on the projector while
workshop mode is on. The server answers on its own thread; every write it asks for runs here,
on the Qt main thread, in slices of a few milliseconds, as an ordinary command through the map's
undo stack (as the participants', never a step of the facilitator's Undo). Closing the window
closes the room; End the Workshop closes it for good (phones are thanked, the link retires).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QMouseEvent, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jmdesigner.canvas import MapView
from jmdesigner.errors import JmError
from jmdesigner.i18n import N_, grouped, translate
from jmdesigner.model import Change, Document, Kind, LaneKind, UndoStack, commands
from jmdesigner.room.address import candidate_addresses
from jmdesigner.room.jobs import JobQueue
from jmdesigner.room.keys import RequestKeys, keys_path
from jmdesigner.room.links import Link, RoomLinks, digest, new_token
from jmdesigner.room.server import RoomServer
from jmdesigner.room.session import Room, RoomSettings, tally
from jmdesigner.ui import heap
from jmdesigner.ui.forms import follow_count
from jmdesigner.ui.on_screen import keep_on_screen
from jmdesigner.ui.qr_widget import QUIET, QrWidget

MARKED, STRAIGHT_IN, HOLD = "marked", "straight-in", "hold"
INTAKE_MODES = (
    (N_("RoomWindow", "On the map, marked “Room · name” until accepted"), MARKED),
    (N_("RoomWindow", "Straight onto the map, as ordinary cards"), STRAIGHT_IN),
    (N_("RoomWindow", "Held in the inbox for me to place"), HOLD),
)
# The join code on a small projector (``ProjectorCode``): compact where the map's shorter side is
# under COMPACT_BELOW pixels, its modules whole pixels, at least LEAST_MODULE_PX each (a phone reads
# them from the back of a room), the code no more than COMPACT_SHARE of that side when larger.
COMPACT_BELOW = 800
LEAST_MODULE_PX = 4
COMPACT_SHARE = 0.3
ANY_SIZE = 16_777_215  # Qt's QWIDGETSIZE_MAX: no maximum
FOLD_KEYS = "Ctrl+J"  # the facilitator folds the code away and brings it back
SLICE = 0.02  # seconds of room work per turn of the event loop, so the canvas keeps painting


class MainThreadJobs(QObject):
    """The room's job queue, run on the thread this object lives on (the GUI thread)."""

    _wake = Signal()

    def __init__(self, stack: UndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stack = stack
        self.jobs = JobQueue(wake=self._wake.emit)
        # Every slice starts from this timer, never from a posted call: posted calls (a phone's
        # wake-up, the next slice) ran back to back in one turn of the event loop, two or three
        # slices in one 40-60 ms pause; a timer lets the canvas paint and other timers and
        # input have their turn between slices.
        self._next = QTimer(self, singleShot=True, interval=0)
        self._next.timeout.connect(self.run_slice)
        self._wake.connect(self._next.start, Qt.ConnectionType.QueuedConnection)

    def run_slice(self) -> None:
        """A slice of writes as one transaction: one save and one canvas update for all of them."""
        self._next.stop()
        if self.jobs.run(budget=SLICE, batch=self.stack.batch):
            self._next.start()


def interface_addresses() -> list[str]:
    """The IPv4 addresses of this computer's network interfaces that are up (a hotspot's too)."""
    from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface

    flags = QNetworkInterface.InterfaceFlag
    found = []
    for interface in QNetworkInterface.allInterfaces():
        up = interface.flags() & flags.IsUp and interface.flags() & flags.IsRunning
        if not up or interface.flags() & flags.IsLoopBack:
            continue
        for entry in interface.addressEntries():
            ip = entry.ip()
            if ip.protocol() == QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
                found.append(ip.toString())
    return found


def _plain_label(text: str = "", object_name: str = "") -> QLabel:
    """A label that never interprets what it shows as HTML (names and links come from outside)."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if object_name:
        label.setObjectName(object_name)
    return label


def breakable(url: str) -> str:
    """The link with zero-width spaces after its slashes, so a narrow label can wrap it."""
    return url.replace("/", "/\u200b")


class ProjectorCode(QFrame):
    """The join code in a corner of the workshop window, big enough for the back of the room.

    On a small projector (the map's shorter side under ``COMPACT_BELOW`` pixels: 1024×768,
    1280×720) it is compact: the title and the code alone, each of the code's modules a whole
    number of pixels, at least ``LEAST_MODULE_PX`` (the link, which nobody types from a projector,
    is its tooltip; the room window shows it). A click on it, or Ctrl+J in the workshop, folds it
    into a small tab in its corner; the same brings it back."""

    def __init__(self, host: QWidget, url: str) -> None:
        super().__init__(host)
        self.setObjectName("roomCode")
        self.setStyleSheet(
            "QFrame#roomCode { background: white; border-radius: 12px; }"
            "QLabel { color: #1d2127; font-size: 16px; }"
            "QLabel#roomCodeTitle { font-size: 24px; font-weight: 700; }"
            'QLabel#roomCodeTitle[compact="true"] { font-size: 18px; }'
            "QLabel#roomCodeTab { font-size: 15px; font-weight: 600; }"
        )
        self.folded = False  # folded into a small tab by the facilitator
        self.compact = False  # the small projector's form (``_place``)
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 12, 16, 12)
        self.title = _plain_label(translate("RoomWindow", "Scan to join the room"), "roomCodeTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.qr = QrWidget(url)
        self.link = _plain_label(breakable(url))
        self.link.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.link.setWordWrap(True)
        self.tab = _plain_label(translate("RoomWindow", "Show the join code (Ctrl+J)"), "roomCodeTab")
        self.tab.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.tab.hide()
        column.addWidget(self.title)
        column.addWidget(self.qr, 1)
        column.addWidget(self.link)
        column.addWidget(self.tab)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._say_how(url)
        # In the whole workshop window, also while a card is typed (the card stays open)
        fold = QShortcut(QKeySequence(FOLD_KEYS), self, self.toggle_folded)
        fold.setContext(Qt.ShortcutContext.WindowShortcut)
        host.installEventFilter(self)
        view = getattr(host, "view", None)
        if isinstance(view, MapView):  # where the typing is decides the corner (``_place``)
            view.cursor_moved.connect(self._place)
            view.editing_changed.connect(self._place)
            view.map_scene.laid_out.connect(self._place)
            view.horizontalScrollBar().valueChanged.connect(self._place)
            view.verticalScrollBar().valueChanged.connect(self._place)
            view.zoomed.connect(self._place)  # fitted, zoomed: the cards moved on screen
        self._place()
        self.show()
        self.raise_()

    def _say_how(self, url: str) -> None:
        how = (
            translate("RoomWindow", "Click or press Ctrl+J to show the join code")
            if self.folded
            else translate("RoomWindow", "Click or press Ctrl+J to fold the code away")
        )
        self.setToolTip(f"{url}\n{how}")
        self.setAccessibleName(
            translate("RoomWindow", "Join code, folded")
            if self.folded
            else translate("RoomWindow", "Join code")
        )

    def toggle_folded(self) -> None:
        """Fold the code into a small tab in its corner, or bring it back."""
        self.folded = not self.folded
        for part in (self.title, self.qr):
            part.setVisible(not self.folded)
        self.link.setVisible(not self.folded and not self.compact)
        self.tab.setVisible(self.folded)
        self._say_how(self.qr.text)
        self._place()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.toggle_folded()
            event.accept()
            return
        super().mousePressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            self._place()
            QTimer.singleShot(0, self, self._place)  # again once the map is fitted to the new size
        return False

    def _place(self, *_: object) -> None:
        """Bottom right of the host's map view (the workshop window's canvas), else of the host;
        bottom left while the card being typed, or the keyboard's cell or card, lies under the
        bottom right corner and less of it under the left one (a card typed in the last stages
        was typed under the code, out of the room's sight), or, the typing clear of both, while
        fewer cards lie under the left one."""
        host = self.parentWidget()
        view = getattr(host, "view", None)
        area = host.rect()
        if isinstance(view, QWidget) and view.isVisible():
            area = QRect(view.mapTo(host, QPoint(0, 0)), view.size())
        width, height = self._size(area)
        top = area.bottom() - height - 24
        right = QRect(area.right() - width - 24, top, width, height)
        left = QRect(area.left() + 24, top, width, height)
        shown = isinstance(view, MapView) and view.isVisible()
        typing = self._typing(view, host) if shown else QRect()

        def covered(r: QRect) -> tuple[int, int]:
            """How much of the typing, then of the cards, the code would hide there."""
            part = r.intersected(typing)
            hidden = part.width() * part.height() if not part.isEmpty() else 0
            return hidden, self._cards_under(view, host, r) if shown else 0

        self.setGeometry(left if covered(left) < covered(right) else right)

    def _size(self, area: QRect) -> tuple[int, int]:
        """The code's size over ``area`` (the map), in the form it takes there."""
        compact = min(area.width(), area.height()) < COMPACT_BELOW
        if compact != self.compact:
            self.compact = compact
            self.title.setProperty("compact", compact)
            self.title.style().unpolish(self.title)
            self.title.style().polish(self.title)
            self.link.setVisible(not compact and not self.folded)
            if not compact:
                self.qr.setMinimumSize(160, 160)
                self.qr.setMaximumSize(ANY_SIZE, ANY_SIZE)
        # the compact code's own white border (its quiet zone) is its margin at the sides
        self.layout().setContentsMargins(
            *((0, 10, 0, 0) if compact and not self.folded else (16, 12, 16, 12))
        )
        if self.folded:
            hint = self.tab.sizeHint()
            return hint.width() + 32, hint.height() + 24
        if not compact:
            # 2/5 of the view's width, but no less than 290 px: a 1024×768 projector's map is
            # ~660 px wide, and 2/5 of it left the code ~230 px for the back of the room
            side = int(min(area.height() * 0.6, max(area.width() * 0.4, 290)))
            return side, side + 130
        # whole pixels a module, a third of the map's shorter side at most, never under the least
        count = self.qr.modules + 2 * QUIET
        module = max(LEAST_MODULE_PX, int(min(area.width(), area.height()) * COMPACT_SHARE / max(count, 1)))
        side = count * module
        self.qr.setFixedSize(side, side)
        self.title.ensurePolished()  # in its compact font (the style sheet's), before it is measured
        layout = self.layout()
        layout.invalidate()
        return side, layout.heightForWidth(side)

    @staticmethod
    def _cards_under(view: MapView, host: QWidget, r: QRect) -> float:
        """How much of the cards the code would hide at ``r`` (``host``'s pixels; in the map's
        units): with the typing clear of both corners, the code takes the one hiding fewer of
        the room's words (at the bottom right it covered the notes arriving there while the
        left corner was empty). Read from the layout, cell by cell (the scene makes a card's
        item only once it is first shown)."""
        port = QRect(view.viewport().mapFrom(host, r.topLeft()), r.size())
        hidden = view.mapToScene(port).boundingRect()
        geom = view.map_scene.geom
        total = 0.0
        for cell in geom.cells.values():
            c = cell.rect
            if not QRectF(c.x, c.y, c.w, c.h).intersects(hidden):
                continue
            for card_id in cell.card_ids:
                card = geom.cards[card_id].rect
                part = QRectF(card.x, card.y, card.w, card.h).intersected(hidden)
                total += part.width() * part.height()
        return total

    def _typing(self, view: MapView, host: QWidget) -> QRect:
        """Where the keyboard is on ``view``, in ``host``'s pixels: the card being typed, else the
        keyboard's cell and the selected cards (empty: none of them)."""
        scene = view.map_scene
        editor = view.editing.editor
        if editor is not None:
            rect = editor.sceneBoundingRect()
        else:
            rect = scene.cursor.sceneBoundingRect() if scene.cursor.isVisible() else QRectF()
            for card_id in scene.selected_card_ids():
                item = scene.cards.get(card_id)
                if item is not None:
                    rect = rect.united(item.sceneBoundingRect())
        if rect.isEmpty():
            return QRect()
        shown = view.mapFromScene(rect).boundingRect()
        return QRect(view.viewport().mapTo(host, shown.topLeft()), shown.size())


class RoomWindow(QWidget):
    """Start, watch and stop the room for one map."""

    closed = Signal()
    opened = Signal(bool)  # the room opened (True) or closed (False)
    # The map the facilitator types into: given a key typed in this window, it takes the keyboard
    # there with the key (the window that opened the room sets it). None: the key stays here.
    typed_on: Callable[[QKeyEvent], bool] | None = None
    _not_text: tuple[QWidget, ...] = ()

    def __init__(
        self,
        doc: Document,
        stack: UndoStack,
        map_id: str,
        parent: QWidget | None = None,
        where: str | None = None,
        links: RoomLinks | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.doc, self.stack, self.map_id = doc, stack, map_id
        # The map's join link outlives this window and the app (docs/room.md): kept per user and
        # per document, never in the file. Without a document to key it by, it lasts as the window.
        self.where = where
        self.links = (links or RoomLinks()) if where is not None else None
        self.join = self.links.link(where, map_id) if self.links and where is not None else Link(new_token())
        self.setWindowTitle(translate("RoomWindow", "Room — {title}").format(title=doc.map(map_id).title))
        self.owner = MainThreadJobs(stack, self)
        self.room: Room | None = None
        self.server: RoomServer | None = None
        self.projector: ProjectorCode | None = None
        self._projector_host: QWidget | None = None
        self._dirty = True
        self._build()
        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(self.refresh)
        self._tick.start()
        keep_on_screen(self)  # the join link stays in sight when a projector shrinks the screen
        doc.add_listener(self._on_changes)
        self.refresh()  # who posted and the notes waiting, read from the map, shown as it opens

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        settings = QFormLayout()
        self.address = QComboBox()
        self.address.setEditable(True)
        self.address.addItems(candidate_addresses(interface_addresses()))
        if self.join.host:  # where the room listened last time, so the link stays the same
            self.address.setCurrentText(self.join.host)
        self.address.setAccessibleName(translate("RoomWindow", "Address to listen on"))
        self.address.setToolTip(
            translate("RoomWindow", "The local network address phones reach; 127.0.0.1 is this computer only")
        )
        self.port = QSpinBox(minimum=0, maximum=65535, value=0)
        self.port.setSpecialValueText(translate("RoomWindow", "any free port"))
        self.port.setAccessibleName(translate("RoomWindow", "Port"))
        self.dots = QSpinBox(minimum=0, maximum=100, value=3)
        follow_count(self.dots, lambda n: translate("RoomWindow", " dot(s)", None, n))
        self.dots.setAccessibleName(translate("RoomWindow", "Dots per participant"))
        self.intake = QComboBox()
        for label, mode in INTAKE_MODES:
            self.intake.addItem(translate("RoomWindow", label), mode)
        self.intake.setAccessibleName(translate("RoomWindow", "Where participants' notes go"))
        if self.join.dots is not None:  # as the room had them last time (after a crash, say)
            self.dots.setValue(self.join.dots)
        if self.intake.findData(self.join.intake) >= 0:
            self.intake.setCurrentIndex(self.intake.findData(self.join.intake))
        settings.addRow(translate("RoomWindow", "Address:"), self.address)
        settings.addRow(translate("RoomWindow", "Port:"), self.port)
        settings.addRow(translate("RoomWindow", "Votes each:"), self.dots)
        settings.addRow(translate("RoomWindow", "Notes:"), self.intake)
        self.start_button = QPushButton(translate("RoomWindow", "Open the Room"))
        self.start_button.clicked.connect(self.toggle)
        self.on_projector = QCheckBox(
            translate("RoomWindow", "Show the code on the projector in workshop mode")
        )
        self.on_projector.setChecked(True)
        self.on_projector.toggled.connect(lambda _on: self._sync_projector())
        self.qr = QrWidget()
        self.qr.setMinimumSize(220, 220)
        self.link = _plain_label(translate("RoomWindow", "The room is closed."), "roomLink")
        self.link.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.link.setWordWrap(True)
        self.status = _plain_label("")
        self.status.setWordWrap(True)
        self.notice = _plain_label()  # the link changed: phones must scan again
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("font-weight: 600")
        self.new_link_button = QPushButton(translate("RoomWindow", "New Link"))
        self.new_link_button.setToolTip(
            translate(
                "RoomWindow",
                "Replace the join link, for when it reached someone it should not: the old link stops "
                "working and every phone must scan the new code",
            )
        )
        self.new_link_button.clicked.connect(self.ask_new_link)
        self.end_button = QPushButton(translate("RoomWindow", "End the Workshop"))
        self.end_button.setToolTip(
            translate(
                "RoomWindow",
                "Close the room for good: phones say the workshop has ended and take no more notes, the "
                "code leaves the projector, and a room opened later gets a new link",
            )
        )
        self.end_button.clicked.connect(lambda: self.ask_end_workshop())
        self.end_button.setEnabled(False)  # while the room is open
        self.people = QTableWidget(0, 4)
        self.people.setHorizontalHeaderLabels(
            [
                translate("RoomWindow", "Who"),
                translate("RoomWindow", "Notes"),
                translate("RoomWindow", "Votes"),
                translate("RoomWindow", "Feelings"),
            ]
        )
        self.people.verticalHeader().hide()
        self.people.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.people.horizontalHeader().setStretchLastSection(True)
        self.people.setAccessibleName(translate("RoomWindow", "Participants"))
        self.inbox = QListWidget()
        self.inbox.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.inbox.setAccessibleName(
            translate("RoomWindow", "Notes from the room waiting to be accepted or placed")
        )
        self.inbox.itemActivated.connect(lambda _item: self.accept_selected())
        accept = QPushButton(translate("RoomWindow", "Accept Selected"))
        accept.setToolTip(
            translate(
                "RoomWindow",
                "Keep the selected notes as ordinary cards, in the cells their authors chose (Ctrl+Enter)",
            )
        )
        accept.clicked.connect(self.accept_selected)
        accept_all = QPushButton(translate("RoomWindow", "Accept All"))
        accept_all.clicked.connect(self.accept_all)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):  # the main Enter key and the keypad's
            QShortcut(QKeySequence(keys), self, self.accept_selected)
        self.place_stage = QComboBox()
        self.place_stage.setAccessibleName(translate("RoomWindow", "Stage to place the selected notes in"))
        self.place_lane = QComboBox()
        self.place_lane.setAccessibleName(translate("RoomWindow", "Lane to place the selected notes in"))
        place = QPushButton(translate("RoomWindow", "Place In"))
        place.setToolTip(
            translate("RoomWindow", "Put the selected notes into this stage and lane instead, accepted")
        )
        place.clicked.connect(self.place_selected)

        left = QVBoxLayout()
        left.addLayout(settings)
        opening = QHBoxLayout()
        opening.addWidget(self.start_button, 1)
        opening.addWidget(self.new_link_button)
        opening.addWidget(self.end_button)
        left.addLayout(opening)
        left.addWidget(self.on_projector)
        left.addWidget(self.qr, 1)
        left.addWidget(self.link)
        left.addWidget(self.notice)
        left.addWidget(self.status)
        right = QVBoxLayout()
        right.addWidget(_plain_label(translate("RoomWindow", "Who joined")))
        right.addWidget(self.people, 1)
        self.inbox_title = _plain_label(translate("RoomWindow", "From the room, waiting to be accepted"))
        right.addWidget(self.inbox_title)
        right.addWidget(self.inbox, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(accept)
        buttons.addWidget(accept_all)
        right.addLayout(buttons)
        elsewhere = QHBoxLayout()
        elsewhere.addWidget(place)
        elsewhere.addWidget(self.place_stage, 1)
        elsewhere.addWidget(_plain_label("×"))
        elsewhere.addWidget(self.place_lane, 1)
        right.addLayout(elsewhere)
        row = QHBoxLayout(self)
        row.addLayout(left, 1)
        row.addLayout(right, 1)
        self.resize(860, 560)
        # Words typed here, on a control that takes no text, belong to the map (``typed_on``).
        self._not_text = (
            self.start_button,
            self.new_link_button,
            self.on_projector,
            self.people,
            self.inbox,
            accept,
            accept_all,
            place,
            self.place_stage,
            self.place_lane,
            self.qr,
        )
        for widget in (self, *self._not_text):
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A letter, digit or sign typed on a button, the lists or the QR code goes to the map,
        with the keyboard: the facilitator typing what the room said with this window in front
        lost the words, and the first space pressed the focused Stop the Room (every phone cut
        off). Space, Enter and the arrows stay the controls' own (a click by keyboard)."""
        commanding = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        if (
            self.typed_on is not None
            and (watched is self or watched in self._not_text)
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and not event.modifiers() & commanding
            and event.text().strip()
            and event.text().isprintable()
        ):
            return self.typed_on(event)
        return super().eventFilter(watched, event)

    # --------------------------------------------------------------- the room
    @property
    def url(self) -> str | None:
        return self.server.url if self.server is not None else None

    def toggle(self) -> None:
        if self.server is None:
            self.start()
        else:
            self.stop()

    def start(self) -> bool:
        if self.server is not None:
            return True
        mode = self.intake.currentData()
        settings = RoomSettings(self.dots.value(), straight_in=mode == STRAIGHT_IN, hold=mode == HOLD)
        room = Room(self.doc, self.stack, self.map_id, settings)
        host, join = self.address.currentText().strip(), self.join
        # any free port: the one the link had last time when it is free, so phones keep their link
        port = self.port.value() or join.port
        # a phone's retry lands once, also after the app restarted (kept beside the document)
        keys = RequestKeys(keys_path(self.where, self.map_id)) if self.where is not None else RequestKeys()
        server = RoomServer(
            room, self.owner.jobs, host, port, join.token, retired=join.retired, ended=join.ended, keys=keys
        )
        taken = False
        try:
            try:
                server.start()
            except JmError:
                if self.port.value() or not join.port:
                    raise
                taken = True
                server = RoomServer(
                    room,
                    self.owner.jobs,
                    host,
                    0,
                    join.token,
                    retired=join.retired,
                    ended=join.ended,
                    keys=keys,
                )
                server.start()
        except JmError as exc:
            room.close()
            self.status.setText(str(exc))
            return False
        self.room, self.server = room, server
        moved = []
        if join.host and join.host != server.host:
            moved.append(translate("RoomWindow", "the address changed from {host}").format(host=join.host))
        if join.port and join.port != server.port:
            moved.append(
                translate("RoomWindow", "port {port} was taken, so the room moved to {new}").format(
                    port=join.port, new=server.port
                )
                if taken
                else translate("RoomWindow", "the port changed from {port}").format(port=join.port)
            )
        if moved:
            self.notice.setText(
                translate("RoomWindow", "The link changed ({what}): phones must scan the new code.").format(
                    what="; ".join(moved)
                )
            )
        join.host, join.port = server.host, server.port
        join.open, join.dots, join.intake = True, settings.dots, mode
        if self.links is not None and self.where is not None:
            self.links.remember(self.where, self.map_id, join)
        # Everything alive now (modules, widgets, the document) lives as long as the room: leave it
        # out of Python's full garbage collections, which a burst of notes would otherwise make
        # scan it all, pausing the canvas for tens of milliseconds each time.
        heap.hold(self, collect=True)
        self.port.setValue(server.port)  # the free port it got, so a restart can keep it
        for widget in (self.address, self.port, self.dots, self.intake):
            widget.setEnabled(False)
        self.start_button.setText(translate("RoomWindow", "Stop the Room"))
        self.end_button.setEnabled(True)
        self.qr.set_text(server.url)
        self.link.setText(server.url)
        if server.host.startswith("127.") or server.host == "::1":
            self.status.setText(
                translate(
                    "RoomWindow",
                    "Open on {host}: only this computer can join. Choose another address for phones.",
                ).format(host=server.host)
            )
        else:
            self.status.setText(
                translate("RoomWindow", "Open: phones on this network can join with the code or the link.")
            )
        self._sync_projector()
        self.refresh()
        self.opened.emit(True)
        return True

    def stop(self) -> None:
        """Close the room; what phones had in flight is finished and saved first."""
        server, room = self.server, self.room
        if server is None or room is None:
            return
        server.stop(wait=False)
        while not server.wait_stopped(0.01) or len(self.owner.jobs):
            self.owner.jobs.run(budget=SLICE, batch=self.stack.batch)
        room.close()
        heap.release(self)
        self.server = self.room = None
        self.join.open = False
        if self.links is not None and self.where is not None:
            self.links.remember(self.where, self.map_id, self.join)
        for widget in (self.address, self.port, self.dots, self.intake):
            widget.setEnabled(True)
        self.start_button.setText(translate("RoomWindow", "Open the Room"))
        self.end_button.setEnabled(False)
        self.qr.set_text("")
        self.link.setText(translate("RoomWindow", "The room is closed."))
        self.status.setText("")
        self.notice.setText("")
        self._sync_projector()
        self.opened.emit(False)

    def ask_new_link(self) -> bool:
        """New Link, once the facilitator confirms: every phone on the old link must scan again."""
        if not _confirmed(
            self,
            translate("RoomWindow", "New Link"),
            translate(
                "RoomWindow",
                "Replace the join link? The old link stops working at once, and every phone must scan "
                "the new code. Do this when the link reached someone it should not.",
            ),
        ):
            return False
        self.new_link()
        return True

    def new_link(self) -> None:
        """Replace the join link: the old one stops working (phones that kept it are told so)."""
        was_open = self.server is not None
        self.stop()
        if self.links is not None and self.where is not None:
            self.join = self.links.renew(self.where, self.map_id)
        else:
            self.join = Link(new_token(), self.join.host, self.join.port)
        if was_open:
            self.start()
        self.notice.setText(
            translate("RoomWindow", "A new link: the old one no longer works; phones must scan the new code.")
        )

    def ask_end_workshop(self, asking: QWidget | None = None) -> bool:
        """End the Workshop, once the facilitator confirms (over ``asking``: the window the
        facilitator chose it in, this one by default)."""
        if not _confirmed(
            asking or self,
            translate("RoomWindow", "End the Workshop"),
            translate(
                "RoomWindow",
                "End the workshop? Phones say it has ended and take no more notes, and the code leaves "
                "the projector. What they sent is kept; a room opened later gets a new link.",
            ),
        ):
            return False
        return self.end_workshop()

    def end_workshop(self) -> bool:
        """Close the room for good: every phone is told the workshop has ended, what they had in
        flight is finished and saved (a note sent after the end is refused, and the phone keeps its
        text), the code leaves the projector, and the link retires: a room opened later has a new
        one, and a phone still on this one is told the workshop ended."""
        server = self.server
        if server is None:
            return False
        server.end()  # no request is handed on after this; every open page is told
        self.stop()  # and what was handed on already is done and answered
        if self.links is not None and self.where is not None:
            self.join = self.links.renew(self.where, self.map_id, ended=True)
        else:
            old = self.join
            self.join = Link(new_token(), old.host, old.port, old.retired, (digest(old.token), *old.ended))
        self.link.setText(
            translate(
                "RoomWindow",
                "The workshop has ended: phones were thanked, and what they sent is on the map. "
                "Open the Room again for a new workshop, with a new link.",
            )
        )
        return True

    # ---------------------------------------------------------- the projector
    def show_on_projector(self, window: QWidget | None) -> None:
        """The workshop window to show the join code on (None when workshop mode ends)."""
        self._projector_host = window
        self._sync_projector()

    def _sync_projector(self) -> None:
        wanted = (
            self.server is not None and self._projector_host is not None and self.on_projector.isChecked()
        )
        if self.projector is not None and (
            not wanted or self.projector.parentWidget() is not self._projector_host
        ):
            self.projector.deleteLater()
            self.projector = None
        if wanted and self.projector is None and self._projector_host is not None and self.server is not None:
            self.projector = ProjectorCode(self._projector_host, self.server.url)

    # ------------------------------------------------------------ the inbox
    def accept_selected(self) -> None:
        ids = [item.data(Qt.ItemDataRole.UserRole) for item in self.inbox.selectedItems()]
        self._accept(ids)

    def accept_all(self) -> None:
        self._accept([self.inbox.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.inbox.count())])

    def _accept(self, card_ids: Sequence[str]) -> None:
        try:
            accept_room_notes(self.doc, self.stack, card_ids)
        except JmError as exc:
            self.status.setText(str(exc))

    def place_selected(self) -> None:
        """The selected notes into the stage and lane chosen below the inbox: one undo step each."""
        stage, lane = self.place_stage.currentData(), self.place_lane.currentData()
        if stage is None or lane is None:
            return
        for item in self.inbox.selectedItems():
            card = self.doc.get(Kind.CARD, item.data(Qt.ItemDataRole.UserRole))
            if card is None or not card.from_room:
                continue
            try:
                self.stack.push(commands.place_room_note(card.id, stage, lane))
            except JmError as exc:
                self.status.setText(str(exc))
                return

    # ------------------------------------------------------------- refreshing
    def _on_changes(self, _changes: Sequence[Change]) -> None:
        if self.doc.get(Kind.MAP, self.map_id) is None:
            QTimer.singleShot(0, self.close)  # the map is gone: close the room, after this change
            return
        self._dirty = True

    def refresh(self) -> None:
        """Who joined and the inbox, read from the map (when it changed); the live count each tick."""
        if self._dirty and self.doc.get(Kind.MAP, self.map_id) is not None:
            self._dirty = False
            self._fill_people()
            self._fill_inbox()
        server = self.server
        if server is not None and self.people.rowCount():
            phones = server.listeners
            self.status.setText(
                translate(
                    "RoomWindow", "Open: {posted} posted, %n phone(s) following live.", None, phones
                ).format(posted=grouped(self.people.rowCount()))
            )

    def _fill_people(self) -> None:
        people = sorted(tally(self.doc, self.map_id).values(), key=lambda p: p.name.casefold())
        self.people.setRowCount(len(people))
        for row, who in enumerate(people):
            for col, value in enumerate((who.name, who.notes, who.votes, len(who.feelings))):
                item = QTableWidgetItem(str(value))
                if col:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.people.setItem(row, col, item)

    def _fill_inbox(self) -> None:
        if self.doc.get(Kind.MAP, self.map_id) is None:
            return
        selected = {item.data(Qt.ItemDataRole.UserRole) for item in self.inbox.selectedItems()}
        stages = {s.id: s.name for s in self.doc.stages(self.map_id)}
        lanes = {lane.id: lane.name for lane in self.doc.lanes(self.map_id)}
        self.inbox.clear()
        held = self.doc.held_cards(self.map_id)
        pending = held + [c for c in self.doc.cards(self.map_id) if c.from_room]
        for card in pending:
            first = card.text.splitlines()[0] if card.text else ""
            where = f"{stages[card.stage_id]} · {lanes[card.lane_id]}"
            author = card.author or translate("RoomWindow", "Someone")
            if card.held:
                where = translate("RoomWindow", "Held for {cell}").format(cell=where)
            item = QListWidgetItem(f"{author}: {first}\n{where}")
            item.setData(Qt.ItemDataRole.UserRole, card.id)
            item.setSelected(card.id in selected)
            self.inbox.addItem(item)
        self.inbox_title.setText(
            translate(
                "RoomWindow",
                "From the room, waiting to be accepted or placed: {count} ({count2} held off the map)",
            ).format(count=grouped(len(pending)), count2=grouped(len(held)))
            if held
            else translate("RoomWindow", "From the room, waiting to be accepted ({count})").format(
                count=grouped(len(pending))
            )
        )
        _fill_choices(self.place_stage, list(stages.items()))
        _fill_choices(
            self.place_lane,
            [
                (lane.id, lane.name)
                for lane in self.doc.lanes(self.map_id)
                if lane.kind is not LaneKind.EMOTIONS
            ],
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop()
        self._tick.stop()
        with contextlib.suppress(ValueError):  # closed twice
            self.doc.remove_listener(self._on_changes)
        super().closeEvent(event)
        self.closed.emit()


def _fill_choices(box: QComboBox, choices: list[tuple[str, str]]) -> None:
    """(id, name) choices, keeping the current one when it is still there."""
    current = box.currentData()
    if [(box.itemData(i), box.itemText(i)) for i in range(box.count())] == choices:
        return
    box.clear()
    for entity_id, name in choices:
        box.addItem(name, entity_id)
    at = box.findData(current)
    box.setCurrentIndex(at if at >= 0 else 0)


def accept_room_notes(doc: Document, stack: UndoStack, card_ids: Sequence[str]) -> int:
    """Accept those of ``card_ids`` that are participants' notes (one undo step); how many."""
    pending = [i for i in card_ids if (c := doc.get(Kind.CARD, i)) is not None and c.from_room]
    if pending:
        stack.push(commands.accept_room_notes(pending))
    return len(pending)


def open_room_window(
    doc: Document,
    stack: UndoStack,
    map_id: str,
    parent: QWidget | None = None,
    where: str | None = None,
    *,
    activate: bool = True,
) -> RoomWindow:
    """The room window, shown; ``activate`` False: without taking the keyboard."""
    window = RoomWindow(doc, stack, map_id, parent, where)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, not activate)
    window.show()
    return window


def _confirmed(parent: QWidget, title: str, question: str) -> bool:
    """Yes to ``question`` (No is the default: both ask before cutting phones off)."""
    answer = QMessageBox.question(parent, title, question, defaultButton=QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
