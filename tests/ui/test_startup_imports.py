"""What a start loads before its first paint, counted in modules (not timed).

The window with no file shows menus, the palette and the welcome page: the canvas, the layout,
the text system, the store and the model's document API load with the first file, and the log
file's handlers, hashing, uuid, subprocess, ctypes, the drafts, the guide reader, platformdirs,
dataclasses, the address parser and the Qt classes QStyle, QMessageBox and QFileDialog (whose
enums are made when the class is first touched) when first needed, so they must not creep back
into the start (each did once, through one module-level import). Opening a map loads the
canvas, but the PDF writer's ReportLab stays out, the inspector builds only the page it shows
(the map's) and HTML escaping waits for a tooltip.
Each case is a fresh interpreter, as a user's start is.
"""

from __future__ import annotations

import json
from pathlib import Path

from jmdesigner.model import LaneKind, UndoStack, commands
from jmdesigner.storage.jmapfile import JmapFile
from tests.builders import sample_bundle
from tests.ui.watched_start import watched_start

CHILD = """
import json, sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from jmdesigner.ui.main_window import MainWindow
window = MainWindow()
if len(sys.argv) > 1:
    window.open_file(sys.argv[1])
window.show()
for _ in range(3):
    app.processEvents()
loaded = {name: name in sys.modules for name in (
    "jmdesigner.canvas.scene", "jmdesigner.canvas.view", "jmdesigner.layout.engine",
    "jmdesigner.text.shaping", "jmdesigner.storage.jmapfile", "jmdesigner.ui.inspector",
    "jmdesigner.model.document", "jmdesigner.model.commands", "jmdesigner.model.entities",
    "uharfbuzz", "regex", "reportlab", "sqlalchemy", "html",
    "logging.handlers", "hashlib", "uuid", "subprocess", "ctypes", "jmdesigner.ui.guides",
    "jmdesigner.model.draft", "platformdirs", "dataclasses", "jmdesigner.storage.address",
    "jmdesigner.model.search", "jmdesigner.ui.inspector_links", "jmdesigner.canvas.link_picker")}
import PySide6.QtWidgets
# Qt classes are made on first use, each with all of its enums (QStyle's: ~4 ms)
loaded.update({name: name in vars(PySide6.QtWidgets) for name in ("QStyle", "QMessageBox", "QFileDialog")})
style = sys.modules.get("jmdesigner.canvas.style")  # the bundled faces registered with Qt (4 MB of files)?
loaded["fonts registered"] = style is not None and style.register_fonts.cache_info().currsize > 0
inspector = getattr(window, "inspector", None)
pages = None if inspector is None else sorted(str(kind) for kind in inspector.pages)
print(json.dumps({"loaded": loaded, "welcome": window.welcome is not None, "pages": pages,
                  "canvas": window.current_view() is not None}))
window.close()
"""


def _start(tmp_path: Path, *args: str) -> dict[str, object]:
    return watched_start(tmp_path, CHILD, *args)  # type: ignore[no-any-return]


def test_the_window_with_no_file_loads_no_canvas_layout_text_system_store_or_document_api(
    tmp_path: Path,
) -> None:
    started = _start(tmp_path)
    assert started["welcome"] is True and started["canvas"] is False
    assert not any(started["loaded"].values()), started["loaded"]  # type: ignore[union-attr]


def test_a_start_on_a_file_paints_its_map_without_a_welcome_page_or_reportlab(
    tmp_path: Path, doc_path: Path
) -> None:
    started = _start(tmp_path, str(doc_path))
    assert started["canvas"] is True and started["welcome"] is False
    loaded = started["loaded"]
    assert loaded["jmdesigner.canvas.scene"] and loaded["jmdesigner.storage.jmapfile"]  # type: ignore[index]
    assert not loaded["reportlab"] and not loaded["sqlalchemy"] and not loaded["html"]  # type: ignore[index]
    assert not loaded["fonts registered"]  # type: ignore[index]
    assert not loaded["regex"]  # plain ASCII text is wrapped and shaped without the regex module
    # the find dock's search and the card page's links wait for their first use (the dock is hidden)
    assert not loaded["jmdesigner.model.search"]  # type: ignore[index]
    assert not loaded["jmdesigner.ui.inspector_links"]  # type: ignore[index]
    assert not loaded["jmdesigner.canvas.link_picker"]  # type: ignore[index]
    assert started["pages"] == [
        "None"
    ]  # the inspector shows the map: the card, stage, lane and point pages wait


APP = """
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
seen = {}

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and "at_paint" not in seen:
            seen["at_paint"] = not app.windowIcon().isNull()
        return False

shown = QMainWindow.show
watcher = FirstPaint()

def show(window):
    window.installEventFilter(watcher)  # the first paint of the window itself, with or without a map
    shown(window)

QMainWindow.show = show

def look():
    window = next((w for w in app.topLevelWidgets() if type(w).__name__ == "MainWindow"), None)
    if window is not None and "at_show" not in seen and window.isVisible():
        seen["at_show"] = not app.windowIcon().isNull()
    if window is not None and not app.windowIcon().isNull():
        from jmdesigner.canvas.icons import app_icon
        seen["icon"] = app.windowIcon().cacheKey() == app_icon().cacheKey()
        seen["window"] = not window.windowIcon().isNull()
        print(json.dumps(seen), flush=True)
        window.close()
    else:
        QTimer.singleShot(20, look)

QTimer.singleShot(0, look)
from jmdesigner.cli import main
main(sys.argv[1:])
"""


def test_the_app_icon_is_set_once_the_window_is_painted(tmp_path: Path, doc_path: Path) -> None:
    """Its seven files are read after the first paint, and the window and taskbar then have it
    (with no file, too: the window shown a moment before read as already painted)."""
    for args in ([str(doc_path)], []):
        seen = watched_start(tmp_path, APP, *args)
        assert seen == {"at_show": False, "at_paint": False, "icon": True, "window": True}, args


SCANNED = """
import inspect, json, sys
from jmdesigner.cli import main  # before Qt, as the jmdesigner command imports it
read = []
real_getsource = inspect.getsource

def getsource(obj):
    name = getattr(obj, "__name__", "")
    if isinstance(name, str) and name.startswith("jmdesigner"):
        read.append(name)
    return real_getsource(obj)

inspect.getsource = getsource
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])

def look():
    window = next((w for w in app.topLevelWidgets() if type(w).__name__ == "MainWindow"), None)
    if window is not None and window.isVisible():
        print(json.dumps(sorted(set(read))), flush=True)
        window.close()
    else:
        QTimer.singleShot(20, look)

QTimer.singleShot(0, look)
main(sys.argv[1:])
"""


def test_pyside_reads_the_source_of_none_of_the_modules_a_start_imports_after_qt(
    tmp_path: Path, doc_path: Path
) -> None:
    """PySide's ``__feature__`` import hook reads each module imported after Qt for the word
    "PySide6" (~15 ms of a start on a 2,000-card map): the app drops it before the window's,
    the canvas's, the store's and the layout's modules load."""
    for args in ([], [str(doc_path)]):
        read = watched_start(tmp_path, SCANNED, *args)
        # (this child loads Qt before the command line's modules, which the command does not)
        late = [name for name in read if name.startswith(AFTER_THE_DROP) and name not in BEFORE_THE_DROP]
        assert late == [], (args, read)


# What a start imports from ``run_app`` on (the window, and with a file the canvas, store, layout,
# text system and model), and the few it imports before ``run_app`` once this child has loaded Qt.
AFTER_THE_DROP = (
    "jmdesigner.ui.",
    "jmdesigner.canvas",
    "jmdesigner.storage",
    "jmdesigner.layout",
    "jmdesigner.text",
    "jmdesigner.model",
    "jmdesigner.export",
)
BEFORE_THE_DROP = {
    "jmdesigner.storage.address",  # the command line's parsing of the file's address
    "jmdesigner.ui.qt_preflight",
    "jmdesigner.ui.app",
    "jmdesigner.ui.feature_hook",
}


def test_a_map_with_blueprint_lines_paints_them_without_registering_fonts(tmp_path: Path) -> None:
    """The lines' labels are the text system's glyphs, as in every export: the bundled faces are
    registered with Qt (for the in-place editor and small labels) after the first frame."""
    path = tmp_path / "blueprint.jmap"
    with JmapFile.create(path) as jfile:
        stack = UndoStack(jfile.document)
        stack.push(commands.add_map(sample_bundle()))
        touch, _, pain = jfile.document.lanes(jfile.document.maps()[0].id)
        stack.push(commands.update_lane(touch.id, kind=LaneKind.ACTIONS))
        stack.push(commands.update_lane(pain.id, kind=LaneKind.BACKSTAGE))  # a line of visibility
    started = _start(tmp_path, str(path))
    assert started["canvas"] is True
    assert not started["loaded"]["fonts registered"]  # type: ignore[index]


COLLECTOR = """
import gc, json, sys
from jmdesigner.cli import main  # before Qt, as the jmdesigner command imports it
from jmdesigner import collector_pause
passes = []
gc.callbacks.append(lambda phase, info: phase == "start" and passes.append(info["generation"]))
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
seen = {}

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and "at_paint" not in seen:
            seen["at_paint"] = gc.isenabled()
            seen["passes"] = len(passes)
            QTimer.singleShot(50, lambda: later(watched))
        return False

def later(window):
    from jmdesigner import dataclass_code
    seen["after"] = gc.isenabled()
    seen["held"] = collector_pause.held()
    seen["compiled"] = dataclass_code.compiled_here()
    print(json.dumps(seen), flush=True)
    window.close()  # (the app then ends its process)

shown = QMainWindow.show
watcher = FirstPaint()

def show(window):
    seen["at_call"] = len(passes)
    window.installEventFilter(watcher)
    shown(window)

QMainWindow.show = show
main(sys.argv[1:])
"""


def test_the_collector_waits_for_the_first_frame_and_resumes_after_it(tmp_path: Path, doc_path: Path) -> None:
    """Python's cyclic collector makes no pass from the start of the window's start-up (Qt's
    and the window's imports, the window, the file) to the first paint, and is on again after it.
    A start on a file compiles its dataclasses' methods once: the next start takes them cached."""
    compiled: list[int] = []
    for args in ([str(doc_path)], [], [str(doc_path)]):
        seen = watched_start(tmp_path, COLLECTOR, *args, bytecode=True)  # (kept as .pyc are)
        assert seen["at_paint"] is False and seen["after"] is True, (args, seen)
        if args:  # the file path's dataclasses: compiled by the first start at most (dataclass_code)
            compiled.append(seen["compiled"])
        assert seen["passes"] == seen["at_call"], (args, seen)  # none between show() and the paint
        assert seen["held"] == 0, (args, seen)
    assert compiled[-1] == 0, compiled  # the second start on the file made its dataclasses from the cache


NAMESPACE = """
import json, sys
from jmdesigner.cli import main  # before Qt, as the jmdesigner command imports it
from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QMainWindow
seen = {}

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and "made" not in seen:
            seen["made"] = "Qt" in vars(QtCore)  # PySide makes a class on first use
            print(json.dumps(seen), flush=True)  # the app ends its process as the window closes
            QTimer.singleShot(0, watched.close)
        return False

shown = QMainWindow.show
watcher = FirstPaint()

def show(window):
    window.installEventFilter(watcher)
    shown(window)

QMainWindow.show = show
main(sys.argv[1:])
"""


def test_the_start_with_no_file_makes_no_qt_namespace_before_its_first_frame(tmp_path: Path) -> None:
    """Touching ``Qt`` makes all of its ~100 enums (~12 ms, a tenth of the start): the window
    with no file names none of them before its first paint (in English and German, left to
    right and right to left)."""
    for args in ([], ["--lang", "de"], ["-reverse"]):
        assert watched_start(tmp_path, NAMESPACE, *args) == {"made": False}, args


STYLE = """
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
import PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets
LATER = json.loads(sys.argv[2])
app = QApplication(sys.argv[:1] + sys.argv[3:])
from jmdesigner.ui import elided_label
from jmdesigner.ui.main_window import MainWindow
checks, seen = [], {}
elided_label.ElidedComboBox._check_room = lambda self: checks.append(self.caption())

def frame_done():  # the first frame's paint pass is over (the canvas paints before the docks)
    modules = {"QtCore": PySide6.QtCore, "QtGui": PySide6.QtGui, "QtWidgets": PySide6.QtWidgets}
    seen["made"] = [name for name in LATER if name.split(".")[1] in vars(modules[name.split(".")[0]])]

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not seen:
            seen["painting"] = True
            QTimer.singleShot(0, frame_done)
        return False

window = MainWindow()
window.open_file(sys.argv[1])
watcher = FirstPaint()
window.current_view().viewport().installEventFilter(watcher)
window.show()
for _ in range(3):
    app.processEvents()
combos = window.findChildren(elided_label.ElidedComboBox)
seen["checks"] = checks
seen["shown"] = [c.caption() for c in combos if c.isVisible()]
print(json.dumps(seen))
window.close()
"""


# Qt classes (each with its enums) a start on a file makes after its first frame, not before
MADE_LATER = [
    "QtWidgets.QStyle",  # the style's field for the inspector's choices (~4.5 ms)
    "QtCore.QAbstractItemModel",  # the maps list's model, followed from the first drop
    "QtGui.QImage",  # compared a lane's card colour with none (the scene's first sync)
    "QtGui.QGradient",  # the headers' fillRect overloads (style.fill_rect)
    "QtGui.QTextCursor",  # the in-place editor's
    "QtWidgets.QToolTip",  # the outline's
]


def test_a_start_on_a_file_makes_the_qt_classes_it_needs_later_after_its_first_frame(
    tmp_path: Path, doc_path: Path
) -> None:
    """PySide makes ``QStyle`` with all of its enums (~4.5 ms) the first time Python touches a
    style: the inspector's choices paint their captions that fit through QComboBox itself, and
    the cards read their own selection, so nothing asks for it before the first frame (the
    choices' room is checked against the style after it: ``ElidedComboBox._check_room``).
    Likewise the other classes of ``MADE_LATER``."""
    for args in ([], ["-reverse"]):
        seen = watched_start(tmp_path, STYLE, str(doc_path), json.dumps(MADE_LATER), *args)
        assert seen["made"] == [], (args, seen)
        assert seen["shown"] and sorted(seen["checks"]) == sorted(seen["shown"]), (args, seen)


TERMINATION = """
import json, signal, sys
from jmdesigner.cli import main  # before Qt, as the jmdesigner command imports it
import PySide6.QtCore, PySide6.QtWidgets
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QMainWindow
seen = {}

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and "at_paint" not in seen:
            widgets = vars(PySide6.QtWidgets)
            seen["at_paint"] = {
                "handler": callable(signal.getsignal(signal.SIGTERM)),
                "classes": [n for n in ("QLineEdit", "QDialog") if n in widgets],
            }
            QTimer.singleShot(100, lambda: later(watched))
        return False

def later(window):
    print(json.dumps(seen), flush=True)
    window.close()

shown = QMainWindow.show
watcher = FirstPaint()

def show(window):
    window.installEventFilter(watcher)
    shown(window)

QMainWindow.show = show
main(sys.argv[1:])
"""


def test_the_window_with_no_file_makes_no_field_or_dialog_class_before_its_first_frame(
    tmp_path: Path,
) -> None:
    """It has neither (``QLineEdit``, ``QDialog``: each class made with its enums), though the
    names of the fields' clear buttons and the close on termination are set up before that frame."""
    seen = watched_start(tmp_path, TERMINATION)
    assert seen == {"at_paint": {"handler": True, "classes": []}}
