"""A facilitator's session on a real X11 display: what is typed after a header is renamed."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from tests.x11.conftest import App, cards_on_disk
from tests.x11.test_x11_capture import _file, _wait_for


def _rename(app: App, kind: str, index: int, name: str) -> None:
    x, y = json.loads(app.send(f"header {kind} {index}"))
    app.display.xdotool("mousemove", str(x), str(y), "click", "--repeat", "2", "--delay", "80", "1")
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
