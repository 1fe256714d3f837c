"""Find: every map, case- and accent-insensitive, all words, text/channel/owner/tags."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from jmdesigner.model import Document, UndoStack, add_bundle, commands
from jmdesigner.model.search import find_cards, fold, fold_slowly
from tests.builders import sample_bundle


def test_fold_ignores_case_and_accents() -> None:
    assert fold("Café ÅNGSTRÖM") == "cafe angstrom"


@given(st.text())
def test_fold_character_by_character_is_the_whole_text_fold(text: str) -> None:
    assert fold(text) == fold_slowly(text)


def test_fold_of_texts_that_fold_into_several_characters() -> None:
    for text in ("Straße", "ﬁle", "İstanbul", "e\u0301te\u0301", "한국어", "Ǆemal", "½ ㎏", "ΣΊΣΥΦΟΣ"):
        assert fold(text) == fold_slowly(text), text
    assert fold("STRASSE") == fold("straße") == "strasse"


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


def test_fold_cache_refolds_a_card_only_when_it_changed() -> None:
    from jmdesigner.model.search import FoldCache

    doc = Document()
    add_bundle(doc, sample_bundle())
    cache = FoldCache()
    card = doc.cards(doc.maps()[0].id)[0]
    assert find_cards(doc, card.text.split()[0], cache) == find_cards(doc, card.text.split()[0])
    UndoStack(doc).push(commands.update_card(card.id, text="Délai de LIVRAISON"))
    assert [h.card_id for h in find_cards(doc, "livraison", cache)] == [card.id]
    assert find_cards(doc, "livraison", cache) == find_cards(doc, "livraison")


def test_searching_again_folds_only_the_cards_that_changed(monkeypatch: object) -> None:
    from jmdesigner.model import search

    doc = Document()
    add_bundle(doc, sample_bundle(stages=4, cards_per_cell=3))
    folded: list[str] = []
    real = search.fold
    monkeypatch.setattr(search, "fold", lambda text: folded.append(text) or real(text))  # type: ignore[attr-defined]
    cache = search.FoldCache()
    cards = doc.cards(doc.maps()[0].id)
    find_cards(doc, "stage", cache)
    assert len(folded) == 1 + len(cards)  # the query, and every card once
    folded.clear()
    assert find_cards(doc, "no such words", cache) == []
    assert folded == ["no such words"]
    UndoStack(doc).push(commands.update_card(cards[2].id, text="Délai de LIVRAISON"))
    folded.clear()
    hits = find_cards(doc, "livraison DÉLAI", cache)
    assert [h.card_id for h in hits] == [cards[2].id]
    assert len(folded) == 2 and "Délai de LIVRAISON" in folded[1]  # the query, and the edited card
