"""Who changed a library card last, in words."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from jmdesigner.model import Kind
from jmdesigner.storage.store import LastChange
from jmdesigner.ui.last_change import ago, others_mark, sentence

NOW = datetime(2026, 11, 30, 16, 0, tzinfo=UTC)


def test_ages_read_as_a_person_would_say_them() -> None:
    assert ago(NOW - timedelta(seconds=20), NOW) == "just now"
    assert ago(NOW + timedelta(seconds=5), NOW) == "just now"  # a server clock a little ahead
    assert ago(NOW - timedelta(minutes=1, seconds=5), NOW) == "1 minute ago"
    assert ago(NOW - timedelta(minutes=2, seconds=59), NOW) == "2 minutes ago"
    assert ago(NOW - timedelta(hours=3), NOW) == "3 hours ago"
    assert ago(NOW - timedelta(days=1, hours=2), NOW) == "yesterday"
    assert ago(NOW - timedelta(days=4), NOW) == "4 days ago"
    assert ago(datetime(2026, 11, 3, 9, 0, tzinfo=UTC), NOW) == "on 3 Nov 2026"


def test_the_sentence_and_the_canvas_mark_name_someone_else_only() -> None:
    ana = LastChange("Ana", NOW - timedelta(minutes=2), by_me=False)
    mine = LastChange("Ben", NOW, by_me=True)
    assert sentence(ana, NOW) == "Last changed by Ana, 2 minutes ago"
    assert sentence(mine, NOW) == "Last changed by you, just now"
    known = {"a": ana, "b": mine}
    mark = others_mark(lambda kind, i: known.get(i) if kind is Kind.CARD else None)
    assert [mark("a"), mark("b"), mark("c")] == ["Ana", None, None]
