"""The bundled font files found missing or damaged, said once in the window.

``jmdesigner.face_files`` looks each file over before Qt or the text system loads it and records
the ones it cannot use; they are found as the window registers its faces, as a map is laid out,
or as a card's text first needs a script's face. The first finding is handed here; every other
file is then looked over too, and the window says them all in one message once the event loop is
back (never in the middle of a layout or a paint), each file only once however many cards need it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from jmdesigner import face_files
from jmdesigner.i18n import translate

_told: set[str] = set()  # the files already said, for the whole process (a window opened again)
_relay: _Relay | None = None


class _Relay(QObject):
    """Hands findings from wherever they happen (any thread) to the windows, queued."""

    found = Signal()


def _found(_problem: face_files.FaceProblem) -> None:
    if _relay is not None:
        _relay.found.emit()


class _Notice(QObject):
    """One window's listener (its child: disconnected when the window goes)."""

    def __init__(self, window: QObject, say: Callable[[str], object]) -> None:
        super().__init__(window)
        self._say = say

    def found(self) -> None:
        """Said from the event loop, never inside the layout or the paint that found it."""
        QTimer.singleShot(0, self, self.said)

    def said(self) -> None:
        if not face_files.problems():
            return
        for file in face_files.files():  # the others looked over too: all said in one message
            face_files.usable(file)
        found = face_files.problems()
        if not found or {p.file for p in found} <= _told:
            return
        _told.update(p.file for p in found)
        sentence = translate(
            "Fonts",
            "{install} Text in those fonts is drawn by the other bundled fonts where they have its "
            "characters; what none has is left out of cards and exports.",
        )
        self._say(sentence.format(install=face_files.problem_sentence(found)))


def connect(window: QObject, say: Callable[[str], object]) -> None:
    """Call ``say(sentence)`` with one sentence each time bundled font files not said yet are
    found unusable, from the event loop; soon after this call if some already are."""
    global _relay
    if _relay is None:
        _relay = _Relay()
        face_files.listen(_found)
    notice = _Notice(window, say)
    _relay.found.connect(notice.found)  # (queued when found on another thread)
    if face_files.problems():
        _relay.found.emit()
