"""Finding cards by what a facilitator remembers of them: case and accents do not matter."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from jmdesigner.model.document import Document


def fold(text: str) -> str:
    """Lower case without accents, so “cafe” finds “Café” and “ANGSTROM” finds “Ångström”."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@dataclass(frozen=True, slots=True)
class Hit:
    map_id: str
    card_id: str
    where: str  # "Map › Stage › Lane"
    text: str


def find_cards(doc: Document, query: str) -> list[Hit]:
    """Cards of every map whose text, channel, owner or a tag contains all words of ``query``."""
    words = fold(query).split()
    if not words:
        return []
    hits = []
    for jmap in doc.maps():
        stages = {s.id: s.name for s in doc.stages(jmap.id)}
        lanes = {lane.id: lane.name for lane in doc.lanes(jmap.id)}
        for card in doc.cards(jmap.id):
            haystack = fold(" ".join((card.text, card.channel, card.owner, *card.tags)))
            if all(w in haystack for w in words):
                where = f"{jmap.title} › {stages[card.stage_id]} › {lanes[card.lane_id]}"
                hits.append(Hit(jmap.id, card.id, where, card.text))
    return hits
