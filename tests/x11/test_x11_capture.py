"""The capture protocol on a real X11 display (Xvfb + openbox), typed with xdotool."""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QImage

from jmdesigner.model import UndoStack, commands
from jmdesigner.storage.jmapfile import JmapFile
from tests.builders import sample_bundle
from tests.x11.capture_demo import SCRIPT, run_demo
from tests.x11.conftest import App, cards_on_disk
from tests.x11.display import Display


def _file(path: Path) -> Path:
    with JmapFile.create(path) as jfile:
        UndoStack(jfile.document).push(commands.add_map(sample_bundle(stages=6, cards_per_cell=2)))
    return path


def _wait_for(check: Callable[[], bool], timeout: float = 10) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if check():
            return
        time.sleep(0.1)
    assert check()


def _wait_until_equal(get: Callable[[], object], want: object, timeout: float = 10) -> None:
    """Waits as `_wait_for` does; on time-out pytest shows what arrived beside what was typed."""
    end = time.monotonic() + timeout
    while time.monotonic() < end and get() != want:
        time.sleep(0.1)
    assert get() == want


def test_focus_is_on_the_canvas_when_a_file_opens_and_typing_adds_a_card(
    run_app: Callable[[Path | None], App], tmp_path: Path
) -> None:
    path = _file(tmp_path / "focus.jmap")
    app = run_app(path)
    _wait_for(lambda: app.state()["focus_is_canvas"])
    app.display.key("ctrl+Home")
    app.display.type("-3 days wait")
    app.display.key("Return")
    _wait_for(lambda: ("Stage 1", "Touchpoints", "-3 days wait") in cards_on_disk(path))


def test_tab_moves_cell_to_cell_and_the_keyboard_stays_on_the_canvas(
    run_app: Callable[[Path | None], App], tmp_path: Path
) -> None:
    path = _file(tmp_path / "tab.jmap")
    app = run_app(path)
    _wait_for(lambda: app.state()["focus_is_canvas"])
    app.display.key("ctrl+Home", "Tab", "Tab")
    app.display.type("third stage")
    app.display.key("Tab")
    app.display.type("fourth stage")
    app.display.key("Return", "shift+Tab")
    app.display.type("back to the third")
    app.display.key("Escape")
    _wait_for(lambda: ("Stage 4", "Touchpoints", "fourth stage") in cards_on_disk(path))
    cards = cards_on_disk(path)
    assert ("Stage 3", "Touchpoints", "third stage") in cards
    assert ("Stage 3", "Touchpoints", "back to the third") in cards
    assert app.state()["focus_is_canvas"]


def test_ctrl_d_duplicates_on_x11(run_app: Callable[[Path | None], App], tmp_path: Path) -> None:
    path = _file(tmp_path / "dup.jmap")
    app = run_app(path)
    _wait_for(lambda: app.state()["focus_is_canvas"])
    before = cards_on_disk(path)
    app.display.key("Down", "ctrl+d")  # the first card, then Duplicate
    _wait_for(lambda: len(cards_on_disk(path)) == len(before) + 1)
    first = before[0]
    assert cards_on_disk(path).count(first) == 2


def test_a_first_run_gives_the_side_panels_readable_widths(
    run_app: Callable[[Path | None], App], tmp_path: Path
) -> None:
    """With no saved layout, X11 gave all of the window's growth to the canvas and left the Maps and
    Palette panel ~110 px wide with its names cut (offscreen never showed it)."""
    app = run_app(_file(tmp_path / "first.jmap"))
    _wait_for(lambda: app.state()["whole_map_shown"] is True)
    _wait_for(lambda: app.state()["docks"]["maps"] >= 200)  # type: ignore[index]
    docks = app.state()["docks"]
    assert docks["palette"] >= 200 and docks["inspector"] >= 300, docks  # type: ignore[index]


def test_the_dock_layout_survives_new_and_open_and_the_map_is_fitted(
    run_app: Callable[[Path | None], App], tmp_path: Path
) -> None:
    first = _file(tmp_path / "first.jmap")
    second = _file(tmp_path / "second.jmap")
    app = run_app(first)
    _wait_for(lambda: app.state()["whole_map_shown"] is True)
    start = app.state()
    assert app.send(f"new {tmp_path / 'third.jmap'}") == "OK"
    _wait_for(lambda: app.state()["whole_map_shown"] is True)
    assert app.send(f"open {second}") == "OK"
    _wait_for(lambda: app.state()["whole_map_shown"] is True)
    after = app.state()
    for name in ("maps", "inspector", "palette"):
        assert abs(after["docks"][name] - start["docks"][name]) <= 4, (start, after)
    assert abs(after["central_width"] - start["central_width"]) <= 8
    assert after["focus_is_canvas"]


def test_capture_demo_types_30_cards_and_every_text_arrives(display: Display, tmp_path: Path) -> None:
    result = run_demo(display, tmp_path)
    assert result.found == result.expected
    assert sum(len(v) for v in result.found.values()) == 30
    assert result.keys[:20] == [len(text) + 1 for text, _ in SCRIPT[:20]]  # the text plus one key


def test_a_card_typed_between_two_cards_gets_its_own_slot_on_screen(
    run_app: Callable[[Path | None], App], tmp_path: Path
) -> None:
    """Typed after card 1 of a cell, the new card's editor sits between card 1 and card 2 (card 2
    moved down, also after the text wrapped), covering neither: checked on the real window's grab."""
    path = _file(tmp_path / "slot.jmap")
    app = run_app(path)
    _wait_for(lambda: app.state()["focus_is_canvas"])
    app.display.key("ctrl+Home", "Down")  # the first cell's own first card
    text = "Waits at the counter while the clerk phones the warehouse about the size"
    app.display.type(text)
    png = tmp_path / "slot.png"
    _wait_for(lambda: json.loads(app.send(f"editor {png}")).get("text") == text)
    shot = json.loads(app.send(f"editor {png}"))
    _, ey, _, eh = shot["editor"]
    (_, first_y, _, first_h), (sx, second_y, sw, _) = shot["cards"]
    assert first_y + first_h <= ey and ey + eh <= second_y, shot  # between them, overlapping neither
    assert eh > 1.5 * first_h, shot  # the text wrapped (card 1 is one line): the slot grew with it
    image = QImage(str(png))
    assert not image.isNull()
    gap_y = (ey + eh + second_y) // 2  # the row between the editor and card 2 is the bare cell
    row = {image.pixel(x, gap_y) for x in range(sx + 4, sx + sw - 4)}
    assert len(row) == 1, f"something is drawn in the gap at y={gap_y}"
    app.display.key("Return")
    _wait_for(lambda: len([c for c in cards_on_disk(path) if c[:2] == ("Stage 1", "Touchpoints")]) == 3)


def test_window_keys_work_while_typing_a_card_and_find_keeps_its_text(
    run_app: Callable[[Path | None], App], tmp_path: Path
) -> None:
    """Ctrl+= and Ctrl+F did nothing while a card was open; Ctrl+F now finds, the card typed so
    far is added, and Esc in Find gives the keyboard back to the map."""
    path = _file(tmp_path / "keys.jmap")
    app = run_app(path)
    _wait_for(lambda: app.state()["focus_is_canvas"])
    zoom = app.state()["zoom"]
    app.display.key("ctrl+Home")
    app.display.type("typed before a search")
    app.display.key("ctrl+equal")
    _wait_for(lambda: app.state()["zoom"] > zoom)
    app.display.key("ctrl+f")
    _wait_for(lambda: app.state()["focus"] == "_QueryLine")
    _wait_for(lambda: ("Stage 1", "Touchpoints", "typed before a search") in cards_on_disk(path))
    app.display.key("Escape")
    _wait_for(lambda: app.state()["focus_is_canvas"])


def test_a_full_disk_while_typing_leaves_the_keyboard_with_the_card(
    run_app: Callable[[Path | None], App], tmp_path: Path
) -> None:
    """A facilitator types on a USB stick that fills up, and goes on typing: the warning shows
    without taking the keyboard (a space typed next pressed its OK, and the words before it were
    lost), one at a time however often Enter is pressed, and every key lands in the editor, each
    Enter starting the next card on a line of its own; with room again, Enter saves every card
    as typed and the warning goes (it cannot be closed by keys)."""
    from tests.safety.test_faults import small_disk

    with small_disk(tmp_path / "stick", "400k") as stick:
        path = _file(stick / "full.jmap")
        app = run_app(path)
        _wait_for(lambda: app.state()["focus_is_canvas"])
        filler = stick / "filler"
        filler.write_bytes(bytes(shutil.disk_usage(stick).free - 4096))  # less than a page or two left
        app.display.key("ctrl+Home")
        cards = ["Waits for the call back", "over an hour", "and gives up", "on the shop"]
        for part in cards[:-1]:
            app.display.type(part)
            app.display.key("Return")  # refused: the disk is full
            _wait_for(lambda: len(app.display.windows_named("could not be saved")) == 1)
        app.display.type(cards[-1])
        text = "\n".join(cards)
        png = tmp_path / "full.png"
        _wait_for(lambda: json.loads(app.send(f"editor {png}")).get("text") == text)
        assert app.display.active_window() == app.window  # the keyboard stayed with the window
        assert len(app.display.windows_named("could not be saved")) == 1  # one warning, not three stacked
        filler.unlink()
        app.display.key("Return")
        _wait_for(lambda: all(("Stage 1", "Touchpoints", card) in cards_on_disk(path) for card in cards))
        _wait_for(lambda: app.display.windows_named("could not be saved") == [])  # gone with its cause
        app.quit()
