"""Realistic large maps for the benchmark: N cards over 30 stages × 10 lanes, 3 personas with curves.

Deterministic (seeded) so two runs measure the same map. Card texts vary from a few words to
a paragraph, as workshop notes do.
"""

from __future__ import annotations

import random

from jmdesigner.model import (
    Card,
    EmotionPoint,
    Evidence,
    JourneyMap,
    Lane,
    LaneKind,
    MapBundle,
    Persona,
    Stage,
    new_id,
)

STAGES = 30
LANE_KINDS = (
    LaneKind.TOUCHPOINTS,
    LaneKind.CHANNELS,
    LaneKind.ACTIONS,
    LaneKind.THOUGHTS,
    LaneKind.EMOTIONS,
    LaneKind.PAIN_POINTS,
    LaneKind.OPPORTUNITIES,
    LaneKind.BACKSTAGE,
    LaneKind.KPIS,
    LaneKind.NOTES,
)
WORDS = [
    "customer",
    "checks",
    "delivery",
    "slot",
    "price",
    "app",
    "website",
    "store",
    "call",
    "support",
    "basket",
    "voucher",
    "order",
    "refund",
    "waits",
    "compares",
    "reads",
    "reviews",
    "signs",
    "up",
    "account",
    "password",
    "e-mail",
    "SMS",
    "driver",
    "van",
    "late",
    "early",
    "fresh",
    "substitution",
    "missing",
    "item",
    "receipt",
    "loyalty",
    "points",
    "friend",
    "recommends",
    "survey",
    "score",
    "onboarding",
    "confused",
    "happy",
    "annoyed",
    "relieved",
    "form",
    "field",
    "error",
    "postcode",
    "payment",
    "card",
    "invoice",
    "tracking",
]


def _text(rng: random.Random) -> str:
    n = rng.choice((3, 5, 8, 12, 18, 30))
    words = [rng.choice(WORDS) for _ in range(n)]
    words[0] = words[0].capitalize()
    return " ".join(words) + "."


def large_map(cards: int, seed: int = 7, title: str | None = None) -> MapBundle:
    rng = random.Random(seed)
    map_id = new_id()
    personas = tuple(
        Persona(new_id(), name, colour=colour)
        for name, colour in (("Maya", "#d1495b"), ("Walter", "#2e86ab"), ("Ines", "#3b8b5a"))
    )
    stages = tuple(Stage(new_id(), map_id, f"Stage {i + 1:02d}") for i in range(STAGES))
    lanes = tuple(Lane(new_id(), map_id, kind.label, kind) for kind in LANE_KINDS)
    card_lanes = [lane for lane in lanes if lane.kind is not LaneKind.EMOTIONS]
    evidence = (None, Evidence.OBSERVED, Evidence.ASSUMED, Evidence.PROPOSED)
    card_list = tuple(
        Card(
            new_id(),
            map_id,
            stages[i % STAGES].id,
            card_lanes[(i // STAGES) % len(card_lanes)].id,
            _text(rng),
            votes=rng.choice((0, 0, 0, 1, 2, 5, 12)),
            evidence=rng.choice(evidence),
        )
        for i in range(cards)
    )
    points = tuple(
        EmotionPoint(new_id(), map_id, p.id, s.id, score=rng.randint(-5, 5)) for p in personas for s in stages
    )
    jmap = JourneyMap(
        map_id, title or f"Benchmark map, {cards} cards", persona_ids=tuple(p.id for p in personas)
    )
    return MapBundle(jmap, personas, stages, lanes, card_list, points)
