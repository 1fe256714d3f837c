"""A room served over real HTTP on loopback, its document owned by one thread, as in ``jmdesigner room``."""

from __future__ import annotations

import http.client
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from jmdesigner.model import UndoStack
from jmdesigner.model import commands as cmd
from jmdesigner.room.jobs import JobQueue
from jmdesigner.room.keys import RequestKeys
from jmdesigner.room.rules import RateLimiter
from jmdesigner.room.server import RoomServer
from jmdesigner.room.session import Room, RoomSettings
from jmdesigner.storage.jmapfile import JmapFile
from tests.builders import sample_bundle


def make_map_file(path: Path, title: str = "Checkout") -> Path:
    with JmapFile.create(path) as jfile:
        UndoStack(jfile.document).push(cmd.add_map(sample_bundle(title)))
    return path


@dataclass
class Answer:
    status: int
    headers: http.client.HTTPMessage
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


class Client:
    """One keep-alive connection, like one phone."""

    def __init__(self, url: str) -> None:
        parts = urlsplit(url)
        self.base = parts.path
        self.conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)

    def request(
        self, method: str, path: str, body: bytes | None = None, headers: dict | None = None
    ) -> Answer:
        self.conn.request(method, path, body=body, headers=headers or {})
        response = self.conn.getresponse()
        return Answer(response.status, response.headers, response.read())

    def get(self, rel: str) -> Answer:
        return self.request("GET", self.base + rel)

    def post(self, rel: str, data: Any) -> Answer:
        body = json.dumps(data).encode()
        return self.request("POST", self.base + rel, body, {"Content-Type": "application/json"})

    def close(self) -> None:
        self.conn.close()


def skip_hello(stream: http.client.HTTPResponse) -> None:
    """Read a new event stream's start: its retry time, then the ``hello`` that numbers it."""
    lines = [stream.readline() for _ in range(6)]
    assert lines[0] == b"retry: 2000\n" and lines[3] == b"event: hello\n", lines


def next_event(stream: http.client.HTTPResponse) -> list[bytes]:
    """The next event's lines but its number (``id``): ``[b"event: …\\n", b"data: …\\n"]``."""
    lines = []
    for _ in range(100):
        line = stream.readline()
        if line == b"\n" and lines:
            return lines
        if line.startswith((b"event: ", b"data: ")):
            lines.append(line)
    raise AssertionError(f"no whole event in {lines}")


@dataclass
class Served:
    path: Path
    server: RoomServer
    map_id: str

    @property
    def url(self) -> str:
        return self.server.url

    def client(self) -> Client:
        return Client(self.url)


@contextmanager
def served_room(
    path: Path,
    settings: RoomSettings | None = None,
    limiter: RateLimiter | None = None,
    token: str | None = None,
    port: int = 0,
    retired: frozenset[str] = frozenset(),
    ended: frozenset[str] = frozenset(),
    keys: RequestKeys | None = None,
) -> Iterator[Served]:
    """Serve ``path``'s first map; on exit the room stops and the file is closed (everything saved)."""
    jfile = JmapFile.open(path)
    doc = jfile.document
    jobs = JobQueue()
    stack = UndoStack(doc)
    room = Room(doc, stack, doc.maps()[0].id, settings)
    server = RoomServer(
        room, jobs, "127.0.0.1", port, token, limiter=limiter, retired=retired, ended=ended, keys=keys
    )
    stop = threading.Event()

    def own() -> None:
        while not stop.is_set():
            if jobs.ready.wait(0.05):
                jobs.run(batch=stack.batch)
        jobs.run(budget=60, batch=stack.batch)

    owner = threading.Thread(target=own, name="document-owner")
    owner.start()
    server.start()
    try:
        yield Served(path, server, room.map_id)
    finally:
        server.stop()
        stop.set()
        owner.join(30)
        room.close()
        jfile.close()
