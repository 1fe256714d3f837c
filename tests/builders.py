"""Small builders for test documents (pure model, no storage)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

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
    add_bundle,
    new_id,
)


def sample_bundle(title: str = "Checkout", stages: int = 3, cards_per_cell: int = 1) -> MapBundle:
    """A small but complete map: two personas, an emotions lane, cards and curves."""
    map_id = new_id()
    personas = (
        Persona(new_id(), f"Maya {title}", role="Parent", goals=("Save time",), colour="#d1495b"),
        Persona(new_id(), f"Walter {title}", colour="#2e86ab"),
    )
    stage_list = tuple(Stage(new_id(), map_id, f"Stage {i + 1}") for i in range(stages))
    lanes = (
        Lane(new_id(), map_id, "Touchpoints", LaneKind.TOUCHPOINTS),
        Lane(new_id(), map_id, "Emotions", LaneKind.EMOTIONS),
        Lane(new_id(), map_id, "Pain points", LaneKind.PAIN_POINTS),
    )
    cards = tuple(
        Card(new_id(), map_id, s.id, lane.id, f"{lane.name} {s.name} #{k}", votes=k)
        for s in stage_list
        for lane in lanes
        if lane.kind is not LaneKind.EMOTIONS
        for k in range(cards_per_cell)
    )
    points = tuple(
        EmotionPoint(new_id(), map_id, p.id, s.id, score=(i % 5) - 2)
        for p in personas
        for i, s in enumerate(stage_list)
    )
    jmap = JourneyMap(map_id, title, persona_ids=tuple(p.id for p in personas))
    return MapBundle(jmap, personas, stage_list, lanes, cards, points)


def populated(doc: Document | None = None, **kwargs: object) -> Document:
    doc = doc or Document()
    add_bundle(doc, sample_bundle(**kwargs))  # type: ignore[arg-type]
    return doc


def current_and_future(doc: Document | None = None) -> tuple[Document, str, str]:
    """A current-state map and its future state, changed: one card removed, one edited, one
    added, a stage renamed (a gap in each map), every score of the first persona up by 2, and a
    pain point linked along a chain to the added card. Returns the document and the two map ids."""
    from dataclasses import replace

    from jmdesigner.model import CardLink
    from jmdesigner.model.bundle import future_state_of

    doc = populated(doc, title="Now", stages=4)
    now = doc.maps()[0].id
    add_bundle(doc, future_state_of(doc, now))
    later = doc.maps()[1].id
    stages = doc.stages(later)
    lanes = {lane.kind: lane for lane in doc.lanes(later)}
    touch = [c for c in doc.cards(later) if c.lane_id == lanes[LaneKind.TOUCHPOINTS].id]
    doc.remove_card(touch[0].id)
    doc.update_card(touch[1].id, text=f"{touch[1].text}, edited")
    added = doc.insert_card(
        Card(new_id(), later, stages[1].id, lanes[LaneKind.TOUCHPOINTS].id, "Brand new card")
    )
    doc.update_stage(stages[-1].id, name="Renamed stage")
    first = doc.maps()[1].persona_ids[0]
    for p in doc.emotion_points(later, first):
        doc.set_emotion(replace(p, score=min(p.score + 2, 5)))
    now_lanes = {lane.kind: lane for lane in doc.lanes(now)}
    pain = next(c for c in doc.cards(now) if c.lane_id == now_lanes[LaneKind.PAIN_POINTS].id)
    opportunity = next(c for c in doc.cards(now) if c.lane_id == now_lanes[LaneKind.TOUCHPOINTS].id)
    doc.add_link(CardLink(new_id(), pain.id, opportunity.id))
    doc.add_link(CardLink(new_id(), added.id, opportunity.id))
    return doc, now, later


def sample_and_future() -> tuple[Document, str, str]:
    """The bundled sample map and its future state: their "Current vs future" page prints its card
    text at 5 pt on A3 (the maps' own pages at 6.6 and 6.7 pt) and 7.4 pt on A2. Returns the document and
    the two map ids."""
    from jmdesigner.interchange.json_map import parse_map, read_json_file
    from jmdesigner.model.bundle import future_state_of
    from jmdesigner.resources import resource_path

    doc = Document()
    add_bundle(doc, parse_map(read_json_file(Path(resource_path("samples", "sample-map.json")))))
    now = doc.maps()[0].id
    add_bundle(doc, future_state_of(doc, now))
    return doc, now, doc.maps()[1].id


def add_raw_cards(path: Path, count: int) -> None:
    """``count`` one-word cards written straight into ``path``'s first cell with sqlite3 (behind
    jmdesigner's back): a file past the card limit without building it through the document API."""
    raw = sqlite3.connect(path, isolation_level=None)
    raw.execute(
        "INSERT INTO cards (id, map_id, stage_id, lane_id, position, text, colour, channel, owner, "
        "evidence, votes, tags) SELECT printf('c%06d', n), map_id, stage_id, lane_id, n, 'x', NULL, '', '', "
        "NULL, 0, '[]' FROM (WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r "
        "WHERE n < ?) SELECT n FROM r), (SELECT map_id, stage_id, lane_id FROM cards LIMIT 1)",
        (count,),
    )
    raw.close()


def every_kind_document() -> Document:
    """Two maps (a current state and its future state) with every kind of entity, each field
    away from its default: personas with photos, stages, lanes, cards in cells, room notes held
    in the inbox with their room votes, emotion points with the room's ratings, links within a
    map, across maps and at a held note. What a copy of a whole document must carry whole
    (``tests/model/test_whole_copies.py`` checks that this builder leaves no field at its default)."""
    from jmdesigner.model import CardLink, Photo
    from jmdesigner.model.kinds import CurveStyle, Evidence, MapState

    doc = Document()
    png = bytes.fromhex("89504e470d0a1a0a") + b"\0" * 24
    personas = [
        doc.add_persona(
            Persona(
                new_id(),
                name,
                role="Parent",
                quote="Just let me pay",
                description="Shops on the bus",
                goals=("Save time",),
                motivations=("Family",),
                pain_points=("Queues",),
                behaviours=("Compares prices",),
                channels=("App",),
                colour=colour,
                photo=Photo("image/png", png),
            )
        )
        for name, colour in (("Maya", "#d1495b"), ("Walter", "#2e86ab"))
    ]
    cards: list[Card] = []
    map_ids: list[str] = []
    for n, state in enumerate((MapState.CURRENT, MapState.FUTURE)):
        jmap = doc.add_map(
            JourneyMap(
                new_id(),
                f"Checkout {state}",
                description="The way to pay",
                state=state,
                reworks_id=map_ids[0] if map_ids else None,
                scale_min=-3,
                scale_max=4,
                curve=CurveStyle.STRAIGHT,
                persona_ids=tuple(p.id for p in personas),
            )
        )
        map_ids.append(jmap.id)
        stages = [
            doc.insert_stage(Stage(new_id(), jmap.id, f"Stage {i}", description="Step", width=300.0))
            for i in range(2)
        ]
        lanes = [
            doc.insert_lane(
                Lane(
                    new_id(),
                    jmap.id,
                    "Touchpoints",
                    LaneKind.TOUCHPOINTS,
                    colour="#ffeeaa",
                    height=120.0,
                    collapsed=True,
                )
            ),
            doc.insert_lane(Lane(new_id(), jmap.id, "Emotions", LaneKind.EMOTIONS)),
        ]
        for s in stages:
            cards.append(
                doc.insert_card(
                    Card(
                        new_id(),
                        jmap.id,
                        s.id,
                        lanes[0].id,
                        f"Pay at {s.name} {n}",
                        colour="#aaccee",
                        channel="Web",
                        owner="Ops",
                        evidence=Evidence.OBSERVED,
                        votes=3,
                        tags=("pay",),
                        moment_of_truth=True,
                        author="Ana",
                        from_room=True,
                        room_votes=("Ben",),
                    )
                )
            )
        for k in range(2):
            cards.append(
                doc.insert_card(
                    Card(
                        new_id(),
                        jmap.id,
                        stages[k].id,
                        lanes[0].id,
                        f"Held note {k} of map {n}",
                        author="Ben",
                        from_room=True,
                        held=True,
                        room_votes=("Ana", "Cy"),
                    )
                )
            )
        for p in personas:
            for i, s in enumerate(stages):
                doc.set_emotion(
                    EmotionPoint(
                        new_id(),
                        jmap.id,
                        p.id,
                        s.id,
                        score=i - 1,
                        note="Tense",
                        evidence=Evidence.ASSUMED,
                        ratings=(("Ana", i - 1), ("Ben", i - 1)),
                    )
                )
    doc.add_link(CardLink(new_id(), cards[0].id, cards[1].id))  # within a map
    doc.add_link(CardLink(new_id(), cards[0].id, cards[4].id))  # across maps
    doc.add_link(CardLink(new_id(), cards[1].id, cards[2].id))  # at a held note
    return doc


_ID_KEYS = ("id", "map_id", "stage_id", "lane_id", "persona_id", "source_id", "target_id", "reworks_id")


def content_of(snapshot: dict, *, titles: bool = True) -> object:
    """``Document.snapshot()`` with every id replaced by the order it is first met in (personas,
    maps, then each map's stages, lanes, cards, held notes): equal for a copy made under fresh ids.
    ``titles=False`` leaves map titles out (a copy may be renamed "(copy)" or "(2)")."""
    order: dict[str, int] = {}
    defining = [*snapshot["personas"]]
    for m in snapshot["maps"]:
        defining += [m["map"], *m["stages"], *m["lanes"], *m["cards"], *m["held"]]
    for entity in defining:
        order.setdefault(entity["id"], len(order))

    def plain(entity: dict) -> dict:
        out = dict(entity)
        for key in _ID_KEYS:
            if out.get(key) is not None:
                out[key] = order.get(out[key], "elsewhere")
        if "persona_ids" in out:
            out["persona_ids"] = tuple(order[p] for p in out["persona_ids"])
        if not titles and "title" in out:
            del out["title"]
        return out

    def unordered(entities: list) -> list:
        return sorted((plain(e) for e in entities), key=repr)

    return {
        "personas": [plain(p) for p in snapshot["personas"]],
        "maps": [
            {
                "map": plain(m["map"]),
                **{k: [plain(e) for e in m[k]] for k in ("stages", "lanes", "cards", "held")},
                "points": unordered(m["points"]),
            }
            for m in snapshot["maps"]
        ],
        "links": unordered(snapshot["links"]),
    }


def copies_in(both: dict, source: dict) -> dict:
    """The snapshot ``both`` of a document that holds ``source`` and then a copy of it under fresh
    ids, cut down to the copy: the maps after source's, the links source does not have."""
    ids = {link["id"] for link in source["links"]}
    return {
        **both,
        "maps": both["maps"][len(source["maps"]) :],
        "links": [link for link in both["links"] if link["id"] not in ids],
    }
