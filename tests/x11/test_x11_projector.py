"""Workshop mode on a 1024×768 projector (Xvfb + openbox at that size): the room reads the map and
the card being typed, as the facilitator types with the keyboard."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.x11.conftest import App, cards_on_disk
from tests.x11.display import Display, display_for_tests
from tests.x11.test_x11_capture import _file, _wait_for

CARD_PX = 14.0  # a card's text, in map units
READABLE_PX = 8.0  # the least a workshop fit sets it at on the screen


@pytest.fixture(scope="module")
def projector() -> Iterator[Display]:
    with display_for_tests(1024, 768) as d:
        yield d


def _inside(inner: list[int], outer: list[int]) -> bool:
    x, y, w, h = inner
    ox, oy, ow, oh = outer
    return ox <= x and oy <= y and x + w <= ox + ow and y + h <= oy + oh


def test_the_facilitator_types_across_six_stages_and_the_room_reads_every_card(
    projector: Display, tmp_path: Path
) -> None:
    """F5 on a six-stage map: fitted whole on this projector its cards were blocks, the room read
    nothing but the card being typed (shown at 100%, the map jumping to it). The cards are text of
    at least 8 pixels from the start; the card typed in the first stage and the one typed after
    Tab, Tab… in the last are on screen whole, at that size, and the map says which stages it
    shows of how many."""
    path = _file(tmp_path / "projector.jmap")
    app = App(projector, path, tmp_path / "config")
    try:
        _wait_for(lambda: app.state()["focus_is_canvas"])
        app.display.key("ctrl+Home", "F5")

        def seen() -> dict[str, Any]:
            return json.loads(app.send("workshop_state")) or {}

        _wait_for(lambda: seen().get("active") is True)
        app.display.activate(app.display.window_named("^Workshop — "))
        opened = seen()
        assert opened["zoom"] * CARD_PX >= READABLE_PX and not opened["blocks"], opened
        assert opened["where"] is not None and opened["where"].endswith(" of 6 ▶")

        app.display.type("Kunde wartet")
        _wait_for(lambda: seen()["typing"])
        first = seen()
        assert _inside(first["editor"], first["map"]), first
        assert first["zoom"] == opened["zoom"] and not first["blocks"]  # no jump to 100 %

        app.display.key("Return", *["Tab"] * 5)
        app.display.type("ganz hinten")
        _wait_for(lambda: seen()["typing"] and not seen()["sliding"])
        last = seen()
        assert _inside(last["editor"], last["map"]), last
        assert last["zoom"] * CARD_PX >= READABLE_PX and not last["blocks"], last
        assert last["where"] is not None and last["where"].startswith("◀ ") and "–6 of 6" in last["where"]
        app.display.key("Return")
        _wait_for(lambda: ("Stage 6", "Touchpoints", "ganz hinten") in cards_on_disk(path))
        assert ("Stage 1", "Touchpoints", "Kunde wartet") in cards_on_disk(path)
    finally:
        app.quit()
