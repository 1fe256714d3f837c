"""The bundled faces registered with Qt: the window's own face before its first frame, so it is
laid out and painted once, in the face it keeps; the other faces after that frame.

Without a desktop theme the window's font names a generic family ("Sans Serif"), which the
system's face answers until the bundled Noto Sans is registered, and Noto Sans after. Registered
after the first frame (as the app did), the whole window then changed face and was laid out again
in it, a visible jump. Noto Sans's two files are registered before the window is built (~1.5 ms);
the script, Chinese, Japanese, Korean, symbol and emoji faces (~20 ms of CPU here, forty files, of
which the twenty-eight faces of the scripts after Thai ~9 ms) 300 ms after the first frame, or when
first needed (``style.font``): they answer no family the window names; all are registered, so a
field shows a Bengali or Khmer word as it is typed.
This module reads the table of files alone (``jmdesigner.face_files``), not the text system: the
window with no file registers them without loading HarfBuzz or the layout.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QGuiApplication

from jmdesigner import face_files


@cache
def register_window_faces() -> None:
    """Register the face of the window's text (Noto Sans, both weights) once; the app does it
    before it builds its window."""
    window_font = QGuiApplication.font()
    face = QFontInfo(window_font).family()
    for file in face_files.window_files():
        _added(file)
    _window_follows(window_font, face, QFontInfo(window_font).family())


@cache
def register_fonts() -> tuple[str, ...]:
    """Register every bundled face with Qt once (the window's first); their families, in the
    fallback chains' order."""
    register_window_faces()
    families: list[str] = []
    for file in face_files.files():
        font_id = _added(file)
        for family in QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else ():
            if family not in families:
                families.append(family)
    _fields_laid_out_again()
    return tuple(families)


def _fields_laid_out_again() -> None:
    """Text fields filled before the script faces were registered (the inspector's title of a map
    named in Hindi or Thai, filled as the file opens, before the first paint registers them) kept
    the text laid out in the system's face, boxes where it lacks the script, until their text
    changed: each field whose text goes beyond Latin is told its font changed, and lays its text
    out again in the faces now registered. Posted: the registration comes in the middle of a paint."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit

    if not isinstance(QCoreApplication.instance(), QApplication):
        return
    for widget in QApplication.allWidgets():
        if isinstance(widget, QLineEdit):
            typed = widget.text()
        elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
            typed = widget.toPlainText()
        else:
            continue  # (lists, labels and buttons draw their text afresh at each paint)
        if any(ch > "\u024f" for ch in typed):
            QCoreApplication.postEvent(widget, QEvent(QEvent.Type.FontChange))


@cache
def _added(file: str) -> int:
    """The file registered with Qt; its font id, -1 if Qt refused it or it is missing from the
    install or damaged (a package that left the bundled fonts out, a truncated file): the window
    keeps the system's face, and the app starts instead of ending on a FileNotFoundError before
    its window shows. The file is looked over where the text system looks (``face_files.usable``),
    which records the problem for the window to say once."""
    path = face_files.usable(file)
    if path is None:
        import logging  # (here: the start-up loads no logging)

        said = face_files.problem_sentence(tuple(p for p in face_files.problems() if p.file == file))
        logging.getLogger(__name__).warning("%s: the window keeps the system's face", said)
        return -1
    return QFontDatabase.addApplicationFont(str(path))


def _window_follows(window_font: QFont, was: str, now: str) -> None:
    """The generic family the window's font names is now answered by another face (Noto Sans):
    that face is named as the application's font. Qt tells no widget of a change of the face that
    answers a family: each kept the size its text had in the first face (a label 14 px tall for
    17 px of text) and changed face only when next painted. Before any widget exists (the app's
    start) this only names the face; after (a window built first: tests, scripts), every widget
    is laid out again in it and repainted together."""
    if now != was and now not in window_font.families():
        named = QFont(window_font)
        named.setFamilies([now])
        QGuiApplication.setFont(named)
