"""An Arabic word shortened with an ellipsis keeps the shape its last letter has in the word: the
letter still joins on towards the letters left out (a ZERO WIDTH JOINER before the ellipsis), rather
than taking its final form as though the word ended there."""

from __future__ import annotations

from jmdesigner.text.faces import REGULAR
from jmdesigner.text.metrics import elide, text_width
from jmdesigner.text.shaping import shape

TEXT = "مرحبا بالعالم في خدمة توصيل البقالة"
ZWJ = "\u200d"


def _glyph_of(text: str, index: int) -> int:
    """The glyph drawn for the character at ``index`` of ``text`` (not the joiner's, which shares
    its cluster and is drawn first)."""
    joiner = shape(ZWJ, REGULAR).runs[0].gids[0]
    for run in shape(text, REGULAR).runs:
        gids, labels = run.gids, run.labels
        for i, (gid, label) in enumerate(zip(gids, labels, strict=True)):
            if label and label[0] == text[index] and run.rtl:
                return gids[i + 1] if gid == joiner else gid
    raise AssertionError(text)


def test_the_last_letter_before_the_ellipsis_keeps_its_joined_form() -> None:
    full = text_width(TEXT, REGULAR, 10)
    checked = 0
    for k in range(1, 30):
        width = max(text_width(TEXT[:k] + end, REGULAR, 10) for end in ("…", ZWJ + "…")) + 0.01
        if width >= full:
            break
        short = elide(TEXT, REGULAR, 10, width)
        assert text_width(short, REGULAR, 10) <= width
        kept = short.removesuffix("…").removesuffix(ZWJ)
        assert TEXT.startswith(kept), short
        cut = len(kept)
        assert cut >= k or TEXT[k - 1] == " ", (k, short)  # nothing lost to the joiner's width
        if TEXT[cut - 1] not in "ادذرزو " and TEXT[cut] != " ":  # a letter that joins on, inside its word
            assert short.endswith(ZWJ + "…"), short
            if TEXT.count(TEXT[cut - 1]) == 1:  # (its glyph found by its letter)
                assert _glyph_of(short, cut - 1) == _glyph_of(TEXT, cut - 1)
                checked += 1
        if TEXT[cut] == " ":  # at a word's end: nothing added
            assert short == kept + "…"
    assert checked >= 2


def test_a_letter_that_joins_only_to_the_right_or_latin_text_gets_nothing_added() -> None:
    for text in ("مرحبا دار", "Customer journey for the delivery"):
        for k in range(3, len(text) - 1):
            short = elide(text, REGULAR, 10, text_width(text[:k] + "…", REGULAR, 10) + 0.01)
            before = short.removesuffix("…")
            if (before and before[-1] in "ادذرزو") or text.isascii():
                assert ZWJ not in short, short
