"""A map with everything on it, as one value: what import, templates, duplicate and paste move.

``bundle_of``, ``with_fresh_ids`` and ``add_bundle`` are the one place that knows what a map's
content is (stages, lanes, the cards in cells, the room notes held in its inbox, emotion points,
links): publishing a file into a library, taking a library offline and duplicating a map all copy
through them, so a kind of content added here is carried by every copy at once."""

from __future__ import annotations

import operator
import re
from dataclasses import dataclass, field, replace

from jmdesigner.i18n import translate
from jmdesigner.model.curve_lane import ensure_emotions_lane
from jmdesigner.model.document import Document, Kind
from jmdesigner.model.entities import Card, CardLink, EmotionPoint, JourneyMap, Lane, Persona, Stage
from jmdesigner.model.ids import new_id
from jmdesigner.model.kinds import MapState
from jmdesigner.model.links import ExternalLink, add_links_that_fit, copied_links, resolve_external
from jmdesigner.model.validation import MAX_NAME


@dataclass(frozen=True, slots=True)
class MapBundle:
    """A map with everything on it, as one value."""

    map: JourneyMap
    personas: tuple[Persona, ...]  # the personas the map shows, in legend order
    stages: tuple[Stage, ...]
    lanes: tuple[Lane, ...]
    cards: tuple[Card, ...]  # in cell order
    points: tuple[EmotionPoint, ...]
    # Links with at least one end on the map; the other end may sit on another map of the
    # document, and such a link is kept only where that card exists.
    links: tuple[CardLink, ...] = ()
    # Links to maps named by title (a map read from JSON): made where such a map exists.
    external_links: tuple[ExternalLink, ...] = ()
    # Room notes held in the map's inbox (``Document.held_cards``): outside every cell until the
    # facilitator places them, and as much the map's content as the cards in cells.
    held: tuple[Card, ...] = ()
    # The document these very entities were taken from (``bundle_of``), where they passed the
    # model's checks: adding the bundle checks again only what depends on the target document.
    checked_in: Document | None = field(default=None, compare=False, repr=False)


def bundle_of(doc: Document, map_id: str) -> MapBundle:
    jmap = doc.map(map_id)
    cards, held = doc.cards(map_id), doc.held_cards(map_id)
    linked = doc.link_counts()  # only the cards with links are asked for theirs
    return MapBundle(
        map=jmap,
        personas=tuple(doc.persona(p) for p in jmap.persona_ids),
        stages=tuple(doc.stages(map_id)),
        lanes=tuple(doc.lanes(map_id)),
        cards=tuple(cards),
        points=tuple(doc.emotion_points(map_id)),
        links=tuple(
            dict.fromkeys(lk for c in (*cards, *held) if c.id in linked for lk in doc.links_of(c.id))
        ),
        held=tuple(held),
        checked_in=doc,
    )


def with_fresh_ids(bundle: MapBundle, *, keep_persona_ids: bool = False) -> MapBundle:
    """The same map under new ids, so it can live beside the original."""
    map_id = new_id()
    pid = {p.id: (p.id if keep_persona_ids else new_id()) for p in bundle.personas}
    sid = {s.id: new_id() for s in bundle.stages}
    lid = {lane.id: new_id() for lane in bundle.lanes}
    cid = {c.id: new_id() for c in (*bundle.cards, *bundle.held)}

    def card(c: Card) -> Card:
        return replace(c, id=cid[c.id], map_id=map_id, stage_id=sid[c.stage_id], lane_id=lid[c.lane_id])

    return MapBundle(
        map=replace(bundle.map, id=map_id, persona_ids=tuple(pid[p] for p in bundle.map.persona_ids)),
        personas=tuple(replace(p, id=pid[p.id]) for p in bundle.personas),
        stages=tuple(replace(s, id=sid[s.id], map_id=map_id) for s in bundle.stages),
        lanes=tuple(replace(lane, id=lid[lane.id], map_id=map_id) for lane in bundle.lanes),
        cards=tuple(card(c) for c in bundle.cards),
        points=tuple(
            replace(p, id=new_id(), map_id=map_id, persona_id=pid[p.persona_id], stage_id=sid[p.stage_id])
            for p in bundle.points
        ),
        links=tuple(copied_links(bundle.links, cid)),
        external_links=tuple(replace(e, card_id=cid[e.card_id]) for e in bundle.external_links),
        held=tuple(card(c) for c in bundle.held),
    )


def unique_title(doc: Document, title: str) -> str:
    """``title``, or ``title (2)``, ``(3)``... if the file already has a map of that name."""
    taken = {m.title for m in doc.maps()}
    if title not in taken:
        return title
    n = 2
    while f"{title} ({n})" in taken:
        n += 1
    return f"{title} ({n})"


def add_bundle(doc: Document, bundle: MapBundle, index: int | None = None) -> JourneyMap:
    """Add a map and what it holds as one transaction.

    Personas already in the document (same id, or same name) are reused rather than
    duplicated, so importing the maps of one workshop keeps one "Maya" across them.
    """
    with doc.transaction():
        persona_ids: dict[str, str] = {}
        for persona in bundle.personas:
            existing = doc.get(Kind.PERSONA, persona.id) or doc.persona_by_name(persona.name)
            if existing is None:
                existing = doc.add_persona(persona)
            persona_ids[persona.id] = existing.id
        jmap = replace(
            bundle.map,
            title=unique_title(doc, bundle.map.title),
            persona_ids=tuple(persona_ids[p] for p in bundle.map.persona_ids),
        )
        if jmap.reworks_id is not None and (
            doc.get(Kind.MAP, jmap.reworks_id) is None or jmap.state is not MapState.FUTURE
        ):
            jmap = replace(jmap, reworks_id=None)
        jmap = doc.add_map(jmap, index)
        for stage in bundle.stages:
            doc.insert_stage(stage)
        for lane in bundle.lanes:
            doc.insert_lane(lane)
        for card in (*bundle.cards, *bundle.held):  # held notes into the map's inbox, in their order
            doc.insert_card(card, checked_in=bundle.checked_in)
        for point in bundle.points:
            doc.set_emotion(replace(point, persona_id=persona_ids[point.persona_id]))
        _settle(doc, jmap.id, bundle)
    return jmap


def _settle(doc: Document, map_id: str, bundle: MapBundle) -> None:
    """What adding a map does once its content is in: an emotions lane for its points, its links."""
    if bundle.points:
        ensure_emotions_lane(doc, map_id)  # points with nowhere to show them would be lost to view
    add_links_that_fit(doc, bundle.links)
    resolved = (resolve_external(doc, e) for e in bundle.external_links)
    add_links_that_fit(doc, [link for link in resolved if link is not None])


def document_of(bundle: MapBundle) -> Document:
    """A new document holding this map alone: what ``add_bundle`` into an empty one makes, built
    as a file is read (checked, nothing recorded for undo).

    A map just read from another format was checked in a document holding it alone
    (``checked_in``); that document is taken as it is, with what ``add_bundle`` adds to it, rather
    than a second copy made of every card. Any other bundle is added to a new document."""
    checked = bundle.checked_in
    doc = checked if checked is not None and _holds_just(checked, bundle) else Document()
    with doc.loading():
        if doc is checked:
            _settle(doc, bundle.map.id, bundle)
        else:
            add_bundle(doc, bundle)
    return doc


_BY_ID = operator.attrgetter("id")


def _holds_just(doc: Document, bundle: MapBundle) -> bool:
    """Whether ``doc`` holds this bundle's very entities and nothing else, as ``add_bundle`` would
    put them into an empty document (no map to rework there, personas in legend order)."""
    jmap = bundle.map
    if doc.maps() != [jmap] or doc.map(jmap.id) is not jmap or jmap.reworks_id is not None:
        return False
    if tuple(p.id for p in bundle.personas) != jmap.persona_ids:
        return False
    held = doc.held_cards(jmap.id)
    pairs = (
        (doc.personas(), bundle.personas),
        (doc.stages(jmap.id), bundle.stages),
        (doc.lanes(jmap.id), bundle.lanes),
        (doc.cards(jmap.id), bundle.cards),
        (held, bundle.held),
        (doc.emotion_points(jmap.id), bundle.points),
        (sorted(doc.links(), key=_BY_ID), sorted(bundle.links, key=_BY_ID)),  # the bundle's: by card
    )
    return all(len(ours) == len(theirs) and all(map(operator.is_, ours, theirs)) for ours, theirs in pairs)


def future_state_of(doc: Document, map_id: str) -> MapBundle:
    """A copy of a current-state map as a linked future-state map, ready for ``add_bundle``."""
    source = doc.map(map_id)
    fresh = with_fresh_ids(bundle_of(doc, map_id), keep_persona_ids=True)
    title = _titled(translate("Bundle", "{title} — future state"), _without_state(source.title))
    return replace(fresh, map=replace(fresh.map, title=title, state=MapState.FUTURE, reworks_id=source.id))


def _without_state(title: str) -> str:
    """``title`` without a closing "— current state" ("- Current State", "(current state)", ": …", and
    the words in the user's language): its future state is "… — future state", not "… — current
    state — future state", the title a client read on a deck's cover and every footer. A title
    that is nothing but the words keeps them."""
    words = {"current state", translate("Bundle", "current state").casefold()}
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    found = re.search(rf"\s*(?:[-–—:|,]\s*|\(\s*)(?:{alternatives})\s*\)?\s*$", title, re.IGNORECASE)
    if found is None or not title[: found.start()].strip():
        return title
    return title[: found.start()].rstrip()


def duplicate_of(doc: Document, map_id: str) -> MapBundle:
    fresh = with_fresh_ids(bundle_of(doc, map_id), keep_persona_ids=True)
    title = _titled(translate("Bundle", "{title} (copy)"), fresh.map.title)
    return replace(fresh, map=replace(fresh.map, title=title))


def _titled(pattern: str, title: str) -> str:
    """``pattern`` with ``title`` in it, within the length a title may have: a long title is cut
    with an ellipsis (a 200-character one made a copy's title too long, and the copy was refused)."""
    made = pattern.format(title=title)
    if len(made) <= MAX_NAME:
        return made
    room = max(0, len(title) - (len(made) - MAX_NAME) - 1)
    return pattern.format(title=title[:room].rstrip() + "…")


def add_document(target: Document, source: Document) -> list[JourneyMap]:
    """Every persona and map of ``source`` into ``target``, as one transaction, ids kept.

    What publishing a file into a team library (and taking a library offline as a file)
    does. Personas the target already has (same id or name) are reused as they are, so one
    "Maya" serves every map; a map whose id the target already has comes in as a copy under
    fresh ids. Links between maps (future state of) are kept when both maps come along."""
    added: list[JourneyMap] = []
    source.load_all()  # a large library's maps in one read, not one read per map
    with target.transaction():
        for persona in source.personas():
            if target.get(Kind.PERSONA, persona.id) is None and target.persona_by_name(persona.name) is None:
                target.add_persona(persona)
        new_ids: dict[str, str] = {}
        # each source card's id in the target (a fresh one on a copy); a link between two cards
        # that kept their ids keeps its id too (the target cannot have it: it has neither card)
        card_ids: dict[str, str] = {}
        for jmap in source.maps():
            bundle = bundle_of(source, jmap.id)
            if target.get(Kind.MAP, jmap.id) is not None:
                fresh = with_fresh_ids(bundle, keep_persona_ids=True)
                pairs = zip((*bundle.cards, *bundle.held), (*fresh.cards, *fresh.held), strict=True)
                card_ids.update((old.id, new.id) for old, new in pairs)
                bundle = fresh
            else:
                card_ids.update((c.id, c.id) for c in (*bundle.cards, *bundle.held))
            # links come in once every map is in, so a link between two copies joins the copies
            bundle = replace(bundle, map=replace(bundle.map, reworks_id=None), links=())
            added.append(add_bundle(target, bundle))
            new_ids[jmap.id] = added[-1].id
        add_links_that_fit(
            target,
            (
                CardLink(link.id if ends == (link.source_id, link.target_id) else new_id(), *ends)
                for link in source.links()
                for ends in [(card_ids[link.source_id], card_ids[link.target_id])]
            ),
        )
        for jmap in source.maps():
            if jmap.reworks_id in new_ids:
                added_id = new_ids[jmap.id]
                target.update_map(added_id, reworks_id=new_ids[jmap.reworks_id])
    return [target.map(m.id) for m in added]
