"""Following a team library while the window shows it.

Others' edits arrive as PostgreSQL notifications on the library's listening connection;
``POLL_MS`` is how often this window looks at that connection. Looking reads only what the
server already sent (no query, so a hundred open windows put no load on the server); a
notification is followed by one query for the rows it names. When the connection is lost the
library turns read-only and the window says so once; every ``RECONNECT_MS`` it tries again,
and on success catches up with everything that changed meanwhile and is editable again.

Connecting again happens on a thread of its own (``SharedStore.connect_again``): a server that
accepts and never answers (hung, or a network swallowing packets) holds an attempt up to the
connect timeout (5 s), and the window went blank for that long every 3 s. The catching up's reading
runs there too. The window's thread only takes the connections made and applies what changed
(``finish_reconnect``); one attempt runs at a time.

What still waits on the server on the window's thread (an edit's save, reading a map, others' edits)
is told after a second (``waiting(True)``, from inside the wait: the window paints what it waits
for at once) and given up after ``GIVE_UP_AFTER`` seconds as a lost connection (``storage.pg_store``).
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from jmdesigner.i18n import translate
from jmdesigner.storage.store import SharedStore

POLL_MS = 200
RECONNECT_MS = 3000


class LibraryWatch(QObject):
    state_changed = Signal(str)  # connected or not: the sentence to show
    arrived = Signal(int)  # how many changes from others were applied
    backup_failed = Signal(str)  # the rolling backup (a .jmap copy in the data folder) failed
    _attempted = Signal(object)  # a reconnect attempt made on its thread, delivered on the window's
    waiting = Signal(bool)  # a query on the window's thread waits on the server (True), or ended
    _call = Signal(object)  # a function to run on the window's thread (the library's writer answering)

    def __init__(self, store: SharedStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._state = _state(store)
        self._told: str | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)
        self._timer.start()
        self._retry = QTimer(self)
        self._retry.setInterval(RECONNECT_MS)
        self._retry.timeout.connect(self.reconnect)
        self._retry.start()
        self._attempt: threading.Thread | None = None  # connecting again, off this thread
        self._stopped = False
        self._attempted.connect(self._reconnected)  # queued: emitted on the attempt's thread
        store.watchers.append(self._check_state)  # a failed write goes read-only at once
        self._call.connect(_run)  # queued: emitted on the writer's thread
        if hasattr(store, "call_soon"):
            store.call_soon = self._call.emit  # type: ignore[attr-defined]
            store.prepare_writer()  # type: ignore[attr-defined]  # the first card typed waits for nothing
        self._patience = getattr(store, "patience", None)
        if self._patience is not None:
            self._patience.tell = self.waiting.emit  # on the window's thread, from inside the wait

    def poll(self) -> None:
        applied = self.store.poll_external()
        if applied:
            self.arrived.emit(len(applied))
        self._check_state()
        self.check_backup()

    def check_backup(self) -> None:
        problem = self.store.backup_problem
        if problem and problem != self._told:
            self.backup_failed.emit(
                translate(
                    "LibraryWatch", "The automatic backup failed: {problem} Your edits are still saved."
                ).format(problem=problem)
            )
        self._told = problem

    @property
    def reconnecting(self) -> bool:
        """Whether an attempt to connect again is running (on its own thread)."""
        return self._attempt is not None

    def reconnect(self) -> None:
        """Try to connect again, off the window's thread; the window takes the connections when
        they are made (``_reconnected``). No new attempt while one runs."""
        if _offline(self.store) and self._attempt is None and not self._stopped:
            self._attempt = threading.Thread(
                target=self._connect_again, name="library-reconnect", daemon=True
            )
            self._attempt.start()
        self._check_state()

    def _connect_again(self) -> None:
        attempt = self.store.connect_again()
        try:
            self._attempted.emit(attempt)
        except RuntimeError:  # the watch is gone (its window closed meanwhile)
            _close(attempt)

    def _reconnected(self, attempt: Any) -> None:
        self._attempt = None
        if self._stopped or not _offline(self.store):
            _close(attempt)
            return
        self.store.finish_reconnect(attempt)
        self._check_state()

    def _check_state(self) -> None:
        """Say once when the library goes read-only, or editable again: in the store's own
        sentence when it has one (a lost connection, a library a newer version updated)."""
        state = _state(self.store)
        if state == self._state:
            return
        self._state = state
        online, said = state
        if said:
            self.state_changed.emit(said)
        elif online:
            self.state_changed.emit(
                translate(
                    "LibraryWatch", "Connected to the library at {name} again; editing is back on."
                ).format(name=self.store.name)
            )
        else:
            self.state_changed.emit(
                translate(
                    "LibraryWatch",
                    "The connection to the library at {name} was lost; the window is read-only and shows "
                    "what it last had. jmdesigner keeps trying to reconnect.",
                ).format(name=self.store.name)
            )

    def stop(self) -> None:
        self._stopped = True  # an attempt still running closes what it made (``_reconnected``)
        self._timer.stop()
        self._retry.stop()
        if self._patience is not None:
            self._patience.tell = None
        if getattr(self.store, "call_soon", None) == self._call.emit:
            self.store.call_soon = None  # type: ignore[attr-defined]
        if self._check_state in self.store.watchers:
            self.store.watchers.remove(self._check_state)


def _run(call: Any) -> None:
    call()


def _close(attempt: Any) -> None:
    close = getattr(attempt, "close", None)
    if close is not None:
        close()


def _offline(store: SharedStore) -> bool:
    return not store.connected


def _state(store: SharedStore) -> tuple[bool, str | None]:
    """Connected or not, and why the document is read-only for now (None: not for now)."""
    return not _offline(store), store.document.read_only_message
