"""Workshop mode on a real X11 display (Xvfb + openbox): the keys typed the moment F5 is pressed,
and the keys that step the stage in focus."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from jmdesigner.model import UndoStack, commands
from jmdesigner.storage.jmapfile import JmapFile
from tests.x11.conftest import App, cards_on_disk
from tests.x11.test_x11_capture import _file, _wait_for, _wait_until_equal


def _leave_workshop(app: App) -> None:
    app.display.activate(app.display.window_named("^Workshop — "))
    app.display.key("Escape")
    _wait_for(lambda: not app.display.windows_named("^Workshop — "))
    app.display.activate(app.window)
    _wait_for(lambda: app.state()["focus_is_canvas"])


def test_del_and_undo_typed_right_after_f5_act_in_the_workshop_in_order(
    run_app: Callable[[Path | None], App], tmp_path: Path
) -> None:
    """F5, then Del or Ctrl+Z at once, before the window manager gives the workshop the keyboard:
    the words went to the workshop but the window's shortcuts fired on the window. Del deleted the
    card selected on the window's canvas (the room never saw it selected), and Ctrl+Z, meant for
    the card being typed in the workshop, undid the card F5 had just added. Each key is the
    workshop's, in order, none lost or doubled."""
    path = _file(tmp_path / "f5-keys.jmap")
    app = run_app(path)
    _wait_for(lambda: app.state()["focus_is_canvas"])
    before = cards_on_disk(path)
    app.display.key("ctrl+Home", "Down")  # the first card of Stage 1, selected on the window's canvas
    app.display.xdotool("key", "--delay", "2", "F5", "Delete", *"neu", "Return")
    _wait_for(lambda: ("Stage 1", "Touchpoints", "neu") in cards_on_disk(path))
    assert sorted(cards_on_disk(path)) == sorted([*before, ("Stage 1", "Touchpoints", "neu")])
    _leave_workshop(app)

    app.display.key("ctrl+Home", "Tab")
    app.display.type("vor dem F5")
    # One xdotool run, 2 ms a key: openbox on Xvfb activates the workshop within some 50 ms, a
    # desktop's window manager (animations, a compositor) takes a good deal longer
    app.display.xdotool(
        "key", "--delay", "2", "F5", *"zwei", "ctrl+z", "ctrl+shift+z", "ctrl+z", *"drei", "Return"
    )

    def stage_2() -> list[str]:
        return [c[2] for c in cards_on_disk(path) if c[:2] == ("Stage 2", "Touchpoints")]

    _wait_for(lambda: stage_2()[-2:] == ["vor dem F5", "drei"])
    assert not [c for c in cards_on_disk(path) if "zwei" in c[2]]
    assert len(cards_on_disk(path)) == len(before) + 3


def test_page_down_and_up_step_the_stage_as_the_room_talks(
    run_app: Callable[[Path | None], App], tmp_path: Path
) -> None:
    """Page Down and Page Up (keys every input method passes on, and a presenter's remote sends)
    step the stage in focus; a card being typed when Page Down is pressed is added where it was
    typed, and the typing goes on in the next stage."""
    path = _file(tmp_path / "pages.jmap")
    app = run_app(path)
    _wait_for(lambda: app.state()["focus_is_canvas"])
    app.display.key("ctrl+Home")
    app.display.key("F5")
    app.display.activate(app.display.window_named("^Workshop — "))
    app.display.key("Next")
    app.display.type("Findet den Laden")
    app.display.key("Return", "Next")
    app.display.type("Vergleicht Preise")
    app.display.key("Next")  # mid-card
    app.display.type("Bezahlt online")
    app.display.key("Return", "Prior")
    app.display.type("Fragt nach")
    app.display.key("Tab")  # out of the card into the next stage: the focus follows
    app.display.type("Wartet auf Antwort")
    app.display.key("Return")
    typed = ("Findet den Laden", "Vergleicht Preise", "Bezahlt online", "Fragt nach", "Wartet auf Antwort")
    want = [
        ("Stage 1", "Touchpoints", "Findet den Laden"),
        ("Stage 2", "Touchpoints", "Vergleicht Preise"),
        ("Stage 2", "Touchpoints", "Fragt nach"),
        ("Stage 3", "Touchpoints", "Bezahlt online"),
        ("Stage 3", "Touchpoints", "Wartet auf Antwort"),
    ]
    _wait_for(lambda: sorted(c for c in cards_on_disk(path) if c[2] in typed) == sorted(want))
    assert json.loads(app.send("workshop_state"))["focus_index"] == 2


def test_in_and_out_of_workshop_mode_at_speed_every_word_arrives_once(
    run_app: Callable[[Path | None], App], tmp_path: Path
) -> None:
    """F5, a card, Esc and the next card at once, again and again: the words typed right after
    Esc were lost (the workshop closed and no window had the keyboard until the window manager
    gave it to the window behind; an Esc typed before the workshop even had the keyboard closed
    it, the window manager gave it the keyboard once gone, and more was lost). Each word arrives
    once, whole, and the window's canvas has the keyboard at the end."""
    path = _file(tmp_path / "in-and-out.jmap")
    app = run_app(path)
    _wait_for(lambda: app.state()["focus_is_canvas"])
    app.display.key("ctrl+Home")
    before = set(cards_on_disk(path))
    want = []
    for i in range(6):
        chain = ("key", "--delay", "12", *f"drin{i}", "Return", "Escape", *f"raus{i}", "Return")
        if i % 2:  # Esc once the workshop has the keyboard
            app.display.key("F5")
            _wait_for(lambda: (json.loads(app.send("workshop_state")) or {}).get("active") is True)
            app.display.xdotool(*chain)
        else:  # all at once: Esc before the window manager has given the workshop the keyboard
            app.display.xdotool(*chain[:3], "F5", *chain[3:])
        want += [f"drin{i}", f"raus{i}"]
        _wait_for(lambda: json.loads(app.send("workshop_state")) is None)

    def typed() -> list[str]:  # every card added (a word that lost its first letter shows too)
        return sorted(c[2] for c in cards_on_disk(path) if c not in before)

    _wait_until_equal(typed, sorted(want))
    _wait_for(lambda: app.state()["focus_is_canvas"])
    assert not app.display.windows_named("^Workshop — ")


def test_f5_in_the_window_with_the_workshop_open_brings_it_forward(
    run_app: Callable[[Path | None], App], tmp_path: Path
) -> None:
    """The facilitator clicks the window (the workshop on the projector) and presses F5 to get
    back: a second full-screen workshop opened over the first. The open one comes forward with
    the keyboard, and the words typed at once go into it."""
    path = _file(tmp_path / "f5-again.jmap")
    app = run_app(path)
    _wait_for(lambda: app.state()["focus_is_canvas"])
    app.display.key("ctrl+Home")
    app.display.key("F5")
    _wait_for(lambda: (json.loads(app.send("workshop_state")) or {}).get("active") is True)
    app.display.activate(app.window)
    app.display.xdotool("key", "--delay", "12", "F5", *"wieder", "space", *"da", "Return")
    _wait_for(lambda: ("Stage 1", "Touchpoints", "wieder da") in cards_on_disk(path))
    seen = json.loads(app.send("workshop_state"))
    assert seen["open"] == 1 and seen["active"] is True
    assert len(app.display.windows_named("^Workshop — ")) == 1


def test_words_typed_after_a_click_on_a_spin_box_arrow_become_cards(
    run_app: Callable[[Path | None], App], tmp_path: Path
) -> None:
    """The facilitator clicks the timer's minutes up and the participants down, and types on:
    the spin box kept the keyboard and refused every word. They are cards, where the typing was."""
    path = _file(tmp_path / "spin.jmap")
    app = run_app(path)
    _wait_for(lambda: app.state()["focus_is_canvas"])
    app.display.key("ctrl+Home")
    app.display.key("F5")
    _wait_for(lambda: (json.loads(app.send("workshop_state")) or {}).get("active") is True)
    for label, corner in (("min", "up"), ("participants", "down")):
        shown = json.loads(app.send("workshop_state"))
        x, y, w, h = next(c["rect"] for c in shown["controls"] if c["text"].endswith(label))
        arrow = (x + w - 8, y + (8 if corner == "up" else h - 8))
        app.display.xdotool("mousemove", str(arrow[0]), str(arrow[1]), "click", "1")
        app.display.type(f"nach {label}")
        app.display.key("Return")
    want = [("Stage 1", "Touchpoints", "nach min"), ("Stage 1", "Touchpoints", "nach participants")]
    _wait_for(lambda: [c for c in cards_on_disk(path) if c[2].startswith("nach ")] == want)
    shown = json.loads(app.send("workshop_state"))
    assert {"11 min", "7 participants"} <= {c["text"] for c in shown["controls"]}


def test_copy_paste_and_undo_in_the_workshop_act_on_its_own_map(
    run_app: Callable[[Path | None], App], tmp_path: Path
) -> None:
    """A card typed in the workshop, selected there, then Ctrl+C, Ctrl+V, Ctrl+Z and Ctrl+Shift+Z:
    the copy is pasted after it, taken back and brought back, in the workshop; the card selected on
    the window's canvas behind stays selected there, and is neither copied nor pasted."""
    path = _file(tmp_path / "clipboard.jmap")
    app = run_app(path)
    _wait_for(lambda: app.state()["focus_is_canvas"])
    app.display.key("ctrl+Home", "Down")  # a card selected on the window's canvas
    before = cards_on_disk(path)
    app.display.key("F5")
    _wait_for(lambda: (json.loads(app.send("workshop_state")) or {}).get("active") is True)
    behind = json.loads(app.send("workshop_state"))["selected_in_window"]
    assert len(behind) == 1
    app.display.type("Kopie")
    app.display.key("Return")
    one = sorted([*before, ("Stage 1", "Touchpoints", "Kopie")])
    two = sorted([*one, ("Stage 1", "Touchpoints", "Kopie")])
    _wait_for(lambda: sorted(cards_on_disk(path)) == one)
    app.display.key("ctrl+Home", "Down", "Down", "Down")  # past the cell's two cards to the new one
    _wait_for(lambda: json.loads(app.send("workshop_state"))["selected"] == ["Kopie"])
    app.display.key("ctrl+c", "ctrl+v")
    _wait_for(lambda: sorted(cards_on_disk(path)) == two)
    app.display.key("ctrl+z")
    _wait_for(lambda: sorted(cards_on_disk(path)) == one)
    app.display.key("ctrl+shift+z")
    _wait_for(lambda: sorted(cards_on_disk(path)) == two)
    seen = json.loads(app.send("workshop_state"))
    assert seen["active"] is True and seen["selected_in_window"] == behind


def test_ctrl_shift_return_in_the_workshop_accepts_the_room_note_selected_there(
    run_app: Callable[[Path | None], App], tmp_path: Path
) -> None:
    """A note from the room, selected in the workshop, and Ctrl+Shift+Return (Accept Selected Room
    Notes): the window's shortcut did nothing there. The note becomes an ordinary card; Ctrl+Z
    makes it the room's again."""
    from jmdesigner.model import Card
    from jmdesigner.model.ids import new_id
    from jmdesigner.storage.jmapfile import JmapFile

    path = _file(tmp_path / "room.jmap")
    with JmapFile.open(path) as jfile:
        doc = jfile.document
        map_id = doc.maps()[0].id
        stage = doc.stages(map_id)[0]
        lane = next(x for x in doc.lanes(map_id) if x.name == "Touchpoints")
        note = Card(new_id(), map_id, stage.id, lane.id, "vom Handy", author="Ana", from_room=True)
        UndoStack(doc).push(commands.insert_card(note, 0))

    def from_room() -> bool:
        with JmapFile.open(path, read_only=True) as jfile:
            return jfile.document.card(note.id).from_room

    app = run_app(path)
    _wait_for(lambda: app.state()["focus_is_canvas"])
    app.display.key("F5")
    _wait_for(lambda: (json.loads(app.send("workshop_state")) or {}).get("active") is True)
    app.display.key("ctrl+Home", "Down")
    _wait_for(lambda: json.loads(app.send("workshop_state"))["selected"] == ["vom Handy"])
    app.display.key("ctrl+shift+Return")
    _wait_for(lambda: not from_room())
    app.display.key("ctrl+z")
    _wait_for(from_room)


def test_two_quick_clicks_on_a_card_while_voting_are_two_dots(
    run_app: Callable[[Path | None], App], tmp_path: Path
) -> None:
    """X11 hands the second of two quick clicks over as a double-click, not a press: it gave no
    dot and opened the card's editor on the projector (which then took the keys meant for the vote)."""
    path = _file(tmp_path / "dots.jmap")
    app = run_app(path)
    _wait_for(lambda: app.state()["focus_is_canvas"])
    layout = json.loads(app.send("workshop"))
    app.display.activate(app.display.window_named("^Workshop — "))
    x, y, w, h = next(c["rect"] for c in layout["controls"] if c["text"] == "Start voting")
    app.display.xdotool("mousemove", str(x + w // 2), str(y + h // 2), "click", "1")
    before = _votes(path)
    x, y = json.loads(app.send("where workshop_card 0"))
    app.display.xdotool("mousemove", str(x), str(y), "click", "--repeat", "2", "--delay", "80", "1")
    _wait_for(lambda: _votes(path)[0] == before[0] + 2)
    state = app.send("workshop_state")
    assert json.loads(state)["typing"] is False, state
    assert sum(_votes(path)) == sum(before) + 2


def _votes(path: Path) -> list[int]:
    with JmapFile.open(path, read_only=True) as jfile:
        doc = jfile.document
        return [card.votes for m in doc.maps() for card in doc.cards(m.id)]
