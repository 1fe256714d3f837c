"""Find: every map, case- and accent-insensitive, all words, text/channel/owner/tags."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from jmdesigner.model import Card, Document, LaneKind, UndoStack, add_bundle, commands
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
    """The first search folds every card's text once; another search with the same cards folds
    none (only the query); after an edit, only the card that changed."""
    from jmdesigner.model import search

    doc = Document()
    add_bundle(doc, sample_bundle(stages=4, cards_per_cell=3))
    made: list[str] = []
    real = search._haystacks

    def haystacks(cards: list[Card]) -> list[str]:
        made.extend(c.id for c in cards)
        return real(cards)

    monkeypatch.setattr(search, "_haystacks", haystacks)  # type: ignore[attr-defined]
    cache = search.FoldCache()
    cards = doc.cards(doc.maps()[0].id)
    find_cards(doc, "stage", cache)
    assert sorted(made) == sorted(c.id for c in cards)  # every card once
    made.clear()
    assert find_cards(doc, "no such words", cache) == []
    assert made == []
    UndoStack(doc).push(commands.update_card(cards[2].id, text="Délai de LIVRAISON"))
    hits = find_cards(doc, "livraison DÉLAI", cache)
    assert [h.card_id for h in hits] == [cards[2].id]
    assert made == [cards[2].id]  # the edited card alone


def test_the_texts_kept_stay_those_of_the_cards_through_any_edits() -> None:
    """A search with the kept texts finds what a search from nothing finds, after cards are added,
    deleted, moved, edited (accents, other scripts) and the edits undone, on every map."""
    import random

    from jmdesigner.model import search

    rnd = random.Random(7)
    doc = Document()
    add_bundle(doc, sample_bundle(stages=3, cards_per_cell=4))
    add_bundle(doc, sample_bundle(stages=2, cards_per_cell=2))
    stack = UndoStack(doc)
    cache = search.FoldCache()
    words = ["Délai", "LIVRAISON", "refund", "Straße", "ÅNGSTRÖM", "voucher", "ΣΟΦΙΑ"]
    queries = ["delai", "livraison delai", "strasse", "angstrom", "card", "stage", "σοφια", "refund voucher"]
    for step in range(60):
        maps = doc.maps()
        m = rnd.choice(maps).id
        cards = doc.cards(m)
        choice = rnd.randrange(5)
        if choice == 0 and cards:
            card = rnd.choice(cards)
            stack.push(commands.update_card(card.id, text=" ".join(rnd.sample(words, 2))))
        elif choice == 1 and len(cards) > 3:
            stack.push(commands.remove_cards([c.id for c in rnd.sample(cards, 3)]))
        elif choice == 2 and cards:
            lanes = [lane for lane in doc.lanes(m) if lane.kind is not LaneKind.EMOTIONS]
            card, stage, lane = rnd.choice(cards), rnd.choice(doc.stages(m)), rnd.choice(lanes)
            stack.push(commands.move_card(card.id, stage.id, lane.id, 0))
        elif choice == 3 and stack.can_undo:
            stack.undo()
        elif stack.can_redo:
            stack.redo()
        query = queries[step % len(queries)]
        assert find_cards(doc, query, cache) == find_cards(doc, query), (step, query)


def test_what_a_search_looks_in_is_each_field_of_the_card() -> None:
    """Text, channel, owner and each tag, apart: a word is found in any of them, never across two."""
    from jmdesigner.model.search import _haystacks

    doc = Document()
    add_bundle(doc, sample_bundle(stages=1, cards_per_cell=2))
    card = doc.cards(doc.maps()[0].id)[0]
    UndoStack(doc).push(commands.update_card(card.id, text="ab", channel="cd", owner="ef", tags=("gh", "ij")))
    card = doc.card(card.id)
    (hay,) = _haystacks([card])
    assert hay.split() == ["ab", "cd", "ef", "gh", "ij"]
    for word, found in (("ab", True), ("gh", True), ("ij", True), ("bc", False), ("fg", False)):
        assert bool(find_cards(doc, word)) is found, word


def test_texts_folded_at_once_are_each_folded() -> None:
    """Folding many texts at once gives each text's fold, whether they are all ASCII or not, and
    when a text holds the character put between them."""
    from jmdesigner.model.search import _fold_each

    for texts in (
        [],
        [""],
        ["Refund VOUCHER", "", "Call back"],
        ["Refund", "Délai de LIVRAISON", "ΣΟΦΙΑ", "straße"],
        ["a\x00B", "C"],
        ["\x00", "\x00\x00"],
    ):
        assert _fold_each(texts) == [fold(t) for t in texts], texts


def test_the_matches_are_the_hits_made_one_by_one() -> None:
    """Every map's matches, in map order, each the ``Hit`` made for it by hand: its map, card, place
    ("Map › Stage › Lane") and text; equal, hashed alike, still frozen."""
    import dataclasses

    from jmdesigner.model.search import Hit, fold

    doc = Document()
    add_bundle(doc, sample_bundle(stages=3, cards_per_cell=3))
    add_bundle(doc, sample_bundle(stages=2, cards_per_cell=2))
    for query in ("stage 1", "points", "zzz"):
        expected = []
        for jmap in doc.maps():
            for card in doc.cards(jmap.id):
                hay = fold(" ".join((card.text, card.channel, card.owner, *card.tags)))
                if all(word in hay for word in fold(query).split()):
                    where = f"{jmap.title} › {doc.stage(card.stage_id).name} › {doc.lane(card.lane_id).name}"
                    expected.append(Hit(jmap.id, card.id, where, card.text))
        found = find_cards(doc, query)
        assert found == expected, query
        assert [hash(h) for h in found] == [hash(h) for h in expected]
        assert all(type(h) is Hit for h in found)
    assert len(find_cards(doc, "points")) > 8
    hit = find_cards(doc, "points")[0]
    try:
        hit.where = "elsewhere"  # type: ignore[misc]
    except dataclasses.FrozenInstanceError:
        pass
    else:
        raise AssertionError("a hit can be changed")
