"""Mermaid journeys (``.mmd``, ``.mermaid``) and Markdown (``.md``) as registered formats."""

from __future__ import annotations

from jmdesigner.interchange.formats import Format, Source
from jmdesigner.interchange.imported import Imported
from jmdesigner.interchange.markdown_map import first_journey_block, read_markdown, write_markdown
from jmdesigner.interchange.mermaid_journey import looks_like_journey, read_mermaid, write_mermaid


def _read_mermaid(source: Source) -> Imported:
    return read_mermaid(source.text, source.name or "The text", fallback_title=source.title)


def _read_markdown(source: Source) -> Imported:
    return read_markdown(source.text, source.name or "The text", fallback_title=source.title)


MERMAID = Format(
    name="mermaid",
    label="Mermaid journey",
    suffixes=(".mmd", ".mermaid"),
    read=_read_mermaid,
    write=write_mermaid,
    claims=lambda source: not source.looks_like_json and looks_like_journey(source.text),
)
MARKDOWN = Format(
    name="markdown",
    label="Markdown",
    suffixes=(".md", ".markdown"),
    read=_read_markdown,
    write=write_markdown,
    claims=lambda source: "```" in source.text and first_journey_block(source.text) is not None,
)
