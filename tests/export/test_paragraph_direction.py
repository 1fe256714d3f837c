"""Every text block of the PDF reads from the side its paragraph's direction says, as a card's lines
do: a Hebrew or Arabic persona, summary card, cover title or map title against the right edge, an
English one against the left, paragraph by paragraph in mixed content. Checked on the PDF itself:
where the glyph runs of each line start (pypdf), against the width the text system gives the line."""

from __future__ import annotations

import io
import re
from dataclasses import replace

import pytest
from pypdf import PdfReader

from jmdesigner.export import fonts
from jmdesigner.export.metrics import PdfTextMetrics, size_of, text_width, wrap_directed
from jmdesigner.export.options import ExportOptions
from jmdesigner.export.pages import MM, page_size
from jmdesigner.export.pdf import build_pdf
from jmdesigner.export.svg import map_svg
from jmdesigner.layout import DirectedLaneGeom, DirectedStageGeom, layout_map
from jmdesigner.layout import metrics as roles
from jmdesigner.model import Document
from jmdesigner.model.entities import Card, Persona
from jmdesigner.model.ids import new_id
from jmdesigner.model.kinds import LaneKind
from tests.builders import populated

M = 16 * MM  # a persona page's margin
PW, PH = page_size("A4", False)  # persona and summary pages are laid out as on A4: no scaling
WIDTH = PW - 2 * M
COL_W = (WIDTH - 8 * MM) / 2  # two columns of sections on an upright page
HEBREW = Persona(
    new_id(),
    "נועה לוי",
    role="מנהלת רכש",
    quote="אני רוצה לדעת מתי החנות פתוחה",
    description="נועה קונה לצוות של ארבעים עובדים",
    goals=("הזמנה מהירה מהנייד",),
    motivations=("לחסוך זמן לצוות",),
    colour="#7a3e9d",
)
ARABIC = Persona(new_id(), "سارة", role="عميلة دائمة", quote="أريد أن أعرف متى يفتح المتجر", colour="#2e86ab")
MIXED = Persona(
    new_id(),
    "Dana Whitfield",
    role="Store manager",
    quote="השעות באתר לא נכונות",
    description="Dana runs the flagship store.",
    goals=("Fewer calls about opening hours", "שעות נכונות בכל מקום"),
    colour="#2a9d8f",
)


def runs(page) -> list[tuple[float, float, str]]:  # type: ignore[no-untyped-def]
    """(x, baseline, text) of every glyph run drawn on ``page``, in top-left page points."""
    out: list[tuple[float, float, str]] = []
    height = float(page.mediabox.height)

    def visit(text, cm, tm, font_dict, font_size) -> None:  # type: ignore[no-untyped-def]
        if text.strip():
            out.append((tm[4] * cm[0] + cm[4], height - (tm[5] * cm[3] + cm[5]), text))

    page.extract_text(visitor_text=visit)
    return out


def _letters(text: str) -> list[str]:
    return sorted(ch for ch in text if not ch.isspace() and ch not in "\u2066\u2067\u2068\u2069")


def starts_of(page, line: str, baseline: float | None = None) -> list[float]:  # type: ignore[no-untyped-def]
    """Where the drawn line starts (its leftmost run), for each place ``line`` is drawn whole on the
    page (the runs on one baseline whose letters are the line's), or only on ``baseline``."""
    by_baseline: dict[float, list[tuple[float, str]]] = {}
    for x, y, text in runs(page):
        if baseline is None or abs(y - baseline) < 0.05:
            by_baseline.setdefault(round(y, 1), []).append((x, text))
    found = []
    want = _letters(line)
    for drawn in by_baseline.values():
        drawn.sort()
        # the runs of a line are neighbours on its baseline: try each short stretch of them
        for i in range(len(drawn)):
            for j in range(i + 1, min(len(drawn), i + 8) + 1):
                if _letters("".join(t for _, t in drawn[i:j])) == want:
                    found.append(drawn[i][0])
    return found


def start_of(page, line: str, baseline: float | None = None) -> float:  # type: ignore[no-untyped-def]
    found = starts_of(page, line, baseline)
    assert len(found) == 1, (line, found)
    return found[0]


def _doc_with(*personas: Persona) -> tuple[Document, str]:
    doc = populated()
    map_id = doc.maps()[0].id
    for p in personas:
        doc.add_persona(p)
        doc.attach_persona(map_id, p.id)
    return doc, map_id


def _pdf(doc: Document, map_id: str, **options: object) -> PdfReader:
    opt = dict(page="A4", landscape=False, cover=False, summary=False, date="2026-12-01")
    data, result = build_pdf(doc, [map_id], ExportOptions(**{**opt, **options}))  # type: ignore[arg-type]
    assert not [w for w in result.warnings if "font" in w]
    return PdfReader(io.BytesIO(data))


def _persona_page(reader: PdfReader, p: Persona):  # type: ignore[no-untyped-def]
    """The persona's own page (the last with its name: the map's legend names it too)."""
    for page in reversed(reader.pages):
        if any(_letters(p.name) == _letters(t) for _, _, t in runs(page)):
            return page
    raise AssertionError(f"no page for {p.name}")


def ends_at(page, line: str, font: str, size: float, right: float, baseline: float | None = None) -> None:  # type: ignore[no-untyped-def]
    start = start_of(page, line, baseline)
    assert start == pytest.approx(right - text_width(line, font, size), abs=0.05), line


@pytest.mark.parametrize("p", [HEBREW, ARABIC], ids=["hebrew", "arabic"])
def test_a_right_to_left_persona_reads_from_the_right_margin(p: Persona) -> None:
    doc, map_id = _doc_with(p)
    page = _persona_page(_pdf(doc, map_id), p)
    ends_at(page, p.name, fonts.BOLD, 24, PW - M - 70)  # left of the avatar, mirrored to the right
    ends_at(page, p.role, fonts.REGULAR, 12, PW - M - 70)
    ends_at(page, p.quote, fonts.REGULAR, 15, PW - M)
    if p.description:
        ends_at(page, p.description, fonts.REGULAR, 10, PW - M)
    for item in p.goals:  # in the first column, from its right edge, clear of the bullet
        ends_at(page, item, fonts.REGULAR, 10, M + COL_W - 12)
    for item in p.motivations:  # in the second column
        ends_at(page, item, fonts.REGULAR, 10, M + COL_W + 8 * MM + COL_W - 12)
    if p.goals:  # the page's own words: from the left
        assert start_of(page, "GOALS") == pytest.approx(M, abs=0.05)


def test_mixed_content_aligns_each_paragraph_by_its_own_direction() -> None:
    doc, map_id = _doc_with(MIXED)
    page = _persona_page(_pdf(doc, map_id), MIXED)
    assert start_of(page, MIXED.name) == pytest.approx(M + 70, abs=0.05)
    ends_at(page, MIXED.quote, fonts.REGULAR, 15, PW - M)  # the one Hebrew quote: from the right
    assert start_of(page, MIXED.description) == pytest.approx(M, abs=0.05)
    english, hebrew = MIXED.goals
    assert start_of(page, english) == pytest.approx(M + 12, abs=0.05)
    ends_at(page, hebrew, fonts.REGULAR, 10, M + COL_W - 12)


def test_a_hebrew_item_wrapped_before_a_latin_word_keeps_its_lines_on_the_right() -> None:
    """The second line of a Hebrew goal starts with "iPhone": it still belongs to a right-to-left
    paragraph, so it ends at the column's right edge and reads from the right (the Latin word at its
    right end), not from the left as a line of its own would."""
    item = ""
    for n in range(1, 30):
        item = " ".join(["הזמנה"] * n + ["iPhone", "Android", "ועוד"])
        lines = wrap_directed(item, fonts.REGULAR, 10, COL_W - 12)
        if len(lines) == 2 and lines[1][0].startswith("iPhone"):
            break
    else:
        pytest.fail("no goal wraps before its Latin word")
    second = lines[1][0]
    assert lines[1][1] is True  # the paragraph's direction, not the line's own
    p = replace(HEBREW, goals=(item,), motivations=())
    doc, map_id = _doc_with(p)
    page = _persona_page(_pdf(doc, map_id), p)
    ends_at(page, second, fonts.REGULAR, 10, M + COL_W - 12)
    on_line = sorted(r for r in runs(page) if _letters(r[2])[0] in _letters(second) and r[0] > M)
    latin = [x for x, _, text in on_line if "iPhone" in text]
    hebrew = [x for x, _, text in on_line if "ועוד" in text]
    assert latin and hebrew and latin[0] > hebrew[0]  # "iPhone" at the right: read from the right


def test_summary_cards_and_stage_names_in_hebrew_read_from_the_right() -> None:
    doc = populated()
    map_id = doc.maps()[0].id
    stage = doc.stages(map_id)[0]
    doc.update_stage(stage.id, name="גילוי")
    pain = next(lane for lane in doc.lanes(map_id) if lane.kind is LaneKind.PAIN_POINTS)
    text = "הלקוח לא מוצא את שעות הפתיחה"
    doc.insert_card(Card(new_id(), map_id, stage.id, pain.id, text, votes=3), 0)
    reader = _pdf(doc, map_id, summary=True, personas=False)
    page = reader.pages[1]
    m, gap = 14 * MM, 8 * MM
    name_w = min(46 * MM, (PW - 2 * m) * 0.22)
    col_w = (PW - 2 * m - name_w - 2 * gap) / 2
    ends_at(page, "גילוי", fonts.BOLD, 11, m + name_w - 4)
    ends_at(page, text, fonts.REGULAR, 9.5, m + name_w + gap + col_w - 34)
    badge = [x for x, _, t in runs(page) if t.strip() == "3"]
    assert badge and badge[0] > m + name_w + gap + col_w - 34  # its votes beside its first word


def test_a_hebrew_cover_title_and_map_title_read_from_the_right() -> None:
    doc = populated()
    map_id = doc.maps()[0].id
    title = "מסע הלקוח בחנות"
    doc.update_map(map_id, title=title)
    reader = _pdf(doc, map_id, cover=True, personas=False, client="חנות השכונה")
    cover, map_page = reader.pages[0], reader.pages[1]
    margin = max(18 * MM, PW * 0.06)
    size = max(22.0, min(44.0, PW / 24))
    ends_at(cover, title, fonts.BOLD, size, PW - margin)
    col = (PW - 2 * margin) / 2
    ends_at(cover, "חנות השכונה", fonts.REGULAR, 15, margin + col - 10 * MM)
    band = 12 * MM + 15  # the title band's baseline: above the key (the footer's title is a sentence's)
    ends_at(map_page, title, fonts.BOLD, 15, PW - 12 * MM, band)


@pytest.mark.parametrize(
    "title", ["מסע הלקוח בחנות", "Customer journey in the shop"], ids=["hebrew", "english"]
)
def test_the_subtitle_keeps_to_the_title_s_edge_and_the_key_to_the_other(title: str) -> None:
    """A right-to-left map's title reads from the right margin: its subtitle too (it stayed at the
    left margin, under nothing), the key at the left end of the line; a left-to-right one as before.
    The band is drawn once for every surface: the PDF's page, and the same band in an SVG."""
    from jmdesigner.export import furniture as F
    from jmdesigner.export.pdf import map_subtitle
    from jmdesigner.export.svg_surface import SvgSurface
    from jmdesigner.i18n import translate

    doc = populated()
    map_id = doc.maps()[0].id
    doc.update_map(map_id, title=title)
    subtitle = map_subtitle(doc, map_id)
    page = _pdf(doc, map_id, personas=False).pages[0]
    left, right, line = 12 * MM, PW - 12 * MM, 12 * MM + F.TITLE_PT + 14
    observed = translate("Furniture", "Observed")  # the key's first word
    svg = SvgSurface()
    F.title_band(svg, left, left, right - left, title, subtitle)  # type: ignore[arg-type]
    drawn = _svg_lines(svg.document(PW, 100, title))
    sub_w = text_width(subtitle, fonts.REGULAR, F.SUB_PT)
    if title.startswith("Customer"):
        assert start_of(page, subtitle, line) == pytest.approx(left, abs=0.05)
        assert start_of(page, observed, line) == pytest.approx(right - F.key_width() + 12, abs=0.05)
        assert drawn[subtitle][0] == pytest.approx(left, abs=0.01)
        assert drawn[observed][0] == pytest.approx(right - F.key_width() + 12, abs=0.01)
    else:
        ends_at(page, title, fonts.BOLD, F.TITLE_PT, right, 12 * MM + F.TITLE_PT)
        ends_at(page, subtitle, fonts.REGULAR, F.SUB_PT, right, line)
        assert start_of(page, observed, line) == pytest.approx(left + 12, abs=0.05)
        assert drawn[subtitle][1] == pytest.approx(right, abs=0.01)
        assert drawn[subtitle][1] - drawn[subtitle][0] == pytest.approx(sub_w, abs=0.01)
        assert drawn[observed][0] == pytest.approx(left + 12, abs=0.01)


def test_left_to_right_pages_draw_as_before() -> None:
    """English text takes the left edge everywhere, as it always did."""
    doc, map_id = _doc_with()
    reader = _pdf(doc, map_id, cover=True, summary=True)
    persona = doc.persona(doc.maps()[0].persona_ids[0])
    page = _persona_page(reader, persona)
    assert start_of(page, persona.name) == pytest.approx(M + 70, abs=0.05)
    assert start_of(page, persona.goals[0]) == pytest.approx(M + 12, abs=0.05)


def _map_card(text: str) -> tuple[Document, str, tuple[str, ...]]:
    """A sample map with a card of ``text`` first in a pain-point cell, and the card's lines as the
    PDF lays them out."""
    doc = populated()
    map_id = doc.maps()[0].id
    stage = doc.stages(map_id)[0]
    pain = next(lane for lane in doc.lanes(map_id) if lane.kind is LaneKind.PAIN_POINTS)
    card_id = new_id()
    doc.insert_card(Card(card_id, map_id, stage.id, pain.id, text), 0)
    return doc, map_id, layout_map(doc, map_id, PdfTextMetrics()).cards[card_id].lines


def _wrapped_before_latin(prefix: str = "") -> tuple[Document, str, tuple[str, ...]]:
    """A card whose Hebrew paragraph (after ``prefix``) wraps so that a line starts with "WhatsApp"."""
    for n in range(1, 30):
        doc, map_id, lines = _map_card(prefix + " ".join(["הלקוח"] * n + ["WhatsApp של החנות"]))
        if any(line.startswith("WhatsApp") for line in lines[1:]):
            return doc, map_id, lines
    raise AssertionError("no card wraps before its Latin word")


def _card_size(page, word: str) -> float:  # type: ignore[no-untyped-def]
    """The size card text is drawn at on the map page (points): the map is scaled to fit."""
    sizes: list[float] = []

    def visit(text, cm, tm, font_dict, font_size) -> None:  # type: ignore[no-untyped-def]
        if word in text:
            sizes.append(font_size * tm[0] * cm[0])

    page.extract_text(visitor_text=visit)
    assert sizes, word
    return sizes[0]


def _line_ends(page, lines: tuple[str, ...], size: float) -> list[tuple[float, float]]:  # type: ignore[no-untyped-def]
    """(start, end) of each line as drawn on ``page``."""
    out = []
    for line in lines:
        start = start_of(page, line)
        out.append((start, start + text_width(line, fonts.REGULAR, size)))
    return out


def _latin_right_of_hebrew(page, line: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether the line's Latin word is drawn right of its Hebrew words (read from the right)."""
    start = start_of(page, line)
    on_line = [r for r in runs(page) if r[0] >= start - 0.05 and set(_letters(r[2])) <= set(_letters(line))]
    latin = [x for x, _, text in on_line if "WhatsApp" in text]
    hebrew = [x for x, _, text in on_line if "החנות" in text]
    return bool(latin and hebrew) and min(latin) > max(hebrew)


def test_a_hebrew_cards_line_that_starts_with_a_latin_word_reads_from_the_right_on_the_map() -> None:
    """The card's second line, "WhatsApp של החנות", belongs to a right-to-left paragraph: it ends at
    the card's right edge with the first line, and reads from the right ("WhatsApp" at its right
    end), not from the left edge as a line of its own would."""
    doc, map_id, lines = _wrapped_before_latin()
    page = _pdf(doc, map_id, personas=False).pages[0]
    size = _card_size(page, "הלקוח")
    ends = _line_ends(page, lines, size)
    for (_, end), line in zip(ends, lines, strict=True):
        assert end == pytest.approx(ends[0][1], abs=0.05), line
    latin = next(line for line in lines if line.startswith("WhatsApp"))
    assert _latin_right_of_hebrew(page, latin)


def test_a_mixed_card_on_the_map_aligns_each_paragraph_by_its_own_direction() -> None:
    english = "Customers ask on WhatsApp first"
    doc, map_id, lines = _wrapped_before_latin(english + "\n")
    page = _pdf(doc, map_id, personas=False).pages[0]
    size = _card_size(page, "הלקוח")
    ends = _line_ends(page, lines, size)
    hebrew_from = next(i for i, line in enumerate(lines) if "הלקוח" in line)
    assert hebrew_from >= 1
    left = ends[0][0]
    for (start, _), line in zip(ends[:hebrew_from], lines, strict=False):  # English: from the left
        assert start == pytest.approx(left, abs=0.05), line
    right = ends[hebrew_from][1]
    assert right > left + text_width(lines[hebrew_from], fonts.REGULAR, size) + 1  # not at the left
    for (_, end), line in zip(ends[hebrew_from:], lines[hebrew_from:], strict=True):
        assert end == pytest.approx(right, abs=0.05), line
    latin = next(line for line in lines[hebrew_from:] if line.startswith("WhatsApp"))
    assert _latin_right_of_hebrew(page, latin)


def _headers_doc() -> tuple[Document, str, dict[str, str]]:
    """The sample map with a Hebrew stage, an Arabic lane, a Hebrew emotions lane and a Hebrew
    persona in its legend; returns the names by what they are."""
    doc = populated()
    map_id = doc.maps()[0].id
    stages = doc.stages(map_id)
    lanes = doc.lanes(map_id)
    pain = next(lane for lane in lanes if lane.kind is LaneKind.PAIN_POINTS)
    emotions = next(lane for lane in lanes if lane.kind is LaneKind.EMOTIONS)
    names = {"stage": "גילוי", "lane": "نقاط الألم", "emotions": "רגשות", "persona": "נועה"}
    doc.update_stage(stages[1].id, name=names["stage"])
    doc.update_lane(pain.id, name=names["lane"])
    doc.update_lane(emotions.id, name=names["emotions"])
    doc.update_persona(doc.map(map_id).persona_ids[0], name=names["persona"])
    names["english stage"] = stages[0].name
    return doc, map_id, names


def test_hebrew_and_arabic_headers_end_at_their_right_edge_on_the_pdf_map() -> None:
    """The map page draws what the layout says: each right-to-left name ends where its geometry's
    ``name_right`` (or the legend entry's text) ends, scaled to the page; the English stage name
    still starts at its header's left inset."""
    doc, map_id, names = _headers_doc()
    g = layout_map(doc, map_id, PdfTextMetrics())
    page = _pdf(doc, map_id, personas=False).pages[0]
    english = next(s for s in g.stages if s.name_lines == (names["english stage"],))
    k = _card_size(page, names["english stage"]) / size_of(roles.STAGE_HEADER)
    ox = start_of(page, names["english stage"]) - k * (english.header.x + 16.0)
    hebrew = next(s for s in g.stages if s.name_lines == (names["stage"],))
    assert isinstance(hebrew, DirectedStageGeom)
    end = start_of(page, names["stage"]) + k * text_width(
        names["stage"], fonts.BOLD, size_of(roles.STAGE_HEADER)
    )
    assert end == pytest.approx(ox + k * hebrew.name_right, abs=0.05)
    for name in (names["lane"], names["emotions"]):
        lane = next(lane for lane in g.lanes if lane.name_lines == (name,))
        assert isinstance(lane, DirectedLaneGeom)
        width = text_width(name, fonts.BOLD, size_of(roles.LANE_HEADER))
        assert start_of(page, name) + k * width == pytest.approx(ox + k * lane.name_right, abs=0.05)
    entry = g.emotions[0].legend[0]
    assert entry.directions == (True,)
    width = text_width(names["persona"], fonts.REGULAR, size_of(roles.SMALL))
    starts = starts_of(page, names["persona"])  # (the persona's own page is left out)
    assert len(starts) == 1
    assert starts[0] + k * width == pytest.approx(ox + k * entry.text_rect.right, abs=0.05)


def _svg_lines(svg: str) -> dict[str, tuple[float, float]]:
    """Each line of text the SVG draws: (left, right) in map units (inside the margin's group)."""
    out = {}
    for x, width, text in re.findall(
        r'<g fill="[^"]*" transform="translate\(([-\d.]+) [-\d.]+\)">.*?<text x="[^"]*" [^>]*'
        r'textLength="([-\d.]+)"[^>]*>([^<]*)</text></g>',
        svg,
    ):
        out[text.strip("\u2066\u2067\u2068\u2069")] = (float(x), float(x) + float(width))
    return out


def test_hebrew_and_arabic_headers_end_at_their_right_edge_in_the_svg() -> None:
    doc, map_id, names = _headers_doc()
    g = layout_map(doc, map_id, PdfTextMetrics())
    svg, _, _ = map_svg(doc, map_id)
    drawn = _svg_lines(svg)
    hebrew = next(s for s in g.stages if s.name_lines == (names["stage"],))
    english = next(s for s in g.stages if s.name_lines == (names["english stage"],))
    assert drawn[names["stage"]][1] == pytest.approx(hebrew.name_right, abs=0.01)
    assert drawn[names["english stage"]][0] == pytest.approx(english.header.x + 16.0, abs=0.01)
    for name in (names["lane"], names["emotions"]):
        lane = next(lane for lane in g.lanes if lane.name_lines == (name,))
        assert drawn[name][1] == pytest.approx(lane.name_right, abs=0.01)
        assert drawn[name][0] > lane.header.x + 16.0 + 38.0 - 8  # clear of the badge
    entry = g.emotions[0].legend[0]
    assert drawn[names["persona"]][1] == pytest.approx(entry.text_rect.right, abs=0.01)
    assert entry.swatch.x >= entry.text_rect.right  # its swatch after the name, at the right
    title = doc.map(map_id).title  # an English title in the corner: from the left, as before
    assert drawn[title][0] == pytest.approx(16.0, abs=0.01)


def test_a_hebrew_map_title_in_the_corner_reads_from_the_right() -> None:
    doc = populated()
    map_id = doc.maps()[0].id
    doc.update_map(map_id, title="מסע הלקוח")
    g = layout_map(doc, map_id, PdfTextMetrics())
    drawn = _svg_lines(map_svg(doc, map_id)[0])
    assert drawn["מסע הלקוח"][1] == pytest.approx(g.corner.right - 16.0, abs=0.01)


def test_a_collapsed_lane_with_a_long_arabic_name_ends_at_its_right_edge_shortened() -> None:
    """Folded, the lane shows its name on one line, shortened with an ellipsis to the room between
    its badge and its right edge, read from the right."""
    doc = populated()
    map_id = doc.maps()[0].id
    pain = next(lane for lane in doc.lanes(map_id) if lane.kind is LaneKind.PAIN_POINTS)
    doc.update_lane(pain.id, name="نقاط الألم " * 12, collapsed=True)
    g = layout_map(doc, map_id, PdfTextMetrics())
    lane = g.lane(pain.id)
    assert isinstance(lane, DirectedLaneGeom) and lane.collapsed and len(lane.name_lines) > 1
    shown = [(text, box) for text, box in _svg_lines(map_svg(doc, map_id)[0]).items() if "نقاط" in text]
    assert len(shown) == 1
    text, (left, right) = shown[0]
    assert text.endswith("…")
    assert right == pytest.approx(lane.name_right, abs=0.01)
    assert left >= lane.header.x + 16.0 + 38.0 - 8 - 0.01  # clear of the badge
