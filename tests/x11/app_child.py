"""The real main window on a real display, with a small command channel on stdin for the tests.

Usage: python -m tests.x11.app_child [--lang CODE] [FILE]. Commands, one a line: ``state`` (prints
one JSON line: who has the keyboard, dock widths, zoom...), ``layout`` (one JSON line: the window's
frame, the screen's free area, the menu bar and every dock, in screen pixels), ``editor PNG`` (the
open new-card editor's and its cell's cards' rects in viewport pixels, as JSON, and a grab of the
viewport saved to PNG), ``where stage|lane|point|workshop_card N`` (where the N-th stage or lane
header, the first curve's N-th emotion point, or the map's N-th card in the workshop, is on the
screen, as JSON [x, y], for a click; ``where background N``: N pixels past the map's bottom right
corner), ``workshop`` (workshop mode started; a moment later one JSON line: its frame, screen,
controls, timer and map in screen pixels), ``workshop_state`` (the same of the open workshop, with
its state and what its map shows, the room's join code on it and its side panel, or null),
``room`` (the current map's room open on 127.0.0.1: its join link as JSON), ``open PATH``,
``new PATH`` (a new file from the sample map), ``quit``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QRectF, QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget

from jmdesigner.canvas.style import register_fonts
from jmdesigner.ui.main_window import MainWindow
from jmdesigner.ui.window_state import docks_of
from tests.builders import sample_bundle


def state(window: MainWindow) -> dict[str, object]:
    focused = QApplication.focusWidget()
    view = window.current_view()
    docks = {d.objectName(): d.width() for d in window.findChildren(QDockWidget) if d.isVisible()}
    whole = None
    if view is not None:
        b = view.map_scene.geom.bounds
        shown = view.mapToScene(view.viewport().rect()).boundingRect()
        whole = shown.contains(QRectF(b.x, b.y, b.w, b.h))
    return {
        "focus": type(focused).__name__ if focused is not None else None,
        "focus_is_canvas": focused is not None and focused is view,
        "docks": {k: v for k, v in docks.items() if k},
        "central_width": window.centralWidget().width(),
        "zoom": view.zoom() if view is not None else None,
        "whole_map_shown": whole,
        "title": window.windowTitle(),
        "saved": window.saved.text(),
    }


def _on_screen(widget: QWidget) -> list[int]:
    rect = QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())
    return [rect.x(), rect.y(), rect.width(), rect.height()]


def layout(window: MainWindow) -> dict[str, object]:
    """Where the window, its status bar, its central widget (the canvas) and its docks are drawn:
    each dock's name, shown, floating, dock area, rect and the docks tabbed with it."""
    frame = window.frameGeometry()
    free = window.screen().availableGeometry()
    return {
        "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
        "screen": [free.x(), free.y(), free.width(), free.height()],
        "menu_bar": _on_screen(window.menuBar()),
        "status_bar": _on_screen(window.statusBar()) if window.statusBar().isVisible() else None,
        "central": _on_screen(window.centralWidget()),
        "docks": [
            {
                "name": dock.objectName(),
                "shown": dock.isVisible(),
                "floating": dock.isFloating(),
                "area": window.dockWidgetArea(dock).name,
                "rect": _on_screen(dock),
                "tabbed_with": [d.objectName() for d in window.tabifiedDockWidgets(dock)],
            }
            for dock in docks_of(window)
        ],
    }


def workshop_layout(window: MainWindow) -> dict[str, object]:
    """The workshop window as shown full screen: its frame, its screen and where its buttons and
    spin boxes and its timer are, in screen pixels."""
    from PySide6.QtWidgets import QPushButton, QSpinBox

    workshop = window.workshop
    assert workshop is not None
    free = workshop.screen().geometry()
    controls = [*workshop.findChildren(QPushButton), *workshop.findChildren(QSpinBox)]
    return {
        "frame": _on_screen(workshop),
        "screen": [free.x(), free.y(), free.width(), free.height()],
        "controls": [
            {"text": c.text(), "rect": _on_screen(c)}
            for c in controls
            if c.isVisible() and c.window() is workshop
        ],
        "timer": _on_screen(workshop.timer_label),  # type: ignore[attr-defined]
        "map": _on_screen(workshop.view),  # type: ignore[attr-defined]
    }


def workshop_state(window: MainWindow) -> dict[str, object] | None:
    """The open workshop as ``workshop_layout`` has it, with how many are open, the stage in
    focus, whether a card is being typed there and in the window, the status line, and the texts
    of the cards selected there (the ids of those selected in the window)."""
    from jmdesigner.ui.workshop import WorkshopWindow

    workshop = window.workshop
    if workshop is None:
        return None
    assert isinstance(workshop, WorkshopWindow)
    view = window.current_view()
    return {
        **workshop_layout(window),
        "open": sum(isinstance(w, WorkshopWindow) and w.isVisible() for w in QApplication.topLevelWidgets()),
        "focus_index": workshop.focus_index,
        "typing": workshop.view.editing.active,
        "typing_in_window": view is not None and view.editing.active,
        "status": workshop.status.text(),
        "active": QApplication.activeWindow() is workshop,
        "selected": [workshop.doc.card(i).text for i in workshop.view.map_scene.selected_card_ids()],
        "selected_in_window": [] if view is None else view.map_scene.selected_card_ids(),
        **_workshop_map(workshop),
    }


def _workshop_map(workshop: QWidget) -> dict[str, object]:
    """What the workshop's map shows: its zoom, whether its cards are painted as blocks (painted
    now), the card being typed on the screen (null: none), whether it is sliding to another
    stage, and the words saying which stages it shows (null: none shown)."""
    view = workshop.view  # type: ignore[attr-defined]
    view.viewport().grab()
    editor = view.editing.editor
    where = getattr(workshop, "where", None)
    on_screen = None
    if editor is not None:
        r = view.mapFromScene(editor.sceneBoundingRect()).boundingRect()
        corner = view.viewport().mapToGlobal(r.topLeft())
        on_screen = [corner.x(), corner.y(), r.width(), r.height()]
    return {
        "zoom": view.zoom(),
        "blocks": view.map_scene.blocks.active,
        "editor": on_screen,
        "sliding": bool(getattr(view, "paging", False)),
        "where": where.text() if where is not None and where.isVisible() else None,
        **_code_and_panel(workshop),
    }


def _code_and_panel(workshop: QWidget) -> dict[str, object]:
    """The room's join code on the workshop (its rect on the screen, its form, how many screen
    pixels a module of its QR code takes; null: none) and the side panel's rect."""
    from jmdesigner.ui.qr_widget import QUIET
    from jmdesigner.ui.room_window import ProjectorCode

    codes = [c for c in workshop.findChildren(ProjectorCode) if c.isVisible()]
    side = workshop.top_list.parentWidget()  # type: ignore[attr-defined]
    code = None
    if codes:
        c = codes[0]
        module = c.qr.width() / (c.qr.modules + 2 * QUIET) if c.qr.isVisible() else None
        code = {"rect": _on_screen(c), "compact": c.compact, "folded": c.folded, "module_px": module}
    return {"code": code, "side": _on_screen(side)}


def editor_state(window: MainWindow, png: str) -> dict[str, object]:
    """Where the open editor and the cards of its cell are drawn (viewport pixels), and a grab."""
    view = window.current_view()
    editor = view.editing.editor if view is not None else None
    if view is None or editor is None or view.editing.target is None or view.editing.target[0] != "new":
        return {"editor": None}

    def pixels(rect: QRectF) -> list[int]:
        r = view.mapFromScene(rect).boundingRect()
        return [r.x(), r.y(), r.width(), r.height()]

    _, stage_id, lane_id = view.editing.target
    cards = [c.id for c in view.doc.cards_in(stage_id, lane_id)]
    view.viewport().grab().save(png)
    return {
        "editor": pixels(editor.sceneBoundingRect()),
        "text": editor.text(),
        "cards": [pixels(view.map_scene.cards[c].sceneBoundingRect()) for c in cards],
    }


def on_screen(window: MainWindow, kind: str, index: int) -> list[int]:
    """The screen point in the middle of the ``index``-th stage or lane header, on the first
    curve's ``index``-th emotion point, or on the ``index``-th card in the workshop."""
    view = window.current_view()
    assert view is not None
    geom = view.map_scene.geom
    if kind == "background":  # the bare canvas just past the map's bottom right corner
        b = geom.bounds
        corner = view.mapFromScene(b.right, b.bottom)
        point = view.viewport().mapToGlobal(corner + QPoint(index, index))
        return [point.x(), point.y()]
    if kind == "workshop_card":  # the index-th card of the map, on the workshop's canvas
        workshop_view = window.workshop.view  # type: ignore[union-attr]
        card = workshop_view.doc.cards(workshop_view.map_id)[index]
        workshop_view.ensureVisible(workshop_view.map_scene.cards[card.id])
        r = workshop_view.map_scene.geom.cards[card.id].rect
        point = workshop_view.viewport().mapToGlobal(workshop_view.mapFromScene(r.cx, r.cy))
        return [point.x(), point.y()]
    if kind == "point":
        at = geom.emotions[0].curves[0].points[index].pos
        x, y = at.x, at.y
    else:
        rect = (geom.stages if kind == "stage" else geom.lanes)[index].header
        x, y = rect.x + rect.w / 2, rect.y + rect.h / 2
    point = view.viewport().mapToGlobal(view.mapFromScene(x, y))
    return [point.x(), point.y()]


def main() -> None:
    args = sys.argv[1:]
    lang = None
    if args[:1] == ["--lang"]:
        lang, args = args[1], args[2:]
    app = QApplication(sys.argv[:1])
    if lang is not None:
        from jmdesigner.ui import translation

        translation.install(app, lang)  # before the window, as ``run_app`` does
    register_fonts()  # as the app starts: the bundled faces give the docks their real widths
    window = MainWindow()
    if args:
        window.open_file(Path(args[0]))
    window.show()

    def command() -> None:
        line = sys.stdin.readline()
        if not line:
            app.quit()
            return
        verb, _, arg = line.strip().partition(" ")
        if verb == "state":
            print(json.dumps(state(window)), flush=True)
        elif verb == "layout":
            print(json.dumps(layout(window)), flush=True)
        elif verb == "editor":
            print(json.dumps(editor_state(window, arg)), flush=True)
        elif verb == "where":
            kind, _, index = arg.partition(" ")
            print(json.dumps(on_screen(window, kind, int(index))), flush=True)
        elif verb == "workshop":  # shown full screen, then laid out: answered a moment later
            window.start_workshop()
            QTimer.singleShot(1500, lambda: print(json.dumps(workshop_layout(window)), flush=True))
        elif verb == "workshop_state":  # the open workshop's layout and state (null: none open)
            print(json.dumps(workshop_state(window)), flush=True)
        elif verb == "room":  # the room of the current map open on this computer: its join link
            room = window.invite_room()
            assert room is not None
            room.address.setCurrentText("127.0.0.1")
            print(json.dumps(room.url if room.start() else None), flush=True)
        elif verb == "open":
            window.open_path(Path(arg))
            print("OK", flush=True)
        elif verb == "new":
            window.new_file(Path(arg), sample_bundle(stages=6, cards_per_cell=2))
            print("OK", flush=True)
        elif verb == "quit":
            window.close()
            app.quit()

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(command)
    print("STARTED", flush=True)
    app.exec()


if __name__ == "__main__":
    main()
