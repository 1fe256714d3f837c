"""Rolling backups of an open file, written on a worker thread so no edit waits for one.

An edit that makes a backup due only starts the worker and returns; the worker reads the file
through its own read-only connection (``backups.make_backup_in_steps``), so what it writes is
always a committed state while the window keeps saving. At most one runs at a time; closing
waits for it (a short-lived command line process keeps its backup) and, past ``CLOSE_WAIT``,
stops it between steps without leaving a file. A failure is kept in ``problem`` for the window,
never raised into an edit.

While a backup runs, Python's cyclic collector is held off (``jmdesigner.collector_pause``: held from
the caller's thread, released there once the worker has ended): a collection runs on whichever
thread allocates, and one on the worker would destroy Qt objects in cyclic garbage off the window's
thread, which crashes Qt (seen as a segmentation fault in the canvas tests). Reference counting
frees as usual meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from jmdesigner import collector_pause
from jmdesigner.errors import JmError
from jmdesigner.storage import backups
from jmdesigner.storage.faults import explain

TYPE_CHECKING = False  # typing's constant, without importing typing (the command line's start-up)
if TYPE_CHECKING:
    import logging
    import threading

CLOSE_WAIT = 30.0  # seconds closing waits for a running backup before stopping it


class BackgroundBackup:
    """One file's automatic backups, one at a time, off the caller's thread."""

    def __init__(self, document: Path, on_done: Callable[[str | None], None]) -> None:
        self._document = document
        self._on_done = on_done  # called on the worker with the failure's sentence, or None
        # threading and logging load with the first backup: a read-only open (every command-line
        # verb but import) never starts one, and the two with what they import were ~15 ms of it
        self._thread: threading.Thread | None = None
        self._stopped = False  # set once, read by the worker between steps
        self.step_hook: Callable[[], object] | None = None  # runs between copy steps (tests hold it)
        self._pause: collector_pause.Hold | None = None  # the collector held off for the running backup
        self.reason: str | None = None  # the running (or last) backup's reason: "open", "auto"

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, reason: str) -> bool:
        """Begin a backup unless one is running (then that one is recent enough); True if started."""
        if self.running or self._stopped:
            return False
        import threading

        self.settle()
        self.reason = reason
        self._pause = collector_pause.hold()
        self._thread = threading.Thread(target=self._run, args=(reason,), name="jmap-backup", daemon=True)
        self._thread.start()
        return True

    def settle(self) -> None:
        """On the caller's thread: resume the collector once the worker has ended (each edit calls it)."""
        if self._pause is not None and not self.running:
            self._pause.release()
            self._pause = None

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for the running backup; True when none is running any more."""
        if self._thread is not None:
            self._thread.join(timeout)
        self.settle()
        return not self.running

    def close(self, *, stop: bool = False) -> None:
        """Let a running backup finish (up to ``CLOSE_WAIT``), else stop it cleanly; start no more.
        ``stop``: stop it at its next step at once (its temporary file is removed, no backup made)."""
        if stop:
            self._stopped = True
        if not self.wait(CLOSE_WAIT):
            self._stopped = True
            self.wait()
        self._stopped = True

    def _stop_asked(self) -> bool:
        return self._stopped

    def _run(self, reason: str) -> None:
        try:
            backups.make_backup_in_steps(
                self._document, reason, stop=self._stop_asked, step_hook=self.step_hook
            )
        except backups.Cancelled:
            _log().info("automatic backup of %s stopped: the file closed", self._document.name)
        except JmError as exc:
            _log().warning("automatic backup failed: %s", exc)
            self._on_done(str(exc))
        except Exception as exc:  # a worker must never die silently with the problem unsaid
            _log().exception("automatic backup failed")
            self._on_done(explain(exc, backups.backup_of(self._document.name), "write the backup"))
        else:
            self._on_done(None)


def _log() -> logging.Logger:
    import logging

    return logging.getLogger(__name__)
