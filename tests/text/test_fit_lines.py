"""A title set smaller to fit its lines is set small enough that no word is broken across lines
when some size down to the smallest allowed keeps every word whole; a word too long even then is
broken as seldom as any size allows, at the largest such size."""

from __future__ import annotations

from jmdesigner.layout.wrap import break_units
from jmdesigner.text.faces import BOLD
from jmdesigner.text.metrics import fit_lines, text_width

COMPOUND = "Kundenzufriedenheitsverbesserungsmaßnahmen"  # 42 letters, no break inside
LONG_WORD = "Supercalifragilisticexpialidociousantidisestablishmentarianismfloccinaucinihilipi"


def _broken(text: str, lines: tuple[str, ...]) -> int:
    """Lines that end inside one of the text's unbreakable pieces."""
    ends, pos = {0}, 0
    for unit in break_units(text)[0]:
        pos += len(unit)
        ends.add(pos)
    pos, broken = 0, 0
    for line in lines[:-1]:
        pos += len("".join(line.split()))
        broken += pos not in ends
    return broken


def test_a_compound_word_is_set_smaller_rather_than_broken() -> None:
    pass
    title = f"{COMPOUND} im Lebensmittellieferdienst"
    width = 460.0  # the word is wider at 28 pt, narrower at 18
    assert text_width(COMPOUND, BOLD, 28) > width > text_width(COMPOUND, BOLD, 18)
    size, lines = fit_lines(title, BOLD, 28, 16.8, width, 3)
    assert _broken(title, lines) == 0, lines
    assert COMPOUND in lines
    assert all(text_width(line, BOLD, size) <= width for line in lines)
    assert text_width(COMPOUND, BOLD, size + 0.5) > width  # the largest size that keeps it whole


def test_a_word_too_long_for_any_size_is_broken_as_seldom_as_it_can_be() -> None:
    width = 400.0
    assert text_width(LONG_WORD, BOLD, 16.8) > width
    size, lines = fit_lines(LONG_WORD, BOLD, 28, 16.8, width, 3)
    assert len(lines) == 2, (size, lines)  # not three lines at 28 pt, the last one "ipi"
    assert "".join(lines) == LONG_WORD
    assert all(text_width(line, BOLD, size) <= width for line in lines)


def test_a_title_that_fits_keeps_its_size_and_its_lines() -> None:
    title = "Online grocery delivery — current state"
    assert fit_lines(title, BOLD, 28, 16.8, 400.0, 3) == (28, ("Online grocery delivery —", "current state"))
    chinese = "网上杂货配送服务的客户旅程从第一次下单到送货上门以及售后支持和整体体验评估的完整流程图谱"
    _size, lines = fit_lines(chinese, BOLD, 28, 16.8, 400.0, 3)
    assert len(lines) <= 3  # ideographs break between characters: nothing is broken
    assert _broken(chinese, lines) == 0


def test_a_hyphenated_title_breaks_after_its_hyphens_at_its_size() -> None:
    """A German compound joined by hyphens, wider than the cover at every size: broken after its
    hyphens at the full size, not set smaller and broken between letters."""
    title = "Kunden-Service-Portal-Anmeldung-Überarbeitung"
    width = 300.0
    assert text_width(title, BOLD, 16.8) > width
    size, lines = fit_lines(title, BOLD, 28, 16.8, width, 3)
    assert size == 28 and len(lines) <= 3, (size, lines)
    assert all(line.endswith("-") for line in lines[:-1]) and "".join(lines) == title
    assert _broken(title, lines) == 0


def test_a_title_shortened_on_its_last_line_goes_on_as_typed() -> None:
    """Too long even at the smallest size: the last line is the rest of the title, shortened, with
    no space put in where its lines broke (after a hyphen, or inside a word)."""
    title = " ".join(["Kunden-Service-Portal-Anmeldung-Überarbeitung"] * 4)
    _size, lines = fit_lines(title, BOLD, 28, 16.8, 300.0, 2)
    assert len(lines) == 2 and lines[0].endswith("-") and lines[-1].endswith("…"), lines
    assert "- " not in lines[-1]  # its own lines break after "Kunden-Service-", go on with "Portal-"
    shown = sum(len("".join(line.split())) for line in lines[:-1])
    rest = " ".join(title.split())
    while shown:  # the title after the first line's characters
        shown -= rest[0] != " "
        rest = rest[1:]
    assert rest.strip().startswith(lines[-1][:-1].rstrip()), (lines, rest)
