"""The workshop window: big, high-contrast, editing chrome hidden, keyboard capture still live.

It wraps a second MapView on the same document and undo stack, so every vote and card typed
here is an ordinary undoable command, saved at once, and shows in the main window too.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QChildEvent,
    QEvent,
    QKeyCombination,
    QObject,
    QPoint,
    QRect,
    QRectF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QInputMethodEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QComboBox,
    QFrame,
    QGraphicsRectItem,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from jmdesigner.canvas import MapView
from jmdesigner.canvas.document_events import DocumentEvents
from jmdesigner.canvas.keyboard import typed_text
from jmdesigner.errors import JmError
from jmdesigner.i18n import N_, translate
from jmdesigner.layout.hit import card_at
from jmdesigner.layout.readable import READABLE_CARD_PX
from jmdesigner.model import Card, Change, Document, Kind, LaneKind, UndoStack, commands
from jmdesigner.ui.actions import SPECS, Act
from jmdesigner.ui.elided_label import ElidedLabel
from jmdesigner.ui.forms import follow_count
from jmdesigner.ui.workshop.countdown import Countdown
from jmdesigner.ui.workshop.voting import VotingRound, total_votes

if TYPE_CHECKING:
    from jmdesigner.model.draft import DraftStore

ZOOM = 1.35  # large type for the back of the room
# The side panel (voting, the top-voted cards): a quarter of the screen, 360 px at most
SIDE_WIDTH = 360
SIDE_SHARE = 0.25
# Esc closes the workshop once the window behind has the keyboard. A window manager slow to give it
# (a busy machine) is asked again each LEAVE_ASK_MS while the workshop still has the keyboard (the
# keys it gets meanwhile are handed on); one that never does is given up after LEAVE_WAIT_MS.
LEAVE_ASK_MS = 1000
LEAVE_WAIT_MS = 6000
# What the map says (where a card went, why a key did nothing) is about the card at hand: it
# leaves the side panel after this long, as it leaves the main window's status bar. Left there,
# "No cell was selected: the card goes into Touchpoints · Stage 1" stayed on the projector for
# the whole workshop while the cards went elsewhere.
MAP_SAID_MS = 10000
# Once the window the keys go to is active, keys the window system still delivers to the one they
# came from are handed on for this long: the window manager announces the new active window a
# moment before the keyboard's focus follows, and a key typed in that moment (the "r" of "raus"
# typed right after Esc) went to a workshop already closed.
ARRIVAL_GRACE_MS = 300

# The stage in focus steps with Page Down / Page Up: keys an input method passes on as key presses
# (and a presenter's remote sends). ``]`` and ``[`` do it too where they arrive as key presses; a
# Chinese or Japanese input method commits them as text ("」", "【"), which starts a card like any
# other typed text, and ``IME_BRACKETS`` only makes the window say which keys step the stage.
PAGE_STEPS = {Qt.Key.Key_PageDown: 1, Qt.Key.Key_PageUp: -1}
BRACKET_STEPS = {Qt.Key.Key_BracketRight: 1, Qt.Key.Key_BracketLeft: -1}
IME_BRACKETS = frozenset("「」『』【】〔〕［］〖〗")
# The room's join code moving or coming and going on the projector (``_room_code``)
CODE_MOVES = frozenset((QEvent.Type.Move, QEvent.Type.Show, QEvent.Type.Hide, QEvent.Type.Resize))
# Keys that end the use of a spin box or the stage list: the keyboard goes back to the map.
CONTROL_LEAVES = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
# What each key does in workshop mode, for Help ▸ Keyboard Shortcuts (kept next to the code).
WORKSHOP_KEYS: tuple[tuple[str, str], ...] = (
    (
        N_("Keyboard", "Page Down, Page Up"),
        N_(
            "Keyboard",
            "Next or previous stage in focus, with any input method (a card being typed is added first)",
        ),
    ),
    (
        N_("Keyboard", "], ["),
        N_("Keyboard", "The same when no card is being typed (an input method may type them as text)"),
    ),
    (
        N_("Keyboard", "V, +"),
        N_("Keyboard", "While voting: a dot for the selected cards (a capital V starts a card)"),
    ),
    (N_("Keyboard", "-"), N_("Keyboard", "While voting: take a dot back")),
    (
        N_("Keyboard", "Ctrl+F"),
        N_(
            "Keyboard",
            "Find a card on the map shown (a card being typed is added first): Enter the next, "
            "Esc back to the map on the card found",
        ),
    ),
    (
        N_("Keyboard", "Ctrl+J"),
        N_("Keyboard", "Fold the room's join code into a small tab, or bring it back (a click on it too)"),
    ),
    (
        N_("Keyboard", "Esc"),
        N_("Keyboard", "Leave workshop mode (while a card is typed, the first Esc adds it)"),
    ),
)
BAR_STYLE = """
QWidget#workshopBar, QWidget#topVoted { background: #1d2127; color: #f4f4f4; }
QWidget#workshopBar QLabel, QWidget#topVoted QLabel { color: #f4f4f4; font-size: 17px; }
QWidget#workshopBar QLabel#workshopTitle { font-size: 22px; font-weight: 600; }
QWidget#workshopBar QLabel#timer {
    font-size: 34px; font-weight: 700; font-family: monospace; padding: 0 12px;
}
QWidget#workshopBar QLabel#timer[ended="true"] { color: #ff6b6b; }
QWidget#topVoted QLabel#dots { font-size: 20px; font-weight: 600; color: #ffd166; }
QPushButton, QComboBox, QSpinBox, QLineEdit { font-size: 16px; padding: 4px 10px; }

QListWidget { background: #272c34; color: #f4f4f4; font-size: 16px; border: none; }
QLabel#whereInMap {
    background: rgba(29, 33, 39, 215); color: #f4f4f4; font-size: 18px; font-weight: 600;
    padding: 4px 12px; border-radius: 6px;
}
QLabel#whereInMap[news="true"] { border: 2px solid #ffd166; color: #ffd166; }
"""


class WorkshopWindow(QWidget):
    closed = Signal()
    leaving = Signal()  # Esc or Exit: the window behind is given the keyboard back, then it closes
    hand_back: MapView | None = None  # the canvas Esc gives the keyboard back to
    _leaving = False  # (here: ``changeEvent`` comes while the window is being made)
    _focusing = False  # a stage being brought into focus moves the keyboard's cell itself
    _controls: tuple[QWidget, ...] = ()
    _ask_again: QTimer | None = None  # while leaving: the window behind asked again for the keyboard
    _followed_code: QWidget | None = None  # the room's join code, on this window (``_room_code``)

    def __init__(
        self,
        doc: Document,
        stack: UndoStack,
        map_id: str,
        parent: QWidget | None = None,
        clock: Callable[[], float] = time.monotonic,
        *,
        drafts: DraftStore | None = None,
        read_only_reason: str | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.doc, self.stack, self.map_id = doc, stack, map_id
        self.setWindowTitle(translate("Workshop", "Workshop — {title}").format(title=doc.map(map_id).title))
        self.setStyleSheet(BAR_STYLE)
        self.view = MapView(doc, map_id, stack, drafts=drafts, read_only_reason=read_only_reason)
        self._map_said = QTimer(self)
        self._map_said.setSingleShot(True)
        self._map_said.timeout.connect(self._map_said_expired)
        self.view.message.connect(self._say_for_a_while)
        self.view.setAlignment(Qt.AlignmentFlag.AlignCenter)  # fitted maps sit in the middle of the screen
        self.view.max_fit_zoom = ZOOM  # a small map is shown large, for the back of the room
        # A map too wide to read whole on this screen (a 1024×768 projector): as many whole stages
        # as stay readable, following the typing (``MapView.fit_readable``)
        self.view.readable_text_px = READABLE_CARD_PX
        self.view.viewport().installEventFilter(self)
        self.view.installEventFilter(self)
        self.countdown = Countdown(10, clock)
        self.round: VotingRound | None = None
        self.focus_index: int | None = None
        self._dimmers: list[QGraphicsRectItem] = []
        self._build()
        self._tick = QTimer(self, interval=250)
        self._tick.timeout.connect(self._update_timer)
        self._tick.start()
        DocumentEvents.of(doc).changed.connect(self._on_changes)
        # The dimmed stages cover their columns as the map grows: a card being typed grows its
        # lane with no edit yet, and the lane's foot showed undimmed in every stage.
        self.view.map_scene.laid_out.connect(self._dim)
        self.view.cursor_moved.connect(self._follow_keyboard)
        self.view.map_scene.selectionChanged.connect(self._follow_keyboard)
        # Where in the map the view is, when it shows only some stages ("◀ Stages 3–5 of 12 ▶")
        self.where = QLabel(self.view, objectName="whereInMap")
        self.where.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.where.setAccessibleName(translate("Workshop", "Stages shown"))
        self.where.hide()
        # The room's notes shown in this workshop: those in stages out of sight, not yet shown, are
        # counted on the label's side they are on, from the map each time (``_new_notes``). Notes
        # already accepted when it opens are not new.
        self._shown_notes = {c.id for c in doc.cards(map_id) if c.author and not c.from_room}
        # what ``_new_notes`` last read, for which stages shown; forgotten at every change of the map
        self._notes_read: tuple[tuple[int, int, bool], tuple[int, int]] | None = None
        self.view.zoomed.connect(self._show_where)
        self.view.slid.connect(self._show_where)  # the stages slid past are not marked seen
        self.view.horizontalScrollBar().valueChanged.connect(self._show_where)
        self.view.map_scene.laid_out.connect(self._show_where)
        self._refresh()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        bar = QWidget(objectName="workshopBar")
        rows = QVBoxLayout(bar)
        rows.setContentsMargins(16, 8, 16, 8)
        row = QHBoxLayout()
        rows.addLayout(row)
        self._bar_rows = rows
        title = ElidedLabel(self.doc.map(self.map_id).title, objectName="workshopTitle")
        title.setToolTip(title.text())
        row.addWidget(title, 1)
        self.stage_combo = QComboBox()
        self.stage_combo.setAccessibleName(translate("Workshop", "Focus stage"))
        self.stage_combo.activated.connect(lambda i: self.focus_stage(None if i == 0 else i - 1))
        prev_btn, next_btn = QPushButton("◀"), QPushButton("▶")
        prev_btn.setAccessibleName(translate("Workshop", "Previous stage"))
        next_btn.setAccessibleName(translate("Workshop", "Next stage"))
        prev_btn.setToolTip(translate("Workshop", "Previous stage (Page Up)"))
        next_btn.setToolTip(translate("Workshop", "Next stage (Page Down)"))
        prev_btn.clicked.connect(lambda: self.step_stage(-1))
        next_btn.clicked.connect(lambda: self.step_stage(1))
        for w in (QLabel(translate("Workshop", "Focus:")), prev_btn, self.stage_combo, next_btn):
            row.addWidget(w)
        row.addSpacing(24)
        zoom_out, fit, zoom_in = QPushButton("−"), QPushButton(translate("Workshop", "Fit")), QPushButton("+")
        for button, name, slot in (
            (zoom_out, translate("Workshop", "Zoom out"), self.view.zoom_out),
            (fit, translate("Workshop", "Fit the map to the screen"), self.view.fit_to_window),
            (zoom_in, translate("Workshop", "Zoom in"), self.view.zoom_in),
        ):
            button.setAccessibleName(name)
            button.setToolTip(name)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard stays on the map
            button.clicked.connect(slot)
            row.addWidget(button)
        zoom_out.setFixedWidth(44)
        zoom_in.setFixedWidth(44)
        row.addSpacing(24)
        self.minutes = QSpinBox(minimum=1, maximum=180, value=10, suffix=translate("Workshop", " min"))
        self.minutes.setAccessibleName(translate("Workshop", "Timer minutes"))
        self.minutes.valueChanged.connect(self._set_minutes)
        self.timer_label = QLabel(self.countdown.text(), objectName="timer")
        self.timer_label.setAccessibleName(translate("Workshop", "Time left"))
        self.start_btn = QPushButton(translate("Workshop", "Start"))
        self.start_btn.clicked.connect(self.toggle_timer)
        reset_btn = QPushButton(translate("Workshop", "Reset"))
        reset_btn.clicked.connect(self.reset_timer)
        # The timer, in a box of its own: below the other controls when one row is wider than the
        # screen (``_fit_bar``)
        self._timer_box = QWidget()
        timer_row = QHBoxLayout(self._timer_box)
        timer_row.setContentsMargins(0, 0, 0, 0)
        for w in (self.minutes, self.timer_label, self.start_btn, reset_btn):
            timer_row.addWidget(w)
        row.addWidget(self._timer_box)
        self._one_row_width: int | None = None  # the bar's least width in one row, once laid out
        row.addSpacing(24)
        self.participants = QSpinBox(minimum=1, maximum=200, value=8)
        follow_count(self.participants, lambda n: translate("Workshop", " participant(s)", None, n))
        self.dots_each = QSpinBox(minimum=1, maximum=20, value=3)
        follow_count(self.dots_each, lambda n: translate("Workshop", " dot(s)", None, n))
        self.participants.setAccessibleName(translate("Workshop", "Participants"))
        self.dots_each.setAccessibleName(translate("Workshop", "Dots per participant"))
        self.vote_btn = QPushButton(translate("Workshop", "Start voting"))
        self.vote_btn.clicked.connect(lambda: self.end_round() if self.round else self.start_round())
        self.new_round_btn = QPushButton(translate("Workshop", "New voting round"))
        self.new_round_btn.setToolTip(
            translate("Workshop", "Clear every vote on this map and start again (Ctrl+Z brings them back)")
        )
        self.new_round_btn.clicked.connect(self.new_round)
        self.dots_label = QLabel("", objectName="dots")
        self.dots_label.setAccessibleName(translate("Workshop", "Dots left"))
        exit_btn = QPushButton(translate("Workshop", "Exit (Esc)"))
        exit_btn.clicked.connect(self.leave)
        # A click on a button leaves the keyboard on the map: V, [ ], arrows and typing go on working
        # (a focused button took them: after Start voting, V gave no dot).
        for button in (
            prev_btn,
            next_btn,
            self.start_btn,
            reset_btn,
            self.vote_btn,
            self.new_round_btn,
            exit_btn,
        ):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.stage_combo.activated.connect(lambda _i: self.view.setFocus())
        # The spin boxes and the stage list keep the keyboard for their own keys only: the words
        # typed after a click on a spin box's arrow went into it and were lost (``_control_key``).
        self._controls = (self.minutes, self.participants, self.dots_each, self.stage_combo)
        for control in self._controls:
            control.installEventFilter(self)
        row.addSpacing(12)
        row.addWidget(exit_btn)
        self.minutes.setFixedWidth(118)
        self.stage_combo.setMinimumWidth(130)
        self.stage_combo.setMaximumWidth(260)
        for arrow in (prev_btn, next_btn):
            arrow.setFixedWidth(44)

        side = QWidget(objectName="topVoted")
        side.setFixedWidth(SIDE_WIDTH)  # narrower on a small screen (``_fit_side``)
        self._side = side
        col = QVBoxLayout(side)
        voting = QBoxLayout(QBoxLayout.Direction.LeftToRight)  # one above the other when narrow
        self._voting_row = voting
        voting.addWidget(self.participants)
        voting.addWidget(self.dots_each)
        col.addLayout(voting)
        col.addWidget(self.vote_btn)
        col.addWidget(self.new_round_btn)
        col.addWidget(self.dots_label)
        col.addSpacing(8)
        heading = QLabel(translate("Workshop", "Top voted\npain points & opportunities"))
        heading.setWordWrap(True)
        col.addWidget(heading)
        self.top_list = QListWidget()
        self.top_list.setAccessibleName(translate("Workshop", "Top voted cards"))
        self.top_list.setWordWrap(True)
        self.top_list.itemClicked.connect(self._jump_to)
        col.addWidget(self.top_list)
        # Ctrl+F: a card of this map, found in the workshop itself (the window's Find is behind
        # it; the words typed for a search started a card on the projected map).
        self.find_line = QLineEdit()
        self.find_line.setPlaceholderText(translate("Workshop", "Find a card on this map"))
        self.find_line.setAccessibleName(translate("Workshop", "Find a card"))
        self.find_line.setClearButtonEnabled(True)
        self.find_line.textChanged.connect(lambda _text: self.find_next(again=False))
        self.find_line.returnPressed.connect(self.find_next)
        self.find_line.installEventFilter(self)
        self.find_line.hide()
        col.addWidget(self.find_line)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        col.addWidget(self.status)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.view, 1)
        body.addWidget(side)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(bar)
        layout.addLayout(body, 1)
        # Not held to the one-row bar's width: full screen on a 1024-px projector the window was
        # 1145 px (1272 in German) wide, Exit and the votes off screen; the bar takes two rows.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._bar, self._top_row = bar, row
        self._steady_widths()

    def _steady_widths(self) -> None:
        """A button whose text changes keeps the width of its longest text, so it does not jump:
        measured in the bar's own font and padding, now that it is inside this window (measured
        before, in the plain style, Start turning to Pause moved every control left of it)."""
        for button, texts in (
            (self.start_btn, ("Start", "Pause")),
            (self.vote_btn, ("Start voting", "End voting")),
        ):
            button.ensurePolished()
            shown, widths = button.text(), []
            for text in texts:
                button.setText(translate("Workshop", text))
                widths.append(button.sizeHint().width())
            button.setText(shown)
            button.setMinimumWidth(max(widths))

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit_bar(self.width())  # the width now: ``event.size()`` once gave an earlier resize's
        self._fit_side(self.width())
        super().resizeEvent(event)
        self._show_where()

    def _show_where(self) -> None:
        """Which stages the map shows, of how many, in the map's bottom right corner, with an
        arrow to each side that has more, and how many of the room's notes arrived there unseen:
        only while some stages are out of sight."""
        count = len(self.view.map_scene.geom.stages)
        shown = self.view.shown_stages()
        if shown is None or shown == (0, count - 1):
            if shown is not None:
                self._new_notes(*shown)  # all in sight: seen
            self.where.hide()
            return
        first, last = shown[0] + 1, shown[1] + 1
        text = (
            translate("Workshop", "Stage {n} of {count}").format(n=first, count=count)
            if first == last
            else translate("Workshop", "Stages {first}–{last} of {count}").format(
                first=first, last=last, count=count
            )
        )
        before, after = self._new_notes(*shown)
        if before:
            text = " · ".join((translate("Workshop", "%n new note(s)", None, before), text))
        if after:
            text = " · ".join((text, translate("Workshop", "%n new note(s)", None, after)))
        self.where.setText(f"{'◀ ' if first > 1 else ''}{text}{' ▶' if last < count else ''}")
        news = bool(before or after)
        if self.where.property("news") != news:
            self.where.setProperty("news", news)
            self.where.style().unpolish(self.where)
            self.where.style().polish(self.where)
        self.where.adjustSize()
        port = self.view.viewport().geometry()  # in the view's coordinates
        top = port.bottom() - self.where.height() - 12
        at = QPoint(port.right() - self.where.width() - 12, top)
        code = self._room_code()
        if code is not None:  # the room's join code sits in a corner: the words go to the other one
            shown = QRect(self.view.mapFrom(self, code.pos()), code.size())
            if shown.intersects(QRect(at, self.where.size())):
                lanes = self.view.map_scene.geom
                headers = round((lanes.corner.right - lanes.bounds.x) * self.view.zoom())
                at = QPoint(port.left() + headers + 12, top)
            if shown.intersects(QRect(at, self.where.size())):  # too long for beside it: above it
                at = QPoint(port.right() - self.where.width() - 12, shown.top() - self.where.height() - 8)
        self.where.move(at)
        self.where.show()
        self.where.raise_()

    def _new_notes(self, first: int, last: int) -> tuple[int, int]:
        """How many of the room's notes not yet shown here lie in the stages before ``first`` and
        after ``last`` (indices), read from the map; those between are now shown, once the view
        is not sliding past them. A note deleted, moved or undone counts where it is now, or not."""
        settled = self.view.isVisible() and not self.view.settling
        # Read again only when the stages shown, the view's settling or the map changed: a slide
        # asks at every frame, and a large map's cards took 0.3 ms each time (960 cards)
        asked = (first, last, settled)
        if self._notes_read is not None and self._notes_read[0] == asked:
            return self._notes_read[1]
        index = {s.id: s.index for s in self.view.map_scene.geom.stages}
        before = after = 0
        for card in self.doc.cards(self.map_id):
            if not card.author or card.id in self._shown_notes:
                continue
            at = index.get(card.stage_id)
            if at is None:
                continue
            if at < first:
                before += 1
            elif at > last:
                after += 1
            elif settled:
                self._shown_notes.add(card.id)
        self._notes_read = (asked, (before, after))
        return before, after

    def childEvent(self, event: QChildEvent) -> None:
        super().childEvent(event)
        if event.added() and isinstance(event.child(), QFrame):  # the room's join code, perhaps
            QTimer.singleShot(0, self, self._show_where)

    def _room_code(self) -> QWidget | None:
        """The room's join code shown on this window (``ProjectorCode``), if any: followed, so the
        stages shown are never said under it."""
        code = next(
            (w for w in self.findChildren(QFrame, "roomCode") if w.parentWidget() is self and w.isVisible()),
            None,
        )
        if code is not None and code is not self._followed_code:
            self._followed_code = code
            code.installEventFilter(self)
        return code

    def _fit_side(self, width: int) -> None:
        """The side panel takes SIDE_SHARE of the window's ``width``, SIDE_WIDTH at most (a
        1920×1080 projector's), and never less than its controls need (at 1024 px it stayed 360
        px wide, and the map had 664)."""
        side, row = self._side, self._voting_row
        side.ensurePolished()
        want = min(SIDE_WIDTH, round(width * SIDE_SHARE))
        margins = side.layout().contentsMargins()
        spin_boxes = (self.participants, self.dots_each)
        one_row = (
            sum(w.sizeHint().width() for w in spin_boxes) + row.spacing() + margins.left() + margins.right()
        )
        # the spin boxes one above the other when side by side they would be cut (their widest
        # value, "200 participants", shown whole)
        wide = want >= one_row
        row.setDirection(QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom)
        side.layout().invalidate()  # measured in the new direction
        width = max(side.minimumSizeHint().width(), want)
        if side.width() != width:
            side.setFixedWidth(width)
            # the map's width follows now: laid out later, the map was fitted to the width it had
            # before, and a stage it slid to was cut once the late width came
            self.layout().activate()

    def _fit_bar(self, width: int) -> None:
        """The bar in one row when it fits ``width``, else with the timer on a second row."""
        one_row = self._top_row.indexOf(self._timer_box) >= 0
        if one_row:
            self._one_row_width = self._bar.minimumSizeHint().width()
        fits = self._one_row_width is None or self._one_row_width <= width
        if fits == one_row:
            return
        if fits:  # back into the top row, before the spacing ahead of Exit
            self._bar_rows.removeWidget(self._timer_box)
            self._top_row.insertWidget(self._top_row.count() - 3, self._timer_box)
        else:
            self._top_row.removeWidget(self._timer_box)
            self._bar_rows.addWidget(self._timer_box, 0, Qt.AlignmentFlag.AlignLeft)

    # ------------------------------------------------------------- stage focus
    def focus_stage(self, index: int | None) -> None:
        """Dim every stage but ``index`` (None: show all) and bring it into view."""
        stages = self.view.map_scene.geom.stages
        self.focus_index = None if index is None or not stages else max(0, min(index, len(stages) - 1))
        self._dim()
        self.stage_combo.setCurrentIndex(0 if self.focus_index is None else self.focus_index + 1)
        self.view.home_stage = stages[self.focus_index].id if self.focus_index is not None else None
        if self.focus_index is not None:
            self._focusing = True
            try:
                self._keyboard_into(stages[self.focus_index].id)
            finally:
                self._focusing = False
            if self.view.horizontalScrollBar().maximum() > 0 and self.view.readable_zoom() is not None:
                self.view.page_to_stage(self.focus_index, smooth=True)  # a readable view: whole stages
                return
            column = stages[self.focus_index].column
            header = stages[self.focus_index].header
            self.view.centerOn(column.cx, header.y + self.view.viewport().height() / (2 * ZOOM))

    def _follow_keyboard(self) -> None:
        """With a stage in focus, the keyboard's cell moved into another one (Tab, an arrow, a
        click, Tab out of a card): that stage comes into focus. The typing went on in a dimmed
        stage, out of the room's sight."""
        if self.focus_index is None or self._focusing:
            return
        cell = self.view.current_cell()
        stages = self.view.map_scene.geom.stages
        index = next((s.index for s in stages if cell is not None and s.id == cell[0]), None)
        if index is not None and index != self.focus_index:
            self.focus_stage(index)

    def _keyboard_into(self, stage_id: str) -> None:
        """The keyboard's cell follows the stage brought into focus, in the lane the typing was in:
        left in the stage before, the words typed next went into a dimmed stage, out of sight. With
        no cell chosen yet (a map just opened), the stage's first cell is shown: the first key said
        "No cell was selected" on the projector."""
        view = self.view
        cell = view.current_cell() or view.last_cell
        if cell is not None and cell[0] == stage_id:
            return
        there = view.map_scene.geom.cells.get((stage_id, cell[1])) if cell is not None else None
        if there is not None and there.accepts_cards:
            view.select_cell((stage_id, there.lane_id))
        else:
            view.select_cell(view.first_cell())  # the focused stage's first cell

    def step_stage(self, delta: int) -> None:
        count = len(self.view.map_scene.geom.stages)
        if count:
            start = -1 if self.focus_index is None and delta > 0 else (self.focus_index or 0)
            self.focus_stage((start + delta) % count)

    def _dim(self) -> None:
        scene = self.view.map_scene
        for item in self._dimmers:
            scene.removeItem(item)
        self._dimmers = []
        if self.focus_index is None:
            return
        g = scene.geom
        for s in g.stages:
            if s.index == self.focus_index:
                continue
            r = QRectF(s.header.x, s.header.y, s.header.w, s.column.bottom - s.header.y)
            item = QGraphicsRectItem(r)
            item.setBrush(QBrush(QColor(29, 33, 39, 170)))
            item.setPen(QPen(Qt.PenStyle.NoPen))
            item.setZValue(60)
            item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            scene.addItem(item)
            self._dimmers.append(item)

    # ------------------------------------------------------------------ timer
    def _set_minutes(self, minutes: int) -> None:
        self.countdown.set_minutes(minutes)
        self._update_timer()

    def toggle_timer(self) -> None:
        if self.countdown.running:
            self.countdown.pause()
        else:
            if self.countdown.finished:
                self.countdown.reset()
            self.countdown.start()
        self._update_timer()

    def reset_timer(self) -> None:
        self.countdown.reset()
        self._update_timer()

    def _update_timer(self) -> None:
        self.timer_label.setText(self.countdown.text())
        ended = self.countdown.finished
        if ended and self.timer_label.property("ended") is not True:
            self.countdown.pause()
            self._say(translate("Workshop", "Time is up."))
            QApplication.beep()
        if self.timer_label.property("ended") != ended:
            self.timer_label.setProperty("ended", ended)
            self.timer_label.style().unpolish(self.timer_label)
            self.timer_label.style().polish(self.timer_label)
        self.start_btn.setText(
            translate("Workshop", "Pause") if self.countdown.running else translate("Workshop", "Start")
        )

    # ----------------------------------------------------------------- voting
    def start_round(self) -> None:
        votes = total_votes(self.doc, self.map_id)
        self.round = VotingRound(self.participants.value(), self.dots_each.value(), votes)
        self.vote_btn.setText(translate("Workshop", "End voting"))
        self._say(
            translate("Workshop", "Voting: click a card (or press V) to give it a dot; − takes one back.")
        )
        self._refresh()

    def end_round(self) -> None:
        self.round = None
        self.vote_btn.setText(translate("Workshop", "Start voting"))
        self._say(translate("Workshop", "Voting ended."))
        self._refresh()

    def add_vote(self, card_id: str) -> bool:
        if self.round is None or self.round.remaining(self.doc, self.map_id) == 0:
            return False
        card = self.doc.card(card_id)
        if self._push(commands.update_card(card_id, votes=card.votes + 1)):
            if self.round.remaining(self.doc, self.map_id) == 0:
                self._say(translate("Workshop", "All dots are spent."))
            self._refresh()
            return True
        return False

    def remove_vote(self, card_id: str) -> bool:
        card = self.doc.card(card_id)
        if card.votes == 0 or not self._push(commands.update_card(card_id, votes=card.votes - 1)):
            return False
        self._refresh()
        return True

    def accept_room_notes(self, card_ids: Sequence[str]) -> int:
        """Edit ▸ Accept Selected Room Notes, on the workshop's selection (its shortcut is the
        window's, and did nothing here): those of ``card_ids`` posted from the room become ordinary
        cards, as one undo step. How many."""
        pending = [i for i in card_ids if (c := self.doc.get(Kind.CARD, i)) is not None and c.from_room]
        if pending and not self._push(commands.accept_room_notes(pending)):
            return 0
        return len(pending)

    def new_round(self) -> None:
        """Clear every vote on the map (one undo step) and start a round with a full budget."""
        voted = [c for c in self.doc.cards(self.map_id) if c.votes]
        if voted:
            try:
                with self.stack.macro(translate("Workshop", "New voting round")):
                    for card in voted:
                        self.stack.push(commands.update_card(card.id, votes=0))
            except JmError as exc:
                self._say(str(exc))
                return
        self.start_round()
        self._say(
            translate(
                "Workshop",
                "New round: the votes of %n card(s) cleared (Ctrl+Z brings them back). Click to vote.",
                None,
                len(voted),
            )
        )

    def _push(self, command: commands.Command) -> bool:
        try:
            self.stack.push(command)
        except JmError as exc:
            self._say(str(exc))
            return False
        return True

    def top_voted(self) -> list[Card]:
        kinds = {LaneKind.PAIN_POINTS, LaneKind.OPPORTUNITIES}
        lanes = {lane.id for lane in self.doc.lanes(self.map_id) if lane.kind in kinds}
        cards = [c for c in self.doc.cards(self.map_id) if c.lane_id in lanes and c.votes > 0]
        return sorted(cards, key=lambda c: -c.votes)

    # ------------------------------------------------------------------ events
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._followed_code and event.type() in CODE_MOVES:
            QTimer.singleShot(0, self, self._show_where)  # the join code moved: the stages shown move
            return False
        # a click gives a dot; so does the second of two quick clicks (a double-click, which
        # would open the card's editor)
        clicks = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick)
        if watched is self.view.viewport() and event.type() in clicks and self.round:
            mouse = event if isinstance(event, QMouseEvent) else None
            if mouse is not None and mouse.button() == Qt.MouseButton.LeftButton:
                pos = self.view.mapToScene(mouse.position().toPoint())
                hit = card_at(self.view.map_scene.geom, pos.x(), pos.y())
                editor = self.view.editing.editor
                if editor is not None and editor.sceneBoundingRect().contains(pos):
                    hit = None  # a click in the card being typed places its cursor
                if hit is not None:
                    self.view.editing.commit()  # the card being typed is added, as by any click away
                    self.add_vote(hit.id)
                    return True
        if watched is self.view and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._key(event)
        if watched is self.view and isinstance(event, QInputMethodEvent) and self._ime_bracket(event):
            return True
        if watched in self._controls and self._control_key(event, history=watched is self.stage_combo):
            return True
        pressed = isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress
        # (the view's events come before the search field is made: only it is a line edit here)
        if (
            isinstance(watched, QLineEdit)
            and watched is self.find_line
            and pressed
            and isinstance(event, QKeyEvent)
        ):
            if event.key() == Qt.Key.Key_Escape:  # back to the map on the card found (the workshop stays)
                self.close_find()
                return True
            if event.key() == Qt.Key.Key_F3 or _is_action_key(event, Act.FIND):
                self.find_next()
                return True
        return super().eventFilter(watched, event)

    # -------------------------------------------------------------------- find
    def open_find(self) -> None:
        """Ctrl+F: the search field in the side panel takes the keyboard, its last words selected."""
        self.find_line.show()
        self.find_line.selectAll()
        self.find_line.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.find_line.text():
            self._say(
                translate("Workshop", "Type to find a card on this map: Enter the next, Esc back to the map.")
            )

    def close_find(self) -> None:
        """Esc in the search field: the keyboard back on the map, on the card found (F2 edits it,
        words typed start a card after it)."""
        self.find_line.hide()
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.status.clear()

    def find_next(self, *, again: bool = True) -> str | None:
        """Select the next card of the map (in map order, from the one selected; ``again`` False:
        from the first) whose text holds the search's words, bring it on screen and say which of
        how many it is. Its id, or None."""
        words = self.find_line.text().strip().casefold()
        if not words:
            self.status.clear()
            return None
        found = [c.id for c in self.doc.cards(self.map_id) if words in c.text.casefold()]
        if not found:
            self._say(translate("Workshop", "No card on this map holds “{words}”.").format(words=words))
            return None
        selected = self.view.map_scene.selected_card_ids()
        at = found.index(selected[0]) + 1 if again and selected and selected[0] in found else 0
        card_id = found[at % len(found)]
        self.view.map_scene.select_cards([card_id])
        self.view.set_cursor_cell(None)
        item = self.view.map_scene.cards.get(card_id)
        if item is not None:
            self.view.show_clear_of_headers(item.sceneBoundingRect())
        self._say(
            translate("Workshop", "Card {n} of {count}: Enter the next, Esc back to the map.").format(
                n=at % len(found) + 1, count=len(found)
            )
        )
        return card_id

    def _control_key(self, event: QEvent, *, history: bool = False) -> bool:
        """A key on a spin box or the stage list: its digits, arrows and editing keys are its own;
        Enter, Esc and Tab give the keyboard back to the map, and any other text (and Page Down,
        Page Up) goes on to the map, starting a card there, with the keyboard (a letter searched
        the stage list, or was refused by a spin box: the facilitator's words were lost).
        ``history``: the control has no text of its own to undo (the stage list), and Undo and
        Redo go to the map too, as the window's Undo and Redo act from any control but a text field
        (Ctrl+Z there did nothing)."""
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            key, text = event.key(), event.text()
            if key in (*CONTROL_LEAVES, Qt.Key.Key_Escape):
                self.view.setFocus()
                return True
            # the workshop's own, with the keyboard anywhere in it; Undo and Redo from the stage list
            to_map = key in PAGE_STEPS or (history and _is_action_key(event, Act.UNDO, Act.REDO))
            if not to_map and (not typed_text(event) or text.isdigit() or key == Qt.Key.Key_Space):
                return False
            self.view.setFocus()
            QApplication.sendEvent(self.view, _copy_key(event))
            return True
        if isinstance(event, QInputMethodEvent):
            words = event.commitString()
            if not words or words.isdigit() or event.preeditString():
                return False
            self.view.setFocus()
            QApplication.sendEvent(self.view, QInputMethodEvent(event))
            return True
        return False

    def _key(self, event: QKeyEvent) -> bool:
        key = event.key()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key in PAGE_STEPS and plain:
            self.view.editing.commit()  # the card being typed is added, as Tab adds it
            self.step_stage(PAGE_STEPS[Qt.Key(key)])
            return True
        if _is_action_key(event, Act.FIND):
            self.view.editing.commit()  # the card typed so far is added, as Ctrl+F adds it in the window
            self.open_find()
            return True
        if self.view.editing.active:
            return False  # Esc, Enter and letters, brackets too, belong to the card being typed
        selected = self.view.map_scene.selected_card_ids()
        if key == Qt.Key.Key_Escape:
            self.leave()
        elif key in BRACKET_STEPS:
            self.step_stage(BRACKET_STEPS[Qt.Key(key)])
        elif _is_vote_key(event, "v", "+") and self.round is not None and selected:
            for card_id in selected:
                self.add_vote(card_id)
        elif _is_vote_key(event, "-", "−") and self.round is not None and selected:
            for card_id in selected:
                self.remove_vote(card_id)
        elif _is_action_key(event, Act.ACCEPT_ROOM):  # Ctrl+Shift+Enter
            self.accept_room_notes(selected)
        else:
            return False
        return True

    def _ime_bracket(self, event: QInputMethodEvent) -> bool:
        """An input method's bracket (``]`` typed with a Chinese or Japanese one on: "」", "】") is
        text: it starts a card, as any text does, and the window says which keys step the stage
        (after what the map said of the card). False for any other text."""
        text = event.commitString().strip()
        if self.view.editing.active or event.preeditString() or text not in IME_BRACKETS:
            return False
        self.status.clear()
        self.view.inputMethodEvent(event)  # the card starts with it
        hint = translate(
            "Workshop",
            "“{text}” came from the input method and starts a card. "
            "Page Down and Page Up step through the stages with any input method.",
        ).format(text=text)
        said = self.status.text()
        self._say(f"{said} {hint}" if said else hint)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.leave()
            return
        super().keyPressEvent(event)

    def leave(self) -> None:
        """Esc or Exit: the window behind takes the keyboard back before the workshop goes, and the
        keys typed until it has it go to its canvas. Closed at once, the workshop left no window
        with the keyboard until the window manager gave it to the one behind, and the keys typed
        right after Esc were lost; closed before the window manager had even given it the
        keyboard (Esc typed right after F5), it was given the keyboard once gone, and lost more."""
        back = self.hand_back
        if self._leaving:
            return
        if back is None or not back.isVisible():
            self.close()
            return
        self._leaving = True
        self.leaving.emit()  # the window's keys are its own again (KeysToWorkshop)
        keys = HandedKeys(self, back, back.window(), self)
        keys.arrived.connect(self._close_soon)
        behind = back.window()
        if behind.isMinimized():  # activated, it stayed minimized: the workshop closed onto the desktop
            behind.setWindowState(behind.windowState() & ~Qt.WindowState.WindowMinimized)
        if self.isActiveWindow():
            behind.activateWindow()
        # else: once the window manager has given the workshop the keyboard (``changeEvent``)
        self._left_at = time.monotonic()
        self._ask_again = QTimer(self, interval=LEAVE_ASK_MS)
        self._ask_again.timeout.connect(self._still_leaving)
        self._ask_again.start()

    def _still_leaving(self) -> None:
        """Closed after a fixed second, the workshop lost the words typed after Esc on a busy
        machine: it still had the keyboard (the window behind not yet given it), or the keyboard
        was on its way, and once closed no window had it. It stays until the window behind has the
        keyboard (it may never have lost it: Esc typed before the workshop had it), handing its
        keys on and asking again."""
        back = self.hand_back
        if back is not None and QApplication.activeWindow() is back.window():
            self._close_soon()
            return
        if back is None or (time.monotonic() - self._left_at) * 1000 >= LEAVE_WAIT_MS:
            self.close()
            return
        back.window().activateWindow()

    def _close_soon(self) -> None:
        """The window behind has the keyboard: closed ARRIVAL_GRACE_MS later, whichever noticed it
        (its activation, or the next ask), so the keys still on their way here are handed on."""
        if self._ask_again is not None:
            self._ask_again.stop()
        QTimer.singleShot(ARRIVAL_GRACE_MS, self, self.close)

    @property
    def is_leaving(self) -> bool:
        """Esc or Exit was pressed: the workshop closes once the window behind has the keyboard."""
        return self._leaving

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        back = self.hand_back
        activated = event.type() == QEvent.Type.ActivationChange and self.isActiveWindow()
        if self._leaving and back is not None and activated:
            back.window().activateWindow()

    # ------------------------------------------------------------------ state
    def _on_changes(self, _changes: Sequence[Change], source: object = None) -> None:
        self._notes_read = None  # a note may have come, moved or gone
        if self.doc.get(Kind.MAP, self.map_id) is None:
            self.close()
            return
        QTimer.singleShot(0, self._after_relayout)

    def _after_relayout(self) -> None:
        self._dim()
        self._refresh()
        self._show_where()  # a note from the room arrived, moved or went

    def _refresh(self) -> None:
        self.stage_combo.blockSignals(True)
        self.stage_combo.clear()
        self.stage_combo.addItem(translate("Workshop", "All stages"))
        self.stage_combo.addItems([s.name for s in self.doc.stages(self.map_id)])
        self.stage_combo.setCurrentIndex(0 if self.focus_index is None else self.focus_index + 1)
        self.stage_combo.blockSignals(False)
        self.top_list.clear()
        stages = {s.id: s.name for s in self.doc.stages(self.map_id)}
        for card in self.top_voted()[:20]:
            first = card.text.splitlines()[0] if card.text.strip() else translate("Workshop", "(empty card)")
            item = QListWidgetItem(f"● {card.votes}   {first}\n      {stages[card.stage_id]}")
            item.setData(Qt.ItemDataRole.UserRole, card.id)
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                translate("Workshop", "%n vote(s): {card}", None, card.votes).format(card=first),
            )
            self.top_list.addItem(item)
        r = self.round
        left = r.remaining(self.doc, self.map_id) if r else 0
        self.dots_label.setText(
            translate("Workshop", "{left} of {budget} dots left").format(left=left, budget=r.budget)
            if r
            else ""
        )

    def _jump_to(self, item: QListWidgetItem) -> None:
        card_id = item.data(Qt.ItemDataRole.UserRole)
        if card_id in self.view.map_scene.cards:
            self.view.map_scene.select_cards([card_id])
            self.view.show_clear_of_headers(self.view.map_scene.cards[card_id].sceneBoundingRect(), 80)
            self.view.setFocus()

    def _say(self, text: str) -> None:
        self.status.setText(text)

    def _say_for_a_while(self, text: str) -> None:
        """What the map says, in the side panel until something else is said or for ``MAP_SAID_MS``."""
        self._say(text)
        self._map_said.setProperty("said", text)
        self._map_said.start(MAP_SAID_MS)

    def _map_said_expired(self) -> None:
        if self.status.text() == self._map_said.property("said"):
            self.status.clear()

    def closeEvent(self, event: object) -> None:  # type: ignore[override]
        self._tick.stop()
        self._map_said.stop()
        if self._ask_again is not None:
            self._ask_again.stop()
        DocumentEvents.of(self.doc).changed.disconnect(self._on_changes)
        self.view.close_view()
        super().closeEvent(event)  # type: ignore[arg-type]
        self.closed.emit()


HANDED_ON = frozenset(
    (
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.ShortcutOverride,
        QEvent.Type.InputMethod,
    )
)


class HandedKeys(QObject):
    """Keys typed in ``window`` go to the map ``target`` until ``until``, the window that map is
    in, has the keyboard. The window manager gives a window the keyboard a moment after it is
    asked to, and a fast typist's keys meanwhile went where the facilitator no longer looked. The
    window's shortcuts are the map's too in that moment (Del, Ctrl+Z and Ctrl+Shift+Z acted on the
    window's own canvas), and an input method's text goes the same way. A click in ``window``
    gives it its keys back (it was chosen). ``arrived`` says ``until`` has the keyboard; keys the
    window system still delivers to ``window`` for ARRIVAL_GRACE_MS after are handed on too."""

    arrived = Signal()

    def __init__(self, window: QWidget, target: MapView, until: QWidget, parent: QObject) -> None:
        super().__init__(parent)
        self.target: MapView | None = target
        self.until: QWidget | None = until
        self.window = window
        self._handing = False  # a key being handed on to the map
        self._arrived = False  # ``until`` is active: keys still handed on for ARRIVAL_GRACE_MS
        app = QApplication.instance()
        assert app is not None
        self.app = app
        # On the application: what the window's shortcuts see (ShortcutOverride) and the keys of
        # whichever of its widgets has the keyboard, in the order they were typed; and the
        # activation of the window the keys go to.
        app.installEventFilter(self)

    def stop(self) -> None:
        """The keys of ``window`` are its own again."""
        self.target = self.until = None
        self.app.removeEventFilter(self)
        self.deleteLater()  # done: one was left on the canvas for each F5

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.WindowActivate and watched is self.until and not self._arrived:
            self._arrived = True
            QTimer.singleShot(ARRIVAL_GRACE_MS, self, self.stop)
            self.arrived.emit()
            return False
        if kind == QEvent.Type.MouseButtonPress and _in_window(watched, self.window):
            self.stop()
            return False
        if self.target is None or kind not in HANDED_ON:
            return False
        if kind == QEvent.Type.ShortcutOverride and (watched is self.target and self._handing):
            # Qt tries the shortcuts again for a key press sent by code, and the window, still the
            # active one, would take Del or Ctrl+Z from the map: the map takes them.
            event.accept()
            return True
        if not _in_window(watched, self.window):
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # no shortcut of the window fires: the key comes as a key press, below
            return True
        if isinstance(event, QKeyEvent):
            again: QEvent = _copy_key(event)
        elif isinstance(event, QInputMethodEvent):
            again = QInputMethodEvent(event)
        else:
            return False
        self._handing = True
        try:
            QApplication.sendEvent(self.target, again)
        finally:
            self._handing = False
        return True


class KeysToWorkshop(HandedKeys):
    """After F5: keys typed in the window go to the workshop's map until the workshop has the
    keyboard (they started a card on the canvas behind it, out of the room's sight, and Del or
    Ctrl+Z acted there), or until it is left."""

    def __init__(self, workshop: WorkshopWindow, source: QWidget) -> None:
        super().__init__(source.window(), workshop.view, workshop, source)
        self.workshop: WorkshopWindow | None = workshop
        workshop.closed.connect(self.stop)
        workshop.leaving.connect(self.stop)

    def stop(self) -> None:
        if self.workshop is not None:
            self.workshop.closed.disconnect(self.stop)
            self.workshop.leaving.disconnect(self.stop)
            self.workshop = None
        super().stop()


def _copy_key(event: QKeyEvent) -> QKeyEvent:
    """The same key, to send on to another widget."""
    return QKeyEvent(
        event.type(),
        event.key(),
        event.modifiers(),
        event.nativeScanCode(),
        event.nativeVirtualKey(),
        event.nativeModifiers(),
        event.text(),
        event.isAutoRepeat(),
        event.count(),
    )


def _in_window(watched: QObject, window: QWidget) -> bool:
    return isinstance(watched, QWidget) and watched.window() is window


def open_workshop(
    doc: Document,
    stack: UndoStack,
    map_id: str,
    parent: QWidget | None = None,
    *,
    drafts: DraftStore | None = None,
    read_only_reason: str | None = None,
) -> WorkshopWindow:
    """``drafts`` keeps the card being typed in the file, as in the main window's canvas (a
    crash in the middle of a workshop gives it back)."""
    window = WorkshopWindow(doc, stack, map_id, parent, drafts=drafts, read_only_reason=read_only_reason)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.showFullScreen()
    window.view.fit_until_used()  # fitted and centred once full screen has its real size
    window.view.setFocus()
    return window


def _is_vote_key(event: QKeyEvent, *texts: str) -> bool:
    """A voting key is its text typed plainly (``typed_text``: never with Ctrl, Alt or Meta, so
    Ctrl+V is not a vote): a lower-case "v" (a card typed while voting may begin with a capital V:
    "Very slow…" lost its V to a dot), "+" or "−" however the layout makes them."""
    return typed_text(event) in texts


def _is_action_key(event: QKeyEvent, *acts: Act) -> bool:
    """Whether the key is a shortcut of one of the window's ``acts`` (either Enter key alike)."""
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    typed = QKeySequence(QKeyCombination(mods, Qt.Key(event.key())))
    exact = QKeySequence.SequenceMatch.ExactMatch
    return any(typed.matches(QKeySequence(keys)) == exact for act in acts for keys in SPECS[act].keys)
