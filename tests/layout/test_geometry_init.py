"""Rectangles and card geometry are built by setting their slots directly (faster than a frozen
dataclass's own ``__init__``): they must still be the same frozen dataclasses, field for field."""

from __future__ import annotations

import dataclasses

import pytest

from jmdesigner.layout.geometry import CardGeom, Rect
from jmdesigner.model.kinds import Evidence


def test_a_rect_is_still_a_frozen_dataclass() -> None:
    r = Rect(1.0, 2.0, w=3.0, h=4.5)
    assert (r.x, r.y, r.w, r.h, r.right, r.bottom) == (1.0, 2.0, 3.0, 4.5, 4.0, 6.5)
    assert r == Rect(1.0, 2.0, 3.0, 4.5) and hash(r) == hash(Rect(1.0, 2.0, 3.0, 4.5))
    assert dataclasses.replace(r, x=5.0) == Rect(5.0, 2.0, 3.0, 4.5)
    assert [f.name for f in dataclasses.fields(r)] == ["x", "y", "w", "h"]
    assert repr(r) == "Rect(x=1.0, y=2.0, w=3.0, h=4.5)"
    with pytest.raises(dataclasses.FrozenInstanceError):
        r.x = 0.0  # type: ignore[misc]
    with pytest.raises(TypeError):
        Rect(1.0, 2.0, 3.0)  # type: ignore[call-arg]


def test_card_geometry_keeps_every_field_and_its_defaults() -> None:
    r = Rect(0.0, 0.0, 10.0, 10.0)
    values = {
        "id": "c",
        "stage_id": "s",
        "lane_id": "l",
        "index": 2,
        "rect": r,
        "text_rect": Rect(1.0, 1.0, 8.0, 8.0),
        "lines": ("a", "b"),
        "line_height": 16.0,
        "colour": "#123456",
        "votes_rect": Rect(2.0, 2.0, 3.0, 3.0),
        "votes_text": "7",
        "evidence_rect": Rect(4.0, 4.0, 1.0, 1.0),
        "evidence": Evidence.OBSERVED,
        "evidence_text": "observed",
        "moment_rect": Rect(5.0, 5.0, 1.0, 1.0),
        "room_rect": Rect(6.0, 6.0, 1.0, 1.0),
        "room_text": "Room · Ana",
    }
    g = CardGeom(*values.values())
    assert {f.name: getattr(g, f.name) for f in dataclasses.fields(g)} == values
    assert g == CardGeom(**values) and hash(g) == hash(CardGeom(**values))
    short = CardGeom(*list(values.values())[:14])  # the last three have defaults
    assert (short.moment_rect, short.room_rect, short.room_text) == (None, None, "")
    assert dataclasses.replace(g, lines=()).lines == ()
    with pytest.raises(dataclasses.FrozenInstanceError):
        g.lines = ()  # type: ignore[misc]
