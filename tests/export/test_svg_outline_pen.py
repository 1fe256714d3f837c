"""The SVG's glyph outlines are written by a pen of its own (no fontTools import on the SVG path):
the same path text as fontTools' ``SVGPathPen`` behind a ``TransformPen``, which wrote them before."""

from __future__ import annotations

import pytest
from fontTools.pens.svgPathPen import SVGPathPen
from fontTools.pens.transformPen import TransformPen

from jmdesigner.export.svg_surface import _n, _PathPen
from jmdesigner.text.faces import faces


def _both(k: float) -> tuple[_PathPen, SVGPathPen, TransformPen]:
    theirs = SVGPathPen(None, ntos=_n)
    return _PathPen(k), theirs, TransformPen(theirs, (k, 0, 0, -k, 0, 0))


@pytest.mark.parametrize("face", faces(), ids=lambda f: f.name)
def test_every_bundled_faces_glyphs_are_written_as_fonttools_wrote_them(face: object) -> None:
    font = face.hb_font  # type: ignore[attr-defined]
    count = font.face.glyph_count
    for gid in sorted({*range(min(count, 60)), *range(0, count, max(1, count // 200))}):
        for size in (7.5, 9.0, 15.0):
            ours, theirs, transformed = _both(size / face.upem)  # type: ignore[attr-defined]
            font.draw_glyph_with_pen(gid, ours)
            font.draw_glyph_with_pen(gid, transformed)
            assert "".join(ours.commands) == theirs.getCommands(), (face, gid, size)


def test_every_command_and_its_shortcuts_are_written_alike() -> None:
    """Cubic curves, a move after a move, a line to the same point, a horizontal and a vertical
    line, a line right after a move, a negative zero, an open path."""
    calls = [
        ("moveTo", (0.0, 0.0)),
        ("moveTo", (10.0, -0.0)),
        ("lineTo", (10.0, -0.0)),
        ("lineTo", (25.5, 30.25)),
        ("lineTo", (25.5, 40.0)),
        ("lineTo", (-3.0, 40.0)),
        ("lineTo", (-1.0, -2.0)),
        ("curveTo", (1.0, 2.0), (3.333, 4.5), (-0.001, 6.0)),
        ("qCurveTo", (7.0, 8.0), (9.0, 10.0)),
        ("closePath",),
        ("moveTo", (100.0, 100.0)),
        ("lineTo", (120.0, 130.0)),
        ("endPath",),
        ("moveTo", (5.0, 5.0)),
        ("lineTo", (5.0, 9.0)),
        ("closePath",),
    ]
    for k in (1.0, 0.0125, 0.3):
        ours, theirs, transformed = _both(k)
        for name, *args in calls:
            getattr(ours, name)(*args)
            getattr(transformed, name)(*args)
        assert "".join(ours.commands) == theirs.getCommands(), k
