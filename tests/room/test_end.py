"""Ending the workshop over real HTTP on loopback: every open page is told, a note already handed
to the document's owner lands, a note sent after the end is refused with the thanks (the phone
keeps its text), and the link retires as ended: a later room has a new one (docs/room.md)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from jmdesigner.room.links import RoomLinks, digest, document_key
from jmdesigner.room.server import ENDED
from jmdesigner.storage.jmapfile import JmapFile
from tests.room.harness import Answer, Client, Served, make_map_file, next_event, served_room, skip_hello


def _cell(served: Served) -> tuple[str, str]:
    data = served.client().get("api/map").json()
    return data["stages"][0]["id"], next(la["id"] for la in data["lanes"] if la["kind"] == "touchpoints")


def _wait(condition: Callable[[], bool], what: str) -> None:
    for _ in range(2000):
        if condition():
            return
        threading.Event().wait(0.005)
    raise AssertionError(what)


def test_the_end_thanks_the_pages_keeps_the_note_in_flight_and_refuses_the_next(tmp_path: Path) -> None:
    path = make_map_file(tmp_path / "w.jmap")
    with served_room(path) as served, ThreadPoolExecutor(2) as pool:
        stage, lane = _cell(served)
        listener = served.client()
        listener.conn.request("GET", listener.base + "api/events")
        stream = listener.conn.getresponse()
        skip_hello(stream)
        jobs = served.server.jobs
        gate = threading.Event()
        busy = jobs.submit(lambda: gate.wait(20))  # the owner is busy (the canvas painting, say)
        _wait(lambda: busy.running(), "the owner took the first job")

        def note(text: str) -> Answer:
            return Client(served.url).post(
                "api/cards", {"stage": stage, "lane": lane, "text": text, "participant": "Ana"}
            )

        in_flight = pool.submit(note, "sent in the last second")
        _wait(lambda: len(jobs) == 1, "the last-second note waits for the owner")
        served.server.end()
        assert next_event(stream) == [b"event: ended\n", b'data: {"type":"ended"}\n']
        late = note("sent after the end")
        assert (late.status, late.json()) == (410, {"error": ENDED, "ended": True})
        assert served.client().get("api/map").status == 410
        gate.set()
        landed = in_flight.result(20)
        assert landed.status == 201, landed.body  # handed on before the end: it lands
        listener.close()
    with JmapFile.open(path, read_only=True) as jfile:
        texts = [c.text for c in jfile.document.cards(served.map_id)]
        assert "sent in the last second" in texts and "sent after the end" not in texts


def test_an_ended_workshops_link_is_told_so_by_the_next_room(tmp_path: Path) -> None:
    path = make_map_file(tmp_path / "w.jmap")
    where = document_key(path, path.name)
    links = RoomLinks(tmp_path / "links.json")
    old = links.link(where, "m")
    new = links.renew(where, "m", ended=True)
    assert new.token != old.token and new.ended == (digest(old.token),) and new.retired == ()
    assert RoomLinks(tmp_path / "links.json").link(where, "m").ended == new.ended  # kept across sessions
    replaced = links.renew(where, "m")  # a later New Link is a replacement, not an end
    assert replaced.retired == (digest(new.token),) and replaced.ended == new.ended
    with served_room(
        path, token=replaced.token, retired=frozenset(replaced.retired), ended=frozenset(replaced.ended)
    ) as served:
        base = served.url.replace(replaced.token, old.token)
        answer = Client(base).get("api/map")
        assert (answer.status, answer.json()) == (410, {"error": ENDED, "ended": True})
        assert Client(served.url.replace(replaced.token, new.token)).get("api/map").json()["replaced"] is True
        assert served.client().get("api/map").status == 200
