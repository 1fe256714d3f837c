"""A persona page in a comparison deck (``--map FUTURE --compare``) charts the current map too, as
the "Current vs future" page shows both: each chart and line of scores headed by its map's title,
the current map's first. A deck without a comparison charts only its maps."""

from __future__ import annotations

import io

from pypdf import PdfReader

from jmdesigner.export.options import ExportOptions
from jmdesigner.export.pdf import build_pdf
from tests.builders import current_and_future
from tests.export.pdfcheck import squash


def persona_text(data: bytes, persona: str) -> str:
    pages = [squash(page.extract_text()) for page in PdfReader(io.BytesIO(data)).pages]
    return "".join(text for text in pages if squash(persona) in text and "ONTHEMAP" in text)


def test_the_persona_pages_of_a_comparison_chart_both_maps() -> None:
    doc, now, later = current_and_future()
    persona = doc.persona(doc.map(later).persona_ids[0]).name
    options = ExportOptions(cover=False, summary=False, comparisons=((now, later),))
    text = persona_text(build_pdf(doc, [later], options)[0], persona)
    current = text.find(squash(f"{doc.map(now).title}: {doc.stages(now)[0].name}"))
    future = text.find(squash(f"{doc.map(later).title}: {doc.stages(later)[0].name}"))
    assert 0 <= current < future, text
    alone = persona_text(build_pdf(doc, [later], ExportOptions(cover=False, summary=False))[0], persona)
    assert squash(f"{doc.map(later).title}: {doc.stages(later)[0].name}") in alone
    assert squash(f"{doc.map(now).title}: {doc.stages(now)[0].name}") not in alone
