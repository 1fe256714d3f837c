"""Page planning: fit scale and warnings, tile counts and overlap, the plotter's 200-inch cap."""

from __future__ import annotations

import math

import pytest

from jmdesigner.errors import JmError
from jmdesigner.export.pages import (
    CARD_PT,
    MAX_PAGE_SIDE,
    MM,
    Frame,
    page_name,
    page_size,
    plan_fit,
    plan_plotter,
    plan_tiles,
    row_letter,
    too_small,
)


def test_page_sizes_and_orientation() -> None:
    assert page_size("A4", landscape=False) == pytest.approx((595.28, 841.89), abs=0.01)
    assert page_size("a4", landscape=True) == pytest.approx((841.89, 595.28), abs=0.01)
    assert page_size("Letter", landscape=False) == (612, 792)
    assert page_size("TABLOID", landscape=False) == (792, 1224)
    assert page_size("A0", landscape=False) == pytest.approx((2383.94, 3370.39), abs=0.01)
    with pytest.raises(JmError, match="A4, A3, A2, A1, A0, letter, tabloid"):
        page_name("B5")


def test_fit_uses_the_limiting_side_and_centres_the_map() -> None:
    frame = Frame(margin=10, top_band=0, bottom_band=0)
    plan = plan_fit(2000, 500, "A3", landscape=True, frame=frame)
    area_w = plan.page_w - 20
    assert plan.scale == pytest.approx(area_w / 2000)
    r = plan.map_rect
    assert r.w == pytest.approx(area_w) and r.x == pytest.approx(10)
    assert r.y - 10 == pytest.approx(plan.page_h - 10 - r.bottom)  # centred vertically
    assert plan.warning is None


def test_fit_never_blows_a_tiny_map_up_beyond_max_scale() -> None:
    assert plan_fit(100, 100, "A0").scale == 2.0


def test_fit_warns_below_readable_size_and_suggests_a_page() -> None:
    plan = plan_fit(3000, 1500, "A4", landscape=True)
    assert plan.card_pt < 6
    assert plan.warning is not None and "A4 landscape" in plan.warning and "--page A" in plan.warning
    assert "--tile" in plan.warning
    huge = plan_fit(40000, 20000, "A4")
    assert huge.warning is not None and "No single page up to A0" in huge.warning


def test_text_just_short_of_the_readable_size_is_not_said_to_print_at_it() -> None:
    # 5.97 pt was "Card text would print at 6.0 pt …, below the readable 6 pt" (the command line's
    # first line; the export dialog already said 5.9 pt)
    frame = Frame()
    area = frame.content(*page_size("A4", landscape=True))
    plan = plan_fit(area.w * CARD_PT / 5.97, 100, "A4", landscape=True)
    assert plan.card_pt == pytest.approx(5.97)
    assert plan.warning is not None
    assert plan.warning.startswith(
        "Card text would print at 5.9 pt on A4 landscape, below the readable 6 pt."
    )
    assert too_small(5.96, "A3", False).startswith("Card text would print at 5.9 pt on A3 portrait")
    assert too_small(1.46, "A4", True).startswith("Card text would print at 1.5 pt")  # rounded as before


def test_tiles_cover_the_map_with_the_overlap() -> None:
    frame = Frame(margin=0, top_band=0, bottom_band=0)
    # A4 landscape window 841.89 x 595.28; overlap 10 mm = 28.35 pt.
    plan = plan_tiles(2000, 1000, "A4", landscape=True, scale=1.0, overlap_mm=10, frame=frame)
    step_x = plan.area.w - plan.overlap
    assert plan.cols == 3 and plan.rows == 2 and len(plan.tiles) == 6
    assert [t.label for t in plan.tiles] == ["A1", "A2", "A3", "B1", "B2", "B3"]
    assert plan.tiles[1].window.x == pytest.approx(step_x)
    # neighbours share exactly the overlap, and the last tiles reach the map's far edges
    assert plan.tiles[0].window.right - plan.tiles[1].window.x == pytest.approx(10 * MM)
    assert plan.tiles[-1].window.right >= 2000 and plan.tiles[-1].window.bottom >= 1000
    assert plan.tiles[-1].window.x < 2000 and plan.tiles[-1].window.y < 1000


def test_tile_scale_changes_the_count() -> None:
    small = plan_tiles(2000, 1000, "A4", scale=0.5)
    big = plan_tiles(2000, 1000, "A4", scale=2.0)
    assert len(small.tiles) < len(big.tiles)
    one = plan_tiles(100, 100, "A4")
    assert (one.rows, one.cols) == (1, 1)


@pytest.mark.parametrize("overlap", [-1, 200])
def test_tile_overlap_out_of_range_is_refused(overlap: float) -> None:
    with pytest.raises(JmError, match="overlap"):
        plan_tiles(2000, 1000, "A4", overlap_mm=overlap)


@pytest.mark.parametrize("scale", [math.nan, math.inf, -math.inf])
def test_a_tile_scale_that_is_no_number_above_0_is_refused_in_a_sentence(scale: float) -> None:
    # --tile --scale nan (or inf) ended in a traceback from counting the pages
    with pytest.raises(JmError, match=r"poster scale must be a number above 0 \(got -?(nan|inf)\)"):
        plan_tiles(2000, 1000, "A4", scale=scale)


def test_a_scale_that_would_make_a_wall_of_pages_is_refused_before_any_is_made() -> None:
    # --tile --scale 100000 (meant 1.0) ran for ever making tiles; --scale 300 made a 128,520-page PDF
    from jmdesigner.export import pages

    plan = plan_tiles(2000, 1000, "A4", scale=20)  # a very large poster still prints
    assert plan.rows * plan.cols <= pages.MAX_TILES
    for scale in (300.0, 1e5, 1e300):
        with pytest.raises(
            JmError, match=r"^At scale .* the poster would take [\d,]+ pages of A4, more than"
        ):
            plan_tiles(2000, 1000, "A4", scale=scale)


def test_an_overlap_that_is_no_number_is_refused_in_a_sentence() -> None:
    with pytest.raises(JmError, match=r"overlap must be between 0 and \d+ mm on A4 \(got nan mm\)"):
        plan_tiles(2000, 1000, "A4", overlap_mm=math.nan)


def test_a_plotter_scale_that_is_no_number_is_refused_in_a_sentence() -> None:
    with pytest.raises(JmError, match=r"plotter scale must be above 0 \(got nan\)"):
        plan_plotter(100, 100, scale=math.nan)


def test_row_letters() -> None:
    assert [row_letter(i) for i in (0, 1, 25, 26, 27)] == ["A", "B", "Z", "AA", "AB"]


def test_plotter_page_is_map_plus_margins() -> None:
    frame = Frame(margin=20, top_band=30, bottom_band=10)
    plan = plan_plotter(1600, 1200, scale=1.0, frame=frame)
    assert (plan.page_w, plan.page_h) == (1640, 1280)
    assert plan.warning is None and plan.scale == 1.0


def test_plotter_stays_within_200_inches() -> None:
    plan = plan_plotter(30000, 2000, scale=1.0)
    assert plan.page_w <= MAX_PAGE_SIDE + 1e-6 and plan.page_h <= MAX_PAGE_SIDE
    assert plan.scale < 1.0 and plan.warning is not None and "200 inches" in plan.warning
    with pytest.raises(JmError):
        plan_plotter(100, 100, scale=0)
