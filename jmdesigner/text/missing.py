"""Characters that no bundled face can draw: left out of the output, never replaced by □,
and reported once per export.

An export that left characters out while a bundled face file was missing or damaged
(``jmdesigner.face_files.problems``) is refused (``export_warnings``): its text would be lost to
a broken installation, not to a script jmdesigner has no font for, and nothing is written. When
every character was drawn (by the faces after a missing one), it is written and the broken
installation is said once with it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from jmdesigner import face_files
from jmdesigner.errors import JmError
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


def _listed(chars: set[str]) -> tuple[str, str]:
    """The first twelve characters named with their code points, and " and N more"."""
    shown = ", ".join(f"{ch} (U+{ord(ch):04X})" for ch in sorted(chars)[:12])
    more = "" if len(chars) <= 12 else translate("Missing", " and %n more", None, len(chars) - 12)
    return shown, more


def missing_sentence(chars: set[str]) -> str | None:
    """One sentence naming what could not be drawn, or None when everything was."""
    if not chars:
        return None
    shown, more = _listed(chars)
    said = translate(
        "Missing",
        "%n character(s) could not be drawn (no bundled font has them): {shown}{more}.",
        None,
        len(chars),
    )
    return said.format(shown=shown, more=more)


def export_warnings(chars: set[str]) -> list[str]:
    """What to tell with an export whose drawing left ``chars`` out (``collect_missing``): nothing,
    the characters, or the bundled fonts found unusable; raises ``JmError`` (nothing is to be
    written) when characters were left out while a bundled font file is missing or damaged."""
    install = face_files.problem_sentence()
    if install is None:
        return [said for said in (missing_sentence(chars),) if said]
    if not chars:
        return [f"{install} {translate('Missing', 'Every character was drawn by the other bundled fonts.')}"]
    shown, more = _listed(chars)
    refused = translate(
        "Missing",
        "%n character(s) could not be drawn, so nothing was written: {shown}{more}. {install}",
        None,
        len(chars),
    )
    raise JmError(refused.format(shown=shown, more=more, install=install))
