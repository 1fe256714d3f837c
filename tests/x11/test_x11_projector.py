"""Workshop mode on a 1024×768 projector (Xvfb + openbox at that size): the room reads the map and
the card being typed, as the facilitator types with the keyboard."""

from __future__ import annotations

import json
import os
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


def test_the_join_code_and_the_side_panel_leave_the_map_to_the_room_and_notes_out_of_sight_are_counted(
    projector: Display, tmp_path: Path
) -> None:
    """With the room open, F5 on this projector: the join code took 290×420 px of the 664-px map
    and the side panel stayed 360 px wide. The code is compact (its QR modules 4 px or more),
    Ctrl+J folds it into a small tab and brings it back, the panel is narrower, and a note a
    phone sends into a stage out of sight is counted beside the arrow on its side."""
    from tests.room.harness import Client

    path = _file(tmp_path / "projector.jmap")
    app = App(projector, path, tmp_path / "config", {"JMDESIGNER_DATA_DIR": str(tmp_path / "data")})
    try:
        url = json.loads(app.send("room"))
        assert url is not None
        app.display.activate(app.window)
        _wait_for(lambda: app.state()["focus_is_canvas"])
        app.display.key("ctrl+Home", "F5")

        def seen() -> dict[str, Any]:
            return json.loads(app.send("workshop_state")) or {}

        _wait_for(lambda: seen().get("active") is True and seen().get("code") is not None)
        app.display.activate(app.display.window_named("^Workshop — "))
        _wait_for(lambda: seen()["where"] is not None)
        opened = seen()
        code, side, shown = opened["code"], opened["side"], opened["map"]
        assert code["compact"] and not code["folded"] and code["module_px"] >= 4, code
        assert _inside(code["rect"], shown) and code["rect"][2] * code["rect"][3] <= 220 * 260, code
        assert side[2] <= 270 and shown[2] >= 1024 - 270, opened
        shots = os.environ.get("JMDESIGNER_PROJECTOR_SHOTS")
        if shots:
            projector.screenshot(str(Path(shots) / "projector-1024x768.png"))

        app.display.key("ctrl+j")
        _wait_for(lambda: seen()["code"]["folded"])
        folded = seen()["code"]
        assert folded["rect"][3] < 60 and folded["module_px"] is None, folded
        app.display.key("ctrl+j")
        _wait_for(lambda: not seen()["code"]["folded"])
        assert seen()["code"]["rect"] == code["rect"]

        phone = Client(url)
        data = phone.get("api/map").json()
        last = data["stages"][-1]["id"]
        lane = next(x["id"] for x in data["lanes"] if x["kind"] == "pain_points")
        note = {"stage": last, "lane": lane, "text": "hinten", "participant": "Ana"}
        answer = phone.post("api/cards", note)
        assert answer.status == 201, answer.body
        _wait_for(lambda: (seen()["where"] or "").endswith(" · 1 new note ▶"))
        app.display.key(*["Tab"] * 5)  # the keyboard's cell to the last stage: it slides into sight
        _wait_for(lambda: not seen()["sliding"] and "new" not in (seen()["where"] or "new"))
        assert ("Stage 6", "Pain points", "hinten") in cards_on_disk(path)
    finally:
        app.quit()
