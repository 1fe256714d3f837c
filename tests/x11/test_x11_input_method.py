"""Workshop mode through a real input method (IBus, Chinese Pinyin) on a real X11 display: the
keys that step the stage pass through it; what it makes of ``]`` is text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.x11 import input_method
from tests.x11.conftest import App, cards_on_disk
from tests.x11.display import Display
from tests.x11.test_x11_capture import _file, _wait_for


def test_through_a_chinese_input_method_page_down_steps_the_stage_and_a_bracket_is_text(
    display: Display, tmp_path: Path
) -> None:
    """With Pinyin on, ``]`` reaches the app as the input method's "】", never as a key: it starts
    a card (the facilitator's bracket shortcut typed it, or nothing), and the workshop says so and
    names Page Down / Page Up, which the input method passes on and which step the stage."""
    lacking = input_method.missing()
    if lacking:
        pytest.skip(f"a real input method needs {', '.join(lacking)} (apt-get install ibus ibus-pinyin)")
    path = _file(tmp_path / "pinyin.jmap")
    with input_method.pinyin(display, tmp_path / "home") as im_env:
        app = App(display, path, tmp_path / "config", extra_env=im_env)
        try:

            def workshop() -> dict:
                return json.loads(app.send("workshop_state")) or {}

            _wait_for(lambda: app.state()["focus_is_canvas"])
            app.display.key("ctrl+Home")
            app.display.key("F5")
            app.display.activate(app.display.window_named("^Workshop — "))
            app.display.key("Next")
            _wait_for(lambda: workshop().get("focus_index") == 0)
            app.display.key("bracketright")
            _wait_for(lambda: workshop().get("typing") is True)
            seen = workshop()
            assert seen["focus_index"] == 0  # text, not the stage shortcut
            assert "Page Down" in seen["status"], seen["status"]
            app.display.key("Return", "Next")
            _wait_for(lambda: workshop().get("focus_index") == 1)
            _wait_for(lambda: ("Stage 1", "Touchpoints", "】") in cards_on_disk(path))
        finally:
            app.quit()
