"""Work handed from the server thread to the thread that owns the document.

The document is not thread-safe, and every edit must go through the same commands as the
canvas; so the server never touches it. It submits a function and awaits the future; the
owner (the Qt main thread in the app, the main thread of ``jmdesigner room``) runs the
queue in slices, so a crowd of phones never freezes the canvas for long.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any


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

    def run(self, budget: float = 0.025) -> bool:
        """Run jobs for about ``budget`` seconds; True when more are waiting."""
        end = time.perf_counter() + budget
        while True:
            with self._lock:
                if not self._jobs:
                    self.ready.clear()
                    return False
                job, future = self._jobs.popleft()
            if future.set_running_or_notify_cancel():
                try:
                    future.set_result(job())
                except BaseException as exc:  # handed to the waiting request, never lost
                    future.set_exception(exc)
            if time.perf_counter() >= end:
                with self._lock:
                    return bool(self._jobs)

    def __len__(self) -> int:
        with self._lock:
            return len(self._jobs)
