"""The text system: itemising by face and direction, shaping, the logical text kept per glyph,
characters no face has, and Unicode line breaks (CJK between characters, never inside a cluster)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from jmdesigner.layout import MonospaceMetrics, wrap_text
from jmdesigner.layout.wrap import break_units
from jmdesigner.text import BOLD, REGULAR, collect_missing, is_rtl, missing_sentence, shape
from jmdesigner.text.metrics import elide, text_width
from jmdesigner.text.shaping import width

SCRIPTS = {
    "Tiếng Việt Ελληνικά Кириллица": "NotoSans",
    "مرحبا بالعالم": "NotoSansArabic",
    "שלום עולם": "NotoSansHebrew",
    "नमस्ते दुनिया": "NotoSansDevanagari",
    "สวัสดีชาวโลก": "NotoSansThai",
    "简体中文 繁體中文 日本語のかな": "DroidSansFallbackFull",
    "한국어 고객": "NanumSquareR",
    "🙂🎉👍🏽📅👨‍👩‍👧": "NotoEmoji",
}


def logical(text: str, weight: str = REGULAR) -> str:
    """The text the glyphs carry, run by run in logical order (what a PDF maps them back to)."""
    line = shape(text, weight)
    runs = sorted(line.runs, key=lambda r: text.index(r.text))
    return "".join("".join(g.text for g in (reversed(r.glyphs) if r.rtl else r.glyphs)) for r in runs)


@pytest.mark.parametrize(("text", "face"), SCRIPTS.items())
@pytest.mark.parametrize("weight", [REGULAR, BOLD])
def test_every_script_is_drawn_by_its_face_with_nothing_missing(text: str, face: str, weight: str) -> None:
    with collect_missing() as missing:
        line = shape(text, weight)
    assert missing == set()
    letters = [r for r in line.runs if r.text.strip()]
    assert letters and all(r.face.name.startswith(face) for r in letters)
    assert all(g.gid != 0 for r in line.runs for g in r.glyphs)  # never .notdef (□)
    assert logical(text, weight) == text
    assert line.width > 0


def test_arabic_is_joined_and_right_to_left() -> None:
    line = shape("مرحبا", REGULAR)
    (run,) = line.runs
    assert run.rtl and line.rtl
    # Joined forms are other glyphs than the letters alone.
    alone = [shape(ch, REGULAR).runs[0].glyphs[0].gid for ch in "مرحبا"]
    assert [g.gid for g in run.glyphs] != alone[::-1]
    # Visual order: the first letter is drawn rightmost.
    assert run.glyphs[-1].text == "م" and run.glyphs[-1].x == max(g.x for g in run.glyphs)


def test_mixed_direction_runs_are_in_visual_order() -> None:
    line = shape("abc שלום def", REGULAR)
    assert [r.text for r in line.runs if r.text.strip()] == ["abc ", "שלום", "def"]
    assert not line.rtl and is_rtl("שלום abc") and not is_rtl("123 abc")
    xs = [r.glyphs[0].x for r in line.runs]
    assert xs == sorted(xs)


def test_a_character_no_face_has_is_left_out_and_reported_each_time() -> None:
    for _ in range(2):  # cached shaping still reports
        with collect_missing() as missing:
            line = shape("a\U00013000b", REGULAR)
        assert missing == {"\U00013000"}
        assert "".join(g.text for r in line.runs for g in r.glyphs) == "ab"
        assert all(g.gid != 0 for r in line.runs for g in r.glyphs)
    assert (
        missing_sentence(missing) == "1 character could not be drawn (no bundled font has them): 𓀀 (U+13000)."
    )
    assert missing_sentence(set()) is None


@pytest.mark.parametrize("text", ["Hello world", "Tiếng Việt", "שלום world", "中文 abc", "x\x0by", ""])
def test_width_is_the_shaped_width(text: str) -> None:
    assert width(text, REGULAR) == shape(text, REGULAR).width


def test_cjk_breaks_between_characters_but_not_before_closing_punctuation() -> None:
    units, spaced = break_units("顾客在手机上。「引用」です")
    assert units == ["顾", "客", "在", "手", "机", "上。", "「引", "用」", "で", "す"]
    assert not any(spaced[:-1]) and spaced[-1]
    lines = wrap_text("顾客在手机上查找商店的营业时间", 5 * 7.0, MonospaceMetrics(), "card")
    assert lines == ("顾客在手机", "上查找商店", "的营业时间")


def test_a_line_never_breaks_inside_a_grapheme_cluster() -> None:
    family = "👨‍👩‍👧"
    lines = wrap_text(family * 3, 7.0, MonospaceMetrics(), "card")  # far narrower than one cluster
    assert lines == (family, family, family)
    accented = "e\u0301" * 4  # e + combining acute
    assert all(line == "e\u0301" for line in wrap_text(accented, 7.0, MonospaceMetrics(), "card"))


def test_latin_breaks_at_spaces_and_after_hyphens_only() -> None:
    assert break_units("world wide web") == (["world", "wide", "web"], [True, True, True])
    assert break_units("world-wide web") == (["world-", "wide", "web"], [False, True, True])


def test_elide_cuts_between_clusters() -> None:
    text = "👍🏽👍🏽👍🏽👍🏽 thumbs"
    short = elide(text, REGULAR, 14, text_width("👍🏽👍🏽", REGULAR, 14) + text_width("…", REGULAR, 14) + 1)
    assert short == "👍🏽👍🏽…"


def test_a_face_is_read_only_when_its_characters_are_looked_up() -> None:
    """Latin text reads the first face of the chain only; a script further down reads the faces
    it walks past, not the ones after it."""
    code = (
        "from jmdesigner.text import REGULAR, shape, chain\n"
        "shape('Plain Latin text, café', REGULAR)\n"
        "print(sum('covered' in f.__dict__ or 'hb_font' in f.__dict__ for f in chain(REGULAR)))\n"
        "shape('עברית', REGULAR)\n"
        "print(sum('covered' in f.__dict__ or 'hb_font' in f.__dict__ for f in chain(REGULAR)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["1", "3"]  # Noto Sans; then Noto Sans Arabic and Hebrew too
