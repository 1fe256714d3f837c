"""The inspector page of a map: title, state, scale, curve style and which personas it shows."""

from __future__ import annotations

import weakref
from collections.abc import Callable, Sequence
from operator import attrgetter
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from jmdesigner.i18n import N_, translate, translated
from jmdesigner.layout.spoken import map_counts
from jmdesigner.model import Change, Document, Kind, commands
from jmdesigner.model import validation as v
from jmdesigner.model.commands import Command
from jmdesigner.model.curve_lane import curve_hidden
from jmdesigner.model.kinds import CurveStyle, MapState
from jmdesigner.ui.forms import ComboField, Field, LineField, SpinField, TextField, swatch_icon
from jmdesigner.ui.inspector_pages import Applier, Page

ID_ROLE = Qt.ItemDataRole.UserRole

_CARDS = frozenset((Kind.CARD,))


class PersonaChecklist(Field):
    """The document's personas, checked when the map shows them; the checked order is the legend order.

    The value is the tuple of checked persona ids, top to bottom, so one click (a check, or a
    move up or down) is one committed value.
    """

    edit_requested = Signal()
    tall = True

    def __init__(self, label: str) -> None:
        box = QWidget()
        self.list = QListWidget()
        self.list.setAccessibleName(label)
        self.up = QToolButton()
        self.down = QToolButton()
        self.edit = QPushButton(translate("InspectorMap", "Edit personas…"))
        for button, arrow, name in (
            (self.up, Qt.ArrowType.UpArrow, translate("InspectorMap", "Move persona up")),
            (self.down, Qt.ArrowType.DownArrow, translate("InspectorMap", "Move persona down")),
        ):
            button.setArrowType(arrow)
            button.setAccessibleName(name)
            button.setToolTip(translate("InspectorMap", "{name} in the legend").format(name=name))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.up)
        row.addWidget(self.down)
        row.addStretch(1)
        row.addWidget(self.edit)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.list)
        column.addLayout(row)
        super().__init__(box, label)
        self.list.setAccessibleName(label)
        self.list.itemChanged.connect(lambda _item: self.commit())
        self.up.clicked.connect(lambda: self.move(-1))
        self.down.clicked.connect(lambda: self.move(1))
        self.edit.clicked.connect(self.edit_requested)
        self._choices: list[tuple[str, str, str]] = []
        self._shown: tuple[tuple[tuple[str, str, str], ...], tuple[str, ...]] | None = None  # last written

    def set_choices(self, choices: Sequence[tuple[str, str, str]]) -> None:
        """(id, name, colour) of every persona of the document, in document order."""
        self._choices = list(choices)

    def _write(self, value: Any) -> None:
        shown = (tuple(self._choices), tuple(value))
        if shown == self._shown and self.value() == shown[1]:
            return  # the same personas, checked alike: the map page is shown again after every edit
        self._shown = shown
        blocker = QSignalBlocker(self.list)
        current = self.list.currentItem().data(ID_ROLE) if self.list.currentItem() else None
        self.list.clear()
        by_id = {pid: (name, colour) for pid, name, colour in self._choices}
        order = [pid for pid in value if pid in by_id] + [pid for pid in by_id if pid not in value]
        for pid in order:
            name, colour = by_id[pid]
            item = QListWidgetItem(swatch_icon(QColor(colour), 12), name)
            item.setData(ID_ROLE, pid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if pid in value else Qt.CheckState.Unchecked)
            self.list.addItem(item)
            if pid == current:
                self.list.setCurrentItem(item)
        del blocker
        row = max(self.list.sizeHintForRow(0), 20)
        self.list.setFixedHeight(min(6, max(2, len(order))) * row + 2 * self.list.frameWidth() + 4)

    def value(self) -> Any:
        items = [self.list.item(k) for k in range(self.list.count())]
        return tuple(i.data(ID_ROLE) for i in items if i.checkState() == Qt.CheckState.Checked)

    def item(self, persona_id: str) -> QListWidgetItem:
        for k in range(self.list.count()):
            if self.list.item(k).data(ID_ROLE) == persona_id:
                return self.list.item(k)
        raise KeyError(persona_id)

    def move(self, step: int) -> None:
        """Move the current persona up or down the legend."""
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        blocker = QSignalBlocker(self.list)
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        del blocker
        self.commit()


class CurveOffer(Field):
    """Shown when the map has emotion points but no emotions lane: one click adds the lane."""

    tall = True

    def __init__(self, label: str) -> None:
        box = QWidget()
        self.note = QLabel(
            translate(
                "InspectorMap", "This map has emotion scores but no Emotions lane, so its curve is not shown."
            )
        )
        self.note.setWordWrap(True)
        self.button = QPushButton(translate("InspectorMap", "Add an Emotions lane"))
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.note)
        column.addWidget(self.button)
        super().__init__(box, label)
        self.button.setAccessibleName(translate("InspectorMap", "Add an Emotions lane to show the curve"))
        self.button.clicked.connect(lambda: self.committed.emit(True))

    def _write(self, value: Any) -> None:
        pass

    def value(self) -> Any:
        return True


def persona_edits(map_id: str, old: tuple[str, ...], new: tuple[str, ...]) -> list[Command]:
    """The commands that turn a map's persona list ``old`` into ``new``."""
    if set(old) == set(new):
        return [commands.update_map(map_id, persona_ids=new)] if old != new else []
    cmds = [commands.detach_persona(map_id, pid) for pid in old if pid not in new]
    kept = [pid for pid in old if pid in new]
    for pid in new:
        if pid not in kept:
            index = next((k for k, other in enumerate(kept) if new.index(other) > new.index(pid)), len(kept))
            cmds.append(commands.attach_persona(map_id, pid, index))
            kept.insert(index, pid)
    if tuple(kept) != new:
        cmds.append(commands.update_map(map_id, persona_ids=new))
    return cmds


STATES = (
    (N_("InspectorMap", "Current state (as it is today)"), MapState.CURRENT),
    (N_("InspectorMap", "Future state (as it should be)"), MapState.FUTURE),
)
CURVES = (
    (N_("InspectorMap", "Smooth"), CurveStyle.SMOOTH),
    (N_("InspectorMap", "Straight lines"), CurveStyle.STRAIGHT),
)


class MapPage(Page):
    def __init__(self, doc: Document, applier: Applier, open_personas: Callable[[str], None]) -> None:
        super().__init__(doc, applier, translate("InspectorMap", "Map"))
        self.map_id = ""
        self.title_field = self.add(LineField(translate("InspectorMap", "Title")))
        self.description = self.add(
            TextField(
                translate("InspectorMap", "Description"),
                lines=4,
                placeholder=translate("InspectorMap", "Scope, goal, sources"),
            )
        )
        self.state = self.add(
            ComboField(translate("InspectorMap", "State"), translated("InspectorMap", STATES))
        )
        self.reworks = self.add(ComboField(translate("InspectorMap", "Reworks")))
        self.scale_min = self.add(
            SpinField(translate("InspectorMap", "Scale from"), -v.SCALE_LIMIT, v.SCALE_LIMIT)
        )
        self.scale_max = self.add(
            SpinField(translate("InspectorMap", "Scale to"), -v.SCALE_LIMIT, v.SCALE_LIMIT)
        )
        self.curve = self.add(
            ComboField(translate("InspectorMap", "Curves"), translated("InspectorMap", CURVES))
        )
        self.personas = self.add(PersonaChecklist(translate("InspectorMap", "Personas")))
        self._lane_counts: dict[str, tuple[tuple[object, ...], int]] = {}  # lane id -> (as of, its cards)
        self._counted: Callable[[], Document | None] = lambda: None  # the document counted (weakly)
        self.personas.edit_requested.connect(lambda: open_personas(self.map_id))
        self.curve_offer = self.add(CurveOffer(translate("InspectorMap", "Curve")))
        self.on(
            self.curve_offer,
            lambda _: [commands.show_curve(self.map_id)],
            translate("InspectorMap", "Show the emotion curve"),
        )
        self.on(self.title_field, self._edit("title"))
        self.on(self.description, self._edit("description"))
        self.on(self.state, self._state)
        self.on(self.reworks, self._edit("reworks_id"))
        self.on(self.scale_min, self._edit("scale_min"))
        self.on(self.scale_max, self._edit("scale_max"))
        self.on(self.curve, self._edit("curve"))
        self.on(self.personas, self._personas, translate("InspectorMap", "Change the map's personas"))

    def _edit(self, name: str) -> Callable[[Any], list[Command]]:
        return lambda value: [commands.update_map(self.map_id, **{name: value})]

    def _state(self, state: MapState) -> list[Command]:
        changes: dict[str, Any] = {"state": state}
        if state is MapState.CURRENT:
            changes["reworks_id"] = None  # only a future-state map reworks another
        return [commands.update_map(self.map_id, **changes)]

    def _personas(self, ids: tuple[str, ...]) -> list[Command]:
        return persona_edits(self.map_id, self.doc.map(self.map_id).persona_ids, ids)

    def _card_count(self, map_id: str) -> int:
        """The map's cards, counted lane by lane; a lane is counted again only when its cards or
        the stages changed (the page is shown again after every edit: counting every cell of an
        8,000-card map each time cost more than the rest of the page)."""
        doc = self.doc
        if self._counted() is not doc:  # another file: its revisions are its own (and no old document kept)
            self._lane_counts.clear()
            self._counted = weakref.ref(doc)
        stage_ids = tuple(s.id for s in doc.stages(map_id))
        total = 0
        for lane in doc.lanes(map_id):
            key = (doc.lane_cards_revision(lane.id), stage_ids)
            known = self._lane_counts.get(lane.id)
            if known is None or known[0] != key:
                known = self._lane_counts[lane.id] = (
                    key,
                    sum(doc.count_in(s, lane.id) for s in stage_ids),
                )
            total += known[1]
        return total

    def show_counts(self, map_id: str) -> None:
        """The map's stages, lanes and cards: all a change of cards alone can change on this page
        (``follow_cards``)."""
        counts = map_counts(
            len(self.doc.stages(map_id)), len(self.doc.lanes(map_id)), self._card_count(map_id)
        )
        self.subtitle.setText(" · ".join(counts))

    def follow_cards(self, map_id: str, changes: Sequence[Change]) -> bool:
        """Show what these changes change when they are all of cards of the map shown: its count
        (the fields show the map, its personas and its other maps, which cards never change).
        False when they are not: the page is to be shown again whole."""
        # (the kinds in one pass at C speed: the undo of deleting 1,000 cards brings 1,000 changes)
        if map_id != self.map_id or not _CARDS.issuperset(map(attrgetter("kind"), changes)):
            return False
        self.show_counts(map_id)
        return True

    def show_ids(self, map_id: str, ids: list[str]) -> None:
        jmap = self.doc.map(map_id)
        self.map_id = map_id
        self.show_counts(map_id)
        self.title_field.set_value(jmap.title)
        self.description.set_value(jmap.description)
        self.state.set_value(jmap.state)
        targets = [m for m in self.doc.maps() if m.id != map_id and m.state is MapState.CURRENT]
        self.reworks.set_choices(
            [(translate("InspectorMap", "No current-state map"), None)] + [(m.title, m.id) for m in targets]
        )
        self.reworks.set_value(jmap.reworks_id)
        self.reworks.combo.setEnabled(jmap.state is MapState.FUTURE)
        self.reworks.combo.setToolTip(
            translate("InspectorMap", "The current-state map this future-state map redesigns")
        )
        self.scale_min.set_value(jmap.scale_min)
        self.scale_max.set_value(jmap.scale_max)
        self.curve.set_value(jmap.curve)
        self.personas.set_choices([(p.id, p.name, p.colour) for p in self.doc.personas()])
        self.personas.set_value(jmap.persona_ids, force=True)
        self.set_row_visible(self.curve_offer, curve_hidden(self.doc, map_id))
