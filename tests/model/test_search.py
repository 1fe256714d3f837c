"""Find: every map, case- and accent-insensitive, all words, text/channel/owner/tags."""

from __future__ import annotations

from jmdesigner.model import Document, UndoStack, add_bundle, commands
from jmdesigner.model.search import find_cards, fold
from tests.builders import sample_bundle


def test_fold_ignores_case_and_accents() -> None:
    assert fold("Café ÅNGSTRÖM") == "cafe angstrom"


def test_finds_across_maps_by_text_owner_and_tags() -> None:
    doc = Document()
    first = add_bundle(doc, sample_bundle("One"))
    second = add_bundle(doc, sample_bundle("Two"))
    stack = UndoStack(doc)
    a = doc.cards(first.id)[0]
    b = doc.cards(second.id)[1]
    stack.push(commands.update_card(a.id, text="Délai de livraison trop long"))
    stack.push(commands.update_card(b.id, owner="Logistique", tags=("livraison",)))
    hits = find_cards(doc, "LIVRAISON")
    assert [h.card_id for h in hits] == [a.id, b.id]
    assert hits[0].where.startswith("One › Stage 1 › ")
    assert [h.card_id for h in find_cards(doc, "delai long")] == [a.id]
    assert find_cards(doc, "delai court") == []
    assert find_cards(doc, "   ") == []
