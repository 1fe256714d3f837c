"""“Last changed by Ana, 2 minutes ago”: who wrote an entity of a team library last, in words.

A shared store knows, per entity, who wrote it last and when (``SharedStore.last_change``);
the inspector says it in a sentence and the canvas marks cards someone else wrote last.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from jmdesigner.i18n import translate
from jmdesigner.model import Kind
from jmdesigner.storage.store import LastChange

LastChangeOf = Callable[[Kind, str], LastChange | None]


def ago(when: datetime, now: datetime | None = None) -> str:
    """A rough age in words: “just now”, “2 minutes ago”, “yesterday”, “on 3 Nov 2026”."""
    now = now or datetime.now(UTC)
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    seconds = max(0, int((now - when).total_seconds()))
    days, hours, minutes = seconds // 86400, seconds // 3600, seconds // 60
    if days > 6:
        local = when.astimezone()
        return translate("LastChange", "on {day} {month_year}").format(
            day=local.day, month_year=local.strftime("%b %Y")
        )
    if days == 1:
        return translate("LastChange", "yesterday")
    if days:
        return translate("LastChange", "%n day(s) ago", None, days)
    if hours:
        return translate("LastChange", "%n hour(s) ago", None, hours)
    if minutes:
        return translate("LastChange", "%n minute(s) ago", None, minutes)
    return translate("LastChange", "just now")


def sentence(change: LastChange, now: datetime | None = None) -> str:
    if change.by_me:
        return translate("LastChange", "Last changed by you, {ago}").format(ago=ago(change.when, now))
    return translate("LastChange", "Last changed by {who}, {ago}").format(
        who=change.who, ago=ago(change.when, now)
    )


def others_mark(last_change: LastChangeOf) -> Callable[[str], str | None]:
    """For the canvas: a card's last writer when it is someone else, else None."""

    def mark(card_id: str) -> str | None:
        change = last_change(Kind.CARD, card_id)
        return None if change is None or change.by_me else change.who

    return mark
