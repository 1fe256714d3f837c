"""An event stream lasts a few minutes at most, and the next one resumes where it ended: a phone
that sleeps (it still answers at the network level) never holds one of the room's streams for
longer, and a phone that is awake misses nothing and gets nothing twice (real HTTP on loopback,
with a lifetime of a fraction of a second)."""

from __future__ import annotations

import http.client
import json
import socket
import time
from pathlib import Path
from urllib.parse import quote

import pytest

from jmdesigner.room import rules, server
from tests.room.harness import Served, make_map_file, served_room


def _open(served: Served, since: str | None = None, last: str | None = None) -> http.client.HTTPResponse:
    phone = served.client()
    query = f"?since={quote(since)}" if since else ""
    phone.conn.request(
        "GET", phone.base + "api/events" + query, headers={"Last-Event-ID": last} if last else {}
    )
    stream = phone.conn.getresponse()
    assert stream.status == 200 and stream.readline() == b"retry: 2000\n" and stream.readline() == b"\n"
    return stream


def _events(stream: http.client.HTTPResponse) -> list[tuple[str, str, dict]]:
    """The stream's events, (id, type, data), until the room ends it (its lifetime is over)."""
    events: list[tuple[str, str, dict]] = []
    fields: dict[str, str] = {}
    for _ in range(10_000):  # bounded: a stream that never ends fails the test
        line = stream.readline()
        if not line:
            return events
        if line == b"\n":
            if "event" in fields:
                events.append((fields.get("id", ""), fields["event"], json.loads(fields["data"])))
            fields = {}
        elif not line.startswith(b":"):
            name, _colon, value = line.decode().rstrip("\n").partition(": ")
            fields[name] = value
    raise AssertionError("the stream did not end")


def _note(served: Served, text: str) -> None:
    phone = served.client()
    data = phone.get("api/map").json()
    note = {
        "stage": data["stages"][0]["id"],
        "lane": data["lanes"][0]["id"],
        "text": text,
        "participant": "Ana",
    }
    assert phone.post("api/cards", note).status == 201


def test_a_stream_ends_after_its_lifetime_and_the_next_resumes_where_it_ended(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(server, "STREAM_LIFETIME", 0.5)
    with served_room(make_map_file(tmp_path / "w.jmap")) as served:
        started = time.monotonic()
        first = _events(_open(served))  # afresh: a number to resume from, then the end
        lasted = time.monotonic() - started
        assert 0.35 < lasted < 5 and [kind for _id, kind, _data in first] == ["hello", "renew"]
        assert served.server.listeners == 0  # its place is free at once
        since = first[0][0]
        _note(served, "Posted between two streams")  # nobody follows the map meanwhile
        second = _events(_open(served, since=since))
        cards = [data["card"]["text"] for _id, kind, data in second if kind == "card"]
        assert cards == ["Posted between two streams"] and second[-1][1] == "renew"
        assert not {"hello", "map"} & {kind for _id, kind, _data in second}
        last = next(i for i, kind, _data in reversed(second) if i)
        # the browser reconnecting by itself sends Last-Event-ID (over the page's since): nothing
        # came since, so nothing is sent again
        again = _events(_open(served, since=since, last=last))
        assert [kind for _id, kind, _data in again] == ["renew"]
        # a number of another room (or of this link before the app restarted): reload it all
        elsewhere = _events(_open(served, since="0badc0de-3"))
        assert [kind for _id, kind, _data in elsewhere] == ["map", "renew"]
        for junk in ("junk", f"{since.split('-')[0]}-²", f"{since.split('-')[0]}-99"):  # (not yet)
            assert _events(_open(served, since=junk))[0][1] == "map"


def test_a_stream_too_far_behind_reloads_the_map(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(server, "STREAM_LIFETIME", 0.3)
    monkeypatch.setattr(server, "REPLAY_EVENTS", 2)  # the events kept for streams that resume
    with served_room(make_map_file(tmp_path / "w.jmap")) as served:
        since = _events(_open(served))[0][0]
        _note(served, "one")
        kept = _events(_open(served, since=since))
        assert [kind for _id, kind, _data in kept] == ["card", "renew"]
        for text in ("two", "three"):
            _note(served, text)
        behind = _events(_open(served, since=since))  # "one" is no longer kept
        assert [kind for _id, kind, _data in behind] == ["map", "renew"]


def test_sleeping_phones_give_their_streams_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Phones that opened the stream and then only sleep (they read nothing, their connections
    stay up): once their streams' lifetime is over, the room has room for phones that are there.
    Before, the room stayed full (503) for as long as they slept."""
    monkeypatch.setattr(server, "STREAM_LIFETIME", 0.5)
    monkeypatch.setattr(rules, "MAX_LISTENERS", 3)
    with served_room(make_map_file(tmp_path / "w.jmap")) as served:
        path = served.url.split(str(served.server.port), 1)[1] + "api/events"
        asleep = []
        for _ in range(3):
            phone = socket.create_connection((served.server.host, served.server.port), timeout=10)
            phone.sendall(f"GET {path} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
            asleep.append(phone)
        deadline = time.monotonic() + 5
        while served.server.listeners < 3 and time.monotonic() < deadline:
            time.sleep(0.01)
        newcomer = served.client()
        assert newcomer.get("api/events").status == 503  # full
        while served.server.listeners and time.monotonic() < deadline:
            time.sleep(0.02)
        assert served.server.listeners == 0
        assert _open(served).status == 200  # there is room again
        for phone in asleep:
            phone.close()


def test_a_stream_opened_after_the_map_was_read_starts_after_the_map(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The map says the last event before it was read: a stream resumed from there gets what
    changed since, even when it opened later (the page's map and stream go out together)."""
    monkeypatch.setattr(server, "STREAM_LIFETIME", 0.3)
    with served_room(make_map_file(tmp_path / "w.jmap")) as served:
        read = served.client().get("api/map").json()["event"]
        _note(served, "Between the map and the stream")
        events = _events(_open(served, since=read))
    assert [kind for _id, kind, _data in events] == ["card", "renew"]
    assert events[0][2]["card"]["text"] == "Between the map and the stream"
