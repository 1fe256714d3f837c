"""The fast wrap gives exactly the lines of the plain greedy wrap, with any metrics.

The plain algorithm below measures the whole candidate line for every word: obviously right,
and the reference the faster guess-and-verify wrap must match line for line.
"""

from __future__ import annotations

import itertools
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from jmdesigner.layout import MonospaceMetrics, WrapCache, wrap_text
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
