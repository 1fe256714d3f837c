"""Each line of a card reads in its paragraph's direction (Unicode bidi rules P2-P3), worked out once
by the layout for every surface: a Hebrew paragraph wrapped before a Latin word keeps that line
right to left, an English paragraph beside it stays left to right, and a card without
right-to-left text keeps the plain geometry it always had."""

from __future__ import annotations

import unicodedata
from dataclasses import fields

import pytest

from jmdesigner.layout import MonospaceMetrics, layout_map
from jmdesigner.layout.direction import first_strong, has_rtl, line_directions, starts_left_to_right
from jmdesigner.layout.geometry import CardGeom, DirectedCardGeom, card_moved_down, directed
from jmdesigner.model import Card, Document, LaneKind, new_id
from jmdesigner.text import is_rtl
from tests.builders import populated

HEBREW = "הלקוח"
TAIL = "WhatsApp של החנות"


def _card(text: str) -> tuple[Document, str, CardGeom]:
    doc = populated()
    map_id = doc.maps()[0].id
    stage = doc.stages(map_id)[0]
    lane = next(lane for lane in doc.lanes(map_id) if lane.kind is LaneKind.PAIN_POINTS)
    card_id = new_id()
    doc.insert_card(Card(card_id, map_id, stage.id, lane.id, text), 0)
    return doc, map_id, layout_map(doc, map_id, MonospaceMetrics()).cards[card_id]


def _wrapped_before_latin(prefix: str = "") -> tuple[str, CardGeom]:
    """A Hebrew paragraph (after ``prefix``) that wraps so that one line starts with "WhatsApp"."""
    for n in range(1, 40):
        text = prefix + " ".join([HEBREW] * n + [TAIL])
        g = _card(text)[2]
        if any(line.startswith("WhatsApp") for line in g.lines[1:]):
            return text, g
    raise AssertionError("no card wraps before its Latin word")


def test_a_hebrew_paragraph_wrapped_before_a_latin_word_is_right_to_left_on_every_line() -> None:
    _, g = _wrapped_before_latin()
    latin = next(i for i, line in enumerate(g.lines) if line.startswith("WhatsApp"))
    assert not is_rtl(g.lines[latin])  # the line alone would read left to right
    assert isinstance(g, DirectedCardGeom)
    assert g.directions == (True,) * len(g.lines)


def test_a_mixed_card_gives_each_paragraph_its_own_direction() -> None:
    english = "Customers ask on WhatsApp first"
    _, g = _wrapped_before_latin(english + "\n")
    first_hebrew = next(i for i, line in enumerate(g.lines) if HEBREW in line)
    assert first_hebrew >= 1
    assert g.directions == (False,) * first_hebrew + (True,) * (len(g.lines) - first_hebrew)
    # and the other way round: an English paragraph with a Hebrew word at a line's start
    for n in range(1, 40):
        para = " ".join(["The customer writes"] + ["שלום"] * n + ["and waits"])
        g = _card("שלום לכם\n" + para)[2]
        if any(line.startswith("שלום") for line in g.lines[1:] if "writes" not in line):
            break
    else:
        pytest.fail("no English paragraph wraps before a Hebrew word")
    assert g.directions[0] is True  # "שלום לכם"
    assert set(g.directions[1:]) == {False}


def test_a_paragraph_without_a_strong_character_takes_the_cards_direction() -> None:
    g = _card("הלקוח שואל\n2026 - 12 - 01")[2]
    assert g.lines == ("הלקוח שואל", "2026 - 12 - 01")
    assert g.directions == (True, True)
    g = _card("Opening hours\n2026 - 12 - 01\nשעות")[2]
    assert type(g) is CardGeom  # each line reads as its paragraph does by itself
    assert line_directions(g_text := "Opening hours\n2026 - 12 - 01\nשעות", g.lines, lambda p: (p,)) == (
        False,
        False,
        True,
    ), g_text


@pytest.mark.parametrize("text", ["הלקוח שואל על WhatsApp", "הלקוח " * 12, "שלום\nعربي\nשלום"])
def test_cards_whose_lines_read_as_their_paragraphs_by_themselves_keep_the_plain_geometry(text: str) -> None:
    g = _card(text)[2]
    assert all(is_rtl(line) for line in g.lines)
    assert type(g) is CardGeom
    assert g.directions == ()


@pytest.mark.parametrize(
    "text", ["Plain English card", "Découvrir l’offre — café", "Ελληνικά", "注文する", "", "12:30"]
)
def test_cards_without_right_to_left_text_keep_the_plain_geometry(text: str) -> None:
    g = _card(text)[2]
    assert type(g) is CardGeom
    assert g.directions == ()
    assert not has_rtl(text)


def test_placing_a_card_keeps_its_directions() -> None:
    _, g = _wrapped_before_latin("Hello\n")
    moved = card_moved_down(g, 120.0)
    assert isinstance(moved, DirectedCardGeom)
    assert moved.directions == g.directions
    assert moved.rect.y == 120.0 + g.rect.y and moved.lines == g.lines


@pytest.mark.parametrize(
    "text",
    [
        "abc",
        "שלום",
        "123 שלום abc",
        "123 abc שלום",
        " - ",
        "مرحبا WhatsApp",
        "\u2067abc\u2069 שלום",
        "\u2066שלום\u2069 abc",
        "\u2068שלום",
    ],
)
def test_first_strong_agrees_with_the_text_system(text: str) -> None:
    assert (first_strong(text) or False) == is_rtl(text)


def test_line_directions_counts_a_paragraphs_lines_by_wrapping_it_alone() -> None:
    lines = ("Hello", "world", "שלום", "עולם", "")
    wrapped = {"Hello world": ("Hello", "world"), "שלום עולם": ("שלום", "עולם"), "": ("",)}
    assert line_directions("Hello world\nשלום עולם\n", lines, wrapped.__getitem__) == (
        False,
        False,
        True,
        True,
        False,
    )


def test_directed_is_the_dataclass_made_with_its_directions() -> None:
    _, g = _wrapped_before_latin("Hello\n")
    plain = CardGeom(*[getattr(g, f.name) for f in fields(CardGeom)])
    made = directed(plain, g.directions)
    assert made == DirectedCardGeom(*[getattr(plain, f.name) for f in fields(CardGeom)], g.directions) == g
    assert hash(made) == hash(g)


def test_every_strong_right_to_left_character_is_found() -> None:
    """``has_rtl`` looks for candidates in a few blocks: every character of bidi class R or AL is
    in them, and is found."""
    strong = [chr(c) for c in range(0x80, 0x110000) if unicodedata.bidirectional(chr(c)) in ("R", "AL")]
    assert len(strong) > 1000
    assert all(has_rtl("x" + ch) for ch in strong)
    assert not has_rtl("Découvrir l’offre — 3 € \u05b0 \u0660")  # a Hebrew point, an Arabic digit: not strong


def test_lines_that_all_start_with_a_left_to_right_letter_read_left_to_right() -> None:
    assert starts_left_to_right(("Découvrir", "l’offre", "Ελληνικά", "Кириллица"))
    assert not starts_left_to_right(("Découvrir", "שלום"))
    assert not starts_left_to_right(("Découvrir", "“quoted”"))  # a quote is neutral: looked at further
    assert not starts_left_to_right(("Découvrir", ""))
    assert not starts_left_to_right(("Découvrir", "\u02b9prime"))  # a modifier letter that is neutral
    g = _card("Découvrir l’offre\nשלום עולם\nBonjour")[2]
    assert g.directions == ()  # every line reads as its paragraph by itself
