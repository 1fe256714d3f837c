"""The colour a new persona's curve takes: told apart at a glance from the curves already there."""

from __future__ import annotations

from jmdesigner.layout.palette import CLEARLY_UNLIKE, LANE_COLOURS, colour_distance, new_curve_colour
from jmdesigner.model.kinds import LaneKind


def test_personas_added_one_by_one_take_blue_red_green_amber_purple() -> None:
    taken: list[str] = []
    for _ in range(5):
        taken.append(new_curve_colour(taken))
    kinds = (LaneKind.TOUCHPOINTS, LaneKind.PAIN_POINTS, LaneKind.OPPORTUNITIES, LaneKind.ACTIONS)
    assert taken[:4] == [LANE_COLOURS[k].accent for k in kinds]
    assert all(colour_distance(a, b) >= CLEARLY_UNLIKE for i, a in enumerate(taken) for b in taken[:i])


def test_an_imported_blue_that_is_no_swatch_still_keeps_the_blue_swatch_away() -> None:
    """An import's #2e86ab is not the Blue swatch's #2E78C0, but looks the same on a curve."""
    assert colour_distance("#2e86ab", LANE_COLOURS[LaneKind.TOUCHPOINTS].accent) < CLEARLY_UNLIKE
    assert new_curve_colour(["#d1495b", "#2e86ab"]) == LANE_COLOURS[LaneKind.OPPORTUNITIES].accent


def test_with_every_swatch_taken_the_least_like_the_others_is_chosen_and_odd_values_are_ignored() -> None:
    every = [c.accent for c in LANE_COLOURS.values()]
    assert new_curve_colour(every) in every
    assert new_curve_colour(["", "red", "#12345"]) == LANE_COLOURS[LaneKind.TOUCHPOINTS].accent
