"""A spreadsheet import as a plan: what it will create, or which rows are wrong, then one undo step.

The CLI and the import dialog both build an ``ImportPlan`` against the document as it is,
show its report, and apply it only when it has no errors. Applying pushes one ``Macro``:
one SQLite transaction and one undo step, so an import happens entirely or not at all.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum

from jmdesigner.errors import JmError
from jmdesigner.i18n import grouped, translate
from jmdesigner.interchange import long_layout, survey, wide_layout
from jmdesigner.interchange.json_map import PERSONA_PALETTE
from jmdesigner.interchange.table_reader import Table
from jmdesigner.interchange.tabular_rows import Item, RowError, Said, kind_named
from jmdesigner.model import (
    Card,
    Document,
    EmotionPoint,
    Evidence,
    JourneyMap,
    Lane,
    LaneKind,
    MapBundle,
    Persona,
    Stage,
    UndoStack,
    new_id,
)
from jmdesigner.model import commands as cmd
from jmdesigner.model.bundle import unique_title
from jmdesigner.model.commands import Command, Macro
from jmdesigner.model.entities import DEFAULT_SCALE

MAX_REPORTED_ERRORS = 50
TYPE_CHECKING = False  # typing's constant, without importing typing (a CSV import's start-up)
if TYPE_CHECKING:
    from typing import TypeVar

    _Settled = TypeVar("_Settled", Lane, Stage)


class Layout(StrEnum):
    LONG = "long"
    WIDE = "wide"
    EMOTIONS = "emotions"


@dataclass(frozen=True, slots=True)
class ImportOptions:
    """How to read a table: its layout, the map it goes into, its columns and scale."""

    layout: Layout = Layout.LONG
    target_map_id: str | None = None  # None: a new map titled ``new_title``
    new_title: str = ""
    columns: dict[str, int | None] | None = None  # None: guessed from the header
    scale: survey.Scale | None = None  # emotions only; None: already on the map's scale


@dataclass(slots=True)
class ImportPlan:
    """What importing a table will do, or why it cannot: checked before anything changes."""

    map_title: str
    new_map: bool
    map_id: str
    errors: list[RowError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    commands: list[Command] = field(default_factory=list)
    stages: int = 0
    lanes: int = 0
    cards: int = 0
    personas: int = 0
    points: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors

    def summary(self, done: bool = False) -> str:
        """“Will create 3 stages, 2 lanes and 14 cards in the new map “Visits”.” (“Created …” when done)"""
        parts = [
            translate("TabularImport", "%Ln stage(s)", None, self.stages),
            translate("TabularImport", "%Ln lane(s)", None, self.lanes),
            translate("TabularImport", "%Ln card(s)", None, self.cards),
            translate("TabularImport", "%Ln persona(s)", None, self.personas),
            translate("TabularImport", "%Ln emotion point(s)", None, self.points),
        ]
        counts = (self.stages, self.lanes, self.cards, self.personas, self.points)
        shown = [p for p, n in zip(parts, counts, strict=True) if n] or [
            translate("TabularImport", "nothing")
        ]
        listed = shown[0]
        if len(shown) > 1:
            listed = translate("TabularImport", "{items} and {last}").format(
                items=", ".join(shown[:-1]), last=shown[-1]
            )
        where = (
            translate("TabularImport", "the new map “{title}”")
            if self.new_map
            else translate("TabularImport", "the map “{title}”")
        ).format(title=self.map_title)
        if done:
            return translate("TabularImport", "Created {items} in {where}.").format(items=listed, where=where)
        return translate("TabularImport", "Will create {items} in {where}.").format(items=listed, where=where)

    def error_lines(self, limit: int = MAX_REPORTED_ERRORS) -> list[str]:
        lines = [str(e) for e in self.errors[:limit]]
        if len(self.errors) > limit:
            lines.append(
                translate("TabularImport", "… and {count} more.").format(
                    count=grouped(len(self.errors) - limit)
                )
            )
        return lines

    def apply(self, stack: UndoStack) -> str:
        """Make the import, as one undo step; the id of the map imported into."""
        if self.errors:
            raise JmError(
                translate(
                    "TabularImport", "%Ln row(s) have problems; nothing was imported.", None, len(self.errors)
                )
            )
        if self.commands:
            stack.push(
                Macro(
                    translate("TabularImport", "Import into “{title}”").format(title=self.map_title),
                    self.commands,
                )
            )
        return self.map_id


def guess_layout(table: Table) -> Layout:
    """The layout a table looks like: survey scores (persona, score), one card per row (stage,
    lane, text) or stages as columns. A long layout with curves has a persona and a score column
    too; its lane-kind column tells it from a survey."""
    scores = survey.guess(table)
    cards = long_layout.guess(table)
    has_cards = all(cards[f] is not None for f in long_layout.REQUIRED)
    is_export = has_cards and cards["kind"] is not None
    if scores["persona"] is not None and scores["score"] is not None and not is_export:
        return Layout.EMOTIONS
    return Layout.LONG if has_cards else Layout.WIDE


def plan_import(doc: Document, table: Table, options: ImportOptions) -> ImportPlan:
    """What importing ``table`` into the document would do; nothing is changed."""
    target = None if options.target_map_id is None else doc.map(options.target_map_id)
    builder = _Builder(doc, target, options.new_title or _title_of(table.name))
    if options.layout is Layout.EMOTIONS:
        scale = (target.scale_min, target.scale_max) if target else DEFAULT_SCALE
        columns = options.columns if options.columns is not None else survey.guess(table)
        result = survey.aggregate(table, columns, options.scale, scale)
        builder.plan.errors += result.errors
        if result.blank_scores:
            builder.plan.warnings.append(
                translate("TabularImport", "%Ln row(s) without a score skipped.", None, result.blank_scores)
            )
        if not result.errors:
            builder.add_survey(result)
    else:
        if options.layout is Layout.LONG:
            columns = (
                long_layout.guess(table)
                if options.columns is None
                else long_layout.with_settings(table, options.columns)
            )
            items, errors = long_layout.parse_long(table, columns)
            unused = [h for i, h in enumerate(table.header) if i not in columns.values() and h.strip()]
            if unused:
                builder.plan.warnings.append(
                    translate("TabularImport", "Columns not imported: {columns}").format(
                        columns=", ".join(f"“{h}”" for h in unused)
                    )
                )
        else:
            items, errors = wide_layout.parse_wide(table)
        builder.plan.errors += errors
        builder.add_items(items)
    builder.plan.errors.sort(key=lambda e: e.row)
    if builder.plan.errors:
        builder.plan.commands.clear()
    return builder.plan


def _title_of(file_name: str) -> str:
    stem = file_name.rsplit(".", 1)[0] if "." in file_name else file_name
    return stem.replace("_", " ").strip()[:200] or "Imported map"


class _Builder:
    """Turns items into commands against one map, creating what is missing in order of appearance.

    New stages and lanes are collected first and become commands in ``finish``, so a lane's
    kind can still be set by a later row that names it when the first one left it blank.
    """

    def __init__(self, doc: Document, target: JourneyMap | None, new_title: str) -> None:
        self.doc = doc
        self.head: list[Command] = []
        self.new_stages: list[Stage] = []
        self.new_lanes: dict[str, Lane] = {}
        self.tail: list[Command] = []
        self.kind_row: dict[str, int] = {}  # new lane → the row that said its kind
        self.stage_at: dict[str, int] = {}  # new stage → its index in ``new_stages``
        self.said_at: dict[tuple[str, str, str], tuple[Said, int]] = {}  # the first row saying a setting
        self.noted: set[tuple[str, str, str]] = set()  # settings of existing lanes/stages said to be ignored
        self.target = target
        self.scale = DEFAULT_SCALE if target is None else (target.scale_min, target.scale_max)
        if target is None:
            title = unique_title(doc, new_title)
            map_id = new_id()
            self.plan = ImportPlan(title, True, map_id)
            self.head.append(cmd.add_map(MapBundle(JourneyMap(map_id, title), (), (), (), (), ())))
            self.stage_ids: dict[str, str] = {}
            self.lanes: dict[str, Lane] = {}
            self.persona_ids: list[str] = []
        else:
            self.plan = ImportPlan(target.title, False, target.id)
            self.stage_ids = {s.name: s.id for s in doc.stages(target.id)}
            self.lanes = {lane.name: lane for lane in doc.lanes(target.id)}
            self.persona_ids = list(target.persona_ids)

    def _warn_replaced(self, replaced: int) -> None:
        """The one warning of an import that overwrites curve points already on the map."""
        if replaced:
            self.plan.warnings.append(
                translate(
                    "TabularImport",
                    "%Ln emotion point(s) already on the map will be replaced.",
                    None,
                    replaced,
                )
            )

    def finish(self) -> None:
        lanes = [self.new_lanes[name] for name in self.new_lanes]
        self.plan.commands = [
            *self.head,
            *(cmd.insert_stage(s) for s in self.new_stages),
            *(cmd.insert_lane(lane) for lane in lanes),
            *self.tail,
        ]
        self.plan.stages, self.plan.lanes = len(self.new_stages), len(lanes)

    def stage(self, name: str) -> str:
        if name not in self.stage_ids:
            stage = Stage(new_id(), self.plan.map_id, name)
            self.stage_ids[name] = stage.id
            self.stage_at[name] = len(self.new_stages)
            self.new_stages.append(stage)
        return self.stage_ids[name]

    def settle(self, item: Item, stage_id: str | None, lane: Lane | None) -> None:
        """The row's lane and stage settings onto a new lane or stage; the first row that says a
        setting decides it, and a later row saying otherwise is an error (as for a lane's kind).
        A lane or stage already in the map keeps its own, and a differing one is noted."""
        if lane is not None and item.lane_said:
            new = lane.name in self.new_lanes
            lane = self._settled(lane, lane.name, item.lane_said, item.row, new)
            if new:
                self.lanes[lane.name] = self.new_lanes[lane.name] = lane
        if stage_id is not None and item.stage and item.stage_said:
            at = self.stage_at.get(item.stage)
            stage = self.doc.stage(stage_id) if at is None else self.new_stages[at]
            stage = self._settled(stage, item.stage, item.stage_said, item.row, at is not None)
            if at is not None:
                self.new_stages[at] = stage

    def _settled(self, entity: _Settled, name: str, said: Sequence[Said], row: int, new: bool) -> _Settled:
        changes: dict[str, object] = {}
        for s in said:
            key = (type(entity).__name__, name, s.attr)
            if not new:
                if getattr(entity, s.attr) != s.value and key not in self.noted:
                    self.noted.add(key)
                    self.plan.warnings.append(
                        translate(
                            "TabularImport",
                            "row {row}: “{name}” is already in the map, "
                            "so column {column} ({value}) is ignored.",
                        ).format(row=row, name=name, column=s.column, value=s.typed[:40])
                    )
                continue
            earlier = self.said_at.get(key)
            if earlier is None:
                self.said_at[key] = (s, row)
                changes[s.attr] = s.value
            elif earlier[0].value != s.value:
                self._disagree(name, s, row, *earlier)
        return replace(entity, **changes) if changes else entity

    def lane(self, name: str, kind: LaneKind | None, row: int) -> Lane | None:
        lane = self.lanes.get(name)
        if lane is None:
            lane = Lane(new_id(), self.plan.map_id, name, kind or kind_named(name) or LaneKind.CUSTOM)
            self.lanes[name] = self.new_lanes[name] = lane
            if kind is not None:
                self.kind_row[name] = row
        elif kind is None or kind is lane.kind:
            pass
        elif name not in self.new_lanes:
            self.plan.warnings.append(
                translate(
                    "TabularImport",
                    "row {row}: lane “{name}” is already a {kind} lane in the map; "
                    "the file's kind {ignored} is ignored.",
                ).format(row=row, name=name, kind=lane.kind.value, ignored=kind.value)
            )
        elif name in self.kind_row:
            self.plan.errors.append(
                RowError(
                    row,
                    translate(
                        "TabularImport", "lane “{name}” is kind {kind} here but {earlier} on row {row}."
                    ).format(name=name, kind=kind.value, earlier=lane.kind.value, row=self.kind_row[name]),
                )
            )
            return None
        else:  # the first rows left the kind blank: this row decides it
            lane = self.lanes[name] = self.new_lanes[name] = replace(lane, kind=kind)
            self.kind_row[name] = row
        return lane

    def _disagree(self, name: str, said: Said, row: int, earlier: Said, first: int) -> None:
        self.plan.errors.append(
            RowError(
                row,
                translate(
                    "TabularImport",
                    "“{name}” has “{value}” in column {column} here but “{earlier}” on row {first}.",
                ).format(
                    name=name,
                    value=said.typed[:40],
                    column=said.column,
                    earlier=earlier.typed[:40],
                    first=first,
                ),
            )
        )

    def add_items(self, items: Sequence[Item]) -> None:
        cards: list[tuple[int, Card]] = []
        curve_rows: list[tuple[Item, str | None]] = []
        for item in items:
            stage_id = self.stage(item.stage) if item.stage else None
            lane = self.lane(item.lane, item.kind, item.row) if item.lane else None
            self.settle(item, stage_id, lane)
            if item.point is not None:
                curve_rows.append((item, stage_id))
            if item.card is None or stage_id is None or lane is None:
                continue
            c = item.card
            card = Card(
                new_id(),
                self.plan.map_id,
                stage_id,
                lane.id,
                text=c.text,
                colour=c.colour,
                channel=c.channel,
                owner=c.owner,
                evidence=c.evidence,
                votes=c.votes,
                tags=c.tags,
                moment_of_truth=c.moment_of_truth,
            )
            cards.append((item.row, card))
        kind_of = {lane.id: lane for lane in self.lanes.values()}
        for row, card in cards:  # kinds are final only now
            lane = kind_of[card.lane_id]
            if lane.kind is LaneKind.EMOTIONS:
                self.plan.errors.append(
                    RowError(
                        row,
                        translate(
                            "TabularImport", "“{name}” is the emotions lane: it shows curves, not cards."
                        ).format(name=lane.name),
                    )
                )
                continue
            self.tail.append(cmd.insert_card(card))
            self.plan.cards += 1
        if curve_rows:
            self.add_curves(curve_rows)
        self.finish()

    def add_curves(self, rows: Sequence[tuple[Item, str | None]]) -> None:
        """The personas and points of a long layout's curve rows: a persona is the document's of that
        name (ignoring case) or a new one; the first row that gives the scale or a new persona's
        colour decides it, and a later row saying otherwise is an error, as for a lane's settings."""
        self._take_scale(rows)
        lo, hi = self.scale
        personas = {p.name.casefold(): p for p in self.doc.personas()}
        used = {p.colour for p in personas.values()}
        free = [c for c in PERSONA_PALETTE if c not in used] or list(PERSONA_PALETTE)
        created: dict[str, Persona] = {}
        colour_at: dict[str, tuple[Said, int]] = {}
        shown: list[str] = []
        point_row: dict[tuple[str, str], int] = {}
        points: list[EmotionPoint] = []
        for item, stage_id in rows:
            pt = item.point
            if pt is None or not pt.persona:
                continue
            key = pt.persona.casefold()
            persona = personas.get(key) or created.get(key)
            if persona is None:
                persona = created[key] = Persona(new_id(), pt.persona, colour=free[len(created) % len(free)])
            if pt.colour is not None and key not in created:
                if pt.colour.value != persona.colour and ("persona", key, "colour") not in self.noted:
                    self.noted.add(("persona", key, "colour"))
                    self.plan.warnings.append(
                        translate(
                            "TabularImport",
                            "row {row}: the persona “{name}” is already in the document, "
                            "so column {column} ({value}) is ignored.",
                        ).format(
                            row=item.row, name=persona.name, column=pt.colour.column, value=pt.colour.typed
                        )
                    )
            elif pt.colour is not None and key not in colour_at:
                colour_at[key] = (pt.colour, item.row)
                persona = created[key] = replace(persona, colour=str(pt.colour.value))
            elif pt.colour is not None and colour_at[key][0].value != pt.colour.value:
                self._disagree(persona.name, pt.colour, item.row, *colour_at[key])
            if persona.id not in self.persona_ids:
                self.persona_ids.append(persona.id)
                shown.append(persona.id)
            if pt.score is None or stage_id is None:
                continue
            if not lo <= pt.score <= hi:
                said = translate(
                    "TabularImport", "“{value}” in column {column} is outside the scale {low}..{high}."
                )
                self.plan.errors.append(
                    RowError(
                        item.row, said.format(value=pt.typed_score, column=pt.score_column, low=lo, high=hi)
                    )
                )
                continue
            first = point_row.setdefault((persona.id, stage_id), item.row)
            if first != item.row:
                said = translate(
                    "TabularImport", "“{name}” has a score at stage “{stage}” on row {first} already."
                )
                self.plan.errors.append(
                    RowError(item.row, said.format(name=persona.name, stage=item.stage, first=first))
                )
                continue
            points.append(
                EmotionPoint(new_id(), self.plan.map_id, persona.id, stage_id, pt.score, pt.note, pt.evidence)
            )
        if self.target is not None:
            self._warn_replaced(sum(self.doc.point_at(p.persona_id, p.stage_id) is not None for p in points))
        self.tail += [cmd.add_persona(p) for p in created.values()]
        self.tail += [cmd.attach_persona(self.plan.map_id, persona_id) for persona_id in shown]
        self.tail += [cmd.set_emotion(p) for p in points]
        self.plan.personas += len(created)
        self.plan.points += len(points)
        if points and not any(lane.kind is LaneKind.EMOTIONS for lane in self.lanes.values()):
            self.lane(
                "Emotions" if "Emotions" not in self.lanes else "Emotional journey", LaneKind.EMOTIONS, 0
            )

    def _take_scale(self, rows: Sequence[tuple[Item, str | None]]) -> None:
        """A new map takes the scale its rows give; a map already in the document keeps its own."""
        first: tuple[Said, int] | None = None
        for item, _ in rows:
            said = item.point.scale if item.point else None
            if said is None:
                continue
            if self.target is not None:
                if said.value != self.scale and ("map", "", "scale") not in self.noted:
                    self.noted.add(("map", "", "scale"))
                    self.plan.warnings.append(
                        translate(
                            "TabularImport",
                            "row {row}: the map's scale is {low}..{high}, "
                            "so column {column} ({value}) is ignored.",
                        ).format(
                            row=item.row,
                            low=self.scale[0],
                            high=self.scale[1],
                            column=said.column,
                            value=said.typed,
                        )
                    )
            elif first is None:
                first = (said, item.row)
                self.scale = said.value  # type: ignore[assignment]
                lo, hi = self.scale
                jmap = JourneyMap(self.plan.map_id, self.plan.map_title, scale_min=lo, scale_max=hi)
                self.head[0] = cmd.add_map(MapBundle(jmap, (), (), (), (), ()))
            elif first[0].value != said.value:
                self._disagree(self.plan.map_title, said, item.row, *first)

    def add_survey(self, result: survey.SurveyResult) -> None:
        """Survey names match the map's stages and the document's personas ignoring case (a survey
        tool's “checkout” is the map's “Checkout”), so no near-duplicate is created."""
        stage_named = {name: _same_name(self.stage_ids, name) for name in result.stages}
        for name in result.stages:
            self.stage(stage_named[name])
        if not any(lane.kind is LaneKind.EMOTIONS for lane in self.lanes.values()):
            name = "Emotions" if "Emotions" not in self.lanes else "Emotional journey"
            self.lane(name, LaneKind.EMOTIONS, 0)
        persona_of: dict[str, str] = {}
        used = {p.colour for p in self.doc.personas()}
        free = [c for c in PERSONA_PALETTE if c not in used] or list(PERSONA_PALETTE)
        personas = {p.name: p for p in self.doc.personas()}
        for name in result.personas:
            existing = personas.get(_same_name(personas, name))
            if existing is None:
                persona = Persona(new_id(), name, colour=free[self.plan.personas % len(free)])
                self.tail.append(cmd.add_persona(persona))
                self.plan.personas += 1
                existing = persona
            persona_of[name] = existing.id
            if existing.id not in self.persona_ids:
                self.persona_ids.append(existing.id)
                self.tail.append(cmd.attach_persona(self.plan.map_id, existing.id))
        replaced = 0
        for p in result.points:
            persona_id, stage_id = persona_of[p.persona], self.stage_ids[stage_named[p.stage]]
            point = EmotionPoint(
                new_id(),
                self.plan.map_id,
                persona_id,
                stage_id,
                p.score,
                note=p.note,
                evidence=Evidence.OBSERVED,
            )
            if self.doc.point_at(persona_id, stage_id) is not None:
                replaced += 1
            self.tail.append(cmd.set_emotion(point))
            self.plan.points += 1
        self._warn_replaced(replaced)
        self.finish()


def _same_name(names: Iterable[str], name: str) -> str:
    """The name among ``names`` equal to ``name`` ignoring case, or ``name`` itself."""
    folded = name.casefold()
    return next((n for n in names if n.casefold() == folded), name)
