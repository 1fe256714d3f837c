"""The window's first frame is in the face it keeps: its bundled face is registered before it.

Without a desktop theme the window's font names a generic family, which the system's face answers
until the bundled Noto Sans is registered. Registered after the first frame, the whole window
changed face a moment later and was laid out again in it (a visible jump). Each case is a fresh
start of the app as a user's is (``jmdesigner [FILE]``), watched from its window's first paint to
a second after it.
"""

from __future__ import annotations

from pathlib import Path

from tests.ui.watched_start import watched_start

CHILD = """
import json, sys
from jmdesigner.cli import main  # before Qt, as the jmdesigner command imports it
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QMainWindow, QStatusBar
seen = {"font_changes": 0, "registered_at_paint": None}

def family(widget):
    return QFontInfo(widget.font()).family()

def registered(what):
    fonts = sys.modules.get("jmdesigner.canvas.fonts")
    return fonts is not None and getattr(fonts, what).cache_info().currsize > 0

class Watch(QObject):
    def eventFilter(self, watched, event):
        kind = event.type()
        if kind == QEvent.Type.Paint and "first" not in seen:
            seen["first"] = family(watched)
            seen["first_bar"] = family(watched.findChild(QStatusBar))
            seen["registered_at_paint"] = registered("register_window_faces")
            QTimer.singleShot(1000, lambda: later(watched))
        elif kind in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange) and "first" in seen:
            seen["font_changes"] += 1  # the window laid out again in another font
        return False

def later(window):
    seen["later"] = family(window)
    seen["later_bar"] = family(window.findChild(QStatusBar))
    seen["all_registered_later"] = registered("register_fonts")
    print(json.dumps(seen), flush=True)
    window.close()  # (the app then ends its process)

shown = QMainWindow.show
watch = Watch()

def show(window):
    window.installEventFilter(watch)
    shown(window)

QMainWindow.show = show
main(sys.argv[1:])
"""


def _start(tmp_path: Path, *args: str) -> dict[str, object]:
    return watched_start(tmp_path, CHILD, *args)  # type: ignore[no-any-return]


def test_the_first_frame_is_painted_in_the_face_the_window_keeps(tmp_path: Path, doc_path: Path) -> None:
    """With no file and with a map: the window's face is registered by the first frame, and in the
    second after it (when the other faces are registered) the window's font neither changes face
    nor lays the window out again."""
    for args in ([], [str(doc_path)]):
        seen = _start(tmp_path, *args)
        assert seen["first"] == seen["later"] and seen["first_bar"] == seen["later_bar"], (args, seen)
        assert seen["font_changes"] == 0, (args, seen)
        assert seen["registered_at_paint"] is True, (args, seen)  # Noto Sans, the window's face
        assert seen["all_registered_later"] is True, (args, seen)  # the script and fallback faces


def test_a_bundled_face_file_missing_leaves_the_window_in_the_system_face(
    qapp: object, monkeypatch: object, caplog: object
) -> None:
    """A face file missing from an install (a package that left the bundled fonts out) is not
    registered, and the window starts in the system's face: registering Noto Sans before the
    window was built raised FileNotFoundError, and the app ended with a traceback before showing."""
    import logging

    from PySide6.QtGui import QFontInfo, QGuiApplication

    from jmdesigner import face_files
    from jmdesigner.canvas import fonts

    missing = ("NoSuchFace-Regular.ttf", "NoSuchFace-Bold.ttf")
    monkeypatch.setattr(face_files, "window_files", lambda: missing)  # type: ignore[attr-defined]
    monkeypatch.setattr(face_files, "files", lambda: missing)  # type: ignore[attr-defined]
    face = QFontInfo(QGuiApplication.font()).family()
    with caplog.at_level(logging.WARNING):  # type: ignore[attr-defined]
        fonts.register_window_faces.__wrapped__()  # (not the cached call: as at a fresh start)
        assert fonts.register_fonts.__wrapped__() == ()
    assert QFontInfo(QGuiApplication.font()).family() == face
    assert "NoSuchFace-Regular.ttf" in caplog.text  # type: ignore[attr-defined]
