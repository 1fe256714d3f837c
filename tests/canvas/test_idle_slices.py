"""Card items made in idle time after an open: slices that grow with the event loop's own turn,
and items that keep no more than they paint.

Qt goes through every top-level item of a scene in each turn that dirtied one (a new card item
does), so fixed 1 ms slices at 100,000 cards spent most of their turns in Qt's passes, which grow
with the items already made: the items took 22 s of CPU after the first frame instead of a few.
"""

from __future__ import annotations

import time
from typing import Any

import pytest

from jmdesigner.canvas import scene as scene_module
from jmdesigner.canvas.scene import MapScene
from tests.builders import populated


@pytest.fixture
def scene(qtbot: Any) -> MapScene:
    doc = populated(cards_per_cell=3)
    made = MapScene(doc, doc.maps()[0].id)
    assert made.settling()  # a new scene defers every card item
    return made


def _budgets(scene: MapScene, monkeypatch: pytest.MonkeyPatch) -> list[float]:
    asked: list[float] = []

    def settle(rect: object, deadline: float | None, **_: object) -> None:
        asked.append(deadline - time.perf_counter())  # type: ignore[operator]

    monkeypatch.setattr(scene, "_settle", settle)
    return asked


def test_a_slice_lasts_as_long_as_the_turn_before_it(
    scene: MapScene, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = _budgets(scene, monkeypatch)
    scene._settle_slice()  # the first: SLICE
    assert asked[-1] < scene_module.SLICE + 0.0001
    scene._slice_end = time.perf_counter() - 0.005  # Qt's turn took 5 ms since
    scene._settle_slice()
    assert 0.004 < asked[-1] < 0.0051


def test_a_slice_grows_no_longer_than_its_bound(scene: MapScene, monkeypatch: pytest.MonkeyPatch) -> None:
    asked = _budgets(scene, monkeypatch)
    scene._slice_end = time.perf_counter() - 1.0  # a long turn (a dialog, another long task)
    scene._settle_slice()
    assert asked[-1] < scene_module.SLICE * scene_module.SLICE_GROWS + 0.0001
    monkeypatch.setattr(scene_module, "SLICE", 0.0)  # as small as they go (tests of deferred work)
    scene._slice_end = time.perf_counter() - 1.0
    scene._settle_slice()
    assert asked[-1] < 0.0001


def test_a_new_card_item_works_out_its_look_only_when_its_card_changes(scene: MapScene) -> None:
    """Every card gets an item at open: what it paints (``_look``, compared after an edit) is
    worked out then, not for each of 100,000 items as they are made."""
    scene.settle()
    items = list(scene.cards.values())
    assert items and all(item._look is None for item in items)
