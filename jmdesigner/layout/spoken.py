"""What a screen reader says for each part of a map: the outline and the canvas say the same.

"Card 2 of 5 in Shop, Pain points: Delivery fee only shown at checkout, 3 votes, observed".
"""

from __future__ import annotations

from jmdesigner.i18n import N_, grouped, translate
from jmdesigner.model import Card, Evidence, Lane, Stage

MOMENT_MARK = "★"  # before a moment-of-truth card's first line


def first_line(card: Card) -> str:
    return card.text.splitlines()[0] if card.text.strip() else translate("Spoken", "(empty card)")


EVIDENCE = {
    Evidence.OBSERVED: N_("Spoken", "observed"),
    Evidence.ASSUMED: N_("Spoken", "assumed"),
    Evidence.PROPOSED: N_("Spoken", "proposed"),
}


def card_extras(card: Card) -> str:
    votes = translate("Spoken", ", %n vote(s)", None, card.votes) if card.votes else ""
    evidence = ", " + translate("Spoken", EVIDENCE[card.evidence]) if card.evidence else ""
    moment = translate("Spoken", ", moment of truth") if card.moment_of_truth else ""
    return f"{votes}{evidence}{moment}"


def card_name(card: Card, n: int, total: int, stage: Stage, lane: Lane) -> str:
    said = translate("Spoken", "Card {n} of {total} in {stage}, {lane}: {text}")
    text = first_line(card) + card_extras(card)
    return said.format(n=grouped(n), total=grouped(total), stage=stage.name, lane=lane.name, text=text)


def stage_name(stage: Stage, n: int, total: int) -> str:
    return translate("Spoken", "Stage {n} of {total}: {name}").format(
        n=grouped(n), total=grouped(total), name=stage.name
    )


def lane_name(lane: Lane, n: int, total: int) -> str:
    said = translate("Spoken", "Lane {n} of {total}: {name}").format(
        n=grouped(n), total=grouped(total), name=lane.name
    )
    kind = lane.kind.label
    return said if lane.name.casefold() == kind.casefold() else f"{said} ({kind})"


def cell_name(stage: Stage, lane: Lane, cards: int) -> str:
    """The keyboard's cell (Tab and the arrows stop on it): where it is and how full."""
    if not cards:
        return translate("Spoken", "Cell in {stage}, {lane}: empty").format(stage=stage.name, lane=lane.name)
    said = translate("Spoken", "Cell in {stage}, {lane}: %n card(s)", None, cards)
    return said.format(stage=stage.name, lane=lane.name)


def point_name(persona_name: str, stage: Stage, score: float, note: str) -> str:
    shown = f"{score:+g}" if score else "0"
    said = translate("Spoken", "{persona} feels {score} at {stage}").format(
        persona=persona_name, score=shown, stage=stage.name
    )
    return f"{said}: {note}" if note else said


def map_counts(stages: int, lanes: int, cards: int) -> tuple[str, str, str]:
    """ "3 stages", "1 lane", "1,239 cards": a map's size, as the inspector shows it and the
    canvas describes it to a screen reader."""
    return (
        translate("Spoken", "%n stage(s)", None, stages),
        translate("Spoken", "%n lane(s)", None, lanes),
        translate("Spoken", "%n card(s)", None, cards),
    )
