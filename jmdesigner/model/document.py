"""The document: every persona and map of one file, and the only API that changes them.

Each public mutator validates, applies, records its exact inverse and reports what it
touched. Mutations run inside a transaction: a persister (the .jmap file) sees the whole
change set when the outermost transaction ends and may veto it by raising, in which case
the document rolls itself back so memory never differs from disk. Listeners (the canvas)
are told only about changes that stuck.
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass, field, fields, replace
from enum import StrEnum
from itertools import islice, repeat
from operator import attrgetter

from jmdesigner.errors import ConflictError, ReadOnlyError, ValidationError
from jmdesigner.i18n import localized, translate
from jmdesigner.model import field_names as F
from jmdesigner.model import validation as v
from jmdesigner.model.entities import Card, CardLink, EmotionPoint, JourneyMap, Lane, Persona, Stage
from jmdesigner.model.kinds import CurveStyle, Evidence, LaneKind, MapState

TYPE_CHECKING = False  # typing's constant, without importing typing (the command line's start-up)
if TYPE_CHECKING:
    from typing import Any, TypeVar

    # a map listed but not loaded: only a library's maps are (map_content)
    from jmdesigner.model.map_content import MapContent, MapLoader, MapLocator, MapSummary

    T = TypeVar("T")

HELD = "held"  # the container of a map's held room notes, beside its (stage, lane) cells


class Kind(StrEnum):
    """The kinds of entity a change can touch, in parent-before-child order."""

    PERSONA = "persona"
    MAP = "map"
    STAGE = "stage"
    LANE = "lane"
    CARD = "card"
    POINT = "point"
    LINK = "link"


_CARD_CHECKED = (  # the fields ``_check_card`` checks, in its order
    *("text", "colour", "channel", "owner", "evidence", "votes", "tags", "moment_of_truth"),
    *("author", "from_room", "held", "room_votes"),
)
_card_checked = attrgetter(*_CARD_CHECKED)
UNORDERED = frozenset({Kind.POINT, Kind.LINK})  # kinds with no position among siblings
CONTENT = frozenset({Kind.STAGE, Kind.LANE, Kind.CARD, Kind.POINT, Kind.LINK})  # what a map holds
COUNTED = {Kind.STAGE: "stages", Kind.LANE: "lanes", Kind.CARD: "cards"}  # MapSummary's fields


class Op(StrEnum):
    ADDED = "added"
    UPDATED = "updated"  # a field or its position among its siblings changed
    REMOVED = "removed"


@dataclass(frozen=True, slots=True)
class Change:
    """One entity a transaction added, updated or removed: what the store writes and views redraw."""

    kind: Kind
    id: str
    op: Op
    # Only its position among its siblings moved (one before it came or went): the store then
    # writes that one column, not the whole row. Not part of equality: the same change either way.
    shifted: bool = field(default=False, compare=False)


_SET_KIND, _SET_ID, _SET_OP, _SET_SHIFTED = (
    Change.__dict__[name].__set__ for name in ("kind", "id", "op", "shifted")
)
_new = object.__new__


def changes_of(kind: Kind, entity_ids: Sequence[str], op: Op, *, shifted: bool = False) -> list[Change]:
    """``[Change(kind, i, op, shifted=shifted) for i in entity_ids]``, equal change for change, made
    field by field at C speed: a frozen dataclass sets each field through ``object.__setattr__``
    in its ``__init__``, and the undo of deleting 1,000 cards made 1,010 changes that way (~2 ms
    here; ~0.9 ms like this). Each field is set through its slot, as ``__init__`` sets it."""
    n = len(entity_ids)
    if n < 8:  # (a few: the plain way costs less than setting up the maps)
        return [Change(kind, i, op, shifted) for i in entity_ids]
    made = list(map(_new, repeat(Change, n)))
    for setter, values in (
        (_SET_KIND, repeat(kind, n)),
        (_SET_ID, entity_ids),
        (_SET_OP, repeat(op, n)),
        (_SET_SHIFTED, repeat(shifted, n)),
    ):
        deque(map(setter, made, values), 0)
    return made


@dataclass(slots=True)
class Transaction:
    """What one outermost transaction did, and how to take it back."""

    changes: list[Change] = field(default_factory=list)
    undo_ops: list[Callable[[], None]] = field(default_factory=list)


Listener = Callable[[Sequence[Change]], None]
Persister = Callable[["Document", Sequence[Change]], None]

_ENTITY_KIND = {
    Persona: Kind.PERSONA,
    JourneyMap: Kind.MAP,
    Stage: Kind.STAGE,
    Lane: Kind.LANE,
    Card: Kind.CARD,
    EmotionPoint: Kind.POINT,
    CardLink: Kind.LINK,
}


class Document:
    """All personas and maps of one file; read freely, change only through the methods below."""

    def __init__(self) -> None:
        self._tables: dict[Kind, dict[str, Any]] = {k: {} for k in Kind}
        # Ordered siblings: personas and maps at document level, stages and lanes per map,
        # cards per (stage, lane) cell. Emotion points and links are unordered.
        self._orders: dict[Kind, dict[Any, list[str]]] = {k: {} for k in Kind if k not in UNORDERED}
        self._point_at: dict[tuple[str, str], str] = {}
        self._links_at: dict[str, dict[str, None]] = {}  # card id -> ids of its links, oldest first
        # A number per lane that changes whenever a card in it is added, removed, changed or
        # moved (drawn from one counter, so never reused): a cheap "did this lane change?".
        self._lane_cards_rev: dict[str, int] = {}
        self._cell_cards_rev: dict[tuple[str, str], int] = {}  # the same per (stage, lane) cell
        self._rev = 0
        self._points_rev: dict[str, int] = {}  # the same per map for its emotion points
        self._points_counter = 0  # (their own counter: ``cards_revision`` stays the cards')
        self._external = 0  # changes another writer made (``apply_external``), counted
        # True while another writer's changes are brought in (and listeners hear of them): a view
        # can tell a colleague's deletion from this person's own
        self.applying_external = False
        self._tx: Transaction | None = None
        self._suspended = False
        self._listeners: list[Listener] = []
        self._persister: Persister | None = None
        # Maps listed but not loaded yet (a large library): their summaries, and who reads them.
        self._unloaded: dict[str, MapSummary] = {}
        self._loader: MapLoader | None = None
        self._locator: MapLocator | None = None
        self.read_only = False
        # Why it is read-only for now, in one sentence, when the store knows better than "opened
        # read-only" (a team library whose connection was lost): what a refused edit says.
        self.read_only_message: str | None = None
        self.replaying = False  # True while undo or redo runs, so a shared store can refuse
        # to undo what someone else changed since

    # ------------------------------------------------------------------ reading
    def personas(self) -> list[Persona]:
        return self._ordered(Kind.PERSONA, None)

    def persona(self, persona_id: str) -> Persona:
        return self._get(Kind.PERSONA, persona_id)

    def persona_by_name(self, name: str) -> Persona | None:
        return next((p for p in self.personas() if p.name == name), None)

    def maps(self) -> list[JourneyMap]:
        return self._ordered(Kind.MAP, None)

    def map(self, map_id: str) -> JourneyMap:
        return self._get(Kind.MAP, map_id)

    def map_by_title(self, title: str) -> JourneyMap | None:
        return next((m for m in self.maps() if m.title == title), None)

    def stages(self, map_id: str) -> list[Stage]:
        self._need(map_id)
        return self._ordered(Kind.STAGE, map_id)

    def stage(self, stage_id: str) -> Stage:
        return self._get(Kind.STAGE, stage_id)

    def lanes(self, map_id: str) -> list[Lane]:
        self._need(map_id)
        return self._ordered(Kind.LANE, map_id)

    def lane(self, lane_id: str) -> Lane:
        return self._get(Kind.LANE, lane_id)

    def card(self, card_id: str) -> Card:
        return self._get(Kind.CARD, card_id)

    def cards_in(self, stage_id: str, lane_id: str) -> list[Card]:
        self._need_holder(Kind.STAGE, stage_id)
        return self._ordered(Kind.CARD, (stage_id, lane_id))

    def count_in(self, stage_id: str, lane_id: str) -> int:
        """``len(cards_in(stage_id, lane_id))`` without building the list."""
        return len(self._orders[Kind.CARD].get((stage_id, lane_id), ()))

    def cards(self, map_id: str) -> list[Card]:
        """All cards of a map, stage by stage, lane by lane, in cell order."""
        self._need(map_id)
        lanes = self._orders[Kind.LANE].get(map_id, [])
        out: list[Card] = []
        for stage_id in self._orders[Kind.STAGE].get(map_id, []):
            for lane_id in lanes:
                out.extend(self.cards_in(stage_id, lane_id))
        return out

    def card_count(self, map_id: str) -> int:
        """``len(cards(map_id))`` without building the list (the inspector shows it after every edit)."""
        lanes = self._orders[Kind.LANE].get(map_id, [])
        cells = self._orders[Kind.CARD]
        return sum(
            len(cells.get((stage_id, lane_id), ()))
            for stage_id in self._orders[Kind.STAGE].get(map_id, [])
            for lane_id in lanes
        )

    def held_cards(self, map_id: str) -> list[Card]:
        """Room notes held in the inbox: outside every cell (so no view shows them) until placed."""
        self._need(map_id)
        return self._ordered(Kind.CARD, (HELD, map_id))

    def every_card(self, map_id: str) -> list[Card]:
        """Every card of a map: the cells' in cell order, then the notes held in its inbox (the
        order a map's JSON form lists them, so a link can name a card of another map by index)."""
        return self.cards(map_id) + self.held_cards(map_id)

    def lane_cards_revision(self, lane_id: str) -> int:
        """Changes whenever a card of this lane is added, removed, changed or reordered."""
        return self._lane_cards_rev.get(lane_id, 0)

    def cell_cards_revision(self, stage_id: str, lane_id: str) -> int:
        """Changes whenever a card of this cell is added, removed, changed or reordered: an edit
        in one cell of a 900-card lane leaves the lane's other cells' numbers as they were."""
        return self._cell_cards_rev.get((stage_id, lane_id), 0)

    def points_revision(self, map_id: str) -> int:
        """Changes whenever an emotion point of this map is added, removed or changed: the layout
        keys the emotions lane by it instead of reading every persona's point in every stage."""
        return self._points_rev.get(map_id, 0)

    @property
    def cards_revision(self) -> int:
        """Changes whenever any card is added, removed, changed or reordered."""
        return self._rev

    @property
    def external_revision(self) -> int:
        """Changes whenever another writer's changes are brought in (``apply_external``): while it
        stays the same, undoing each edit made since a moment brings the document back exactly as
        it was then (every other change went through the undo history)."""
        return self._external

    def index_of(self, kind: Kind, entity_id: str) -> int:
        """Position of an entity among its siblings."""
        entity = self._get(kind, entity_id)
        return self._orders[kind][self._container(entity)].index(entity_id)

    def indexes_of(self, kind: Kind, entity_ids: Iterable[str]) -> dict[str, int]:
        """Positions of several entities among their siblings, each container's order walked once:
        ``index_of`` for each of the cards after one inserted at the top of a cell walked the cell
        once per card (1,000 cards in a cell: 5 ms of an edit's write)."""
        found: dict[str, int] = {}
        orders = self._orders[kind]
        for entity_id in entity_ids:
            if entity_id not in found:
                siblings = orders[self._container(self._get(kind, entity_id))]
                found.update(zip(siblings, range(len(siblings)), strict=True))
        return found

    def emotion_point(self, point_id: str) -> EmotionPoint:
        return self._get(Kind.POINT, point_id)

    def point_at(self, persona_id: str, stage_id: str) -> EmotionPoint | None:
        self._need_holder(Kind.STAGE, stage_id)
        point_id = self._point_at.get((persona_id, stage_id))
        return None if point_id is None else self._tables[Kind.POINT][point_id]

    def emotion_points(self, map_id: str, persona_id: str | None = None) -> list[EmotionPoint]:
        """Points of a map in legend order, then stage order."""
        jmap = self.map(map_id)
        self._need(map_id)
        persona_ids = jmap.persona_ids if persona_id is None else (persona_id,)
        out = []
        for pid in persona_ids:
            for stage_id in self._orders[Kind.STAGE].get(map_id, []):
                point = self.point_at(pid, stage_id)
                if point is not None:
                    out.append(point)
        return out

    def link(self, link_id: str) -> CardLink:
        return self._get(Kind.LINK, link_id)

    def links(self) -> list[CardLink]:
        """Every link of the document, oldest first (every map is loaded first)."""
        self.load_all()
        return list(self._tables[Kind.LINK].values())

    def links_of(self, card_id: str) -> list[CardLink]:
        """The links that start or end at a card, oldest first."""
        table = self._tables[Kind.LINK]
        return [table[i] for i in self._links_at.get(card_id, ())]

    def link_counts(self) -> dict[str, int]:
        """How many links each linked card of the loaded maps has (cards without links are left
        out); a map is loaded with the links of its cards, so its cards' counts are whole."""
        return {card_id: len(links) for card_id, links in self._links_at.items()}

    def linked_cards(self, card_id: str) -> list[Card]:
        """The cards at the other end of a card's links."""
        cards = self._tables[Kind.CARD]
        return [
            cards[lk.target_id if lk.source_id == card_id else lk.source_id] for lk in self.links_of(card_id)
        ]

    def link_between(self, a: str, b: str) -> CardLink | None:
        """The link joining two cards, in either direction, if there is one."""
        return next((lk for lk in self.links_of(a) if b in (lk.source_id, lk.target_id)), None)

    def get(self, kind: Kind, entity_id: str) -> Any | None:
        """The entity, or None when there is none (content of a map not loaded yet is not there:
        its ids come only from the map once loaded, or from ``ids``, which loads every map)."""
        return self._tables[kind].get(entity_id)

    def entities(self, kind: Kind, entity_ids: Iterable[str]) -> list[Any]:
        """The entities of these ids, in order, as ``_get`` gives each (loading a map's content,
        refusing an id of nothing) without a call per id when all are there: the inspector reads
        every card Select All selected (8,000: ~5 ms in calls)."""
        table = self._tables[kind]
        ids = list(entity_ids)
        try:
            return [table[i] for i in ids]
        except KeyError:
            return [self._get(kind, i) for i in ids]

    def present(self, kind: Kind, entity_ids: Iterable[str]) -> list[str]:
        """Those of these ids that ``get`` finds, in order (without a call per id)."""
        table = self._tables[kind]
        return [i for i in entity_ids if i in table]

    def ids(self, kind: Kind) -> list[str]:
        """Every id of one kind (in no particular order); for a map's content, every map is loaded."""
        if kind in CONTENT:
            self.load_all()
        return list(self._tables[kind])

    def loaded_ids(self, kind: Kind) -> list[str]:
        """The ids of one kind that are in memory now (content of the loaded maps only)."""
        return list(self._tables[kind])

    def count(self, kind: Kind) -> int:
        """How many there are; stages, lanes and cards of maps not loaded are counted from their
        summaries (no loading), emotion points and links load every map first."""
        if kind in COUNTED:
            field_name = COUNTED[kind]
            return len(self._tables[kind]) + sum(getattr(s, field_name) for s in self._unloaded.values())
        if kind in CONTENT:
            self.load_all()
        return len(self._tables[kind])

    # ------------------------------------------------------- loading on demand
    def defer_maps(
        self, summaries: dict[str, MapSummary], loader: MapLoader, locator: MapLocator | None = None
    ) -> None:
        """Mark maps (already added, without content) as listed but not loaded: ``loader`` reads
        their content the first time anything asks for it; ``summaries`` say what they hold;
        ``locator`` finds the map of an id asked for by ``card``, ``stage``, … before its map was
        loaded (without one, such an id is unknown until its map is loaded)."""
        for map_id in summaries:
            self.map(map_id)
        self._unloaded.update(summaries)
        self._loader, self._locator = loader, locator

    def is_loaded(self, map_id: str) -> bool:
        """Whether a map's content is in memory (a map not loaded is listed, not empty)."""
        self.map(map_id)
        return map_id not in self._unloaded

    def unloaded_maps(self) -> list[str]:
        """The maps listed but not loaded yet, in list order."""
        return [m for m in self._orders[Kind.MAP].get(None, ()) if m in self._unloaded]

    def summary(self, map_id: str) -> MapSummary:
        """How many stages, lanes and cards a map has, loaded or not (loading nothing)."""
        self.map(map_id)
        if map_id in self._unloaded:
            return self._unloaded[map_id]
        stages, lanes = self._orders[Kind.STAGE].get(map_id, ()), self._orders[Kind.LANE].get(map_id, ())
        cells = self._orders[Kind.CARD]
        cards = sum(len(cells.get((s, lane), ())) for s in stages for lane in lanes)
        from jmdesigner.model.map_content import MapSummary

        return MapSummary(len(stages), len(lanes), cards + len(cells.get((HELD, map_id), ())))

    def load_all(self) -> None:
        """Load every map not loaded yet (what needs the whole document: export all, backups, …)."""
        if self._unloaded:
            self.load_maps(list(self._unloaded))

    def load_maps(self, map_ids: Sequence[str]) -> None:
        """Bring in the content of maps not loaded yet (and of the maps their links reach).

        Not an edit: nothing is recorded, persisted or reported to listeners. Raises the
        loader's one-sentence ``JmError`` (or ``ValidationError`` for content that breaks a
        rule) with nothing loaded."""
        wanted = [m for m in dict.fromkeys(map_ids) if m in self._unloaded]
        if not wanted:
            return
        assert self._loader is not None, "maps deferred without a loader"
        content = self._loader(wanted)
        self._take_content(content)

    def _take_content(self, content: MapContent) -> None:
        maps = {m: self._unloaded.pop(m) for m in content.map_ids if m in self._unloaded}
        taken: list[tuple[Kind, str]] = []
        cards = [card for card in content.cards if card.map_id in maps]
        suspended, self._suspended = self._suspended, True
        try:
            for kind, entities, check in (
                (Kind.STAGE, content.stages, self._check_stage),
                (Kind.LANE, content.lanes, self._check_lane),
            ):
                for entity in entities:
                    if entity.map_id in maps:
                        self._insert(kind, check(entity, new=True), None)
                        taken.append((kind, entity.id))
            # The cards as a file's are loaded (``load_cards``: the same checks, in one pass): one
            # by one through ``_check_card`` and ``_insert``, a 100,000-card map took ~2 s more.
            self.load_cards(cards)
            for point in content.points:
                if point.map_id in maps:
                    if self.point_at(point.persona_id, point.stage_id) is not None:
                        raise ValidationError(
                            translate("StoredRows", "two emotion points share one persona and stage.")
                        )
                    self._insert(Kind.POINT, self._check_point(point, new=True), None)
                    taken.append((Kind.POINT, point.id))
            for link in content.links:
                if link.id not in self._tables[Kind.LINK]:
                    self._insert(Kind.LINK, self._check_link(link), None)
                    taken.append((Kind.LINK, link.id))
        except BaseException:
            table = self._tables[Kind.CARD]
            for card in reversed(cards):  # those taken (a card refused, or a later row, stopped it)
                found = table.get(card.id)
                if found is not None and found.map_id in maps:
                    self._remove(Kind.CARD, card.id)
            for kind, entity_id in reversed(taken):
                self._remove(kind, entity_id)
            self._unloaded.update(maps)
            raise
        finally:
            self._suspended = suspended

    def _need(self, map_id: str) -> None:
        if map_id in self._unloaded:
            self.load_maps([map_id])

    def _need_holder(self, kind: Kind, entity_id: str) -> None:
        """Load the map of an entity known by id only, if it is on a map not loaded yet."""
        if self._unloaded and self._locator is not None and entity_id not in self._tables[kind]:
            map_id = self._locator(kind, entity_id)
            if map_id is not None:
                self._need(map_id)

    def snapshot(self) -> dict[str, Any]:
        """The whole document as plain data, for comparing two documents exactly."""

        def plain(entity: Any) -> dict[str, Any]:
            return {f.name: getattr(entity, f.name) for f in fields(entity)}

        return {
            "personas": [plain(p) for p in self.personas()],
            "maps": [
                {
                    "map": plain(m),
                    "stages": [plain(s) for s in self.stages(m.id)],
                    "lanes": [plain(lane) for lane in self.lanes(m.id)],
                    "cards": [plain(c) for c in self.cards(m.id)],
                    "held": [plain(c) for c in self.held_cards(m.id)],
                    "points": sorted(
                        (plain(p) for p in self._points_of_map(m.id)),
                        key=lambda p: (p["persona_id"], p["stage_id"]),
                    ),
                }
                for m in self.maps()
            ],
            "links": sorted((plain(lk) for lk in self.links()), key=lambda lk: lk["id"]),
        }

    # ------------------------------------------------------------ subscriptions
    def add_listener(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def remove_listener(self, listener: Listener) -> None:
        self._listeners.remove(listener)

    @property
    def persister(self) -> Persister | None:
        return self._persister

    def set_persister(self, persister: Persister | None) -> None:
        """The one party that makes changes durable; raising from it undoes the change."""
        self._persister = persister

    # ------------------------------------------------------------- transactions
    def transaction(self) -> AbstractContextManager[Transaction]:
        """Group mutations into one all-or-nothing change; nested calls join the outer one.

        While loading (``loading``) nothing is recorded, persisted or reported, so each insert of an
        opened file's cards gets a plain context, without the generator's setup and teardown; so
        does a call inside a transaction (each card of a map being added joins the map's)."""
        if self._tx is not None:
            return nullcontext(self._tx)
        if self._suspended and not self.read_only:
            return nullcontext(Transaction())
        return self._transaction()

    @contextmanager
    def _transaction(self) -> Iterator[Transaction]:
        if self.read_only:
            raise ReadOnlyError(
                self.read_only_message
                or translate(
                    "Validation",
                    "This document is open read-only, so it cannot be changed. Save a copy to edit it.",
                )
            )
        if self._suspended:
            yield Transaction()
            return
        tx = self._tx = Transaction()
        try:
            yield tx
        except BaseException:
            self._tx = None
            self._rollback(tx)
            raise
        self._tx = None
        if not tx.changes:
            return
        if self._persister is not None:
            try:
                self._persister(self, tx.changes)
            except BaseException:
                self._rollback(tx)
                raise
        self._notify(tx.changes)

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        """A part of a larger transaction that, if it raises, takes back only its own changes.

        Lets several independent edits share one transaction (one write to disk, one redraw)
        without one refused edit leaving half of itself behind or undoing the others."""
        tx = self._tx
        if tx is None:
            with self.transaction():
                yield
            return
        ops, changes = len(tx.undo_ops), len(tx.changes)
        try:
            yield
        except BaseException:
            part = Transaction(tx.changes[changes:], tx.undo_ops[ops:])
            del tx.undo_ops[ops:], tx.changes[changes:]
            self._rollback(part)
            raise

    def replay(self, ops: Sequence[Callable[[], None]]) -> list[Callable[[], None]]:
        """Run recorded inverse operations, newest first, as one transaction; return their inverses."""
        self.replaying = True
        try:
            with self.transaction() as tx:
                for op in reversed(ops):
                    op()
        except KeyError:
            # What the edit changed is gone: another writer (a shared library) deleted it since.
            # Nothing was changed (the transaction rolled back); the step can never be replayed.
            raise ConflictError(
                translate(
                    "Validation",
                    "What this edit changed was deleted by someone else after your edit, so it cannot be "
                    "undone or redone; the edits before it still can.",
                )
            ) from None
        finally:
            self.replaying = False
        return list(tx.undo_ops)

    def apply_external(
        self,
        puts: Sequence[tuple[Kind, Any, int | None]],
        removals: Sequence[tuple[Kind, str]],
        summaries: Mapping[str, MapSummary] | None = None,
    ) -> list[Change]:
        """Bring in changes another writer already validated and saved (a shared library).

        One transaction that is neither persisted nor undoable; listeners hear of it like any
        change. ``puts`` are entities with their index among siblings (None for points), parents
        first; ``removals`` are ids, children first; ones already gone are skipped. Content of a
        map not loaded is skipped too (it is read when the map is loaded); ``summaries`` give
        such maps their new counts, reported as a change of the map."""
        persister, read_only = self._persister, self.read_only
        self._persister, self.read_only = None, False
        self.applying_external = True
        try:
            with self.transaction() as tx:
                for kind, entity_id in removals:
                    if entity_id in self._tables[kind]:
                        self._remove(kind, entity_id)
                for map_id, summary in (summaries or {}).items():
                    if self._unloaded.get(map_id, summary) != summary:
                        self._unloaded[map_id] = summary
                        tx.changes.append(Change(Kind.MAP, map_id, Op.UPDATED))
                for kind, entity, index in puts:
                    if self._not_loaded(kind, entity):
                        continue
                    old = self._tables[kind].get(entity.id)
                    if kind in UNORDERED:
                        index = None
                    if kind is Kind.POINT:
                        clash = self._point_at.get((entity.persona_id, entity.stage_id))
                        if clash is not None and clash != entity.id:
                            self._remove(kind, clash)
                    if old is None:
                        size = (
                            len(self._orders[kind].get(self._container(entity), ()))
                            if index is not None
                            else 0
                        )
                        self._insert(kind, entity, None if index is None else min(index, size))
                    elif kind is Kind.LINK:  # a link never changes in place: another one took its id
                        if old != entity:
                            self._remove(kind, entity.id)
                            self._insert(kind, entity, None)
                    elif kind is Kind.POINT:
                        if (old.persona_id, old.stage_id) != (entity.persona_id, entity.stage_id):
                            self._remove(kind, entity.id)
                            self._insert(kind, entity, None)
                        else:
                            self._put(kind, entity)
                    else:
                        same_place = self._container(old) == self._container(entity)
                        siblings = self._orders[kind].get(self._container(entity), [])
                        size = len(siblings) - (1 if same_place else 0)
                        at = min(index if index is not None else size, size)
                        if old == entity and same_place and siblings.index(entity.id) == at:
                            continue
                        self._put(kind, entity, at)
                changes = list(tx.changes)
        finally:
            self._persister, self.read_only = persister, read_only
            self.applying_external = False
            self._external += 1
        for map_id in [m for m in self._unloaded if m not in self._tables[Kind.MAP]]:
            del self._unloaded[map_id]  # removed by another writer
        return changes

    def _not_loaded(self, kind: Kind, entity: Any) -> bool:
        """Whether an entity belongs to a map not loaded (a link: to a card not loaded)."""
        if not self._unloaded or kind not in CONTENT:
            return False
        if kind is Kind.LINK:
            cards = self._tables[Kind.CARD]
            return entity.source_id not in cards or entity.target_id not in cards
        return entity.map_id in self._unloaded

    @contextmanager
    def loading(self) -> Iterator[None]:
        """Build a document from trusted-shape data: validate, but record and report nothing."""
        self._suspended = True
        try:
            yield
        finally:
            self._suspended = False

    def _rollback(self, tx: Transaction) -> None:
        self._suspended = True
        try:
            for op in reversed(tx.undo_ops):
                op()
        finally:
            self._suspended = False

    def _notify(self, changes: Sequence[Change]) -> None:
        for listener in list(self._listeners):
            try:
                listener(changes)
            except Exception:  # a broken view must not make a durable edit look failed
                import logging  # here: importing it costs every command-line verb ~3 ms

                logging.getLogger(__name__).exception("document listener %r failed", listener)

    # ---------------------------------------------------------------- personas
    def add_persona(self, persona: Persona, index: int | None = None) -> Persona:
        with self.transaction():
            persona = self._check_persona(persona, new=True)
            self._insert(Kind.PERSONA, persona, index)
        return persona

    def update_persona(self, persona_id: str, **changes: Any) -> Persona:
        with self.transaction():
            new = self._check_persona(self._changed(self.persona(persona_id), changes), new=False)
            self._put(Kind.PERSONA, new)
        return new

    def remove_persona(self, persona_id: str) -> None:
        with self.transaction():
            self.persona(persona_id)
            for jmap in self.maps():
                if persona_id in jmap.persona_ids:
                    self.detach_persona(jmap.id, persona_id)
            self._remove(Kind.PERSONA, persona_id)

    def move_persona(self, persona_id: str, index: int) -> None:
        with self.transaction():
            self._move(Kind.PERSONA, persona_id, index)

    # -------------------------------------------------------------------- maps
    def add_map(self, jmap: JourneyMap, index: int | None = None) -> JourneyMap:
        with self.transaction():
            jmap = self._check_map(jmap, new=True)
            self._insert(Kind.MAP, jmap, index)
        return jmap

    def update_map(self, map_id: str, **changes: Any) -> JourneyMap:
        with self.transaction():
            new = self._check_map(self._changed(self.map(map_id), changes), new=False)
            self._put(Kind.MAP, new)
        return new

    def remove_map(self, map_id: str) -> None:
        with self.transaction():
            self.map(map_id)
            for other in self.maps():
                if other.reworks_id == map_id:
                    self._put(Kind.MAP, replace(other, reworks_id=None))
            for stage in self.stages(map_id):
                self.remove_stage(stage.id)
            for lane in self.lanes(map_id):
                self._remove(Kind.LANE, lane.id)
            self._remove(Kind.MAP, map_id)

    def move_map(self, map_id: str, index: int) -> None:
        with self.transaction():
            self._move(Kind.MAP, map_id, index)

    def attach_persona(self, map_id: str, persona_id: str, index: int | None = None) -> None:
        jmap = self.map(map_id)
        self.persona(persona_id)
        if persona_id in jmap.persona_ids:
            raise ValidationError(translate("Validation", "That persona is already on this map."))
        ids = list(jmap.persona_ids)
        ids.insert(len(ids) if index is None else self._index(index, len(ids)), persona_id)
        self.update_map(map_id, persona_ids=tuple(ids))

    def detach_persona(self, map_id: str, persona_id: str) -> None:
        """Take a persona off a map, together with its emotion curve there."""
        with self.transaction():
            jmap = self.map(map_id)
            if persona_id not in jmap.persona_ids:
                raise ValidationError(translate("Validation", "That persona is not on this map."))
            for point in self.emotion_points(map_id, persona_id):
                self._remove(Kind.POINT, point.id)
            self._put(
                Kind.MAP, replace(jmap, persona_ids=tuple(p for p in jmap.persona_ids if p != persona_id))
            )

    # ------------------------------------------------------------------ stages
    def insert_stage(self, stage: Stage, index: int | None = None) -> Stage:
        with self.transaction():
            stage = self._check_stage(stage, new=True)
            self._insert(Kind.STAGE, stage, index)
        return stage

    def update_stage(self, stage_id: str, **changes: Any) -> Stage:
        with self.transaction():
            new = self._check_stage(self._changed(self.stage(stage_id), changes), new=False)
            self._put(Kind.STAGE, new)
        return new

    def remove_stage(self, stage_id: str) -> None:
        """Remove a stage with the cards and emotion points in its column."""
        with self.transaction():
            stage = self.stage(stage_id)
            cells = self._orders[Kind.CARD]
            lanes = self._orders[Kind.LANE].get(stage.map_id, [])
            self._remove_cards(
                [
                    *(card_id for lane_id in lanes for card_id in cells.get((stage_id, lane_id), ())),
                    *(card.id for card in self.held_cards(stage.map_id) if card.stage_id == stage_id),
                ]
            )
            for point in self._points_of_map(stage.map_id):
                if point.stage_id == stage_id:
                    self._remove(Kind.POINT, point.id)
            self._remove(Kind.STAGE, stage_id)

    def move_stage(self, stage_id: str, index: int) -> None:
        with self.transaction():
            self._move(Kind.STAGE, stage_id, index)

    # ------------------------------------------------------------------- lanes
    def insert_lane(self, lane: Lane, index: int | None = None) -> Lane:
        with self.transaction():
            lane = self._check_lane(lane, new=True)
            self._insert(Kind.LANE, lane, index)
        return lane

    def update_lane(self, lane_id: str, **changes: Any) -> Lane:
        with self.transaction():
            new = self._check_lane(self._changed(self.lane(lane_id), changes), new=False)
            self._put(Kind.LANE, new)
        return new

    def remove_lane(self, lane_id: str) -> None:
        """Remove a lane with the cards in its row."""
        with self.transaction():
            lane = self.lane(lane_id)
            cells = self._orders[Kind.CARD]
            stages = self._orders[Kind.STAGE].get(lane.map_id, [])
            self._remove_cards(
                [
                    *(card_id for stage_id in stages for card_id in cells.get((stage_id, lane_id), ())),
                    *(card.id for card in self.held_cards(lane.map_id) if card.lane_id == lane_id),
                ]
            )
            self._remove(Kind.LANE, lane_id)

    def move_lane(self, lane_id: str, index: int) -> None:
        with self.transaction():
            self._move(Kind.LANE, lane_id, index)

    # ------------------------------------------------------------------- cards
    def insert_card(
        self, card: Card, index: int | None = None, *, checked_in: Document | None = None
    ) -> Card:
        """Add a card to its cell. ``checked_in``: a document that holds this very card object (an
        import's scratch document), so its fields have passed the checks there and only this
        document's own checks run (a new id, a cell of its map): an import validates each card once."""
        with self.transaction():
            if checked_in is not None and checked_in._tables[Kind.CARD].get(card.id) is card:
                self._check_card_place(card, new=True)
            else:
                card = self._check_card(card, new=True)
            self._insert(Kind.CARD, card, index)
        return card

    def load_cards(self, cards: Iterable[Card]) -> None:
        """Cards read from a store, each last in its cell, while ``loading``: every card checked as
        ``insert_card`` checks it (a file's rows may break a rule), without the per-card steps an
        edit needs (a transaction, an index, changes to record): a 2,000-card file opens faster.
        A card with a new id, in a stage and a lane of its loaded map, with plain fields
        (``validation.plain_card``) is what ``_check_card`` keeps as it is, so it is taken after one
        look at each; any other card goes through ``_check_card``, which says what is wrong."""
        assert self._suspended, "load_cards is for building a document (Document.loading)"
        table, orders = self._tables[Kind.CARD], self._orders[Kind.CARD]
        stages, lanes, unloaded = self._tables[Kind.STAGE], self._tables[Kind.LANE], self._unloaded
        lane_revs, cell_revs = self._lane_cards_rev, self._cell_cards_rev
        rev = self._rev
        try:
            for card in cards:
                stage, lane = stages.get(card.stage_id), lanes.get(card.lane_id)
                if not (
                    type(card.id) is str
                    and 0 < len(card.id) <= 64
                    and card.id not in table
                    and card.map_id not in unloaded
                    and stage is not None
                    and lane is not None
                    and stage.map_id == card.map_id == lane.map_id
                    and lane.kind is not LaneKind.EMOTIONS
                    and v.plain_card(_card_checked(card))
                ):
                    card = self._check_card(card, new=True)
                table[card.id] = card
                # The lane's and the cell's revision, as every insert (``_touch_lane``), and the
                # card's place (``_container``), written out for a file's thousands of cards.
                rev += 1
                cell = (card.stage_id, card.lane_id)
                lane_revs[card.lane_id] = cell_revs[cell] = rev
                orders.setdefault((HELD, card.map_id) if card.held else cell, []).append(card.id)
        finally:
            self._rev = rev

    def update_card(self, card_id: str, **changes: Any) -> Card:
        if {"stage_id", "lane_id"} & changes.keys():
            raise ValidationError(translate("Validation", "Use move_card to move a card to another cell."))
        with self.transaction():
            new = self._check_card(self._changed(self.card(card_id), changes), new=False)
            self._put(Kind.CARD, new)
        return new

    def remove_card(self, card_id: str) -> None:
        """Remove a card with its links (undo brings both back)."""
        self.remove_cards([card_id])

    def remove_cards(self, card_ids: Sequence[str]) -> None:
        """Remove cards with their links in one step; an id that names no card removes none."""
        with self.transaction():
            self._remove_cards(card_ids)

    def _remove_cards(self, card_ids: Iterable[str]) -> None:
        ids = list(dict.fromkeys(card_ids))
        for card_id in ids:
            self._get(Kind.CARD, card_id)
        for card_id in ids:
            for link_id in list(self._links_at.get(card_id, ())):
                self._remove(Kind.LINK, link_id)
        self._remove_siblings(Kind.CARD, ids)

    def move_card(self, card_id: str, stage_id: str, lane_id: str, index: int | None = None) -> Card:
        """Move a card to a cell (its own or another) at ``index`` of the cell after the move."""
        with self.transaction():
            old = self.card(card_id)
            new = self._check_card(replace(old, stage_id=stage_id, lane_id=lane_id), new=False)
            self._put(Kind.CARD, new, index if index is not None else -1)
        return new

    # ------------------------------------------------------------------- links
    def add_link(self, link: CardLink) -> CardLink:
        with self.transaction():
            link = self._check_link(link)
            self._insert(Kind.LINK, link, None)
        return link

    def remove_link(self, link_id: str) -> None:
        with self.transaction():
            self._remove(Kind.LINK, link_id)

    # ---------------------------------------------------------- emotion points
    def set_emotion(self, point: EmotionPoint) -> EmotionPoint:
        """Set a persona's score at a stage, replacing the point already there if any."""
        self._need(point.map_id)
        with self.transaction():
            existing = self.point_at(point.persona_id, point.stage_id)
            if existing is None:
                point = self._check_point(point, new=True)
                self._insert(Kind.POINT, point, None)
            else:
                point = self._check_point(replace(point, id=existing.id), new=False)
                self._put(Kind.POINT, point)
        return point

    def update_emotion(self, point_id: str, **changes: Any) -> EmotionPoint:
        if {"persona_id", "stage_id", "map_id"} & changes.keys():
            raise ValidationError(
                translate("Validation", "An emotion point cannot move to another persona or stage.")
            )
        with self.transaction():
            new = self._check_point(self._changed(self.emotion_point(point_id), changes), new=False)
            self._put(Kind.POINT, new)
        return new

    def remove_emotion(self, point_id: str) -> None:
        with self.transaction():
            self._remove(Kind.POINT, point_id)

    # -------------------------------------------------------------- validation
    def _changed(self, old: T, changes: dict[str, Any]) -> T:
        if "id" in changes or "map_id" in changes:
            raise ValidationError(translate("Validation", "An id cannot be changed."))
        try:
            return replace(old, **changes)  # type: ignore[type-var]
        except TypeError as exc:
            raise ValidationError(
                translate("Validation", "Unknown field: {detail}").format(detail=exc)
            ) from None

    def _check_new_id(self, kind: Kind, entity_id: object) -> None:
        if not isinstance(entity_id, str) or not entity_id or len(entity_id) > 64:
            raise ValidationError(translate("Validation", F.BAD_ID[kind]))
        if entity_id in self._tables[kind]:
            raise ValidationError(translate("Validation", F.ID_TAKEN[kind]).format(id=entity_id))

    def _check_unique(self, what: str, value: str, others: Sequence[Any], attr: str, self_id: str) -> None:
        if any(getattr(o, attr) == value and o.id != self_id for o in others):
            said = translate("Validation", "{what} “{value}” already exists; choose another name.")
            raise ValidationError(said.format(what=translate("Validation", what), value=value))

    def _check_persona(self, p: Persona, *, new: bool) -> Persona:
        if new:
            self._check_new_id(Kind.PERSONA, p.id)
        p = replace(
            p,
            name=v.name(p.name, F.PERSONA_NAME),
            role=v.string(p.role, F.PERSONA_ROLE, v.MAX_SHORT),
            quote=v.string(p.quote, F.PERSONA_QUOTE, v.MAX_DESCRIPTION),
            description=v.string(p.description, F.PERSONA_DESCRIPTION, v.MAX_DESCRIPTION),
            goals=v.string_list(p.goals, F.GOALS),
            motivations=v.string_list(p.motivations, F.MOTIVATIONS),
            pain_points=v.string_list(p.pain_points, F.PAIN_POINTS),
            behaviours=v.string_list(p.behaviours, F.BEHAVIOURS),
            channels=v.string_list(p.channels, F.CHANNELS),
            colour=v.colour(p.colour, F.PERSONA_COLOUR, optional=False),
            photo=v.photo(p.photo),
        )
        self._check_unique(F.PERSONA_NAMED, p.name, self.personas(), "name", p.id)
        return p

    def _check_map(self, m: JourneyMap, *, new: bool) -> JourneyMap:
        if new:
            self._check_new_id(Kind.MAP, m.id)
        lo, hi = v.scale(m.scale_min, m.scale_max)
        m = replace(
            m,
            title=v.name(m.title, F.MAP_TITLE),
            description=v.string(m.description, F.MAP_DESCRIPTION, v.MAX_DESCRIPTION),
            state=v.enum_value(MapState, m.state, F.MAP_STATE),
            curve=v.enum_value(CurveStyle, m.curve, F.MAP_CURVE_STYLE),
            scale_min=lo,
            scale_max=hi,
            persona_ids=tuple(m.persona_ids),
        )
        self._check_unique(F.MAP_TITLED, m.title, self.maps(), "title", m.id)
        if len(set(m.persona_ids)) != len(m.persona_ids):
            raise ValidationError(translate("Validation", "A persona can be on a map only once."))
        for pid in m.persona_ids:
            if pid not in self._tables[Kind.PERSONA]:
                raise ValidationError(
                    translate("Validation", "A map can show only personas of this document.")
                )
        if m.reworks_id is not None:
            target = self._tables[Kind.MAP].get(m.reworks_id)
            if m.state is not MapState.FUTURE:
                raise ValidationError(
                    translate("Validation", "Only a future-state map can rework another map.")
                )
            if target is None or target.id == m.id or target.state is not MapState.CURRENT:
                raise ValidationError(
                    translate(
                        "Validation", "A future-state map can rework only a current-state map of this file."
                    )
                )
        if not new:
            for point in self._points_of_map(m.id):
                if point.persona_id not in m.persona_ids:
                    raise ValidationError(
                        translate("Validation", "Detach the persona to remove it with its emotion curve.")
                    )
                if not lo <= point.score <= hi:
                    said = translate(
                        "Validation",
                        "An emotion score of {score:g} lies outside {low}..{high}; change those points "
                        "first.",
                    )
                    raise ValidationError(said.format(score=localized(point.score), low=lo, high=hi))
            if m.state is not MapState.CURRENT and any(o.reworks_id == m.id for o in self.maps()):
                raise ValidationError(
                    translate(
                        "Validation", "A future-state map reworks this map, so it must stay current-state."
                    )
                )
        return m

    def _check_stage(self, s: Stage, *, new: bool) -> Stage:
        if new:
            self._check_new_id(Kind.STAGE, s.id)
        self.map(s.map_id)
        s = replace(
            s,
            name=v.name(s.name, F.STAGE_NAME),
            description=v.string(s.description, F.STAGE_DESCRIPTION, v.MAX_DESCRIPTION),
            width=v.number(s.width, F.STAGE_WIDTH, *v.WIDTH_RANGE),
        )
        self._check_unique(F.STAGE_NAMED, s.name, self.stages(s.map_id), "name", s.id)
        return s

    def _check_lane(self, lane: Lane, *, new: bool) -> Lane:
        if new:
            self._check_new_id(Kind.LANE, lane.id)
        self.map(lane.map_id)
        lane = replace(
            lane,
            name=v.name(lane.name, F.LANE_NAME),
            kind=v.enum_value(LaneKind, lane.kind, F.LANE_KIND),
            colour=v.colour(lane.colour, F.LANE_COLOUR, optional=True),
            height=None if lane.height is None else v.number(lane.height, F.LANE_HEIGHT, *v.HEIGHT_RANGE),
            collapsed=v.flag(lane.collapsed, F.LANE_COLLAPSED_FLAG),
        )
        self._check_unique(F.LANE_NAMED, lane.name, self.lanes(lane.map_id), "name", lane.id)
        if lane.kind is LaneKind.EMOTIONS and not new:
            stages = self._orders[Kind.STAGE].get(lane.map_id, [])
            if any(self._orders[Kind.CARD].get((s, lane.id)) for s in stages):
                raise ValidationError(
                    translate(
                        "Validation",
                        "The emotions lane holds curves, not cards: move its cards before changing its kind.",
                    )
                )
        return lane

    def _check_card_place(self, c: Card, *, new: bool) -> None:
        """What a card must be in this document: a new id, in a stage and a lane of its map."""
        if new:
            self._check_new_id(Kind.CARD, c.id)
        self._need(c.map_id)
        stage = self._tables[Kind.STAGE].get(c.stage_id)
        lane = self._tables[Kind.LANE].get(c.lane_id)
        if stage is None or lane is None or stage.map_id != c.map_id or lane.map_id != c.map_id:
            raise ValidationError(
                translate("Validation", "A card must sit in a stage and a lane of its own map.")
            )
        if lane.kind is LaneKind.EMOTIONS:
            said = translate("Validation", "“{lane}” is the emotions lane: it shows curves, not cards.")
            raise ValidationError(said.format(lane=lane.name))

    def _check_card(self, c: Card, *, new: bool) -> Card:
        self._check_card_place(c, new=new)
        if v.plain_card(_card_checked(c)):  # most cards (every clean card of a file read): kept as they are
            return c
        checked = (
            v.string(c.text, F.CARD_TEXT, v.MAX_TEXT),
            v.colour(c.colour, F.CARD_COLOUR, optional=True),
            v.string(c.channel, F.CARD_CHANNEL, v.MAX_SHORT),
            v.string(c.owner, F.CARD_OWNER, v.MAX_SHORT),
            v.enum_value(Evidence, c.evidence, F.CARD_EVIDENCE, optional=True),
            v.integer(c.votes, F.CARD_VOTES, 0, v.MAX_VOTES),
            v.tags(c.tags),
            v.flag(c.moment_of_truth, F.CARD_MOMENT_OF_TRUTH_MARK),
            v.string(c.author, F.CARD_AUTHOR, v.MAX_SHORT),
            v.flag(c.from_room, F.CARD_FROM_THE_ROOM_MARK),
            v.flag(c.held, F.CARD_HELD_IN_THE_INBOX_MARK),
            v.names(c.room_votes, F.CARD_ROOM_VOTES),
        )
        # Most cards are already clean (every card of a file being opened): keep the object. One
        # tuple comparison; the validators return their input's type for every field but evidence
        # (a text naming one becomes the enum, equal to it).
        if _card_checked(c) == checked and type(c.evidence) is type(checked[4]):
            return c
        return replace(c, **dict(zip(_CARD_CHECKED, checked, strict=True)))

    def _check_link(self, link: CardLink) -> CardLink:
        self._check_new_id(Kind.LINK, link.id)
        try:
            self._get(Kind.CARD, link.source_id), self._get(Kind.CARD, link.target_id)  # maps loaded
        except ValidationError:
            raise ValidationError(
                translate("Validation", "A link must join two cards of this document.")
            ) from None
        if link.source_id == link.target_id:
            raise ValidationError(translate("Validation", "A card cannot be linked to itself."))
        if self.link_between(link.source_id, link.target_id) is not None:
            raise ValidationError(translate("Validation", "These two cards are already linked."))
        return link

    def _check_point(self, p: EmotionPoint, *, new: bool) -> EmotionPoint:
        if new:
            self._check_new_id(Kind.POINT, p.id)
        jmap = self.map(p.map_id)
        self._need(p.map_id)
        stage = self._tables[Kind.STAGE].get(p.stage_id)
        if stage is None or stage.map_id != p.map_id:
            raise ValidationError(
                translate("Validation", "An emotion point must sit under a stage of its own map.")
            )
        if p.persona_id not in jmap.persona_ids:
            raise ValidationError(
                translate("Validation", "Add the persona to the map before giving it an emotion curve.")
            )
        return replace(
            p,
            score=v.number(p.score, F.EMOTION_SCORE, jmap.scale_min, jmap.scale_max),
            note=v.string(p.note, F.EMOTION_NOTE, v.MAX_TEXT),
            evidence=v.enum_value(Evidence, p.evidence, F.EMOTION_EVIDENCE, optional=True),
            ratings=v.ratings(p.ratings),
        )

    # ---------------------------------------------------- recorded primitives
    def _get(self, kind: Kind, entity_id: str) -> Any:
        found = self._tables[kind].get(entity_id)
        if found is None and kind in CONTENT:  # an id of a map not loaded yet, or of nothing at all
            self._need_holder(kind, entity_id)
            found = self._tables[kind].get(entity_id)
        if found is None:
            raise ValidationError(translate("Validation", F.NO_SUCH[kind]).format(id=entity_id))
        return found

    def _ordered(self, kind: Kind, key: Any) -> list[Any]:
        table = self._tables[kind]
        return [table[i] for i in self._orders[kind].get(key, ())]

    def _points_of_map(self, map_id: str) -> list[EmotionPoint]:
        self._need(map_id)
        return [p for p in self._tables[Kind.POINT].values() if p.map_id == map_id]

    @staticmethod
    def _container(entity: Any) -> Any:
        if isinstance(entity, Stage | Lane):
            return entity.map_id
        if isinstance(entity, Card):
            return (HELD, entity.map_id) if entity.held else (entity.stage_id, entity.lane_id)
        return None

    @staticmethod
    def _index(index: int, size: int) -> int:
        if isinstance(index, bool) or not isinstance(index, int) or not 0 <= index <= size:
            raise ValidationError(
                translate("Validation", "Position {index} is outside 0..{size}.").format(
                    index=index, size=size
                )
            )
        return index

    def _record(self, undo: Callable[[], None], *changes: Change) -> None:
        if self._suspended:
            return
        assert self._tx is not None, "document mutated outside a transaction"
        self._tx.undo_ops.append(undo)
        self._tx.changes.extend(changes)

    def _shifted(self, kind: Kind, siblings: list[str], start: int) -> list[Change]:
        return changes_of(kind, siblings[start:], Op.UPDATED, shifted=True)

    def _touch_lane(self, entity: Any) -> None:
        if isinstance(entity, Card):
            self._rev += 1
            self._lane_cards_rev[entity.lane_id] = self._rev
            self._cell_cards_rev[(entity.stage_id, entity.lane_id)] = self._rev
        elif isinstance(entity, EmotionPoint):
            self._points_counter += 1
            self._points_rev[entity.map_id] = self._points_counter

    def _touch_container(self, container: Any, entities: Sequence[Any]) -> None:
        """``_touch_lane`` for entities taken from or put back into one container together: the
        cards of one cell share its lane and cell, so one new revision number covers them all (a
        cell put back whole counted one per card); held notes and other kinds one by one."""
        if isinstance(entities[0], Card) and container[0] != HELD:
            self._touch_lane(entities[-1])
        else:
            for entity in entities:
                self._touch_lane(entity)

    def _insert(self, kind: Kind, entity: Any, index: int | None) -> None:
        self._tables[kind][entity.id] = entity
        self._touch_lane(entity)
        shifted: list[Change] = []
        if kind is Kind.POINT:
            self._point_at[(entity.persona_id, entity.stage_id)] = entity.id
        elif kind is Kind.LINK:
            for end in (entity.source_id, entity.target_id):
                self._links_at.setdefault(end, {})[entity.id] = None
        else:
            siblings = self._orders[kind].setdefault(self._container(entity), [])
            at = len(siblings) if index is None else self._index(index, len(siblings))
            siblings.insert(at, entity.id)
            if not self._suspended:  # loading records nothing: no changes to list
                shifted = self._shifted(kind, siblings, at + 1)
        if not self._suspended:
            self._record(lambda: self._remove(kind, entity.id), Change(kind, entity.id, Op.ADDED), *shifted)

    def _remove(self, kind: Kind, entity_id: str) -> None:
        entity = self._get(kind, entity_id)
        del self._tables[kind][entity_id]
        self._touch_lane(entity)
        changes = [Change(kind, entity_id, Op.REMOVED)]
        at: int | None = None
        if kind is Kind.POINT:
            del self._point_at[(entity.persona_id, entity.stage_id)]
        elif kind is Kind.LINK:
            for end in (entity.source_id, entity.target_id):
                ends = self._links_at[end]
                del ends[entity_id]
                if not ends:
                    del self._links_at[end]
        else:
            siblings = self._orders[kind][self._container(entity)]
            at = siblings.index(entity_id)
            del siblings[at]
            changes += self._shifted(kind, siblings, at)
        self._record(lambda: self._insert(kind, entity, at), *changes)

    def _remove_siblings(self, kind: Kind, entity_ids: Sequence[str]) -> None:
        """Remove ordered entities at once: each container's survivors are renumbered once, a change
        for each that moved. One at a time, each removal renumbered every sibling after it (deleting
        every third card of a cell made a change per card left for each card taken)."""
        table, orders = self._tables[kind], self._orders[kind]
        gone: dict[Any, list[Any]] = {}  # container -> its entities to remove
        entities = self.entities(kind, entity_ids)  # (each checked, without a call per id)
        # Cards' containers read inline: ``_container`` per card was a call and two type checks.
        containers = (
            [(HELD, e.map_id) if e.held else (e.stage_id, e.lane_id) for e in entities]
            if kind is Kind.CARD
            else map(self._container, entities)
        )
        for container, entity in zip(containers, entities, strict=True):
            found = gone.get(container)
            if found is None:
                gone[container] = [entity]
            else:
                found.append(entity)
        changes = changes_of(kind, entity_ids, Op.REMOVED)
        placed: list[tuple[Any, list[tuple[int, Any]]]] = []  # where each stood, for undo
        for container, entities in gone.items():
            siblings = orders[container]
            taken = {e.id: e for e in entities}
            at = [(n, taken[i]) for n, i in enumerate(siblings) if i in taken]
            siblings[:] = [i for i in siblings if i not in taken]
            placed.append((container, at))
            changes += self._shifted(kind, siblings, at[0][0])
            for entity in entities:
                del table[entity.id]
            self._touch_container(container, entities)
        self._record(lambda: self._insert_siblings(kind, placed), *changes)

    def _insert_siblings(self, kind: Kind, placed: Sequence[tuple[Any, Sequence[tuple[int, Any]]]]) -> None:
        """Put ordered entities back where they stood (``_remove_siblings``' inverse): ``placed``
        lists, per container, each entity with its index, lowest first; survivors are renumbered once."""
        table, orders = self._tables[kind], self._orders[kind]
        changes: list[Change] = []
        ids: list[str] = []
        for container, entries in placed:
            siblings = orders.setdefault(container, [])
            back = [entity for _, entity in entries]
            back_ids = [entity.id for entity in back]
            first = entries[0][0]
            if entries[-1][0] - first == len(entries) - 1 and first <= len(siblings):
                # One run of places (a cell put back whole, or a block of it): spliced in at once.
                siblings[first:first] = back_ids
            else:
                rest = iter(siblings)
                merged: list[str] = []
                for at, entity in entries:
                    merged.extend(islice(rest, max(at - len(merged), 0)))
                    merged.append(entity.id)
                first = merged.index(back_ids[0])
                merged.extend(rest)
                siblings[:] = merged
            table.update(zip(back_ids, back, strict=True))
            self._touch_container(container, back)
            ids += back_ids
            changes += changes_of(kind, back_ids, Op.ADDED)
            added = set(back_ids)
            # (not a change per sibling filtered afterwards: a cell put back whole made one for
            # each card put back, then dropped them all)
            changes += changes_of(
                kind, [i for i in siblings[first:] if i not in added], Op.UPDATED, shifted=True
            )
        self._record(lambda: self._remove_siblings(kind, ids), *changes)

    def _put(self, kind: Kind, entity: Any, index: int | None = None) -> None:
        """Replace an entity; ``index`` (or -1 for the end) also repositions it among its siblings."""
        old = self._tables[kind][entity.id]
        if old == entity and index is None:
            return
        changes = [Change(kind, entity.id, Op.UPDATED)]
        old_at: int | None = None
        reposition = kind not in UNORDERED and (
            index is not None or self._container(old) != self._container(entity)
        )
        if reposition:
            source = self._orders[kind][self._container(old)]
            target = self._orders[kind].setdefault(self._container(entity), [])
            size = len(target) - (source is target)
            at = size if index is None or index == -1 else self._index(index, size)  # check before changing
        self._tables[kind][entity.id] = entity
        self._touch_lane(old)
        self._touch_lane(entity)
        if reposition:
            old_at = source.index(entity.id)
            del source[old_at]
            changes += self._shifted(kind, source, old_at)
            target.insert(at, entity.id)
            changes += self._shifted(kind, target, at + 1)
        self._record(lambda: self._put(kind, self._reverted(kind, old, entity), old_at), *changes)

    def _reverted(self, kind: Kind, old: Any, new: Any) -> Any:
        """What undoing ``old`` → ``new`` makes of the entity as it is now: the fields this edit
        changed go back; a field another writer changed since (a shared library) stays theirs.
        Alone in a file the entity is still ``new`` when undone, so this is simply ``old``."""
        current = self._tables[kind].get(new.id)
        if current is None or current == new:
            return old
        changed = {
            f.name: getattr(old, f.name) for f in fields(old) if getattr(old, f.name) != getattr(new, f.name)
        }
        if kind is Kind.CARD and ("votes" in changed or "room_votes" in changed):
            # Dots are counted: undoing one's own dot takes that one back, not the dots participants
            # (or a colleague) gave the card since.
            if "votes" in changed:
                changed["votes"] = max(0, current.votes + old.votes - new.votes)
            if "room_votes" in changed:
                changed["room_votes"] = _recounted(current.room_votes, old.room_votes, new.room_votes)
        elif kind is Kind.MAP and "persona_ids" in changed:
            # Undoing the showing (or hiding) of one persona leaves the ones shown since (the room's
            # Room persona at the first rating) on the map.
            changed["persona_ids"] = _recounted(current.persona_ids, old.persona_ids, new.persona_ids)
        return replace(current, **changed)

    def _move(self, kind: Kind, entity_id: str, index: int) -> None:
        entity = self._get(kind, entity_id)
        siblings = self._orders[kind][self._container(entity)]
        if siblings.index(entity_id) != self._index(index, len(siblings) - 1):
            self._put(kind, entity, index)


def _recounted(now: tuple[str, ...], old: tuple[str, ...], new: tuple[str, ...]) -> tuple[str, ...]:
    """What ``now`` holds once the edit ``old`` → ``new`` is taken back: the entries it added go
    (the latest of each), the entries it took come back; those added since stay (dots by name,
    the personas shown on a map)."""
    take = Counter(new) - Counter(old)
    kept: list[str] = []
    for name in reversed(now):
        if take[name]:
            take[name] -= 1
        else:
            kept.append(name)
    return (*reversed(kept), *(Counter(old) - Counter(new)).elements())
