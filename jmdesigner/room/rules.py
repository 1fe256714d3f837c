"""What a participant may send: sizes, names and how often (pure, no I/O)."""

from __future__ import annotations

import re
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

MAX_BODY_BYTES = 16 * 1024  # a request body; a 2,000-character note in any script fits
MAX_NOTE_CHARS = 2_000
MAX_NAME_CHARS = 60
MAX_PARTICIPANTS = 500  # distinct names a room keeps track of (bounds its memory)
MAX_LISTENERS = 300  # open live-update streams
_KEY = re.compile(r"[A-Za-z0-9_-]{8,64}")


class RoomRefusal(Exception):
    """A request the room turns down: an HTTP status and one sentence for the participant."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def participant_name(value: object) -> str:
    """A participant's name as they typed it, trimmed; refused if empty, too long or odd."""
    if not isinstance(value, str):
        raise RoomRefusal(400, "Say who you are: “participant” must be your name as text.")
    name = " ".join(value.split())
    if not name:
        raise RoomRefusal(400, "Choose a name first.")
    if len(name) > MAX_NAME_CHARS:
        raise RoomRefusal(413, f"A name may have at most {MAX_NAME_CHARS} characters.")
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn") for ch in name):
        raise RoomRefusal(400, "A name may not contain control or invisible characters.")
    return name


def note_text(value: object) -> str:
    """A note's text: at most ``MAX_NOTE_CHARS`` characters (else 413), not blank."""
    if not isinstance(value, str):
        raise RoomRefusal(400, "“text” must be the note as text.")
    if len(value) > MAX_NOTE_CHARS:
        raise RoomRefusal(413, f"A note may have at most {MAX_NOTE_CHARS:,} characters.")
    text = value.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        raise RoomRefusal(400, "Write something first.")
    if any(unicodedata.category(ch) == "Cc" and ch not in "\n\t" for ch in text):
        raise RoomRefusal(400, "A note may not contain control characters.")
    return text


def text_id(value: object, what: str) -> str:
    if not isinstance(value, str) or not value or len(value) > 64:
        raise RoomRefusal(400, f"“{what}” must be an id from api/map.")
    return value


def request_key(value: object) -> str | None:
    """The page's key for one note or dot (the same on a retry), or None when it sent none."""
    if value is None:
        return None
    if not isinstance(value, str) or not _KEY.fullmatch(value):
        raise RoomRefusal(400, "“key” must be 8 to 64 letters, digits, “-” or “_”.")
    return value


def integer(value: object, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise RoomRefusal(400, f"“{what}” must be a whole number.")
    return value


@dataclass
class _Bucket:
    tokens: float
    at: float


@dataclass
class RateLimiter:
    """A token bucket per participant: ``burst`` writes at once, then ``per_second`` more.

    Generous enough for a person tapping fast, tight enough that one phone (or a script
    using one name) cannot flood the map."""

    burst: int = 30
    per_second: float = 0.5
    clock: Callable[[], float] = time.monotonic
    _buckets: dict[str, _Bucket] = field(default_factory=dict)

    def allow(self, who: str) -> bool:
        now = self.clock()
        bucket = self._buckets.get(who)
        if bucket is None:
            if len(self._buckets) >= MAX_PARTICIPANTS:
                return False
            bucket = self._buckets[who] = _Bucket(float(self.burst), now)
        bucket.tokens = min(float(self.burst), bucket.tokens + (now - bucket.at) * self.per_second)
        bucket.at = now
        if bucket.tokens < 1:
            return False
        bucket.tokens -= 1
        return True
