"""The inspector's pages, one per kind of selection; each turns a committed field into commands.

Pages only read the document and hand commands to their ``Applier`` (the dock), which pushes
them on the undo stack and shows a refusal under the field. So a page never writes the model.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Sequence
from operator import attrgetter
from typing import Any, Protocol

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel

from jmdesigner.canvas.card_item import card_fill
from jmdesigner.canvas.editing import DRAFT_DELAY_MS, DRAFT_MAX_WAIT_MS
from jmdesigner.errors import JmError
from jmdesigner.i18n import N_, grouped, translate, translated
from jmdesigner.model import Document, Kind, commands
from jmdesigner.model import validation as v
from jmdesigner.model.commands import Command
from jmdesigner.model.draft import Draft, DraftStore
from jmdesigner.model.kinds import LaneKind
from jmdesigner.ui.forms import (
    EVIDENCE_CHOICES,
    CheckField,
    ColourField,
    ComboField,
    Field,
    Form,
    LineField,
    OptionalSpinField,
    SpinField,
    TextField,
    common,
    lane_kind_choices,
    tags_of,
)
from jmdesigner.ui.last_change import LastChangeOf, sentence

EDIT = N_("Commands", "Edit")  # the undo step of a field with no name of its own


class Applier(Protocol):
    def apply(self, field: Field, cmds: Sequence[Command], label: str) -> bool: ...

    def push(self, command: Command) -> str | None: ...


def _join(tags: Sequence[str]) -> str:
    return ", ".join(tags)


class Page(Form):
    """A form over one kind of selection."""

    def __init__(self, doc: Document, applier: Applier, title: str) -> None:
        super().__init__(title)
        self.doc = doc
        self.applier = applier
        self.last_change: LastChangeOf | None = None  # set for a team library

    def on(
        self,
        field: Field,
        make: Callable[[Any], list[Command]],
        label: str | Callable[[], str] = EDIT,
    ) -> Field:
        """Connect a field: its committed value becomes these commands, as one undo step."""

        def commit(value: Any) -> None:
            self.applier.apply(field, make(value), label if isinstance(label, str) else label())

        field.committed.connect(commit)
        return field

    def show_ids(self, map_id: str, ids: list[str]) -> None:
        raise NotImplementedError


CARD_FIELDS = ("text", "colour", "channel", "owner", "evidence", "tags", "votes", "moment_of_truth")


class CardPage(Page):
    def __init__(self, doc: Document, applier: Applier) -> None:
        super().__init__(doc, applier, translate("InspectorPages", "Card"))
        self.ids: list[str] = []
        self.text = self.add(
            TextField(
                translate("InspectorPages", "Text"),
                lines=5,
                placeholder=translate("InspectorPages", "What happens here"),
            )
        )
        self.colour = self.add(
            ColourField(
                translate("InspectorPages", "Colour"),
                default_text=translate("InspectorPages", "Lane default"),
                preview=lambda c: card_fill(c, QColor()),
            )
        )
        self.channel = self.add(
            LineField(
                translate("InspectorPages", "Channel"),
                placeholder=translate("InspectorPages", "e.g. Website, phone, shop"),
            )
        )
        self.owner = self.add(
            LineField(
                translate("InspectorPages", "Owner"),
                placeholder=translate("InspectorPages", "Who is responsible"),
            )
        )
        self.evidence = self.add(
            ComboField(translate("InspectorPages", "Evidence"), translated("Forms", EVIDENCE_CHOICES))
        )
        self.tags = self.add(
            LineField(
                translate("InspectorPages", "Tags"),
                parse=tags_of,
                fmt=_join,
                placeholder=translate("InspectorPages", "comma, separated"),
            )
        )
        self.votes = self.add(SpinField(translate("InspectorPages", "Votes"), 0, v.MAX_VOTES))
        self.moment_of_truth = self.add(
            CheckField(
                translate("InspectorPages", "Moment of truth"),
                translate("InspectorPages", "A make-or-break moment (marked on the card)"),
            )
        )
        for name in CARD_FIELDS:
            self.on(
                getattr(self, name),
                self._edit(name),
                lambda: translate("Commands", "Edit %n cards", None, len(self.ids)),
            )
        # the card page's alone, loaded with it: a file opens on the map page
        from jmdesigner.ui.inspector_links import LinksBox

        self.links = LinksBox(doc, applier.push)  # what this card is linked to, on any map
        self.links_label = QLabel(translate("InspectorPages", "Links:"))
        self.links_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.layout_.addRow(self.links_label, self.links)
        self.history = QLabel()  # in a team library: who changed this card last, and when
        self.history.setObjectName("last-change")
        self.history.setWordWrap(True)
        self.history.setStyleSheet("color: palette(placeholder-text);")
        self.layout_.addRow(self.history)
        # The text being typed is a draft of its card in the open file (``drafts``, set by the
        # dock), as a card's text typed on the map is: it reached the file only when the field was
        # left, and a crash while typing there lost every word. Given back on the next open.
        self.drafts: Callable[[], DraftStore | None] = lambda: None
        self._draft_map: str | None = None  # the map whose draft this page wrote
        self._unsaved_since: float | None = None
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self._write_draft)
        self.text.text.textChanged.connect(self._text_typed)
        self.text.committed.connect(lambda _value: self._drop_draft())  # after the edit it makes
        self.text.text.escaped.connect(self._drop_draft)

    def _text_typed(self) -> None:
        """A key changed the card's text: written as its draft once the typing pauses, and at most
        ``DRAFT_MAX_WAIT_MS`` after the first key not yet written (as the map's editor does)."""
        if len(self.ids) != 1 or not self.text.text.document().isModified() or self.drafts() is None:
            return
        now = time.monotonic()
        if self._unsaved_since is None:
            self._unsaved_since = now
        waited = now - self._unsaved_since
        if waited < (DRAFT_MAX_WAIT_MS - DRAFT_DELAY_MS) / 1000 or not self._draft_timer.isActive():
            self._draft_timer.start()  # (re)started until the deadline, then left running

    def _write_draft(self) -> None:
        self._draft_timer.stop()
        self._unsaved_since = None
        store = self.drafts()
        card = self.doc.get(Kind.CARD, self.ids[0]) if len(self.ids) == 1 else None
        if store is None or card is None or not self.text.text.document().isModified():
            return
        index = self.doc.index_of(Kind.CARD, card.id)
        draft = Draft(card.map_id, card.stage_id, card.lane_id, card.id, index, self.text.text.toPlainText())
        with contextlib.suppress(JmError):  # not kept: the field still holds the words
            store.save_draft(draft)
            self._draft_map = card.map_id

    def _drop_draft(self) -> None:
        """The text was saved (or taken back): its draft goes."""
        self._draft_timer.stop()
        self._unsaved_since = None
        store, map_id, self._draft_map = self.drafts(), self._draft_map, None
        if store is not None and map_id is not None:
            with contextlib.suppress(JmError):  # a failed drop only means the draft comes back
                store.clear_draft(map_id)

    def _edit(self, name: str) -> Callable[[Any], list[Command]]:
        if name == "text":  # typed words: a colleague's saved meanwhile are kept with them

            def typed(value: Any) -> list[Command]:
                base = self.text.began_from()
                if len(self.ids) == 1 and isinstance(value, str) and isinstance(base, str):
                    last = self.last_change(Kind.CARD, self.ids[0]) if self.last_change else None
                    by = last.who if last is not None and not last.by_me else ""
                    return [commands.type_card_text(self.ids[0], name, base, value, by)]
                return [commands.update_card(i, **{name: value}) for i in self.ids]

            return typed
        return lambda value: [commands.update_card(i, **{name: value}) for i in self.ids]

    def show_ids(self, map_id: str, ids: list[str]) -> None:
        if ids != self.ids and self._draft_timer.isActive():
            self._write_draft()  # (the field is left and committed: the draft then goes with it)
        self.ids = ids
        cards = self.doc.entities(Kind.CARD, ids)
        single = len(cards) == 1
        self.title.setText(
            translate("InspectorPages", "Card")
            if single
            else translate("InspectorPages", "%n card(s)", None, len(cards))
        )
        if single:
            card = cards[0]
            where = f"{self.doc.lane(card.lane_id).name} · {self.doc.stage(card.stage_id).name}"
            self.subtitle.setText(where)
        else:
            self.subtitle.setText(
                translate("InspectorPages", "Changes apply to every selected card, as one undo step.")
            )
        self.set_row_visible(self.text, single)
        for name in CARD_FIELDS:
            getattr(self, name).set_value(common(map(attrgetter(name), cards)))
        self.links.doc = self.doc
        self.links.show_card(cards[0].id if single else None)
        self.layout_.setRowVisible(self.links, single)
        change = self.last_change(Kind.CARD, cards[0].id) if single and self.last_change else None
        self.history.setText("" if change is None else sentence(change) + ".")
        self.layout_.setRowVisible(self.history, change is not None)


class StagePage(Page):
    def __init__(self, doc: Document, applier: Applier) -> None:
        super().__init__(doc, applier, translate("InspectorPages", "Stage"))
        self.stage_id = ""
        self.name = self.add(LineField(translate("InspectorPages", "Name")))
        self.description = self.add(TextField(translate("InspectorPages", "Description"), lines=4))
        self.width = self.add(
            SpinField(
                translate("InspectorPages", "Width"),
                *v.WIDTH_RANGE,
                suffix=translate("InspectorPages", " px"),
                as_float=True,
            )
        )
        for name in ("name", "description", "width"):
            self.on(getattr(self, name), self._edit(name))

    def _edit(self, name: str) -> Callable[[Any], list[Command]]:
        return lambda value: [commands.update_stage(self.stage_id, **{name: value})]

    def show_ids(self, map_id: str, ids: list[str]) -> None:
        stage = self.doc.stage(ids[0])
        self.stage_id = stage.id
        position = self.doc.index_of(Kind.STAGE, stage.id) + 1
        self.subtitle.setText(
            translate("InspectorPages", "Column {position} of {count}").format(
                position=grouped(position), count=grouped(len(self.doc.stages(map_id)))
            )
        )
        for name in ("name", "description", "width"):
            getattr(self, name).set_value(getattr(stage, name))


class LanePage(Page):
    def __init__(self, doc: Document, applier: Applier) -> None:
        super().__init__(doc, applier, translate("InspectorPages", "Lane"))
        self.lane_id = ""
        self.name = self.add(LineField(translate("InspectorPages", "Name")))
        self.kind = self.add(ComboField(translate("InspectorPages", "Kind")))
        self.kind.set_choices(*lane_kind_choices())
        self.colour = self.add(
            ColourField(
                translate("InspectorPages", "Colour"),
                default_text=translate("InspectorPages", "Kind default"),
            )
        )
        self.height = self.add(
            OptionalSpinField(
                translate("InspectorPages", "Height"),
                *v.HEIGHT_RANGE,
                auto_text=translate("InspectorPages", "Fit cards"),
            )
        )
        self.collapsed = self.add(
            CheckField(
                translate("InspectorPages", "Collapsed"),
                translate("InspectorPages", "Fold this lane to its header"),
            )
        )
        for name in ("name", "kind", "colour", "height", "collapsed"):
            self.on(getattr(self, name), self._edit(name))

    def _edit(self, name: str) -> Callable[[Any], list[Command]]:
        return lambda value: [commands.update_lane(self.lane_id, **{name: value})]

    def show_ids(self, map_id: str, ids: list[str]) -> None:
        lane = self.doc.lane(ids[0])
        self.lane_id = lane.id
        count = sum(len(self.doc.cards_in(s.id, lane.id)) for s in self.doc.stages(map_id))
        if lane.kind is LaneKind.EMOTIONS:
            self.subtitle.setText(translate("InspectorPages", "Shows the personas' emotion curves"))
        else:
            self.subtitle.setText(translate("InspectorPages", "%n card(s)", None, count))
        for name in ("name", "kind", "colour", "height", "collapsed"):
            getattr(self, name).set_value(getattr(lane, name))


class PointPage(Page):
    def __init__(self, doc: Document, applier: Applier) -> None:
        super().__init__(doc, applier, translate("InspectorPages", "Emotion point"))
        self.point_id = ""
        self.persona = QLabel()
        self.persona.setAccessibleName(translate("InspectorPages", "Persona"))
        self.persona.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.add_row(translate("InspectorPages", "Persona:"), self.persona)
        self.score = self.add(SpinField(translate("InspectorPages", "Score"), -5, 5, decimals=1))
        self.note = self.add(
            TextField(
                translate("InspectorPages", "Note"),
                lines=4,
                placeholder=translate("InspectorPages", "Why they feel this way"),
            )
        )
        self.evidence = self.add(
            ComboField(translate("InspectorPages", "Evidence"), translated("Forms", EVIDENCE_CHOICES))
        )
        for name in ("score", "note", "evidence"):
            self.on(getattr(self, name), self._edit(name))

    def _edit(self, name: str) -> Callable[[Any], list[Command]]:
        return lambda value: [commands.update_emotion(self.point_id, **{name: value})]

    def show_ids(self, map_id: str, ids: list[str]) -> None:
        point = self.doc.emotion_point(ids[0])
        self.point_id = point.id
        jmap = self.doc.map(map_id)
        persona = self.doc.persona(point.persona_id)
        self.persona.setText(persona.name)
        self.subtitle.setText(
            translate("InspectorPages", "At stage “{name}”").format(name=self.doc.stage(point.stage_id).name)
        )
        self.score.set_range(jmap.scale_min, jmap.scale_max)
        low, high = jmap.scale_min, jmap.scale_max
        self.score.spin.setToolTip(
            translate("InspectorPages", "From {low} (very negative) to {high} (very positive)").format(
                low=low, high=high
            )
        )
        for name in ("score", "note", "evidence"):
            getattr(self, name).set_value(getattr(point, name))
