"""The rules every value must meet before it enters a document.

Bounds keep a hostile or mistaken input (a million-character card, a 50 MB photo) from
making the app or the file unusable; each message names the field and the limit.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable
from enum import Enum

from jmdesigner.errors import ValidationError
from jmdesigner.i18n import N_, grouped, localized, translate
from jmdesigner.model.entities import Photo
from jmdesigner.model.field_names import RATER_NAME
from jmdesigner.model.kinds import Evidence

TYPE_CHECKING = False  # typing's constant, without importing typing (the command line's start-up)
if TYPE_CHECKING:
    from typing import TypeVar

    E = TypeVar("E", bound=Enum)

MAX_NAME = 200
MAX_TEXT = 10_000
MAX_DESCRIPTION = 20_000
MAX_SHORT = 200  # channel, owner, role
MAX_LIST_ITEMS = 100
MAX_RATINGS = 1_000  # room participants' scores behind one emotion point
MAX_LIST_ITEM = 1_000
MAX_TAGS = 50
MAX_TAG = 50
MAX_VOTES = 100_000
MAX_PHOTO_BYTES = 2 * 1024 * 1024
SCALE_LIMIT = 100
WIDTH_RANGE = (80.0, 2000.0)
HEIGHT_RANGE = (40.0, 2000.0)


_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
_JPEG_MAGIC = b"\xff\xd8\xff"


TAGS = N_("Validation", "Tags")
SCALE_MIN = N_("Validation", "The scale minimum")
SCALE_MAX = N_("Validation", "The scale maximum")


def _say(sentence: str, what: str, **values: object) -> str:
    """A translated refusal naming the field (``what``: a ``field_names`` entry, translated here)."""
    return sentence.format(what=translate("Validation", what), **values)


def name(value: object, what: str) -> str:
    text = string(value, what, MAX_NAME)
    stripped = text.strip()
    if not stripped:
        raise ValidationError(_say(translate("Validation", "{what} must not be empty."), what))
    return stripped


# The rules of a text, a whole number and a flag, each defined once: the checks below keep a value
# that passes as it is and say why they refuse any other, and ``plain_card`` asks the same
# predicates of a whole card at once (the JSON import's and the open's fast path). A rule added
# here reaches both; its refusal sentence goes into the check.


def plain_text(value: object, limit: int) -> bool:
    """Text (``str``) of at most ``limit`` characters, without a NUL character."""
    return isinstance(value, str) and len(value) <= limit and "\x00" not in value


def whole_number(value: object, low: int, high: int) -> bool:
    """An ``int`` (not a ``bool``) from ``low`` to ``high``."""
    return isinstance(value, int) and value.__class__ is not bool and low <= value <= high


def is_flag(value: object) -> bool:
    """``True`` or ``False`` (not 0, 1 or None)."""
    return value is True or value is False


def string(value: object, what: str, limit: int) -> str:
    if plain_text(value, limit):
        return value  # type: ignore[return-value]
    if not isinstance(value, str):
        raise ValidationError(
            _say(translate("Validation", "{what} must be text, not {type}."), what, type=type(value).__name__)
        )
    if len(value) > limit:
        raise ValidationError(
            _say(
                translate("Validation", "{what} is {length:,} characters long; the limit is {limit:,}."),
                what,
                length=localized(len(value)),
                limit=localized(limit),
            )
        )
    raise ValidationError(  # what is left of ``plain_text``: a NUL
        _say(translate("Validation", "{what} contains a NUL character, which is not allowed."), what)
    )


def string_list(
    values: Iterable[object], what: str, *, item_limit: int = MAX_LIST_ITEM, count_limit: int = MAX_LIST_ITEMS
) -> tuple[str, ...]:
    if values == ():  # most lists are empty (every card's tags and dots, mostly)
        return ()
    if isinstance(values, str | bytes):
        raise ValidationError(_say(translate("Validation", "{what} must be a list of texts."), what))
    listed = tuple(values)
    try:
        items = tuple(string(v, what, item_limit) for v in listed)
    except ValidationError:  # say which list the bad entry is in (translated only on refusal)
        entry = _say(translate("Validation", "An entry of {what}"), what)
        for v in listed:
            string(v, entry, item_limit)
        raise
    if len(items) > count_limit:
        raise ValidationError(
            _say(
                translate("Validation", "{what} has {count} entries; the limit is {limit}."),
                what,
                count=grouped(len(items)),
                limit=grouped(count_limit),
            )
        )
    return items


def tags(values: Iterable[object]) -> tuple[str, ...]:
    if values == ():
        return ()
    cleaned = [t.strip() for t in string_list(values, TAGS, item_limit=MAX_TAG, count_limit=MAX_TAGS)]
    if any(not t for t in cleaned):
        raise ValidationError(translate("Validation", "A tag must not be empty."))
    return tuple(cleaned)


def names(values: Iterable[object], what: str) -> tuple[str, ...]:
    """Participants' names (one per dot given, so repeats are fine)."""
    return string_list(values, what, item_limit=MAX_SHORT, count_limit=MAX_VOTES)


def ratings(values: Iterable[object]) -> tuple[tuple[str, int], ...]:
    """The room's scores behind an emotion point: one (name, score) per participant. Bounded by
    the widest scale, not the map's: a map's scale may change after the room rated."""
    pairs = translate("Validation", "An emotion point's ratings must be a list of (name, score) pairs.")
    if isinstance(values, str | bytes):
        raise ValidationError(pairs)
    out = []
    for pair in values:
        if not isinstance(pair, tuple | list) or len(pair) != 2:
            raise ValidationError(pairs)
        who = string(pair[0], RATER_NAME, MAX_SHORT)
        rating = translate("Validation", "{name}'s rating").format(name=who)  # a name: not in the catalogue
        out.append((who, integer(pair[1], rating, -SCALE_LIMIT, SCALE_LIMIT)))
    if len({who for who, _ in out}) != len(out):
        raise ValidationError(translate("Validation", "An emotion point holds one rating per participant."))
    if len(out) > MAX_RATINGS:
        said = translate("Validation", "An emotion point has {count:,} ratings; the limit is {limit:,}.")
        raise ValidationError(said.format(count=localized(len(out)), limit=localized(MAX_RATINGS)))
    return tuple(out)


def plain_card(fields: tuple[object, ...]) -> bool:
    """Whether a card's checked fields (text, colour, channel, owner, evidence, votes, tags, moment
    of truth, author, from the room, held, room votes: ``Document``'s order) are already what the
    checks make of them, for the common card: text within its limits, no colour, tags or dots,
    evidence known or none. True only where every check would hand its value back as it is, so such
    a card is kept as it is after one call instead of twelve; any other card, clean or not, is
    checked field by field, which says what is wrong."""
    text, colour, channel, owner, evidence, votes, tags, moment, author, from_room, held, room_votes = fields
    return (
        plain_text(text, MAX_TEXT)
        and colour is None
        and plain_text(channel, MAX_SHORT)
        and plain_text(owner, MAX_SHORT)
        and (evidence is None or type(evidence) is Evidence)  # ``enum_value``'s own fast path
        and whole_number(votes, 0, MAX_VOTES)
        and tags == ()  # ``string_list``'s and ``tags``' own fast path
        and is_flag(moment)
        and plain_text(author, MAX_SHORT)
        and is_flag(from_room)
        and is_flag(held)
        and room_votes == ()
    )


@functools.cache
def _colour_pattern() -> re.Pattern[str]:
    """Compiled at the first colour checked (a map whose lanes and cards have none checks none)."""
    return re.compile(r"^#[0-9a-fA-F]{6}$")


def colour(value: object, what: str, *, optional: bool) -> str | None:
    if value is None and optional:
        return None
    if not isinstance(value, str) or not _colour_pattern().match(value):
        raise ValidationError(
            _say(
                translate("Validation", "{what} must be a colour like #1a2b3c, not {value!r}."),
                what,
                value=value,
            )
        )
    return value.lower()


def number(value: object, what: str, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValidationError(
            _say(translate("Validation", "{what} must be a number, not {value!r}."), what, value=value)
        )
    if not low <= value <= high:
        raise ValidationError(
            _say(
                translate("Validation", "{what} must be between {low:g} and {high:g}, not {value:g}."),
                what,
                low=localized(low),
                high=localized(high),
                value=localized(value),
            )
        )
    return float(value)


def integer(value: object, what: str, low: int, high: int) -> int:
    if whole_number(value, low, high):
        return value  # type: ignore[return-value]
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(
            _say(translate("Validation", "{what} must be a whole number, not {value!r}."), what, value=value)
        )
    raise ValidationError(  # what is left of ``whole_number``: its range
        _say(
            translate("Validation", "{what} must be between {low} and {high}, not {value}."),
            what,
            low=grouped(low),
            high=grouped(high),
            value=grouped(value),  # type: ignore[arg-type]
        )
    )


def flag(value: object, what: str) -> bool:
    if is_flag(value):
        return value  # type: ignore[return-value]
    raise ValidationError(
        _say(translate("Validation", "{what} must be true or false, not {value!r}."), what, value=value)
    )


def scale(low: object, high: object) -> tuple[int, int]:
    lo = integer(low, SCALE_MIN, -SCALE_LIMIT, SCALE_LIMIT)
    hi = integer(high, SCALE_MAX, -SCALE_LIMIT, SCALE_LIMIT)
    if lo >= hi:
        raise ValidationError(
            translate("Validation", "The scale minimum ({low}) must be below its maximum ({high}).").format(
                low=lo, high=hi
            )
        )
    return lo, hi


def photo(value: object) -> Photo | None:
    if value is None:
        return None
    if not isinstance(value, Photo):
        raise ValidationError(translate("Validation", "A photo must be a PNG or JPEG image."))
    if not isinstance(value.data, bytes):
        raise ValidationError(translate("Validation", "A photo's data must be bytes."))
    if len(value.data) > MAX_PHOTO_BYTES:
        said = translate(
            "Validation", "The photo is {size:.1f} MB; the limit is {limit} MB. Scale it down and try again."
        )
        raise ValidationError(
            said.format(size=localized(len(value.data) / 1048576), limit=MAX_PHOTO_BYTES // 1048576)
        )
    magic = {"image/png": _PNG_MAGIC, "image/jpeg": _JPEG_MAGIC}.get(value.mime)
    if magic is None:
        said = translate("Validation", "A photo must be PNG or JPEG, not {mime!r}.")
        raise ValidationError(said.format(mime=value.mime))
    if not value.data.startswith(magic):
        said = translate("Validation", "The photo's bytes are not a {format} image.")
        raise ValidationError(said.format(format=value.mime.split("/")[1].upper()))
    return value


def enum_value(enum: type[E], value: object, what: str, *, optional: bool = False) -> E | None:
    if value is None and optional:
        return None
    if type(value) is enum:  # already one (a card read from a file): no lookup
        return value  # type: ignore[return-value]
    try:
        return enum(value)
    except ValueError:
        allowed = ", ".join(str(m.value) for m in enum)
        said = translate("Validation", "{what} must be one of {allowed}; {value!r} is not.")
        raise ValidationError(_say(said, what, allowed=allowed, value=value)) from None
