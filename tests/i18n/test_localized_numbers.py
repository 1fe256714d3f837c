"""Numbers inside sentences use the UI language's marks: "100,012" and "2.5 MB" in English,
"100.012" and "2,5 MB" in German; the same format spec ({count:,}, {size:.1f}) in both catalogues."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from jmdesigner import i18n
from jmdesigner.errors import JmError
from jmdesigner.i18n import grouped, localized
from jmdesigner.model import Document, Persona, Photo, new_id
from jmdesigner.storage.file_limits import refuse_past_limit

BIG_PNG = Photo("image/png", b"\x89PNG\r\n\x1a\n" + b"\0" * (5 * 1024 * 1024 // 2))  # 2.5 MB


def said(action: object) -> str:
    with pytest.raises(JmError) as refused:
        action()  # type: ignore[operator]
    return str(refused.value)


def test_marks_follow_the_installed_language() -> None:
    assert f"{localized(100012):,} · {localized(1.5):.1f} · {localized(7)}" == "100,012 · 1.5 · 7"
    i18n.install(lambda context, text, disambiguation=None, n=-1: text, (".", ","))
    try:
        assert f"{localized(100012):,} · {localized(1.5):.1f} · {localized(7)}" == "100.012 · 1,5 · 7"
        assert f"{localized(1234567.25):,.2f}" == "1.234.567,25" and grouped(-20000) == "-20.000"
    finally:
        i18n.install(None)
    assert grouped(20000) == "20,000"  # back to English with the source text


@pytest.fixture
def english() -> Iterator[None]:
    i18n.install(None)
    yield


def test_the_file_limit_refusal_groups_the_english_way(english: None) -> None:
    refusal = said(lambda: refuse_past_limit("a.jmap", 100012, "cards"))
    assert "would then hold 100,012 cards, more than the 100,000 a .jmap file holds" in refusal


def test_the_file_limit_refusal_groups_the_german_way(german: str) -> None:
    refusal = said(lambda: refuse_past_limit("a.jmap", 100012, "cards"))
    assert "100.012" in refusal and "100.000" in refusal and "100,0" not in refusal


def test_a_photo_too_large_is_2_point_5_mb_in_english_and_2_comma_5_in_german(qapp: object) -> None:
    doc = Document()
    assert said(lambda: doc.add_persona(Persona(new_id(), "Maya", photo=BIG_PNG))).startswith(
        "The photo is 2.5 MB; the limit is 2 MB."
    )
    from tests.i18n.languages import switched_to

    switch = switched_to("de")
    next(switch)
    try:
        assert "2,5 MB" in said(lambda: doc.add_persona(Persona(new_id(), "Maya", photo=BIG_PNG)))
    finally:
        next(switch, None)


JOURNEY = (
    "journey\n    title Day\n    section Bus\n      Take it: 2.5: Me\n    section Work\n      Mail: 1.5: Me\n"
)


def test_the_import_previews_scores_have_the_windows_decimal_mark(german: str) -> None:
    from jmdesigner.ui import map_import

    preview = map_import.ImportPreview(None, "text", lambda: map_import.read_text(JOURNEY, "text"))
    try:
        assert "Me: Bus 2,5, Work 1,5" in preview.contents.toPlainText()
    finally:
        preview.deleteLater()
