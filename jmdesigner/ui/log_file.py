"""The app's log: a rotating file in the data folder, for the warnings nobody saw on stderr.

Warnings from storage (a backup not written, a lock left behind) and any error that escaped a
slot end up in ``jmdesigner.log`` (1 MB, three older files kept), so a user can send it along
with a bug report; Help ▸ About names the path.
"""

from __future__ import annotations

import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from jmdesigner import __version__
from jmdesigner.storage.locations import data_dir

LOG_NAME = "jmdesigner.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
_handler: RotatingFileHandler | None = None


def log_path() -> Path:
    return data_dir() / LOG_NAME


def start_logging() -> Path | None:
    """Send jmdesigner's warnings and uncaught errors to the log file; None if it cannot be written."""
    global _handler
    path = log_path()
    root = logging.getLogger("jmdesigner")
    if _handler is not None and Path(_handler.baseFilename) == path:
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    except OSError:
        return None  # a read-only home: the app runs on, without a log
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.INFO)
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    _handler = handler
    root.addHandler(handler)
    root.setLevel(min(root.level or logging.INFO, logging.INFO))
    root.info("jmdesigner %s started (Python %s)", __version__, sys.version.split()[0])
    previous = sys.excepthook

    def log_uncaught(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        root.error("Uncaught error:\n%s", "".join(traceback.format_exception(kind, exc, tb)).rstrip())
        previous(kind, exc, tb)

    if getattr(sys.excepthook, "__name__", "") != "log_uncaught":
        sys.excepthook = log_uncaught
    return path


def stop_logging() -> None:
    global _handler
    if _handler is not None:
        logging.getLogger("jmdesigner").removeHandler(_handler)
        _handler.close()
        _handler = None
