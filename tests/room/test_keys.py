"""A phone's retry keys outlive the app: a note whose answer was lost when the facilitator's app
went down lands once when the phone sends it again to the room opened anew (real HTTP on loopback)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from jmdesigner.room import keys as room_keys
from jmdesigner.room.keys import RequestKeys, keys_path
from jmdesigner.room.session import RoomSettings
from jmdesigner.storage.jmapfile import JmapFile
from tests.room.harness import Client, Served, make_map_file, served_room


def _cell(served: Served) -> tuple[str, str]:
    data = served.client().get("api/map").json()
    lane = next(lane for lane in data["lanes"] if lane["kind"] == "touchpoints")
    return data["stages"][0]["id"], lane["id"]


def _texts(path: Path, text: str) -> list[tuple[str, str, int]]:
    with JmapFile.open(path, read_only=True) as jfile:
        doc = jfile.document
        every = [c for m in doc.maps() for c in doc.every_card(m.id)]
    return sorted((c.id, c.author, c.votes) for c in every if c.text == text)


def test_a_note_sent_again_after_the_room_reopened_lands_once(tmp_path: Path) -> None:
    """Same link, then a new room for the map (a new link): the key is answered with the first
    answer both times, and a dot's key spends one dot."""
    path = make_map_file(tmp_path / "w.jmap")
    journal = tmp_path / "keys" / "w.jsonl"
    with served_room(path, RoomSettings(dots=3), token="t" * 32, keys=RequestKeys(journal)) as served:
        stage, lane = _cell(served)
        note = {
            "stage": stage,
            "lane": lane,
            "text": "Lost with the laptop",
            "participant": "Ana",
            "key": "k-" + "1" * 20,
        }
        first = served.client().post("api/cards", note)
        assert first.status == 201
        card_id = first.json()["id"]
        dot = {"card": card_id, "participant": "Ana", "key": "d-" + "2" * 20}
        assert served.client().post("api/votes", dot).json() == {"card": card_id, "votes": 1, "dots_left": 2}
    assert journal.stat().st_mode & 0o777 == 0o600
    for token in ("t" * 32, "u" * 32):  # the app restarted: the same link, or a new room's
        with served_room(path, RoomSettings(dots=3), token=token, keys=RequestKeys(journal)) as served:
            phone = served.client()
            again = phone.post("api/cards", note)
            assert again.status == 201 and again.json() == {"id": card_id, "held": False}
            assert phone.post("api/votes", dot).json() == {"card": card_id, "votes": 1, "dots_left": 2}
            other = phone.post("api/cards", {**note, "key": "k-" + "3" * 20})  # a new note, same words
            assert other.status == 201 and other.json()["id"] != card_id
    texts = _texts(path, "Lost with the laptop")
    assert len(texts) == 2 and (card_id, "Ana", 1) in texts


def test_a_note_whose_key_never_reached_the_disk_still_lands_once(tmp_path: Path) -> None:
    """The app died after the note's save and before its key's: the note's card id is made from
    its key, so the retry finds it on the map (also held in the inbox) and writes nothing."""
    path = make_map_file(tmp_path / "w.jmap")
    for hold in (False, True):
        note = {"participant": "Bo", "text": f"held {hold}", "key": f"key-held-{hold}"}
        with served_room(path, RoomSettings(hold=hold), keys=RequestKeys()) as served:  # keys in memory only
            stage, lane = _cell(served)
            note.update(stage=stage, lane=lane)
            card_id = served.client().post("api/cards", note).json()["id"]
        with served_room(path, RoomSettings(hold=hold), keys=RequestKeys()) as served:
            assert served.client().post("api/cards", note).json()["id"] == card_id
        assert [c[0] for c in _texts(path, f"held {hold}")] == [card_id]


def test_the_keys_file_survives_a_torn_line_and_stays_bounded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = tmp_path / "k.jsonl"
    keys = RequestKeys(journal)
    keys.remember(("cards", "Ana", "key-00000001"), "c1")
    keys.remember(("votes", "Ana", "key-00000002"), (2, 1))
    keys.write()
    with journal.open("ab") as torn:  # a crash in the middle of the next write
        torn.write(b'["cards","Ana","key-000')
    with journal.open("ab") as junk:
        junk.write(b"\n[1,2]\nnot json\n")
    assert len(RequestKeys(journal)) == 2
    with journal.open("ab") as junk:  # whole lines, one of them two values: read line by line
        junk.write(b'"a","b"\n')
    again = RequestKeys(journal)
    assert again.answer(("cards", "Ana", "key-00000001")) == "c1"
    assert again.answer(("votes", "Ana", "key-00000002")) == (2, 1)
    assert len(again) == 2 and journal.read_bytes().count(b"\n") == 2  # written whole again
    monkeypatch.setattr(room_keys, "MAX_KEYS", 5)
    for i in range(30):
        again.remember(("cards", "Bo", f"key-bo-{i:04}"), f"c{i}")
        again.write()
    assert len(again) == 5 and journal.read_bytes().count(b"\n") <= 10
    last = RequestKeys(journal)
    assert (
        last.answer(("cards", "Bo", "key-bo-0029")) == "c29"
        and last.answer(("cards", "Bo", "key-bo-0020")) is None
    )


def test_an_unwritable_keys_folder_leaves_the_room_working(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    path = make_map_file(tmp_path / "w.jmap")
    with served_room(path, keys=RequestKeys(blocker / "k.jsonl")) as served:
        stage, lane = _cell(served)
        note = {"stage": stage, "lane": lane, "text": "still fine", "participant": "Cy", "key": "key-cy-0001"}
        answers = [served.client().post("api/cards", note) for _ in range(2)]
    assert [a.status for a in answers] == [201, 201] and answers[0].json() == answers[1].json()


def test_the_headless_room_killed_mid_workshop_takes_a_retried_note_once(tmp_path: Path) -> None:
    """``jmdesigner room`` killed outright (SIGKILL: no clean shutdown) after a note landed whose
    answer the phone never read; started again, the phone's retry lands once."""
    path = make_map_file(tmp_path / "w.jmap")

    def start() -> tuple[subprocess.Popen[str], str]:
        proc = subprocess.Popen(
            [sys.executable, "-m", "jmdesigner", "room", str(path), "--host", "127.0.0.1"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            text=True,
        )
        assert proc.stdout is not None
        return proc, proc.stdout.readline().strip()

    proc, url = start()
    try:
        data = Client(url).get("api/map").json()
        note = {
            "stage": data["stages"][0]["id"],
            "lane": data["lanes"][0]["id"],
            "text": "Sent as it crashed",
        }
        note.update(participant="Ana", key="key-crash-0001")
        card_id = Client(url).post("api/cards", note).json()["id"]  # (the phone never read this)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(30)
        proc, again = start()
        assert again == url  # the same link
        answer = Client(url).post("api/cards", note)
        assert answer.status == 201 and answer.json()["id"] == card_id
        proc.send_signal(signal.SIGTERM)
        proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert [c[0] for c in _texts(path, "Sent as it crashed")] == [card_id]
    assert len(list((Path(os.environ["JMDESIGNER_DATA_DIR"]) / "room-keys").glob("*.jsonl"))) == 1
    assert keys_path("x", "y").parent.name == "room-keys"


def test_a_phone_learns_its_note_landed_from_the_stream_and_from_the_map(tmp_path: Path) -> None:
    """The answer may be lost, but the room tells the phone otherwise: a ``landed`` event with the
    note's key on the live stream, and ``"landed"`` in the map it reads with its key (also after
    the app restarted); another participant's key is not theirs."""
    path = make_map_file(tmp_path / "w.jmap")
    journal = tmp_path / "k.jsonl"
    with served_room(path, keys=RequestKeys(journal)) as served:
        stage, lane = _cell(served)
        key = "k-landed-0001"
        asked = f"api/map?participant=Ana&key={key}"
        phone = served.client()
        assert phone.get(asked).json()["landed"] is False
        listener = served.client()
        listener.conn.request("GET", listener.base + "api/events")
        stream = listener.conn.getresponse()
        assert stream.readline() == b"retry: 2000\n"
        note = {"stage": stage, "lane": lane, "text": "told", "participant": "Ana", "key": key}
        assert phone.post("api/cards", note).status == 201
        events = []
        while not any(line.startswith(b"event: landed") for line in events):
            events.append(stream.readline())
        data = stream.readline()
        assert data.startswith(b"data: ") and json.loads(data[6:]) == {
            "type": "landed",
            "key": key,
            "held": False,
        }
        assert b"event: card\n" in events  # the card first, then its phone's word
        listener.close()
        assert phone.get(asked).json()["landed"] is True
        assert phone.get(f"api/map?participant=Bo&key={key}").json()["landed"] is False
        assert phone.get("api/map?participant=Ana&key=bad%20key").status == 400
        assert "landed" not in phone.get("api/map?participant=Ana").json()
    with served_room(path, keys=RequestKeys(journal)) as served:
        assert served.client().get(asked).json()["landed"] is True  # the app restarted


def _dots(path: Path, card_id: str) -> tuple[int, tuple[str, ...]]:
    with JmapFile.open(path, read_only=True) as jfile:
        card = jfile.document.card(card_id)
        return card.votes, card.room_votes


def test_a_dot_whose_key_never_reached_the_disk_still_counts_once(tmp_path: Path) -> None:
    """The app died after the dot's save and before its key's: the dot is recorded on its card
    under an entry made from its key, so the retry (even with every dot spent by then) finds it
    and writes nothing; the participant's budget and the room's tally count it once, as the
    giver's; a new key is a new dot; another participant's same key is theirs."""
    path = make_map_file(tmp_path / "w.jmap")
    with served_room(path, RoomSettings(dots=2), keys=RequestKeys()) as served:  # keys in memory only
        stage, lane = _cell(served)
        note = {"stage": stage, "lane": lane, "text": "dotted", "participant": "Ana", "key": "note-key-01"}
        card_id = served.client().post("api/cards", note).json()["id"]
        dot = {"card": card_id, "participant": "Bo", "key": "dot-key-0001"}
        phone = served.client()
        assert phone.post("api/votes", dot).json() == {"card": card_id, "votes": 1, "dots_left": 1}
        assert phone.post("api/votes", dot).json() == {"card": card_id, "votes": 1, "dots_left": 1}
    votes, entries = _dots(path, card_id)
    assert (
        votes == 1 and len(entries) == 1 and entries[0].startswith("Bo\x1f") and "dot-key" not in entries[0]
    )
    with served_room(path, RoomSettings(dots=2), keys=RequestKeys()) as served:
        phone = served.client()
        assert phone.post("api/votes", dot).json() == {"card": card_id, "votes": 1, "dots_left": 1}
        second = {**dot, "key": "dot-key-0002"}
        assert phone.post("api/votes", second).json() == {"card": card_id, "votes": 2, "dots_left": 0}
        assert phone.post("api/votes", {**dot, "key": "dot-key-0003"}).status == 409  # all spent
        assert phone.post("api/votes", dot).json()["votes"] == 1  # its first answer, nothing written
        assert phone.post("api/votes", {**dot, "participant": "Cy"}).json()["votes"] == 3
        assert phone.get("api/map?participant=Bo").json()["dots_left"] == 0
        people = served.server.room.participants
        assert {name: p.votes for name, p in people.items()} == {"Ana": 0, "Bo": 2, "Cy": 1}
    assert _dots(path, card_id)[0] == 3


def test_a_dot_taken_back_is_taken_back_once(tmp_path: Path) -> None:
    """A participant takes back a dot (a double tap, the wrong card) by the key it was given with:
    the card loses that dot and the dot is theirs to give again; sent again (a lost answer, also
    after the app restarted) nothing more is taken; another participant cannot take it back."""
    path = make_map_file(tmp_path / "w.jmap")
    with served_room(path, RoomSettings(dots=2), keys=RequestKeys()) as served:
        stage, lane = _cell(served)
        note = {"stage": stage, "lane": lane, "text": "double tapped", "participant": "Ana"}
        card_id = served.client().post("api/cards", note).json()["id"]
        phone = served.client()
        for key in ("dot-key-0001", "dot-key-0002"):  # a double tap: both dots on one card
            assert phone.post("api/votes", {"card": card_id, "participant": "Bo", "key": key}).status == 201
        back = {"card": card_id, "participant": "Bo", "dot": "dot-key-0002"}
        assert phone.post("api/unvotes", {**back, "participant": "Cy"}).json()["votes"] == 2  # not hers
        answer = phone.post("api/unvotes", back)
        assert (answer.status, answer.json()) == (200, {"card": card_id, "votes": 1, "dots_left": 1})
        assert phone.post("api/unvotes", back).json() == {"card": card_id, "votes": 1, "dots_left": 1}
        assert phone.post("api/unvotes", {**back, "dot": None}).status == 400
        assert phone.post("api/unvotes", {**back, "card": "gone"}).status == 404
    with served_room(path, RoomSettings(dots=2), keys=RequestKeys()) as served:
        phone = served.client()
        assert phone.post("api/unvotes", back).json() == {"card": card_id, "votes": 1, "dots_left": 1}
        assert served.server.room.participants["Bo"].votes == 1
        other = {"card": card_id, "participant": "Bo", "dot": "dot-key-0001"}
        assert phone.post("api/unvotes", other).json() == {"card": card_id, "votes": 0, "dots_left": 2}
    assert _dots(path, card_id) == (0, ())
