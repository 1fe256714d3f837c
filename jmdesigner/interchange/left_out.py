"""What a map's text and spreadsheet exports cannot carry, said in one sentence.

CSV, XLSX, Markdown and Mermaid write the map as it shows: the room notes held in its inbox
are outside every cell, so they are not in those files. Rather than drop them silently, the
export says so; the JSON form (and a ``.jmap`` copy) keeps them."""

from __future__ import annotations

from jmdesigner.i18n import translate
from jmdesigner.model import Document


def held_notes_left_out(doc: Document, map_id: str) -> str | None:
    """The sentence for an export of ``map_id`` that leaves its held room notes out, if it has any."""
    count = len(doc.held_cards(map_id))
    if not count:
        return None
    return translate(
        "Export",
        "%n room note(s) held in the inbox are not in this file: place them on the map first, "
        "or export the map as JSON, which keeps them.",
        None,
        count,
    )
