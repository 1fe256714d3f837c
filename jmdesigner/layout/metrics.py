"""How the layout measures text without knowing who draws it.

The screen answers with Qt font metrics and the PDF exporter with ReportLab's ``stringWidth``;
both go through this protocol, so the two outputs share one geometry by construction.
"""

from __future__ import annotations

from typing import Protocol

# Font roles: the layout asks about roles, the renderer decides the real fonts.
CARD = "card"
STAGE_HEADER = "stage_header"
LANE_HEADER = "lane_header"
SMALL = "small"
ROLES = (CARD, STAGE_HEADER, LANE_HEADER, SMALL)


class TextMetrics(Protocol):
    """Measures single lines of text for a font role."""

    def line_height(self, role: str) -> float:
        """Distance between two baselines of the role's font."""
        ...

    def width(self, text: str, role: str) -> float:
        """Advance width of ``text`` (one line, no newlines) in the role's font."""
        ...


def words_add_up(metrics: TextMetrics, paragraph: str, role: str) -> bool:
    """Whether ``metrics`` vouches that ``paragraph``'s lines measure exactly the sum of their
    words' widths and spaces (no kerning or shaping across a space). Metrics say so with an
    optional ``words_add_up(text, role)`` method; wrapping then needs no line measurements."""
    vouch = getattr(metrics, "words_add_up", None)
    return bool(vouch is not None and vouch(paragraph, role))


class MonospaceMetrics:
    """Every character as wide as ``char_width``: deterministic metrics for tests and text output."""

    def __init__(self, char_width: float = 7.0, line_height: float = 16.0) -> None:
        self.char_width = char_width
        self._line_height = line_height

    def line_height(self, role: str) -> float:
        return self._line_height

    def width(self, text: str, role: str) -> float:
        return len(text) * self.char_width
