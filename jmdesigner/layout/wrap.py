"""Word wrap that never clips, at Unicode line-break opportunities; words too long for the width
are broken between grapheme clusters."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import OrderedDict
from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import Any

from jmdesigner.layout.metrics import TextMetrics, words_add_up
from jmdesigner.lazy_pattern import CUT_UNIT as _CUT_UNIT
from jmdesigner.lazy_pattern import GRAPHEME as _GRAPHEME
from jmdesigner.lazy_pattern import LazyPattern


def wrap_text(
    text: str,
    width: float,
    metrics: TextMetrics,
    role: str,
    word_width: Callable[[str], float] | None = None,
    spacing: tuple[float, float] | None = None,
) -> tuple[str, ...]:
    """Break ``text`` into lines no wider than ``width``; explicit newlines are kept.

    Empty text gives one empty line so an empty card still has room for a caret. The lines are
    those of the greedy algorithm (as many words as fit, measured as whole lines); ``word_width``,
    a memo of single words' widths, and ``spacing``, the role's ``text_spacing`` worked out once,
    only make finding them cheaper.
    """
    measure = word_width or (lambda word: metrics.width(word, role))
    slack, space = spacing or text_spacing(metrics, role)
    if "\n" not in text:  # one paragraph: most cards
        return tuple(_wrap_paragraph(text.rstrip(), width, metrics, role, measure, slack, space))
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines.extend(_wrap_paragraph(paragraph.rstrip(), width, metrics, role, measure, slack, space))
    return tuple(lines) or ("",)


def text_spacing(metrics: TextMetrics, role: str) -> tuple[float, float]:
    """What any measurement adds to its text (0 for exact metrics), and a space's width between
    two words."""
    slack = metrics.width("", role)
    return slack, metrics.width("x x", role) - 2 * metrics.width("x", role) + slack


def _wrap_paragraph(
    paragraph: str,
    width: float,
    metrics: TextMetrics,
    role: str,
    word_width: Callable[[str], float],
    slack: float,
    space: float,
) -> list[str]:
    """Greedy wrapping that measures about two whole lines per line, not one per word.

    Word widths (memoised by the caller) estimate where each line breaks; the estimate is then
    checked with real measurements of the line and of the line plus one word, and moved until the
    longest fitting line is found, so the result is the greedy one whatever kerning does at spaces.
    Words are the text between Unicode line-break opportunities (``break_units``): spaces, and
    between the characters of Chinese, Japanese and Korean text and emoji, and after a hyphen
    inside a word. When the metrics vouch that the paragraph's words add up (``words_add_up``: no
    kerning across its spaces), the estimate is the measurement and no line is measured: the same
    lines, a fraction of the work.
    """
    if not paragraph:
        return [""]
    words, spaced = break_units(paragraph, getattr(metrics, "word_breaks", None))
    if not paragraph.isascii() and SOFT_HYPHEN in paragraph:
        return _wrap_soft(words, spaced, width, metrics, role)
    exact = words_add_up(metrics, paragraph, role)
    if exact and words:
        by_words = _greedy_by_words(words, spaced, width, word_width, slack, space)
        if by_words is not None:
            return by_words
        # Below, word widths are summed: vouched for across spaces only, not where a word breaks
        # after a hyphen ("-T" is kerned), so such a paragraph has its lines measured.
        exact = all(spaced)
    lines: list[str] = []
    current = ""  # the line being built: words, or the tail of a word broken across lines
    current_spaced = False  # whether a space follows the line's last word
    i, n = 0, len(words)

    def line_of(k: int) -> str:
        parts = [current] if current else []
        gap = current_spaced
        for j in range(i, i + k):
            if parts and gap:
                parts.append(" ")
            parts.append(words[j])
            gap = spaced[j]
        return "".join(parts)

    def fits(k: int) -> bool:
        return metrics.width(line_of(k), role) <= width

    while i < n:
        used = metrics.width(current, role) - slack if current else 0.0
        gap = current_spaced and bool(current)
        guess = 0
        while i + guess < n:
            extra = word_width(words[i + guess]) - slack + (space if gap else 0.0)
            if used + extra + slack > width:
                break
            used += extra
            gap = spaced[i + guess]
            guess += 1
        k = max(guess, 1)
        if exact:
            k = guess
        elif fits(k):
            while i + k < n and fits(k + 1):
                k += 1
        else:
            k -= 1
            while k > 0 and not fits(k):
                k -= 1
        if k:
            current = line_of(k)
            current_spaced = spaced[i + k - 1]
            i += k
            if i < n:  # the next word was measured not to fit
                lines.append(current)
                current = ""
            continue
        if current:
            lines.append(current)
            current = ""
            continue
        word = words[i]  # alone it is wider than the line: break it between grapheme clusters
        while metrics.width(word, role) > width:
            head = _longest_prefix(word, width, metrics, role)
            if head == word:
                break
            lines.append(head.rstrip(" "))  # (a number and its sign, "18 %", at their space)
            word = word[len(head) :].lstrip(" ")
        current = word
        current_spaced = spaced[i]
        i += 1
    if current or not lines:
        lines.append(current)
    return lines


def _greedy_by_words(
    words: list[str],
    spaced: list[bool],
    width: float,
    word_width: Callable[[str], float],
    slack: float,
    space: float,
) -> list[str] | None:
    """The greedy lines from word widths alone, for words that add up (``words_add_up``): the
    loop of ``_wrap_paragraph`` with its sums in the same order, without its bookkeeping for
    measuring lines and breaking words. None when a word is wider than the line (that path).

    The metrics vouch for their sums across spaces only: pieces with no space between them (a
    word that may break after a hyphen, where "-T" is kerned) are measured together, as the run
    of pieces that is on the line, and that run's width is added as one word's."""
    widths = list(map(word_width, words))  # a memo's __getitem__: no Python call per known word
    join = " ".join if all(spaced) else None  # words between spaces (every Latin paragraph)
    if join is not None and not slack:  # and measured exactly (the shaped metrics): the same sums
        return _greedy_between_spaces(words, widths, width, space)
    lines: list[str] = []
    start, used = 0, 0.0
    run, before = 0, 0.0  # where the line's last word starts (a piece), and the line's width before it
    for j, measured in enumerate(widths):
        w = measured - slack
        if w + slack > width:
            return None
        if j == start:
            used = 0.0 + w
            run = j
            continue
        if spaced[j - 1]:
            extra = w + space
            total = used + extra
            if total + slack <= width:
                before, run = used, j
        else:  # the word goes on: its pieces on this line so far and this one, measured together
            whole = word_width("".join(words[run : j + 1])) - slack
            total = whole if run == start else before + (whole + space)
        if total + slack > width:
            lines.append(join(words[start:j]) if join else _joined(words, spaced, start, j))
            start, used, run = j, 0.0 + w, j
        else:
            used = total
    lines.append(join(words[start:]) if join else _joined(words, spaced, start, len(words)))
    return lines


def _greedy_between_spaces(
    words: list[str], widths: list[float], width: float, space: float
) -> list[str] | None:
    """``_greedy_by_words`` for words between single spaces measured exactly (no slack): each
    line's width summed word by word in the same order; None when a word is wider than the line."""
    if max(widths) > width:
        return None
    lines: list[str] = []
    start, used = 0, widths[0]
    for j in range(1, len(widths)):
        total = used + (widths[j] + space)
        if total > width:
            lines.append(" ".join(words[start:j]))
            start, used = j, widths[j]
        else:
            used = total
    lines.append(" ".join(words[start:]))
    return lines


def _joined(words: list[str], spaced: list[bool], start: int, end: int) -> str:
    if all(spaced[start : end - 1]):  # words between spaces (every Latin line)
        return " ".join(words[start:end])
    parts = [words[start]]
    for j in range(start + 1, end):
        if spaced[j - 1]:
            parts.append(" ")
        parts.append(words[j])
    return "".join(parts)


def _longest_prefix(word: str, width: float, metrics: TextMetrics, role: str) -> str:
    """The longest prefix of ``word`` that fits, ending between grapheme clusters (at least one
    cluster, so wrapping ends; an emoji sequence or a letter with its marks is never split, nor a
    Thai vowel written before its consonant from that consonant)."""
    ends = [m.end() for m in _CUT_UNIT.finditer(word)]
    lo, hi = 0, len(ends) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if metrics.width(word[: ends[mid]], role) <= width:
            lo = mid
        else:
            hi = mid - 1
    return word[: ends[lo]]


def _wrap_soft(
    units: list[str], spaced: list[bool], width: float, metrics: TextMetrics, role: str
) -> list[str]:
    """The plain greedy wrap of a paragraph with a soft hyphen (U+00AD): every candidate line
    measured whole, as it would be drawn. A line that ends where a word breaks at its soft hyphen
    shows a hyphen there (the soft hyphen's place in the line's text, so the line keeps its
    length) and is measured with it; a soft hyphen inside a line stays in its text and draws
    nothing (the shaper's default-ignorable). Rare text, so no shortcuts."""
    lines: list[str] = []
    current, gap, soft = "", False, False  # the line so far, a space after it, ends at a soft hyphen
    for unit, after in zip(units, spaced, strict=True):
        ends_soft = not after and unit.endswith(SOFT_HYPHEN)
        candidate = f"{current} {unit}" if current and gap else current + unit
        if metrics.width(_shown(candidate, ends_soft), role) <= width:
            current, gap, soft = candidate, after, ends_soft
            continue
        if current:
            lines.append(_shown(current, soft))
        while metrics.width(_shown(unit, ends_soft), role) > width:  # alone too wide: between clusters
            head = _longest_prefix(_shown(unit, ends_soft), width, metrics, role)
            if len(head) >= len(unit) - ends_soft:  # (only the hyphen would be left for a line)
                break
            lines.append(head.rstrip(" "))
            unit = unit[len(head) :].lstrip(" ")
        current, gap, soft = unit, after, ends_soft
    lines.append(_shown(current, soft))
    return lines


def _shown(line: str, soft: bool) -> str:
    """``line`` as drawn: when it ends where its last word breaks at a soft hyphen, that soft
    hyphen drawn as a hyphen."""
    return line[:-1] + "-" if soft else line


# Where Unicode line breaking (UAX #14) allows a break between characters as well as at spaces:
# ideographs, kana, Hangul, full-width forms and emoji (class ID and its neighbours).
_BREAK_BETWEEN = LazyPattern(
    r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Extended_Pictographic}\u3000-\u303f\uff00-\uffef]"
)
# No break before closing punctuation, iteration marks, small kana and hyphens; none after opening
# punctuation; none on either side of a no-break space, nor of the space that keeps a sign with
# its number ("東京 ¥", ``_glue_signs``).
_NO_BREAK_BEFORE = frozenset(
    ")]}»、。，．：；！？」』）】〉》〕〗〙〛｝〟’”ー々〻ゝゞヽヾぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ・…‥%"
    "-\u2010\u2011\u2012\u2013 \u00a0\u2007\u202f"
)
_NO_BREAK_AFTER = frozenset("([{«「『（【〈《〔〖〘〚｛〝‘“$ \u00a0\u2007\u202f")


# Dashes, quotes, bullet, ellipsis, per mille, angle quotes and the euro sign: none of them is one
# of ``_BREAK_BETWEEN``'s characters.
_SIGNS_DROPPED = str.maketrans(
    "", "", "\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2022\u2026\u2030\u2039\u203a\u20ac"
)


def _narrow(text: str) -> bool:
    """Text ``_BREAK_BETWEEN`` has no character of, known without the pattern (and ``regex``):
    before U+1100 (Hangul Jamo) only © and ® are one (emoji); no ASCII character is one."""
    return _top(text) < "\u1100"


def _top(text: str) -> str:
    """``text``'s last character in code point order, leaving out ``_SIGNS_DROPPED`` (U+FFFF with
    © or ®): below U+1100 it is ``_narrow``, below U+0E01 it has no Thai either."""
    if "\u00a9" in text or "\u00ae" in text:
        return "\uffff"
    return max(text.translate(_SIGNS_DROPPED), default=" ")


# Dashes a line may end with (UAX #14): HYPHEN-MINUS (class HY), HYPHEN, FIGURE DASH, EN DASH
# (class BA), EM DASH (B2) and the SOFT HYPHEN (BA), drawn as a hyphen only where the line breaks
# (``_wrap_soft``). NO-BREAK HYPHEN (U+2011, class GL) is not one: it never breaks.
SOFT_HYPHEN = "\u00ad"
_DASHES = "-\u2010\u2012\u2013\u2014" + SOFT_HYPHEN
_DASH_SET = frozenset(_DASHES)
# A word breaks after a dash only with at least this many letters or digits on each side of the
# dash, in the whole word ("e-mail", "re-order", "check-in", "19-year" stay whole): a line that
# ends in "e-" or a next line that starts with "in" reads as a mistake. As CSS's
# ``hyphenate-limit-chars`` and TeX's \lefthyphenmin / \righthyphenmin, for explicit hyphens too.
MIN_FRAGMENT = 3
# Besides a letter, a digit or a mark (``_may_precede_dash``), what a dash may follow and still end
# a line: closing punctuation. Never a dash or a space (a word's leading "-" stays on).
_BEFORE_DASH = frozenset(")]}’”»\"'")


def _dashed(paragraph: str) -> bool:
    """Whether ``paragraph`` has a dash of ``_DASHES`` (a cheap test for most text)."""
    if paragraph.isascii():
        return "-" in paragraph
    return "-" in paragraph or not _DASH_SET.isdisjoint(paragraph)


@lru_cache(maxsize=4096)  # a map repeats its hyphenated words ("e-mail")
def dash_breaks(word: str) -> tuple[int, ...]:
    """Where a line may end inside ``word`` (no spaces in it): right after a dash of ``_DASHES``
    that follows a letter, digit, mark or closing punctuation and is followed by a letter
    (UAX #14: a break after HY and BA; none before a number after a hyphen, LB25: "COVID-19",
    "2024-2025", "-3"; none after a leading hyphen, LB20.1; none after a Hebrew letter's hyphen,
    LB21a). An address (a word with "://", "@" or starting "www.") is never broken at its
    hyphens: a hyphen at a line's end would read as one added to break the word."""
    if "://" in word or "@" in word or word.startswith("www."):
        return ()
    cuts: list[int] = []
    last = len(word) - 1
    if word.isascii():
        i = word.find("-", 1)
        while 0 < i < last:
            if word[i + 1].isalpha() and (word[i - 1].isalnum() or word[i - 1] in _BEFORE_DASH):
                cuts.append(i + 1)
            i = word.find("-", i + 2)
    else:
        for i in range(1, last):
            if word[i] in _DASH_SET and word[i + 1].isalpha() and _may_precede_dash(word[i - 1]):
                cuts.append(i + 1)
    if cuts:  # at least MIN_FRAGMENT letters or digits before the dash and after it
        ahead = list(itertools.accumulate(map(str.isalnum, word), initial=0))
        total = ahead[-1]
        cuts = [c for c in cuts if ahead[c - 1] >= MIN_FRAGMENT and total - ahead[c] >= MIN_FRAGMENT]
    return tuple(cuts)


# Syllable points for a word wider than its line at every size allowed (a header's German
# compound): where a hyphen may be added, rather than a break put between any two letters. Between
# two vowels only the last consonant starts the next syllable ("Kun-den", "Wes-pe"; German
# orthography § 110, which English hyphenation mostly agrees with); a consonant before "r" or "l"
# goes with it ("zu-frie", "Ab-fluss"), and so does an "s" before "t" or "p" ("Un-ter-stüt-zung");
# "ch", "ck", "sch", "ph", "th" and "qu" are never parted, nor are two vowels; a compound's part
# that starts with a vowel ("auf", "ein" …) keeps its first letter ("Kontakt-aufnahme"); and a
# linking "s" after -heit, -keit, -ung, -ion, -tät, -schaft, -ling stays with them
# ("Zufriedenheits-indikatoren").
_VOWELS = frozenset("aeiouyäöüàáâèéêëìíîïòóôùúûæœåø")
_UNITS = ("sch", "ch", "ck", "ph", "th", "qu")
_ONSET_AFTER = {
    "r": frozenset(("b", "c", "d", "f", "g", "k", "p", "t", "sch", "ch", "ph", "th")),
    "l": frozenset(("b", "c", "f", "g", "k", "p", "sch", "ch", "ph")),
}
# Word parts that start with a vowel and often start the second word of a compound: a consonant
# before them ends the syllable before ("Kontakt-aufnahme", "Kredit-einstufung").
_VOWEL_PARTS = ("auf", "aus", "ein", "über", "unter", "ab")
_LINKING_S = ("heits", "keits", "ungs", "ions", "täts", "schafts", "lings")


def syllable_breaks(word: str) -> tuple[int, ...]:
    """Where a hyphen may be added to break ``word`` (offsets of the next syllable's first letter),
    for a word of Latin letters only (else none), with ``MIN_FRAGMENT`` letters on each side."""
    if not word.isalpha() or len(word) < 2 * MIN_FRAGMENT:
        return ()
    low = word.lower()
    if not all(ch.isascii() or ch in _VOWELS or "À" <= ch <= "ɏ" for ch in low):
        return ()
    # the word as letters and units, each with its offset
    units: list[tuple[int, str]] = []
    i = 0
    while i < len(low):
        unit = next((u for u in _UNITS if low.startswith(u, i)), low[i])
        units.append((i, unit))
        i += len(unit)
    cuts: list[int] = []
    cluster: list[tuple[int, str]] = []  # the consonants since the last vowel
    seen_vowel = False
    for at, unit in units:
        if unit[0] not in _VOWELS or unit == "qu":
            cluster.append((at, unit))
            continue
        if seen_vowel and cluster:
            j = len(cluster) - 1  # the next syllable's first consonant
            if j and cluster[j][1] in _ONSET_AFTER and cluster[j - 1][1] in _ONSET_AFTER[cluster[j][1]]:
                j -= 1  # "fr", "pl", "tr" …
            s_onset = j and cluster[j - 1][1] == "s" and cluster[j][1] in "tp"
            if s_onset and (j < 2 or cluster[j - 2][1] not in "tgk"):
                j -= 1  # "st", "sp": "Un-ter-stüt-zung", but "Arbeits-platz"
            cut = cluster[j][0]
            if low.startswith(_VOWEL_PARTS, at):
                cut = at
            for at2, unit2 in cluster:  # a linking "s" closes its syllable
                if unit2 == "s" and low[: at2 + 1].endswith(_LINKING_S):
                    cut = at2 + 1
            cuts.append(cut)
        seen_vowel, cluster = True, []
    return tuple(c for c in cuts if MIN_FRAGMENT <= c <= len(word) - MIN_FRAGMENT)


def hyphenated(text: str, width: Callable[[str], float], room: float) -> str:
    """``text`` with a soft hyphen at each ``syllable_breaks`` point of every word wider than
    ``room`` (measured by ``width``), so that wrapping breaks such a word at a syllable, a hyphen
    shown at the line's end, rather than between any two letters."""
    out: list[str] = []
    for piece in re.split(r"(\s+)", text):
        cuts = syllable_breaks(piece) if piece and not piece.isspace() and width(piece) > room else ()
        for a, b in itertools.pairwise((0, *cuts)):
            out.append(piece[a:b] + SOFT_HYPHEN)
        out.append(piece[cuts[-1] :] if cuts else piece)
    return "".join(out)


def _may_precede_dash(ch: str) -> bool:
    if "\u05d0" <= ch <= "\u05f2" or "\ufb1d" <= ch <= "\ufb4f":  # a Hebrew letter (class HL)
        return False
    return ch.isalnum() or ch in _BEFORE_DASH or unicodedata.category(ch).startswith("M")


def _dash_units(words: list[str]) -> tuple[list[str], list[bool]]:
    """``break_units`` of words with no character of ``_BREAK_BETWEEN``: each word, cut after its
    breakable dashes (no space follows a cut, as between CJK characters)."""
    units: list[str] = []
    spaced: list[bool] = []
    for word in words:
        if "-" not in word and (word.isascii() or _DASH_SET.isdisjoint(word)):
            units.append(word)
            spaced.append(True)
            continue
        start = 0
        for cut in dash_breaks(word):
            units.append(word[start:cut])
            spaced.append(False)
            start = cut
        units.append(word[start:] if start else word)
        spaced.append(True)
    return units, spaced


# Spaces that are no line-break opportunity (UAX #14 class GL): NO-BREAK SPACE, FIGURE SPACE and
# NARROW NO-BREAK SPACE, as typed between a number and its unit ("18\u202f%", "12\u00a0€"). They
# stay inside their word, and in the line's text.
_NO_BREAK_SPACES = "\u00a0\u2007\u202f"
_NO_BREAK_SET = frozenset(_NO_BREAK_SPACES)
_BREAKING_SPACES = re.compile(r"[^\S\u00a0\u2007\u202f]+")
# Signs that belong to the number beside them, as UAX #14's classes PO and PR do when nothing is
# between (LB25: "18%", "€12"): percent, per mille, per ten thousand (and the Arabic percent), the
# degree signs, and every currency sign (general category Sc, in ``CURRENCY``).
_POSTFIX = "%\u2030\u2031\u066a\u00b0\u2103\u2109"
CURRENCY = (
    "$\u00a2\u00a3\u00a4\u00a5\u058f\u060b\u07fe\u07ff\u09f2\u09f3\u09fb\u0af1\u0bf9\u0e3f\u17db"
    + "".join(map(chr, range(0x20A0, 0x20C1)))
    + "\ua838\ufdfc\ufe69\uff04\uffe0\uffe1\uffe5\uffe6"
    + "".join(map(chr, range(0x11FDD, 0x11FE1)))
    + "\U0001e2ff\U0001ecb0"
)
_CURRENCY_SET = frozenset(CURRENCY)
_SIGN_SET = frozenset(_POSTFIX + CURRENCY)
# What may follow a sign in its word and still leave it a lone sign: "18 %.", "(12 €)", "18 %,".
_AFTER_SIGN = ".,;:!?)]}»”’\"'…"
# A paragraph beyond ASCII that may hold a sign or a no-break space (one scan, in C).
_SIGN_OR_GLUE = re.compile(
    "[" + re.escape(_POSTFIX + _NO_BREAK_SPACES) + "".join(re.escape(ch) for ch in CURRENCY) + "]"
)


def _words(paragraph: str) -> list[str]:
    """``paragraph``'s words beyond ASCII: split at spaces but the no-break ones, signs glued to
    their numbers (``_glue_signs``)."""
    if _SIGN_OR_GLUE.search(paragraph) is None:
        return paragraph.split()
    if not _NO_BREAK_SET.isdisjoint(paragraph):
        words = [w for w in _BREAKING_SPACES.split(paragraph) if w and not w.isspace()]
    else:
        words = paragraph.split()
    return _glue_signs(words)


def _ascii_signs(paragraph: str) -> bool:
    """Whether ASCII ``paragraph`` may have a word that is only "%" or "$" (``_glue_signs``): one
    after a space, or its first."""
    return " %" in paragraph or " $" in paragraph or paragraph.startswith("$")


def _glue_signs(words: list[str]) -> list[str]:
    """``words`` with each word that is only a sign of ``_SIGN_SET`` (and the punctuation that may
    follow it, ``_AFTER_SIGN``) joined to its number by the space between, as if it were a no-break
    space: "18 %", "4.2 ‰", "12 €" after their number, and a currency sign before a number that
    no number precedes, "€ 12", with it. A lone sign that is neither ("Rabatt in %") stays with
    the word before it. So a line never starts with a lone "%" or "€", nor ends in a lone "€"
    before its amount; typographers put a no-break space there (DIN 5008, the Imprimerie
    nationale's narrow one before "%" and "€"), which many users do not type."""
    hits = [i for i, word in enumerate(words) if word[0] in _SIGN_SET]
    joins: list[int] = []  # j: words[j] and words[j + 1] go together (ascending)
    for i in hits:  # words starting with a sign: few, so the loop is over them alone
        word = words[i]
        core = word.rstrip(_AFTER_SIGN)
        if not _SIGN_SET.issuperset(core):
            continue
        after_number = i > 0 and words[i - 1].rstrip(_AFTER_SIGN)[-1:].isdigit()
        before_number = i + 1 < len(words) and words[i + 1].lstrip("(+-\u2212")[:1].isdigit()
        if not after_number and before_number and core == word and _CURRENCY_SET.issuperset(core):
            joins.append(i)  # "€ 12": a currency sign before its amount
        elif i:
            joins.append(i - 1)
    if not joins:
        return words
    out = list(words)
    for j in reversed(joins):
        out[j : j + 2] = [f"{out[j]} {out[j + 1]}"]
    return out


# Scripts written without spaces between their words, broken by dictionary where the metrics can
# (``word_breaks``, text.words): Thai's letters, marks and signs (libthai), and Lao, Myanmar with
# its extensions A and B, and Khmer with its symbols (ICU's dictionaries).
THAI_RANGES = (("\u0e01", "\u0e5b"),)
ICU_RANGES = (
    ("\u0e80", "\u0eff"),
    ("\u1000", "\u109f"),
    ("\u1780", "\u17ff"),
    ("\u19e0", "\u19ff"),
    ("\ua9e0", "\ua9ff"),
    ("\uaa60", "\uaa7f"),
)
# The standard library's ``re``, which every start imports anyway (``regex`` is loaded only for
# text that needs it).
_DICTIONARY = re.compile(
    "[" + "".join(f"{first}-{last}" for first, last in (*THAI_RANGES, *ICU_RANGES)) + "]"
)


def break_units(
    paragraph: str, word_breaks: Callable[[str], tuple[int, ...]] | None = None
) -> tuple[list[str], list[bool]]:
    """The paragraph's unbreakable pieces, and whether a space follows each one.

    Spaces separate words as always (runs of spaces count as one). Inside a word, a break is
    allowed after a hyphen or dash followed by a letter (``dash_breaks``), and between grapheme
    clusters where one side is an ideograph, kana, Hangul or an emoji, except before closing
    punctuation and hyphens and after opening punctuation; never inside a cluster. Thai, Lao,
    Khmer and Myanmar, which put no spaces between their words, break between them where
    ``word_breaks`` (a dictionary, handed over by the metrics: ``text.words``) says they end;
    without it only at spaces. Joined
    again, with a space after the spaced ones, the pieces are the paragraph's words.
    """
    if paragraph.isascii():
        words = paragraph.split()
        if ("%" in paragraph or "$" in paragraph) and _ascii_signs(paragraph):
            words = _glue_signs(words)
        narrow = True
    else:
        words = _words(paragraph)
        top = _top(paragraph)  # German, French, Greek...: below U+0E01, no further test
        if top >= "\u0e01" and word_breaks is not None and _DICTIONARY.search(paragraph):
            return _dictionary_units(words, word_breaks)
        narrow = top < "\u1100"  # (``_narrow``)
    if narrow or not _BREAK_BETWEEN.search(paragraph):
        if not _dashed(paragraph):
            return words, [True] * len(words)
        return _dash_units(words)
    units: list[str] = []
    spaced: list[bool] = []
    for word in words:
        if not _BREAK_BETWEEN.search(word):
            more, gaps = _dash_units([word])
            units += more
            spaced += gaps
            continue
        cuts = dash_breaks(word) if _dashed(word) else ()
        clusters = _GRAPHEME.findall(word)
        piece = clusters[0]
        at = len(piece)
        for a, b in itertools.pairwise(clusters):
            wide = bool(_BREAK_BETWEEN.match(a) or _BREAK_BETWEEN.match(b))
            if (wide and b[0] not in _NO_BREAK_BEFORE and a[-1] not in _NO_BREAK_AFTER) or at in cuts:
                units.append(piece)
                spaced.append(False)
                piece = b
            else:
                piece += b
            at += len(b)
        units.append(piece)
        spaced.append(True)
    return units, spaced


def broken_words(
    text: str, lines: tuple[str, ...], word_breaks: Callable[[str], tuple[int, ...]] | None = None
) -> int:
    """How many of ``lines`` (``text`` wrapped) end inside a word: a word wider than the line,
    broken between its grapheme clusters rather than at a line-break opportunity (a space, after
    a hyphen, between ideographs …; ``word_breaks`` as for ``break_units``). A sign kept with its
    number ("18 %") is one unit, its space not counted, as no line's spaces are."""
    ends, pos = {0}, 0
    for paragraph in text.split("\n"):
        for unit in break_units(paragraph, word_breaks)[0]:
            pos += len(unit) if unit.isalnum() else len("".join(unit.split()))
            ends.add(pos)
    pos = broken = 0
    for line in lines[:-1]:
        pos += len("".join(line.split()))
        broken += pos not in ends
    return broken


def _dictionary_units(
    words: list[str], word_breaks: Callable[[str], tuple[int, ...]]
) -> tuple[list[str], list[bool]]:
    """``break_units`` of a paragraph with Thai, Lao, Khmer or Myanmar: each word's pieces by the
    other rules, cut again where ``word_breaks`` ends a word inside them (no space follows such a
    cut)."""
    units: list[str] = []
    spaced: list[bool] = []
    for word in words:
        pieces, gaps = break_units(word)
        cuts = word_breaks(word) if _DICTIONARY.search(word) else ()
        if not cuts:
            units += pieces
            spaced += gaps
            continue
        start = 0
        for piece, gap in zip(pieces, gaps, strict=True):
            end = start + len(piece)
            at = start
            for cut in cuts:
                if at < cut < end:
                    units.append(word[at:cut])
                    spaced.append(False)
                    at = cut
            units.append(word[at:end])
            spaced.append(gap)
            start = end
    return units, spaced


def _greedy_hyphenated(
    words: list[str], widths: list[float], width: float, space: float, measure: Callable[[str], float]
) -> list[str] | None:
    """``_greedy_between_spaces`` for ASCII words of which some may break after a hyphen: a word
    that does not fit where the line has got to is put on it as far as its pieces fit
    (``dash_breaks``), its rest starting the next line. ``_greedy_by_words``'s lines for those
    pieces from the same sums (a word's pieces on one line measured together, by ``measure``), at
    the cost of the words between spaces: most hyphenated words fit whole where they are, and so
    do their first pieces (never wider than the word). None when a word is wider than the line
    (the general path, which breaks it after its hyphens or between its letters)."""
    if max(widths) > width:
        return None
    lines: list[str] = []
    head = ""  # the rest of a word broken after a hyphen, starting the line
    start, used = 0, widths[0]
    for j in range(1, len(widths)):
        total = used + (widths[j] + space)
        if total <= width:
            used = total
            continue
        line = " ".join(words[start:j])
        if head:
            line = f"{head} {line}" if line else head
        word, fitted = words[j], 0
        if "-" in word:  # as many of its pieces as fit
            for cut in dash_breaks(word):
                if used + (measure(word[:cut]) + space) > width:
                    break
                fitted = cut
        if fitted:
            lines.append(f"{line} {word[:fitted]}")
            head, start, used = word[fitted:], j + 1, measure(word[fitted:])
        else:
            lines.append(line)
            head, start, used = "", j, widths[j]
    line = " ".join(words[start:])
    lines.append((f"{head} {line}" if line else head) if head else line)
    return lines


class WrapCache:
    """Remembers wrapped lines by (role, text, width) for one metrics object.

    A relayout after one edit then measures only the edited card; the cache is bounded
    so a long session of typing does not grow it without end.
    """

    def __init__(self, metrics: TextMetrics, limit: int = 20000) -> None:
        self.metrics = metrics
        self.limit = limit
        self._lines: OrderedDict[tuple[str, str, float], tuple[str, ...]] = OrderedDict()
        self._widths: dict[str, _Widths] = {}  # per role
        self._spacing: dict[str, tuple[float, float]] = {}  # per role: text_spacing
        # Per role: its widths, a space's width and the metrics' words_add_up (``_direct_for``).
        self._direct: dict[str, tuple[_Widths, float, Callable[[str, str], bool] | None]] = {}
        # Each card's last geometry with what it was computed from: a relayout after one edit
        # reuses every card whose inputs did not change (a layout concern kept beside the wraps,
        # since both live exactly as long as one canvas's metrics).
        self.card_geoms: dict[str, tuple[object, object]] = {}
        # Likewise each lane by id: (its key, its shape at y = 0, the y it was last placed at,
        # that placement, and the same shape's placement at another y before it, with that y),
        # so an unchanged lane is reused and a moved one only placed again, or placed as before.
        self.lane_parts: dict[str, tuple[object, object, float, object, object]] = {}
        # And each cell of a card lane by (stage id, lane id): (its key, its stack, the height it
        # uses, its card ids, its cards' geometry, and the part before it, without its own before),
        # so an edit restacks only the cells it touched, and its undo or redo none of them.
        self.cell_parts: dict[tuple[str, str], tuple[object, Any, float, tuple[str, ...], Any, Any]] = {}
        # And the map's header row and stage geometry ("head", "stages"), reused while unchanged.
        self.map_parts: dict[str, tuple[Any, ...]] = {}
        self.misses = 0

    def wrap(self, text: str, width: float, role: str) -> tuple[str, ...]:
        key = (role, text, width)
        lines = self._lines.get(key)
        if lines is None:
            self.misses += 1
            lines = self._lines[key] = self._wrapped(text, width, role)
            if len(self._lines) > self.limit:
                self._lines.popitem(last=False)
        return lines

    def _wrapped(self, text: str, width: float, role: str) -> tuple[str, ...]:
        """``wrap_text`` with this cache's word widths. A card of plain ASCII words in one
        paragraph, measured exactly and vouched for by the metrics (most cards), goes straight to
        the greedy sums ``wrap_text`` would reach for it (the same checks, in the same order,
        without the calls between): a map is laid out whole when it opens."""
        direct = self._direct.get(role)
        if direct is None:
            direct = self._direct_for(role)
        widths, space, vouch = direct
        if len(widths) > self.limit:  # (``_widths_of``: bounded)
            widths.clear()
        paragraph = text.rstrip()
        if vouch is not None and paragraph.isascii() and "\n" not in text and vouch(paragraph, role):
            words = paragraph.split()  # (``break_units`` of ASCII text: its words, each then a space)
            if ("%" in paragraph or "$" in paragraph) and _ascii_signs(paragraph):
                words = _glue_signs(words)  # "18 %" and "$ 12" are one word
            if words:
                measured = list(map(widths.__getitem__, words))
                if "-" in paragraph:  # a word may break after a hyphen
                    lines = _greedy_hyphenated(words, measured, width, space, widths.__getitem__)
                else:
                    lines = _greedy_between_spaces(words, measured, width, space)
                if lines is not None:
                    return tuple(lines)
        return wrap_text(text, width, self.metrics, role, widths.__getitem__, self._spacing[role])

    def _direct_for(self, role: str) -> tuple[_Widths, float, Callable[[str, str], bool] | None]:
        """The role's word widths, a space's width and the metrics' ``words_add_up`` (None when
        they measure with slack or vouch for nothing: no direct path), worked out once."""
        slack, space = self._spacing[role] = text_spacing(self.metrics, role)
        vouch = getattr(self.metrics, "words_add_up", None) if not slack else None
        direct = self._direct[role] = (self._widths_of(role), space, vouch)
        return direct

    def width(self, text: str, role: str) -> float:
        """The width of a word or a short label (a vote count, a scale tick): few distinct ones,
        each asked for across many cards, so each is measured once."""
        return self._widths_of(role)[text]

    def widths(self, role: str) -> Mapping[str, float]:
        """``width`` as a mapping (``widths(role)[text]``): one lookup for a known text, for a
        caller asking for thousands (a layout's vote counts)."""
        return self._widths_of(role)

    def _widths_of(self, role: str) -> _Widths:
        widths = self._widths.get(role)
        if widths is None:
            widths = self._widths[role] = _Widths(self.metrics, role)
        elif len(widths) > self.limit:
            widths.clear()
        return widths

    def clear(self) -> None:
        """Forget everything, e.g. after the font changed."""
        self._lines.clear()
        self._widths.clear()
        self._spacing.clear()
        self._direct.clear()
        self.card_geoms.clear()
        self.lane_parts.clear()
        self.cell_parts.clear()
        self.map_parts.clear()


class _Widths(dict[str, float]):
    """One role's measured words: a plain lookup for a known word (wrapping asks for every word
    of every card, and a map repeats its words), the metrics only for a new one."""

    def __init__(self, metrics: TextMetrics, role: str) -> None:
        super().__init__()
        self._measure = metrics.width
        self._role = role

    def __missing__(self, text: str) -> float:
        w = self[text] = self._measure(text, self._role)
        return w
