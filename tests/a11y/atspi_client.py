"""A screen reader's view of a running app, for the tests: an AT-SPI client on the system Python.

pyatspi (Debian: python3-pyatspi) lives in the system's Python, not in the project's virtual
environment, so the tests run this script with /usr/bin/python3 and talk to it over stdin/stdout:
one command a line, one JSON line back. It imports nothing from the project.

    app NAME [SECONDS]      wait until an application of that name is on the AT-SPI bus
    tree                    that application's whole accessible tree
    events SECONDS [TEXT]   the focus events and announcements since the last call, waiting up
                            to SECONDS for one whose name (or announced text) contains TEXT
    hold TEXT               keep the objects whose name contains TEXT, as a screen reader keeps
                            the objects it has met; answers how many
    held                    what those objects say now: name and states (defunct once gone)
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

import pyatspi
from gi.repository import GLib

EVENTS = ("object:state-changed:focused", "focus:", "object:announcement")


def states(acc: Any) -> list[str]:
    return sorted(s.value_nick for s in acc.getState().getStates())


def describe(acc: Any) -> dict[str, Any]:
    """Role, name, description, states and place on screen of one accessible object."""
    out: dict[str, Any] = {
        "role": acc.getRoleName(),
        "name": acc.name or "",
        "description": acc.description or "",
        "states": states(acc),
    }
    try:
        box = acc.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        out["extents"] = [box.x, box.y, box.width, box.height]
    except NotImplementedError:
        out["extents"] = None
    return out


def tree(acc: Any) -> dict[str, Any]:
    node = describe(acc)
    node["children"] = [tree(acc.getChildAtIndex(i)) for i in range(acc.childCount)]
    return node


def walk(acc: Any) -> Any:
    yield acc
    for i in range(acc.childCount):
        yield from walk(acc.getChildAtIndex(i))


def find_app(name: str, seconds: float) -> Any:
    end = time.monotonic() + seconds
    while True:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.name == name and app.childCount:
                return app
        if time.monotonic() > end:
            return None
        time.sleep(0.2)


class Client:
    def __init__(self) -> None:
        self.app: Any = None
        self.events: list[dict[str, Any]] = []
        self.held: list[Any] = []
        for kind in EVENTS:
            pyatspi.Registry.registerEventListener(self._on_event, kind)

    def _on_event(self, event: Any) -> None:
        if kind := str(event.type):
            if kind.startswith("object:state-changed") and not event.detail1:
                return  # focus leaving an object: a screen reader says nothing
            said = str(event.any_data) if kind == "object:announcement" else ""
            try:
                source = describe(event.source)
            except GLib.Error as exc:  # gone by the time the event is read
                source = {"role": "", "name": "", "description": str(exc), "states": ["defunct"]}
            self.events.append({"type": kind, "said": said, **source})

    def pump(self, seconds: float, text: str) -> None:
        context = GLib.MainContext.default()
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            while context.pending():
                context.iteration(False)
            if text and any(text in e["name"] or text in e["said"] for e in self.events):
                return
            time.sleep(0.02)

    def run(self, line: str) -> Any:
        verb, _, rest = line.partition(" ")
        args = rest.split(" ", 1) if rest else []
        if verb == "app":
            self.app = find_app(args[0], float(args[1]) if len(args) > 1 else 20)
            return self.app is not None
        if verb == "tree":
            return tree(self.app)
        if verb == "events":
            self.pump(float(args[0]), args[1] if len(args) > 1 else "")
            events, self.events = self.events, []
            return events
        if verb == "hold":
            self.held = [acc for acc in walk(self.app) if rest in (acc.name or "")]
            return len(self.held)
        if verb == "held":
            return [{"name": acc.name or "", "states": states(acc)} for acc in self.held]
        raise ValueError(f"unknown command {verb!r}")


def main() -> None:
    client = Client()
    print(json.dumps("READY"), flush=True)
    for line in sys.stdin:
        if not line.strip():
            continue
        try:
            answer = client.run(line.strip())
        except Exception as exc:  # the test reads the error as its answer
            answer = {"error": f"{type(exc).__name__}: {exc}"}
        print(json.dumps(answer), flush=True)


if __name__ == "__main__":
    main()
