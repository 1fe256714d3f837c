"""Word wrap that never clips: words too long for the width are broken between characters."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable

from jmdesigner.layout.metrics import TextMetrics


def wrap_text(
    text: str,
    width: float,
    metrics: TextMetrics,
    role: str,
    word_width: Callable[[str], float] | None = None,
) -> tuple[str, ...]:
    """Break ``text`` into lines no wider than ``width``; explicit newlines are kept.

    Empty text gives one empty line so an empty card still has room for a caret. The lines are
    those of the greedy algorithm (as many words as fit, measured as whole lines); ``word_width``,
    a memo of single words' widths, only makes finding them cheaper.
    """
    measure = word_width or (lambda word: metrics.width(word, role))
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines.extend(_wrap_paragraph(paragraph.rstrip(), width, metrics, role, measure))
    return tuple(lines) or ("",)


def _wrap_paragraph(
    paragraph: str, width: float, metrics: TextMetrics, role: str, word_width: Callable[[str], float]
) -> list[str]:
    """Greedy wrapping that measures about two whole lines per line, not one per word.

    Word widths (memoised by the caller) estimate where each line breaks; the estimate is then
    checked with real measurements of the line and of the line plus one word, and moved until the
    longest fitting line is found, so the result is the greedy one whatever kerning does at spaces.
    """
    if not paragraph:
        return [""]
    words = paragraph.split()
    slack = metrics.width("", role)  # what a measurement adds to any text (0 for exact metrics)
    space = metrics.width("x x", role) - 2 * metrics.width("x", role) + slack
    lines: list[str] = []
    current = ""  # the line being built: words, or the tail of a word broken across lines
    i, n = 0, len(words)

    def line_of(k: int) -> str:
        added = " ".join(words[i : i + k])
        return f"{current} {added}" if current else added

    def fits(k: int) -> bool:
        return metrics.width(line_of(k), role) <= width

    while i < n:
        used = metrics.width(current, role) - slack + space if current else 0.0
        guess = 0
        while i + guess < n:
            extra = word_width(words[i + guess]) - slack + (space if guess else 0.0)
            if used + extra + slack > width:
                break
            used += extra
            guess += 1
        k = max(guess, 1)
        if fits(k):
            while i + k < n and fits(k + 1):
                k += 1
        else:
            k -= 1
            while k > 0 and not fits(k):
                k -= 1
        if k:
            current = line_of(k)
            i += k
            if i < n:  # the next word was measured not to fit
                lines.append(current)
                current = ""
            continue
        if current:
            lines.append(current)
            current = ""
            continue
        word = words[i]  # alone it is wider than the line: break it between characters
        while metrics.width(word, role) > width:
            head = _longest_prefix(word, width, metrics, role)
            lines.append(head)
            word = word[len(head) :]
        current = word
        i += 1
    if current or not lines:
        lines.append(current)
    return lines


def _longest_prefix(word: str, width: float, metrics: TextMetrics, role: str) -> str:
    """The longest prefix of ``word`` that fits (at least one character, so wrapping ends)."""
    lo, hi = 1, len(word)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if metrics.width(word[:mid], role) <= width:
            lo = mid
        else:
            hi = mid - 1
    return word[:lo]


class WrapCache:
    """Remembers wrapped lines by (role, text, width) for one metrics object.

    A relayout after one edit then measures only the edited card; the cache is bounded
    so a long session of typing does not grow it without end.
    """

    def __init__(self, metrics: TextMetrics, limit: int = 20000) -> None:
        self.metrics = metrics
        self.limit = limit
        self._lines: OrderedDict[tuple[str, str, float], tuple[str, ...]] = OrderedDict()
        self._widths: dict[tuple[str, str], float] = {}
        # Each card's last geometry with what it was computed from: a relayout after one edit
        # reuses every card whose inputs did not change (a layout concern kept beside the wraps,
        # since both live exactly as long as one canvas's metrics).
        self.card_geoms: dict[str, tuple[object, object]] = {}
        # Likewise each lane by id: (its key, its shape at y = 0, the y it was last placed at,
        # that placement), so an unchanged lane is reused and a moved one only placed again.
        self.lane_parts: dict[str, tuple[object, object, float, object]] = {}
        self.misses = 0

    def wrap(self, text: str, width: float, role: str) -> tuple[str, ...]:
        key = (role, text, width)
        lines = self._lines.get(key)
        if lines is None:
            self.misses += 1
            lines = self._lines[key] = wrap_text(
                text, width, self.metrics, role, lambda word: self.width(word, role)
            )
            if len(self._lines) > self.limit:
                self._lines.popitem(last=False)
        return lines

    def width(self, text: str, role: str) -> float:
        """The width of a word or a short label (a vote count, a scale tick): few distinct ones,
        each asked for across many cards, so each is measured once."""
        key = (role, text)
        w = self._widths.get(key)
        if w is None:
            if len(self._widths) > self.limit:
                self._widths.clear()
            w = self._widths[key] = self.metrics.width(text, role)
        return w

    def clear(self) -> None:
        """Forget everything, e.g. after the font changed."""
        self._lines.clear()
        self._widths.clear()
        self.card_geoms.clear()
        self.lane_parts.clear()
