"""A persona page draws that persona's curve on each exported map, not only the numbers."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

import pytest

from jmdesigner.export.personas import draw_persona
from jmdesigner.model import Document
from jmdesigner.model.entities import Persona


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
    # a column too narrow for even that (forty stages): the chart numbers its stages instead
    assert _stage_label("Bedarf erkennen", 14.0) is None


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


GERMAN = ["Bedarf erkennen", "Informieren", "Beratungstermin", "Antrag stellen"]
GERMAN += ["Kreditwürdigkeitsprüfung", "Zusage", "Auszahlung", "Betreuung"]


def forty_stage_doc(stages: int = 40) -> tuple[Document, str, Persona]:
    """A map of ``stages`` stages with German names (the longest 24 letters), a persona scored at
    every stage but the third."""
    from jmdesigner.model import (
        EmotionPoint,
        JourneyMap,
        Lane,
        LaneKind,
        MapBundle,
        Stage,
        add_bundle,
        new_id,
    )

    map_id = new_id()
    persona = Persona(new_id(), "Jonas Weber", colour="#d1495b")
    names = [f"{name} {i // 8 + 1}" for i, name in enumerate(GERMAN * 5)][:stages]
    stage_list = tuple(Stage(new_id(), map_id, name) for name in names)
    lanes = (Lane(new_id(), map_id, "Emotionen", LaneKind.EMOTIONS),)
    points = tuple(
        EmotionPoint(new_id(), map_id, persona.id, s.id, score=(i % 7) - 3)
        for i, s in enumerate(stage_list)
        if i != 2
    )
    jmap = JourneyMap(map_id, "Baufinanzierung", persona_ids=(persona.id,))
    doc = Document()
    add_bundle(doc, MapBundle(jmap, (persona,), stage_list, lanes, (), points))
    return doc, map_id, persona


class Texts:
    """A surface that keeps every text drawn: where, what, its size and anchor."""

    def __init__(self) -> None:
        self.texts: list[tuple[float, float, str, float, str]] = []

    def text(
        self, x: float, y: float, text: str, font: str, size: float, colour: str, anchor: str = "start"
    ) -> None:
        self.texts.append((x, y, text, size, anchor))

    def __getattr__(self, name: str) -> Any:
        return lambda *args, **kwargs: None


def _under_the_chart(s: Texts) -> list[tuple[float, str, float]]:
    """The labels centred under a chart's columns (the scale's labels are anchored at their end)."""
    return [(x, text, size) for x, _, text, size, anchor in s.texts if anchor == "middle" and size <= 6.5]


@pytest.mark.parametrize("page", [(842.0, 595.0), (595.0, 842.0)])
def test_a_chart_of_forty_stages_numbers_them_and_its_scores_key_every_number(
    page: tuple[float, float],
) -> None:
    """Forty stages' names under a persona's chart were each cut to two letters ("Be…", "Kr…"),
    twenty of them reading "Be…". Where a name does not fit its column whole, the chart numbers its
    stages 1 to 40 instead, and the line of scores under it gives each stage its number and whole
    name ("3 Beratungstermin 1 –" for the stage with no score), so every number on the chart is
    keyed and nothing is cut."""
    from jmdesigner.export import fonts
    from jmdesigner.export.metrics import text_width
    from jmdesigner.export.personas import draw_persona

    doc, map_id, persona = forty_stage_doc()
    s = Texts()
    assert draw_persona(lambda: s, *page, doc, persona, [map_id]) == 1  # type: ignore[arg-type,return-value]
    assert not [text for _, _, text, _, _ in s.texts if "…" in text]
    labels = _under_the_chart(s)
    assert [text for _, text, _ in labels] == [str(i) for i in range(1, 41)]
    for (x1, a, size), (x2, b, _) in pairwise(labels):  # none overlaps the next
        assert x2 - x1 >= (text_width(a, fonts.REGULAR, size) + text_width(b, fonts.REGULAR, size)) / 2
    lines = [text for _, _, text, size, anchor in s.texts if size == 9 and anchor == "start"][
        1:
    ]  # the map's title first
    scores = re.sub(r"\s+", " ", " ".join(lines).replace("\u00a0", " ")).translate(
        {0x2068: None, 0x2069: None}
    )
    names = [stage.name for stage in doc.stages(map_id)]
    expected = [f"{i + 1} {name} " for i, name in enumerate(names)]
    assert all(key in scores for key in expected), scores
    assert " · 3 Beratungstermin 1 \u2013 · " in scores


def test_a_chart_too_narrow_for_every_number_numbers_every_other_or_every_fifth_stage() -> None:
    """Two forty-stage charts side by side on a page of A4 (a map and its future state) leave a
    column 8.5 pt wide, and a chart in a narrower column less: the numbers are written as an axis is,
    1, 3, 5 … or 1, 5, 10 …, never overlapping."""
    from jmdesigner.export import fonts
    from jmdesigner.export.metrics import text_width
    from jmdesigner.export.personas import _chart_labels, _stage_label

    names = tuple(f"{name} {i // 8 + 1}" for i, name in enumerate(GERMAN * 5))
    assert _stage_label(names[0], 420 / 8 - 4) is not None  # eight stages: named, as before
    eight = _chart_labels(names[:8], 442.0)  # each name whole, on one or two lines
    assert [" ".join(lines).replace("- ", "") for _, lines in eight.values()] == list(names[:8])
    for width in (130.0, 240.0, 364.0, 505.0):
        labels = _chart_labels(names, width)
        col = (width - 22) / 40
        shown = sorted(labels)
        assert shown[0] == 0 and all(label[1] == (str(i + 1),) for i, label in labels.items())
        for a, b in pairwise(shown):
            room = (b - a) * col
            assert room >= text_width(str(b + 1), fonts.REGULAR, 6.5) + 2
        assert len(shown) >= 5  # at least every tenth
