"""The room's JSON API over real HTTP on loopback; every write checked in the saved file."""

from __future__ import annotations

from pathlib import Path

import pytest

from jmdesigner.model import Kind, LaneKind
from jmdesigner.room.session import RoomSettings
from jmdesigner.storage.jmapfile import JmapFile
from tests.room.harness import Served, make_map_file, served_room


@pytest.fixture
def served(tmp_path: Path):
    with served_room(make_map_file(tmp_path / "w.jmap"), RoomSettings(dots=2)) as room:
        yield room


def _ids(served: Served) -> tuple[str, str, str]:
    data = served.client().get("api/map").json()
    lane = next(lane for lane in data["lanes"] if lane["kind"] == "touchpoints")
    return data["stages"][0]["id"], data["stages"][1]["id"], lane["id"]


def test_map_has_the_documented_shape(served: Served) -> None:
    answer = served.client().get("api/map")
    assert answer.status == 200
    assert answer.headers["Content-Type"].startswith("application/json")
    data = answer.json()
    assert data["title"] == "Checkout"
    assert [s["name"] for s in data["stages"]] == ["Stage 1", "Stage 2", "Stage 3"]
    assert {"id", "name"} == set(data["stages"][0])
    assert [(lane["name"], lane["kind"]) for lane in data["lanes"]][:2] == [
        ("Touchpoints", "touchpoints"),
        ("Emotions", "emotions"),
    ]
    assert {"id", "stage", "lane", "text", "votes"} == set(data["cards"][0])
    assert data["dir"] == "ltr" and data["scale"] == {"min": -5, "max": 5} and data["dots"] == 2


def test_a_note_is_a_marked_card_in_the_file(served: Served) -> None:
    stage, _, lane = _ids(served)
    phone = served.client()
    answer = phone.post(
        "api/cards", {"stage": stage, "lane": lane, "text": "  Queue too long  ", "participant": "Ana"}
    )
    assert answer.status == 201
    card_id = answer.json()["id"]
    assert any(
        c["id"] == card_id and c["text"] == "Queue too long" for c in phone.get("api/map").json()["cards"]
    )
    served.server.stop()
    with JmapFile.open(served.path, read_only=True) as jfile:
        card = jfile.document.card(card_id)
    assert (card.text, card.author, card.from_room, card.stage_id, card.lane_id) == (
        "Queue too long",
        "Ana",
        True,
        stage,
        lane,
    )


def test_votes_spend_a_budget_then_409(served: Served) -> None:
    stage, _, lane = _ids(served)
    phone = served.client()
    card_id = phone.post(
        "api/cards", {"stage": stage, "lane": lane, "text": "x", "participant": "Bo"}
    ).json()["id"]
    first = phone.post("api/votes", {"card": card_id, "participant": "Bo"})
    assert first.status == 201 and first.json() == {"card": card_id, "votes": 1, "dots_left": 1}
    assert phone.post("api/votes", {"card": card_id, "participant": "Bo"}).status == 201
    spent = phone.post("api/votes", {"card": card_id, "participant": "Bo"})
    assert spent.status == 409 and "dots" in spent.json()["error"]
    assert phone.post("api/votes", {"card": card_id, "participant": "Cy"}).status == 201  # her own dots
    assert phone.post("api/votes", {"card": "nope", "participant": "Cy"}).status == 404
    assert phone.get("api/map?participant=Bo").json()["dots_left"] == 0
    served.server.stop()
    with JmapFile.open(served.path, read_only=True) as jfile:
        assert jfile.document.card(card_id).votes == 3


def test_feelings_make_the_room_curve_and_a_later_rating_replaces(served: Served) -> None:
    stage, other, _ = _ids(served)
    phone = served.client()
    for who, score in (("Ana", 4), ("Bo", -2), ("Cy", 1), ("Ana", 2)):
        assert phone.post("api/feelings", {"stage": stage, "score": score, "participant": who}).status == 201
    assert phone.post("api/feelings", {"stage": other, "score": 5, "participant": "Bo"}).status == 201
    assert phone.post("api/feelings", {"stage": other, "score": 6, "participant": "Bo"}).status == 400
    assert phone.post("api/feelings", {"stage": other, "score": 2.5, "participant": "Bo"}).status == 400
    served.server.stop()
    with JmapFile.open(served.path, read_only=True) as jfile:
        doc = jfile.document
        room = doc.persona_by_name("Room")
        assert room is not None and room.id in doc.map(served.map_id).persona_ids
        point = doc.point_at(room.id, stage)
        assert point is not None and point.score == pytest.approx(1 / 3, abs=0.01)  # (2 - 2 + 1) / 3
        assert point.note.startswith("Room: mean 0.33 on -5..5 (n = 3, SD 2.08, min -2, max 2)")
        assert doc.point_at(room.id, other).score == 5


def test_notes_cannot_go_to_the_emotions_lane_or_elsewhere(served: Served) -> None:
    data = served.client().get("api/map").json()
    stage = data["stages"][0]["id"]
    emotions = next(lane["id"] for lane in data["lanes"] if lane["kind"] == LaneKind.EMOTIONS)
    phone = served.client()
    assert (
        phone.post("api/cards", {"stage": stage, "lane": emotions, "text": "x", "participant": "A"}).status
        == 400
    )
    assert (
        phone.post("api/cards", {"stage": "zz", "lane": emotions, "text": "x", "participant": "A"}).status
        == 404
    )


def test_each_change_is_a_server_sent_event(served: Served) -> None:
    stage, _, lane = _ids(served)
    listener = served.client()
    listener.conn.request("GET", listener.base + "api/events")
    stream = listener.conn.getresponse()
    assert stream.status == 200 and stream.headers["Content-Type"].startswith("text/event-stream")
    assert stream.readline() == b"retry: 2000\n"
    assert stream.readline() == b"\n"
    hello = [stream.readline() for _ in range(4)]  # the number a stream that resumes starts after
    assert hello[0].startswith(b"id: ") and hello[1:] == [
        b"event: hello\n",
        b'data: {"type":"hello"}\n',
        b"\n",
    ]
    served.client().post("api/cards", {"stage": stage, "lane": lane, "text": "live", "participant": "Ana"})
    lines = [stream.readline() for _ in range(3)]
    assert lines[0].startswith(b"id: ") and lines[0] != hello[0] and lines[1] == b"event: card\n"
    assert b'"text":"live"' in lines[2]
    listener.close()


def test_the_document_counts_only_what_was_accepted(served: Served) -> None:
    stage, _, lane = _ids(served)
    phone = served.client()
    before = len(phone.get("api/map").json()["cards"])
    phone.post("api/cards", {"stage": stage, "lane": lane, "text": "y" * 2001, "participant": "A"})
    phone.post("api/cards", {"stage": stage, "lane": lane, "text": "ok", "participant": "A"})
    served.server.stop()
    with JmapFile.open(served.path, read_only=True) as jfile:
        assert jfile.document.count(Kind.CARD) == before + 1


def test_the_page_follows_the_maps_language_direction(tmp_path: Path) -> None:
    from jmdesigner.room.session import text_direction

    assert text_direction("123 — ", "רכישה") == "rtl"
    assert text_direction("٣ الشراء") == "rtl"
    assert text_direction("Checkout", "רכישה") == "ltr"
    assert text_direction("", "2024") == "ltr"
    with served_room(make_map_file(tmp_path / "he.jmap", "מסע הלקוח")) as served:
        assert served.client().get("api/map").json()["dir"] == "rtl"


def test_a_note_past_the_files_card_limit_is_a_503_sentence_and_the_file_is_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The room's writes share one transaction per slice: the file's limit refuses it whole, and
    the phone is told why in one sentence (the limit lowered to the file's cards: 100,000 cards
    take too long to build here)."""
    from jmdesigner.storage import file_limits

    path = make_map_file(tmp_path / "full.jmap")
    with JmapFile.open(path, read_only=True) as jfile:
        cards = jfile.document.count(Kind.CARD)
    before = path.read_bytes()
    monkeypatch.setitem(file_limits.MAX_ROWS, "cards", cards)
    with served_room(path) as served:
        stage, _, lane = _ids(served)
        answer = served.client().post(
            "api/cards", {"stage": stage, "lane": lane, "text": "One more", "participant": "Ana"}
        )
        assert answer.status == 503
        said = answer.json()["error"]
        assert said.startswith("The map could not take that: This change was not made: full.jmap would then")
        assert f"hold {cards + 1:,} cards, more than the {cards:,} a .jmap file holds" in said
    assert path.read_bytes() == before


def test_a_retried_note_or_dot_with_its_key_lands_once(served: Served) -> None:
    """A phone whose Wi-Fi drops as it sends never hears the answer and sends the same note
    again with the same key: one card, the first answer. The first phone hung up before its
    answer, and eight copies arrive at once; a dot retried likewise spends one dot."""
    import json
    import socket
    from concurrent.futures import ThreadPoolExecutor

    stage, _, lane = _ids(served)
    note = {"stage": stage, "lane": lane, "text": "Lost in the lift", "participant": "Ana"}
    note["key"] = "k-0123456789"
    body = json.dumps(note).encode()
    host, port = served.server.host, served.server.port
    with socket.create_connection((host, port)) as raw:  # sends, then the line drops
        raw.sendall(
            f"POST {served.url.split(str(port), 1)[1]}api/cards HTTP/1.1\r\nHost: {host}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n".encode()
            + body
        )
    with ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(lambda _: served.client().post("api/cards", note), range(8)))
    assert {a.status for a in answers} == {201}
    (card_id,) = {a.json()["id"] for a in answers}
    phone = served.client()
    assert phone.post("api/cards", note).json()["id"] == card_id
    other = phone.post("api/cards", {**note, "participant": "Bo"})  # the key is the participant's own
    assert other.status == 201 and other.json()["id"] != card_id
    again = phone.post("api/cards", {**note, "key": "k-another-note"})  # a new note, same words
    assert again.status == 201 and again.json()["id"] not in (card_id, other.json()["id"])
    dot = {"card": card_id, "participant": "Ana", "key": "d-0123456789"}
    assert [phone.post("api/votes", dot).json()["dots_left"] for _ in range(3)] == [1, 1, 1]
    assert phone.post("api/cards", {**note, "key": "bad key\n"}).status == 400
    served.server.stop()
    with JmapFile.open(served.path, read_only=True) as jfile:
        doc = jfile.document
        mine = [c for c in doc.cards(served.map_id) if c.text == "Lost in the lift"]
    assert sorted((c.author, c.votes) for c in mine) == [("Ana", 0), ("Ana", 1), ("Bo", 0)]
