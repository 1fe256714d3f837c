"""``export_pdf``: the client deliverable, page by page, written atomically.

Order: cover; for each map its page(s) (fit, plotter, or overview then tiles) and its summary;
then each comparison asked for ("Current vs future"); then one profile per persona shown on
the exported maps. Bookmarks follow the same outline.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from jmdesigner.errors import JmError
from jmdesigner.export.culling import CardIndex, empty_tiles, plan_poster
from jmdesigner.export.furniture import footer
from jmdesigner.export.map_drawing import MapPainter
from jmdesigner.export.map_pages import fitted_page, overview_page, tile_page
from jmdesigner.export.metrics import PdfTextMetrics
from jmdesigner.export.options import ExportOptions, ExportResult, Progress, deck_title
from jmdesigner.export.pages import MM, page_name, page_size, plan_fit, plan_plotter, suits_landscape
from jmdesigner.export.pdf_surface import PdfSurface
from jmdesigner.export.sink import PdfSink, binary_streams
from jmdesigner.fileio import write_bytes_atomically
from jmdesigner.i18n import translate
from jmdesigner.layout import MapGeometry, Rect, layout_map
from jmdesigner.model.document import Document
from jmdesigner.model.entities import Persona
from jmdesigner.text import collect_missing, export_warnings, isolate

if TYPE_CHECKING:
    from jmdesigner.export.summary import StageSummary
    from jmdesigner.layout.compare import CompareGeometry


def map_subtitle(doc: Document, map_id: str) -> str:
    jmap = doc.map(map_id)
    state = (
        translate("Pdf", "Future-state map")
        if jmap.state == "future"
        else translate("Pdf", "Current-state map")
    )
    stages = translate("Pdf", "%n stage(s)", None, len(doc.stages(map_id)))
    parts = [state, stages, translate("Pdf", "%n card(s)", None, len(doc.cards(map_id)))]
    if jmap.description:
        parts.append(isolate(jmap.description))
    return " · ".join(parts)


def footer_text(opt: ExportOptions, title: str) -> str:
    return " · ".join(isolate(part) for part in (title, opt.client, opt.version_label, opt.date) if part)


def build_pdf(
    doc: Document, map_ids: list[str], opt: ExportOptions, progress: Progress | None = None
) -> tuple[bytes, ExportResult]:
    """The PDF's bytes and what to tell the user (page count, readability warnings, characters
    that no bundled font can draw, bundled fonts missing); ``JmError`` when text was lost to a
    missing or damaged bundled font (``export_warnings``)."""
    with binary_streams(), collect_missing() as missing:
        data, result = _build_pdf(doc, map_ids, opt, progress)
    result.warnings += export_warnings(missing)
    return data, result


def _build_pdf(
    doc: Document, map_ids: list[str], opt: ExportOptions, progress: Progress | None
) -> tuple[bytes, ExportResult]:
    if not map_ids:
        raise JmError(translate("Pdf", "There is no map to export."))
    page_name(opt.page)  # a bad page name fails before any work
    metrics = PdfTextMetrics()
    geoms = [layout_map(doc, map_id, metrics) for map_id in map_ids]
    shapes = tuple((g.bounds.w, g.bounds.h) for g in geoms)
    if opt.landscape is None:  # none chosen: as the maps are shaped
        opt = replace(opt, landscape=suits_landscape(shapes))
    titles = [doc.map(map_id).title for map_id in map_ids]
    title = deck_title(opt, titles)
    charted = _charted(map_ids, opt.comparisons)
    personas = _personas(doc, charted) if opt.personas else []
    result = ExportResult(landscape=bool(opt.landscape), shapes=shapes)
    comparisons = _comparisons(doc, opt, metrics)
    summaries = [_summarised(doc, map_id) if opt.summary else None for map_id in map_ids]
    total = (
        int(opt.cover)
        + len(personas)
        + len(comparisons)
        + sum(_map_pages(g, opt) for g in geoms)
        + sum(stages is not None for stages in summaries)
    )
    subject = translate("Pdf", "Customer journey map: {titles}").format(titles=", ".join(titles))
    sink = PdfSink(title, opt.author, subject, progress, total, opt.language)
    # in the language of the pages (the sink's are English): what a search in the reader's files finds
    sink.c.setKeywords(translate("Pdf", "customer journey map"))
    pw, ph = page_size(opt.page, opt.landscape)
    # Cover, summary and persona pages are laid out as on A4 and scaled up with the paper, so type
    # on an A3 or A0 page is not tiny.
    k = _paper_scale(pw, ph)
    if opt.cover:
        s = sink.page(pw, ph, "cover")
        sink.bookmark(translate("Pdf", "Cover"), 0)
        s.push(0, 0, k)
        from jmdesigner.export.cover import draw_cover  # (each extra page's module: when it is asked for)

        draw_cover(s, pw / k, ph / k, title, titles, opt)
        s.pop()
    if opt.mode == "fit":
        from jmdesigner.export.legibility import fit_legibility

        result.legibility = fit_legibility(
            list(zip(titles, geoms, strict=True)), opt.page, opt.landscape, opt.overlap_mm
        )
    for map_id, g, map_title, stages in zip(map_ids, geoms, titles, summaries, strict=True):
        foot = footer_text(opt, map_title)  # each map's pages carry its own title
        _map(sink, doc, map_id, g, map_title, opt, metrics, foot, result)
        if stages is not None:
            _summary(sink, stages, map_title, (pw, ph), k, foot)
    if comparisons:
        from jmdesigner.export.legibility import compare_legibility

        result.comparisons = compare_legibility(
            [(cg.before.title, cg.after.title, cg.bounds.w, cg.bounds.h) for cg in comparisons], opt.page
        )
    for i, cg in enumerate(comparisons):
        from jmdesigner.export.compare_pages import compare_page, compare_plan

        plan = compare_plan(cg, opt.page)
        s = sink.page(plan.page_w, plan.page_h, f"comparison {cg.after.title}")
        if i == 0:
            sink.bookmark(translate("Pdf", "Current vs future"), 0)
        sink.bookmark(f"{cg.before.title} → {cg.after.title}", 1)
        compare_page(s, metrics, cg, plan, footer_text(opt, cg.after.title), sink.pages)
    for i, group in enumerate(_persona_pages(personas, charted, doc, (pw, ph), k)):
        if len(group) == 1:
            _persona(sink, doc, group[0][0], charted, (pw, ph), k, footer_text(opt, title), first=i == 0)
        else:
            _sharing(sink, doc, group, charted, (pw, ph), k, footer_text(opt, title), first=i == 0)
    data = sink.finish()
    result.pages = sink.pages
    return data, result


def export_pdf(
    doc: Document,
    map_ids: list[str],
    out: Path,
    opt: ExportOptions | None = None,
    progress: Progress | None = None,
) -> ExportResult:
    """Writes the PDF to ``out`` atomically: on any failure an existing file stays as it was."""
    data, result = build_pdf(doc, map_ids, opt or ExportOptions(), progress)
    write_bytes_atomically(out, data)
    return result


def _comparisons(doc: Document, opt: ExportOptions, metrics: PdfTextMetrics) -> list[CompareGeometry]:
    """The comparisons asked for, laid out (their modules are imported only when one is)."""
    if not opt.comparisons:
        return []
    from jmdesigner.layout.compare import layout_compare, map_sides

    return [layout_compare(*map_sides(doc, b, a), metrics) for b, a in opt.comparisons]


def _map_pages(g: MapGeometry, opt: ExportOptions) -> int:
    if opt.mode == "tile":
        plan, g = plan_poster(g, opt.page, opt.landscape, opt.scale, opt.overlap_mm)
        return 1 + len(plan.tiles) - len(empty_tiles(g, plan))
    return 1


def _tile_order(label: str) -> tuple[int, str, int]:
    row = label.rstrip("0123456789")
    return (len(row), row, int(label[len(row) :]))


def _map(
    sink: PdfSink,
    doc: Document,
    map_id: str,
    g: MapGeometry,
    title: str,
    opt: ExportOptions,
    metrics: PdfTextMetrics,
    foot: str,
    result: ExportResult,
) -> None:
    w, h = g.bounds.w, g.bounds.h
    subtitle = map_subtitle(doc, map_id)
    if opt.mode == "tile":
        plan, g = plan_poster(g, opt.page, opt.landscape, opt.scale, opt.overlap_mm)
        skipped = empty_tiles(g, plan)
        if skipped:
            n = len(skipped)
            labels = ", ".join(sorted(skipped, key=_tile_order))
            said = translate(
                "Pdf",
                "{title}: {n} of {total} poster tiles had nothing on them and were left out ({labels}); "
                "the assembly overview shows them crossed out.",
            )
            result.warnings.append(said.format(title=title, n=n, total=len(plan.tiles), labels=labels))
        s = sink.page(plan.page_w, plan.page_h, f"overview of {title}")
        sink.bookmark(title, 0)
        sink.bookmark(translate("Pdf", "Assembly overview"), 1)
        overview_page(s, MapPainter(s, metrics), g, title, plan, sink.pages, skipped)
        index = CardIndex(g.cards.values())
        for tile in plan.tiles:
            if tile.label in skipped:
                continue
            s = sink.page(plan.page_w, plan.page_h, f"tile {tile.label} of {title}")
            sink.bookmark(translate("Pdf", "Tile {tile}").format(tile=tile.label), 1)
            tile_page(s, MapPainter(s, metrics), g, title, plan, tile, sink.pages, index)
        return
    fplan = (
        plan_plotter(w, h, opt.scale) if opt.mode == "plotter" else plan_fit(w, h, opt.page, opt.landscape)
    )
    if fplan.warning and opt.mode == "plotter":  # (a fitted map's small text: ``result.legibility``)
        result.warnings.append(f"{title}: {fplan.warning}")
    s = sink.page(fplan.page_w, fplan.page_h, f"map {title}")
    sink.bookmark(title, 0)
    sink.bookmark(translate("Pdf", "Map"), 1)
    fitted_page(s, MapPainter(s, metrics), g, title, subtitle, foot, fplan, sink.pages)


def _summarised(doc: Document, map_id: str) -> list[StageSummary] | None:
    """The map's summary, or None when it has no pain point or opportunity to list: a new map's
    summary page would be a table of dashes, so the deck leaves it out."""
    from jmdesigner.export.summary import summarise

    stages = summarise(doc, map_id)
    return stages if any(stage.pains or stage.opportunities for stage in stages) else None


def _summary(
    sink: PdfSink,
    stages: list[StageSummary],
    title: str,
    page: tuple[float, float],
    k: float,
    foot: str,
) -> None:
    """The map's summary pages, each laid out at 1/k and scaled by ``k`` with the paper."""
    opened: list[PdfSurface] = []
    pw, ph = page

    def new_page() -> PdfSurface:
        if opened:
            opened[-1].pop()
        s = sink.page(pw, ph, f"summary of {title}")
        if not opened:
            sink.bookmark(translate("Pdf", "Summary"), 1)
        s.push(0, 0, k)
        opened.append(s)
        return s

    from jmdesigner.export.summary import draw_summary

    draw_summary(new_page, pw / k, ph / k, title, stages, foot, sink.pages + 1)  # type: ignore[arg-type]
    opened[-1].pop()


def _persona(
    sink: PdfSink,
    doc: Document,
    persona: Persona,
    map_ids: list[str],
    page: tuple[float, float],
    k: float,
    foot: str,
    *,
    first: bool,
) -> None:
    """A persona's profile on the page(s) it needs, each laid out at 1/k and scaled by ``k`` with the
    paper, each with the footer; the photo on the first."""
    from jmdesigner.export.personas import avatar_box, draw_persona

    opened: list[PdfSurface] = []
    pw, ph = page

    def close(s: PdfSurface) -> None:
        footer(s, pw / k, ph / k, 16 * MM, foot, translate("Pdf", "Page {page}").format(page=sink.pages))
        s.pop()

    def new_page() -> PdfSurface:
        if opened:
            close(opened[-1])
        s = sink.page(pw, ph, f"persona {persona.name}")
        if not opened:
            if first:
                sink.bookmark(translate("Pdf", "Personas"), 0)
            sink.bookmark(persona.name, 1)
        s.push(0, 0, k)
        opened.append(s)
        return s

    def started() -> PdfSurface:  # the first page carries the photo, placed before the page is drawn
        s = new_page()
        if len(opened) == 1 and photo is not None:
            _place_photo(sink, photo, avatar_box(pw / k, persona))
        return s

    photo = _photo(persona)  # decoded up front: it decides whether the initials are drawn
    draw_persona(started, pw / k, ph / k, doc, persona, map_ids, photo)  # type: ignore[arg-type]
    close(opened[-1])


def _persona_pages(
    personas: list[Persona], map_ids: list[str], doc: Document, page: tuple[float, float], k: float
) -> list[list[tuple[Persona, float]]]:
    """The personas grouped by page: sparse ones share a page (``personas.shared_pages``)."""
    if len(personas) < 2:
        return [[(p, 0.0)] for p in personas]
    from jmdesigner.export.personas import shared_pages

    return shared_pages(page[0] / k, page[1] / k, doc, personas, map_ids)


def _sharing(
    sink: PdfSink,
    doc: Document,
    group: list[tuple[Persona, float]],
    map_ids: list[str],
    page: tuple[float, float],
    k: float,
    foot: str,
    *,
    first: bool,
) -> None:
    """Personas that share one page, one under another (each its bookmark and its photo), laid out
    at 1/k and scaled by ``k`` with the paper, with the footer."""
    from jmdesigner.export.personas import avatar_box, draw_persona, draw_sharing

    pw, ph = page
    s = sink.page(pw, ph, "personas " + ", ".join(p.name for p, _ in group))
    s.push(0, 0, k)
    for j, (persona, dy) in enumerate(group):
        if first and j == 0:
            sink.bookmark(translate("Pdf", "Personas"), 0)
        sink.bookmark(persona.name, 1)
        photo = _photo(persona)
        if photo is not None:
            box = avatar_box(pw / k, persona)
            _place_photo(sink, photo, Rect(box.x, box.y + dy, box.w, box.h))
        if j == 0:
            draw_persona(lambda: s, pw / k, ph / k, doc, persona, map_ids, photo)  # type: ignore[arg-type,return-value]
        else:
            draw_sharing(s, pw / k, ph / k, doc, persona, map_ids, photo, dy)
    footer(s, pw / k, ph / k, 16 * MM, foot, translate("Pdf", "Page {page}").format(page=sink.pages))
    s.pop()


def _charted(map_ids: list[str], comparisons: tuple[tuple[str, str], ...]) -> list[str]:
    """The maps whose curves the persona pages chart: the exported maps and, in a comparison deck,
    the map each is compared with (``--map FUTURE --compare``: the current map too, just before the
    future one, as the "Current vs future" page shows both)."""
    charted = list(map_ids)
    for before, after in comparisons:
        if before not in charted:
            charted.insert(charted.index(after) if after in charted else len(charted), before)
    return charted


def _personas(doc: Document, map_ids: list[str]) -> list[Persona]:
    seen: dict[str, Persona] = {}
    for map_id in map_ids:
        for pid in doc.map(map_id).persona_ids:
            seen.setdefault(pid, doc.persona(pid))
    return list(seen.values())


def _paper_scale(pw: float, ph: float) -> float:
    a4w, a4h = page_size("A4", pw >= ph)
    return max(1.0, min(pw / a4w, ph / a4h))


def _photo(persona: Persona) -> object | None:
    """A persona's photo, checked and decoded (None without one; a bad photo gives initials)."""
    if persona.photo is None:
        return None
    from jmdesigner.export.photo_image import photo_image

    return photo_image(persona.photo)


def _place_photo(sink: PdfSink, decoded: object, box: Rect) -> None:
    """The photo in ``box``, where the initials it replaces would be (persona pages only: maps stay
    vector)."""
    from reportlab.lib.utils import ImageReader  # (and PIL: for persona photos only)

    image = ImageReader(decoded)
    c = sink.c
    size = box.w
    c.saveState()
    c.translate(box.x, box.y + size)
    c.scale(1, -1)
    c.drawImage(image, 0, 0, size, size, preserveAspectRatio=True, anchor="c", mask="auto")
    c.restoreState()
