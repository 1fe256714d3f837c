"""What the long and wide layouts turn rows into, and the pieces they share.

A layout reads rows into ``Item``s (a stage, a lane, maybe a card) and ``RowError``s; it
knows nothing of the document. ``tabular_import`` then plans them against a map. Every
problem carries the spreadsheet row number, so a report reads ``row 7: …``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from jmdesigner.errors import ValidationError
from jmdesigner.i18n import N_, translate
from jmdesigner.model import validation as v
from jmdesigner.model.kinds import Evidence, LaneKind

STAGE_NAME = N_("Validation", "the stage name")
LANE_NAME = N_("Validation", "the lane name")


@dataclass(frozen=True, slots=True)
class RowError:
    """A row that cannot be imported, and why."""

    row: int
    message: str

    def __str__(self) -> str:
        return translate("TabularImport", "row {row}: {message}").format(row=self.row, message=self.message)


@dataclass(frozen=True, slots=True)
class CardFields:
    """The fields of a card as one table row gives them."""

    text: str
    channel: str = ""
    owner: str = ""
    evidence: Evidence | None = None
    votes: int = 0
    tags: tuple[str, ...] = ()
    colour: str | None = None
    moment_of_truth: bool = False


@dataclass(frozen=True, slots=True)
class Said:
    """A lane's or stage's setting as one row gives it: ``attr`` of ``Lane``/``Stage``, its value,
    the cell as typed and the column it stands in (“K (Lane colour)”), for messages."""

    attr: str
    value: object
    typed: str
    column: str


@dataclass(frozen=True, slots=True)
class PointFields:
    """A row of a persona's curve: the persona, its score at the row's stage (None: the persona is
    only shown on the map), the map's scale and the persona's colour as far as the row says them."""

    persona: str
    score: float | None
    typed_score: str
    score_column: str
    scale: Said | None = None
    colour: Said | None = None
    note: str = ""
    evidence: Evidence | None = None


@dataclass(frozen=True, slots=True)
class Item:
    """One row's (or one wide cell line's) content: declares a stage and/or lane, maybe adds a card."""

    row: int
    stage: str | None
    lane: str | None
    kind: LaneKind | None = None
    card: CardFields | None = None
    lane_said: tuple[Said, ...] = ()  # the lane's colour, height, folded state, as far as the row says
    stage_said: tuple[Said, ...] = ()  # the stage's width and description, likewise
    point: PointFields | None = None


def normalise_header(text: str) -> str:
    """“Swim-lane ”, “swim_lane” and “Swim Lane” all become “swim lane”."""
    return re.sub(r"[\s_\-]+", " ", text.strip().lower()).strip()


def guess_columns(header: Sequence[str], synonyms: dict[str, tuple[str, ...]]) -> dict[str, int | None]:
    """For each field, the first column whose header is one of its names (case-insensitive)."""
    normalised = [normalise_header(h) for h in header]
    found: dict[str, int | None] = {}
    taken: set[int] = set()
    for field, names in synonyms.items():
        found[field] = None
        for name in names:
            if name in normalised and normalised.index(name) not in taken:
                found[field] = normalised.index(name)
                taken.add(normalised.index(name))
                break
    return found


_KIND_NAMES: dict[str, LaneKind] = {}
for _kind in LaneKind:
    for _name in (_kind.value, _kind.label, _kind.value.replace("_", " ")):
        _KIND_NAMES[normalise_header(_name)] = _kind
_KIND_NAMES.update(
    {
        "customer actions": LaneKind.ACTIONS,
        "pains": LaneKind.PAIN_POINTS,
        "feelings": LaneKind.EMOTIONS,
        "emotional journey": LaneKind.EMOTIONS,
        "support": LaneKind.SUPPORT,
        "ideas": LaneKind.OPPORTUNITIES,
        "metrics": LaneKind.KPIS,
    }
)


def kind_named(text: str) -> LaneKind | None:
    """The lane kind a value or a lane name stands for (“Pain points”, “pain_points”), if any."""
    key = normalise_header(text)
    return _KIND_NAMES.get(key) or _KIND_NAMES.get(key.rstrip("s"))


def parse_kind(text: str) -> LaneKind | None:
    """An explicit kind cell: blank means “not said”; anything else must name a kind."""
    if not text.strip():
        return None
    kind = kind_named(text)
    if kind is None:
        raise ValidationError(
            translate("TabularImport", "kind “{kind}” is not a lane kind (one of {kinds})").format(
                kind=text.strip(), kinds=", ".join(k.value for k in LaneKind)
            )
        )
    return kind


def parse_evidence(text: str) -> Evidence | None:
    value = text.strip().lower()
    if not value:
        return None
    try:
        return Evidence(value)
    except ValueError:
        raise ValidationError(
            translate("TabularImport", "evidence “{evidence}” is not one of {values}").format(
                evidence=text.strip(), values=", ".join(e.value for e in Evidence)
            )
        ) from None


def parse_votes(text: str) -> int:
    value = text.strip()
    if not value:
        return 0
    if not re.fullmatch(r"\d+(\.0+)?", value):  # “3.0” is how some programs write 3
        raise ValidationError(
            translate("TabularImport", "votes must be a whole number from 0, not “{value}”").format(
                value=value
            )
        )
    return v.integer(int(float(value)), N_("Validation", "votes"), 0, v.MAX_VOTES)


def column_letter(index: int) -> str:
    """The letter a spreadsheet shows for a 0-based column: 0 → A, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


_YES = frozenset({"yes", "y", "true", "1", "x", "✓", "✔", "★", "ja", "j", "wahr"})
_NO = frozenset({"", "no", "n", "false", "0", "nein", "falsch"})


def parse_moment(text: str) -> bool:
    """A moment-of-truth cell: "yes" (as exported; also true, 1, x, ✓, ★, ja) or empty ("no")."""
    value = text.strip().lower()
    if value in _YES:
        return True
    if value in _NO:
        return False
    raise ValidationError(
        translate("TabularImport", "a moment of truth is “yes” or empty, not “{value}”").format(
            value=text.strip()
        )
    )


def parse_yes_no(text: str) -> bool:
    """A yes/no cell (a lane's folded state): yes, no and their synonyms (true, x, ja; false, nein)."""
    value = text.strip().lower()
    if value in _YES:
        return True
    if value in _NO:
        return False
    raise ValueError(value)


def parse_tags(text: str) -> tuple[str, ...]:
    """Tags separated by commas or semicolons; blanks between separators are dropped."""
    return v.tags(t for t in re.split(r"[,;]", text) if t.strip())


def join_tags(tags: Iterable[str]) -> str:
    return ", ".join(tags)


def parse_colour(text: str) -> str | None:
    value = text.strip()
    return None if not value else v.colour(value, N_("Validation", "colour"), optional=False)


def checked_name(text: str, what: str) -> str:
    return v.name(text, what)
