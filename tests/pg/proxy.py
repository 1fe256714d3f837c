"""A loopback TCP proxy between a window and the test server, to fail the network on cue.

``lose_next_commit_reply``: the next ``COMMIT`` of a transaction that wrote (an ``INSERT`` went
by on its connection) goes through and the server commits it, but its answer never reaches the
client, whose connection is cut (the network dropping at that moment).
``hang``: the server stops answering without refusing: connections open are cut, new ones are
accepted and never answered (a hung server, or a network that swallows packets).
``stall``: the connections open stay open and everything sent on them goes nowhere (a hung server
whose kernel still acknowledges), new ones are accepted and never answered; with ``cut_after``, the
connections are cut that many seconds later (the TCP timeout of a network that swallows packets).
``delay``: a slow network; each message is held that many seconds each way before it goes on (a
round trip takes twice as long), and ``trips`` counts the messages the client sent.
"""

from __future__ import annotations

import contextlib
import selectors
import socket
import threading
import time
from urllib.parse import urlsplit, urlunsplit

COMMIT = b"Q\x00\x00\x00\x0bCOMMIT\x00"  # the simple-query message psycopg sends to commit


class Proxy:
    def __init__(self, url: str) -> None:
        self.target = urlsplit(url)
        self._server = socket.create_server(("127.0.0.1", 0))
        self.port = int(self._server.getsockname()[1])
        self._lose = threading.Event()
        self.lost = threading.Event()  # set once a commit's answer was held back
        self.hung = False
        self.stalled = False
        self.delay = 0.0  # seconds each message waits, each way (a slow network)
        self.trips = 0  # messages the client sent (each a round trip when it waits for the answer)
        self._open: list[socket.socket] = []
        self._lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def url(self, url: str) -> str:
        """``url`` through this proxy, in plain text (so the proxy can see the commit go by)."""
        parts = urlsplit(url)
        netloc = parts.netloc.rsplit(":", 1)[0] + f":{self.port}"
        query = "&".join(q for q in (parts.query, "sslmode=disable&gssencmode=disable") if q)
        return urlunsplit((parts.scheme, netloc, parts.path, query, ""))

    def lose_next_commit_reply(self) -> None:
        self.lost.clear()
        self._lose.set()

    def hang(self) -> None:
        self.hung = True
        self._cut()

    def stall(self, cut_after: float | None = None) -> None:
        self.hung = self.stalled = True
        if cut_after is not None:
            timer = threading.Timer(cut_after, self._cut)
            timer.daemon = True
            timer.start()

    def resume(self) -> None:
        self.hung = self.stalled = False
        self._cut()  # the silent ones too: their clients see the connection end

    def close(self) -> None:
        self._server.close()
        self._cut()

    def _cut(self) -> None:
        with self._lock:
            sockets, self._open = self._open, []
        for s in sockets:
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)
            s.close()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._server.accept()
            except OSError:
                return
            with self._lock:
                self._open.append(client)
            if self.hung:
                continue  # accepted, never answered
            upstream = socket.create_connection((self.target.hostname, self.target.port))
            with self._lock:
                self._open.append(upstream)
            threading.Thread(target=self._pump, args=(client, upstream), daemon=True).start()

    def _pump(self, client: socket.socket, upstream: socket.socket) -> None:
        wrote = False  # an INSERT went by since this connection's last COMMIT
        with selectors.DefaultSelector() as sel:
            try:
                sel.register(client, selectors.EVENT_READ)
                sel.register(upstream, selectors.EVENT_READ)
            except (OSError, ValueError):  # cut before this thread began (``_cut``)
                return
            while True:
                try:
                    events = sel.select()
                except (OSError, ValueError):  # cut meanwhile (``_cut``)
                    return
                for key, _ in events:
                    src: socket.socket = key.fileobj  # type: ignore[assignment]
                    dst = upstream if src is client else client
                    try:
                        data = src.recv(65536)
                        if data and self.stalled:
                            continue  # goes nowhere; the connection stays open
                        if data and self.delay:
                            time.sleep(self.delay)
                        if data and src is client:
                            self.trips += 1
                        if data and src is client:
                            wrote = wrote or b"INSERT" in data
                        if data and src is client and self._lose.is_set() and COMMIT in data and wrote:
                            self._lose.clear()
                            upstream.sendall(data)
                            upstream.recv(65536)  # the server's answer: committed; it goes nowhere
                            self.lost.set()
                            data = b""
                        if data and src is client and COMMIT in data:
                            wrote = False
                        if data:
                            dst.sendall(data)
                            continue
                    except OSError:
                        pass
                    for s in (client, upstream):
                        with contextlib.suppress(OSError):
                            s.shutdown(socket.SHUT_RDWR)
                        s.close()
                    return
