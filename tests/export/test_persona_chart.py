"""A persona page draws that persona's curve on each exported map, not only the numbers."""

from __future__ import annotations

from typing import Any

from jmdesigner.export.personas import draw_persona
from jmdesigner.model import Document


class Recorder:
    """A surface that keeps the curves and circles drawn (everything else is accepted and ignored)."""

    def __init__(self) -> None:
        self.curves: list[tuple[Any, str]] = []
        self.circles: list[tuple[Any, float, str | None]] = []

    def curve(self, segments: Any, colour: str, width: float) -> None:
        self.curves.append((segments, colour))

    def circle(self, centre: Any, radius: float, fill: str | None, *args: Any) -> None:
        self.circles.append((centre, radius, fill))

    def __getattr__(self, name: str) -> Any:
        return lambda *args, **kwargs: None


def test_the_persona_page_charts_the_curve(sample_doc: Document) -> None:
    map_id = sample_doc.maps()[0].id
    persona = sample_doc.persona(sample_doc.map(map_id).persona_ids[0])
    points = sample_doc.emotion_points(map_id, persona.id)
    s = Recorder()
    draw_persona(lambda: s, 842, 595, sample_doc, persona, [map_id])  # type: ignore[arg-type,return-value]
    ((segments, colour),) = s.curves
    assert colour == persona.colour and len(segments) == len(points) - 1
    dots = [
        c for c, radius, fill in s.circles if fill == persona.colour and radius == 2.4
    ]  # not the 2.2 bullets
    assert len(dots) == len(points)
    # Higher scores sit higher on the page (smaller y).
    ys = {p.score: dot.y for p, dot in zip(points, dots, strict=True)}
    assert ys[max(ys)] < ys[min(ys)]


def test_a_stage_name_too_wide_for_its_column_of_the_chart_goes_on_two_lines_not_cut() -> None:
    """Under a chart half the page wide (a persona's two charts side by side) a column of eight stages
    is 40 pt: "Bedarf erkennen" was printed "Bedarf erk…" and "Kreditwürdigkeitsprüfung"
    "Kreditwür…". Such a name goes on two lines, a word too wide hyphenated at a syllable, a little
    smaller where needed; a name that fits keeps its one line and size."""
    from jmdesigner.export import fonts
    from jmdesigner.export.metrics import text_width
    from jmdesigner.export.personas import _stage_label

    assert _stage_label("Zusage", 39.5) == (6.5, ("Zusage",))
    assert _stage_label("Bedarf erkennen", 39.5) == (6.5, ("Bedarf", "erkennen"))
    size, lines = _stage_label("Kreditwürdigkeitsprüfung", 39.5)
    assert lines == ("Kreditwürdig-", "keitsprüfung") and 5.5 <= size < 6.5
    assert all(text_width(line, fonts.REGULAR, size) <= 39.5 for line in lines)
    # a column too narrow for even that (forty stages): shortened as before
    assert _stage_label("Bedarf erkennen", 14.0) == (6.5, ("Be…",))


def test_a_line_of_scores_breaks_between_stages_never_between_a_stage_and_its_score() -> None:
    """Wrapped at a space like prose, a persona's scores ended a line with "Auszahlung -1 · Betreuung"
    and began the next with "+3"; on a map of forty stages, "Informieren 4" / "+5". A line ends
    only after a "·" (or the map's title), each stage whole with its score."""
    import re

    from jmdesigner.export import fonts
    from jmdesigner.export.metrics import text_width, wrap
    from jmdesigner.export.personas import score_lines

    stages = ["Bedarf erkennen", "Informieren", "Beratungstermin", "Antrag stellen"]
    stages += ["Kreditwürdigkeitsprüfung", "Zusage", "Auszahlung", "Betreuung"]
    scores = [-1, 1, 0, 0, 1, -2, -1, 3]
    pairs = [f"{s} {'+' if v > 0 else ''}{v}" for s, v in zip(stages * 5, scores * 5, strict=True)]
    text = "Baufinanzierung – Ist-Zustand: " + " · ".join(pairs)
    broke_a_pair = 0
    for width in range(300, 800, 10):
        plain = wrap(text, fonts.REGULAR, 9, width)
        broke_a_pair += any(not line.endswith(("·", ":")) for line in plain[:-1])
        lines = score_lines(text, width)
        assert all(text_width(line, fonts.REGULAR, 9) <= width + 0.01 for line in lines)
        assert all(line.rstrip().endswith(("·", ":")) for line in lines[:-1]), lines
        assert re.sub(r"\s+", " ", " ".join(lines)) == text  # every stage and score, in order
    assert broke_a_pair  # (the plain wrap did, at some of these widths)
