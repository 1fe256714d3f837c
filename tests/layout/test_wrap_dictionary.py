"""Thai writes no spaces between its words: a line breaks where a word ends, as the metrics'
dictionary (``word_breaks``) says, never between the letters of a word that fits on a line. The
layout itself knows no dictionary; without one Thai breaks as before."""

from __future__ import annotations

from jmdesigner.layout import MonospaceMetrics, wrap_text
from jmdesigner.layout.wrap import break_units

# ลูกค้า|สมัคร|สมาชิก|ผ่าน|แอปพลิเคชัน ("the customer signs up through the app")
SENTENCE = "ลูกค้าสมัครสมาชิกผ่านแอปพลิเคชัน"
WORDS = ("ลูกค้า", "สมัคร", "สมาชิก", "ผ่าน", "แอปพลิเคชัน")


def fake_dictionary(word: str) -> tuple[int, ...]:
    """Where WORDS end inside ``word``: the dictionary a test can count on."""
    cuts, at = [], 0
    while at < len(word):
        known = next((w for w in WORDS if word.startswith(w, at)), None)
        if known is None:
            return tuple(cuts)
        at += len(known)
        if at < len(word):
            cuts.append(at)
    return tuple(cuts)


class DictionaryMetrics(MonospaceMetrics):
    word_breaks = staticmethod(fake_dictionary)


def test_thai_pieces_are_its_words_with_no_space_between_them() -> None:
    units, spaced = break_units(f"{SENTENCE} ok 中文", fake_dictionary)
    assert units == [*WORDS, "ok", "中", "文"]
    assert spaced == [False, False, False, False, True, True, False, True]


def test_a_thai_line_breaks_where_a_word_ends() -> None:
    metrics = DictionaryMetrics(char_width=1.0)
    for width in range(11, 40):
        lines = wrap_text(SENTENCE, float(width), metrics, "card")
        assert "".join(lines) == SENTENCE
        ends, at = set(), 0
        for word in WORDS:
            at += len(word)
            ends.add(at)
        at = 0
        for line in lines[:-1]:
            at += len(line)
            assert at in ends, (width, lines)  # never inside a word
            assert len(line) <= width
    assert wrap_text(SENTENCE, 20.0, metrics, "card") == ("ลูกค้าสมัครสมาชิก", "ผ่านแอปพลิเคชัน")


def test_a_thai_word_wider_than_the_line_still_breaks_between_its_letters() -> None:
    lines = wrap_text(SENTENCE, 6.0, DictionaryMetrics(char_width=1.0), "card")
    assert "".join(lines) == SENTENCE and all(len(line) <= 6 for line in lines)
    assert lines[:4] == WORDS[:4] and len(lines) > 5  # the words that fit stand whole


def test_without_a_dictionary_thai_breaks_as_before_and_other_text_never_asks() -> None:
    asked: list[str] = []

    def dictionary(word: str) -> tuple[int, ...]:
        asked.append(word)
        return fake_dictionary(word)

    assert break_units(SENTENCE) == ([SENTENCE], [True])
    for text in ("plain words", "Käse-Brot für alle", "中文字", "שלום עולם"):
        assert break_units(text, dictionary) == break_units(text)
    assert asked == []
