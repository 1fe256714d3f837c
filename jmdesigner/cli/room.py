"""``jmdesigner room FILE.jmap``: the workshop room without a window (docs/room.md).

The first line on stdout is the join URL; the room serves until the workshop ends (``end`` typed
on stdin, or Ctrl+C: as the window's End the Workshop, phones are thanked and the link retires) or
it is closed with its link kept (``stop`` typed, or SIGTERM); then it finishes the requests in
flight and exits 0 with everything saved (each accepted note was saved when it was accepted).
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
from types import FrameType

from jmdesigner.cli.documents import location
from jmdesigner.errors import JmError
from jmdesigner.i18n import N_, translate

NAME = "room"
SUMMARY = N_("Cli", "serve the workshop room for a map: phones post notes, votes and feelings")


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "file", type=location, help=translate("Cli", "a .jmap file or a postgresql:// library URL")
    )
    p.add_argument(
        "--map", dest="map_title", metavar="TITLE", help=translate("Cli", "which map (default: the first)")
    )
    p.add_argument(
        "--host",
        help=translate("Cli", "address to listen on (default: this computer's address on the network)"),
    )
    p.add_argument("--port", type=int, default=0, help=translate("Cli", "port (default 0: any free port)"))
    p.add_argument("--dots", type=int, default=3, help=translate("Cli", "votes per participant (default 3)"))
    p.add_argument(
        "--straight-in",
        action="store_true",
        help=translate("Cli", "notes arrive accepted, without the from-the-room mark"),
    )
    p.add_argument(
        "--new-link",
        action="store_true",
        help=translate("Cli", "replace the map's join link: the old one stops working (default: keep it)"),
    )
    p.add_argument(
        "--hold",
        action="store_true",
        help=translate("Cli", "notes wait in the inbox, off the map, until the facilitator places them"),
    )


def run(args: argparse.Namespace) -> int:
    from jmdesigner.cli.documents import is_file, open_document, pick_map
    from jmdesigner.cli.parsing import UsageError
    from jmdesigner.model import UndoStack
    from jmdesigner.room.address import candidate_addresses
    from jmdesigner.room.jobs import JobQueue
    from jmdesigner.room.keys import RequestKeys, keys_path
    from jmdesigner.room.links import RoomLinks, document_key
    from jmdesigner.room.server import RoomServer
    from jmdesigner.room.session import Room, RoomSettings
    from jmdesigner.storage.store import SharedStore

    if not 0 <= args.port <= 65535:
        raise UsageError(f"--port {args.port} is not a port; use 1..65535, or 0 for any free port.")
    if not 0 <= args.dots <= 100:
        raise UsageError("--dots must be between 0 and 100.")
    if args.hold and args.straight_in:
        raise UsageError("Choose one of --hold and --straight-in.")
    if is_file(args.file) and not args.file.exists():
        raise JmError(
            translate("Cli", "{file} does not exist. Create it with “jmdesigner new {file}”.").format(
                file=args.file
            )
        )
    stop = threading.Event()
    ending = False
    # how it ends: "end" (the workshop ends) or "stop" (the room closes, its link kept), first come
    how: list[object] = []
    previous = {
        signal.SIGINT: signal.signal(signal.SIGINT, _setter(stop, how, END, signal.SIGINT)),
        signal.SIGTERM: signal.signal(signal.SIGTERM, _setter(stop, how, STOP)),
    }
    jfile = open_document(args.file)
    try:
        if jfile.read_only:
            raise JmError(
                translate("Cli", "Cannot open the room on {name}: {reason}.").format(
                    name=jfile.name, reason=jfile.read_only_reason
                )
            )
        doc = jfile.document
        jmap = pick_map(doc, args.map_title, jfile.name)
        jobs = JobQueue()
        stack = UndoStack(doc)
        room = Room(doc, stack, jmap.id, RoomSettings(args.dots, args.straight_in, args.hold))
        # the map's link outlives the room (kept per user, never in the file): same token, and the
        # same port when free, unless --new-link replaces it
        links, where = RoomLinks(), document_key(jfile.location, jfile.name)
        join = links.renew(where, jmap.id) if args.new_link else links.link(where, jmap.id)
        host = args.host or candidate_addresses()[0]
        keys = RequestKeys(keys_path(where, jmap.id))  # a phone's retry lands once across restarts
        server = RoomServer(
            room,
            jobs,
            host,
            args.port or join.port,
            join.token,
            retired=join.retired,
            ended=join.ended,
            keys=keys,
        )
        try:
            server.start()
        except JmError:
            if args.port or not join.port:
                raise
            server = RoomServer(
                room, jobs, host, 0, join.token, retired=join.retired, ended=join.ended, keys=keys
            )
            server.start()
            said = translate(
                "Cli", "Port {port} is taken, so the link changed: phones must scan the new code."
            )
            print(said.format(port=join.port), file=sys.stderr, flush=True)
        join.host, join.port = server.host, server.port
        join.open = False  # served here: the window does not open it again when the file opens
        links.remember(where, jmap.id, join)
        print(server.url, flush=True)
        if sys.stderr.isatty():  # a terminal on a second screen doubles as the join code
            import segno

            segno.make(server.url, error="m").terminal(out=sys.stderr, compact=True)
        said = translate(
            "Cli",
            "The room for “{title}” is open. Type “end” and Enter, or press Ctrl+C, to end the workshop; "
            "“stop” closes the room and keeps its link.",
        )
        print(said.format(title=jmap.title), file=sys.stderr, flush=True)
        _read_commands(stop, how)
        while not stop.is_set():
            if isinstance(jfile, SharedStore):
                jfile.poll_external()  # a team library: the room shows what colleagues change
            if jobs.ready.wait(0.2):
                jobs.run(batch=stack.batch)  # the writes of a slice share one transaction
        ending = how[:1] == [END]
        if ending:  # as the window's End the Workshop: every open page is told, nothing new is taken
            server.end()
        server.stop(wait=False)
        while not server.wait_stopped(0.01) or len(jobs):  # answer what is in flight, then stop
            jobs.run(batch=stack.batch)
        room.close()
        if ending:  # the link retires: a room opened later is a new workshop, with a new link
            links.renew(where, jmap.id, ended=True)
    finally:
        jfile.close()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    if sys.stderr.isatty() and signal.SIGINT in how:
        print(file=sys.stderr)  # after the “^C” the terminal showed, on a line of its own
    if ending:
        said = translate("Cli", "The workshop has ended: phones were thanked, and everything is saved.")
    else:
        said = translate("Cli", "The room is closed; everything is saved.")
    print(said, file=sys.stderr)
    return 0


END, STOP = "end", "stop"  # what may be typed on stdin


def _setter(stop: threading.Event, how: list[object], meaning: str, *also: object):  # type: ignore[no-untyped-def]
    def handler(_signum: int, _frame: FrameType | None) -> None:
        how.extend((meaning, *also))
        stop.set()

    return handler


def _read_commands(stop: threading.Event, how: list[object]) -> None:
    """``end`` or ``stop`` typed on stdin (a line each), read on a thread of its own; anything else
    is answered with what may be typed. The end of stdin (none, or ``/dev/null``) changes nothing.
    Read from the file descriptor itself: a thread blocked in ``sys.stdin`` would hold its lock
    when the program exits."""

    def read() -> None:
        pending = b""
        while not stop.is_set():
            try:
                chunk = os.read(0, 1024)
            except OSError:
                return
            if not chunk:
                return
            pending += chunk
            while b"\n" in pending:
                line, pending = pending.split(b"\n", 1)
                word = line.decode(errors="replace").strip().lower()
                if word in (END, STOP):
                    how.append(word)
                    stop.set()
                    return
                if word:
                    said = translate(
                        "Cli", "Type “end” and Enter to end the workshop, or “stop” to close the room."
                    )
                    print(said, file=sys.stderr, flush=True)
            pending = pending[-1024:]  # (a line without end is not kept whole)

    try:
        os.fstat(0)
    except OSError:
        return  # no stdin at all
    threading.Thread(target=read, name="jmdesigner-room-commands", daemon=True).start()
