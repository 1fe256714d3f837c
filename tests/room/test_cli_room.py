"""``jmdesigner room``: the join URL first on stdout, served until the workshop ends (``end`` typed,
or Ctrl+C) or the room is closed (``stop`` typed, or SIGTERM), exit 0, all saved."""

from __future__ import annotations

import re
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from jmdesigner.model import UndoStack
from jmdesigner.model import commands as cmd
from jmdesigner.storage.jmapfile import JmapFile
from tests.builders import sample_bundle
from tests.room.harness import Client, make_map_file, next_event, skip_hello


def _start(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "jmdesigner", "room", *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_room_serves_until_a_signal_then_exits_0_with_everything_saved(tmp_path: Path, sig: int) -> None:
    path = make_map_file(tmp_path / "w.jmap")
    make_map_file(tmp_path / "other.jmap", "Onboarding")
    proc = _start(str(path), "--host", "127.0.0.1", "--port", "0")
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().strip()
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+/j/[A-Za-z0-9_-]{22,}/", url), url
        phone = Client(url)
        data = phone.get("api/map").json()
        stage, lane = data["stages"][0]["id"], data["lanes"][0]["id"]
        ids = [
            phone.post(
                "api/cards", {"stage": stage, "lane": lane, "text": f"n{i}", "participant": "Ana"}
            ).json()["id"]
            for i in range(5)
        ]
        assert phone.post("api/votes", {"card": ids[0], "participant": "Ana"}).status == 201
        phone.close()
        proc.send_signal(sig)
        _out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0, err
    assert "Traceback" not in err
    with JmapFile.open(path, read_only=True) as jfile:
        cards = {c.id: c for c in jfile.document.cards(jfile.document.maps()[0].id)}
    assert [cards[i].text for i in ids] == [f"n{i}" for i in range(5)]
    assert cards[ids[0]].votes == 1


ENDED = "The workshop has ended: phones were thanked, and everything is saved."


@pytest.mark.parametrize("how", ["typed", "ctrl-c"])
def test_end_typed_or_ctrl_c_ends_the_workshop_as_the_button_does(tmp_path: Path, how: str) -> None:
    """Phones are thanked (the ``ended`` event on an open page), the note taken is in the file, one
    line is said, and the link retires: the next room has a new one, and the old one is told the
    workshop ended."""
    path = make_map_file(tmp_path / "w.jmap")
    proc = _start(str(path), "--host", "127.0.0.1")
    try:
        assert proc.stdout is not None and proc.stdin is not None
        url = proc.stdout.readline().strip()
        phone = Client(url)
        data = phone.get("api/map").json()
        note = {"stage": data["stages"][0]["id"], "lane": data["lanes"][0]["id"], "participant": "Ana"}
        assert phone.post("api/cards", {**note, "text": "Taken before the end"}).status == 201
        page = Client(url)
        page.conn.request("GET", page.base + "api/events")
        stream = page.conn.getresponse()
        skip_hello(stream)
        if how == "typed":
            proc.stdin.write("end\n")
            proc.stdin.flush()
        else:
            proc.send_signal(signal.SIGINT)
        assert next_event(stream) == [b"event: ended\n", b'data: {"type":"ended"}\n']
        _out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0, err
    said = err.strip().splitlines()
    assert said[1:] == [ENDED] and "Traceback" not in err, err
    assert "Type “end” and Enter, or press Ctrl+C, to end the workshop" in said[0]
    with JmapFile.open(path, read_only=True) as jfile:
        doc = jfile.document
        assert [c.text for c in doc.cards(doc.maps()[0].id) if c.author == "Ana"] == ["Taken before the end"]
    proc = _start(str(path), "--host", "127.0.0.1")
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() != url  # a new workshop, a new link
        old = Client(url).get("api/map")
        assert old.status == 410 and old.json()["ended"] is True
        proc.send_signal(signal.SIGTERM)
        proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_stop_typed_closes_the_room_and_keeps_its_link(tmp_path: Path) -> None:
    path = make_map_file(tmp_path / "w.jmap")
    urls = []
    for typed in ("hello\nstop\n", "stop\n"):
        proc = _start(str(path), "--host", "127.0.0.1")
        try:
            assert proc.stdout is not None
            urls.append(proc.stdout.readline().strip())
            _out, err = proc.communicate(typed, timeout=30)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        assert proc.returncode == 0 and "Traceback" not in err, err
        assert err.strip().splitlines()[-1] == "The room is closed; everything is saved."
        if typed.startswith("hello"):  # a word it does not know: what may be typed, once
            assert "Type “end” and Enter to end the workshop, or “stop” to close the room." in err
    assert urls[0] == urls[1]


def test_map_title_and_a_fixed_port(tmp_path: Path) -> None:
    path = tmp_path / "two.jmap"
    make_map_file(path)
    with JmapFile.open(path) as jfile:
        UndoStack(jfile.document).push(cmd.add_map(sample_bundle("Onboarding")))
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    proc = _start(str(path), "--map", "Onboarding", "--host", "127.0.0.1", "--port", str(port))
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().strip()
        assert url.startswith(f"http://127.0.0.1:{port}/j/")
        assert Client(url).get("api/map").json()["title"] == "Onboarding"
        proc.send_signal(signal.SIGTERM)
        proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0


@pytest.mark.parametrize(
    ("args", "message", "status"),
    [
        (["--map", "Nope"], "has no map titled “Nope”", 1),
        (["--port", "70000"], "is not a port", 2),
        (["--host", "192.0.2.77"], "cannot listen on 192.0.2.77", 1),
        (["--hold", "--straight-in"], "Choose one of --hold and --straight-in", 2),
    ],
)
def test_bad_input_is_one_sentence(tmp_path: Path, args: list[str], message: str, status: int) -> None:
    path = make_map_file(tmp_path / "w.jmap")
    before = path.read_bytes()
    proc = _start(str(path), *args)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == status  # 1: refused, 2: a usage mistake
    assert out == ""
    assert err.startswith("jmdesigner: error: ") and message in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert path.read_bytes() == before


def test_a_german_facilitator_is_told_in_german_that_the_room_opened_and_closed(tmp_path: Path) -> None:
    import os

    path = make_map_file(tmp_path / "w.jmap")
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    proc = _start(str(path), "--host", "127.0.0.1", "--port", "0", env={**env, "LANG": "de_DE.UTF-8"})
    try:
        assert proc.stdout is not None and proc.stdout.readline().startswith("http://127.0.0.1:")
        proc.send_signal(signal.SIGTERM)
        _out, err = proc.communicate(timeout=30)
    finally:
        proc.kill()  # nothing, once it has exited; else a failed check leaves no server behind
    assert proc.returncode == 0, err
    assert (
        "ist offen. Geben Sie „end“ und Enter ein oder drücken Sie Strg+C, um den Workshop zu beenden" in err
        and "Der Raum ist geschlossen; alles ist gespeichert." in err
    )
    assert "The room" not in err
