"""“Last changed by Ana, 2 minutes ago”: who wrote an entity of a team library last, in words.

A shared store knows, per entity, who wrote it last and when (``SharedStore.last_change``);
the inspector says it in a sentence and the canvas marks cards someone else wrote last.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from jmdesigner.model import Kind
from jmdesigner.storage.store import LastChange

LastChangeOf = Callable[[Kind, str], LastChange | None]


def ago(when: datetime, now: datetime | None = None) -> str:
    """A rough age in words: “just now”, “2 minutes ago”, “yesterday”, “on 3 Nov 2026”."""
    now = now or datetime.now(UTC)
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    seconds = max(0, int((now - when).total_seconds()))
    if seconds < 60:
        return "just now"
    for size, unit in ((86400, "day"), (3600, "hour"), (60, "minute")):
        count = seconds // size
        if count:
            if unit == "day" and count == 1:
                return "yesterday"
            if unit == "day" and count > 6:
                local = when.astimezone()
                return f"on {local.day} {local.strftime('%b %Y')}"
            return f"{count} {unit}{'s' if count > 1 else ''} ago"
    return "just now"  # pragma: no cover - the loop always returns


def sentence(change: LastChange, now: datetime | None = None) -> str:
    who = "you" if change.by_me else change.who
    return f"Last changed by {who}, {ago(change.when, now)}"


def others_mark(last_change: LastChangeOf) -> Callable[[str], str | None]:
    """For the canvas: a card's last writer when it is someone else, else None."""

    def mark(card_id: str) -> str | None:
        change = last_change(Kind.CARD, card_id)
        return None if change is None or change.by_me else change.who

    return mark
