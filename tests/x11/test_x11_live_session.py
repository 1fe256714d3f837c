"""A facilitator's live session on a real X11 display: fast typing in several scripts, and keys
typed when no cell is selected."""

from __future__ import annotations

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
