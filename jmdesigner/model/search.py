"""Finding cards by what a facilitator remembers of them: case and accents do not matter."""

from __future__ import annotations

import unicodedata
from collections import deque
from dataclasses import dataclass
from itertools import repeat
from operator import attrgetter

from jmdesigner.model.document import Document, Kind
from jmdesigner.model.entities import Card


def fold_slowly(text: str) -> str:
    """What ``fold`` means: case folded, decomposed (NFKD), every combining mark dropped."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class _FoldedCharacters(dict[int, str]):
    """Each character's fold, worked out the first time it is seen. Folding is character by
    character (case folding maps code points one by one, NFKD decomposes each one, and the only
    reordering it does is of combining marks, which are all dropped), so a text's fold is the
    folds of its characters joined: ``str.translate`` does that in C."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = fold_slowly(chr(code))
        return folded


_FOLDED = _FoldedCharacters()


def fold(text: str) -> str:
    """Lower case without accents, so “cafe” finds “Café” and “ANGSTROM” finds “Ångström”.

    The first Find on 8,000 cards folded them all in ~150 ms, one character at a time in Python;
    now ASCII text (most cards) is ``lower()`` and the rest one ``translate`` each."""
    if text.isascii():  # ASCII: NFKD changes nothing, casefold is lower
        return text.lower()
    return text.translate(_FOLDED)


@dataclass(frozen=True, slots=True)
class Hit:
    """A card that matches a search, with where it sits."""

    map_id: str
    card_id: str
    where: str  # "Map › Stage › Lane"
    text: str


_APART = "\x00"  # between the cards' texts folded at once (folding keeps it; checked absent from them)


def _fold_each(texts: list[str]) -> list[str]:
    """``[fold(t) for t in texts]``: all of them as one string when it is ASCII (one ``lower``, one
    split: no Python step per card), else card by card (``translate`` over the whole would look
    up every ASCII character too). Folding is character by character, so it is the same."""
    whole = _APART.join(texts)
    if whole.isascii() and whole.count(_APART) == len(texts) - 1:
        return whole.lower().split(_APART) if texts else []
    return [fold(t) for t in texts]


def _haystacks(cards: list[Card]) -> list[str]:
    """What a search looks in, per card: its text, channel, owner and tags, joined by spaces
    (before folding)."""
    return [" ".join((card.text, card.channel, card.owner, *card.tags)) for card in cards]


class FoldCache:
    """Each map's cards' folded texts, kept with the card objects they were folded from (cards are
    replaced, never changed, by an edit): searching again with the same cards folds none, and
    after an edit folds only the cards that are new objects.

    Kept per map as two lists in map order, the cards and their texts, so a search compares the
    map's card list with the one kept (an identity check per card, in C) and then only tests the
    texts; the texts are folded as one string when ASCII. The first Find on 8,000 cards folded
    and stored them one call and one tuple at a time, and each search after it looked every card
    up in a dict: about half of a search either way."""

    def __init__(self) -> None:
        self._maps: dict[str, tuple[list[Card], list[str]]] = {}

    def texts(self, map_id: str, cards: list[Card]) -> list[str]:
        """The folded texts of ``cards`` (the map's cards, in order), in the same order."""
        kept = self._maps.get(map_id)
        if kept is not None and kept[0] == cards:  # (in C, ``is`` first; equal cards fold alike)
            return kept[1]
        if kept is None:
            texts = _fold_each(_haystacks(cards))
        else:  # an edit since: the texts of the cards still there reused, the others folded
            known = dict(zip(map(id, kept[0]), kept[1], strict=True))
            found = [known.get(id(card)) for card in cards]
            missing = [n for n, text in enumerate(found) if text is None]
            for n, text in zip(missing, _fold_each(_haystacks([cards[n] for n in missing])), strict=True):
                found[n] = text
            texts = found  # type: ignore[assignment]
        self._maps[map_id] = (list(cards), texts)
        return texts

    def forget_missing(self, doc: Document) -> None:
        """Drop the texts of maps that are gone (a map's own are replaced as it is searched)."""
        for map_id in [m for m in self._maps if doc.get(Kind.MAP, m) is None]:
            del self._maps[map_id]


_CELL_OF = attrgetter("stage_id", "lane_id")
_ID_OF, _TEXT_OF = attrgetter("id"), attrgetter("text")
_HIT_FIELDS = tuple(Hit.__dict__[name].__set__ for name in ("map_id", "card_id", "where", "text"))


def _hits(map_id: str, cards: list[Card], wheres: list[str]) -> list[Hit]:
    """``[Hit(map_id, c.id, w, c.text) for c, w in zip(cards, wheres)]``, each field set through
    its slot (as ``__init__`` sets it), at C speed."""
    n = len(cards)
    made = list(map(object.__new__, repeat(Hit, n)))
    for setter, values in zip(
        _HIT_FIELDS, (repeat(map_id, n), map(_ID_OF, cards), wheres, map(_TEXT_OF, cards)), strict=True
    ):
        deque(map(setter, made, values), 0)
    return made


def find_cards(doc: Document, query: str, cache: FoldCache | None = None) -> list[Hit]:
    """Cards of every map whose text, channel, owner or a tag contains all words of ``query``."""
    words = fold(query).split()
    if not words:
        return []
    cache = cache or FoldCache()
    first, rest = words[0], words[1:]
    hits: list[Hit] = []
    for jmap in doc.maps():
        cards = doc.cards(jmap.id)
        texts = cache.texts(jmap.id, cards)
        # the first word tried over all texts at once, the others only where it is
        found = [n for n, text in enumerate(texts) if first in text]
        if rest:
            found = [n for n in found if all(w in texts[n] for w in rest)]
        if not found:
            continue
        # Each match's place worded per cell (a few hundred), its hit made field by field at C
        # speed (``Hit`` is frozen: its ``__init__`` sets each field through ``object.__setattr__``,
        # ~2 µs a match here, and a common word matches 1,600 cards).
        lanes = [(lane.id, lane.name) for lane in doc.lanes(jmap.id)]
        where_at = {
            (stage.id, lane_id): f"{jmap.title} › {stage.name} › {lane_name}"
            for stage in doc.stages(jmap.id)
            for lane_id, lane_name in lanes
        }
        matched = [cards[n] for n in found]
        hits += _hits(jmap.id, matched, list(map(where_at.__getitem__, map(_CELL_OF, matched))))
    return hits
