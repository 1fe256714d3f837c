"""The room's request keys, kept beside the document so a retry lands once across a restart.

A phone gives each note and each dot a random key, the same on every try: the
room answers a key it knows with the first answer and writes nothing. The keys outlive the app:
a phone whose answer was lost when the facilitator's app crashed sends its note again once the
room is back (same map, same link or a new room for it), and the note lands once. They are kept
per user, beside the document and never in it (a ``.jmap`` is copied and emailed, and the keys
are the room's business, like its link): one small append-only file per map in the per-user data
folder (``room-keys/``, readable by this user only), each key written and synced before its phone
is answered, the last ``MAX_KEYS`` kept.

A note's card id is made from its key (``note_id``), so even a crash between the note's save and
its key's write cannot make it land twice: the card is there, under the id the retry asks for. A
dot sent with a key is recorded on its card under an entry made from its key (``dot_entry``: the
giver's name, then ``DOT_MARK`` and a digest of the key), so a retry finds it there the same way.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import threading
from collections import OrderedDict
from pathlib import Path
from typing import Any

from jmdesigner.storage.locations import data_dir

FOLDER = "room-keys"
MAX_KEYS = 20_000  # keys remembered per map (a phone's retry of a note or dot is answered once)
MAX_FILES = 200  # maps remembered; the files of the maps used longest ago go first
KINDS = ("cards", "votes")

Slot = tuple[str, str, str]  # (kind, participant, key)


def keys_path(document: str, map_id: str) -> Path:
    """The file of a map's keys: named by a digest of the document and map (no file names show)."""
    name = hashlib.sha256(f"{document}\0{map_id}".encode()).hexdigest()
    return data_dir() / FOLDER / f"{name}.jsonl"


def note_id(map_id: str, participant: str, key: str) -> str:
    """The card id of the note a participant sent with ``key``: the same on every try of it, in
    the form of ``model.new_id`` (the key itself is random, so the id is as unguessable)."""
    raw = bytearray(hashlib.sha256(f"room-note\0{map_id}\0{participant}\0{key}".encode()).digest()[:16])
    raw[6] = raw[6] & 0x0F | 0x40
    raw[8] = raw[8] & 0x3F | 0x80
    return raw.hex()


DOT_MARK = "\x1f"  # never in a participant's name (``rules.participant_name`` refuses control characters)


def dot_entry(map_id: str, participant: str, key: str) -> str:
    """How the dot a participant sent with ``key`` is recorded among its card's ``room_votes``:
    the giver's name, ``DOT_MARK``, and 12 hex digits of a digest of the key (the same on every
    try of it; one-way, so the file never holds the key)."""
    digest = hashlib.sha256(f"room-dot\0{map_id}\0{participant}\0{key}".encode()).hexdigest()[:12]
    return f"{participant}{DOT_MARK}{digest}"


def voter(entry: str) -> str:
    """The participant who gave the dot a ``room_votes`` entry records (with a key or without)."""
    return entry.partition(DOT_MARK)[0]


class RequestKeys:
    """The answers of the keyed requests a map's room took; ``path`` None keeps them in memory only.

    The file is read when first needed (``load``: the server does it on its own thread as it
    starts, so opening the room never waits for it). ``answer`` and ``remember`` are called on the
    server's thread; ``write`` (the file's append and sync) on any thread, one at a time."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        self._answers: OrderedDict[Slot, Any] = OrderedDict()
        self._pending: list[str] = []  # lines not written yet
        self._lines = 0  # lines in the file (it is rewritten with the last MAX_KEYS past 2 × MAX_KEYS)
        self._lock = threading.Lock()
        self._loaded = path is None

    def load(self) -> None:
        """Read the file, once."""
        if not self._loaded:
            self._loaded = True
            assert self.path is not None
            self._load(self.path)

    def __len__(self) -> int:
        self.load()
        return len(self._answers)

    def answer(self, slot: Slot) -> Any | None:
        self.load()
        return self._answers.get(slot)

    def remember(self, slot: Slot, answer: Any) -> None:
        """Keep ``answer`` for ``slot`` (in memory at once; on disk at the next ``write``)."""
        self.load()
        self._answers.pop(slot, None)
        self._answers[slot] = answer
        while len(self._answers) > MAX_KEYS:
            self._answers.popitem(last=False)
        if self.path is not None:
            self._pending.append(json.dumps([*slot, answer], separators=(",", ":")))

    def write(self) -> None:
        """Append the keys remembered since and sync them; quietly nothing when the data folder
        cannot be written (the keys then last as long as the room)."""
        if self.path is None:
            return
        with self._lock:
            lines, self._pending = self._pending, []
            if not lines:
                return
            try:
                if self._lines + len(lines) > 2 * MAX_KEYS:
                    self._rewrite()
                else:
                    self._append(lines)
            except OSError:
                pass

    # ---------------------------------------------------------------- inside
    def _load(self, path: Path) -> None:
        try:
            data = path.read_bytes()
        except OSError:  # none yet, or unreadable: the keys start afresh
            self._prune(path.parent)
            return
        lines = data.split(b"\n")
        whole = lines[-1] == b""  # a crash in the middle of a write leaves a torn last line
        bad = not whole
        kept = lines[:-1] if whole else lines
        try:  # every line at once (a third of the time line by line), else each alone
            entries = json.loads(b"[" + b",".join(kept) + b"]") if whole else None
        except (ValueError, RecursionError):
            entries = None
        if entries is not None and len(entries) != len(kept):  # a line of junk with commas in it
            entries = None
        for n, line in enumerate(kept):
            slot_answer = _checked(entries[n]) if entries is not None else _parsed(line)
            if slot_answer is None:
                bad = True
                continue
            slot, answer = slot_answer
            self._answers.pop(slot, None)
            self._answers[slot] = answer
            while len(self._answers) > MAX_KEYS:
                self._answers.popitem(last=False)
        self._lines = len(lines) - 1
        if bad or self._lines > 2 * MAX_KEYS:
            with contextlib.suppress(OSError):
                self._rewrite()  # whole lines only, from here on
        with contextlib.suppress(OSError):
            os.utime(path)  # used now: pruned last

    def _append(self, lines: list[str]) -> None:
        assert self.path is not None
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            os.write(fd, "".join(f"{line}\n" for line in lines).encode())
            os.fsync(fd)
        finally:
            os.close(fd)
        self._lines += len(lines)

    def _rewrite(self) -> None:
        """The file written anew with the keys kept, then put in place of the old one at once."""
        assert self.path is not None
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(f".{self.path.name}.new")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            kept = list(self._answers.items())  # (one step: the server's thread may add meanwhile)
            text = "".join(json.dumps([*slot, answer], separators=(",", ":")) + "\n" for slot, answer in kept)
            os.write(fd, text.encode())
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, self.path)
        self._lines = len(kept)
        self._prune(self.path.parent)

    def _prune(self, folder: Path) -> None:
        """At most ``MAX_FILES`` maps' keys: the files used longest ago go."""
        with contextlib.suppress(OSError):
            files = sorted(folder.glob("*.jsonl"), key=lambda f: f.stat().st_mtime)
            for old in files[: max(0, len(files) - MAX_FILES)]:
                if old != self.path:
                    old.unlink()


def _parsed(line: bytes) -> tuple[Slot, Any] | None:
    """One line of the file, or None when it is not one this module wrote (torn, changed)."""
    try:
        entry = json.loads(line)
    except (ValueError, RecursionError):
        return None
    return _checked(entry)


def _checked(entry: Any) -> tuple[Slot, Any] | None:
    if not isinstance(entry, list) or len(entry) != 4:
        return None
    kind, who, key, answer = entry
    if kind not in KINDS or not isinstance(who, str) or not isinstance(key, str):
        return None
    if kind == "cards" and not isinstance(answer, str):
        return None
    if kind == "votes":
        if not (isinstance(answer, list) and len(answer) == 2 and all(type(n) is int for n in answer)):
            return None
        answer = tuple(answer)
    return (kind, who, key), answer
