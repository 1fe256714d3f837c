"""The open JSON format for one map (docs/json-format.md): read strictly, write exactly.

Reading checks every key and value and names the place of the first problem
(``cards[3].stage``), so a hand-written file is easy to fix. Writing produces the same
JSON a full-form input had, so a map round-trips byte for byte through a .jmap file.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from jmdesigner.errors import ValidationError
from jmdesigner.i18n import translate
from jmdesigner.interchange.sources import decode_text, parse_json_text, read_source_bytes
from jmdesigner.model import (
    Card,
    CardLink,
    Document,
    EmotionPoint,
    JourneyMap,
    Kind,
    Lane,
    MapBundle,
    Persona,
    Photo,
    Stage,
    bundle_of,
    new_id,
)
from jmdesigner.model.entities import DEFAULT_SCALE, DEFAULT_STAGE_WIDTH
from jmdesigner.model.ids import new_ids
from jmdesigner.model.kinds import evidence_named
from jmdesigner.model.links import ExternalLink

TYPE_CHECKING = False  # typing's constant, without importing typing (the command line's start-up)
if TYPE_CHECKING:
    from typing import Any

FORMAT = "jmdesigner-map"
VERSION = 1
MAX_JSON_BYTES = 64 * 1024 * 1024
PERSONA_PALETTE = ("#d1495b", "#2e86ab", "#3b8b5a", "#8e5ea2", "#e07a1f", "#1b998b", "#6c757d", "#b5179e")

_TOP = {
    "format",
    "version",
    "title",
    "description",
    "state",
    "reworks",
    "scale",
    "curve",
    "personas",
    "stages",
    "lanes",
    "cards",
    "emotions",
    "links",
}
_PERSONA = {
    "name",
    "role",
    "quote",
    "description",
    "goals",
    "motivations",
    "pain_points",
    "behaviours",
    "channels",
    "colour",
    "photo",
}
_PERSONA_LISTS = ("goals", "motivations", "pain_points", "behaviours", "channels")
_STAGE = {"name", "description", "width"}
_LANE = {"name", "kind", "colour", "height", "collapsed"}
_CARD = {
    "stage",
    "lane",
    "text",
    "colour",
    "channel",
    "owner",
    "evidence",
    "votes",
    "tags",
    "moment_of_truth",
    "author",
    "from_room",
    "held",
    "room_votes",
}
_EMOTION = {"persona", "stage", "score", "note", "evidence", "ratings"}
_LINK = {"from", "to"}
_OTHER_MAP_CARD = {"map", "card"}
_NO_ITEMS: list[Any] = []  # a list key left out: no items (read, never changed)


class _At:
    """Where in the input a value sits, for error messages."""

    def __init__(self, path: str) -> None:
        self.path = path

    def fail(self, message: str) -> ValidationError:
        return ValidationError(f"{self.path}: {message}" if self.path else message)

    def obj(self, value: Any, allowed: set[str], required: tuple[str, ...] = ()) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(translate("JsonMap", "must be an object { … }."))
        unknown = [] if value.keys() <= allowed else sorted(set(value) - allowed)
        if unknown:
            raise self.fail(
                translate("JsonMap", "unknown key “{key}” (allowed: {allowed}).").format(
                    key=unknown[0], allowed=", ".join(sorted(allowed))
                )
            )
        for key in required:
            if key not in value:
                raise self.fail(translate("JsonMap", "“{key}” is required.").format(key=key))
        return value

    def listed(self, value: Any, key: str) -> list[Any]:
        """``value``, the list at ``key`` here, or the refusal of anything else."""
        if not isinstance(value, list):
            raise _At(self._sub(key)).fail(translate("JsonMap", "must be a list [ … ]."))
        return value

    def items(self, value: Any, key: str) -> list[tuple[_At, Any]]:
        self.listed(value, key)
        where = self._sub(key)
        return [(_At(f"{where}[{i}]"), item) for i, item in enumerate(value)]

    def _sub(self, key: str) -> str:
        if not key:
            return self.path
        return f"{self.path}.{key}" if self.path else key

    def check(self, key: str, fn: Callable[[], Any]) -> Any:
        """Run a model validation and prefix its message with this place."""
        try:
            return fn()
        except ValidationError as exc:
            raise _At(self._sub(key)).fail(str(exc)) from None


def parse_map(data: Any) -> MapBundle:
    """A bundle of new entities (fresh ids) from parsed JSON; the document API validates the rest."""
    top = _At("")
    # Any other JSON (a list, a settings file) is told so, not "“format” is required."
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise top.fail(
            translate("JsonMap", "this is not a jmdesigner map (“format” must be “{format}”).").format(
                format=FORMAT
            )
        )
    data = top.obj(data, _TOP, ("format", "version", "title"))
    if data["version"] != VERSION or isinstance(data["version"], bool):
        raise top.fail(
            translate(
                "JsonMap",
                "map format version {found} is not supported; this jmdesigner reads version {version}. "
                "Update jmdesigner.",
            ).format(found=repr(data["version"]), version=VERSION)
        )
    scale = top.obj(
        data.get("scale", {"min": DEFAULT_SCALE[0], "max": DEFAULT_SCALE[1]}), {"min", "max"}, ("min", "max")
    )
    map_id = new_id()
    personas: list[Persona] = []
    used_colours = {p.get("colour") for p in data.get("personas", []) if isinstance(p, dict)}
    free_colours = [c for c in PERSONA_PALETTE if c not in used_colours] or list(PERSONA_PALETTE)
    for at, p in top.items(data.get("personas", []), "personas"):
        p = at.obj(p, _PERSONA, ("name",))
        colour = p.get("colour")
        if colour is None:
            colour = free_colours[len(personas) % len(free_colours)]
        personas.append(
            Persona(
                id=new_id(),
                name=p["name"],
                role=p.get("role", ""),
                quote=p.get("quote", ""),
                description=p.get("description", ""),
                colour=colour,
                photo=_photo(at, p.get("photo")),
                **{k: _strings(at, p, k) for k in _PERSONA_LISTS},
            )
        )
    stages = []
    for at, s in top.items(data.get("stages", []), "stages"):
        s = at.obj(s, _STAGE, ("name",))
        stages.append(
            Stage(
                id=new_id(),
                map_id=map_id,
                name=s["name"],
                description=s.get("description", ""),
                width=s.get("width", DEFAULT_STAGE_WIDTH),
            )
        )
    lanes = []
    for at, lane in top.items(data.get("lanes", []), "lanes"):
        lane = at.obj(lane, _LANE, ("name",))
        lanes.append(
            Lane(
                id=new_id(),
                map_id=map_id,
                name=lane["name"],
                kind=lane.get("kind", "custom"),
                colour=lane.get("colour"),
                height=lane.get("height"),
                collapsed=lane.get("collapsed", False),
            )
        )
    stage_ids = _names(top, "stages", stages)
    lane_ids = _names(top, "lanes", lanes)
    persona_ids = _names(top, "personas", personas)
    cards = _cards(_At("").listed(data.get("cards", []), "cards"), map_id, stage_ids, lane_ids)
    points = []
    for at, e in top.items(data.get("emotions", []), "emotions"):
        e = at.obj(e, _EMOTION, ("persona", "stage", "score"))
        points.append(
            EmotionPoint(
                id=new_id(),
                map_id=map_id,
                persona_id=_ref(at, e, "persona", persona_ids),
                stage_id=_ref(at, e, "stage", stage_ids),
                score=e["score"],
                note=e.get("note", ""),
                evidence=e.get("evidence"),
                ratings=_ratings(at, e),
            )
        )
    links, external = _parse_links(top, data.get("links", []), cards)
    jmap = JourneyMap(
        id=map_id,
        title=data["title"],
        description=data.get("description", ""),
        state=data.get("state", "current"),
        reworks_id=None,
        scale_min=scale["min"],
        scale_max=scale["max"],
        curve=data.get("curve", "smooth"),
        persona_ids=tuple(p.id for p in personas),
    )
    bundle = MapBundle(
        jmap,
        tuple(personas),
        tuple(stages),
        tuple(lanes),
        tuple(cards),
        tuple(points),
        tuple(links),
        tuple(external),
    )
    return _validated(bundle, data)


def _cards(listed: list[Any], map_id: str, stage_ids: dict[str, str], lane_ids: dict[str, str]) -> list[Card]:
    """``cards[i]`` of the JSON, each as a card. A 2,000-card map is read without a path string and a
    check object made per card (the place of a problem is spelled out only when there is one), with
    the ids made in one go and each card made from its fields in order, not by keyword."""
    cards: list[Card] = []
    append = cards.append
    for i, (c, card_id) in enumerate(zip(listed, new_ids(len(listed)), strict=True)):
        if not (isinstance(c, dict) and c.keys() <= _CARD and "stage" in c and "lane" in c and "text" in c):
            c = _At(f"cards[{i}]").obj(c, _CARD, ("stage", "lane", "text"))  # refuses, naming the key
        stage, lane = c["stage"], c["lane"]
        stage_id = (type(stage) is str and stage_ids.get(stage)) or _id_of(i, c, "stage", stage_ids)
        lane_id = (type(lane) is str and lane_ids.get(lane)) or _id_of(i, c, "lane", lane_ids)
        evidence = evidence_named(c.get("evidence"))
        tags, room_votes = c.get("tags", _NO_ITEMS), c.get("room_votes", _NO_ITEMS)
        append(
            Card(  # Card's fields in their order
                card_id,
                map_id,
                stage_id,
                lane_id,
                c["text"],
                c.get("colour"),
                c.get("channel", ""),
                c.get("owner", ""),
                evidence,  # type: ignore[arg-type]
                c.get("votes", 0),
                tuple(tags) if type(tags) is list else _texts(i, c, "tags"),
                c.get("moment_of_truth", False),
                c.get("author", ""),
                c.get("from_room", False),
                c.get("held", False),
                tuple(room_votes) if type(room_votes) is list else _texts(i, c, "room_votes"),
            )
        )
    return cards


def _id_of(i: int, c: dict[str, Any], key: str, ids: dict[str, str]) -> str:
    """The stage or lane ``cards[i]`` names other than exactly as given (``_ref``: stripped, or refused)."""
    return _ref(_At(f"cards[{i}]"), c, key, ids)


def _texts(i: int, c: dict[str, Any], key: str) -> tuple[Any, ...]:
    """``cards[i]``'s ``key`` given as no list, refused in one sentence."""
    return _strings(_At(f"cards[{i}]"), c, key)


def _parse_links(top: _At, value: Any, cards: list[Card]) -> tuple[list[CardLink], list[ExternalLink]]:
    """Links between cards of this map, by their index in ``cards``; and links to a card of another
    map (``{"map": title, "card": index}``), made on import where the document has that map."""
    links, external = [], []
    for at, lk in top.items(value, "links"):
        lk = at.obj(lk, _LINK, ("from", "to"))
        source, target = (_link_end(_At(at._sub(key)), lk[key], cards) for key in ("from", "to"))
        if isinstance(source, str) and isinstance(target, str):
            links.append(CardLink(new_id(), source, target))
        elif isinstance(source, str) and isinstance(target, tuple):
            external.append(ExternalLink(source, *target, outgoing=True))
        elif isinstance(target, str) and isinstance(source, tuple):
            external.append(ExternalLink(target, *source, outgoing=False))
        else:
            raise at.fail(
                translate(
                    "JsonMap", "a link joins a card of this map to another card; neither end is on this map."
                )
            )
    return links, external


def _link_end(at: _At, value: Any, cards: list[Card]) -> str | tuple[str, int]:
    if isinstance(value, dict):
        other = at.obj(value, _OTHER_MAP_CARD, ("map", "card"))
        if (
            not isinstance(other["map"], str)
            or isinstance(other["card"], bool)
            or not isinstance(other["card"], int)
            or other["card"] < 0
        ):
            raise at.fail(translate("JsonMap", "must name a map by its title and a card by its index there."))
        return other["map"], other["card"]
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < len(cards):
        raise at.fail(
            translate("JsonMap", "must be the index of a card of this map (0..{last}).").format(
                last=len(cards) - 1
            )
        )
    return cards[value].id


def reworks_title(data: dict[str, Any]) -> str | None:
    """The title of the current-state map a parsed future-state map reworks, if it names one."""
    value = data.get("reworks")
    return value if isinstance(value, str) else None


def _validated(bundle: MapBundle, data: dict[str, Any]) -> MapBundle:
    """The bundle as the document API normalises it (enums, stripped names), or the first problem.

    The checks run on a scratch document, so the messages carry the input's paths. The cards go in
    at once (``Document.load_cards``, each checked as ``insert_card`` checks it, in their order), so
    the first one refused is ``cards[n]``, ``n`` the number of cards already in.
    """
    scratch = Document()
    top = _At("")

    def each(name: str, items: Sequence[Any], add: Callable[[Any], object]) -> None:
        for i, item in enumerate(items):
            if name == "emotions" and scratch.point_at(item.persona_id, item.stage_id) is not None:
                said = translate("JsonMap", "{where}: a second point for the same persona and stage.")
                raise ValidationError(said.format(where=f"emotions[{i}]"))
            try:
                add(item)
            except ValidationError as exc:  # the place is spelled out only for a refusal
                raise _At(f"{name}[{i}]").fail(str(exc)) from None

    with scratch.loading():
        for i, p in enumerate(bundle.personas):
            _At(f"personas[{i}]").check("", lambda p=p: scratch.add_persona(p))
        top.check("", lambda: scratch.add_map(bundle.map))
        each("stages", bundle.stages, scratch.insert_stage)
        each("lanes", bundle.lanes, scratch.insert_lane)
        try:
            scratch.load_cards(bundle.cards)
        except ValidationError as exc:
            raise _At(f"cards[{scratch.count(Kind.CARD)}]").fail(str(exc)) from None
        each("emotions", bundle.points, scratch.set_emotion)
        each("links", bundle.links, scratch.add_link)
    if data.get("reworks") is not None and not isinstance(data["reworks"], str):
        raise top.fail(translate("JsonMap", "“reworks” must be the title of a map, or null."))
    return replace(bundle_of(scratch, bundle.map.id), external_links=bundle.external_links)


def _strings(at: _At, obj: dict[str, Any], key: str) -> tuple[Any, ...]:
    value = obj.get(key, [])
    if not isinstance(value, list):
        raise _At(at._sub(key)).fail(translate("JsonMap", "must be a list of texts."))
    return tuple(value)


def _ratings(at: _At, obj: dict[str, Any]) -> tuple[Any, ...]:
    value = obj.get("ratings", [])
    if not isinstance(value, list):
        raise _At(at._sub("ratings")).fail(translate("JsonMap", "must be a list of [name, score] pairs."))
    return tuple(value)


def _photo(at: _At, value: Any) -> Photo | None:
    if value is None:
        return None
    photo = _At(at._sub("photo")).obj(value, {"mime", "data"}, ("mime", "data"))
    if not isinstance(photo["data"], str):
        raise _At(at._sub("photo.data")).fail(translate("JsonMap", "must be base64 text."))
    import base64  # here: most maps have no photo (and base64 imports struct and binascii)

    try:
        data = base64.b64decode(photo["data"], validate=True)
    except ValueError:  # binascii.Error among them
        raise _At(at._sub("photo.data")).fail(translate("JsonMap", "is not valid base64.")) from None
    return Photo(mime=photo["mime"], data=data)


def _names(top: _At, key: str, entities: list[Any]) -> dict[str, str]:
    ids: dict[str, str] = {}
    for i, e in enumerate(entities):
        name = e.name.strip() if isinstance(e.name, str) else e.name
        if name in ids:
            raise _At(f"{key}[{i}].name").fail(
                translate("JsonMap", "“{name}” appears twice; names must be unique.").format(name=name)
            )
        ids[name] = e.id
    return ids


def _ref(at: _At, obj: dict[str, Any], key: str, ids: dict[str, str]) -> str:
    name = obj[key]
    if not isinstance(name, str) or name.strip() not in ids:
        known = ", ".join(f"“{n}”" for n in list(ids)[:8]) or translate("JsonMap", "none")
        said = translate("JsonMap", "no {key} named {name} (known: {known}).")
        raise _At(at._sub(key)).fail(said.format(key=key, name=repr(name), known=known))
    return ids[name.strip()]


# ------------------------------------------------------------------ writing
def _num(x: float) -> int | float:
    return int(x) if float(x).is_integer() else x


def map_to_json(doc: Document, map_id: str) -> dict[str, Any]:
    """The full JSON form of a map: every field, in the documented order."""
    import base64  # here: reading a map needs it only for a photo

    b = bundle_of(doc, map_id)
    stage_name = {s.id: s.name for s in b.stages}
    lane_name = {lane.id: lane.name for lane in b.lanes}
    persona_name = {p.id: p.name for p in b.personas}
    reworks = doc.map(b.map.reworks_id).title if b.map.reworks_id else None
    out: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "title": b.map.title,
        "description": b.map.description,
        "state": str(b.map.state),
        "reworks": reworks,
        "scale": {"min": b.map.scale_min, "max": b.map.scale_max},
        "curve": str(b.map.curve),
        "personas": [
            {
                "name": p.name,
                "role": p.role,
                "quote": p.quote,
                "description": p.description,
                **{k: list(getattr(p, k)) for k in _PERSONA_LISTS},
                "colour": p.colour,
                "photo": None
                if p.photo is None
                else {"mime": p.photo.mime, "data": base64.b64encode(p.photo.data).decode("ascii")},
            }
            for p in b.personas
        ],
        "stages": [{"name": s.name, "description": s.description, "width": _num(s.width)} for s in b.stages],
        "lanes": [
            {
                "name": lane.name,
                "kind": str(lane.kind),
                "colour": lane.colour,
                "height": None if lane.height is None else _num(lane.height),
                "collapsed": lane.collapsed,
            }
            for lane in b.lanes
        ],
        "cards": [_card_json(c, stage_name, lane_name) for c in (*b.cards, *b.held)],
        "emotions": [_emotion_json(p, persona_name, stage_name) for p in b.points],
    }
    links = _links_json(doc, b)
    if links:  # written only when there are links, so maps without them keep their exact form
        out["links"] = links
    return out


def _links_json(doc: Document, b: MapBundle) -> list[dict[str, Any]]:
    """Each link as card indices of this map; an end on another map as its title and index there."""
    index = {c.id: i for i, c in enumerate((*b.cards, *b.held))}

    def end(card_id: str) -> int | dict[str, Any]:
        if card_id in index:
            return index[card_id]
        card = doc.card(card_id)
        return {
            "map": doc.map(card.map_id).title,
            "card": [c.id for c in doc.every_card(card.map_id)].index(card_id),
        }

    return [{"from": end(lk.source_id), "to": end(lk.target_id)} for lk in b.links]


def _card_json(c: Card, stage_name: dict[str, str], lane_name: dict[str, str]) -> dict[str, Any]:
    card = {
        "stage": stage_name[c.stage_id],
        "lane": lane_name[c.lane_id],
        "text": c.text,
        "colour": c.colour,
        "channel": c.channel,
        "owner": c.owner,
        "evidence": None if c.evidence is None else str(c.evidence),
        "votes": c.votes,
        "tags": list(c.tags),
        "moment_of_truth": c.moment_of_truth,
    }
    if c.author or c.from_room:  # a workshop participant's note (docs/room.md); else left out
        card["author"] = c.author
        card["from_room"] = c.from_room
    if c.held:  # a room note held in the inbox; it lists after the cells' cards
        card["held"] = True
    if c.room_votes:
        card["room_votes"] = list(c.room_votes)
    return card


def _emotion_json(
    p: EmotionPoint, persona_name: dict[str, str], stage_name: dict[str, str]
) -> dict[str, Any]:
    point: dict[str, Any] = {
        "persona": persona_name[p.persona_id],
        "stage": stage_name[p.stage_id],
        "score": _num(p.score),
        "note": p.note,
        "evidence": None if p.evidence is None else str(p.evidence),
    }
    if p.ratings:  # the room's scores behind the point (docs/room.md); else left out
        point["ratings"] = [list(r) for r in p.ratings]
    return point


def dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


# ------------------------------------------------------------------- files
def read_json_file(path: Path) -> Any:
    """Parsed JSON from a file, or a ``JmError`` that says what is wrong with it (see ``sources``)."""
    return parse_json_text(decode_text(read_source_bytes(path, MAX_JSON_BYTES), path.name), path.name)
