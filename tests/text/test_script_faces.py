"""The scripts after Thai (Bengali, Gurmukhi, Gujarati, Tamil, Telugu, Kannada, Malayalam, Sinhala,
Lao, Myanmar, Georgian, Ethiopic, Khmer, Armenian): each drawn by its bundled face in both weights,
shaped whole (no dotted circle for a mark left without its letter), within the line's height; and
their files opened only by text that has their script."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from jmdesigner import face_files
from jmdesigner.text import shape
from jmdesigner.text.faces import chain

# One customer-journey sentence per script ("the customer looks up the shop's opening hours"), with
# conjuncts, vowel signs written before their consonant, Khmer subscripts and Myanmar medials.
SAMPLES = {
    "NotoSansBengaliUI": "গ্রাহক দোকানের খোলার সময় খোঁজেন",
    "NotoSansGurmukhiUI": "ਗਾਹਕ ਦੁਕਾਨ ਖੁੱਲ੍ਹਣ ਦਾ ਸਮਾਂ ਲੱਭਦਾ ਹੈ",
    "NotoSansGujaratiUI": "ગ્રાહક દુકાન ખુલવાનો સમય શોધે છે",
    "NotoSansTamilUI": "வாடிக்கையாளர் கடையின் திறக்கும் நேரத்தைத் தேடுகிறார்",
    "NotoSansTeluguUI": "కస్టమర్ దుకాణం తెరిచే సమయాన్ని వెతుకుతారు",
    "NotoSansKannadaUI": "ಗ್ರಾಹಕರು ಅಂಗಡಿಯ ತೆರೆಯುವ ಸಮಯವನ್ನು ಹುಡುಕುತ್ತಾರೆ",
    "NotoSansMalayalamUI": "ഉപഭോക്താവ് കട തുറക്കുന്ന സമയം തിരയുന്നു",
    "NotoSansSinhalaUI": "පාරිභෝගිකයා සාප්පුව විවෘත කරන වේලාව සොයයි",
    "NotoSansLaoUI": "ລູກຄ້າຊອກຫາເວລາເປີດຮ້ານ",
    "NotoSansMyanmarUI": "ဖောက်သည်သည် ဆိုင်ဖွင့်ချိန်ကို ရှာဖွေသည်",
    "NotoSansGeorgian": "მომხმარებელი ეძებს მაღაზიის სამუშაო საათებს",
    "NotoSansEthiopic": "ደንበኛው የሱቁን የስራ ሰዓት ይፈልጋል።",
    "NotoSansKhmerUI": "អតិថិជនស្វែងរកម៉ោងបើកហាង",
    "NotoSansArmenian": "հաճախորդը փնտրում է խանութի աշխատանքային ժամերը",
}
DOTTED_CIRCLE = 0x25CC


def test_every_script_face_is_in_both_chains_with_its_blocks() -> None:
    for stem in SAMPLES:
        for weight, style in (("regular", "Regular"), ("bold", "Bold")):
            assert f"{stem}-{style}.ttf" in face_files.CHAINS[weight]
            assert f"{stem}-{style}.ttf" in face_files.SCRIPT_BLOCKS
    assert len(face_files.SCRIPT_BLOCKS) == 2 * len(SAMPLES)


@pytest.mark.parametrize("weight", ["regular", "bold"])
@pytest.mark.parametrize("stem", list(SAMPLES))
def test_each_script_is_drawn_by_its_face_without_a_dotted_circle(stem: str, weight: str) -> None:
    line = shape(SAMPLES[stem], weight)
    assert line.missing == ""
    drawn = {run.face.file for run in line.runs}
    assert drawn == {f"{stem}-{'Bold' if weight == 'bold' else 'Regular'}.ttf"}
    (face,) = [run.face for run in line.runs]
    circle = face.hb_font.get_nominal_glyph(DOTTED_CIRCLE)
    assert circle is None or all(circle not in run.gids for run in line.runs)  # every mark has its letter
    assert 0 not in [gid for run in line.runs for gid in run.gids]
    assert not face.emboldened  # a bold face of its own
    # the letters stay within the first face's line (ascender, descender): no line touches the next
    first = chain(weight)[0]
    for run in line.runs:
        for gid, y in zip(run.gids, run.ys, strict=True):
            extents = face.hb_font.get_glyph_extents(gid)
            top = (extents.y_bearing / face.upem) + y
            bottom = top - extents.height / face.upem  # (height is negative downwards)
            assert top <= first.ascender + 0.01 and -bottom <= first.descender + 0.01, (gid, top, bottom)


def test_the_script_faces_keep_their_conjuncts_and_reorder_their_vowels() -> None:
    """A native reader's checks: a Bengali conjunct (গ্র) is fewer glyphs than letters, a vowel
    sign written before its consonant (কে) is drawn first, Khmer's subscript (ស្វ) and Myanmar's
    medial ra (ြ in မြ) are drawn with their letter, not after it."""
    bengali = shape("গ্র", "regular").runs[0]
    assert len(bengali.gids) < 3
    ke = shape("কে", "regular").runs[0]
    assert ke.gids[1] == ke.face.hb_font.get_nominal_glyph(ord("ক"))  # the e-sign drawn left of its consonant
    khmer = shape("ស្វ", "regular").runs[0]
    assert len(khmer.gids) == 2 and khmer.advances[1] == 0  # the subscript stacked under, not beside
    myanmar = shape("မြ", "regular").runs[0]
    assert myanmar.gids[0] != shape("မ", "regular").runs[0].gids[0]  # the medial ra is drawn first, round it


LOOKED_AT = """
import json, sys
from jmdesigner import face_files
from jmdesigner.text import shape
for text in sys.argv[1:]:
    shape(text, "regular"); shape(text, "bold")
print(json.dumps(sorted(face_files._checked)))
"""


def _looked_at(*texts: str) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", LOOKED_AT, *texts],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=True,
    )
    return set(json.loads(done.stdout))


def test_text_without_these_scripts_never_opens_their_files() -> None:
    """Latin, Chinese, Devanagari, emoji and a character no face has look at every other face but
    never at a script face; a Khmer word opens the Khmer face alone (its regular and bold)."""
    others = _looked_at("Checkout", "Café crème", "简体中文：顾客", "हिन्दी", "🙂", "𓀀", "שלום", "ภาษาไทย")
    assert others and others.isdisjoint(face_files.SCRIPT_BLOCKS)
    khmer = _looked_at("Checkout", "អតិថិជន")
    opened = khmer & set(face_files.SCRIPT_BLOCKS)
    assert opened == {"NotoSansKhmerUI-Regular.ttf", "NotoSansKhmerUI-Bold.ttf"}
