"""Interactive actions on a large map, each beside a bare scene doing the same work (run by bench/run.py).

``python -m bench.interactive 8000`` prints the figures as JSON (``--table``: as a Markdown table).
Every action is a real key press through the main window (or the Find box), timed until the event
loop is idle again ("settled": the document changed and committed, the canvas and docks updated, the
view repainted). Its **floor** is what a bare ``QGraphicsScene`` with one selectable rect and one
text item per card (and a bare item for each mark in the card's footer: its vote count and dot, its
evidence mark, a room note's author), in a view of the same size at the same zoom that paints the
cells' backgrounds and grid and keeps the stage and lane names in view as the canvas does, needs for
the same visible result; when the action writes to the file, a bare SQLite transaction changing the
same rows (DELETE journal, ``synchronous=EXTRA``, as the file) is added to it. Runs of an action and
of its floor are interleaved and the median is reported. Live capture (``capture_figures``): a card
moved to the next cell and back (the floor moves the same items and writes the same rows: the card,
the cards closing up behind it and those pushed down where it lands); typing on a card starts a new
card after it (a bare ``QGraphicsTextItem`` opened in a slot that pushes the cards after it down; no
draft: the app keeps one after a pause in typing, or a second after a key), typing into it a key at
a time, and Enter (a real key press to both: the text item swapped for a card's rect and text in the
slot while its row is inserted, the places of the cards after it written and the draft dropped);
then the next card typed on in the same cell, at its end, and its Enter (as a facilitator types card
after card; the first Enter of a round comes after the last round's undo, and so also turns Undo on
and Redo off). After each in the first round, the bare scene's cells are checked against
jmdesigner's layout (untimed). ``--small`` leaves out the first Find and the 1,000-card delete, undo
and redo (a quick run while working on the small actions).
"""

from __future__ import annotations

import functools
import gc
import json
import os
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

VIEW_SIZE = (1600, 1000)
DELETED = 1000  # cards deleted, then brought back by undo
QUERY = "refund voucher"  # two words, as a facilitator types them
TYPED = "Refund voucher sent twice"  # a card's text, typed a key at a time into a new card
NEXT = "Call back within a day"  # the next card, typed on after Enter (it goes to the end of the cell)


def settled(app: Any, act: Callable[[], object]) -> tuple[float, float]:
    """Seconds from the action to the event loop idle again (deferred work run, repainted): wall
    time, and the process's CPU time (steadier on a machine shared with other work)."""
    t0, c0 = time.perf_counter(), time.process_time()
    act()
    app.processEvents()
    app.processEvents()  # work the first pass posted (deferred dock updates) and its repaint
    return time.perf_counter() - t0, time.process_time() - c0


def idle(app: Any, view: Any) -> None:
    """Untimed: the event loop runs out of events and waits, as in the pause before the next key,
    so the canvas does the card items it leaves for idle time after a large edit (off screen),
    and Qt the scene index and update work those items queued; none of it is then timed with the
    floor. (``settled`` stops where the loop is idle: that work starts only then.)"""
    from PySide6.QtCore import QEventLoop

    while view.map_scene.settling():
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    app.processEvents()
    app.processEvents()


Timing = list[tuple[float, float]]


class FloorScene:
    """The bare scene: a selectable rect + a text item per card, on the canvas's own layout.

    Its edits show and write what jmdesigner's do, no more: a card moved to the next cell closes
    the gap it leaves and pushes down the cards after it where it lands; a new card's editor opens
    a slot that pushes the cards after it down, and the typed card fills that slot. (A lane that
    would grow is out of its scope: ``capture_figures`` checks that the bench's edits grow none.)
    Rows: ``card`` has a card's cell and its place in it, as the file does; a move writes the
    moved card's row and the place of every card that shifted in both cells, a new card its row
    and the place of every card after it, and Enter's transaction drops the map's ``draft`` row, as
    the file's (the app keeps a draft after a pause in typing, ``DRAFT_DELAY_MS``, or at most
    ``DRAFT_MAX_WAIT_MS`` after a key: the bench types each card faster than either, so neither
    side writes one and the drop finds none). Commits are the file's: DELETE
    journal, ``synchronous=EXTRA`` (the folder synced after the journal's deletion, so a committed
    edit survives a power loss).
    """

    def __init__(self, geom: Any, db: Path) -> None:
        from PySide6.QtGui import QColor, QPen
        from PySide6.QtWidgets import QGraphicsScene

        from jmdesigner.layout import LayoutOptions

        self.geom = geom
        self.opt = LayoutOptions()  # the canvas's paddings and gaps
        self.scene = QGraphicsScene()
        self.brush, self.pen = QColor("#e8f0fb"), QPen(QColor("#9ab"))
        self.typed: list[Any] = []  # cards made from typed text (commit_editor)
        self.items = {card_id: self._item(card) for card_id, card in geom.cards.items()}
        self.cells = {key: list(cell.card_ids) for key, cell in geom.cells.items()}
        self.cell_of = {card_id: key for key, ids in self.cells.items() for card_id in ids}
        self.slot: tuple[tuple[str, str], int, Any] | None = None  # cell, index, editor
        self.view = _floor_view()(self.scene, geom)
        self.scene.setParent(self.view)
        self.view.resize(*VIEW_SIZE)
        self.view.show()
        self.conn = sqlite3.connect(db, isolation_level=None)
        self.conn.execute("PRAGMA journal_mode = DELETE")
        self.conn.execute("PRAGMA synchronous = EXTRA")
        self.conn.execute(
            "CREATE TABLE card (id TEXT PRIMARY KEY, stage TEXT, lane TEXT, text TEXT, pos INTEGER)"
        )
        self.conn.execute(
            "CREATE TABLE draft (id INTEGER PRIMARY KEY, stage TEXT, lane TEXT, pos INTEGER, text TEXT)"
        )
        self._write(
            "INSERT INTO card VALUES (?, ?, ?, ?, ?)",
            [
                (i, key[0], key[1], "\n".join(geom.cards[i].lines), n)
                for key, ids in self.cells.items()
                for n, i in enumerate(ids)
            ],
        )

    def _item(self, card: Any) -> Any:
        """A card: its rect and text, and the marks in its footer that jmdesigner shows (its vote
        count beside a dot, its evidence mark, a room note's author), each a bare item."""
        from PySide6.QtWidgets import (
            QGraphicsEllipseItem,
            QGraphicsItem,
            QGraphicsRectItem,
            QGraphicsSimpleTextItem,
        )

        r = card.rect
        rect = QGraphicsRectItem(0, 0, r.w, r.h)
        rect.setPos(r.x, r.y)
        rect.setBrush(self.brush)
        rect.setPen(self.pen)
        rect.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        QGraphicsSimpleTextItem("\n".join(card.lines), rect).setPos(6, 6)
        if card.votes_rect is not None:
            v = card.votes_rect
            QGraphicsEllipseItem(v.x - r.x, v.y - r.y, v.h, v.h, rect).setBrush(self.pen.color())
            QGraphicsSimpleTextItem(card.votes_text, rect).setPos(v.x - r.x + v.h, v.y - r.y)
        if card.evidence_rect is not None:
            e = card.evidence_rect
            QGraphicsEllipseItem(e.x - r.x, e.y - r.y, e.w, e.h, rect)
        if card.room_rect is not None:
            QGraphicsSimpleTextItem(card.room_text, rect).setPos(
                card.room_rect.x - r.x, card.room_rect.y - r.y
            )
        self.scene.addItem(rect)
        return rect

    def _write(self, sql: str, rows: list[tuple]) -> None:
        self.conn.execute("BEGIN IMMEDIATE")
        self.conn.executemany(sql, rows)
        self.conn.execute("COMMIT")

    def _restack(self, key: tuple[str, str], start: int, room: tuple[int, float] | None = None) -> list[str]:
        """The cell's items from index ``start`` on placed below each other, as the layout stacks
        them (``room``: an index and the height of a slot kept open there); the ids of the items
        that moved, each moved once."""
        from PySide6.QtCore import QPointF

        ids, items, opt = self.cells[key], self.items, self.opt
        cell = self.geom.cells[key].rect
        x = cell.x + opt.cell_pad
        if start == 0:
            y = cell.y + opt.cell_pad
        else:
            above = items[ids[start - 1]]
            y = above.pos().y() + above.rect().height() + opt.card_gap
        moved = []
        for n in range(start, len(ids)):
            if room is not None and n == room[0]:
                y += room[1] + opt.card_gap
            item = items[ids[n]]
            if item.pos() != QPointF(x, y):
                item.setPos(x, y)
                moved.append(ids[n])
            y += item.rect().height() + opt.card_gap
        return moved

    def _slot_top(self, key: tuple[str, str], at: int) -> float:
        ids, opt = self.cells[key], self.opt
        if at == 0:
            return self.geom.cells[key].rect.y + opt.cell_pad
        above = self.items[ids[at - 1]]
        return above.pos().y() + above.rect().height() + opt.card_gap

    def centre(self, zoom: float = 1.0) -> None:
        from PySide6.QtCore import QPointF

        b = self.geom.bounds
        self.view.resetTransform()
        self.view.scale(zoom, zoom)
        self.view.centerOn(QPointF(b.x + b.w / 2, b.y + b.h / 2))

    def select(self, ids: list[str]) -> None:
        for card_id in ids:
            self.items[card_id].setSelected(True)

    def remove(self, ids: list[str]) -> None:
        for card_id in ids:
            self.scene.removeItem(self.items.pop(card_id))
        self._write("DELETE FROM card WHERE id = ?", [(i,) for i in ids])

    def move(self, card_id: str, step: int) -> list[str]:
        """A card moved ``step`` cells right (or left) in its lane, to the same index there (or
        the end): the cards after it in its cell close up, those after it where it lands move
        down, and the rows of all of them are written. The ids of the items that moved."""
        source = self.cell_of[card_id]
        stages = [s.id for s in self.geom.stages]
        target = (stages[stages.index(source[0]) + step], source[1])
        old, new = self.cells[source], self.cells[target]
        at = old.index(card_id)
        del old[at]
        land = min(at, len(new))
        new.insert(land, card_id)
        self.cell_of[card_id] = target
        moved = self._restack(source, at) + self._restack(target, land)
        self.conn.execute("BEGIN IMMEDIATE")
        self.conn.execute(
            "UPDATE card SET stage = ?, lane = ?, pos = ? WHERE id = ?", (*target, land, card_id)
        )
        self.conn.executemany(
            "UPDATE card SET pos = ? WHERE id = ?",
            [(n, i) for n, i in enumerate(old) if n >= at] + [(n, i) for n, i in enumerate(new) if n > land],
        )
        self.conn.execute("COMMIT")
        return moved

    def open_editor(self, after: str) -> Any:
        """A bare editable text item in the card font, with the keyboard, in a slot after the card
        ``after`` (the cards below move down to make room, and again whenever the text wraps onto
        another line): what the keys type into. No draft is written while the keys come faster than the
        app's draft delay, as in the app."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QGraphicsItem

        from jmdesigner.canvas.style import font
        from jmdesigner.layout import metrics as roles

        key = self.cell_of[after]
        at = self.cells[key].index(after) + 1
        opt = self.opt
        cell = self.geom.cells[key].rect
        editor = _floor_editor()(lambda: self.commit_editor(editor))
        editor.setFont(font(roles.CARD))
        editor.setTextWidth(cell.w - 2 * opt.cell_pad - 2 * opt.card_pad_x)
        editor.document().setDocumentMargin(0)
        editor.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        editor.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable, True)
        editor.setPos(cell.x + opt.cell_pad + opt.card_pad_x, self._slot_top(key, at) + opt.card_pad_y)
        self.slot = (key, at, editor)
        self.scene.addItem(editor)
        self.view.setFocus()
        self.scene.setFocusItem(editor)
        editor.document().documentLayout().documentSizeChanged.connect(lambda _size: self._fit_slot())
        self._fit_slot()
        return editor

    def slot_height(self) -> float:
        assert self.slot is not None
        return self.slot[2].document().size().height() + 2 * self.opt.card_pad_y

    def _fit_slot(self) -> None:
        if self.slot is not None:
            key, at, _ = self.slot
            self._restack(key, at, (at, self.slot_height()))

    def commit_editor(self, editor: Any) -> None:
        """The typed text becomes a card in the editor's slot (the cards after it stay where the
        slot put them) and a row in the file, the places of the cards after it written and the
        draft dropped, in one transaction."""
        from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QGraphicsSimpleTextItem

        assert self.slot is not None and self.slot[2] is editor
        key, at, _ = self.slot
        opt = self.opt
        text = editor.toPlainText()
        height = self.slot_height()
        self.slot = None
        self.scene.removeItem(editor)
        cell = self.geom.cells[key].rect
        rect = QGraphicsRectItem(0, 0, cell.w - 2 * opt.cell_pad, height)
        rect.setPos(cell.x + opt.cell_pad, editor.pos().y() - opt.card_pad_y)
        rect.setBrush(self.brush)
        rect.setPen(self.pen)
        rect.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        QGraphicsSimpleTextItem(text, rect).setPos(6, 6)
        self.scene.addItem(rect)
        card_id = f"typed-{len(self.typed)}"
        self.items[card_id] = rect
        self.cells[key].insert(at, card_id)
        self.cell_of[card_id] = key
        self.conn.execute("BEGIN IMMEDIATE")
        self.conn.executemany(
            "UPDATE card SET pos = ? WHERE id = ?", [(n, i) for n, i in enumerate(self.cells[key]) if n > at]
        )
        self.conn.execute("INSERT INTO card VALUES (?, ?, ?, ?, ?)", (card_id, *key, text, at))
        self.conn.execute("DELETE FROM draft WHERE id = 1")
        self.conn.execute("COMMIT")
        self.typed.append(rect)

    def drop_typed(self) -> None:
        """Untimed, between rounds: the typed cards undone (items, rows, places), as the app's undo."""
        for rect in self.typed:
            card_id = next(i for i, item in self.items.items() if item is rect)
            key = self.cell_of.pop(card_id)
            at = self.cells[key].index(card_id)
            del self.cells[key][at]
            del self.items[card_id]
            self.scene.removeItem(rect)
            self._restack(key, at)
            self.conn.execute("BEGIN IMMEDIATE")
            self.conn.execute("DELETE FROM card WHERE id = ?", (card_id,))
            self.conn.executemany(
                "UPDATE card SET pos = ? WHERE id = ?",
                [(n, i) for n, i in enumerate(self.cells[key]) if n >= at],
            )
            self.conn.execute("COMMIT")
        self.typed.clear()

    def add(self, ids: list[str]) -> None:
        for card_id in ids:
            self.items[card_id] = item = self._item(self.geom.cards[card_id])
            item.setSelected(True)
        rows = [(i, *self.cell_of[i], "\n".join(self.geom.cards[i].lines), 0) for i in ids]
        self._write("INSERT INTO card VALUES (?, ?, ?, ?, ?)", rows)


@functools.cache
def _floor_view() -> Any:
    """The floor's view: the cells' backgrounds and grid lines behind the cards, and the stage and
    lane names kept at the top and left of the view when their rows are scrolled away, as the
    canvas paints them (filled rects, lines and plain text; no shaping, no colour bars or icons)."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QPen
    from PySide6.QtWidgets import QGraphicsView

    left_middle = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

    class FloorView(QGraphicsView):
        def __init__(self, scene: Any, geom: Any) -> None:
            super().__init__(scene)
            self.geom = geom
            self.fills = (QColor("#fbfaf7"), QColor("#f4f2ec"))
            self.header, self.line, self.text = QColor("#ece8df"), QPen(QColor("#dcd6ca")), QColor("#2b2b2b")

        def drawBackground(self, painter: Any, rect: Any) -> None:
            g = self.geom
            top, bottom, left, right = rect.top(), rect.bottom(), rect.left(), rect.right()
            for lane in g.lanes:
                r = lane.row
                if r.y <= bottom and r.y + r.h >= top:
                    painter.fillRect(QRectF(r.x, r.y, r.w, r.h), self.fills[lane.index % 2])
            painter.setPen(self.line)
            for s in g.stages:
                x = s.header.x + s.header.w - 0.5
                if left <= x <= right:
                    painter.drawLine(
                        QRectF(x, top, 0, bottom - top).topLeft(),
                        QRectF(x, top, 0, bottom - top).bottomLeft(),
                    )
            for lane in g.lanes:
                y = lane.row.y + lane.row.h - 0.5
                if top <= y <= bottom:
                    painter.drawLine(
                        QRectF(left, y, right - left, 0).topLeft(),
                        QRectF(left, y, right - left, 0).topRight(),
                    )

        def drawForeground(self, painter: Any, rect: Any) -> None:
            g = self.geom
            shown = self.mapToScene(self.viewport().rect()).boundingRect()
            head_h, col_w = g.corner.h, g.corner.w
            if shown.top() > g.corner.y:  # the stage names' row scrolled away: kept at the top
                band = QRectF(shown.left(), shown.top(), shown.width(), head_h)
                if band.intersects(rect):
                    painter.setPen(self.text)
                    for s in g.stages:
                        h = s.header
                        if h.x + h.w >= shown.left() and h.x <= shown.right():
                            cell = QRectF(h.x, shown.top(), h.w, head_h)
                            painter.fillRect(cell, self.header)
                            painter.drawText(
                                cell.adjusted(12, 0, -12, 0), left_middle, "\n".join(s.name_lines)
                            )
            if shown.left() > g.corner.x:  # the lane names' column scrolled away: kept at the left
                band = QRectF(shown.left(), shown.top(), col_w, shown.height())
                if band.intersects(rect):
                    painter.setPen(self.text)
                    for lane in g.lanes:
                        h = lane.header
                        if h.y + h.h >= shown.top() and h.y <= shown.bottom():
                            cell = QRectF(shown.left(), h.y, col_w, h.h)
                            painter.fillRect(cell, self.header)
                            painter.drawText(
                                cell.adjusted(12, 0, -12, 0), left_middle, "\n".join(lane.name_lines)
                            )

    return FloorView


@functools.cache
def _floor_editor() -> Any:
    """The floor's editor: a bare ``QGraphicsTextItem`` that commits on Enter (Shift+Enter types a
    new line), as the app's does: Enter reaches both as a real key press, through the window's
    shortcut check, the view, the scene and the focused item."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QGraphicsTextItem

    enter = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
    shift = Qt.KeyboardModifier.ShiftModifier

    class FloorEditor(QGraphicsTextItem):
        def __init__(self, commit: Callable[[], None]) -> None:
            super().__init__()
            self.commit = commit

        def keyPressEvent(self, event: Any) -> None:
            if event.key() in enter and not event.modifiers() & shift:
                event.accept()
                self.commit()
                return
            super().keyPressEvent(event)

    return FloorEditor


def same_output(floor: FloorScene, geom: Any, card_id: str) -> None:
    """Untimed: the cells of the card's lane on the bare scene look as jmdesigner laid them out
    (each card's rect, in order; a typed card's too), and no lane changed height (the floor
    grows none). Read through the lane's shape: a lookup per card in ``geom.cards`` would index
    every card of the layout, and freeing that index would fall into the next timed edit."""
    lane_id = geom.cards[card_id].lane_id if card_id in geom.cards else None
    lane_y = geom.lane(lane_id).row.y
    shape = geom.lane_shapes[lane_id]
    for key, cell in geom.cells.items():
        if key[1] != lane_id:
            continue
        ours = [(r.x, lane_y + r.y, r.w, r.h) for r in (shape.cards[i].rect for i in cell.card_ids)]
        bare = []
        for i in floor.cells[key]:
            item = floor.items[i]
            bare.append((item.pos().x(), item.pos().y(), item.rect().width(), item.rect().height()))
        assert bare == ours, f"the floor's cell {key} differs from jmdesigner's"
    assert [lane.row for lane in geom.lanes] == [lane.row for lane in floor.geom.lanes], "a lane grew"


def capture_figures(
    app: Any, window: Any, view: Any, floor: FloorScene, runs: int, add: Callable[[str, Timing, Timing], None]
) -> None:
    """A facilitator's most frequent actions on the card under the middle of the view: moving it
    to the next cell and back by a key, starting a new card after it by typing, typing into it
    a key at a time, and committing it with Enter (each round undone after, not timed)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from bench.measure import select_middle_card

    ctrl, none = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.NoModifier
    card = select_middle_card(view, app)
    scene = view.map_scene
    floor.centre()
    window.activateWindow()
    app.processEvents()
    ours: dict[str, Timing] = {action: [] for action in ("move", "start", "typing", "enter", "next")}
    floors: dict[str, Timing] = {action: [] for action in ours}
    for n in range(runs):
        # The floor's output is checked in the first round only: the check reads ~900 items and
        # cards, and the timed action after it would start with the caches it left.
        check = n == 0
        for k, step in ((Qt.Key.Key_Right, 1), (Qt.Key.Key_Left, -1)):
            ours["move"].append(settled(app, lambda k=k: QTest.keyClick(view, k, ctrl)))
            floors["move"].append(settled(app, lambda step=step: floor.move(card.id, step)))
            if check:
                same_output(floor, scene.geom, card.id)
        assert scene.selected_card_ids() == [card.id]
        # A new card after the selected one, started by its first character, then typed into
        window.activateWindow()
        app.processEvents()
        ours["start"].append(settled(app, lambda: QTest.keyClicks(view, TYPED[0])))
        assert view.editing.active, "typing on a selected card starts a new card"
        floor.view.activateWindow()
        app.processEvents()
        editor: list[Any] = []

        def floor_start(editor: list[Any] = editor) -> None:
            editor.append(floor.open_editor(card.id))
            QTest.keyClicks(floor.view, TYPED[0])

        floors["start"].append(settled(app, floor_start))
        for ch in TYPED[1:]:
            floors["typing"].append(settled(app, lambda ch=ch: QTest.keyClicks(floor.view, ch)))
        assert editor[0].toPlainText() == TYPED, "the floor's editor got every key"
        floors["enter"].append(settled(app, lambda: QTest.keyClick(floor.view, Qt.Key.Key_Return, none)))
        assert floor.slot is None and len(floor.typed) == 1, "Enter committed the floor's card"
        window.activateWindow()
        app.processEvents()
        for ch in TYPED[1:]:
            ours["typing"].append(settled(app, lambda ch=ch: QTest.keyClicks(view, ch)))
        assert view.editing.editor.text() == TYPED, "every typed character arrived"
        ours["enter"].append(settled(app, lambda: QTest.keyClick(view, Qt.Key.Key_Return, none)))
        assert not view.editing.active
        if check:
            same_output(floor, scene.geom, card.id)
        # Typing on: the next card goes to the end of the same cell, and Enter commits it. (The
        # first Enter came after the last round's undo: it also turned Undo on and Redo off; this
        # one is the Enter of a facilitator typing card after card.)
        cell = floor.cell_of[card.id]
        floor.view.activateWindow()
        app.processEvents()
        second = floor.open_editor(floor.cells[cell][-1])
        QTest.keyClicks(floor.view, NEXT)
        app.processEvents()
        floors["next"].append(settled(app, lambda: QTest.keyClick(floor.view, Qt.Key.Key_Return, none)))
        assert second.scene() is None and len(floor.typed) == 2, "Enter committed the floor's next card"
        window.activateWindow()
        app.processEvents()
        QTest.keyClicks(view, NEXT)
        app.processEvents()
        assert view.editing.active and view.editing.editor.text() == NEXT, "typing on starts the next card"
        ours["next"].append(settled(app, lambda: QTest.keyClick(view, Qt.Key.Key_Return, none)))
        assert not view.editing.active
        if check:
            same_output(floor, scene.geom, card.id)
        QTest.keyClick(view, Qt.Key.Key_Z, ctrl)  # the new cards undone: the next round starts alike
        QTest.keyClick(view, Qt.Key.Key_Z, ctrl)
        floor.drop_typed()
        scene.select_cards([card.id])
        # Settled as a timed action is (two passes): the inspector's card page, shown again by this
        # selection, is laid out in the first pass and painted in the second, which would otherwise
        # fall into the next round's first timed move.
        app.processEvents()
        app.processEvents()
    add("move a card to the next cell and back (Ctrl+→, Ctrl+←)", ours["move"], floors["move"])
    add("start a new card by typing its first character", ours["start"], floors["start"])
    add("type one character into the card being written", ours["typing"], floors["typing"])
    add("commit the new card (Enter)", ours["enter"], floors["enter"])
    add("commit the next card, typed on in the same cell (Enter)", ours["next"], floors["next"])


def open_window(path: Path, app: Any) -> tuple[Any, Any]:
    """The main window on the file, sized like the bench's, shown and idle."""
    from jmdesigner.ui.main_window import MainWindow

    window = MainWindow()
    window.open_file(path)
    window.resize(VIEW_SIZE[0] + 260, VIEW_SIZE[1] + 80)
    window.show()
    app.processEvents()
    view = window.current_view()
    assert view is not None
    return window, view


def make_file(cards: int, folder: Path) -> Path:
    from bench.generate import large_map
    from jmdesigner.model import UndoStack, commands
    from jmdesigner.storage.jmapfile import JmapFile

    path = folder / "map.jmap"
    with JmapFile.create(path) as jfile:
        UndoStack(jfile.document).push(commands.add_map(large_map(cards)))
    return path


def measure(cards: int, runs: int = 7, small_only: bool = False) -> dict[str, object]:
    """The figures; ``small_only`` leaves out the first Find and the 1,000-card delete, undo and redo."""
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QListWidget, QListWidgetItem

    from bench.measure import figure
    from jmdesigner.canvas.style import QtTextMetrics
    from jmdesigner.layout import layout_map

    folder = Path(tempfile.mkdtemp(prefix="jm-interactive-"))
    os.environ["JMDESIGNER_CONFIG_DIR"] = str(folder / "config")
    os.environ["JMDESIGNER_DATA_DIR"] = str(folder / "data")
    app = QApplication.instance() or QApplication([])
    path = make_file(cards, folder)
    figures: list[dict[str, object]] = []

    def add(name: str, ours: Timing, floor: Timing) -> None:
        wall = figure(name, statistics.median(t[0] for t in ours), statistics.median(t[0] for t in floor))
        cpu = figure(name, statistics.median(t[1] for t in ours), statistics.median(t[1] for t in floor))
        figures.append({**wall, "cpu": cpu["value"], "floor_cpu": cpu["floor"], "cpu_ratio": cpu["ratio"]})

    ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier

    # ---- the first Find after opening: a new window each time (its fold index starts empty)
    texts = []
    first_find: Timing = []
    floor_find: Timing = []
    hits = 0
    for _ in range(0 if small_only else 3):
        window, view = open_window(path, app)
        doc = window.jfile.document
        if not texts:
            texts = [" ".join((c.text, c.channel, c.owner, *c.tags)) for c in doc.cards(doc.maps()[0].id)]
        dock = window.find_dock
        dock.start()
        app.processEvents()

        def find(dock: Any = dock) -> None:
            dock.query.setText(QUERY)
            dock.search()

        first_find.append(settled(app, find))
        hits = len(dock.hits)
        window.close()
        window.deleteLater()
        app.processEvents()
        bare = QListWidget()
        bare.setWordWrap(True)
        bare.resize(320, 800)
        bare.show()
        app.processEvents()

        def floor(bare: Any = bare, texts: list[str] = texts) -> None:
            words = QUERY.casefold().split()
            found = [t for t in texts if all(w in t.casefold() for w in words)]
            for t in found:
                item = QListWidgetItem(t.splitlines()[0])
                bare.addItem(item)

        floor_find.append(settled(app, floor))
        bare.close()
    if not small_only:
        add(f"first Find after opening (“{QUERY}”, {hits} matches)", first_find, floor_find)

    # ---- the rest in one window, at 100% in the middle of the map
    window, view = open_window(path, app)
    doc = window.jfile.document
    map_id = doc.maps()[0].id
    geom = layout_map(doc, map_id, QtTextMetrics())
    floor = FloorScene(geom, folder / "floor.db")
    floor.view.resize(view.viewport().size())
    # The floor's 16,000 items are the bench's, not the app's: leave them out of full garbage
    # collections, as the app leaves its open file out (ui/heap.py), so neither side's timings
    # pay for scanning the other's objects.
    gc.freeze()
    b = geom.bounds
    middle = QPointF(b.x + b.w / 2, b.y + b.h / 2)

    def at_100() -> None:
        view.actual_size()  # and no more fitting when the window settles
        view.centerOn(middle)
        floor.centre()
        view.setFocus()
        app.processEvents()

    at_100()
    # Find again: the index is warm, another query
    dock = window.find_dock
    dock.start()
    again: Timing = []
    for k in range(runs):
        q = ("refund", "voucher", "slot delivery")[k % 3]

        def find_again(q: str = q) -> None:
            dock.query.setText(q)
            dock.search()

        again.append(settled(app, find_again))
    dock.query.clear()  # no search waiting on its timer to land inside the next figures
    dock.search()
    dock.hide()
    view.setFocus()
    app.processEvents()

    def key(k: Qt.Key, mods: Qt.KeyboardModifier = ctrl) -> Callable[[], None]:
        return lambda: QTest.keyClick(view, k, mods)

    capture_figures(app, window, view, floor, runs, add)
    at_100()

    # ---- zoom steps at 100%: in (to 120%) and back out
    zin: Timing = []
    zout: Timing = []
    fzin: Timing = []
    fzout: Timing = []
    for _ in range(runs):
        zin.append(settled(app, key(Qt.Key.Key_Equal)))
        zout.append(settled(app, key(Qt.Key.Key_Minus)))
        fzin.append(settled(app, lambda: floor.view.scale(1.2, 1.2)))
        fzout.append(settled(app, lambda: floor.view.scale(1 / 1.2, 1 / 1.2)))
    add("zoom step in at 100% (Ctrl+=)", zin, fzin)
    add("zoom step out to 100% (Ctrl+-)", zout, fzout)
    at_100()

    # ---- Select All, then a click on one card (the selection drops to one)
    sel: Timing = []
    fsel: Timing = []
    clear: Timing = []
    fclear: Timing = []
    ids = list(geom.cards)
    for _ in range(runs):
        sel.append(settled(app, key(Qt.Key.Key_A)))
        assert len(view.map_scene.selected_card_ids()) == cards
        fsel.append(settled(app, lambda: floor.select(ids)))
        clear.append(settled(app, key(Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)))
        view.map_scene.clearSelection()
        fclear.append(settled(app, floor.scene.clearSelection))
        app.processEvents()
    add(f"Select All (Ctrl+A), {cards:,} cards", sel, fsel)
    add("clear that selection (Esc)", clear, fclear)

    # ---- delete 1,000 selected cards, undo, redo, undo
    gone = [c.id for c in doc.cards(map_id)][:DELETED]
    dele: Timing = []
    fdele: Timing = []
    undo: Timing = []
    fundo: Timing = []
    redo: Timing = []
    fredo: Timing = []
    for _ in range(0 if small_only else max(3, runs // 2)):
        view.map_scene.select_cards(gone)
        app.processEvents()
        dele.append(settled(app, key(Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier)))
        idle(app, view)
        assert len(doc.cards(map_id)) == cards - DELETED
        floor.select(gone)
        fdele.append(settled(app, lambda: floor.remove(gone)))
        undo.append(settled(app, key(Qt.Key.Key_Z)))
        idle(app, view)
        fundo.append(settled(app, lambda: floor.add(gone)))
        redo.append(settled(app, key(Qt.Key.Key_Z, ctrl | shift)))
        idle(app, view)
        fredo.append(settled(app, lambda: floor.remove(gone)))
        undo.append(settled(app, key(Qt.Key.Key_Z)))
        idle(app, view)
        fundo.append(settled(app, lambda: floor.add(gone)))
        view.map_scene.clearSelection()
        floor.scene.clearSelection()
        app.processEvents()
    n = f"{DELETED:,}"
    if not small_only:
        add(f"delete {n} selected cards (Delete)", dele, fdele)
        add(f"undo of deleting {n} cards (Ctrl+Z)", undo, fundo)
        add(f"redo of deleting {n} cards (Ctrl+Shift+Z)", redo, fredo)
    if not small_only:
        add("Find, another query (warm)", again, floor_find)
    window.close()
    floor.view.close()
    return {"cards": cards, "figures": figures}


def _ms(f: dict) -> str:
    """``value ms (CPU value)`` of a figure."""
    return f"{f['value']:.1f} ms ({f['cpu']:.1f})"


def table(result: dict) -> str:
    """The figures as Markdown rows: wall (CPU) of jmdesigner and of the floor, their ratios."""
    rows = [
        f"| {result['cards']:,} cards: action → settled | jmdesigner: wall (CPU) | floor: wall (CPU) "
        "| ratio wall (CPU) |",
        "|---|---|---|---|",
    ]
    for f in result["figures"]:
        rows.append(
            f"| {f['name']} | {_ms(f)} | {f['floor']:.1f} ms ({f['floor_cpu']:.1f}) "
            f"| ×{f['ratio']:.1f} (×{f['cpu_ratio']:.1f}) |"
        )
    return "\n".join(rows)


# Issue 20's interactive targets: (figure name starts with, limit in ms) beside the ×3 rule.
LIMITS = (("first Find", 50.0), ("Find,", 50.0), ("Select All", 50.0), ("undo of", 50.0), ("redo of", 50.0))
QUICK_FLOOR = 16.0  # ms: an action this quick on the bare scene must stay within ×3 of it


def _met(*ok: bool) -> str:
    return " / ".join("yes" if x else "**no**" for x in ok)


def targets(result: dict) -> str:
    """Each target beside the figures it bounds: met by the wall time / by the CPU time."""
    rows = ["| target | measured: wall (CPU) | met (wall / CPU) |", "|---|---|---|"]
    for f in result["figures"]:
        if f["floor_cpu"] < QUICK_FLOOR:  # by CPU time: on a busy machine the wall floor swells
            rows.append(
                f"| {f['name']}: ≤ ×3 its floor ({f['floor']:.1f} ms) "
                f"| ×{f['ratio']:.2f} (×{f['cpu_ratio']:.2f}) "
                f"| {_met(f['ratio'] <= 3.0, f['cpu_ratio'] <= 3.0)} |"
            )
    for start, limit in LIMITS:
        for f in result["figures"]:
            if f["name"].startswith(start):
                rows.append(
                    f"| {f['name']}: ≤ {limit:g} ms | {_ms(f)} "
                    f"| {_met(f['value'] <= limit, f['cpu'] <= limit)} |"
                )
    return "\n".join(rows)


def compare(before: dict, after: dict) -> str:
    """The same figures measured in an earlier tree and in this one."""
    rows = ["| action → settled | before: wall (CPU), ratio | after: wall (CPU), ratio |", "|---|---|---|"]
    earlier = {f["name"]: f for f in before["figures"]}
    for f in after["figures"]:
        b = earlier.get(f["name"])
        was = f"{_ms(b)}, ×{b['ratio']:.1f}" if b else "—"
        rows.append(f"| {f['name']} | {was} | {_ms(f)}, ×{f['ratio']:.1f} |")
    return "\n".join(rows)


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("cards", type=int, nargs="?", default=8000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument(
        "--small", action="store_true", help="only the quick actions (no first Find, no 1,000-card delete)"
    )
    parser.add_argument("--table", action="store_true", help="print Markdown tables, not JSON")
    parser.add_argument(
        "--before", type=Path, help="JSON of this bench run in an earlier tree (with --table)"
    )
    args = parser.parse_args()
    result = measure(args.cards, args.runs, args.small)
    if not args.table:
        print(json.dumps(result))
        return
    print(table(result) + "\n\n" + targets(result))
    if args.before:
        print("\n" + compare(json.loads(args.before.read_text(encoding="utf-8")), result))


if __name__ == "__main__":
    main()
