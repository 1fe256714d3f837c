"""The assembly overview counts its pages, rows and columns in words that agree with the number:
a poster trimmed to one row (or one page) says "1 × 2" and "2 pages", never "1 rows" or "1 pages"."""

from __future__ import annotations

import pytest

from jmdesigner.export.map_pages import _overview_subtitle
from jmdesigner.export.pages import plan_tiles
from tests.i18n.languages import german  # noqa: F401 (a fixture)


def _plan(rows: int, cols: int):  # type: ignore[no-untyped-def]
    plan = plan_tiles(650 * cols, 450 * rows, "A4", True, 1.0, 10.0)  # A4 landscape, 10 mm overlap
    assert (plan.rows, plan.cols) == (rows, cols)
    return plan


@pytest.mark.parametrize(("rows", "cols"), [(1, 1), (1, 2), (2, 1), (2, 3)])
def test_the_overview_says_rows_columns_and_pages_in_agreement(rows: int, cols: int) -> None:
    said = _overview_subtitle(_plan(rows, cols), 0)
    pages = rows * cols
    assert said.startswith(f"{pages} page{'s' if pages > 1 else ''} "), said
    assert f"{rows} × {cols}" in said
    for wrong in ("1 rows", "1 columns", "1 pages"):
        assert wrong not in said, said
    skipped = _overview_subtitle(_plan(rows, cols), 1) if pages > 1 else ""
    if skipped:
        assert (
            f"{pages - 1} page{'s' if pages > 2 else ''} " in skipped and "1 empty tile left out" in skipped
        )


@pytest.mark.usefixtures("german")
def test_the_german_overview_agrees_too() -> None:
    said = _overview_subtitle(_plan(1, 2), 1)
    assert "1 Seite " in said and "1 × 2" in said and "1 leere Kachel" in said, said
    assert "1 Reihen" not in said
