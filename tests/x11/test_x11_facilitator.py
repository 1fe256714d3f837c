"""A facilitator's session on a real X11 display: what is typed after a header is renamed or a
score is set."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

from jmdesigner.storage.jmapfile import JmapFile
from tests.x11.conftest import App, cards_on_disk
from tests.x11.display import Display
from tests.x11.test_x11_capture import _file, _wait_for, _wait_until_equal


def _click(app: App, kind: str, index: int, clicks: int = 1) -> None:
    """Click where the thing is once the window has settled (on a loaded machine the docks may
    still be finding their widths, moving the canvas, after the first frame)."""
    where = json.loads(app.send(f"where {kind} {index}"))
    end = time.monotonic() + 10
    while time.monotonic() < end:
        time.sleep(0.3)
        again = json.loads(app.send(f"where {kind} {index}"))
        if again == where:
            break
        where = again
    x, y = where
    app.display.xdotool("mousemove", str(x), str(y), "click", "--repeat", str(clicks), "--delay", "80", "1")


def _rename(app: App, kind: str, index: int, name: str) -> None:
    _click(app, kind, index, clicks=2)
    app.display.type(name)
    app.display.key("Return")


def test_typing_on_after_renaming_a_stage_or_lane_adds_the_card_where_the_typing_was(
    run_app: Callable[[Path | None], App], tmp_path: Path
) -> None:
    """Renaming a stage mid-flow left the keyboard on its header, where typed words went nowhere
    (and the Enter after them reopened the rename): every word typed after it is a card now, in
    the renamed stage (or lane) where the typing was going on."""
    path = _file(tmp_path / "rename.jmap")
    app = run_app(path)
    _wait_for(lambda: app.state()["whole_map_shown"] is True)
    _wait_for(lambda: app.state()["focus_is_canvas"])
    app.display.key("ctrl+Home", "Tab", "Down", "Down", "Down")  # Stage 2, past its two cards, Pain points
    app.display.type("before the rename")
    app.display.key("Return")
    _wait_for(lambda: ("Stage 2", "Pain points", "before the rename") in cards_on_disk(path))
    _rename(app, "stage", 1, "Kasse")
    app.display.type("after the rename")
    app.display.key("Return")
    _wait_for(lambda: ("Kasse", "Pain points", "after the rename") in cards_on_disk(path))
    _rename(app, "lane", 0, "Kontaktpunkte")
    app.display.type("under the lane")
    app.display.key("Return")
    _wait_for(lambda: ("Kasse", "Kontaktpunkte", "under the lane") in cards_on_disk(path))
    assert app.state()["focus_is_canvas"]


def _header_names(path: Path) -> tuple[list[str], list[str]]:
    with JmapFile.open(path, read_only=True) as jfile:
        doc = jfile.document
        map_id = doc.maps()[0].id
        return [s.name for s in doc.stages(map_id)], [lane.name for lane in doc.lanes(map_id)]


def test_tab_in_a_stage_or_lane_name_types_the_next_name(
    run_app: Callable[[Path | None], App], tmp_path: Path
) -> None:
    """Naming the stages for a client, as across a spreadsheet's header row: Tab keeps the name
    and types the next stage's (it went to the cell below), Shift+Tab the previous one's; a
    lane's name likewise. After the last name, the words typed are a card under that stage."""
    path = _file(tmp_path / "names.jmap")
    app = run_app(path)
    _wait_for(lambda: app.state()["whole_map_shown"] is True)
    _wait_for(lambda: app.state()["focus_is_canvas"])
    _click(app, "stage", 0, clicks=2)
    app.display.type("Suchen")
    app.display.key("Tab")
    app.display.type("Vergleichen")
    app.display.key("Tab")
    app.display.type("Bestellen")
    app.display.key("shift+Tab")
    app.display.type("Auswaehlen")  # the second stage's name again, typed over
    app.display.key("Return")
    stages = ["Suchen", "Auswaehlen", "Bestellen", "Stage 4", "Stage 5", "Stage 6"]
    _wait_until_equal(lambda: _header_names(path)[0], stages)
    _click(app, "lane", 1, clicks=2)
    app.display.type("Gefuehle")
    app.display.key("shift+Tab")
    app.display.type("Kontaktpunkte")
    app.display.key("Tab", "Tab")  # past the second lane's name (kept) to the third's
    app.display.key("Escape")  # the third's name left as it was
    _wait_until_equal(lambda: _header_names(path)[1], ["Kontaktpunkte", "Gefuehle", "Pain points"])
    assert app.state()["focus_is_canvas"]


def test_typing_on_after_setting_a_score_adds_the_card_in_that_stage(
    run_app: Callable[[Path | None], App], tmp_path: Path
) -> None:
    """A click on an emotion point selects it (Up/Down set the score); the words typed next went
    nowhere, without a word said. They are a card now, in the point's stage, in the lane where the
    typing was."""
    path = _file(tmp_path / "score.jmap")
    app = run_app(path)
    _wait_for(lambda: app.state()["whole_map_shown"] is True)
    _wait_for(lambda: app.state()["focus_is_canvas"])
    app.display.key("ctrl+Home", "Down", "Down", "Down")  # Stage 1, past its two cards: Pain points
    app.display.type("waits for the call")
    app.display.key("Return")
    _wait_for(lambda: ("Stage 1", "Pain points", "waits for the call") in cards_on_disk(path))
    _click(app, "point", 2)  # a point in Stage 3
    app.display.key("Up")
    app.display.type("gives up and leaves")
    app.display.key("Return")
    _wait_for(lambda: ("Stage 3", "Pain points", "gives up and leaves") in cards_on_disk(path))
    # Up raised the score clicked first (Maya's and Walter's points lie on one another there)
    assert sorted(score for (_, stage), score in _scores(path).items() if stage == "Stage 3") == [0, 1]
    assert app.state()["focus_is_canvas"]


def _scores(path: Path) -> dict[tuple[str, str], float]:
    with JmapFile.open(path, read_only=True) as jfile:
        doc = jfile.document
        return {
            (doc.persona(p.persona_id).name, doc.stage(p.stage_id).name): p.score
            for m in doc.maps()
            for p in doc.emotion_points(m.id)
        }


def test_a_failed_backup_said_as_the_typing_starts_leaves_every_letter_in_the_card(
    display: Display, tmp_path: Path
) -> None:
    """The backup due on open fails (its folder blocked by a file) half a second after the map is
    shown, as the facilitator starts typing: the warning took the keyboard, the letters typed next
    went into it and the space pressed its OK ("Erste Worte" was added as "EWorte"). It shows
    beside the window, and every letter lands in the card."""
    path = _file(tmp_path / "backup.jmap")
    data = tmp_path / "data"
    data.mkdir()
    (data / "backups").write_text("not a folder")
    app = App(display, path, tmp_path / "config", {"JMDESIGNER_DATA_DIR": str(data)})
    try:
        before = cards_on_disk(path)
        text = "Erste Worte sofort nach dem Oeffnen und weiter"
        app.display.type(text, 60)  # from the first frame: the warning comes while it is typed
        app.display.key("Return")
        _wait_until_equal(lambda: [c[2] for c in cards_on_disk(path) if c not in before], [text])
        assert len(app.display.windows_named("Something went wrong")) == 1  # said, beside the window
        assert app.display.active_window() == app.window
    finally:
        app.quit()
