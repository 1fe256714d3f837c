"""Text too long for its widget ends in "…", never cut through a letter (the German inspector)."""

from __future__ import annotations

from typing import Any

from jmdesigner.model.kinds import Evidence
from jmdesigner.ui.forms import ComboField

GERMAN = "Beobachtet (durch Forschung belegt)"


def test_a_narrow_choice_shows_its_text_shortened_with_an_ellipsis(qtbot: Any) -> None:
    field = ComboField("Beleg", [("Keine", None), (GERMAN, Evidence.OBSERVED)])
    qtbot.addWidget(field)
    field.set_value(Evidence.OBSERVED)
    combo = field.combo
    combo.resize(150, combo.sizeHint().height())
    field.show()
    shown = combo.shown_text()
    assert shown.endswith("…") and GERMAN.startswith(shown[:-1])
    assert combo.fontMetrics().horizontalAdvance(shown) <= combo.width()
    assert not combo.grab().isNull()  # paints through the same path
    combo.resize(combo.fontMetrics().horizontalAdvance(GERMAN) + 80, combo.height())
    assert combo.shown_text() == GERMAN
