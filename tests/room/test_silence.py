"""Phones that go silent never hold the room's connections for long: a connection that sends no
request, an event stream whose phone stopped reading, and one whose phone vanished from the network
(no packet comes back at all) are dropped in bounded time, and new phones get in (real sockets)."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from jmdesigner.room import rules, server
from tests.room.harness import Served, make_map_file, served_room

ROOT = Path(__file__).resolve().parents[2]


def _raw(served: Served, timeout: float = 10) -> socket.socket:
    phone = socket.create_connection((served.server.host, served.server.port), timeout=timeout)
    return phone


def _request(served: Served, rel: str) -> bytes:
    path = served.url.split(str(served.server.port), 1)[1] + rel
    return f"GET {path} HTTP/1.1\r\nHost: {served.server.host}\r\n\r\n".encode()


def _closed_within(phone: socket.socket) -> float:
    """Seconds until the server closes ``phone`` (reading whatever it sends first)."""
    start = time.monotonic()
    while phone.recv(65536):
        pass
    return time.monotonic() - start


def test_connections_that_send_no_request_are_closed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing sent, half a request, or a finished request and then silence: each is closed after
    the idle limit (0.5 s here, 30 s in a room; before, an hour)."""
    monkeypatch.setattr(server, "IDLE_TIMEOUT", 0.5)
    with served_room(make_map_file(tmp_path / "w.jmap")) as served:
        silent, half, done, body = _raw(served), _raw(served), _raw(served), _raw(served)
        half.sendall(_request(served, "api/map")[:20])
        done.sendall(_request(served, "api/map"))
        assert done.recv(65536).startswith(b"HTTP/1.1 200")
        body.sendall(_post(served, 100) + b'{"stage": ')  # and the rest never comes
        for phone in (silent, half, done, body):
            assert _closed_within(phone) < 5  # (a timeout of the socket's 10 s raises instead)
            phone.close()


def test_a_note_cut_in_pieces_on_its_way_is_read_whole(tmp_path: Path) -> None:
    """A slow network delivers a note's body in pieces: the room waits for all of it (it read the
    first piece alone and refused the note as not JSON)."""
    with served_room(make_map_file(tmp_path / "w.jmap")) as served:
        data = served.client().get("api/map").json()
        note = {"stage": data["stages"][0]["id"], "lane": data["lanes"][0]["id"], "participant": "Ana"}
        note["text"] = "Ünïcode " * 200
        body = json.dumps(note).encode()
        with _raw(served) as phone:
            phone.sendall(_post(served, len(body)) + body[:700])
            time.sleep(0.2)  # (the pieces arrive apart)
            phone.sendall(body[700:])
            answer = phone.recv(65536)
        assert answer.startswith(b"HTTP/1.1 201"), answer


def _post(served: Served, length: int) -> bytes:
    path = served.url.split(str(served.server.port), 1)[1] + "api/cards"
    return (
        f"POST {path} HTTP/1.1\r\nHost: {served.server.host}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {length}\r\n\r\n"
    ).encode()


def test_an_event_stream_whose_phone_stopped_reading_is_dropped_and_frees_its_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Three streams fill the room (300 in a room); their phones stop reading, events back up:
    after the write limit (0.5 s here) they are dropped and a new phone gets in."""
    monkeypatch.setattr(server, "STREAM_WRITE_TIMEOUT", 0.5)
    monkeypatch.setattr(rules, "MAX_LISTENERS", 3)
    with served_room(make_map_file(tmp_path / "w.jmap")) as served:
        phones = []
        for _ in range(3):
            phone = socket.socket()
            phone.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)  # a small window, soon full
            phone.settimeout(10)
            phone.connect((served.server.host, served.server.port))
            phone.sendall(_request(served, "api/events"))
            assert phone.recv(4096).startswith(b"HTTP/1.1 200")
            phones.append(phone)
        deadline = time.monotonic() + 10
        while served.server.listeners < 3 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert served.client().get("api/events").status == 503  # full
        big = {"type": "card", "card": {"id": "x", "text": "x" * 60_000}}
        start = time.monotonic()
        while served.server.listeners and time.monotonic() - start < 10:
            served.server.publish(big)  # (what phones that read would get)
            time.sleep(0.02)
        assert served.server.listeners == 0
        assert time.monotonic() - start < 5
        newcomer = served.client()
        newcomer.conn.request("GET", newcomer.base + "api/events")
        stream = newcomer.conn.getresponse()
        assert stream.status == 200 and stream.readline() == b"retry: 2000\n"
        newcomer.close()
        for phone in phones:
            phone.close()


def test_a_connections_silence_is_bounded_by_the_system_too(tmp_path: Path) -> None:
    """Every connection the room accepts carries the limits the system enforces: keep-alive probes
    after 20 s of silence, and 30 s at most for sent data to be acknowledged."""
    seen: dict[str, int] = {}
    with served_room(make_map_file(tmp_path / "w.jmap")) as served:
        get_map = served.server._get_map

        async def looked(request):  # type: ignore[no-untyped-def]
            sock = request.transport.get_extra_info("socket")
            seen["keepalive"] = sock.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE)
            if hasattr(socket, "TCP_USER_TIMEOUT"):
                seen["unacked_ms"] = sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_USER_TIMEOUT)
                seen["idle"] = sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPIDLE)
            return await get_map(request)

        served.server._get_map = looked  # type: ignore[method-assign]
        assert served.client().get("api/map").status == 200
    assert seen["keepalive"] == 1
    if hasattr(socket, "TCP_USER_TIMEOUT"):
        assert seen["unacked_ms"] == 30_000 and seen["idle"] == 20


def _namespaces() -> bool:
    if not (shutil.which("unshare") and shutil.which("ip")):
        return False
    probe = subprocess.run(["unshare", "-rn", "ip", "link", "set", "lo", "up"], capture_output=True)
    return probe.returncode == 0


@pytest.mark.skipif(not sys.platform.startswith("linux") or not _namespaces(), reason="needs unshare -rn")
def test_phones_that_vanish_from_the_network_are_dropped_and_new_phones_get_in() -> None:
    """The real thing, in a network namespace of its own: five phones fill the room (the limit set
    to 5), then leave the network without a word (no packet comes back, not even an ACK). Before,
    their streams stayed until TCP gave up (~15 minutes); now the room drops them in seconds (2 s
    for data to go unacknowledged here, 30 s in a room) and a new phone gets in."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    run = subprocess.run(
        ["unshare", "-rn", sys.executable, "-m", "tests.room.vanish"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert result["full"] == 503  # the vanished phones hold every place
    assert result["left"] == 0 and result["seconds"] < 10, result
    assert result["after"] == 200
