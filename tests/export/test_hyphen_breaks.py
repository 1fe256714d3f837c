"""In print, as on screen, a hyphenated compound longer than its line breaks after a hyphen, and
a collapsed lane shows its name as typed: no space where a line of the name broke. A sign stays
with its number, a soft hyphen breaks and shows a hyphen only there."""

from __future__ import annotations

import subprocess
from pathlib import Path

from pypdf import PdfReader

from jmdesigner.export.metrics import PdfTextMetrics
from jmdesigner.export.options import ExportOptions
from jmdesigner.export.pdf import export_pdf
from jmdesigner.export.svg import map_svg
from jmdesigner.layout import layout_map
from jmdesigner.model.kinds import LaneKind
from tests.builders import populated
from tests.export.pdfcheck import squash, tool
from tests.export.test_paragraph_direction import _svg_lines

COMPOUND = "Kunden-Service-Portal-Anmeldung"
LANE_NAME = "Kunden-Service-Portal-Anmeldung-Übersicht-und-Rückmeldungen"


def test_a_narrow_card_and_a_collapsed_lane_keep_their_hyphenated_words() -> None:
    doc = populated()
    map_id = doc.maps()[0].id
    stage = doc.stages(map_id)[0]
    doc.update_stage(stage.id, width=150.0)
    card = next(c for c in doc.cards(map_id) if c.stage_id == stage.id)
    doc.update_card(card.id, text=f"{COMPOUND} prüfen")
    lane = next(lane for lane in doc.lanes(map_id) if lane.kind is LaneKind.PAIN_POINTS)
    doc.update_lane(lane.id, name=LANE_NAME, collapsed=True)
    g = layout_map(doc, map_id, PdfTextMetrics())
    lines = g.cards[card.id].lines
    assert len(lines) > 2 and lines[0].endswith("-"), lines  # ("Kunden-", "Service-Portal-", ...)
    assert all(line.endswith("-") or line in ("Anmeldung", "prüfen", "Anmeldung prüfen") for line in lines)
    joined = "".join(line if line.endswith("-") else line + " " for line in lines)
    assert joined.strip() == f"{COMPOUND} prüfen"  # nothing added, nothing lost
    folded = g.lane(lane.id)
    assert folded.collapsed and len(folded.name_lines) > 1 and folded.one_line == LANE_NAME
    drawn = _svg_lines(map_svg(doc, map_id)[0])
    assert all(line in drawn for line in lines)  # each line drawn as laid out
    shown = [text for text in drawn if text.startswith("Kunden") and text.endswith("…")]
    assert len(shown) == 1 and len(shown[0]) > len("Kunden-Service-")
    assert LANE_NAME.startswith(shown[0][:-1])  # the name as typed, shortened: no space put in


TYPOGRAPHY = {  # each card's text, and the lines its narrow card prints
    "Conversion 18 %": ("Conversion", "18 %"),  # before: "Conversion 18" / "%"
    "Conversion 61 €": ("Conversion", "61 €"),
    "Kun\u00adden\u00adser\u00advice\u00adpor\u00adtal\u00adan\u00admel\u00addung": (
        "Kun\u00adden\u00adser\u00advice-",  # a hyphen where it broke, the soft ones kept
        "por\u00adtal\u00adan\u00admel-",
        "dung",
    ),
    "Send a confirmation e-mail after the check-in": (
        "Send a",
        "confirmation",
        "e-mail after the",
        "check-in",
    ),
}


def test_the_pdf_and_the_svg_print_the_typographic_breaks(tmp_path: Path) -> None:
    """The PDF's text has each card's lines as laid out (pypdf reads them line by line): a sign on
    the line of its number, a hyphen only where a word broke at a soft hyphen, no "e-" or "in"
    alone; the soft hyphens where no line broke draw nothing and are not in the text a reader
    copies (poppler, pypdf, the SVG's text: no stray U+00AD inside "Kundenservice"); poppler reads
    the word broken at a soft hyphen whole, as a hyphenated word; the SVG draws the same lines."""
    doc = populated()
    map_id = doc.maps()[0].id
    for stage in doc.stages(map_id):
        doc.update_stage(stage.id, width=150.0)
    cards = doc.cards(map_id)
    assert len(cards) >= len(TYPOGRAPHY)
    for card, text in zip(cards, TYPOGRAPHY, strict=False):
        doc.update_card(card.id, text=text)
    g = layout_map(doc, map_id, PdfTextMetrics())
    out = tmp_path / "typography.pdf"
    export_pdf(doc, [map_id], out, ExportOptions(date="2026-11-30", cover=False, summary=False))
    extracted = PdfReader(out).pages[0].extract_text()
    read = {line.strip() for line in extracted.splitlines()}
    poppler = subprocess.run([tool("pdftotext"), str(out), "-"], capture_output=True, text=True, check=True)
    printed = [line.strip() for line in poppler.stdout.splitlines()]
    drawn = _svg_lines(map_svg(doc, map_id)[0])
    for card, (text, wanted) in zip(cards, TYPOGRAPHY.items(), strict=False):
        lines = g.cards[card.id].lines
        assert lines == wanted, (text, lines)
        copied = [line.replace("\u00ad", "") for line in lines]  # the soft hyphens drawn as nothing
        assert all(line in read for line in copied), (lines, sorted(read))
        assert all(line in drawn for line in copied)
    assert "Conversion" in printed and "18 %" in printed and "61 €" in printed
    assert "e-mail after the" in printed and "check-in" in printed
    assert not {"%", "€", "18", "mail", "in", "e-", "-"} & set(printed)
    soft = next(text for text in TYPOGRAPHY if "\u00ad" in text)
    assert "Kundenserviceportalanmeldung" in printed  # poppler: whole
    assert squash(soft.replace("\u00ad", "")) in squash(poppler.stdout)
    assert "\u00ad" not in poppler.stdout and "\u00ad" not in extracted
    assert "\u00ad" not in "".join(drawn)
