"""Every map of a document at a glance: what a CX lead opens first.

One row per map: its state (and the map a future state reworks), size, each persona's curve as
scores per stage, pain points answered and unanswered (along links, see ``model.links``) and
votes. Pure data; the portfolio view draws it.
"""

from __future__ import annotations

from dataclasses import dataclass

from jmdesigner.model.document import Document
from jmdesigner.model.kinds import MapState
from jmdesigner.model.links import pain_points_with_answers


@dataclass(frozen=True, slots=True)
class Curve:
    """One persona's scores across a map's stages, for the portfolio view."""

    name: str
    colour: str
    scores: tuple[float | None, ...]  # per stage, None where the persona has no point


@dataclass(frozen=True, slots=True)
class PortfolioRow:
    """One map of the portfolio: what it is and how much it holds."""

    map_id: str
    title: str
    state: MapState
    reworks: str  # the title of the map a future state reworks, or ""
    stages: int
    cards: int
    scale: tuple[int, int]
    curves: tuple[Curve, ...]
    pain_points: int
    answered: int
    votes: int

    @property
    def unanswered(self) -> int:
        return self.pain_points - self.answered


def portfolio(doc: Document) -> list[PortfolioRow]:
    rows = []
    for jmap in doc.maps():
        stages = doc.stages(jmap.id)
        curves = []
        for persona_id in jmap.persona_ids:
            persona = doc.persona(persona_id)
            scores = tuple(None if (p := doc.point_at(persona_id, s.id)) is None else p.score for s in stages)
            curves.append(Curve(persona.name, persona.colour, scores))
        pains = pain_points_with_answers(doc, jmap.id)
        cards = doc.cards(jmap.id)
        rows.append(
            PortfolioRow(
                map_id=jmap.id,
                title=jmap.title,
                state=jmap.state,
                reworks=doc.map(jmap.reworks_id).title if jmap.reworks_id else "",
                stages=len(stages),
                cards=len(cards),
                scale=(jmap.scale_min, jmap.scale_max),
                curves=tuple(curves),
                pain_points=len(pains),
                answered=sum(1 for _, answers in pains if answers),
                votes=sum(c.votes for c in cards),
            )
        )
    return rows
