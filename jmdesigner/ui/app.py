"""Starting the GUI: one QApplication, one main window on a document file or a team library."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from jmdesigner.errors import JmError
from jmdesigner.i18n import translate

if TYPE_CHECKING:  # parsed by the window when it opens one
    from jmdesigner.collector_pause import Hold
    from jmdesigner.storage.address import LibraryURL


def run_app(
    file: Path | LibraryURL | str | None,
    *,
    screenshot: Path | None = None,
    size: str = "1600x1000",
    qt_args: list[str] | None = None,
    lang: str | None = None,
    start: Hold | None = None,
) -> int:
    """``start``: the collector's hold over the start, released once the first frame is painted."""
    from PySide6.QtWidgets import QApplication

    from jmdesigner.ui.feature_hook import drop_feature_import_hook

    drop_feature_import_hook()  # before the window's modules: PySide would read each one's source
    from jmdesigner.canvas.fonts import register_fonts, register_window_faces
    from jmdesigner.canvas.icons import app_icon
    from jmdesigner.ui import translation
    from jmdesigner.ui.main_window import MainWindow

    if screenshot is not None:
        _private_settings()
    app = QApplication.instance() or QApplication(sys.argv[:1] + (qt_args or []))
    app.setApplicationName("jmdesigner")
    app.setOrganizationName("jmdesigner")
    app.setDesktopFileName("jmdesigner")  # the taskbar matches the window to the menu entry
    if screenshot is not None:
        app.setWindowIcon(app_icon())
    translation.install(app, lang)  # before any window: every string is looked up as it is built
    # Before any widget: the first frame is laid out and painted in the face the window keeps (the
    # bundled Noto Sans answers a generic family once registered: registered after the first frame,
    # the whole window changed face and was laid out again in it). The other faces after that frame.
    register_window_faces()
    if screenshot is not None:  # one picture, taken before any later registration would show: all faces now
        register_fonts()
    window = MainWindow()
    if screenshot is not None:  # before the file: its docks' first-run layout follows the size
        window.resize(*_size(size))
    if file is None and screenshot is None:
        file = window.settings.last_file()  # pick up where the user left off
    if file is not None:
        try:
            if screenshot is None:
                window.open_or_import(file)  # a spreadsheet given is imported into a new file
            else:
                window.open_file(file)  # no dialog: a script waits for the picture
        except JmError as exc:
            if screenshot is not None:
                raise
            from PySide6.QtWidgets import QMessageBox

            app.setWindowIcon(app_icon())  # the message comes before the window
            if start is not None:
                start.release()  # the message may stay up for long: the collector is not held meanwhile
            QMessageBox.warning(window, translate("App", "Cannot open file"), str(exc))
    if screenshot is not None:
        window.show()
        for _ in range(3):  # layout, then the canvas fits itself to its real size
            app.processEvents()
        view = window.current_view()
        if view is not None:
            view.fit_to_window()
            app.processEvents()
        if not window.grab().save(str(screenshot)):
            raise JmError(
                translate("App", "Could not write the screenshot {screenshot}.").format(screenshot=screenshot)
            )
        window.close()
        return 0
    from PySide6.QtCore import QTimer

    from jmdesigner import dataclass_code
    from jmdesigner.canvas import icon_cache
    from jmdesigner.ui import pyside_code
    from jmdesigner.ui.first_paint import after_first_paint

    # Seven files: after the first paint. Asked before show(): a window just shown reads as on
    # screen already, and the icon was then read in the event loop's first turn, before the paint.
    after_first_paint(window, lambda: app.setWindowIcon(app_icon()))
    after_first_paint(window, icon_cache.save)  # the first frame's icons as drawn, for the next start
    if start is not None:
        after_first_paint(window, start.release)
        after_first_paint(window, dataclass_code.save)  # what this start compiled anew, for the next
        after_first_paint(window, pyside_code.save)  # likewise PySide's support modules
        QTimer.singleShot(3000, start.release)  # a window never painted (started minimised): not held on
    from jmdesigner.ui.termination import close_on_termination

    close_on_termination(window)  # a logout, a shutdown or ``kill`` closes it as the user would
    window.show()
    QTimer.singleShot(300, _start_logging)  # after the first paint: start-up stays as quick
    QTimer.singleShot(300, register_fonts)  # likewise: the script and fallback faces (``style.font``)
    code = app.exec()
    if window.jfile is None:  # closed: every edit committed, the room stopped, settings synced
        _leave(code)
    return code


def _private_settings() -> None:
    """A ``--screenshot`` run neither reads nor writes the user's saved window layout, recent files
    or drafts: the same command gives the same picture on any machine (the layout of a first run at
    ``--size``), and a run at another size cannot leave its layout behind for the next real start."""
    import atexit
    import shutil
    import tempfile

    folder = tempfile.mkdtemp()
    atexit.register(shutil.rmtree, folder, True)
    os.environ["JMDESIGNER_CONFIG_DIR"] = os.path.join(folder, "config")
    os.environ["JMDESIGNER_DATA_DIR"] = os.path.join(folder, "data")


def _start_logging() -> None:
    """The log file, after the first paint (with its import: logging's handlers and sockets)."""
    from jmdesigner.ui.log_file import start_logging

    start_logging()


def _leave(code: int) -> NoReturn:
    """End the process without tearing down, one by one, the Qt items, wrappers and model
    objects the system frees at once: at 20,000 cards that teardown took 1-2 s after the
    window had gone, with nothing left to save. The log is flushed and closed first."""
    import logging  # here: PySide reads the source of each module an import names after Qt loads

    from jmdesigner import dataclass_code

    dataclass_code.save()  # dataclasses made since the first paint's save (``os._exit`` runs no atexit)
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def _size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(x) for x in text.lower().split("x"))
    except ValueError:
        raise JmError(
            translate("App", "--size must look like 1600x1000, not “{text}”.").format(text=text)
        ) from None
    if not (200 <= w <= 10000 and 200 <= h <= 10000):
        raise JmError(translate("App", "--size must be between 200x200 and 10000x10000."))
    return w, h
