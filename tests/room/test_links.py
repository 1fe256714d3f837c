"""The join link outlives the room: one token per map, kept per user (not in the file), replaced
only on request; a phone holding a replaced link is told so, over real HTTP on loopback."""

from __future__ import annotations

import os
import re
import stat
import subprocess
import sys
from pathlib import Path

from jmdesigner.model import UndoStack
from jmdesigner.room.jobs import JobQueue
from jmdesigner.room.links import RoomLinks, digest, document_key
from jmdesigner.room.server import RoomServer
from jmdesigner.room.session import Room
from jmdesigner.storage.jmapfile import JmapFile
from jmdesigner.storage.locations import data_dir
from tests.room.harness import Client, make_map_file


def test_a_maps_link_is_kept_per_user_and_replaced_only_on_request(tmp_path: Path) -> None:
    path = make_map_file(tmp_path / "w.jmap")
    where = document_key(path, path.name)
    links = RoomLinks()
    first = links.link(where, "map-1")
    assert RoomLinks().link(where, "map-1").token == first.token  # a new session, the same link
    assert links.link(where, "map-2").token != first.token  # each map its own
    assert links.link(document_key(tmp_path / "copy.jmap", "copy.jmap"), "map-1").token != first.token
    first.host, first.port = "127.0.0.1", 8123
    links.remember(where, "map-1", first)
    again = RoomLinks().link(where, "map-1")
    assert (again.token, again.host, again.port) == (first.token, "127.0.0.1", 8123)
    renewed = links.renew(where, "map-1")
    assert renewed.token != first.token and renewed.retired == (digest(first.token),)
    assert RoomLinks().link(where, "map-1").token == renewed.token
    # the secret stays out of the document (which is emailed and copied) and out of other users' reach
    stored = data_dir() / "room-links.json"
    assert renewed.token in stored.read_text() and first.token not in stored.read_text()
    assert stat.S_IMODE(os.stat(stored).st_mode) == 0o600
    assert str(path) not in stored.read_text()
    assert renewed.token.encode() not in path.read_bytes()


def test_an_unreadable_links_file_starts_afresh(tmp_path: Path) -> None:
    (data_dir() / "room-links.json").write_text("{not json")
    link = RoomLinks().link("somewhere", "map")
    assert len(link.token) >= 32 and RoomLinks().link("somewhere", "map").token == link.token


def test_a_replaced_link_is_told_so_and_an_unknown_one_gets_the_bare_404(tmp_path: Path) -> None:
    path = make_map_file(tmp_path / "w.jmap")
    with JmapFile.open(path) as jfile:
        doc = jfile.document
        room = Room(doc, UndoStack(doc), doc.maps()[0].id)
        server = RoomServer(room, JobQueue(), "127.0.0.1", 0, "new-token", retired={digest("old-token")})
        server.start()
        try:
            base = f"http://127.0.0.1:{server.port}/j/"
            old = Client(base + "old-token/")
            for answer in (old.get("api/map"), old.get(""), old.post("api/cards", {})):
                assert answer.status == 410
                assert answer.json()["replaced"] is True
                assert "replaced by a new one" in answer.json()["error"]
            stranger = Client(base + "never-issued/").get("api/map")
            assert (stranger.status, stranger.body) == (404, b"Not found.")
        finally:
            server.stop()
            room.close()


def test_the_headless_room_keeps_its_link_and_replaces_it_on_request(tmp_path: Path) -> None:
    path = make_map_file(tmp_path / "w.jmap")

    def url_of(*extra: str) -> str:
        proc = subprocess.Popen(
            [sys.executable, "-m", "jmdesigner", "room", str(path), "--host", "127.0.0.1", *extra],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            assert proc.stdout is not None
            url = proc.stdout.readline().strip()
            proc.terminate()
            _out, err = proc.communicate(timeout=30)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        assert proc.returncode == 0 and "Traceback" not in err, err
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+/j/[A-Za-z0-9_-]{32}/", url), url
        return url

    first = url_of()
    assert url_of() == first  # the same token, and the same port while it is free
    replaced = url_of("--new-link")
    assert replaced != first and replaced.split("/j/")[0] == first.split("/j/")[0]  # same port
