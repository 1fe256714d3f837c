"""The Markdown export: a readable document of the map, and its Mermaid block read back."""

from __future__ import annotations

from jmdesigner.interchange.formats import read_file, read_text
from jmdesigner.interchange.markdown_map import write_markdown
from tests.interchange.interchange_helpers import FIXTURES, in_document


def test_stages_are_headings_lanes_lists_curves_a_table_and_the_block_reads_back() -> None:
    b = read_file(FIXTURES / "ptolemy" / "ecommerce-purchase.ojf")[1].bundle
    doc, map_id = in_document(b)
    text, _ = write_markdown(doc, map_id)
    lines = text.split("\n")
    assert lines[0] == "# Buying a high-end coffee maker for a new kitchen"
    assert "★ marks a moment of truth." in lines
    assert [line for line in lines if line.startswith("## ")][:4] == [
        "## 1. Discovery",
        "## 2. Research",
        "## 3. Purchase",
        "## 4. Onboarding",
    ]
    assert "- ★ Select Product & Checkout  " in lines  # the mark, then a Markdown line break
    assert "| Jane Doe, First-time Homeowner | 2.5 | 0 | -1.5 | 4 |" in lines
    assert "```mermaid" in lines
    again = read_text(text, "map.md", ".md")[1].bundle
    assert [s.name for s in again.stages] == [s.name for s in b.stages]
    assert sorted(p.score for p in again.points) == sorted(p.score for p in b.points)
