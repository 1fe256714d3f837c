"""The document's own refusals (``jmdesigner/model``: ids, photos, ratings, a field's allowed values, a
read-only document) come out in German in a German window, with the field named in German too, and in
English without a translator, as the command line and the tests of the pure core see them."""

from __future__ import annotations

import pytest

from jmdesigner.errors import JmError, ReadOnlyError
from jmdesigner.model import Card, Document, EmotionPoint, Persona, Photo, UndoStack, new_id
from jmdesigner.model import commands as cmd
from tests.builders import sample_bundle

GIF = Photo("image/gif", b"GIF89a" + b"\0" * 16)
NOT_A_PNG = Photo("image/png", b"\xff\xd8\xff" + b"\0" * 16)


def a_map() -> tuple[Document, str]:
    doc = Document()
    UndoStack(doc).push(cmd.add_map(sample_bundle("Checkout")))
    return doc, doc.maps()[0].id


def refusal(action: object) -> str:
    with pytest.raises(JmError) as refused:
        action()  # type: ignore[operator]
    return str(refused.value)


def refusals() -> tuple[list[str], str]:
    """What the document says to six wrong edits, and the id of the card it was asked to add twice."""
    doc, map_id = a_map()
    card, stage = doc.cards(map_id)[0], doc.stages(map_id)[0]
    persona = doc.map(map_id).persona_ids[0]
    twice = EmotionPoint(new_id(), map_id, persona, stage.id, 1.0, ratings=(("Ana", 1), ("Ana", 2)))
    said = [
        refusal(lambda: doc.add_persona(Persona(new_id(), "Maya", photo=GIF))),
        refusal(lambda: doc.add_persona(Persona(new_id(), "Maya", photo=NOT_A_PNG))),
        refusal(lambda: doc.card("no-such-card")),
        refusal(lambda: doc.insert_card(Card(card.id, map_id, stage.id, card.lane_id, "again"))),
        refusal(lambda: doc.update_map(map_id, state="sideways")),
        refusal(lambda: doc.set_emotion(twice)),
    ]
    doc.read_only = True
    with pytest.raises(ReadOnlyError) as read_only:
        doc.update_map(map_id, title="x")
    return [*said, str(read_only.value)], card.id


def test_the_documents_refusals_are_german_in_a_german_window(german: None) -> None:
    said, card_id = refusals()
    assert said == [
        "Ein Foto muss PNG oder JPEG sein, nicht 'image/gif'.",
        "Die Daten des Fotos sind kein PNG-Bild.",
        "Es gibt keine Karte mit der ID no-such-card.",
        f"Eine Karte mit der ID {card_id} gibt es bereits.",
        "Der Zustand einer Map muss einer dieser Werte sein: current, future; 'sideways' ist es nicht.",
        "Ein Emotionspunkt enthält eine Bewertung je teilnehmender Person.",
        "Dieses Dokument ist schreibgeschützt geöffnet und kann daher nicht geändert werden. Speichern Sie "
        "eine Kopie, um es zu bearbeiten.",
    ]


def test_without_a_translator_they_are_english() -> None:
    said, card_id = refusals()
    assert said == [
        "A photo must be PNG or JPEG, not 'image/gif'.",
        "The photo's bytes are not a PNG image.",
        "There is no card with id no-such-card.",
        f"A card with id {card_id} already exists.",
        "A map's state must be one of current, future; 'sideways' is not.",
        "An emotion point holds one rating per participant.",
        "This document is open read-only, so it cannot be changed. Save a copy to edit it.",
    ]
