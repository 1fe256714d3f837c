"""The fast wrap gives exactly the lines of the plain greedy wrap, with any metrics.

The plain algorithm below measures the whole candidate line for every word: obviously right,
and the reference the faster guess-and-verify wrap must match line for line.
"""

from __future__ import annotations

import itertools
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jmdesigner.layout import MonospaceMetrics, WrapCache, wrap, wrap_text
from jmdesigner.layout.wrap import _longest_prefix


def greedy(text: str, width: float, metrics: object, role: str) -> tuple[str, ...]:
    lines: list[str] = []
    for paragraph in text.split("\n"):
        paragraph = paragraph.rstrip()
        if not paragraph:
            lines.append("")
            continue
        out: list[str] = []
        current = ""
        for word in paragraph.split():
            candidate = f"{current} {word}" if current else word
            if metrics.width(candidate, role) <= width:  # type: ignore[attr-defined]
                current = candidate
                continue
            if current:
                out.append(current)
                current = ""
            while metrics.width(word, role) > width:  # type: ignore[attr-defined]
                head = _longest_prefix(word, width, metrics, role)  # type: ignore[arg-type]
                out.append(head)
                word = word[len(head) :]
            current = word
        if current or not out:
            out.append(current)
        lines.extend(out)
    return tuple(lines) or ("",)


class KernedMetrics:
    """Not additive, like a real font: per-character widths, pair kerning (also at spaces) and a
    constant slack on every measurement, as the canvas adds."""

    def line_height(self, role: str) -> float:
        return 16.0

    def width(self, text: str, role: str) -> float:
        w = sum(4.0 + (ord(ch) % 7) * 0.9 for ch in text)
        for a, b in itertools.pairwise(text):
            if (a == " ") != (b == " "):
                w += (-3.0, 2.0, 0.0)[(ord(a) + ord(b)) % 3]
        return w + 0.5


class MisleadingSpaceMetrics(MonospaceMetrics):
    """Spaces cost far more in real lines than in the probe: the estimate overshoots by words."""

    def width(self, text: str, role: str) -> float:
        return 5.0 * len(text) + (0.0 if text == "x x" else 6.0) * text.count(" ") + 0.5


WORDS = st.sampled_from(
    ["a", "to", "the", "order", "refund", "delivery", "slot", "supercalifragilistic", "é", "wait", ""]
)
TEXTS = st.lists(st.one_of(WORDS, WORDS, WORDS, st.just("\n"), st.just("  ")), max_size=60).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(
    text=TEXTS,
    width=st.one_of(st.floats(min_value=1.0, max_value=400.0), st.floats(min_value=40.0, max_value=200.0)),
)
def test_wrap_equals_the_plain_greedy_wrap_with_kerned_metrics(text: str, width: float) -> None:
    m = KernedMetrics()
    expected = greedy(text, width, m, "card")
    assert wrap_text(text, width, m, "card") == expected
    assert WrapCache(m).wrap(text, width, "card") == expected


@settings(max_examples=200, deadline=None)
@given(
    text=TEXTS,
    width=st.one_of(st.floats(min_value=1.0, max_value=400.0), st.floats(min_value=40.0, max_value=200.0)),
    metrics=st.sampled_from([MonospaceMetrics(), MisleadingSpaceMetrics()]),
)
def test_wrap_equals_the_plain_greedy_wrap_with_other_metrics(
    text: str, width: float, metrics: MonospaceMetrics
) -> None:
    assert WrapCache(metrics).wrap(text, width, "card") == greedy(text, width, metrics, "card")


def test_a_wrapped_paragraph_measures_about_two_lines_per_line_not_one_per_word() -> None:
    calls: list[str] = []

    class Counting(MonospaceMetrics):
        def width(self, text: str, role: str) -> float:
            calls.append(text)
            return super().width(text, role)

    cache = WrapCache(Counting())
    text = " ".join(["word"] * 200)
    lines = cache.wrap(text, 200.0, "card")
    assert len(lines) > 20
    assert len(calls) < 3 * len(lines) + 10  # the plain greedy wrap measures 200 candidate lines


def test_wrap_equals_the_plain_greedy_wrap_on_many_workshop_like_texts() -> None:
    """Seeded: long runs of short words, where the estimate is most often off by a word or more."""
    rng = random.Random(11)
    words = ["a", "to", "the", "order", "refund", "delivery", "slot", "supercalifragilistic", "é", "wait"]
    for metrics in (KernedMetrics(), MisleadingSpaceMetrics()):
        for _ in range(1500):
            text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 30)))
            width = rng.uniform(20.0, 300.0)
            assert wrap_text(text, width, metrics, "card") == greedy(text, width, metrics, "card")


class AddingMetrics:
    """Exact metrics that vouch their words add up (as the shaped metrics do for Latin text): a
    line is its first word's width plus each further word's width and a space, summed in that
    order. Widths are quarters, so a line often fills the width exactly (ties at the limit)."""

    def __init__(self, widths: dict[str, float], space: float) -> None:
        self.widths, self.space = widths, space

    def line_height(self, role: str) -> float:
        return 16.0

    def width(self, text: str, role: str) -> float:
        words = text.split(" ")
        total = self._word(words[0])
        for word in words[1:]:
            total = total + (self._word(word) + self.space)
        return total

    def _word(self, word: str) -> float:
        return self.widths.get(word, 2.25 * len(word))  # a piece of a broken word: by its letters

    def words_add_up(self, text: str, role: str) -> bool:
        return True


def test_wrapping_exact_word_widths_gives_the_lines_of_measuring_whole_lines() -> None:
    """The word-width wrap of exactly measured Latin text (every card of a map, at open) sums a
    line's widths word by word; the plain greedy wrap measures each candidate line. Same lines,
    ties at the limit included, and with a word too long for any line (the measuring path)."""
    rng = random.Random(20)
    vocabulary = [f"w{i}" for i in range(40)] + ["long" * 12]
    for _ in range(300):
        widths = {w: rng.randint(1, 80) / 4 for w in vocabulary}
        metrics = AddingMetrics(widths, rng.choice([1.0, 2.5, 3.25, 4.0]))
        cache = WrapCache(metrics)
        for _ in range(10):
            words = [rng.choice(vocabulary[:-1]) for _ in range(rng.randint(1, 40))]
            if rng.random() < 0.05:
                words.insert(rng.randint(0, len(words)), vocabulary[-1])
            text = "  ".join(words) if rng.random() < 0.1 else " ".join(words)
            cut = rng.randint(1, len(words))  # a limit a prefix of the words fills exactly
            width = rng.choice([metrics.width(" ".join(words[:cut]), "card"), rng.uniform(20.0, 120.0)])
            assert cache.wrap(text, width, "card") == greedy(text, width, metrics, "card"), (text, width)


def test_the_cache_wraps_plain_ascii_cards_directly_with_wrap_texts_lines(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A card of plain ASCII words (most cards) is wrapped by the cache without ``wrap_text``; its
    lines are ``wrap_text``'s for every text, the ones that take the general path included: a final
    newline (an empty last line), tabs and other ASCII spaces, a word wider than the line, a lone
    space, nothing, text beyond ASCII."""
    metrics = AddingMetrics({"order": 11.0, "refund": 12.5, "a": 2.25, "slot": 9.0}, 2.5)
    texts = [
        "order refund a slot order refund a slot",
        "order refund\n",
        "order refund a slot\n\n",
        "\norder",
        "order\trefund  a\x0bslot",
        "order\rrefund a",
        "   order refund   ",
        "order " + "x" * 40 + " slot",
        " ",
        "",
        "\n",
        "ordér refund a slot",
    ]
    direct = [0]
    general = wrap.wrap_text

    def counted(*args: object, **kwargs: object) -> tuple[str, ...]:
        direct[0] += 1
        return general(*args, **kwargs)  # type: ignore[arg-type]

    for width in (5.0, 20.0, 26.0, 40.0, 200.0):
        for text in texts:
            expected = wrap_text(text, width, metrics, "card")
            monkeypatch.setattr(wrap, "wrap_text", counted)
            direct[0] = 0
            assert WrapCache(metrics).wrap(text, width, "card") == expected, (text, width)
            monkeypatch.setattr(wrap, "wrap_text", general)
            if text == texts[0] and width >= 26.0:
                assert direct[0] == 0, "plain ASCII words go straight to the greedy sums"
            if "\n" in text or not text.isascii():
                assert direct[0] == 1, text
