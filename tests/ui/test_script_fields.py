"""A text field filled before the bundled script faces are registered (the inspector's title of a
map named in Hindi or Thai, filled as the file opens, before the first paint registers them) is
drawn in those faces too, as the canvas and the maps list are, rather than keeping the boxes of
a system face that lacks the script. A fresh start of the app, as a user's (``jmdesigner FILE``)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from jmdesigner.model import UndoStack, commands
from jmdesigner.storage.jmapfile import JmapFile
from tests.builders import sample_bundle
from tests.ui.watched_start import watched_start

TITLE = "बैंक खाता खोलना — ค้นหาข้อมูล"


def _file(tmp_path: Path) -> Path:
    """A file whose map is named in Hindi and Thai (faces the system here may lack)."""
    path = tmp_path / "scripts.jmap"
    bundle = sample_bundle()
    titled = replace(bundle, map=replace(bundle.map, title=TITLE))
    with JmapFile.create(path) as jfile:
        UndoStack(jfile.document).push(commands.add_map(titled))
    return path


CHILD = """
import json, sys
from jmdesigner.cli import main  # before Qt, as the jmdesigner command imports it
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow

TITLE = sys.argv[2]

def pixels(field):
    image = field.grab().toImage()
    return [image.pixel(x, y) for y in range(image.height()) for x in range(image.width())]

def later(window):
    (field,) = [w for w in QApplication.allWidgets() if isinstance(w, QLineEdit) and w.text() == TITLE]
    fresh = QLineEdit(TITLE)  # laid out now, with every face registered
    fresh.setFont(field.font())
    fresh.resize(field.size())
    print(json.dumps({"same": pixels(field) == pixels(fresh)}), flush=True)
    window.close()

shown = QMainWindow.show

def show(window):
    shown(window)
    QTimer.singleShot(800, lambda: later(window))

QMainWindow.show = show
main(sys.argv[1:2])
"""


def test_a_title_in_hindi_and_thai_is_drawn_in_the_bundled_faces(tmp_path: Path) -> None:
    path = _file(tmp_path)
    assert watched_start(tmp_path, CHILD, str(path), TITLE) == {"same": True}


SCREENSHOT_CHILD = """
import json, sys
from jmdesigner.cli import main
from PySide6.QtWidgets import QApplication, QLineEdit
from jmdesigner.ui import main_window

TITLE = sys.argv[2]

def pixels(field):
    image = field.grab().toImage()
    return [image.pixel(x, y) for y in range(image.height()) for x in range(image.width())]

grab = main_window.MainWindow.grab

def watched_grab(window, *args):
    picture = grab(window, *args)  # what --screenshot saves; the title field as it is in it
    (field,) = [w for w in QApplication.allWidgets() if isinstance(w, QLineEdit) and w.text() == TITLE]
    shown = pixels(field)
    fresh = QLineEdit(TITLE)
    fresh.setFont(field.font())
    fresh.resize(field.size())
    print(json.dumps({"same": shown == pixels(fresh)}), flush=True)
    return picture

main_window.MainWindow.grab = watched_grab
main([sys.argv[1], "--screenshot", sys.argv[3]])
"""


def test_a_screenshot_draws_a_title_in_hindi_and_thai_in_the_bundled_faces(tmp_path: Path) -> None:
    """``jmdesigner FILE --screenshot`` takes its one picture before the faces the app registers
    after its first frame would show: the window is built with every face registered."""
    path = _file(tmp_path)
    shot = tmp_path / "shot.png"
    assert watched_start(tmp_path, SCREENSHOT_CHILD, str(path), TITLE, str(shot)) == {"same": True}
    assert shot.stat().st_size > 0
