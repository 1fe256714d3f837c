"""The room's HTTP server: aiohttp on an asyncio loop in a worker thread.

Only ``/j/<token>/`` and the few paths under it exist; anything else, including a wrong
token, is the same bare 404. The server never reads the document itself: it checks a
request, then hands the work to the document's owner through a ``JobQueue`` and awaits
the answer (docs/room.md).
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import random
import secrets
import socket
import threading
from collections import deque
from collections.abc import Awaitable, Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from aiohttp import web

from jmdesigner.errors import JmError
from jmdesigner.i18n import translate
from jmdesigner.room import rules
from jmdesigner.room.jobs import JobQueue
from jmdesigner.room.keys import MAX_KEYS, RequestKeys
from jmdesigner.room.links import digest, new_token
from jmdesigner.room.rules import RateLimiter, RoomRefusal
from jmdesigner.room.session import Event, Room

OWNER_TIMEOUT = 30.0  # seconds a request waits for the document's owner before giving up
KEEPALIVE = 15.0  # seconds between comments on an idle event stream
# A phone that vanished (slept off the network, left the room) never says goodbye: its connections
# are dropped in bounded time, so they never hold the room's 300 streams until TCP gives up (~15 min).
IDLE_TIMEOUT = 30.0  # seconds a connection may wait for its (next) request, sending nothing
STREAM_WRITE_TIMEOUT = 30.0  # seconds an event may wait to leave (a phone that stopped reading)
LINGER = 2.0  # seconds the rest of a refused request's body is waited for (and dropped)
UNACKED_TIMEOUT = 30.0  # seconds sent data may go unacknowledged before the system drops it
PROBE_IDLE, PROBE_INTERVAL, PROBE_COUNT = 20, 5, 3  # TCP keep-alive on a silent connection: dead in ~35 s
MAX_QUEUED_EVENTS = 500  # per listener; a listener that falls further behind reloads the map
# An event stream lasts at most this long (each its own share of the last fifth of it, so streams
# opened together do not end together): a phone that sleeps still answers at the network level and
# would hold its stream, one of the room's 300, for as long as it sleeps. A page that is awake
# opens the next stream at once, asking for the events since the last it had (``REPLAY_EVENTS``).
STREAM_LIFETIME = 300.0
REPLAY_EVENTS = 1_000  # the last events kept for a stream that resumes (``since`` or Last-Event-ID)

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    ),
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",  # the token is in the URL
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    "Server": "jmdesigner",
}

REPLACED = "This link was replaced by a new one: scan the room's new code, or ask the facilitator for it."
ENDED = "The workshop has ended — thank you."
END_FLUSH = 0.5  # seconds the end waits for every open page to have been told

_PAGE_FILES = {
    "": ("room.html", "text/html; charset=utf-8"),
    "room.css": ("room.css", "text/css; charset=utf-8"),
    "room.js": ("room.js", "text/javascript; charset=utf-8"),
}


def url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


def _load_page() -> dict[str, bytes]:
    folder = resources.files("jmdesigner.room") / "page"
    return {path: (folder / name).read_bytes() for path, (name, _type) in _PAGE_FILES.items()}


class _Gone(Exception):
    """The phone at the other end of an event stream stopped taking events: the stream was dropped."""


async def _send(request: web.Request, response: web.StreamResponse, data: bytes) -> None:
    """Write to an event stream; a phone that takes nothing for ``STREAM_WRITE_TIMEOUT`` seconds
    (its buffers full: it stopped reading, or is gone) is cut off, its place freed."""
    try:
        await asyncio.wait_for(response.write(data), STREAM_WRITE_TIMEOUT)
    except TimeoutError:
        transport = request.transport
        if transport is not None:
            transport.abort()
        raise _Gone from None


async def _read_body(request: web.Request) -> bytes:
    """The body as it arrives, in as many pieces as the network cut it into; 413 past the limit."""
    body = b""
    while chunk := await request.content.read(rules.MAX_BODY_BYTES + 1 - len(body)):
        body += chunk
        if len(body) > rules.MAX_BODY_BYTES:
            raise RoomRefusal(413, "That is too much for one request.")
    return body


def _bound_silence(sock: socket.socket) -> None:
    """Make the system drop a connection whose phone vanished without a word, in bounded time
    rather than when TCP gives up: keep-alive probes on a silent connection, and a limit on how
    long sent data may go unacknowledged. Set on the listening socket, which every connection it
    accepts inherits (Linux; elsewhere what the system has of it)."""
    options = (
        (socket.SOL_SOCKET, "SO_KEEPALIVE", 1),
        (socket.IPPROTO_TCP, "TCP_KEEPIDLE", PROBE_IDLE),
        (socket.IPPROTO_TCP, "TCP_KEEPINTVL", PROBE_INTERVAL),
        (socket.IPPROTO_TCP, "TCP_KEEPCNT", PROBE_COUNT),
        (socket.IPPROTO_TCP, "TCP_USER_TIMEOUT", int(UNACKED_TIMEOUT * 1000)),
    )
    for level, name, value in options:
        option = getattr(socket, name, None)
        if option is not None:
            with contextlib.suppress(OSError):
                sock.setsockopt(level, option, value)


class _Ended(Exception):
    """The workshop ended before this request's work was handed to the document's owner."""


@dataclass(eq=False)  # each stream is itself, however alike
class _Listener:
    events: deque[tuple[int, Event]] = field(default_factory=deque)  # (its number, the event)
    wake: asyncio.Event = field(default_factory=asyncio.Event)
    overflowed: bool = False
    closed: bool = False


class RoomServer:
    """Serves one ``Room``; ``start`` binds (or raises a ``JmError``), ``stop`` closes every connection."""

    def __init__(
        self,
        room: Room,
        jobs: JobQueue,
        host: str = "127.0.0.1",
        port: int = 0,
        token: str | None = None,
        limiter: RateLimiter | None = None,
        retired: Iterable[str] = (),
        ended: Iterable[str] = (),
        keys: RequestKeys | None = None,
    ) -> None:
        self.room, self.jobs, self.host = room, jobs, host
        self.token = token or new_token()
        self.retired = frozenset(retired)  # digests of the links this one replaced
        self.ended_links = frozenset(ended)  # digests of the links of workshops that ended
        self.ended = False  # the facilitator ended the workshop (``end``): every request is told so
        self.limiter = limiter or RateLimiter()
        self.port = port
        self._page = _load_page()
        self._listeners: set[_Listener] = set()
        # Every event is numbered, the numbers prefixed with this room's own mark (a stream of
        # another room, or of this link before the app restarted, cannot resume here), and the
        # last ``REPLAY_EVENTS`` are kept for the streams that resume
        self._epoch = secrets.token_hex(4)
        self._sequence = 0
        self._recent: deque[tuple[int, Event]] = deque(maxlen=REPLAY_EVENTS)
        # Keyed requests: those on their way or answered in this room (on the loop's thread), and
        # the answers kept beside the document (``room.keys``: a retry after a restart lands once)
        self._keys: dict[tuple[str, str, str], asyncio.Future[Any]] = {}
        self.keys = keys if keys is not None else RequestKeys()
        self._writer = ThreadPoolExecutor(1, thread_name_prefix="jmdesigner-room-keys")  # their file
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._stopped = threading.Event()
        self._error: BaseException | None = None
        self._sock: socket.socket | None = None
        room.publish = self.publish

    @property
    def url(self) -> str:
        return f"http://{url_host(self.host)}:{self.port}/j/{self.token}/"

    @property
    def listeners(self) -> int:
        return len(self._listeners)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    # -------------------------------------------------------------- lifecycle
    def start(self) -> None:
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        try:
            self._sock = socket.create_server((self.host, self.port), family=family, backlog=256)
            _bound_silence(self._sock)
        except OSError as exc:
            said = translate(
                "Room", "The room cannot listen on {host}:{port} ({reason}); choose another address or port."
            )
            raise JmError(
                said.format(host=url_host(self.host), port=self.port, reason=exc.strerror or exc)
            ) from None
        self.port = self._sock.getsockname()[1]
        self._thread = threading.Thread(target=self._run, name="jmdesigner-room", daemon=True)
        self._thread.start()
        self._ready.wait(10)
        if self._error is not None:
            raise JmError(translate("Room", "The room could not start: {reason}").format(reason=self._error))

    def end(self) -> None:
        """End the workshop (then ``stop``): from now on every request of the link is told the
        workshop ended (410, ``"ended": true``), and every open page is told at once (an ``ended``
        event). What was already handed to the document's owner is still done, and answered,
        while the room stops. Returns once the pages were told (at most ``END_FLUSH`` s)."""
        loop = self._loop
        if loop is None or self._stopped.is_set():
            self.ended = True
            return
        done = asyncio.run_coroutine_threadsafe(self._end(), loop)
        with contextlib.suppress(Exception):  # the loop stopping meanwhile: nothing is left to tell
            done.result(END_FLUSH + 1)

    async def _end(self) -> None:
        self.ended = True  # on the loop's thread: no request hands work to the owner after this
        self._fan_out({"type": "ended"})
        deadline = asyncio.get_running_loop().time() + END_FLUSH
        while any(listener.events for listener in self._listeners):
            if asyncio.get_running_loop().time() > deadline:
                break
            await asyncio.sleep(0.01)

    def stop(self, wait: bool = True) -> None:
        """Close the room: no new requests, open streams end; safe to call twice."""
        loop = self._loop
        if loop is not None and not self._stopped.is_set():
            loop.call_soon_threadsafe(loop.stop)
        if wait and self._thread is not None:
            self._thread.join(10)

    def wait_stopped(self, timeout: float | None = None) -> bool:
        return self._stopped.wait(timeout)

    def _run(self) -> None:
        loop = self._loop = asyncio.new_event_loop()
        runner = web.AppRunner(
            self._app(),
            handle_signals=False,
            access_log=None,
            shutdown_timeout=1.0,
            keepalive_timeout=IDLE_TIMEOUT,  # also a connection that never sends a whole request
            lingering_time=LINGER,  # the rest of a refused request's body, read and dropped
        )
        try:
            loop.run_until_complete(runner.setup())
            assert self._sock is not None
            loop.run_until_complete(web.SockSite(runner, self._sock).start())
        except BaseException as exc:
            self._error = exc
            self._ready.set()
            self._stopped.set()
            return
        self._ready.set()
        loop.call_soon(self.keys.load)  # on this thread, before the first request: not the window's
        try:
            loop.run_forever()
        finally:
            for listener in self._listeners:
                listener.closed = True
                listener.wake.set()
            loop.run_until_complete(runner.cleanup())
            self._writer.shutdown(wait=True)  # the keys of requests answered are on disk
            loop.close()
            self._stopped.set()

    def _app(self) -> web.Application:
        app = web.Application(client_max_size=rules.MAX_BODY_BYTES)
        app.router.add_route("*", "/{tail:.*}", self._dispatch)
        return app

    # --------------------------------------------------------------- events
    def publish(self, event: Event) -> None:
        """From any thread: one event to every open stream."""
        loop = self._loop
        if loop is not None and not self._stopped.is_set():
            loop.call_soon_threadsafe(self._fan_out, event)

    def _fan_out(self, event: Event) -> None:
        self._sequence += 1
        numbered = (self._sequence, event)
        self._recent.append(numbered)
        for listener in self._listeners:
            if len(listener.events) >= MAX_QUEUED_EVENTS:
                listener.events.clear()
                listener.overflowed = True
            else:
                listener.events.append(numbered)
            listener.wake.set()

    def _event_id(self, number: int) -> str:
        return f"{self._epoch}-{number}"

    def _missed(self, since: str | None) -> list[tuple[int, Event]]:
        """What a stream resuming after the event ``since`` must be sent first: the events after
        it; a ``map`` event (reload it all) when they are no longer all kept or ``since`` is of
        another room; a ``hello`` (the number to resume from) for a stream that starts afresh."""
        if since is None:
            return [(self._sequence, {"type": "hello"})]
        epoch, _dash, number = since.partition("-")
        if epoch == self._epoch and number.isascii() and number.isdigit() and len(number) < 19:
            after = int(number)
            oldest = self._recent[0][0] if self._recent else self._sequence + 1
            if after <= self._sequence and after >= oldest - 1:
                return [numbered for numbered in self._recent if numbered[0] > after]
        return [(self._sequence, {"type": "map"})]

    # -------------------------------------------------------------- requests
    async def _dispatch(self, request: web.Request) -> web.StreamResponse:
        path = request.rel_url.raw_path
        prefix = "/j/"
        rest = None
        if path.startswith(prefix):
            token, slash, tail = path[len(prefix) :].partition("/")
            if slash and hmac.compare_digest(token.encode(), self.token.encode()):
                rest = tail
            elif slash and self.ended_links and digest(token) in self.ended_links:
                # a phone that kept the page of a workshop that ended (a new room opened since)
                return self._json({"error": ENDED, "ended": True}, 410)
            elif slash and self.retired and digest(token) in self.retired:
                # a phone that kept the page of a link the facilitator replaced: tell it so
                return self._json({"error": REPLACED, "replaced": True}, 410)
        if rest is not None and self.ended and rest.startswith("api/"):
            return self._json({"error": ENDED, "ended": True}, 410)
        route = self._routes().get(rest) if rest is not None else None
        if route is None:
            return self._respond(web.Response(status=404, text="Not found.", content_type="text/plain"))
        method, handler = route
        if request.method != method and not (method == "GET" and request.method == "HEAD"):
            response = web.Response(status=405, text="Method not allowed.", content_type="text/plain")
            response.headers["Allow"] = method
            return self._respond(response)
        try:
            return await handler(request)
        except RoomRefusal as refusal:
            response = self._json({"error": refusal.message}, refusal.status)
            if refusal.status == 408:  # the rest of its body may still come: the connection ends
                response.force_close()
            return response
        except _Ended:
            return self._json({"error": ENDED, "ended": True}, 410)
        except TimeoutError:
            return self._json({"error": "The map is busy; try again in a moment."}, 503)

    def _routes(self) -> dict[str, tuple[str, Callable[[web.Request], Awaitable[web.StreamResponse]]]]:
        return {
            "": ("GET", self._page_file),
            "room.css": ("GET", self._page_file),
            "room.js": ("GET", self._page_file),
            "api/map": ("GET", self._get_map),
            "api/events": ("GET", self._events),
            "api/cards": ("POST", self._post_card),
            "api/votes": ("POST", self._post_vote),
            "api/unvotes": ("POST", self._take_back_vote),
            "api/feelings": ("POST", self._post_feeling),
        }

    async def _page_file(self, request: web.Request) -> web.StreamResponse:
        name = request.rel_url.raw_path.rsplit("/", 1)[1]
        response = web.Response(body=self._page[name])
        response.headers["Content-Type"] = _PAGE_FILES[name][1]
        return self._respond(response)

    async def _get_map(self, request: web.Request) -> web.StreamResponse:
        who = request.rel_url.query.get("participant")
        name = rules.participant_name(who) if who is not None else None
        key = rules.request_key(request.rel_url.query.get("key"))
        # the last event before the map was read (maybe one more): a stream that starts later
        # resumes after it, so a change between the two is not missed (events are idempotent)
        read_after = self._event_id(self._sequence)
        data = await self._on_owner(lambda: self.room.map_json(name))
        data["event"] = read_after
        if name is not None and key is not None:
            # the note this phone is waiting on: taken though its answer was lost?
            data["landed"] = self.landed(name, key)
            data["held"] = self.room.settings.hold
        return self._json(data, 200)

    async def _post_card(self, request: web.Request) -> web.StreamResponse:
        data = await self._body(request)
        stage = rules.text_id(data.get("stage"), "stage")
        lane = rules.text_id(data.get("lane"), "lane")
        text = rules.note_text(data.get("text"))
        key = rules.request_key(data.get("key"))
        who = self._allowed(data)
        card_id = await self._once(
            "cards", who, key, lambda: self.room.add_note(who, stage, lane, text, key=key)
        )
        return self._json({"id": card_id, "held": self.room.settings.hold}, 201)

    async def _post_vote(self, request: web.Request) -> web.StreamResponse:
        data = await self._body(request)
        card = rules.text_id(data.get("card"), "card")
        key = rules.request_key(data.get("key"))
        who = self._allowed(data)
        votes, left = await self._once("votes", who, key, lambda: self.room.vote(who, card, key=key))
        return self._json({"card": card, "votes": votes, "dots_left": left}, 201)

    async def _take_back_vote(self, request: web.Request) -> web.StreamResponse:
        """A dot taken back, named by the key it was given with: done once however often sent."""
        data = await self._body(request)
        card = rules.text_id(data.get("card"), "card")
        dot = rules.request_key(data.get("dot"))
        if dot is None:
            raise RoomRefusal(400, "Say which dot to take back: “dot” is the key it was given with.")
        who = self._allowed(data)
        votes, left = await self._on_owner(lambda: self.room.take_back(who, card, dot))
        return self._json({"card": card, "votes": votes, "dots_left": left}, 200)

    async def _post_feeling(self, request: web.Request) -> web.StreamResponse:
        data = await self._body(request)
        stage = rules.text_id(data.get("stage"), "stage")
        score = rules.integer(data.get("score"), "score")
        who = self._allowed(data)
        await self._on_owner(lambda: self.room.feel(who, stage, score))
        return self._json({"stage": stage, "score": score}, 201)

    async def _events(self, request: web.Request) -> web.StreamResponse:
        if len(self._listeners) >= rules.MAX_LISTENERS:
            raise RoomRefusal(503, "Too many phones are following the map; reload in a minute.")
        # the last event the phone had: the browser's own header when it reconnects by itself,
        # ``since`` when the page opens the next stream (a stream's lifetime ended)
        since = request.headers.get("Last-Event-ID") or request.rel_url.query.get("since")
        response = self._respond(web.StreamResponse(headers={"Content-Type": "text/event-stream"}))
        response.headers["X-Accel-Buffering"] = "no"
        await response.prepare(request)
        listener = _Listener()
        listener.events.extend(self._missed(since[:64] if since else None))  # (no await since: none lost)
        listener.wake.set()
        self._listeners.add(listener)
        loop = asyncio.get_running_loop()
        ends = loop.time() + STREAM_LIFETIME * random.uniform(0.8, 1.0)
        try:
            await _send(request, response, b"retry: 2000\n\n")
            while not listener.closed:
                left = ends - loop.time()
                if left <= 0:  # its lifetime is over: a page that is awake opens the next one at once
                    self._listeners.discard(listener)
                    await _send(request, response, b'event: renew\ndata: {"type":"renew"}\n\n')
                    break
                try:
                    await asyncio.wait_for(listener.wake.wait(), min(KEEPALIVE, left))
                except TimeoutError:
                    if loop.time() < ends:
                        await _send(request, response, b": still here\n\n")
                    continue
                listener.wake.clear()
                if listener.overflowed:
                    listener.overflowed = False
                    listener.events.append((self._sequence, {"type": "map"}))
                while listener.events:
                    number, event = listener.events.popleft()
                    data = json.dumps(event, ensure_ascii=False, separators=(",", ":"))
                    frame = f"id: {self._event_id(number)}\nevent: {event['type']}\ndata: {data}\n\n"
                    await _send(request, response, frame.encode())
        except (ConnectionError, _Gone, asyncio.CancelledError):
            pass
        finally:
            self._listeners.discard(listener)
        return response

    # --------------------------------------------------------------- helpers
    async def _body(self, request: web.Request) -> dict[str, Any]:
        if request.content_type != "application/json":
            raise RoomRefusal(415, "Send JSON (Content-Type: application/json).")
        if (request.content_length or 0) > rules.MAX_BODY_BYTES:
            raise RoomRefusal(413, "That is too much for one request.")
        try:  # the whole body, however it was cut on its way, within the idle limit
            body = await asyncio.wait_for(_read_body(request), IDLE_TIMEOUT)
        except TimeoutError:
            raise RoomRefusal(408, "The request took too long to arrive; send it again.") from None
        try:
            data = json.loads(body.decode("utf-8"))
        except (ValueError, RecursionError):
            raise RoomRefusal(400, "The request is not valid JSON.") from None
        if not isinstance(data, dict):
            raise RoomRefusal(400, "The request must be a JSON object.")
        return data

    def _allowed(self, data: dict[str, Any]) -> str:
        who = rules.participant_name(data.get("participant"))
        if not self.limiter.allow(who):
            raise RoomRefusal(429, "Slow down a little: wait a few seconds and try again.")
        return who

    async def _once(self, kind: str, who: str, key: str | None, job: Callable[[], Any]) -> Any:
        """``job`` done once per request key: a phone that lost the answer (its Wi-Fi dropped as
        it sent, or the facilitator's app crashed) and sends the same note or dot again gets the
        first answer, not a second note. Without a key every request is its own. A refused request
        forgets its key (a retry may then succeed); the answers are kept beside the document
        before they are given (``room.keys``, the last ``MAX_KEYS``), so they outlive the app."""
        if key is None:
            return await self._on_owner(job)
        slot = (kind, who, key)
        known = self._keys.get(slot)
        if known is None:
            kept = self.keys.answer(slot)
            if kept is not None:  # answered before this room opened (the app restarted since)
                return kept
            known = self._keys[slot] = asyncio.ensure_future(self._kept(slot, job))
            known.add_done_callback(lambda done: self._forget(slot, done))
            while len(self._keys) > MAX_KEYS:
                del self._keys[next(iter(self._keys))]
        # shielded: the first request's phone going away does not cancel the write it asked for
        return await asyncio.shield(known)

    async def _kept(self, slot: tuple[str, str, str], job: Callable[[], Any]) -> Any:
        answer = await self._on_owner(job)
        self.keys.remember(slot, answer)
        # appended and synced off the loop (the writes of requests answered meanwhile share it)
        await asyncio.get_running_loop().run_in_executor(self._writer, self.keys.write)
        return answer

    def landed(self, who: str, key: str) -> bool:
        """Whether the room took the note ``who`` sent with ``key`` (its answer may have been lost)."""
        slot = ("cards", who, key)
        known = self._keys.get(slot)
        if known is not None and known.done() and not known.cancelled() and known.exception() is None:
            return True
        return self.keys.answer(slot) is not None

    def _forget(self, slot: tuple[str, str, str], done: asyncio.Future[Any]) -> None:
        failed = done.cancelled() or done.exception() is not None
        if failed and self._keys.get(slot) is done:
            del self._keys[slot]

    async def _on_owner(self, job: Callable[[], Any]) -> Any:
        if self.ended:  # it ended while this request's body was read: nothing is handed on
            raise _Ended
        future = self.jobs.submit(job)
        try:
            return await asyncio.wait_for(asyncio.wrap_future(future), OWNER_TIMEOUT)
        except JmError as exc:  # the slice's write refused as a whole (a full disk, the file's limits)
            raise RoomRefusal(503, f"The map could not take that: {exc}") from None

    def _json(self, data: Any, status: int) -> web.Response:
        body = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        response = web.Response(status=status, text=body, content_type="application/json")
        return self._respond(response)

    @staticmethod
    def _respond(response: web.StreamResponse) -> Any:
        response.headers.update(SECURITY_HEADERS)
        return response
