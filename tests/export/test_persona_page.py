"""Where a persona page puts its "On the map" band: at the foot of a page the persona fills, right
after the content of a sparse persona (a name and a role), and never past the page's margin."""

from __future__ import annotations

import re
import subprocess
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from jmdesigner.export.options import ExportOptions
from jmdesigner.export.pages import MM
from jmdesigner.export.pdf import export_pdf
from jmdesigner.export.personas import LEAD, band_top, draw_persona
from jmdesigner.model import Document
from jmdesigner.model.entities import Persona
from tests.export.pdfcheck import tool

HEADING = "ON THE MAP"
PAGES = [(842.0, 595.0), (595.0, 842.0)]  # A4 sideways and upright: persona pages are laid out as on A4


class Texts:
    """A surface that keeps every text drawn, with its baseline (everything else is ignored)."""

    def __init__(self) -> None:
        self.texts: list[tuple[float, str]] = []

    def text(self, x: float, y: float, text: str, *args: Any) -> None:
        self.texts.append((y, text))

    def __getattr__(self, name: str) -> Any:
        return lambda *args, **kwargs: None

    def y_of(self, text: str) -> float:
        return next(y for y, t in self.texts if t == text)


def _page(doc: Document, persona: Persona, pw: float, ph: float) -> Texts:
    s = Texts()
    assert draw_persona(lambda: s, pw, ph, doc, persona, [m.id for m in doc.maps()]) == 1  # type: ignore[arg-type,return-value]
    return s


def _pages(doc: Document, persona: Persona, pw: float, ph: float) -> list[Texts]:
    """The texts of each page a persona's profile is drawn on."""
    pages: list[Texts] = []

    def new_page() -> Texts:
        pages.append(Texts())
        return pages[-1]

    count = draw_persona(new_page, pw, ph, doc, persona, [m.id for m in doc.maps()])  # type: ignore[arg-type]
    assert count == len(pages)
    return pages


def _shown(doc: Document) -> Persona:
    return doc.persona(doc.maps()[0].persona_ids[0])


def _sparse(p: Persona, **kept: Any) -> Persona:
    empty = dict(
        quote="", description="", goals=(), motivations=(), pain_points=(), behaviours=(), channels=()
    )
    return replace(p, **{**empty, **kept})


def _full_and_changed(doc: Document, pw: float, ph: float, **changes: Any) -> tuple[Texts, Texts]:
    """The page of the sample's full persona, and of the same persona with ``changes``."""
    p = _shown(doc)
    return _page(doc, p, pw, ph), _page(doc, replace(p, **changes), pw, ph)


@pytest.mark.parametrize(("pw", "ph"), PAGES)
def test_a_sparse_persona_has_the_band_right_after_its_content(
    sample_doc: Document, pw: float, ph: float
) -> None:
    full = _page(sample_doc, _shown(sample_doc), pw, ph)
    # The page's normal spacing: from the last bullet of a row of sections to the next row's title.
    row_gap = full.y_of("BEHAVIOURS") - full.y_of("Get deliveries when someone is home")
    goals = _shown(sample_doc).goals
    short = _page(sample_doc, _sparse(_shown(sample_doc), goals=goals), pw, ph)
    assert short.y_of(HEADING) == pytest.approx(short.y_of(goals[-1]) + row_gap + 4)
    bare = _page(sample_doc, _sparse(_shown(sample_doc)), pw, ph)
    role = bare.y_of(_shown(sample_doc).role)
    assert role < bare.y_of(HEADING) < role + 5 * LEAD  # below the header, not at the foot
    assert bare.y_of(HEADING) < full.y_of(HEADING) - 0.25 * ph


@pytest.mark.parametrize(("pw", "ph"), PAGES)
def test_a_full_persona_keeps_the_band_at_the_foot(sample_doc: Document, pw: float, ph: float) -> None:
    full = _page(sample_doc, _shown(sample_doc), pw, ph)
    assert full.y_of(HEADING) > full.y_of("Shops on her phone late at night") + 3 * LEAD
    last = max(y for y, _ in full.texts)  # the band's last line closes the page at its margin
    assert ph - 16 * MM - 2 * LEAD < last <= ph - 16 * MM


FLOW_FOOT = 16 * MM + 24  # on pages a persona flows over, no baseline comes nearer the page's foot


def _texts(pages: list[Texts]) -> list[str]:
    return [t for page in pages for _, t in page.texts]


def _flowed_within(pages: list[Texts], ph: float) -> None:
    for page in pages:
        assert max(y for y, _ in page.texts) <= ph - FLOW_FOOT  # clear of the footer on every page


def _wrapped(items: tuple[str, ...], width: float) -> list[str]:
    from jmdesigner.export.metrics import wrap

    return [line for item in items for line in wrap(item, "regular", 10.0, width)]


@pytest.mark.parametrize(("pw", "ph"), PAGES)
def test_a_long_persona_goes_on_over_pages_with_nothing_cut(
    sample_doc: Document, pw: float, ph: float
) -> None:
    goals = tuple(f"Goal {i}: a goal long enough to wrap onto a second line in its column" for i in range(40))
    p = replace(_shown(sample_doc), goals=goals, description=_shown(sample_doc).description * 4)
    pages = _pages(sample_doc, p, pw, ph)
    assert len(pages) > 1
    texts = _texts(pages)
    assert not [t for t in texts if re.fullmatch(r"… and \d+ more", t) or t.endswith("…")]
    cols = 3 if pw > ph else 2
    col_w = (pw - 2 * 16 * MM - (cols - 1) * 8 * MM) / cols
    lines = _wrapped(goals, col_w - 12)
    assert [t for t in texts if t in set(lines)] == lines  # every line of every goal, once, in order
    for later in pages[1:]:  # each page after the first is headed as the persona's, continued
        assert later.texts[0][1] == f"{p.name} (continued)"
    assert "GOALS (CONTINUED)" in [t for _, t in pages[1].texts]
    for title in ("BEHAVIOURS", "CHANNELS", HEADING, *p.behaviours, *p.channels):
        assert texts.count(title) == 1
    assert texts.index("BEHAVIOURS") > texts.index(lines[-1])  # the next row after the long one
    _flowed_within(pages, ph)


@pytest.mark.parametrize(("pw", "ph"), PAGES)
def test_a_very_long_description_goes_on_over_the_next_page_whole(
    sample_doc: Document, pw: float, ph: float
) -> None:
    description = " ".join(f"Sentence {i} of a description that runs on and on." for i in range(200))
    p = replace(_shown(sample_doc), description=description)
    pages = _pages(sample_doc, p, pw, ph)
    assert len(pages) > 1
    texts = _texts(pages)
    shown = [t for t in texts if t.startswith("Sentence") or "of a description" in t]
    assert " ".join(shown).split() == description.split()  # every word, none elided
    assert texts.index("GOALS") > texts.index(shown[-1])
    assert texts.count(HEADING) == 1
    _flowed_within(pages, ph)


def _on_maps(doc: Document, n: int) -> list[str]:
    """The sample's map and n - 1 copies showing the same personas; their titles."""
    from jmdesigner.model import add_bundle
    from jmdesigner.model.bundle import bundle_of, with_fresh_ids

    first = doc.maps()[0]
    for i in range(n - 1):
        b = with_fresh_ids(bundle_of(doc, first.id), keep_persona_ids=True)
        add_bundle(doc, replace(b, map=replace(b.map, title=f"Region {i + 2}")))
    return [m.title for m in doc.maps()]


@pytest.mark.parametrize(("pw", "ph"), PAGES)
def test_a_persona_on_many_maps_has_every_chart_with_the_band_continued(
    sample_doc: Document, pw: float, ph: float
) -> None:
    titles = _on_maps(sample_doc, 9)
    p = _shown(sample_doc)
    pages = _pages(sample_doc, p, pw, ph)
    assert len(pages) >= 3
    texts = _texts(pages)
    assert [t for t in texts if t in titles] == titles  # every map's chart, in order
    journeys = [t for t in texts if re.match(r"(Region \d+|Online grocery delivery — current state): ", t)]
    assert len(journeys) == len(titles)
    for later in pages[1:]:
        first = [t for _, t in later.texts]
        assert first[0] == f"{p.name} (continued)" and "ON THE MAP (CONTINUED)" in first
    assert texts.count(HEADING) == 1
    for section in ("GOALS", "MOTIVATIONS", "PAIN POINTS", "BEHAVIOURS", "CHANNELS", *p.goals):
        assert texts.count(section) == 1  # whole on the first page, not cut to make room
    assert not [t for t in texts if re.fullmatch(r"… and \d+ more", t)]
    _flowed_within(pages, ph)


def test_an_item_longer_than_a_page_is_split_between_its_lines(sample_doc: Document) -> None:
    goal = " ".join(f"word{i}" for i in range(1500))
    p = replace(_shown(sample_doc), goals=(goal, "A short goal after it"))
    pages = _pages(sample_doc, p, 842, 595)
    texts = _texts(pages)
    shown = [t for t in texts if t.startswith("word")]
    assert " ".join(shown).split() == goal.split()
    assert texts.index("A short goal after it") > texts.index(shown[-1])
    assert len({i for i, page in enumerate(pages) for _, t in page.texts if t in shown}) > 1
    _flowed_within(pages, 595)


def test_the_persona_that_fits_is_drawn_on_one_page_as_before(sample_doc: Document) -> None:
    for p in sample_doc.personas():
        for pw, ph in PAGES:
            (page,) = _pages(sample_doc, p, pw, ph)
            assert not any("(continued)" in t for _, t in page.texts)


@pytest.mark.parametrize(("pw", "ph"), PAGES)
@pytest.mark.parametrize("long", ["quote", "description"])
def test_a_very_long_quote_or_description_leaves_every_section_whole(
    sample_doc: Document, pw: float, ph: float, long: str
) -> None:
    """A section is never shortened to "… and N more" under its title (it once read only that, even
    "… and 1 more"): the persona goes on over pages, every item of every section on one of them."""
    p = _shown(sample_doc)
    pages = _pages(sample_doc, replace(p, **{long: (p.description + " ") * 40}), pw, ph)
    shown = [t for page in pages for _, t in page.texts]
    assert len(pages) > 1 and not any("more" in t and t.startswith("…") for t in shown)
    for items in (p.goals, p.motivations, p.pain_points, p.behaviours, p.channels):
        for item in items:
            assert any(item in t for t in shown) or all(w in " ".join(shown) for w in item.split()), item
    for page in pages:
        assert max(y for y, _ in page.texts) <= ph - 16 * MM


def test_the_band_follows_content_that_fills_less_than_half_the_room() -> None:
    assert band_top(140, 100, 400) == 140  # sparse: right after the content
    assert band_top(249, 100, 400) == 249
    assert band_top(250, 100, 400) == 400  # half filled: at the foot, as before
    assert band_top(390, 100, 400) == 400
    assert band_top(420, 100, 400) == 420  # content past the foot pushes the band down, as before


def _words(pdf: Path, page: int) -> list[tuple[str, float]]:
    """(word, top) of one page of an exported PDF, as poppler reads it."""
    html = subprocess.run(
        [tool("pdftotext"), "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return [
        (w, float(y)) for y, w in re.findall(r'<word xMin="[\d.]+" yMin="([\d.]+)"[^>]*>([^<]*)</word>', html)
    ]


def test_the_exported_pdf_of_a_sparse_persona_puts_the_band_under_the_header(
    sample_doc: Document, tmp_path: Path
) -> None:
    for p in sample_doc.personas():
        sample_doc.update_persona(
            p.id,
            quote="",
            description="",
            goals=(),
            motivations=(),
            pain_points=(),
            behaviours=(),
            channels=(),
        )
    out = tmp_path / "sparse.pdf"
    export_pdf(sample_doc, [sample_doc.maps()[0].id], out, ExportOptions(cover=False, summary=False))
    words = _words(out, 2)  # the map, then the first persona
    role_top = next(y for w, y in words if w == "parent,")  # "Working parent, 38"
    heading_top = next(y for w, y in words if w == "ON")
    page_h = 842.0  # A3 sideways, the default page
    assert role_top < heading_top < role_top + 0.12 * page_h


class Placed(Texts):
    """A surface that keeps every text drawn with where it starts, font and size, to measure its
    right edge (a right-to-left line is drawn anchored at its end)."""

    def __init__(self) -> None:
        super().__init__()
        self.runs: list[tuple[float, str, str, float]] = []

    def text(
        self, x: float, y: float, text: str, font: str, size: float, colour: str = "", anchor: str = "start"
    ) -> None:
        from jmdesigner.export.metrics import text_width

        super().text(x, y, text)
        width = text_width(text, font, size)
        self.runs.append((x - {"start": 0.0, "middle": width / 2, "end": width}[anchor], text, font, size))


@pytest.mark.parametrize(("pw", "ph"), PAGES)
@pytest.mark.parametrize("name", ["Maximiliane " * 16, "مريم " * 30])
def test_a_very_long_name_role_or_map_title_ends_in_an_ellipsis_inside_the_page(
    sample_doc: Document, pw: float, ph: float, name: str
) -> None:
    from jmdesigner.export.metrics import text_width

    p = replace(_shown(sample_doc), name=name.strip()[:200], role=("Regional sales lead " * 10).strip())
    sample_doc.update_map(sample_doc.maps()[0].id, title=("Online grocery delivery " * 8).strip())
    s = Placed()
    draw_persona(lambda: s, pw, ph, sample_doc, p, [m.id for m in sample_doc.maps()])  # type: ignore[arg-type,return-value]
    header = [run for run in s.runs if run[1].startswith((name[:6], "Regional")) or run[2:] == ("bold", 9)]
    assert len(header) == 3 and all(text.endswith("…") for _, text, _, _ in header)  # with the chart's title
    for x, text, font, size in header:
        assert x >= 16 * MM - 0.5 and x + text_width(text, font, size) <= pw - 16 * MM + 0.5
        if text.startswith("مريم"):  # read from the right: it ends left of the avatar, at the right
            assert x + text_width(text, font, size) == pytest.approx(pw - 16 * MM - 70)


def test_the_exported_pdf_continues_a_persona_on_many_maps_over_numbered_pages(
    sample_doc: Document, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    from tests.export.pdfcheck import images_on, outline_titles, qpdf_check

    titles = _on_maps(sample_doc, 7)
    maya, walter = sample_doc.personas()
    sample_doc.update_persona(maya.id, photo=_photo())
    out = tmp_path / "many.pdf"
    map_ids = [m.id for m in sample_doc.maps()]
    result = export_pdf(sample_doc, map_ids, out, ExportOptions(page="A4", cover=False, summary=False))
    qpdf_check(out)
    reader = PdfReader(out)
    assert result.pages == len(reader.pages) > len(map_ids) + 2
    texts = [page.extract_text() for page in reader.pages][len(map_ids) :]
    assert all(f"Page {len(map_ids) + i + 1}" in text for i, text in enumerate(texts))  # every footer
    continued = [i for i, text in enumerate(texts) if "(continued)" in text]
    assert continued and 0 not in continued
    for name in (maya.name, walter.name):  # each starts on its own page; the rest is continued
        first = next(i for i, text in enumerate(texts) if name in text)
        assert f"{name} (continued)" not in texts[first]
        assert "ON THE MAP (CONTINUED)" in texts[first + 1]
    joined = "\n".join(texts)
    for title in titles[1:]:  # each chart's title and scores line, once per persona
        assert joined.count(f"{title}\n") == 2 and joined.count(f"{title}: ") == 2
    assert "more" not in joined
    outline = outline_titles(reader)
    assert outline.count(maya.name) == outline.count(walter.name) == 1
    photos = [i for i, page in enumerate(reader.pages) if images_on(page)]
    assert len(photos) == 1 and "(continued)" not in reader.pages[photos[0]].extract_text()


def _photo() -> Any:
    import io

    from PIL import Image

    from jmdesigner.model.entities import Photo

    data = io.BytesIO()
    Image.new("RGB", (40, 40), "#3366aa").save(data, "PNG")
    return Photo("image/png", data.getvalue())


def test_the_band_s_last_line_is_not_sent_alone_onto_a_page_of_its_own() -> None:
    """An Arabic persona on a map and its future state whose sections push the "On the map" band
    down: its charts fit, and its last line of scores ended 0.6 pt below the lowest baseline of a
    flowed page, so it went onto a page of its own headed "(continued)". It stays on the page, as
    clear of the footer as a one-page persona's last line."""
    from jmdesigner.export.personas import FOOT_CLEAR
    from jmdesigner.interchange.json_map import parse_map, read_json_file
    from jmdesigner.model import add_bundle
    from jmdesigner.model.bundle import future_state_of

    doc = Document()
    add_bundle(
        doc, parse_map(read_json_file(Path(__file__).parents[1] / "fixtures/text/multilingual-map.json"))
    )
    add_bundle(doc, future_state_of(doc, doc.maps()[0].id))
    p = doc.update_persona(
        doc.persona_by_name("سارة").id,  # type: ignore[union-attr]
        role="عميلة دائمة في المتجر",
        quote="أريد أن أعرف متى يفتح المتجر قبل أن أخرج من البيت",
        description="سارة أم لطفلين تعمل بدوام كامل وتتسوق مرة في الأسبوع بعد العمل.",
        goals=("معرفة ساعات العمل بسرعة", "طلب التوصيل من الهاتف"),
        motivations=("توفير الوقت",),
        pain_points=("المعلومات القديمة على الموقع",),
        behaviours=("تستخدم الهاتف لكل شيء",),
        channels=("واتساب", "الموقع"),
    )
    pw, ph = PAGES[0]
    pages = _pages(doc, p, pw, ph)
    assert len(pages) == 1
    texts = [t for _, t in pages[0].texts]
    assert sum(t.endswith("+3") for t in texts) == 2  # both maps' scores
    assert max(y for y, _ in pages[0].texts) <= ph - 16 * MM - FOOT_CLEAR


class Drawn(Placed):
    """A surface that keeps, besides the texts, every rectangle and circle drawn."""

    def __init__(self) -> None:
        super().__init__()
        self.rects: list[tuple[Any, str | None]] = []
        self.circles: list[tuple[Any, float]] = []

    def rect(self, r: Any, fill: str | None, *args: Any, **kwargs: Any) -> None:
        self.rects.append((r, fill))

    def circle(self, centre: Any, radius: float, *args: Any, **kwargs: Any) -> None:
        self.circles.append((centre, radius))


@pytest.mark.parametrize(("pw", "ph"), PAGES)
@pytest.mark.parametrize(("name", "role"), [("נועה לוי", "מנהלת רכש"), ("سارة", "عميلة دائمة")])
def test_a_right_to_left_persona_page_is_mirrored(
    sample_doc: Document, pw: float, ph: float, name: str, role: str
) -> None:
    """As a designed Hebrew or Arabic page: the colour edge and the avatar at the right, the name and
    role read from the avatar's left; the page's own headings stay where they were."""
    from jmdesigner.export.metrics import text_width
    from jmdesigner.export.personas import avatar_box, initials

    m = 16 * MM
    p = replace(_shown(sample_doc), name=name, role=role)
    s = Drawn()
    draw_persona(lambda: s, pw, ph, sample_doc, p, [jm.id for jm in sample_doc.maps()])  # type: ignore[arg-type,return-value]
    edge = next(r for r, fill in s.rects if fill == p.colour and r.h == ph)
    assert (edge.x, edge.w) == (pw - 8, 8)
    centre, radius = s.circles[0]
    assert (centre.x, centre.y, radius) == (pytest.approx(pw - m - 26), pytest.approx(m + 26), 26)
    assert avatar_box(pw, p).right == pytest.approx(pw - m)  # where the PDF places a photo
    badge = next(run for run in s.runs if run[1] == initials(name))
    assert badge[0] + text_width(badge[1], badge[2], badge[3]) / 2 == pytest.approx(pw - m - 26)
    for text in (name, role):
        x, _, font, size = next(run for run in s.runs if run[1] == text)
        assert x + text_width(text, font, size) == pytest.approx(pw - m - 70)
    goals = next(run for run in s.runs if run[1] == "GOALS")
    assert goals[0] == pytest.approx(m)


@pytest.mark.parametrize(("pw", "ph"), PAGES)
def test_a_left_to_right_persona_page_keeps_its_avatar_at_the_left(
    sample_doc: Document, pw: float, ph: float
) -> None:
    """Also a persona with a Hebrew role: the name decides the page's arrangement."""
    m = 16 * MM
    p = replace(_shown(sample_doc), role="מנהלת רכש")
    s = Drawn()
    draw_persona(lambda: s, pw, ph, sample_doc, p, [jm.id for jm in sample_doc.maps()])  # type: ignore[arg-type,return-value]
    edge = next(r for r, fill in s.rects if fill == p.colour and r.h == ph)
    assert (edge.x, edge.w) == (0, 8)
    centre, _ = s.circles[0]
    assert centre.x == pytest.approx(m + 26)
    x, *_ = next(run for run in s.runs if run[1] == p.name)
    assert x == pytest.approx(m + 70)


def _photo_x(doc: Document) -> tuple[float, float]:
    """Where the exported A4 PDF draws the persona's photo (its image's x), and the page's width."""
    import io

    from pypdf import PdfReader

    from jmdesigner.export.options import ExportOptions
    from jmdesigner.export.pdf import build_pdf

    opt = ExportOptions(page="A4", landscape=False, cover=False, summary=False, date="2026-12-01")
    data, _ = build_pdf(doc, [doc.maps()[0].id], opt)
    from tests.export.pdfcheck import images_on

    placed: list[float] = []
    reader = PdfReader(io.BytesIO(data))
    for page in reader.pages:
        images = images_on(page)

        def visit(op: Any, args: Any, cm: Any, tm: Any, images: list[str] = images) -> None:
            if op == b"Do" and args and args[0] in images:
                placed.append(cm[4])

        page.extract_text(visitor_operand_before=visit)
    assert len(placed) == 1, placed
    return placed[0], float(reader.pages[0].mediabox.width)


def test_a_right_to_left_personas_photo_is_placed_at_the_right(sample_doc: Document) -> None:
    """The PDF puts the photo where the mirrored page's avatar goes: at the top right, as far from
    the right margin as a left-to-right persona's is from the left."""
    maya = _shown(sample_doc)
    sample_doc.update_persona(maya.id, photo=_photo())
    ltr, pw = _photo_x(sample_doc)
    sample_doc.update_persona(maya.id, name="נועה לוי")
    rtl, _ = _photo_x(sample_doc)
    m = 16 * MM
    assert m - 0.01 <= ltr < m + 52
    assert rtl - ltr == pytest.approx(pw - 2 * m - 52, abs=0.01)


def test_a_right_to_left_persona_continued_over_pages_keeps_them_mirrored(sample_doc: Document) -> None:
    from jmdesigner.export.metrics import text_width

    pw, ph = PAGES[1]
    m = 16 * MM
    goals = tuple(f"מטרה ארוכה מספר {i} שממשיכה על פני כמה שורות בעמוד" for i in range(60))
    p = replace(_shown(sample_doc), name="נועה לוי", role="מנהלת רכש", goals=goals)
    pages: list[Drawn] = []

    def new_page() -> Drawn:
        pages.append(Drawn())
        return pages[-1]

    assert draw_persona(new_page, pw, ph, sample_doc, p, [jm.id for jm in sample_doc.maps()]) > 1  # type: ignore[arg-type]
    for page in pages[1:]:
        edge = next(r for r, fill in page.rects if fill == p.colour and r.h == ph)
        assert edge.x == pw - 8
        x, text, font, size = page.runs[0]
        assert text.endswith("(continued)")
        assert x + text_width(text, font, size) == pytest.approx(pw - m)


def test_a_persona_on_a_map_and_its_future_state_keeps_one_page_with_shorter_charts() -> None:
    """A persona of a current-state map and its future state, on a landscape page: the two charts and
    the two lines of scores overran the page by a few lines, which went onto a page of their own
    headed "(continued)". The charts are drawn shorter (never below COMPACT_CHART_H) so the persona
    keeps its one page, each chart whole and the last line clear of the footer."""
    from jmdesigner.export.personas import CHART_H, COMPACT_CHART_H, FOOT_CLEAR
    from jmdesigner.interchange.json_map import parse_map, read_json_file
    from jmdesigner.model import add_bundle
    from jmdesigner.model.bundle import future_state_of
    from jmdesigner.resources import resource_path

    doc = Document()
    add_bundle(doc, parse_map(read_json_file(Path(resource_path("samples", "sample-map.json")))))
    add_bundle(doc, future_state_of(doc, doc.maps()[0].id))
    p = _shown(doc)
    p = replace(p, goals=p.goals[:2], behaviours=p.behaviours[:1], channels=p.channels[:2])
    pw, ph = PAGES[0]
    pages: list[Drawn] = []

    def new_page() -> Drawn:
        pages.append(Drawn())
        return pages[-1]

    assert draw_persona(new_page, pw, ph, doc, p, [m.id for m in doc.maps()]) == 1  # type: ignore[arg-type]
    texts = [t for _, t in pages[0].texts]
    assert not any("(continued)" in t for t in texts)
    assert sum(t.startswith("Online grocery delivery") and ":" in t for t in texts) == 2  # both maps' scores
    assert max(y for y, _ in pages[0].texts) <= ph - 16 * MM - FOOT_CLEAR
    plots = [r for r, fill in pages[0].rects if fill == "#FAFAF8"]  # each chart's plot
    assert len(plots) == 2 and len({round(r.h, 3) for r in plots}) == 1  # both the same height
    assert COMPACT_CHART_H - 18 <= plots[0].h < CHART_H - 18


def test_a_wrapped_line_of_scores_keeps_each_right_to_left_stage_beside_its_score() -> None:
    """A persona's scores on a map whose stages mix Hindi, Thai, Arabic and Hebrew, wrapped on an
    upright page inside the Arabic stage "أول استخدام": the second line started with an Arabic word,
    was read right to left as a paragraph of its own and, its isolate cut in two, printed
    "सहायता -2 · 2+ שימוש יומיומי · 3+ استخدام" (its scores before their stages, the last stage
    first). Every line of the scores reads left to right, each stage then its score."""
    from jmdesigner.interchange.json_map import parse_map
    from jmdesigner.model import add_bundle
    from jmdesigner.text.shaping import shape

    marks = re.compile("[\u2066-\u2069]")

    stages = [
        "जागरूकता",
        "ค้นหาข้อมูล",
        "مقارنة العروض",
        "הגשת בקשה",
        "KYC सत्यापन",
        "การฝากเงิน",
        "أول استخدام",
        "שימוש יומיומי",
        "सहायता",
    ]
    scores = [1, 0, -1, -3, -4, -1, 3, 2, -2]
    persona = {"name": "प्रिया शर्मा", "role": "", "colour": "#d1495b"}
    data = {
        "format": "jmdesigner-map",
        "version": 1,
        "title": "बैंक खाता खोलना — वर्तमान स्थिति",
        "personas": [persona],
        "stages": [{"name": s} for s in stages],
        "lanes": [{"name": "भावनाएँ", "kind": "emotions"}],
        "emotions": [
            {"persona": persona["name"], "stage": s, "score": v} for s, v in zip(stages, scores, strict=True)
        ],
    }
    doc = Document()
    add_bundle(doc, parse_map(data))
    (page,) = _pages(doc, doc.personas()[0], *PAGES[1])
    lines = [t for _, t in page.texts if "·" in t]
    assert len(lines) == 2  # the scores wrap (between two stages: each stage with its score)
    assert all(line.rstrip().endswith("·") for line in lines[:1])
    for line in lines:
        drawn = "".join(run.text for run in shape(line, "regular").runs)  # the runs left to right
        assert marks.sub("", drawn) == marks.sub("", line), line


def test_a_full_persona_on_a_map_and_its_future_state_keeps_one_page_with_its_charts_side_by_side() -> None:
    """The sample's full persona (every section) on its map and the map's future state, on a landscape
    page: even with the shortest charts it overran the page, and its second chart and both lines of
    scores went onto a page of their own, "Maya Okafor (continued)". The two charts stand side by
    side at the page's foot, each with its map's title above it and its scores under it, inside its
    column, the last line clear of the footer."""
    from jmdesigner.export.metrics import text_width
    from jmdesigner.export.personas import BAND_GAP, FOOT_CLEAR
    from jmdesigner.interchange.json_map import parse_map, read_json_file
    from jmdesigner.model import add_bundle
    from jmdesigner.model.bundle import future_state_of
    from jmdesigner.resources import resource_path

    doc = Document()
    add_bundle(doc, parse_map(read_json_file(Path(resource_path("samples", "sample-map.json")))))
    add_bundle(doc, future_state_of(doc, doc.maps()[0].id))
    p = _shown(doc)
    pw, ph = PAGES[0]
    m = 16 * MM
    pages: list[Drawn] = []

    def new_page() -> Drawn:
        pages.append(Drawn())
        return pages[-1]

    assert draw_persona(new_page, pw, ph, doc, p, [jm.id for jm in doc.maps()]) == 1  # type: ignore[arg-type]
    page = pages[0]
    assert not any("(continued)" in t for _, t in page.texts)
    for section in ("GOALS", "BEHAVIOURS", "CHANNELS", *p.goals, *p.channels):
        assert section in [t for _, t in page.texts]
    plots = [r for r, fill in page.rects if fill == "#FAFAF8"]
    assert len(plots) == 2 and plots[0].y == plots[1].y and plots[0].h == plots[1].h  # side by side
    col_w = (pw - 2 * m - BAND_GAP) / 2
    columns = [(m, m + col_w), (m + col_w + BAND_GAP, pw - m)]
    for (left, right), title in zip(columns, [jm.title for jm in doc.maps()], strict=True):
        ((x, _, _, _),) = [run for run in page.runs if run[1] == title]
        assert x == pytest.approx(left)
        # its scores under its chart, inside its column, from its first stage to its last
        scores = [run for run in page.runs if run[0] == pytest.approx(left) and run[3] == 9 and "·" in run[1]]
        assert scores and scores[0][1].startswith("Discover ") and "After delivery" in scores[-1][1]
        for x, text, font, size in scores:
            assert x + text_width(text, font, size) <= right + 0.01
    assert max(y for y, _ in page.texts) <= ph - m - FOOT_CLEAR


def test_sparse_personas_share_a_page_one_under_the_other(sample_doc: Document, tmp_path: Path) -> None:
    """Personas with only a name and a role, each on a page of its own, left those pages mostly
    empty: the second takes the rest of the first one's page, under a rule, each bookmarked there,
    the footer once. Personas that fill their pages keep a page each."""
    from pypdf import PdfReader

    from tests.export.pdfcheck import outline_titles

    full = tmp_path / "full.pdf"
    export_pdf(sample_doc, [sample_doc.maps()[0].id], full, ExportOptions(cover=False, summary=False))
    assert len(PdfReader(full).pages) == 3  # the map, then a page per full persona, as before
    maya, walter = sample_doc.personas()
    for p in (maya, walter):
        sample_doc.update_persona(
            p.id,
            quote="",
            description="",
            goals=(),
            motivations=(),
            pain_points=(),
            behaviours=(),
            channels=(),
        )
    out = tmp_path / "sparse.pdf"
    export_pdf(sample_doc, [sample_doc.maps()[0].id], out, ExportOptions(cover=False, summary=False))
    reader = PdfReader(out)
    assert len(reader.pages) == 2
    assert outline_titles(reader)[-3:] == ["Personas", maya.name, walter.name]
    assert {reader.get_destination_page_number(o) for o in reader.outline[-1]} == {1}
    words = _words(out, 2)
    tops = {w: y for w, y in reversed(words)}  # each word's first place
    first, second = maya.name.split()[0], walter.name.split()[0]
    last_of_maya = max(y for w, y in words if y < tops[second] and w == "-3")  # her last score
    assert tops[first] < last_of_maya < tops[second]
    assert [w for w, _ in words].count("ON") == 2 and [w for w, _ in words].count("Page") == 1
    assert max(y for _, y in words) < 842 - 16 * MM  # A3 sideways: all of it above the margin
