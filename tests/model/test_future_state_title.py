"""A future state's title names the state once: "Online grocery delivery — current state" becomes
"Online grocery delivery — future state", not "… — current state — future state" (the title a
client read on the cover, the comparison page and every footer of the deck)."""

from __future__ import annotations

import pytest

from jmdesigner.model import Document, JourneyMap
from jmdesigner.model.bundle import add_bundle, future_state_of
from jmdesigner.model.ids import new_id
from tests.i18n.languages import german  # noqa: F401 (a fixture)


def _future_title(title: str) -> str:
    doc = Document()
    jmap = doc.add_map(JourneyMap(new_id(), title))
    return add_bundle(doc, future_state_of(doc, jmap.id)).title


@pytest.mark.parametrize(
    ("title", "future"),
    [
        ("Online grocery delivery — current state", "Online grocery delivery — future state"),
        ("Online grocery delivery - Current State", "Online grocery delivery — future state"),
        ("Onboarding (current state)", "Onboarding — future state"),
        ("Onboarding: current state", "Onboarding — future state"),
        ("Onboarding", "Onboarding — future state"),
        ("Current state", "Current state — future state"),  # nothing would be left of it
        ("Current state of onboarding", "Current state of onboarding — future state"),
    ],
)
def test_a_current_state_suffix_is_replaced_not_repeated(title: str, future: str) -> None:
    assert _future_title(title) == future


@pytest.mark.usefixtures("german")
def test_in_german_the_german_suffix_is_replaced_too() -> None:
    assert _future_title("Lebensmittel online — Ist-Zustand") == "Lebensmittel online — Soll-Zustand"
    assert _future_title("Lebensmittel online — current state") == "Lebensmittel online — Soll-Zustand"
