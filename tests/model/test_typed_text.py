"""Text two people typed into one card at once: nobody's words vanish."""

from __future__ import annotations

import pytest

from jmdesigner.model import UndoStack
from jmdesigner.model import commands as cmd
from jmdesigner.model.document import Document
from jmdesigner.model.typed_text import Kept, keep_both
from tests.builders import sample_bundle


@pytest.mark.parametrize(
    ("base", "theirs", "mine", "saved", "kept"),
    [
        ("Pay at the desk", "Pay at the desk", "Pay at the front desk", "Pay at the front desk", Kept.NONE),
        (
            "Pay at the desk",
            "Pay online at the desk",
            "Pay at the front desk",
            "Pay online at the front desk",
            Kept.MERGED,
        ),
        (
            "one two three",
            "one 2 three",
            "one 2 three",
            "one 2 three",
            Kept.NONE,
        ),  # both, alike
        ("one two three", "one 2 three", "one deux three", "one deux three\n\none 2 three", Kept.BOTH),
        ("Call", "Call the bank", "Call the bank today", "Call the bank today", Kept.NONE),  # theirs in mine
        (
            "Call",
            "Call the bank today",
            "Call the bank",
            "Call the bank today",
            Kept.MERGED,
        ),  # mine in it
        ("Call", "", "Call back", "Call back", Kept.NONE),  # they emptied it: the typed words stay
        ("Call", "Call us", "", "Call us", Kept.MERGED),  # the typist emptied it: their words stay
    ],
)
def test_keep_both(base: str, theirs: str, mine: str, saved: str, kept: Kept) -> None:
    assert keep_both(base, theirs, mine) == (saved, kept)


def test_typed_text_keeps_a_change_made_meanwhile_and_undo_brings_back_theirs_alone() -> None:
    doc = Document()
    stack = UndoStack(doc)
    stack.push(cmd.add_map(sample_bundle("Typed", cards_per_cell=1)))
    card = doc.cards(doc.maps()[0].id)[0]
    stack.push(cmd.update_card(card.id, text="Theirs"))  # a colleague's, applied meanwhile
    typed = cmd.type_card_text(card.id, "text", card.text, card.text + " and mine")
    stack.push(typed)
    assert doc.card(card.id).text == card.text + " and mine\n\nTheirs"
    assert typed.kept is Kept.BOTH
    stack.undo()
    assert doc.card(card.id).text == "Theirs"
    stack.redo()
    assert doc.card(card.id).text == card.text + " and mine\n\nTheirs"


def test_both_texts_longer_than_a_card_may_be_keep_the_typed_one_over_theirs() -> None:
    from jmdesigner.model.validation import MAX_TEXT

    doc = Document()
    stack = UndoStack(doc)
    stack.push(cmd.add_map(sample_bundle("Long", cards_per_cell=1)))
    card = doc.cards(doc.maps()[0].id)[0]
    theirs, mine = "t " * (MAX_TEXT // 2 - 10), "m " * (MAX_TEXT // 2 - 10)
    stack.push(cmd.update_card(card.id, text=theirs))
    typed = cmd.type_card_text(card.id, "text", card.text, mine)
    stack.push(typed)  # not refused as too long: the typed words are saved
    assert doc.card(card.id).text == mine
    assert typed.kept is Kept.OVER
    stack.undo()
    assert doc.card(card.id).text == theirs
