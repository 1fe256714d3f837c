"""Lao, Khmer and Myanmar words are found by dictionary (ICU's word break iterator, through ctypes),
so a card in these scripts breaks between words, as Thai does with libthai; without ICU the text
breaks as before (at spaces, and between letters only where a word is wider than the line), one
log line says so, and nothing fails. A word broken between its letters never splits a conjunct
nor leaves a vowel sign at the start of a line."""

from __future__ import annotations

import ctypes
import logging

import pytest

from jmdesigner.layout.wrap import break_units
from jmdesigner.lazy_pattern import CUT_UNIT
from jmdesigner.text import words
from jmdesigner.text.faces import REGULAR
from jmdesigner.text.metrics import ShapedMetrics, broken_words, text_width, wrap
from tests.text.test_thai_words import word_ends

needs_icu = pytest.mark.skipif(not words.icu_available(), reason="ICU (libicu) missing")
# "the customer looks up the shop's opening hours", word by word
SENTENCES = {
    "khmer": ("អតិថិជន", "ស្វែងរក", "ម៉ោង", "បើកហាង"),
    "lao": ("ລູກຄ້າ", "ຊອກຫາ", "ເວລາ", "ເປີດ", "ຮ້ານ"),
    "myanmar": ("ဖောက်သည်", "သည်", "ဆိုင်ဖွင့်", "ချိန်", "ကို", "ရှာဖွေ", "သည်"),
}


@needs_icu
@pytest.mark.parametrize("script", list(SENTENCES))
def test_icu_finds_the_words(script: str) -> None:
    sentence = "".join(SENTENCES[script])
    assert words.word_breaks(sentence) == tuple(sorted(word_ends(SENTENCES[script]) - {len(sentence)}))
    assert break_units(sentence, ShapedMetrics.word_breaks)[0] == list(SENTENCES[script])


@needs_icu
def test_only_between_two_characters_of_these_scripts_and_never_before_a_sign() -> None:
    assert words.word_breaks("Khmerអតិថិជន") == ()  # Latin and Khmer written together stay together
    assert words.word_breaks("ភាសាខ្មែរ៖") == ()  # never before Khmer's colon
    assert words.word_breaks("ဖောက်သည်။") == ()  # nor Myanmar's full stop
    assert words.word_breaks("ลูกค้าสมัคร") == (6,)  # Thai still by libthai (or nothing)


@needs_icu
@pytest.mark.parametrize("script", list(SENTENCES))
def test_a_card_wraps_between_words_at_every_width(script: str) -> None:
    sentence = "".join(SENTENCES[script])
    ends = word_ends(SENTENCES[script])
    widest = max(text_width(word, REGULAR, 10) for word in SENTENCES[script])
    for width in range(int(widest) + 1, 200, 7):
        lines = wrap(sentence, REGULAR, 10, float(width))
        assert "".join(lines) == sentence
        at = 0
        for line in lines[:-1]:
            at += len(line)
            assert at in ends, (width, lines)
        assert broken_words(sentence, lines) == 0


def test_a_word_wider_than_the_line_keeps_its_conjuncts_and_signs() -> None:
    assert CUT_UNIT.findall("ಗ್ರಾಹಕರು") == ["ಗ್ರಾ", "ಹ", "ಕ", "ರು"]  # Kannada: ಗ್ + ರಾ one conjunct
    assert CUT_UNIT.findall("မြန်မာ") == ["မြ", "န်", "မာ"]  # Myanmar's aa with its letter; after asat a cut
    assert CUT_UNIT.findall("ស្វែងរក") == ["ស្វែ", "ង", "រ", "ក"]  # Khmer's subscript with its letter
    assert CUT_UNIT.findall("ไก่ abc") == ["ไก่", " ", "a", "b", "c"]  # as before
    for word in ("ಗ್ರಾಹಕರುಗ್ರಾಹಕರುಗ್ರಾಹಕರು", "မြန်မာမြန်မာမြန်မာမြန်မာ"):
        lines = wrap(word, REGULAR, 10, 30.0)
        assert "".join(lines) == word and len(lines) > 1
        assert not any(line[0] in "\u102c\u0ccd" or (line[0] == "ರ" and line[1] == "ಾ") for line in lines[1:])


def test_without_icu_these_scripts_break_as_before(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    sentence = "".join(SENTENCES["khmer"])
    words.word_breaks.cache_clear()
    monkeypatch.setattr(words, "_icu", None)
    monkeypatch.setattr(ctypes, "CDLL", lambda name: (_ for _ in ()).throw(OSError(name)))
    monkeypatch.setattr("ctypes.util.find_library", lambda name: None)
    try:
        with caplog.at_level(logging.INFO, logger=words.__name__):
            assert words.word_breaks(sentence) == ()
            assert not words.icu_available()
        assert caplog.text.count("ICU not found") == 1
        assert break_units(f"{sentence} ហាង", ShapedMetrics.word_breaks) == ([sentence, "ហាង"], [True, True])
        lines = wrap(sentence, REGULAR, 10, 60.0)
        assert "".join(lines) == sentence and len(lines) > 1  # still never clipped, cut between clusters
        assert all(line[0] != "\u17d2" for line in lines)
    finally:
        words.word_breaks.cache_clear()


def test_without_the_systems_icu_the_copy_in_the_qt_wheel_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    """Found as a file beside the Qt libraries: Qt is not imported (the text system is pure)."""
    import importlib.util
    import sys
    from pathlib import Path

    spec = importlib.util.find_spec("PySide6")
    folders = spec.submodule_search_locations or [] if spec else []
    if not any(Path(folder, "Qt", "lib").glob("libicuuc.so.[0-9]*") for folder in folders):
        pytest.skip("this PySide6 wheel carries no ICU")
    real = ctypes.CDLL

    def no_system_icu(name: str, *args: object, **kwargs: object) -> ctypes.CDLL:
        if name.startswith("libicuuc.so."):
            raise OSError(name)
        return real(name, *args, **kwargs)  # type: ignore[arg-type]

    words.word_breaks.cache_clear()
    monkeypatch.setattr(words, "_icu", None)
    monkeypatch.setattr(ctypes, "CDLL", no_system_icu)
    monkeypatch.setattr("ctypes.util.find_library", lambda name: None)
    qt_before = {name for name in sys.modules if name.startswith("PySide6.Qt")}
    try:
        assert words.icu_available()
        assert words.word_breaks("".join(SENTENCES["lao"])) == (6, 11, 15, 19)
        assert {name for name in sys.modules if name.startswith("PySide6.Qt")} == qt_before
    finally:
        words.word_breaks.cache_clear()
        monkeypatch.undo()
        words._icu = None  # the next test loads the system's again
