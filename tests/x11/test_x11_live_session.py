"""A facilitator's live session on a real X11 display: fast typing in several scripts, and keys
typed when no cell is selected."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

from tests.x11.conftest import App, cards_on_disk
from tests.x11.test_x11_capture import _file, _wait_for
from tests.x11.test_x11_facilitator import _click


def test_words_typed_with_no_cell_selected_become_cards_where_the_typing_was(
    run_app: Callable[[Path | None], App], tmp_path: Path
) -> None:
    """Typing the moment the file opens, after a click on the bare canvas, and after Esc: each
    said "Select a cell first…" and the words were gone. They are cards now: the first cell at
    first, then the cell the typing was in."""
    path = _file(tmp_path / "nothing-selected.jmap")
    app = run_app(path)
    _wait_for(lambda: app.state()["whole_map_shown"] is True)
    _wait_for(lambda: app.state()["focus_is_canvas"])
    app.display.type("first words of the day")
    app.display.key("Return")
    _wait_for(lambda: ("Stage 1", "Touchpoints", "first words of the day") in cards_on_disk(path))
    app.display.key("ctrl+Home", "Tab", "Tab")
    app.display.type("Kunde wartet")
    app.display.key("Return")
    _click(app, "background", 6)
    app.display.type("nach dem Klick")
    app.display.key("Return")
    app.display.key("Escape")
    app.display.type("nach Esc")
    app.display.key("Return")
    want = [("Stage 3", "Touchpoints", t) for t in ("Kunde wartet", "nach dem Klick", "nach Esc")]
    _wait_for(lambda: [c for c in cards_on_disk(path) if c[:2] == ("Stage 3", "Touchpoints")][-3:] == want)
    assert app.state()["focus_is_canvas"]


SCRIPTS: tuple[tuple[str, str], ...] = (
    ("Größere Schrift für ältere Kunden", "Return"),
    ("Ο πελάτης περιμένει είκοσι λεπτά", "Tab"),
    ("הלקוח מחכה לשיחה חוזרת", "Return"),
    ("配送時間が分からない", "Escape"),
    ("客户找不到优惠码", "Tab"),
    ("배송 알림이 늦다", "Return"),
)


def test_cards_typed_fast_in_greek_hebrew_and_cjk_arrive_whole_in_their_cells(
    run_app: Callable[[Path | None], App], tmp_path: Path
) -> None:
    """Every character of each script arrives, in the cell it was typed in (Tab moves on)."""
    path = _file(tmp_path / "scripts.jmap")
    app = run_app(path)
    _wait_for(lambda: app.state()["focus_is_canvas"])
    app.display.key("ctrl+Home", "Down", "Down", "Down")  # Stage 1, past its two cards: Pain points
    stage, want = 1, []
    for text, end in SCRIPTS:
        app.display.type(text)
        app.display.key(end)
        want.append((f"Stage {stage}", "Pain points", text))
        stage += end == "Tab"
    _wait_for(lambda: [c for c in cards_on_disk(path) if c[2] in dict(SCRIPTS)] == want)


def test_in_workshop_mode_words_typed_after_the_next_stage_is_focused_go_into_it(
    run_app: Callable[[Path | None], App], tmp_path: Path
) -> None:
    """F5 pressed mid-card left the card's editor open behind the workshop, its words not on the
    map the room saw, and the words typed right after F5 (before the window manager gave the
    workshop the keyboard) started a hidden card there too; then ] to focus the first stage, a
    card typed; ] again and the next card went into the stage just left, dimmed, where the room
    could not see it."""
    path = _file(tmp_path / "room.jmap")
    app = run_app(path)
    _wait_for(lambda: app.state()["focus_is_canvas"])
    app.display.key("ctrl+Home")
    app.display.type("vor dem F5")  # F5 in the middle of a card: the card typed so far is added
    app.display.xdotool("key", "F5", "type", "--delay", "12", "gleich danach")  # typed on at once
    app.display.key("Return")
    _wait_for(lambda: ("Stage 1", "Touchpoints", "vor dem F5") in cards_on_disk(path))
    _wait_for(lambda: ("Stage 1", "Touchpoints", "gleich danach") in cards_on_disk(path))
    app.display.activate(app.display.window_named("^Workshop — "))
    app.display.key("bracketright")
    app.display.type("Findet den Laden")
    app.display.key("Return", "bracketright")
    app.display.type("Vergleicht Preise")
    app.display.key("Return")
    want = [("Stage 1", "Touchpoints", "Findet den Laden"), ("Stage 2", "Touchpoints", "Vergleicht Preise")]
    typed = ("Findet den Laden", "Vergleicht Preise")
    _wait_for(lambda: [c for c in cards_on_disk(path) if c[2] in typed] == want)


def test_killed_mid_card_while_typing_on_the_card_comes_back_on_reopening(
    run_app: Callable[[Path | None], App], tmp_path: Path
) -> None:
    """A long card typed without a pause longer than the draft delay, the app killed mid-word:
    nothing of it was in the file (the draft waited for a pause). What was typed up to a moment
    before the kill comes back in its editor when the file is opened again."""
    import subprocess

    from jmdesigner.storage.jmapfile import JmapFile

    path = _file(tmp_path / "killed.jmap")
    app = run_app(path)
    _wait_for(lambda: app.state()["focus_is_canvas"])
    app.display.key("ctrl+Home")
    text = "Waits twenty minutes on hold, then the line drops and nobody calls back"
    typing = subprocess.Popen(["xdotool", "type", "--delay", "110", "--", text], env=app.display.env)
    try:
        time.sleep(4.5)  # some 40 characters typed, never a pause
        app.proc.kill()
        app.proc.wait(10)
    finally:
        typing.wait(30)  # not killed: a key it holds down would repeat into the next window
    with JmapFile.open(path, read_only=True) as jfile:
        kept = [d.text for d in jfile.drafts()]
    assert len(kept) == 1 and len(kept[0]) >= 20 and text.startswith(kept[0]), kept
    again = run_app(path)
    png = tmp_path / "back.png"
    _wait_for(lambda: json.loads(again.send(f"editor {png}")).get("text") == kept[0])


def test_a_card_started_with_a_dead_key_keeps_its_accent(
    run_app: Callable[[Path | None], App], tmp_path: Path
) -> None:
    """´ then e as the first keys of a card (French or Spanish words on many layouts): the canvas
    took no composed text while no card was open, so the card began with a bare "e"."""
    path = _file(tmp_path / "accents.jmap")
    app = run_app(path)
    _wait_for(lambda: app.state()["focus_is_canvas"])
    app.display.key("ctrl+Home", "Tab")
    app.display.key("dead_acute", "e")
    app.display.type("tudes")
    app.display.key("Return", "dead_circumflex", "a")
    app.display.type(" la fin")
    app.display.key("Return")
    want = [("Stage 2", "Touchpoints", "études"), ("Stage 2", "Touchpoints", "â la fin")]
    _wait_for(lambda: [c for c in cards_on_disk(path) if c[2] in ("études", "â la fin")] == want)
