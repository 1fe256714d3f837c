"""The summary lists under each pain point what answers it (along links, across maps) and marks
the pain points nothing answers; a map without links keeps the plain summary."""

from __future__ import annotations

import io

from pypdf import PdfReader

from jmdesigner.export.options import ExportOptions
from jmdesigner.export.pdf import build_pdf
from jmdesigner.export.summary import summarise
from tests.builders import current_and_future, populated
from tests.export.pdfcheck import squash


def test_pain_points_list_their_answers_and_unanswered_ones_are_marked() -> None:
    doc, now, _ = current_and_future()
    stages = summarise(doc, now)
    answered = {c.text: stages[0].answers[c.id] for c in stages[0].pains}  # type: ignore[index]
    ((pain, labels),) = answered.items()
    assert labels[0] == "Touchpoints Stage 1 #0"  # the opportunity it links to
    assert labels[1] == "Brand new card (Now — future state)"  # and, along it, the future card
    assert all(s.answers is not None and all(s.answers[c.id] == () for c in s.pains) for s in stages[1:])
    data, _ = build_pdf(doc, [now], ExportOptions(cover=False, personas=False))
    text = squash(PdfReader(io.BytesIO(data)).pages[1].extract_text())
    assert squash(f"{pain} → Touchpoints Stage 1 #0") in text
    assert text.count("Noansweryet") == len(stages) - 1


def test_a_map_without_links_keeps_the_plain_summary() -> None:
    doc = populated()
    assert all(s.answers is None for s in summarise(doc, doc.maps()[0].id))
    data, _ = build_pdf(doc, [doc.maps()[0].id], ExportOptions(cover=False, personas=False))
    assert "Noansweryet" not in squash(PdfReader(io.BytesIO(data)).pages[1].extract_text())
