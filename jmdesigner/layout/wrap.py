"""Word wrap that never clips: words too long for the width are broken between characters."""

from __future__ import annotations

from collections import OrderedDict

from jmdesigner.layout.metrics import TextMetrics


def wrap_text(text: str, width: float, metrics: TextMetrics, role: str) -> tuple[str, ...]:
    """Break ``text`` into lines no wider than ``width``; explicit newlines are kept.

    Empty text gives one empty line so an empty card still has room for a caret.
    """
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines.extend(_wrap_paragraph(paragraph.rstrip(), width, metrics, role))
    return tuple(lines) or ("",)


def _wrap_paragraph(paragraph: str, width: float, metrics: TextMetrics, role: str) -> list[str]:
    if not paragraph:
        return [""]
    lines: list[str] = []
    current = ""
    for word in paragraph.split():
        candidate = f"{current} {word}" if current else word
        if metrics.width(candidate, role) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
            current = ""
        while metrics.width(word, role) > width:
            head = _longest_prefix(word, width, metrics, role)
            lines.append(head)
            word = word[len(head) :]
        current = word
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
        # Likewise each lane's last part of the geometry (cells, cards, curves) by lane id.
        self.lane_parts: dict[str, tuple[object, object]] = {}
        self.misses = 0

    def wrap(self, text: str, width: float, role: str) -> tuple[str, ...]:
        key = (role, text, width)
        lines = self._lines.get(key)
        if lines is None:
            self.misses += 1
            lines = self._lines[key] = wrap_text(text, width, self.metrics, role)
            if len(self._lines) > self.limit:
                self._lines.popitem(last=False)
        return lines

    def width(self, text: str, role: str) -> float:
        """The width of a short label (a vote count, a scale tick): few distinct ones, asked per card."""
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
