"""Reading and copying links between cards: what answers a pain point, what a copy keeps.

Links are stored one way (``CardLink``) but read both ways here: a pain point is answered by
any card it is joined to, directly or along a chain (pain point → opportunity → future-state
card), whichever way each link was drawn. Cycles are allowed, so every walk keeps a visited set.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from jmdesigner.model.document import Document, Kind
from jmdesigner.model.entities import Card, CardLink
from jmdesigner.model.ids import new_id
from jmdesigner.model.kinds import LaneKind


@dataclass(frozen=True, slots=True)
class ExternalLink:
    """A link from a card of a single map's data to a card of another map, named the only way a
    map's JSON can name it: by that map's title and the card's index there."""

    card_id: str  # the card of this map
    map_title: str
    card_index: int
    outgoing: bool  # this map's card is the link's source


def resolve_external(doc: Document, ext: ExternalLink) -> CardLink | None:
    """The link, if the document has a map of that title with a card at that index."""
    other_map = doc.map_by_title(ext.map_title)
    if other_map is None:
        return None
    cards = doc.every_card(other_map.id)
    if not 0 <= ext.card_index < len(cards):
        return None
    other = cards[ext.card_index].id
    ends = (ext.card_id, other) if ext.outgoing else (other, ext.card_id)
    return CardLink(new_id(), *ends)


def is_pain_point(doc: Document, card: Card) -> bool:
    return doc.lane(card.lane_id).kind is LaneKind.PAIN_POINTS


def card_label(doc: Document, card_id: str, from_map: str | None = None) -> str:
    """“Stage · Lane: text”, with the map's title in front when it is not ``from_map``."""
    card = doc.card(card_id)
    text = " ".join(card.text.split()) or "(empty card)"
    where = f"{doc.stage(card.stage_id).name} · {doc.lane(card.lane_id).name}"
    if card.map_id != from_map:
        where = f"{doc.map(card.map_id).title} › {where}"
    return f"{where}: {text}"


def connected_cards(doc: Document, card_id: str) -> list[Card]:
    """Every card reachable from ``card_id`` along links (either direction), nearest first."""
    seen = {card_id}
    queue = [card_id]
    out: list[Card] = []
    while queue:
        current = queue.pop(0)
        for card in doc.linked_cards(current):
            if card.id not in seen:
                seen.add(card.id)
                out.append(card)
                queue.append(card.id)
    return out


def answers_of(doc: Document, card_id: str) -> list[Card]:
    """The cards that answer a pain point: those it reaches along links that are not pain points."""
    return [c for c in connected_cards(doc, card_id) if not is_pain_point(doc, c)]


def pain_points_with_answers(doc: Document, map_id: str) -> list[tuple[Card, list[Card]]]:
    """Each pain point of a map, in map order, with what answers it (empty: unanswered)."""
    return [(c, answers_of(doc, c.id)) for c in doc.cards(map_id) if is_pain_point(doc, c)]


def copied_links(links: Iterable[CardLink], copies: Mapping[str, str]) -> list[CardLink]:
    """The links that copies of cards keep: an end among the copied cards (``copies`` maps each
    original id to its copy's) moves to the copy; the other end stays where it was."""
    out = []
    for link in links:
        if link.source_id in copies or link.target_id in copies:
            out.append(
                CardLink(
                    new_id(),
                    copies.get(link.source_id, link.source_id),
                    copies.get(link.target_id, link.target_id),
                )
            )
    return out


def add_links_that_fit(doc: Document, links: Iterable[CardLink]) -> None:
    """Add each link whose two cards exist and are not linked yet; skip the rest quietly (a copy
    of a card whose linked card was deleted meanwhile simply has one link fewer)."""
    for link in links:
        ends = (link.source_id, link.target_id)
        if link.source_id == link.target_id or any(doc.get(Kind.CARD, e) is None for e in ends):
            continue
        if doc.link_between(*ends) is None:
            doc.add_link(link)
