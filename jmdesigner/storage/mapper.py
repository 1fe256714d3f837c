"""Rows to model entities and back: the only place that knows both shapes.

Rows are read with the sqlite3 module itself (no SQLAlchemy on the way in, so opening a file
read-only stays cheap); ``schema`` declares the same tables for writing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

from jmdesigner.model import (
    Card,
    CardLink,
    EmotionPoint,
    JourneyMap,
    Kind,
    Lane,
    Persona,
    Photo,
    Stage,
)
from jmdesigner.model.kinds import evidence_named

TYPE_CHECKING = False  # typing's constant, without importing typing (the command line's start-up)
if TYPE_CHECKING:
    from typing import Any

TABLE_NAMES: dict[Kind, str] = {
    Kind.PERSONA: "personas",
    Kind.MAP: "maps",
    Kind.STAGE: "stages",
    Kind.LANE: "lanes",
    Kind.CARD: "cards",
    Kind.POINT: "emotion_points",
    Kind.LINK: "card_links",
}
"""Each kind's table in ``schema`` (a test pins that the two agree)."""

Row = Mapping[str, "Any"]


def _strings(value: Any) -> tuple[str, ...]:
    """A JSON list column (stored as JSON text) as a tuple; anything else is left for
    validation to refuse. Text that is not JSON raises ``ValueError`` (a damaged file)."""
    if value == "[]":  # most lists are empty: no JSON decoder for them
        return ()
    if isinstance(value, str):
        import json  # here: a file of empty lists reads no JSON (json's modules, ~2 ms of a verb's start-up)

        value = json.loads(value)
    return tuple(value) if isinstance(value, list) else value


def _pairs(value: Any) -> Any:
    """A JSON list of [name, score] pairs as tuples; anything else is left for validation."""
    if value == "[]":
        return ()
    if isinstance(value, str):  # stored as JSON text
        import json

        value = json.loads(value)
    if isinstance(value, list) and all(isinstance(p, list) for p in value):
        return tuple(tuple(p) for p in value)
    return value


def persona_from_row(r: Row) -> Persona:
    photo = None
    if r["photo_data"] is not None:
        photo = Photo(mime=r["photo_mime"] or "", data=bytes(r["photo_data"]))
    return Persona(
        id=r["id"],
        name=r["name"],
        role=r["role"],
        quote=r["quote"],
        description=r["description"],
        goals=_strings(r["goals"]),
        motivations=_strings(r["motivations"]),
        pain_points=_strings(r["pain_points"]),
        behaviours=_strings(r["behaviours"]),
        channels=_strings(r["channels"]),
        colour=r["colour"],
        photo=photo,
    )


def map_from_row(r: Row, persona_ids: tuple[str, ...]) -> JourneyMap:
    return JourneyMap(
        id=r["id"],
        title=r["title"],
        description=r["description"],
        state=r["state"],
        reworks_id=r["reworks_id"],
        scale_min=r["scale_min"],
        scale_max=r["scale_max"],
        curve=r["curve"],
        persona_ids=persona_ids,
    )


def stage_from_row(r: Row) -> Stage:
    return Stage(
        id=r["id"], map_id=r["map_id"], name=r["name"], description=r["description"], width=r["width"]
    )


def lane_from_row(r: Row) -> Lane:
    return Lane(
        id=r["id"],
        map_id=r["map_id"],
        name=r["name"],
        kind=r["kind"],
        colour=r["colour"],
        height=r["height"],
        collapsed=bool(r["collapsed"]),
    )


CARD_COLUMNS = (
    *("id", "map_id", "stage_id", "lane_id", "text", "colour", "channel", "owner", "evidence", "votes"),
    *("tags", "moment_of_truth", "author", "from_room", "held", "room_votes"),
)
"""The card columns in ``Card``'s field order: a SQLite file's cards are read as tuples of these
(a dict per row cost a sixth of reading a 2,000-card file)."""
_CARD_LATER = {"moment_of_truth": False, "author": "", "from_room": False, "held": False, "room_votes": "[]"}
"""Columns format 3 added, with the value a card of an older file has."""


def card_from_values(v: Sequence[Any]) -> Card:
    """A card from its columns' values in ``CARD_COLUMNS`` order."""
    return cards_from_values(((*v, None),))[0]


def cards_from_values(rows: Iterable[Sequence[Any]]) -> list[Card]:
    """Cards from rows of their columns' values in ``CARD_COLUMNS`` order and one value more (the
    card's position, left out): a file's every card, built in one pass; the empty lists most cards
    have need no JSON decoder. Each card is made as ``Card(...)`` makes it, its fields set through
    their slots' own descriptors (``_CARD_SLOTS``) rather than the frozen ``__init__``'s
    ``object.__setattr__`` per field: half the time for a 2,000-card file. The cards of one map,
    stage or lane share one string of its id (each row's value is a string of its own: three
    copies of an id a card, ~24 MB for 100,000 cards)."""
    named, strings, new = evidence_named, _strings, Card.__new__
    one = {}.setdefault  # each id's first string
    set_id, set_map, set_stage, set_lane, set_text, set_colour, set_channel, set_owner = _CARD_SLOTS[:8]
    set_evidence, set_votes, set_tags, set_moment, set_author, set_room, set_held, set_dots = _CARD_SLOTS[8:]
    cards = []
    add = cards.append
    for (
        card_id,
        map_id,
        stage,
        lane,
        text,
        colour,
        channel,
        owner,
        evidence,
        votes,
        tags,
        moment,
        author,
        from_room,
        held,
        dots,
        _,  # the position: the rows come in order
    ) in rows:
        card = new(Card)
        set_id(card, card_id)
        set_map(card, one(map_id, map_id))
        set_stage(card, one(stage, stage))
        set_lane(card, one(lane, lane))
        set_text(card, text)
        set_colour(card, colour)
        set_channel(card, channel)
        set_owner(card, owner)
        set_evidence(card, None if evidence is None else named(evidence))
        set_votes(card, votes)
        set_tags(card, () if tags == "[]" else strings(tags))
        set_moment(card, bool(moment))
        set_author(card, author)
        set_room(card, bool(from_room))
        set_held(card, bool(held))
        set_dots(card, () if dots == "[]" else strings(dots))
        add(card)
    return cards


_CARD_SLOTS = tuple(Card.__dict__[name].__set__ for name in CARD_COLUMNS)
"""Each card field's slot setter, in ``CARD_COLUMNS`` order (``Card``'s fields, a test pins it)."""


def card_from_row(r: Row) -> Card:
    return card_from_values([r.get(c, _CARD_LATER[c]) if c in _CARD_LATER else r[c] for c in CARD_COLUMNS])


def point_from_row(r: Row) -> EmotionPoint:
    return EmotionPoint(
        id=r["id"],
        map_id=r["map_id"],
        persona_id=r["persona_id"],
        stage_id=r["stage_id"],
        score=r["score"],
        note=r["note"],
        evidence=r["evidence"],
        ratings=_pairs(r.get("ratings", [])),  # format 3
    )


def link_from_row(r: Row) -> CardLink:
    return CardLink(id=r["id"], source_id=r["source_id"], target_id=r["target_id"])


CARD_ROW = (*CARD_COLUMNS[:4], "position", *CARD_COLUMNS[4:])
"""The columns of a card's row as ``row_of`` and ``card_values`` give them."""


def card_values(
    card: Card, position: int | None, listed: Callable[[tuple[str, ...]], Any] = list
) -> tuple[Any, ...]:
    """The values of the row that stores ``card``, in ``CARD_ROW`` order; its lists (tags, dots) as
    ``listed`` makes them: lists for ``row_of``, JSON text for a new file's rows written without a
    dict per card."""
    return (
        card.id,
        card.map_id,
        card.stage_id,
        card.lane_id,
        position,
        card.text,
        card.colour,
        card.channel,
        card.owner,
        None if card.evidence is None else str(card.evidence),
        card.votes,
        listed(card.tags),
        card.moment_of_truth,
        card.author,
        card.from_room,
        card.held,
        listed(card.room_votes),
    )


def file_card_values(
    card: Card, position: int | None, listed: Callable[[tuple[str, ...]], str]
) -> tuple[Any, ...]:
    """``card_values`` as a SQLite file binds them: its lists as ``listed`` makes them (JSON text;
    ``[]`` when empty, without a call) and its flags as the integers the file holds (0 and 1), the
    same values stored. Python's sqlite3 binds an ``int`` at once, but for a ``bool`` (not exactly
    an ``int``) it first looks for an adapter, and that look raises and swallows an
    ``AttributeError``: the three flags of each card made the undo of deleting 1,000 cards bind
    3,000 values that way, almost a fifth of the instructions of its ``executemany``."""
    return (
        card.id,
        card.map_id,
        card.stage_id,
        card.lane_id,
        position,
        card.text,
        card.colour,
        card.channel,
        card.owner,
        None if card.evidence is None else str(card.evidence),
        card.votes,
        listed(card.tags) if card.tags else "[]",
        1 if card.moment_of_truth else 0,
        card.author,
        1 if card.from_room else 0,
        1 if card.held else 0,
        listed(card.room_votes) if card.room_votes else "[]",
    )


def row_of(entity: Any, position: int | None) -> dict[str, Any]:
    """The row that stores ``entity``; ``position`` is its index among its siblings (cards first:
    most rows are theirs)."""
    if isinstance(entity, Card):
        return dict(zip(CARD_ROW, card_values(entity, position), strict=True))
    if isinstance(entity, Persona):
        return {
            "id": entity.id,
            "position": position,
            "name": entity.name,
            "role": entity.role,
            "quote": entity.quote,
            "description": entity.description,
            "goals": list(entity.goals),
            "motivations": list(entity.motivations),
            "pain_points": list(entity.pain_points),
            "behaviours": list(entity.behaviours),
            "channels": list(entity.channels),
            "colour": entity.colour,
            "photo_mime": entity.photo.mime if entity.photo else None,
            "photo_data": entity.photo.data if entity.photo else None,
        }
    if isinstance(entity, JourneyMap):
        return {
            "id": entity.id,
            "position": position,
            "title": entity.title,
            "description": entity.description,
            "state": str(entity.state),
            "reworks_id": entity.reworks_id,
            "scale_min": entity.scale_min,
            "scale_max": entity.scale_max,
            "curve": str(entity.curve),
        }
    if isinstance(entity, Stage):
        return {
            "id": entity.id,
            "map_id": entity.map_id,
            "position": position,
            "name": entity.name,
            "description": entity.description,
            "width": entity.width,
        }
    if isinstance(entity, Lane):
        return {
            "id": entity.id,
            "map_id": entity.map_id,
            "position": position,
            "name": entity.name,
            "kind": str(entity.kind),
            "colour": entity.colour,
            "height": entity.height,
            "collapsed": entity.collapsed,
        }
    if isinstance(entity, EmotionPoint):
        return {
            "id": entity.id,
            "map_id": entity.map_id,
            "persona_id": entity.persona_id,
            "stage_id": entity.stage_id,
            "score": entity.score,
            "note": entity.note,
            "evidence": None if entity.evidence is None else str(entity.evidence),
            "ratings": [list(pair) for pair in entity.ratings],
        }
    if isinstance(entity, CardLink):
        return {"id": entity.id, "source_id": entity.source_id, "target_id": entity.target_id}
    raise TypeError(f"not a model entity: {entity!r}")
