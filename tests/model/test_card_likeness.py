"""When a card left in its cell is an edit of one in the other map ("Changed") and when it is
another card ("Removed" and "New"): ``card_match.likeness``."""

from __future__ import annotations

import pytest

from jmdesigner.model.card_match import likeness, pair_edited


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Delivery fee (€4.99) is only shown after entering a postcode.", "Fee shown upfront"),
        ("SMS with a one-hour window", "SMS with a 15-minute window"),
        ("Sign-up completion: 61 %", "Sign-up completion: 75 %"),
        ("61 %", "68 %"),
        ("顧客が店舗の営業時間を検索する", "顧客が店舗の営業時間を確認する"),  # no spaces: by characters
    ],
)
def test_an_edit_is_alike(old: str, new: str) -> None:
    assert likeness(old, new) is not None


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "Types the address; the postcode check says the area is covered",
            "New: one-tap reorder of last week's basket",
        ),
        ("Asks other parents", "Is it really cheaper than driving"),
        ("顧客が店舗の営業時間を検索する", "配達の時間帯を選ぶ"),
    ],
)
def test_another_card_is_not(old: str, new: str) -> None:
    assert likeness(old, new) is None


def test_each_card_takes_the_most_alike_in_its_cell_not_the_first() -> None:
    old = [("a", "Slow checkout page"), ("a", "Voucher field rejects lower-case codes")]
    new = [("a", "Voucher field accepts any case"), ("a", "Checkout page loads in a second"), ("b", "Slow")]
    pairs, gone, came = pair_edited(old, new, lambda c: c[0], lambda c: c[1])
    assert pairs == [(old[0], new[1]), (old[1], new[0])] and not gone and came == [new[2]]
