"""A countdown that can be set, started, paused and reset; time comes from an injectable clock."""

from __future__ import annotations

import time
from collections.abc import Callable


class Countdown:
    def __init__(self, minutes: float = 10.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self.total = minutes * 60.0
        self._left = self.total
        self._started_at: float | None = None

    @property
    def running(self) -> bool:
        return self._started_at is not None

    def set_minutes(self, minutes: float) -> None:
        self.total = max(0.0, minutes * 60.0)
        self.reset()

    def start(self) -> None:
        if not self.running and self.remaining() > 0:
            self._started_at = self.clock()

    def pause(self) -> None:
        if self._started_at is not None:
            self._left = self.remaining()
            self._started_at = None

    def reset(self) -> None:
        self._left = self.total
        self._started_at = None

    def remaining(self) -> float:
        if self._started_at is None:
            return self._left
        return max(0.0, self._left - (self.clock() - self._started_at))

    @property
    def finished(self) -> bool:
        return self.total > 0 and self.remaining() <= 0.0

    def text(self) -> str:
        """mm:ss, rounded up so 0:00 shows only when time is really up."""
        seconds = int(-(-self.remaining() // 1))
        return f"{seconds // 60:02d}:{seconds % 60:02d}"
