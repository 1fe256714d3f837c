"""Work handed from the server thread to the thread that owns the document.

The document is not thread-safe, and every edit must go through the same commands as the
canvas; so the server never touches it. It submits a function and awaits the future; the
owner (the Qt main thread in the app, the main thread of ``jmdesigner room``) runs the
queue in slices, so a crowd of phones never freezes the canvas for long.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future
from contextlib import AbstractContextManager
from typing import Any

Batch = Callable[[], AbstractContextManager[Any]]


class JobQueue:
    """Thread-safe: ``submit`` from any thread, ``run`` on the owner's thread only."""

    def __init__(self, wake: Callable[[], None] | None = None) -> None:
        self._jobs: deque[tuple[Callable[[], Any], Future[Any]]] = deque()
        self._lock = threading.Lock()
        self._wake = wake
        self.ready = threading.Event()  # set while jobs wait (what a plain loop waits on)

    def submit(self, job: Callable[[], Any]) -> Future[Any]:
        future: Future[Any] = Future()
        with self._lock:
            first = not self._jobs
            self._jobs.append((job, future))
            self.ready.set()
        if first and self._wake is not None:
            self._wake()
        return future

    def run(self, budget: float = 0.025, batch: Batch | None = None) -> bool:
        """Run jobs for about ``budget`` seconds; True when more are waiting.

        With ``batch`` (a context manager factory, e.g. one document transaction), the jobs
        of this slice run inside it and their answers are given only once it has ended
        well; if it fails, every job of the slice gets that failure."""
        end = time.perf_counter() + budget
        ran: list[tuple[Future[Any], Any, BaseException | None]] = []
        more = False
        try:
            with batch() if batch is not None else contextlib.nullcontext():
                while True:
                    with self._lock:
                        if not self._jobs:
                            self.ready.clear()
                            break
                        job, future = self._jobs.popleft()
                    if not future.set_running_or_notify_cancel():
                        continue  # its request gave up waiting: nothing is done for it
                    try:
                        ran.append((future, job(), None))
                    except Exception as exc:  # refused: handed to the waiting request
                        ran.append((future, None, exc))
                    if time.perf_counter() >= end:
                        with self._lock:
                            more = bool(self._jobs)
                        break
        except Exception as exc:  # the slice as a whole did not stick (a full disk...)
            for future, _result, _error in ran:
                future.set_exception(exc)
            return more or bool(len(self))
        for future, result, error in ran:
            if error is None:
                future.set_result(result)
            else:
                future.set_exception(error)
        return more

    def __len__(self) -> int:
        with self._lock:
            return len(self._jobs)
