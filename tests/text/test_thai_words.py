"""Thai words are found by dictionary (libthai), so a Thai card, title or page breaks between
words as every Thai editor does, on the canvas and in every export alike; without libthai the
text breaks as before and nothing fails."""

from __future__ import annotations

import ctypes
import logging

import pytest

from jmdesigner.layout.wrap import break_units
from jmdesigner.text import words
from jmdesigner.text.faces import REGULAR
from jmdesigner.text.metrics import ShapedMetrics, broken_words, wrap

SENTENCE = "ลูกค้าสมัครสมาชิกผ่านแอปพลิเคชันบนโทรศัพท์มือถือ"  # the customer signs up through the phone app
needs_libthai = pytest.mark.skipif(not words.available(), reason="libthai (libthai0, libthai-data) missing")
WORDS = ("ลูกค้า", "สมัคร", "สมาชิก", "ผ่าน", "แอปพลิเคชัน", "บน", "โทรศัพท์", "มือถือ")


def word_ends(words_: tuple[str, ...]) -> set[int]:
    ends, at = set(), 0
    for word in words_:
        at += len(word)
        ends.add(at)
    return ends


@needs_libthai
def test_libthai_finds_the_words_of_a_thai_sentence() -> None:
    assert words.available()
    assert words.word_breaks(SENTENCE) == tuple(sorted(word_ends(WORDS) - {len(SENTENCE)}))
    assert break_units(f"ภาษาไทย: {SENTENCE}", ShapedMetrics.word_breaks)[0] == ["ภาษา", "ไทย:", *WORDS]


@needs_libthai
def test_only_between_two_thai_characters() -> None:
    assert words.word_breaks("ไทยABCไทย") == ()  # Thai and Latin written together stay together
    assert words.word_breaks("plain") == () and words.word_breaks("中文") == ()


@needs_libthai
def test_a_thai_card_wraps_between_words_at_every_width() -> None:
    ends = word_ends(WORDS)
    for width in range(60, 260, 9):
        lines = wrap(SENTENCE, REGULAR, 10, float(width))
        assert "".join(lines) == SENTENCE
        at = 0
        for line in lines[:-1]:
            at += len(line)
            assert at in ends, (width, lines)
        assert broken_words(SENTENCE, lines) == 0


def test_without_libthai_thai_breaks_as_before(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    words.word_breaks.cache_clear()
    monkeypatch.setattr(words, "_breaker", None)
    monkeypatch.setattr(ctypes, "CDLL", lambda name: (_ for _ in ()).throw(OSError(name)))
    try:
        with caplog.at_level(logging.INFO, logger=words.__name__):
            assert words.word_breaks(SENTENCE) == ()
            assert not words.available()
        assert "libthai" in caplog.text
        assert break_units(SENTENCE, ShapedMetrics.word_breaks) == ([SENTENCE], [True])
        lines = wrap(SENTENCE, REGULAR, 10, 120.0)
        assert "".join(lines) == SENTENCE and len(lines) > 1  # still never clipped
    finally:
        words.word_breaks.cache_clear()
