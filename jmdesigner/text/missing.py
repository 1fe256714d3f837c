"""Characters that no bundled face can draw: left out of the output, never replaced by □,
and reported once per export."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from jmdesigner.i18n import translate

_collectors: list[set[str]] = []


def note_missing(chars: str) -> None:
    """Record characters the shaper could not draw (called while text is drawn)."""
    for collected in _collectors:
        collected.update(chars)


@contextmanager
def collect_missing() -> Iterator[set[str]]:
    """The characters that could not be drawn while the block ran (e.g. one export)."""
    collected: set[str] = set()
    _collectors.append(collected)
    try:
        yield collected
    finally:
        _collectors.remove(collected)


def missing_sentence(chars: set[str]) -> str | None:
    """One sentence naming what could not be drawn, or None when everything was."""
    if not chars:
        return None
    shown = ", ".join(f"{ch} (U+{ord(ch):04X})" for ch in sorted(chars)[:12])
    more = "" if len(chars) <= 12 else translate("Missing", " and %n more", None, len(chars) - 12)
    said = translate(
        "Missing",
        "%n character(s) could not be drawn (no bundled font has them): {shown}{more}.",
        None,
        len(chars),
    )
    return said.format(shown=shown, more=more)
