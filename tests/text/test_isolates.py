"""A right-to-left name beside a number or other words reads as one unit: the text system knows
the Unicode isolates (FSI/LRI/RLI … PDI), resolves each as its own paragraph one level up, and
never draws their marks (no box, no missing character, no width) on any surface."""

from __future__ import annotations

import pytest

from jmdesigner.text import REGULAR, collect_missing, is_rtl, isolate, shape
from jmdesigner.text.shaping import _levels, width

STAGE = "שלב א"  # "stage A" in Hebrew
FSI, PDI = "\u2068", "\u2069"


def visible(text: str) -> str:
    """What a line draws, left to right: each run's text in visual order."""
    return "|".join(r.text for r in shape(text, REGULAR).runs)


def test_only_right_to_left_names_are_wrapped() -> None:
    assert isolate(STAGE) == FSI + STAGE + PDI
    assert isolate("سارة") == FSI + "سارة" + PDI
    assert isolate("Checkout") == "Checkout"  # a Latin line keeps its fast path and its bytes
    assert isolate("Découvrir 注文") == "Découvrir 注文"


def test_a_name_beside_its_score_is_read_name_then_score() -> None:
    bare = shape(f"{STAGE} +2", REGULAR)  # what the PDF's persona summary drew before
    assert bare.rtl and visible(f"{STAGE} +2") == "2|+|שלב א "  # shown as "2+ א בלש"
    isolated = shape(f"{isolate(STAGE)} +2", REGULAR)
    assert not isolated.rtl  # the sentence stays left to right
    assert visible(f"{isolate(STAGE)} +2") == "שלב א| |+2"
    runs = isolated.runs
    assert runs[0].glyphs[0].x < runs[-1].glyphs[0].x  # the name left of its score
    assert runs[0].rtl and not runs[-1].rtl  # and read right to left inside


def test_isolates_nest_and_take_their_direction() -> None:
    assert _levels(f"a{FSI}{STAGE}{PDI}b") == [0, 0, 1, 1, 1, 1, 1, 0, 0]
    assert _levels(f"{FSI}abc{PDI} {STAGE}") == [1, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1]  # paragraph: Hebrew
    assert _levels(f"\u2067abc{PDI} +2") == [0, 2, 2, 2, 0, 0, 0, 0]  # RLI: right to left, Latin inside
    assert _levels(f"a{FSI}b{FSI}{STAGE}{PDI}c{PDI}d")[4:9] == [
        3,
        3,
        3,
        3,
        3,
    ]  # LTR isolate holding an RTL one
    assert not is_rtl(f"{FSI}{STAGE}{PDI} +2") and is_rtl(f"{FSI}abc{PDI} {STAGE}")


@pytest.mark.parametrize(
    "text",
    [
        f"{FSI}{STAGE}{PDI} +2",
        f"ab{FSI}",  # an isolate no PDI closes (a line broken inside it)
        f"{PDI}{STAGE} 3",  # a PDI without its initiator
        f"{FSI}{PDI}",
        f"é{FSI}x{PDI}",  # one face, no right-to-left text
        f"\u2066{STAGE}{PDI}\u2067abc{PDI}",
    ],
)
def test_the_marks_are_never_drawn_nor_reported_nor_measured(text: str) -> None:
    with collect_missing() as missing:
        line = shape(text, REGULAR)
    assert missing == set() and line.missing == ""
    drawn = "".join(g.text for r in line.runs for g in r.glyphs)
    assert not set(drawn) & set("\u2066\u2067\u2068\u2069")
    assert all(g.gid != 0 for r in line.runs for g in r.glyphs)
    bare = "".join(ch for ch in text if ch not in "\u2066\u2067\u2068\u2069")
    assert line.width == pytest.approx(shape(bare, REGULAR).width)
    assert width(text, REGULAR) == pytest.approx(line.width)
    assert sorted(drawn) == sorted(bare.replace(" ", "")) or sorted(drawn) == sorted(bare)


def test_a_line_is_read_in_its_paragraph_s_direction_whatever_word_it_starts_with() -> None:
    """The second line of a Hebrew paragraph that starts with "iPhone" still reads from the right
    (the Latin word at the right end, where the reader starts), and the line of an English
    paragraph that starts with a Hebrew word still reads from the left; a line already in its
    paragraph's direction is left as it is."""
    from jmdesigner.text import in_direction
    from jmdesigner.text.metrics import wrap_directed

    line = "iPhone של נועה"
    alone = shape(line, REGULAR).runs
    assert alone[0].text.strip() == "iPhone" and alone[-1].rtl  # alone: a left-to-right line
    inside = shape(in_direction(line, True), REGULAR).runs
    assert inside[0].rtl and inside[0].text == "של נועה"  # in a Hebrew paragraph: read from the right
    assert inside[-1].text == "iPhone"
    assert width(in_direction(line, True), REGULAR) == pytest.approx(width(line, REGULAR))
    hebrew_first = "נועה uses iPhone"
    assert shape(hebrew_first, REGULAR).runs[0].text.strip() == "uses iPhone"
    assert shape(in_direction(hebrew_first, False), REGULAR).runs[0].text.strip() == "נועה"
    assert in_direction(STAGE, True) == STAGE and in_direction("Checkout", False) == "Checkout"
    lines = wrap_directed("הזמנה הזמנה iPhone\nThe shop שלום", REGULAR, 10, 1000)
    assert lines == (("הזמנה הזמנה iPhone", True), ("The shop שלום", False))
