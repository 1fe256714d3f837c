"""Switching the running app's language for a test, and back to English after it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from jmdesigner.ui import translation


def switched_to(code: str) -> Iterator[str]:
    app = QApplication.instance()
    assert app is not None
    locale = QLocale()
    yield translation.install(app, code)
    translation.install(app, "en")
    QLocale.setDefault(locale)


@pytest.fixture
def german(qapp: Any) -> Iterator[str]:
    yield from switched_to("de")
