"""The "Current vs future" PDF page: a comparison fitted to one page with its title and footer."""

from __future__ import annotations

from jmdesigner.export import furniture as F
from jmdesigner.export.compare_drawing import ComparePainter
from jmdesigner.export.metrics import PdfTextMetrics
from jmdesigner.export.pages import MM, FitPlan, plan_compare
from jmdesigner.export.surface import Surface
from jmdesigner.i18n import mid_sentence, translate
from jmdesigner.layout.compare import CompareGeometry
from jmdesigner.text import isolate


def compare_plan(g: CompareGeometry, page: str) -> FitPlan:
    """Fitted on ``page`` in whichever orientation suits the comparison (``pages.plan_compare``)."""
    return plan_compare(g.bounds.w, g.bounds.h, page)


def compare_title(g: CompareGeometry) -> tuple[str, str]:
    title = translate("ComparePages", "{before} vs {after} — {title}").format(
        before=g.before.label, after=mid_sentence(g.after.label), title=isolate(g.after.title)
    )
    subtitle = translate("ComparePages", "{before} → {after} · cards: {summary}")
    return title, subtitle.format(
        before=isolate(g.before.title), after=isolate(g.after.title), summary=g.summary
    )


def compare_page(
    s: Surface, metrics: PdfTextMetrics, g: CompareGeometry, plan: FitPlan, foot: str, page_no: int
) -> None:
    margin = 12 * MM
    title, subtitle = compare_title(g)
    F.title_band(s, margin, margin, plan.page_w - 2 * margin, title, subtitle)
    r = plan.map_rect
    s.push(r.x, r.y, plan.scale)
    ComparePainter(s, metrics).draw(g)
    s.pop()
    F.footer(
        s,
        plan.page_w,
        plan.page_h,
        margin,
        foot,
        translate("ComparePages", "Page {page}").format(page=page_no),
    )
