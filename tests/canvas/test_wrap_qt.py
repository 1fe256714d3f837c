"""With Qt's real font metrics (kerning, shaping), the fast wrap still gives the greedy lines (at
spaces and after hyphens)."""

from __future__ import annotations

import random
from typing import Any

from bench.generate import WORDS
from jmdesigner.canvas.style import QtTextMetrics
from jmdesigner.layout import metrics as roles
from jmdesigner.layout import wrap_text
from tests.layout.test_wrap_hyphens import greedy_units


def test_wrap_with_qt_metrics_equals_the_plain_greedy_wrap(qtbot: Any) -> None:
    metrics = QtTextMetrics()
    rng = random.Random(5)
    vocabulary = [
        *WORDS,
        "AVAWAY",
        "Tête-à-tête",
        "Kunden-Service-Portal-Anmeldung",
        "e-mail",
        "ﬁnance",
        "Ωmega",
        "𝒳",
        "naïve",
        "WWWWWWWWWWWWWWWWWWWWWWWWWW",
    ]
    for _ in range(400):
        text = " ".join(rng.choice(vocabulary) for _ in range(rng.randint(1, 30)))
        width = rng.uniform(30.0, 260.0)
        for role in (roles.CARD, roles.LANE_HEADER):
            assert wrap_text(text, width, metrics, role) == greedy_units(text, width, metrics, role)
