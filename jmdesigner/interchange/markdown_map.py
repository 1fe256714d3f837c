"""A map as a Markdown document that reads well and diffs well in Git; and the way back in.

Writing: the title and description, each stage as a heading with its lanes as lists (a linked
card with what it is linked to under it), the pain points with what answers them when the map
has links, the persona curves as a table and the map as a Mermaid journey block
(docs/interchange.md).
Reading: the first ```` ```mermaid ```` block holding a journey, with line numbers of the file.
"""

from __future__ import annotations

import re

from jmdesigner.errors import JmError
from jmdesigner.i18n import translate
from jmdesigner.interchange.imported import Imported
from jmdesigner.interchange.mermaid_journey import looks_like_journey, read_mermaid, write_mermaid
from jmdesigner.model import Document, bundle_of
from jmdesigner.model.links import card_label, pain_points_with_answers

MOMENT = "★"
_FENCE = re.compile(r"^(\s*)(`{3,}|~{3,})\s*mermaid\b.*$", re.IGNORECASE)


def first_journey_block(text: str) -> tuple[str, int] | None:
    """The text of the first mermaid block that is a journey, and its first line number."""
    lines = text.replace("\r\n", "\n").split("\n")
    i = 0
    while i < len(lines):
        opening = _FENCE.match(lines[i])
        if opening is None:
            i += 1
            continue
        fence = opening.group(2)
        end = next((j for j in range(i + 1, len(lines)) if lines[j].strip().startswith(fence)), len(lines))
        block = "\n".join(lines[i + 1 : end])
        if looks_like_journey(block):
            return block, i + 2
        i = end + 1
    return None


def read_markdown(text: str, source: str, fallback_title: str = "") -> Imported:
    found = first_journey_block(text)
    if found is None:
        said = translate("MarkdownImport", "{name} has no ```mermaid block with a journey diagram in it.")
        raise JmError(said.format(name=source))
    block, first_line = found
    return read_mermaid(block, source, first_line=first_line, fallback_title=fallback_title)


def write_markdown(doc: Document, map_id: str) -> tuple[str, list[str]]:
    b = bundle_of(doc, map_id)
    out = [f"# {_line(b.map.title)}", ""]
    if b.map.description.strip():
        out += [b.map.description.strip(), ""]
    if any(c.moment_of_truth for c in b.cards):
        out += [f"{MOMENT} marks a moment of truth.", ""]
    for n, stage in enumerate(b.stages, 1):
        out += [f"## {n}. {_line(stage.name)}", ""]
        if stage.description.strip():
            out += [stage.description.strip(), ""]
        for lane in b.lanes:
            cards = [c for c in b.cards if c.stage_id == stage.id and c.lane_id == lane.id]
            if not cards:
                continue
            out += [f"**{_line(lane.name)}**", ""]
            for c in cards:
                out.append(_item(c.text, c.tags, c.moment_of_truth))
                out += [f"  - ↔ {_line(card_label(doc, o.id, map_id))}" for o in doc.linked_cards(c.id)]
            out.append("")
    if b.links:
        out += _answers(doc, map_id)
    if b.points:
        out += _curve_table(b)
    mermaid, warnings = write_mermaid(doc, map_id)
    out += ["## As a Mermaid journey", "", "```mermaid", mermaid.rstrip("\n"), "```", ""]
    return "\n".join(out), warnings


def _answers(doc: Document, map_id: str) -> list[str]:
    """Each pain point with what answers it (along links), or that nothing does yet."""
    out = ["## Pain points and what answers them", ""]
    for pain, answers in pain_points_with_answers(doc, map_id):
        out.append(f"- {_line(pain.text) or '(empty card)'}")
        out += [f"  - → {_line(card_label(doc, a.id, map_id))}" for a in answers] or ["  - *No answer yet*"]
    return [*out, ""]


def _curve_table(b) -> list[str]:  # type: ignore[no-untyped-def]
    score = {(p.persona_id, p.stage_id): p.score for p in b.points}
    header = ["Persona", *(_cell(s.name) for s in b.stages)]
    rows = [
        [_cell(p.name), *(_score(score.get((p.id, s.id))) for s in b.stages)]
        for p in b.personas
        if any((p.id, s.id) in score for s in b.stages)
    ]
    return [
        "## Emotions",
        "",
        f"On a scale from {b.map.scale_min} to {b.map.scale_max}.",
        "",
        "| " + " | ".join(header) + " |",
        "|" + "|".join("---" if i == 0 else "---:" for i in range(len(header))) + "|",
        *("| " + " | ".join(row) + " |" for row in rows),
        "",
    ]


def _score(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else f"{value:.2f}".rstrip("0")


def _line(text: str) -> str:
    return " ".join(text.split())


def _cell(text: str) -> str:
    return _line(text).replace("|", "\\|")


def _item(text: str, tags: tuple[str, ...], moment: bool) -> str:
    lines = text.strip().split("\n") or [""]
    mark = f"{MOMENT} " if moment else ""
    item = f"- {mark}{lines[0]}" + "".join(f"  \n  {rest}" for rest in lines[1:])
    return item + (" — " + ", ".join(f"`{t}`" for t in tags) if tags else "")
