"""The app as a screen reader meets it: its accessible tree and focus events through AT-SPI.

The real app (``python -m jmdesigner FILE``) runs on a private X display with a private D-Bus
session and AT-SPI bus; a client on the system Python (pyatspi) reads the tree and listens for
focus events while xdotool presses keys, as Orca would.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest

from jmdesigner.layout import spoken
from jmdesigner.model import LaneKind, UndoStack, commands
from jmdesigner.storage.jmapfile import JmapFile
from tests.a11y.conftest import Reader, Session, start_app
from tests.builders import sample_bundle

Node = dict[str, Any]


@pytest.fixture(scope="module")
def map_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("atspi") / "workshop.jmap"
    with JmapFile.create(path) as jfile:
        UndoStack(jfile.document).push(commands.add_map(sample_bundle("Grocery", stages=4, cards_per_cell=2)))
    return path


@pytest.fixture(scope="module")
def reader(session: Session, map_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Reader]:
    with ExitStack() as stack:
        start_app(session, map_file, tmp_path_factory.mktemp("config"), stack)
        client = Reader(session, stack)
        assert client.ask("app jmdesigner 20"), "the app never appeared on the AT-SPI bus"
        yield client


def expected_names(path: Path) -> dict[str, list[str]]:
    """What the outline says for each part of the file's map, computed here from the file."""
    with JmapFile.open(path, read_only=True) as jfile:
        doc = jfile.document
        jmap = doc.maps()[0]
        stages, lanes = doc.stages(jmap.id), doc.lanes(jmap.id)
        names: dict[str, list[str]] = {
            "title": [jmap.title],
            "stages": [],
            "lanes": [],
            "cards": [],
            "cells": [],
        }
        names["stages"] = [spoken.stage_name(s, i, len(stages)) for i, s in enumerate(stages, 1)]
        names["lanes"] = [spoken.lane_name(lane, i, len(lanes)) for i, lane in enumerate(lanes, 1)]
        for stage in stages:
            for lane in lanes:
                if lane.kind is LaneKind.EMOTIONS:
                    continue
                cards = doc.cards_in(stage.id, lane.id)
                names["cells"].append(spoken.cell_name(stage, lane, len(cards)))
                names["cards"] += [
                    spoken.card_name(c, n, len(cards), stage, lane) for n, c in enumerate(cards, 1)
                ]
        return names


def walk(node: Node) -> Iterator[Node]:
    yield node
    for child in node["children"]:
        yield from walk(child)


def find(node: Node, test: Callable[[Node], bool]) -> Node:
    found = [n for n in walk(node) if test(n)]
    assert found, "no such object in the accessible tree"
    return found[0]


def showing(node: Node) -> bool:
    return "showing" in node["states"] and "visible" in node["states"]


def canvas_of(tree: Node) -> Node:
    return find(tree, lambda n: n["role"] == "panel" and n["name"].startswith("Journey map "))


def test_the_window_menus_toolbar_and_panels_are_named(reader: Reader) -> None:
    tree = reader.ask("tree")
    assert tree["role"] == "application" and tree["name"] == "jmdesigner"
    frame = find(tree, lambda n: n["role"] == "frame")
    assert frame["name"] == "workshop.jmap — jmdesigner"
    menus = find(frame, lambda n: n["role"] == "menu bar")
    assert [m["name"] for m in menus["children"]][:2] == ["File", "Edit"]
    assert "Help" in [m["name"] for m in menus["children"]]
    toolbar = find(frame, lambda n: n["role"] == "tool bar" and n["name"] == "Main")
    buttons = [b for b in toolbar["children"] if b["role"] == "push button" and showing(b)]
    assert {"New", "Open", "Undo", "Export"} <= {b["name"] for b in buttons}
    panels = {n["name"] for n in walk(frame) if n["role"] == "panel" and showing(n)}
    assert {"Palette", "Maps", "Inspector"} <= panels
    # nothing a person can reach is unnamed: buttons, boxes, lists, fields
    reachable = ("push button", "toggle button", "check box", "combo box", "list", "text", "tree", "page tab")
    unnamed = [n["role"] for n in walk(frame) if n["role"] in reachable and showing(n) and not n["name"]]
    assert unnamed == []
    # nor Qt's own buttons that appear later: a toolbar's "»" when the window is narrow, a field's ⊗
    buttons = [n for n in walk(frame) if n["role"] in ("push button", "check box")]
    assert [b for b in buttons if not b["name"]] == []


def test_the_canvas_exposes_the_map_s_parts_by_the_outline_s_names(reader: Reader, map_file: Path) -> None:
    names = expected_names(map_file)
    canvas = canvas_of(reader.ask("tree"))
    assert canvas["name"] == f"Journey map {names['title'][0]}"
    by_role: dict[str, list[str]] = {}
    for child in canvas["children"]:
        by_role.setdefault(child["role"], []).append(child["name"])
    assert by_role.pop("table column header") == names["stages"]
    assert by_role.pop("table row header") == names["lanes"]
    assert by_role.pop("table cell") == names["cells"]
    assert by_role.pop("list item") == names["cards"]
    assert names["cards"][0] == "Card 1 of 2 in Stage 1, Touchpoints: Touchpoints Stage 1 #0"
    points = by_role.pop("label")
    assert len(points) == 8 and all(
        re.match(r"(Maya|Walter) Grocery feels [-+0-9]+ at Stage \d", p) for p in points
    )
    assert by_role == {}  # no "unknown" role, nothing unnamed
    fx, fy, fw, fh = reader.ask("tree")["children"][0]["extents"]
    for child in canvas["children"]:
        if showing(child):  # on screen: in the window, where a magnifier or a click would go
            x, y, w, h = child["extents"]
            assert w > 0 and h > 0 and x < fx + fw and fx < x + w and y < fy + fh and fy < y + h


def test_keyboard_moves_on_the_canvas_are_announced(reader: Reader, session: Session, map_file: Path) -> None:
    """Each stop of the keyboard is a focus event on an object named as the outline names it."""
    names = expected_names(map_file)
    reader.ask("events 0")
    session.display.key("ctrl+Home")
    assert said(reader, "Cell in Stage 1,") == ("table cell", "Cell in Stage 1, Touchpoints: 2 cards")
    session.display.key("Tab")
    assert said(reader, "Cell in Stage 2,") == ("table cell", "Cell in Stage 2, Touchpoints: 2 cards")
    session.display.key("Down")
    role, name = said(reader, "Card ")
    assert role == "list item" and name in names["cards"] and " in Stage 2, " in name
    session.display.key("ctrl+Home")
    assert said(reader, "Cell in Stage 1,")[1] == "Cell in Stage 1, Touchpoints: 2 cards"
    # typing a card: the editor is said, its text can be read, and when Enter adds the card the
    # cell is said again with its new count
    session.display.type("Queue at the till")
    assert said(reader, "New card") == ("text", "New card in Stage 1, Touchpoints")
    assert wait_for(lambda: editor_text(reader) == "Queue at the till")
    session.display.key("Return")
    assert said(reader, "3 cards") == ("table cell", "Cell in Stage 1, Touchpoints: 3 cards")
    session.display.key("Escape", "ctrl+z")
    cards = [c for c in canvas_of(reader.ask("tree"))["children"] if c["role"] == "list item"]
    assert [c["name"] for c in cards] == names["cards"]  # the added card is gone again with Ctrl+Z


def test_a_reader_holding_a_deleted_card_finds_it_gone_and_the_app_carries_on(
    reader: Reader, session: Session, map_file: Path
) -> None:
    """A screen reader keeps the objects it met; after their cards are deleted it must find them
    defunct, not crash the app through a freed object."""
    assert reader.ask("hold in Stage 1, Touchpoints: Touchpoints Stage 1") == 2
    session.display.key("ctrl+Home", "ctrl+a", "Delete")  # every card
    assert wait_for(lambda: all("defunct" in h["states"] for h in reader.ask("held")))
    assert [h["name"] for h in reader.ask("held")] == ["", ""]
    session.display.key("ctrl+z")  # back, as the same objects
    said(reader, "Card ")
    assert [h["name"] for h in reader.ask("held")] == expected_names(map_file)["cards"][:2]
    session.display.key("Escape")


def test_what_the_canvas_says_in_the_status_bar_is_announced(reader: Reader, session: Session) -> None:
    """Typing with no cell selected starts the card where the typing was, saying where in a
    sentence; a screen reader hears it too."""
    session.display.key("ctrl+Home", "Escape")  # nothing selected
    reader.ask("events 0.3")
    session.display.type("x")
    events = reader.ask("events 5 No cell was selected")
    spoken = [e["said"] for e in events if e["type"] == "object:announcement"]
    assert spoken == ["No cell was selected: the card goes into Touchpoints · Stage 1."]
    session.display.key("Escape", "ctrl+z")  # the card kept by Esc, taken back


def editor_text(reader: Reader) -> str | None:
    editors = [c for c in canvas_of(reader.ask("tree"))["children"] if c["role"] == "text"]
    return editors[0]["description"] if editors else None


def wait_for(check: Callable[[], bool], timeout: float = 5) -> bool:
    end = time.monotonic() + timeout
    while not check():
        if time.monotonic() > end:
            return False
        time.sleep(0.1)
    return True


def said(reader: Reader, text: str) -> tuple[str, str]:
    """The last focus event's object (role, name), waiting for one whose name holds ``text``."""
    events = reader.ask(f"events 5 {text}")
    hits = [e for e in events if text in e["name"]]
    assert hits, f"no focus event for {text!r}; heard: {[e['name'] for e in events]}"
    assert "focused" in hits[-1]["states"] and showing(hits[-1])
    return hits[-1]["role"], hits[-1]["name"]


def test_colour_swatches_are_read_as_colour_names(reader: Reader, session: Session) -> None:
    session.display.key("ctrl+Home", "Down")  # a card: the inspector shows its colours
    said(reader, "Card ")
    tree = reader.ask("tree")
    swatches = [n["name"] for n in walk(tree) if n["name"].startswith("Colour: ") and showing(n)]
    assert "Colour: Blue" in swatches and "Colour: other colour" in swatches
    assert len(swatches) >= 14 and not [s for s in swatches if "#" in s or re.search(r"\d", s)]
    session.display.key("Escape")


def test_the_keyboard_goes_round_the_panels_and_never_to_a_hidden_or_unnamed_widget(
    reader: Reader, session: Session
) -> None:
    """F6 goes from panel to panel, Tab within one; every stop a screen reader hears is on screen
    and has a name (the inspector's scroll frame was an unnamed stop; the Find panel is hidden)."""
    reader.ask("events 0")
    heard: list[Node] = []
    for keys in (["F6"], ["F6"], ["F6"], ["F6"], ["F6"], ["Tab", "Tab", "Tab"], ["F6"], ["Tab", "Tab"]):
        session.display.key(*keys)
        heard += reader.ask("events 0.5")  # all events in half a second
    stops = [e for e in heard if e["type"] == "focus:"]
    names = {e["name"] for e in stops}
    assert {"Maps in this file", "Outline of the maps", "Palette"} <= names
    assert any(n.startswith("Journey map ") or n.startswith("Cell in ") for n in names)  # back on the canvas
    assert [(e["role"], e["name"]) for e in stops if not showing(e) or not e["name"]] == []


def test_an_emotion_point_clicked_where_the_reader_says_it_is_is_focused_and_says_its_new_score(
    reader: Reader, session: Session
) -> None:
    """The click goes where AT-SPI places the point (a magnifier or a switch user would go there);
    Up raises the score, and the point is said again with it."""
    canvas = canvas_of(reader.ask("tree"))
    point = next(c for c in canvas["children"] if c["role"] == "label" and showing(c))
    x, y, w, h = point["extents"]
    reader.ask("events 0")
    session.display.xdotool("mousemove", str(x + w // 2), str(y + h // 2), "click", "1")
    role, name = said(reader, " feels ")
    # both personas feel the same at each stage in this map: their points lie on top of each other
    persona, score_and_stage = name.split(" feels ")
    assert role == "label" and score_and_stage == point["name"].split(" feels ")[1] == "-2 at Stage 1"
    session.display.key("Up")
    assert said(reader, " feels -1") == ("label", f"{persona} feels -1 at Stage 1")
    session.display.key("Down", "Escape")
