"""Markdown exports carry links: under each linked card what it is linked to, and a section of
pain points with what answers them; reading the file back still reads its journey block."""

from __future__ import annotations

from jmdesigner.interchange.markdown_map import read_markdown, write_markdown
from tests.builders import current_and_future, populated


def test_linked_cards_and_pain_points_with_their_answers() -> None:
    doc, now, _ = current_and_future()
    text, _ = write_markdown(doc, now)
    lines = text.split("\n")
    at = lines.index("- Touchpoints Stage 1 #0")
    assert lines[at + 1 : at + 3] == [
        "  - ↔ Stage 1 · Pain points: Pain points Stage 1 #0",
        "  - ↔ Now — future state › Stage 2 · Touchpoints: Brand new card",
    ]
    section = lines[lines.index("## Pain points and what answers them") :]
    assert section[2:5] == [
        "- Pain points Stage 1 #0",
        "  - → Stage 1 · Touchpoints: Touchpoints Stage 1 #0",
        "  - → Now — future state › Stage 2 · Touchpoints: Brand new card",
    ]
    assert section[5:7] == ["- Pain points Stage 2 #0", "  - *No answer yet*"]
    assert read_markdown(text, "now.md").bundle.map.title == "Now"


def test_a_map_without_links_has_no_answers_section() -> None:
    doc = populated()
    text, _ = write_markdown(doc, doc.maps()[0].id)
    assert "answers them" not in text and "↔" not in text
