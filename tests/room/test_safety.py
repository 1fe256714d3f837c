"""The room is a server on a shared network: only the token opens it, and nothing a phone
sends can grow, flood, break or inject into the map."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from jmdesigner.model import Kind
from jmdesigner.room.rules import RateLimiter
from jmdesigner.room.server import new_token
from jmdesigner.storage.jmapfile import JmapFile
from tests.room.harness import Served, make_map_file, served_room

XSS = '<img src=x onerror="alert(1)">'


@pytest.fixture
def served(tmp_path: Path):
    with served_room(make_map_file(tmp_path / "w.jmap")) as room:
        yield room


def _cell(served: Served) -> tuple[str, str]:
    data = served.client().get("api/map").json()
    return data["stages"][0]["id"], data["lanes"][0]["id"]


def _cards_in_file(served: Served) -> int:
    served.server.stop()
    with JmapFile.open(served.path, read_only=True) as jfile:
        return jfile.document.count(Kind.CARD)


def test_the_token_is_long_and_random() -> None:
    tokens = {new_token() for _ in range(50)}
    assert len(tokens) == 50
    assert all(len(t) >= 22 and re.fullmatch(r"[A-Za-z0-9_-]+", t) for t in tokens)  # ≥ 128 bits


def test_a_wrong_token_is_a_bare_404(served: Served) -> None:
    phone = served.client()
    real = phone.get("api/map")
    token = served.server.token
    wrong = token[:-1] + ("A" if token[-1] != "A" else "B")
    for path in (
        f"/j/{wrong}/",
        f"/j/{wrong}/api/map",
        "/",
        "/j/",
        f"/j/{token}",
        "/favicon.ico",
        f"/{token}/",
    ):
        answer = phone.request("GET", path)
        assert answer.status == 404, path
        assert answer.body == b"Not found.", path
        assert b"Checkout" not in answer.body and b"Stage" not in answer.body
    posted = phone.request("POST", f"/j/{wrong}/api/cards", b"{}", {"Content-Type": "application/json"})
    assert posted.status == 404 and real.status == 200


def test_only_the_rooms_paths_are_served(served: Served) -> None:
    phone = served.client()
    base = phone.base
    for rel in (
        "../../../../etc/passwd",
        "..%2f..%2f..%2fetc%2fpasswd",
        "room.html",
        "page/room.js",
        "api/",
        "api/map/",
        "./api/map",
        "%2e%2e/%2e%2e/pyproject.toml",
        "server.py",
        "api/map%00",
    ):
        answer = phone.request("GET", base + rel)
        assert answer.status == 404, rel
        assert b"root:" not in answer.body and b"import" not in answer.body
    assert phone.request("GET", "/j/" + served.server.token + "/../../etc/passwd").status == 404


def test_a_participant_cannot_edit_or_delete_cards(served: Served) -> None:
    phone = served.client()
    stage, lane = _cell(served)
    card = phone.post("api/cards", {"stage": stage, "lane": lane, "text": "mine", "participant": "A"}).json()[
        "id"
    ]
    for method in ("PUT", "PATCH", "DELETE"):
        answer = phone.request(method, phone.base + "api/cards", b"{}", {"Content-Type": "application/json"})
        assert answer.status == 405
        assert phone.request(method, phone.base + f"api/cards/{card}").status == 404
    cards = [c for c in phone.get("api/map").json()["cards"] if c["id"] == card]
    assert cards[0]["text"] == "mine"


def test_oversize_notes_and_bodies_are_413_and_store_nothing(served: Served) -> None:
    phone = served.client()
    stage, lane = _cell(served)
    before = len(phone.get("api/map").json()["cards"])
    too_long = phone.post("api/cards", {"stage": stage, "lane": lane, "text": "é" * 2001, "participant": "A"})
    assert too_long.status == 413 and "2,000" in too_long.json()["error"]
    just_fits = phone.post(
        "api/cards", {"stage": stage, "lane": lane, "text": "é" * 2000, "participant": "A"}
    )
    assert just_fits.status == 201
    huge = json.dumps({"stage": stage, "lane": lane, "text": "x", "participant": "A", "pad": "x" * 40_000})
    answer = phone.request(
        "POST", phone.base + "api/cards", huge.encode(), {"Content-Type": "application/json"}
    )
    assert answer.status == 413
    fresh = served.client()  # the server may close a connection whose body it did not read
    long_name = fresh.post("api/cards", {"stage": stage, "lane": lane, "text": "x", "participant": "n" * 61})
    assert long_name.status == 413
    assert _cards_in_file(served) == before + 1


@pytest.mark.parametrize(
    "body",
    [b"{", b"not json", b"[]", b'"text"', b"\xff\xfe", b"[" * 5000 + b"]" * 5000, b'{"stage": 1}', b""],
)
def test_malformed_json_is_400(served: Served, body: bytes) -> None:
    phone = served.client()
    answer = phone.request("POST", phone.base + "api/cards", body, {"Content-Type": "application/json"})
    assert answer.status == 400
    assert "error" in answer.json()


def test_wrong_types_and_blank_names_are_400(served: Served) -> None:
    phone = served.client()
    stage, lane = _cell(served)
    for body in (
        {"stage": stage, "lane": lane, "text": 5, "participant": "A"},
        {"stage": stage, "lane": lane, "text": "x", "participant": "   "},
        {"stage": stage, "lane": lane, "text": "x"},
        {"stage": stage, "lane": lane, "text": "   ", "participant": "A"},
        {"stage": stage, "lane": lane, "text": "x", "participant": "A\u202e"},
        {"stage": [stage], "lane": lane, "text": "x", "participant": "A"},
    ):
        assert phone.post("api/cards", body).status == 400, body
    plain = phone.request("POST", phone.base + "api/cards", b"{}", {"Content-Type": "text/plain"})
    assert plain.status == 415


def test_a_participant_who_floods_gets_429(tmp_path: Path) -> None:
    limiter = RateLimiter(burst=5, per_second=0.01)
    with served_room(make_map_file(tmp_path / "w.jmap"), limiter=limiter) as served:
        phone = served.client()
        stage, lane = _cell(served)
        statuses = [
            phone.post(
                "api/cards", {"stage": stage, "lane": lane, "text": f"n{i}", "participant": "Flood"}
            ).status
            for i in range(8)
        ]
        assert statuses == [201] * 5 + [429] * 3
        other = phone.post("api/cards", {"stage": stage, "lane": lane, "text": "me", "participant": "Calm"})
        assert other.status == 201
        served.server.stop()
        with JmapFile.open(served.path, read_only=True) as jfile:
            texts = [c.text for c in jfile.document.cards(served.map_id) if c.from_room]
        assert sorted(texts) == ["me", "n0", "n1", "n2", "n3", "n4"]


def test_the_default_limit_allows_a_burst_then_refuses() -> None:
    now = [0.0]
    limiter = RateLimiter(clock=lambda: now[0])
    assert all(limiter.allow("a") for _ in range(limiter.burst))
    assert not limiter.allow("a")
    now[0] += 2 / limiter.per_second
    assert limiter.allow("a") and limiter.allow("a") and not limiter.allow("a")


def test_security_headers_on_every_answer(served: Served) -> None:
    phone = served.client()
    stage, lane = _cell(served)
    answers = [
        phone.get(""),
        phone.get("room.js"),
        phone.get("room.css"),
        phone.get("api/map"),
        phone.post("api/cards", {"stage": stage, "lane": lane, "text": "h", "participant": "A"}),
        phone.request("GET", "/nothing"),
    ]
    for answer in answers:
        csp = answer.headers["Content-Security-Policy"]
        assert "default-src 'none'" in csp and "script-src 'self'" in csp
        assert "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp
        assert answer.headers["Cache-Control"] == "no-store"
        assert answer.headers["X-Content-Type-Options"] == "nosniff"
        assert answer.headers["Referrer-Policy"] == "no-referrer"
        assert answer.headers["Server"] == "jmdesigner"


def test_the_page_has_no_inline_script_or_external_resource(served: Served) -> None:
    page = served.client().get("").body.decode()
    assert re.findall(r"<script[^>]*>", page) == ['<script src="room.js" defer>']
    assert "<style" not in page and " style=" not in page and "onload=" not in page
    assert not re.search(r"(src|href)=\"(https?:)?//", page)
    script = served.client().get("room.js").body.decode()
    assert "innerHTML" not in script and "insertAdjacentHTML" not in script and "eval(" not in script
    assert "http://" not in script and "https://" not in script


def test_a_script_note_stays_text_in_the_api_and_file(served: Served) -> None:
    phone = served.client()
    stage, lane = _cell(served)
    posted = phone.post("api/cards", {"stage": stage, "lane": lane, "text": XSS, "participant": XSS})
    assert posted.status == 201  # accepted, as text
    answer = phone.get("api/map")
    assert XSS in [c["text"] for c in answer.json()["cards"]]
    assert answer.headers["Content-Type"].startswith("application/json")
    served.server.stop()
    with JmapFile.open(served.path, read_only=True) as jfile:
        (card,) = [c for c in jfile.document.cards(served.map_id) if c.from_room]
    assert card.text == XSS and card.author == XSS
