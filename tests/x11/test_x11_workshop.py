"""Workshop mode on a real X11 display (Xvfb + openbox): the keys that step the stage in focus."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.x11.conftest import App, cards_on_disk
from tests.x11.test_x11_capture import _file, _wait_for


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
    app.display.key("Return")
    typed = ("Findet den Laden", "Vergleicht Preise", "Bezahlt online", "Fragt nach")
    want = [
        ("Stage 1", "Touchpoints", "Findet den Laden"),
        ("Stage 2", "Touchpoints", "Vergleicht Preise"),
        ("Stage 2", "Touchpoints", "Fragt nach"),
        ("Stage 3", "Touchpoints", "Bezahlt online"),
    ]
    _wait_for(lambda: sorted(c for c in cards_on_disk(path) if c[2] in typed) == sorted(want))
