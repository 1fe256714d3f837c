"""Every colour pair the map draws reaches WCAG AA, in the light and the dark theme."""

from __future__ import annotations

import pytest

from jmdesigner.layout import contrast, palette
from jmdesigner.layout.contrast import MARK_RATIO, TEXT_RATIO, pairs
from jmdesigner.model.kinds import Evidence, LaneKind


def test_the_ratio_is_wcag_s() -> None:
    assert contrast.contrast("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast.contrast("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)
    assert contrast.contrast("#FFFFFF", "#777777") == contrast.contrast("#777777", "#FFFFFF")


@pytest.mark.parametrize("theme", [palette.LIGHT, palette.DARK], ids=["light", "dark"])
def test_every_pair_reaches_aa(theme: palette.Theme) -> None:
    failing = [
        f"{p.what}: {p.fore} on {p.back} is {contrast.contrast(p.fore, p.back):.2f}:1, needs {p.minimum}"
        for p in pairs(theme)
        if contrast.contrast(p.fore, p.back) < p.minimum
    ]
    assert not failing, "\n".join(failing)


def test_the_pairs_cover_every_lane_evidence_and_swatch() -> None:
    whats = " | ".join(p.what for p in pairs())
    for kind in LaneKind:
        assert f"{kind.label} badge letters" in whats and f"{kind.label} card" in whats
    for evidence in Evidence:
        assert f"{evidence.value} evidence mark" in whats
    for name in palette.SWATCH_NAMES.values():
        assert f"{name} curve" in whats
    assert {p.minimum for p in pairs()} == {TEXT_RATIO, MARK_RATIO}


def test_dark_user_colours_stay_readable() -> None:
    for colour in ["#FFEE00", "#000080", "#D1495B", *palette.SWATCH_NAMES]:
        fill = palette.DARK.card_fill(colour, palette.DARK.cell)
        assert contrast.contrast(palette.DARK.text, fill) >= TEXT_RATIO, colour
        light_fill = palette.LIGHT.card_fill(colour, palette.LIGHT.cell)
        assert contrast.contrast(palette.LIGHT.text, light_fill) >= TEXT_RATIO, colour


def test_swatches_have_names_a_person_can_say() -> None:
    accents = {c.accent for c in palette.LANE_COLOURS.values()}
    assert set(palette.SWATCH_NAMES) == accents
    assert len(set(palette.SWATCH_NAMES.values())) == len(accents)  # no two swatches alike aloud
    assert palette.colour_name(palette.LANE_COLOURS[LaneKind.TOUCHPOINTS].accent) == "Blue"
    assert palette.colour_name("#d1495b") == "Red"
    assert palette.colour_name("#2e86ab") == "Blue"
    assert palette.colour_name("#0e8080") == "Teal"
    assert palette.colour_name("#0a1f5c") == "Dark blue"
    assert palette.colour_name("#808080") == "Grey"
