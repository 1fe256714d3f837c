"""Text from outside (a participant's note, a spreadsheet cell) shown where Qt guesses HTML.

A tooltip whose text looks like markup is rendered as rich text, which would turn a note such
as ``<img src=…>`` into an image request; escaped inside a paragraph it shows as typed.
"""

from __future__ import annotations


def plain_tooltip(text: str) -> str:
    import html  # here: its entity table loads at the first tooltip, not with the window's docks

    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>" if text else ""
