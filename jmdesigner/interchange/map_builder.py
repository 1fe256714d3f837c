"""Building one map from a foreign format, checked by the document's own rules.

Readers call ``stage``, ``lane``, ``card``, ``persona`` and ``point`` with the place in the
source each came from (``line 12``, ``stages[2].nodes[0]``); ``build`` runs every value
through a scratch document and reports every problem with its place, or returns the bundle.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from jmdesigner.errors import ValidationError
from jmdesigner.i18n import grouped, translate
from jmdesigner.interchange.json_map import PERSONA_PALETTE
from jmdesigner.interchange.problems import Problems
from jmdesigner.model import (
    Card,
    Document,
    EmotionPoint,
    JourneyMap,
    Lane,
    LaneKind,
    MapBundle,
    Persona,
    Stage,
    bundle_of,
    new_id,
)

MAX_IMPORTED_CARDS = 100_000  # far beyond a real map; keeps a hostile file from exhausting memory


@dataclass
class _Placed:
    """A value read from a source, with the place it came from (for messages)."""

    value: Any
    where: str


@dataclass
class MapBuilder:
    """A map being put together from a source, with the problems found on the way."""

    title: str
    problems: Problems
    description: str = ""
    scale: tuple[int, int] = (-5, 5)
    notes: list[str] = field(default_factory=list)
    map_id: str = field(default_factory=new_id)
    _stages: list[_Placed] = field(default_factory=list)
    _lanes: dict[str, Lane] = field(default_factory=dict)
    _cards: list[_Placed] = field(default_factory=list)
    _personas: dict[str, Persona] = field(default_factory=dict)
    _points: list[_Placed] = field(default_factory=list)

    def stage(self, name: str, description: str = "", where: str = "") -> str:
        """A new stage at the end; a name already used gets “(2)”, “(3)”… so nothing merges."""
        taken = {p.value.name for p in self._stages}
        unique, n = name, 2
        while unique.strip() in taken:
            unique, n = f"{name} ({n})", n + 1
        if unique != name:
            self.notes.append(f"{where}: a second stage named “{name}” became “{unique}”.".lstrip(": "))
        stage = Stage(id=new_id(), map_id=self.map_id, name=unique.strip(), description=description)
        self._stages.append(_Placed(stage, where))
        return stage.id

    @property
    def stage_count(self) -> int:
        return len(self._stages)

    def lane(self, name: str, kind: LaneKind) -> str:
        """The lane of that name, created at the end the first time it is asked for."""
        if name not in self._lanes:
            self._lanes[name] = Lane(id=new_id(), map_id=self.map_id, name=name, kind=kind)
        return self._lanes[name].id

    def card(self, stage_id: str, lane_id: str, text: str, where: str = "", **fields: Any) -> None:
        if len(self._cards) >= MAX_IMPORTED_CARDS:
            if len(self._cards) == MAX_IMPORTED_CARDS:
                said = translate("MapBuilder", "more than {count} cards; split the journey.")
                self.problems.add(where, said.format(count=grouped(MAX_IMPORTED_CARDS)))
                self._cards.append(_Placed(None, where))  # counted once, never built
            return
        card = Card(id=new_id(), map_id=self.map_id, stage_id=stage_id, lane_id=lane_id, text=text, **fields)
        self._cards.append(_Placed(card, where))

    def persona(self, name: str) -> str:
        key = name.strip()
        if key not in self._personas:
            colour = PERSONA_PALETTE[len(self._personas) % len(PERSONA_PALETTE)]
            self._personas[key] = Persona(id=new_id(), name=key, colour=colour)
        return self._personas[key].id

    def point(self, persona_id: str, stage_id: str, score: float, note: str = "", where: str = "") -> None:
        point = EmotionPoint(
            id=new_id(), map_id=self.map_id, persona_id=persona_id, stage_id=stage_id, score=score, note=note
        )
        self._points.append(_Placed(point, where))

    def build(self) -> MapBundle:
        """The map as the document normalises it, or ``ImportProblems`` listing every problem."""
        scratch = Document()
        personas = list(self._personas.values())
        jmap = JourneyMap(
            id=self.map_id,
            title=self.title,
            description=self.description,
            scale_min=self.scale[0],
            scale_max=self.scale[1],
            persona_ids=tuple(p.id for p in personas),
        )
        with scratch.loading():
            for p in personas:
                self._check(f"persona “{p.name[:40]}”", lambda p=p: scratch.add_persona(p))
            self._check("the title", lambda: scratch.add_map(jmap))
            self.problems.raise_any()  # nothing else can be placed without the map
            for placed in self._stages:
                self._check(placed.where, lambda s=placed.value: scratch.insert_stage(s))
            for lane in self._lanes.values():
                self._check(f"lane “{lane.name[:40]}”", lambda lane=lane: scratch.insert_lane(lane))
            for placed in self._cards[:MAX_IMPORTED_CARDS]:
                self._check(placed.where, lambda c=placed.value: scratch.insert_card(c))
            for placed in self._points:
                self._check(placed.where, lambda e=placed.value: scratch.set_emotion(e))
        self.problems.raise_any()
        return bundle_of(scratch, self.map_id)

    def _check(self, where: str, add: Callable[[], Any]) -> None:
        try:
            add()
        except ValidationError as exc:
            self.problems.add(where, str(exc))
        except KeyError:
            self.problems.add(
                where, translate("MapBuilder", "refers to a stage or lane that could not be created.")
            )
