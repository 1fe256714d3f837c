"""Copy, cut, paste and duplicate of cards through the system clipboard.

Cards travel as JSON under our own MIME type (every field but position, with the card's id
and its links so a pasted copy keeps them), and as plain text for other applications; plain
text pasted from elsewhere becomes one card per paragraph.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

from jmdesigner.i18n import translate
from jmdesigner.model import Card, CardLink, Document, Kind, new_id
from jmdesigner.model.commands import Command, Macro, insert_card, remove_cards
from jmdesigner.model.kinds import Evidence
from jmdesigner.model.links import add_links_that_fit, copied_links

MIME = "application/x-jmdesigner-cards"
MAX_PAYLOAD_BYTES = 16 * 1024 * 1024
MAX_PASTED_CARDS = 10_000


def _plain(card: Card) -> dict[str, Any]:
    return {
        "text": card.text,
        "colour": card.colour,
        "channel": card.channel,
        "owner": card.owner,
        "evidence": card.evidence.value if card.evidence else None,
        "votes": card.votes,
        "tags": list(card.tags),
    }


def _with_links(doc: Document, card: Card) -> dict[str, Any]:
    links = [[lk.source_id, lk.target_id] for lk in doc.links_of(card.id)]
    return {**_plain(card), "id": card.id, "links": links}


def copy_cards(doc: Document, card_ids: Sequence[str]) -> None:
    cards = [doc.card(i) for i in card_ids]
    mime = QMimeData()
    mime.setData(MIME, json.dumps([_with_links(doc, c) for c in cards]).encode())
    mime.setText("\n\n".join(c.text for c in cards))
    QGuiApplication.clipboard().setMimeData(mime)


def clipboard_cards() -> list[dict[str, Any]]:
    mime = QGuiApplication.clipboard().mimeData()
    if mime is None:
        return []
    if mime.hasFormat(MIME):
        cards = cards_from_payload(bytes(mime.data(MIME).data()))
        if cards or not mime.hasText():
            return cards
    text = mime.text().strip() if mime.hasText() else ""
    return [{"text": part.strip()} for part in text[:MAX_PAYLOAD_BYTES].split("\n\n") if part.strip()]


def cards_from_payload(raw: bytes) -> list[dict[str, Any]]:
    """Our clipboard format, from any program: only well-typed fields survive, each card keeps its
    text, and what the model's rules refuse (too long, a bad colour) is refused by the paste with
    a sentence. A payload that is not our JSON gives no cards (the plain text is pasted instead)."""
    if len(raw) > MAX_PAYLOAD_BYTES:
        return []
    try:
        data = json.loads(raw.decode("utf-8"), parse_constant=lambda _: None)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return []
    items = data if isinstance(data, list) else [data]
    return [_clean(d) for d in items[:MAX_PASTED_CARDS] if isinstance(d, dict)]


def _clean(d: dict[str, Any]) -> dict[str, Any]:
    def text(key: str) -> str:
        value = d.get(key)
        return _printable(value) if isinstance(value, str) else ""

    votes = d.get("votes")
    tags = d.get("tags")
    colour = d.get("colour")
    return {
        "text": text("text"),
        "colour": colour if isinstance(colour, str) else None,
        "channel": text("channel"),
        "owner": text("owner"),
        "evidence": d.get("evidence") if isinstance(d.get("evidence"), str) else None,
        "votes": votes
        if isinstance(votes, int) and not isinstance(votes, bool) and 0 <= votes <= 10**9
        else 0,
        "tags": [_printable(t) for t in tags if isinstance(t, str)] if isinstance(tags, list) else [],
        **_link_fields(d),
    }


MAX_LINKS_PER_CARD = 1000


def _link_fields(d: dict[str, Any]) -> dict[str, Any]:
    """The copied card's id and links, when well-formed: short ids, pairs of them, a bounded count
    (a link whose other card is not in the document is skipped when pasting)."""

    def an_id(value: Any) -> bool:
        return isinstance(value, str) and 0 < len(value) <= 64

    out: dict[str, Any] = {}
    if an_id(d.get("id")):
        out["id"] = d["id"]
    links = d.get("links")
    if isinstance(links, list):
        out["links"] = [
            list(pair)
            for pair in links[:MAX_LINKS_PER_CARD]
            if isinstance(pair, list) and len(pair) == 2 and all(an_id(e) for e in pair)
        ]
    return out


def _printable(text: str) -> str:
    """Lone surrogates (valid in JSON escapes, not in any file) are dropped."""
    return text.encode("utf-8", "ignore").decode("utf-8") if not text.isascii() else text


def _card(data: dict[str, Any], map_id: str, stage_id: str, lane_id: str) -> Card:
    evidence = data.get("evidence")
    return Card(
        new_id(),
        map_id,
        stage_id,
        lane_id,
        str(data.get("text", "")),
        colour=data.get("colour"),
        channel=str(data.get("channel", "")),
        owner=str(data.get("owner", "")),
        evidence=Evidence(evidence) if evidence in {e.value for e in Evidence} else None,
        votes=int(data.get("votes", 0) or 0),
        tags=tuple(data.get("tags", ())),
    )


def paste_command(
    map_id: str, cell: tuple[str, str], index: int, items: list[dict[str, Any]]
) -> tuple[Command, list[str]]:
    """Insert the clipboard's cards into ``cell`` from ``index`` on, as one undo step."""
    cards = [_card(d, map_id, cell[0], cell[1]) for d in items]
    cmds: list[Command] = [insert_card(c, index + k) for k, c in enumerate(cards)]
    copies = {str(d["id"]): c.id for d, c in zip(items, cards, strict=True) if isinstance(d.get("id"), str)}
    cmds.append(_AddLinks(copied_links(_clipboard_links(items), copies)))
    label = (
        translate("Clipboard", "Paste card")
        if len(cards) == 1
        else translate("Clipboard", "Paste %n cards", None, len(cards))
    )
    return Macro(label, cmds), [c.id for c in cards]


def _clipboard_links(items: list[dict[str, Any]]) -> list[CardLink]:
    """The links the copied cards had (ends as they were when copied), each once."""
    pairs: dict[tuple[str, str], None] = {}
    for d in items:
        for pair in d.get("links", ()) if isinstance(d.get("links"), list) else ():
            if isinstance(pair, list) and len(pair) == 2 and all(isinstance(e, str) for e in pair):
                pairs[(pair[0], pair[1])] = None
    return [CardLink("", a, b) for a, b in pairs]


class _AddLinks(Command):
    """The links of copied cards, for those whose other card still exists when it runs."""

    label = translate("Clipboard", "Link cards")

    def __init__(self, links: list[CardLink]) -> None:
        super().__init__()
        self.links = links

    def apply(self, doc: Document) -> None:
        add_links_that_fit(doc, self.links)


def cut_command(card_ids: Sequence[str]) -> Command:
    return Macro(translate("Clipboard", "Cut"), [remove_cards(card_ids)])


def duplicate_command(doc: Document, card_ids: Sequence[str]) -> tuple[Command, list[str]]:
    """Each selected card gets a copy right after it, in its own cell, as one undo step."""
    copies = [(replace(doc.card(card_id), id=new_id()), card_id) for card_id in card_ids]
    label = (
        translate("Clipboard", "Duplicate card")
        if len(copies) == 1
        else translate("Clipboard", "Duplicate %n cards", None, len(copies))
    )
    links = dict.fromkeys(lk for card_id in card_ids for lk in doc.links_of(card_id))
    kept = _AddLinks(copied_links(links, {after: copy.id for copy, after in copies}))
    cmds: list[Command] = [_InsertAfter(copy, after) for copy, after in copies]
    return Macro(label, [*cmds, kept]), [c.id for c, _ in copies]


class _InsertAfter(Command):
    """Insert a card right after another, finding the position when it runs."""

    label = translate("Clipboard", "Duplicate card")

    def __init__(self, card: Card, after_id: str) -> None:
        super().__init__()
        self.card = card
        self.after_id = after_id

    def apply(self, doc: Document) -> None:
        doc.insert_card(self.card, doc.index_of(Kind.CARD, self.after_id) + 1)
