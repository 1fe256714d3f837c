"""What a screen reader says for each part of a map: the outline and the canvas say the same.

"Card 2 of 5 in Shop, Pain points: Delivery fee only shown at checkout, 3 votes, observed".
"""

from __future__ import annotations

from jmdesigner.model import Card, Lane, Stage

MOMENT_MARK = "★"  # before a moment-of-truth card's first line


def first_line(card: Card) -> str:
    return card.text.splitlines()[0] if card.text.strip() else "(empty card)"


def card_extras(card: Card) -> str:
    votes = f", {card.votes} votes" if card.votes else ""
    evidence = f", {card.evidence.value}" if card.evidence else ""
    moment = ", moment of truth" if card.moment_of_truth else ""
    return f"{votes}{evidence}{moment}"


def card_name(card: Card, n: int, total: int, stage: Stage, lane: Lane) -> str:
    return f"Card {n} of {total} in {stage.name}, {lane.name}: {first_line(card)}{card_extras(card)}"


def stage_name(stage: Stage, n: int, total: int) -> str:
    return f"Stage {n} of {total}: {stage.name}"


def lane_name(lane: Lane, n: int, total: int) -> str:
    kind = "" if lane.name.casefold() == lane.kind.label.casefold() else f" ({lane.kind.label})"
    return f"Lane {n} of {total}: {lane.name}{kind}"


def cell_name(stage: Stage, lane: Lane, cards: int) -> str:
    """The keyboard's cell (Tab and the arrows stop on it): where it is and how full."""
    count = "empty" if cards == 0 else "1 card" if cards == 1 else f"{cards} cards"
    return f"Cell in {stage.name}, {lane.name}: {count}"


def point_name(persona_name: str, stage: Stage, score: float, note: str) -> str:
    shown = f"{score:+g}" if score else "0"
    return f"{persona_name} feels {shown} at {stage.name}" + (f": {note}" if note else "")
