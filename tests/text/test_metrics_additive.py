"""Wrapping Latin text from word widths alone gives exactly the lines of measuring whole lines.

The layout wraps every card of a map when it opens; measuring two whole lines per line was most
of that work. ``ShapedMetrics.words_add_up`` vouches that a line of Latin text in Noto Sans is as
wide as its words and spaces, so the wrap skips those measurements. These tests pin why that is
true (no kerning or substitution across a space in the bundled faces) and that the lines are
the same ones, counted in measurements, not timed.
"""

from __future__ import annotations

import random
import subprocess
import sys

import pytest

from jmdesigner.layout import metrics as roles
from jmdesigner.layout.wrap import break_units, wrap_text
from jmdesigner.text import shaping
from jmdesigner.text.faces import BOLD, REGULAR, chain
from jmdesigner.text.metrics import ShapedMetrics
from jmdesigner.text.shaping import LATIN_RANGES, SPACE_NEUTRAL, _shape_run, width

LATIN = [chr(c) for a, b in LATIN_RANGES for c in range(max(a, 0x21), b + 1)]


@pytest.mark.parametrize("weight", [REGULAR, BOLD])
def test_no_character_kerns_or_joins_with_a_space_in_the_space_neutral_faces(weight: str) -> None:
    assert chain(weight)[0].file in SPACE_NEUTRAL
    space = width(" ", weight)
    face = chain(weight)[0]
    alone = {t: _shape_run(t, face, False, 0.0, [])[0].gids for t in (" ", *LATIN)}
    for ch in LATIN:  # pair kerning acts between neighbours: each side of a space, alone
        assert width(ch + " ", weight) == pytest.approx(width(ch, weight) + space, abs=1e-12), ch
        assert width(" " + ch, weight) == pytest.approx(space + width(ch, weight), abs=1e-12), ch
        # and no substitution either: the same glyphs beside a space as alone
        assert _shape_run(ch + " ", face, False, 0.0, [])[0].gids == alone[ch] + alone[" "], ch
        assert _shape_run(" " + ch, face, False, 0.0, [])[0].gids == alone[" "] + alone[ch], ch
    rng = random.Random(3)  # and no longer context across a space either
    words = ["".join(rng.choices(LATIN, k=rng.randint(1, 8))) for _ in range(400)]
    for _ in range(2000):
        line = rng.sample(words, rng.randint(2, 7))
        whole = width(" ".join(line), weight)
        assert whole == pytest.approx(sum(width(w, weight) for w in line) + space * (len(line) - 1), abs=1e-9)


class _Measured(ShapedMetrics):
    """The same metrics, counting the measurements of text with a space in it (whole lines)."""

    def __init__(self, vouch: bool) -> None:
        super().__init__()
        self.vouch = vouch
        self.lines = 0

    def width(self, text: str, role: str) -> float:
        if " " in text.strip() and text != "x x":
            self.lines += 1
        return super().width(text, role)

    def words_add_up(self, text: str, role: str) -> bool:
        return self.vouch and super().words_add_up(text, role)


def _texts() -> list[str]:
    rng = random.Random(11)
    vocabulary = [
        "Kunde",
        "öffnet",
        "die",
        "App",
        "Tür",
        "Straße",
        "café",
        "façade",
        "naïve",
        "Größe",
        "Œuvre",
        "Łódź",
        "Vamp",
        "Type",
        "AV",
        "To.",
    ]
    texts = ["".join(rng.choices(LATIN, k=rng.randint(1, 14))) for _ in range(300)]
    texts = [" ".join(texts[i : i + rng.randint(1, 9)]) for i in range(0, 300, 3)]
    texts += [" ".join(rng.choices(vocabulary, k=rng.randint(1, 30))) for _ in range(200)]
    texts += ["Supercalifragilisticexpialidocious-and-then-some " * 3, "a\nb  c\n\nd", ""]
    return texts


@pytest.mark.parametrize("role", [roles.CARD, roles.LANE_HEADER])
def test_wrapping_from_word_widths_gives_the_lines_of_whole_line_measurements(role: str) -> None:
    measured, vouched = _Measured(vouch=False), _Measured(vouch=True)
    for text in _texts():
        before = vouched.lines
        for limit in (40.0, 96.0, 148.0, 210.0):
            lines = wrap_text(text, limit, vouched, role)
            assert lines == wrap_text(text, limit, measured, role), (text, limit)
        if all(all(break_units(p)[1]) for p in text.split("\n")):
            assert vouched.lines == before, text  # ...now none is measured (only words)
    assert measured.lines > 1000  # the old way measured lines...


def test_text_beyond_latin_is_still_measured_line_by_line() -> None:
    metrics = ShapedMetrics()
    assert metrics.words_add_up("Straße café Łódź", roles.CARD)
    others = (
        "שלום עולם",
        "日本語 テキスト",
        "Café\u00a0noir",
        "co\u00adop",
        "e\u0301te",
        "emoji 😀",
        "tab\there",
    )
    for text in others:
        assert not metrics.words_add_up(text, roles.CARD), text


def test_the_latin_test_answers_as_the_pattern_for_every_character() -> None:
    """``latin`` answers printable ASCII without the pattern: the same answer, character by
    character (controls, DEL, NBSP, soft hyphen and the ranges' edges included) and on mixed text."""
    pattern = shaping._LATIN
    for code in range(0x2200):
        ch = chr(code)
        assert shaping.latin(ch) == bool(pattern.fullmatch(ch)), hex(code)
        assert shaping.latin("ab " + ch) == bool(pattern.fullmatch("ab " + ch)), hex(code)
    rng = random.Random(4)
    alphabet = [chr(c) for c in (*range(0x00, 0x80), 0xA0, 0xAD, 0xE9, 0x2013, 0x3042)]
    for _ in range(3000):
        text = "".join(rng.choices(alphabet, k=rng.randint(0, 12)))
        assert shaping.latin(text) == bool(pattern.fullmatch(text)), repr(text)


def test_the_ascii_answers_are_the_patterns_for_every_ascii_text() -> None:
    """Plain ASCII is answered without ``regex``: a Latin letter (A-Z, a-z, the only ASCII
    characters with a case), one face and left to right (printable ASCII, as the pattern
    ``[\\x20-\\x7e]*``), no right-to-left character: the same answers as the patterns."""
    import regex

    letter = regex.compile(r"\p{Script=Latin}")
    simple = regex.compile(r"[\x20-\x7e]*")
    face = chain(REGULAR)[0]
    rng = random.Random(7)
    texts = [chr(c) for c in range(0x80)] + [
        "".join(rng.choices([chr(c) for c in range(0x80)], k=rng.randint(0, 10))) for _ in range(3000)
    ]
    for text in texts:
        assert shaping._has_latin_letter(text) == bool(letter.search(text)), repr(text)
        one_face = bool(simple.fullmatch(text)) or (
            not shaping._RTL_CHARS.search(text) and set(map(ord, text)) <= face.covered
        )
        assert shaping._one_face(text, face) == one_face, repr(text)
        assert not shaping.is_rtl(text) and shaping._levels(text) == [0] * len(text)
    for text in ("éa", "ª", "ß", "1 2 3 €", "Ωmega", "漢字"):  # beyond ASCII: the pattern answers
        assert shaping._has_latin_letter(text) == bool(letter.search(text)), text


def test_the_answers_known_without_regex_are_the_patterns_for_every_character() -> None:
    """Right to left, a Latin letter and a place to break between characters are answered without
    ``regex`` below a character or within a set (Latin text beyond ASCII: "é", "·"); every
    character of the planes' first 0x3000 and mixed text get the patterns' answers."""
    import regex

    from jmdesigner.layout import wrap

    letter = regex.compile(r"\p{Script=Latin}")
    for code in range(0x80, 0x3000):
        for text in (chr(code), "ab" + chr(code), chr(code) + "é·"):
            assert shaping._has_rtl(text) == bool(shaping._RTL_CHARS.search(text)), hex(code)
            assert shaping._has_latin_letter(text) == bool(letter.search(text)), hex(code)
            if wrap._narrow(text):
                assert not wrap._BREAK_BETWEEN.search(text), hex(code)
    assert not wrap._narrow("Copyright ©") and not wrap._narrow("Brand®")


def test_a_drawn_line_of_latin_text_beyond_ascii_loads_no_regex() -> None:
    """Measured, broken and split into words, "Karte · Phase 3 · Änderung – „gut“" needs no ``regex``."""
    code = (
        "import sys\n"
        "from jmdesigner.layout.wrap import break_units\n"
        "from jmdesigner.text import REGULAR\n"
        "from jmdesigner.text.shaping import width, word_pieces, is_rtl\n"
        "text = 'Karte · Phase 3 · Änderung – „gut“ 5 € …'\n"
        "assert break_units(text)[0] and width(text, REGULAR) > 0 and word_pieces(text, REGULAR)\n"
        "assert not is_rtl(text)\n"
        "print('regex' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
