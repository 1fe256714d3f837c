"""Phones that vanish without a word, for real: run in a network namespace of its own
(``unshare -rn python -m tests.room.vanish``), where taking the loopback down stops every packet,
ACKs included, as a phone leaving the Wi-Fi does. Prints one JSON line: how long the room took
to drop the vanished phones' event streams, and what a new phone got before and after."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from jmdesigner.room import rules, server
from tests.room.harness import make_map_file, served_room

PHONES = 5


def main() -> None:
    subprocess.run(["ip", "link", "set", "lo", "up"], check=True)
    server.KEEPALIVE = 0.5  # a comment on each stream every half second (15 s in a room)
    server.UNACKED_TIMEOUT = 2.0  # (30 s in a room)
    rules.MAX_LISTENERS = PHONES  # the room full with the phones that vanish (300 in a room)
    with (
        tempfile.TemporaryDirectory() as folder,
        served_room(make_map_file(Path(folder) / "w.jmap")) as served,
    ):
        phones = [_stream(served.server.port, served.url) for _ in range(PHONES)]
        full = _status(served.server.port, served.url)
        subprocess.run(["ip", "link", "set", "lo", "down"], check=True)  # every phone is gone
        start = time.monotonic()
        while served.server.listeners and time.monotonic() - start < 20:
            time.sleep(0.05)
        seconds = time.monotonic() - start
        left = served.server.listeners
        subprocess.run(["ip", "link", "set", "lo", "up"], check=True)
        after = _status(served.server.port, served.url)
        for phone in phones:
            phone.close()
    print(json.dumps({"full": full, "seconds": seconds, "left": left, "after": after}))


def _stream(port: int, url: str) -> socket.socket:
    """An open event stream, its first bytes read."""
    phone = socket.create_connection(("127.0.0.1", port))
    path = url.split(str(port), 1)[1] + "api/events"
    phone.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
    phone.settimeout(10)
    assert phone.recv(4096).startswith(b"HTTP/1.1 200")
    return phone


def _status(port: int, url: str) -> int:
    """The status a new phone's event stream gets."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as phone:
        path = url.split(str(port), 1)[1] + "api/events"
        phone.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
        return int(phone.recv(4096).split(b" ", 2)[1])


if __name__ == "__main__":
    sys.exit(main())
