"""A Thai (or Lao) vowel written before its consonant (เ แ โ ใ ไ) is never left at the end of a
shortened or broken line without that consonant: the grapheme clusters of Unicode put the two apart,
but a reader sees "ไ…" as a vowel over nothing. An ellipsis or a forced line break goes before the
vowel instead."""

from __future__ import annotations

from jmdesigner.text.faces import REGULAR
from jmdesigner.text.metrics import elide, text_width, wrap

PREPOSED = "เแโใไເແໂໃໄ"
THAI = "น้ำใจคนไทยน้ำใจคนไทยเส้นทางลูกค้าของบริการจัดส่งของชำออนไลน์"


def test_an_ellipsis_never_follows_a_vowel_written_before_its_consonant() -> None:
    cut_after_vowel = []
    for i, ch in enumerate(THAI):
        if ch in PREPOSED:
            width = text_width(THAI[: i + 1] + "…", REGULAR, 10) + 0.01  # the vowel would just fit
            short = elide(THAI, REGULAR, 10, width)
            cut_after_vowel.append(short)
            assert short.endswith("…") and short[-2] not in PREPOSED, short
            assert text_width(short, REGULAR, 10) <= width
    assert len(cut_after_vowel) >= 4


def test_a_thai_word_broken_over_lines_keeps_each_vowel_with_its_consonant() -> None:
    for width in range(30, 200, 7):
        lines = wrap(THAI, REGULAR, 10, float(width))
        assert "".join(lines) == THAI
        for line in lines[:-1]:
            assert line[-1] not in PREPOSED, (width, lines)
        assert all(text_width(line, REGULAR, 10) <= width for line in lines if len(line) > 2)
