"""The bundled faces registered with Qt: before the window's first frame, so it is laid out and
painted once, in the face it keeps.

Without a desktop theme the window's font names a generic family ("Sans Serif"), which the
system's face answers until the bundled faces are registered, and Noto Sans after. Registered
after the first frame (as the app did), the whole window then changed face and was laid out again
in it, a visible jump; registered first, the first frame is already in the final face. This module
reads the table of files alone (``jmdesigner.face_files``), not the text system: the window with
no file registers them without loading HarfBuzz or the layout.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QGuiApplication

from jmdesigner import face_files
from jmdesigner.resources import resource_path


@cache
def register_fonts() -> tuple[str, ...]:
    """Register every bundled face with Qt once; their families. The app does it before it builds
    its window; anything that needs the faces (``style.font``) calls it too, for a window built
    without the app's start (tests, scripts): such a window follows as a whole (``_window_follows``)."""
    window_font = QGuiApplication.font()
    face = QFontInfo(window_font).family()
    families: list[str] = []
    for file in face_files.files():
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", file)))
        for family in QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else ():
            if family not in families:
                families.append(family)
    _window_follows(window_font, face, QFontInfo(window_font).family())
    return tuple(families)


def _window_follows(window_font: QFont, was: str, now: str) -> None:
    """The generic family the window's font names is now answered by another face (a bundled one):
    that face is named as the application's font. Qt tells no widget of a change of the face that
    answers a family: each kept the size its text had in the first face (a label 14 px tall for
    17 px of text) and changed face only when next painted. Before any widget exists (the app's
    start) this only names the face; after (a window built first), every widget is laid out again
    in it and repainted together."""
    if now != was and now not in window_font.families():
        named = QFont(window_font)
        named.setFamilies([now])
        QGuiApplication.setFont(named)
