"""A stage's or lane's name with a word wider than its header (a German compound such as
"Kreditwürdigkeitsprüfung" or "Kundenhandlungen") is set smaller, down to three quarters of the
header's size, rather than broken between its letters ("Kundenhandlunge" / "n"); a name that fits
keeps the header's size. The PDF draws it at that size, inside its header."""

from __future__ import annotations

import itertools
from dataclasses import replace
from typing import Any

import pytest

from jmdesigner.export import fonts
from jmdesigner.export.map_drawing import MapPainter
from jmdesigner.export.metrics import PdfTextMetrics, size_of, text_width
from jmdesigner.layout import LayoutOptions
from jmdesigner.layout import metrics as roles
from jmdesigner.layout.engine import HEADER_SCALES, broken_words, layout_map
from jmdesigner.layout.wrap import syllable_breaks
from jmdesigner.model import Document, MapBundle, add_bundle
from tests.builders import sample_bundle

OPT = LayoutOptions()
STAGES = ("Kundenservicekontaktaufnahme", "Kreditwürdigkeitsprüfung (SCHUFA-Auskunft)", "Bedarfserkennung")
LANES = ("Kundenhandlungen", "Emotionen", "Unterstützungsprozesse")


def _bundle(stages: tuple[str, ...] = STAGES, lanes: tuple[str, ...] = LANES) -> MapBundle:
    b = sample_bundle(stages=len(stages))
    return replace(
        b,
        stages=tuple(replace(s, name=n) for s, n in zip(b.stages, stages, strict=True)),
        lanes=tuple(replace(lane, name=n) for lane, n in zip(b.lanes, lanes, strict=True)),
    )


def _layout(bundle: MapBundle) -> Any:
    doc = Document()
    add_bundle(doc, bundle)
    return layout_map(doc, bundle.map.id, PdfTextMetrics())


def test_long_german_header_names_are_set_smaller_rather_than_broken_between_letters() -> None:
    g = _layout(_bundle())
    for stage, name in zip(g.stages, STAGES, strict=True):
        assert broken_words(name, stage.name_lines) == 0, stage.name_lines
        room = stage.header.w - 2 * OPT.header_pad_x
        for line in stage.name_lines:
            assert text_width(line, fonts.BOLD, size_of(roles.STAGE_HEADER) * stage.name_scale) <= room + 0.01
    assert [s.name_scale for s in g.stages][2] == 1.0  # "Bedarfserkennung" fits as it is
    assert g.stages[0].name_scale < g.stages[1].name_scale < 1.0
    assert g.stages[1].name_lines == ("Kreditwürdigkeitsprüfung", "(SCHUFA-Auskunft)")
    kunden, emotions, support = g.lanes
    assert kunden.name_lines == ("Kundenhandlungen",) and kunden.name_scale < 1.0
    assert support.name_lines == ("Unterstützungsprozesse",) and support.name_scale < 1.0
    assert emotions.name_scale == 1.0


def test_a_word_too_wide_even_at_the_smallest_size_is_broken_as_seldom_as_any_size_allows() -> None:
    word = "Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen"  # 59 letters
    g = _layout(_bundle(stages=(word, "Kauf", "Nutzung")))
    stage = g.stages[0]
    # one break (two lines) at the largest size that needs no more; three lines at full size;
    # at a syllable, a hyphen shown at the line's end
    assert HEADER_SCALES[-1] <= stage.name_scale < 1.0
    assert len(stage.name_lines) == 2 and stage.name_lines[0].endswith("-")
    assert "".join(stage.name_lines).replace("-", "") == word
    assert stage.name_lines[0][:-1].lower() in _syllable_prefixes(word)


def _syllable_prefixes(word: str) -> set[str]:
    return {word[:cut].lower() for cut in syllable_breaks(word)}


def test_a_lane_name_too_wide_even_at_the_smallest_size_breaks_at_a_syllable_with_a_hyphen() -> None:
    # before: "Kundenzufriedenh" / "eitsindikatoren", broken between two letters without a hyphen
    g = _layout(_bundle(lanes=("Kundenzufriedenheitsindikatoren", "Emotionen", "Kundenhandlungen")))
    lane = g.lanes[0]
    assert lane.name_lines == ("Kundenzufrieden-", "heitsindikatoren")
    assert lane.name_scale == 1.0  # two lines at the header's size: no smaller than it needs
    room = OPT.lane_header_width - 2 * OPT.header_pad_x - OPT.lane_icon_width
    for line in lane.name_lines:
        assert text_width(line, fonts.BOLD, size_of(roles.LANE_HEADER) * lane.name_scale) <= room + 0.01
    assert g.lanes[2].name_lines == ("Kundenhandlungen",)  # fits set smaller: no hyphen


@pytest.mark.parametrize(
    ("word", "syllables"),
    [
        ("Kundenzufriedenheitsindikatoren", "Kun-den-zu-frie-den-heits-in-di-ka-to-ren"),
        ("Kreditwürdigkeitsprüfung", "Kre-dit-wür-dig-keits-prü-fung"),
        ("Arbeitsplatzbeschreibung", "Arbeits-platz-be-schrei-bung"),
        ("Kundenservicekontaktaufnahme", "Kun-den-ser-vi-ce-kon-takt-auf-nahme"),
        ("Unterstützungsprozesse", "Unter-stüt-zungs-pro-zesse"),
        ("Touchpoint", "Touch-point"),
        ("e-mail", "e-mail"),  # not letters only: no syllables
        ("Kürze", "Kürze"),  # too short to break
    ],
)
def test_syllable_breaks(word: str, syllables: str) -> None:
    cuts = (0, *syllable_breaks(word), len(word))
    assert "-".join(word[a:b] for a, b in itertools.pairwise(cuts)) == syllables


def test_the_header_row_holds_a_name_set_smaller_with_its_padding() -> None:
    g = _layout(_bundle())
    lh = PdfTextMetrics().line_height(roles.STAGE_HEADER)
    stage = g.stages[1]
    assert stage.header.h >= len(stage.name_lines) * lh * stage.name_scale + 2 * OPT.header_pad_y - 0.01


class _Texts:
    def __init__(self) -> None:
        self.drawn: list[tuple[float, str, float]] = []

    def text(self, x: float, y: float, text: str, font: str, size: float, *args: Any) -> None:
        self.drawn.append((x, text, size))

    def __getattr__(self, name: str) -> Any:
        return lambda *args, **kwargs: None


@pytest.mark.parametrize("name", ["Kundenservicekontaktaufnahme", "Kundenhandlungen"])
def test_the_pdf_draws_the_name_at_its_size_inside_its_header(name: str) -> None:
    g = _layout(_bundle())
    s = _Texts()
    MapPainter(s, PdfTextMetrics()).draw(g, "Bank")  # type: ignore[arg-type]
    ((x, _, size),) = [d for d in s.drawn if d[1] == name]
    header = next(h.header for h in (*g.stages, *g.lanes) if name in h.name_lines)
    assert size < 14.0
    assert x + text_width(name, fonts.BOLD, size) <= header.right - OPT.header_pad_x + 0.01
