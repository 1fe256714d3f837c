"""The journey-map entities: immutable values the document hands out.

They are frozen so nothing outside the document API can change a map behind its back: an
edit replaces a value, which also makes every old value a free snapshot for undo.
"""

from __future__ import annotations

from dataclasses import dataclass

from jmdesigner.model.kinds import CurveStyle, Evidence, LaneKind, MapState

DEFAULT_STAGE_WIDTH = 240.0
DEFAULT_SCALE = (-5, 5)


@dataclass(frozen=True, slots=True)
class Photo:
    """A persona's picture, kept in the file itself so the document travels whole."""

    mime: str  # "image/png" or "image/jpeg"
    data: bytes


@dataclass(frozen=True, slots=True)
class Persona:
    """Someone whose journey the maps show; maps of one file share their personas."""

    id: str
    name: str
    role: str = ""
    quote: str = ""
    description: str = ""
    goals: tuple[str, ...] = ()
    motivations: tuple[str, ...] = ()
    pain_points: tuple[str, ...] = ()
    behaviours: tuple[str, ...] = ()
    channels: tuple[str, ...] = ()
    colour: str = "#3366cc"
    photo: Photo | None = None


@dataclass(frozen=True, slots=True)
class JourneyMap:
    """One map: stages as columns, lanes as rows, cards in the cells, a curve per persona shown."""

    id: str
    title: str
    description: str = ""
    state: MapState = MapState.CURRENT
    reworks_id: str | None = None  # the current-state map a future-state map reworks
    scale_min: int = DEFAULT_SCALE[0]
    scale_max: int = DEFAULT_SCALE[1]
    curve: CurveStyle = CurveStyle.SMOOTH
    persona_ids: tuple[str, ...] = ()  # personas whose curves the map shows, in legend order


@dataclass(frozen=True, slots=True)
class Stage:
    """A column of a map: one step of the journey."""

    id: str
    map_id: str
    name: str
    description: str = ""
    width: float = DEFAULT_STAGE_WIDTH


@dataclass(frozen=True, slots=True)
class Lane:
    """A row of a map: one aspect of every step (touchpoints, pain points, the emotions curve...)."""

    id: str
    map_id: str
    name: str
    kind: LaneKind = LaneKind.CUSTOM
    colour: str | None = None  # None: the kind's own look
    height: float | None = None  # None: grow to fit the cards; a number is a minimum
    collapsed: bool = False


@dataclass(frozen=True, slots=True)
class Card:
    """A note in one cell of a map (its stage and lane), or held in the room's inbox."""

    id: str
    map_id: str
    stage_id: str
    lane_id: str
    text: str = ""
    colour: str | None = None
    channel: str = ""
    owner: str = ""
    evidence: Evidence | None = None
    votes: int = 0
    tags: tuple[str, ...] = ()
    moment_of_truth: bool = False  # a make-or-break moment of the journey, marked on the card
    author: str = ""  # who wrote it, when a workshop participant posted it from the room
    from_room: bool = False  # posted from the room and not yet accepted by the facilitator
    held: bool = False  # a room note waiting in the inbox, outside the map until placed (its cell is a wish)
    room_votes: tuple[str, ...] = ()  # the room participants who gave it a dot, one name per dot


@dataclass(frozen=True, slots=True)
class EmotionPoint:
    """How one persona feels at one stage: a point of that persona's curve."""

    id: str
    map_id: str
    persona_id: str
    stage_id: str
    score: float
    note: str = ""
    evidence: Evidence | None = None
    # The room's participants' scores behind the point, one (name, score) each: it is their mean.
    ratings: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True, slots=True)
class CardLink:
    """One card leads to another: a pain point to the opportunity or future-state card that answers it.

    Links are directed (``source_id`` → ``target_id``, as drawn) and may join cards of any two maps
    of one document. Cycles are allowed: a link states "these belong together", not an order of work,
    so every reader walks them with a visited set. A card links to itself never, and a pair of
    cards at most once (in either direction).
    """

    id: str
    source_id: str
    target_id: str
