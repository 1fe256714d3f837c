"""Screen and paper agree: the canvas lays out and paints the text system's shaped glyphs, so every
card of the sample and of a map in every script breaks into the same lines, at the same heights,
as in the PDF; Qt's own advances for those glyphs are the shaped ones; the canvas paints them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QColor, QImage, QPainter

from jmdesigner.canvas import MapView
from jmdesigner.export.metrics import PdfTextMetrics
from jmdesigner.export.qt_surface import raw_font
from jmdesigner.interchange.json_map import parse_map, read_json_file
from jmdesigner.layout import layout_map
from jmdesigner.layout import metrics as roles
from jmdesigner.model import Document, UndoStack, add_bundle
from jmdesigner.resources import resource_path
from jmdesigner.text import shape, words
from jmdesigner.text.metrics import broken_words, size_of, weight_of

MULTILINGUAL = Path(__file__).parents[1] / "fixtures" / "text" / "multilingual-map.json"
MAPS = {"sample": Path(resource_path("samples", "sample-map.json")), "multilingual": MULTILINGUAL}
HYPHENATED = (
    "Kunden-Service-Portal-Anmeldung",
    "Check the end-to-end-onboarding-checklist-review",
    "Tür-Tor-Typ-Prüfung und COVID-19-Impfzentrum-Termine",
    "Vertrags\u2013Verlängerung per E-Mail-Bestätigung",
)


def document(path: Path) -> Document:
    doc = Document()
    add_bundle(doc, parse_map(read_json_file(path)))
    return doc


def hyphenated() -> Document:
    """The sample with narrow stages, long hyphenated compounds on its cards and a collapsed lane
    with such a name: lines that end after a hyphen."""
    doc = document(MAPS["sample"])
    map_id = doc.maps()[0].id
    for stage in doc.stages(map_id):
        doc.update_stage(stage.id, width=150.0)
    for i, card in enumerate(doc.cards(map_id)):
        doc.update_card(card.id, text=HYPHENATED[i % len(HYPHENATED)])
    lane = doc.lanes(map_id)[-1]
    doc.update_lane(lane.id, name="Kunden-Service-Portal-Anmeldung-Rückmeldungen", collapsed=True)
    return doc


THAI = (  # Thai: no spaces between its words, which the text system finds by dictionary
    "ลูกค้าสมัครสมาชิกผ่านแอปพลิเคชันบนโทรศัพท์มือถือ",
    "พนักงานจัดส่งสินค้าถึงบ้านลูกค้าตรงเวลาทุกครั้ง",
    "ระบบแจ้งเตือนเมื่อสินค้าหมดสต็อกและเสนอสินค้าทดแทน",
)


def thai() -> Document:
    """The sample with narrow stages, Thai cards and a Thai title: lines that end between words."""
    doc = document(MAPS["sample"])
    map_id = doc.maps()[0].id
    doc.update_map(map_id, title="แผนที่เส้นทางลูกค้าของบริการจัดส่งของชำออนไลน์")
    for stage in doc.stages(map_id):
        doc.update_stage(stage.id, width=150.0)
    for i, card in enumerate(doc.cards(map_id)[:12]):
        doc.update_card(card.id, text=THAI[i % len(THAI)])
    return doc


KHMER_LAO_MYANMAR = (  # written without spaces between words too, which ICU's dictionaries find
    "អតិថិជនស្វែងរកម៉ោងបើកហាងតាមទូរស័ព្ទ",
    "ລູກຄ້າຊອກຫາເວລາເປີດຮ້ານຢູ່ໃນໂທລະສັບ",
    "ဖောက်သည်သည်ဆိုင်ဖွင့်ချိန်ကိုဖုန်းဖြင့်ရှာဖွေသည်",
)


def khmer_lao_myanmar() -> Document:
    """The sample with narrow stages and Khmer, Lao and Myanmar cards: lines that end between words."""
    doc = document(MAPS["sample"])
    map_id = doc.maps()[0].id
    for stage in doc.stages(map_id):
        doc.update_stage(stage.id, width=150.0)
    for i, card in enumerate(doc.cards(map_id)[:12]):
        doc.update_card(card.id, text=KHMER_LAO_MYANMAR[i % len(KHMER_LAO_MYANMAR)])
    return doc


TYPOGRAPHY = (  # signs with their numbers, no-break spaces, soft hyphens, short hyphenated words
    "Checkout abandonment rose to 18 % in May",
    "Liefergebühr stieg um 12 € pro Monat, Warenkorb 18\u202f% teurer",
    "Kun\u00adden\u00adser\u00advice\u00adpor\u00adtal\u00adan\u00admel\u00addung",
    "Die Lebens\u00admittel\u00adlieferung kommt per E-Mail-Bestätigung",
    "Send a confirmation e-mail after every re-order and check-in",
)


def typography() -> Document:
    """The sample with narrow stages and cards where a sign, a no-break space, a soft hyphen or a
    short hyphenated word meets a line's end."""
    doc = document(MAPS["sample"])
    map_id = doc.maps()[0].id
    for stage in doc.stages(map_id):
        doc.update_stage(stage.id, width=150.0)
    for i, card in enumerate(doc.cards(map_id)):
        doc.update_card(card.id, text=TYPOGRAPHY[i % len(TYPOGRAPHY)])
    return doc


@pytest.fixture(params=[*sorted(MAPS), "hyphenated", "thai", "khmer_lao_myanmar", "typography"])
def shown(request: pytest.FixtureRequest, qtbot: Any) -> tuple[Document, MapView]:
    made = {
        "hyphenated": hyphenated,
        "thai": thai,
        "khmer_lao_myanmar": khmer_lao_myanmar,
        "typography": typography,
    }.get(request.param)
    doc = made() if made else document(MAPS[request.param])
    view = MapView(doc, doc.maps()[0].id, UndoStack(doc))
    qtbot.addWidget(view)
    view.resize(1200, 900)
    view.show()
    qtbot.waitExposed(view)
    yield doc, view
    view.close_view()


def test_every_card_breaks_identically_on_screen_and_in_the_pdf(shown: tuple[Document, MapView]) -> None:
    doc, view = shown
    screen = view.map_scene.geom
    paper = layout_map(doc, doc.maps()[0].id, PdfTextMetrics())
    assert screen.cards.keys() == paper.cards.keys() and screen.cards
    for card_id, card in screen.cards.items():
        assert card.lines == paper.cards[card_id].lines
        assert card.rect == paper.cards[card_id].rect
    assert [s.name_lines for s in screen.stages] == [s.name_lines for s in paper.stages]
    assert [lane.name_lines for lane in screen.lanes] == [lane.name_lines for lane in paper.lanes]
    assert [lane.one_line for lane in screen.lanes] == [lane.one_line for lane in paper.lanes]
    if doc.cards(doc.maps()[0].id)[0].text in HYPHENATED:  # lines that end after a hyphen, alike
        assert sum(line.endswith("-") for card in screen.cards.values() for line in card.lines) > 20
    if doc.cards(doc.maps()[0].id)[0].text in THAI and words.available():  # broken between words, alike
        thai_lines = [card.lines for card in screen.cards.values() if "".join(card.lines) in THAI]
        assert sum(len(lines) > 1 for lines in thai_lines) >= 10
        assert all(broken_words("".join(lines), lines) == 0 for lines in thai_lines)
    if doc.cards(doc.maps()[0].id)[0].text in KHMER_LAO_MYANMAR and words.icu_available():
        texts = [card.lines for card in screen.cards.values() if "".join(card.lines) in KHMER_LAO_MYANMAR]
        assert sum(len(lines) > 1 for lines in texts) >= 10  # broken between words, alike
        assert all(broken_words("".join(lines), lines) == 0 for lines in texts)
    if doc.cards(doc.maps()[0].id)[0].text in TYPOGRAPHY:  # broken at soft hyphens alike, signs kept
        texts = {c.id: c.text for c in doc.cards(doc.maps()[0].id)}
        soft = [card.lines for cid, card in screen.cards.items() if texts[cid] == TYPOGRAPHY[2]]
        assert sum(line.endswith("-") for lines in soft for line in lines) >= 2 * len(soft) > 10
        lines = [line for card in screen.cards.values() for line in card.lines]
        assert not [line for line in lines if line.startswith(("%", "€", "mail", "in ", "order"))]
    assert screen.bounds == paper.bounds  # the same height: 1,435 against 1,347 units before


def test_qt_advances_of_the_shaped_glyphs_are_the_measured_widths(qtbot: Any) -> None:
    doc = document(MULTILINGUAL)
    g = layout_map(doc, doc.maps()[0].id, PdfTextMetrics())
    size = size_of(roles.CARD)
    checked = 0
    for card in g.cards.values():
        for line in card.lines:
            shaped = shape(line, weight_of(roles.CARD))
            total = 0.0
            for run in shaped.runs:
                advances = raw_font(run.face, size).advancesForGlyphIndexes([g.gid for g in run.glyphs])
                total += sum(a.x() for a in advances)
            # Qt's advances are the face's own for the same glyphs; HarfBuzz's (kerning and marks
            # included) agree with them to a hair, or by the kerning (Ethiopic's: 1.8 %)
            unkerned = sum(run.face.advance(gid) for run in shaped.runs for gid in run.gids) * size
            assert total == pytest.approx(unkerned, abs=0.01 * len(line) + 0.3)
            assert total == pytest.approx(shaped.width * size, abs=max(0.05 * len(line) + 0.5, 0.02 * total))
            checked += 1
    assert checked >= 27


def test_the_canvas_paints_text_in_every_script(qtbot: Any, tmp_path: Path) -> None:
    doc = document(MULTILINGUAL)
    view = MapView(doc, doc.maps()[0].id, UndoStack(doc))
    qtbot.addWidget(view)
    scene = view.map_scene
    rect = scene.itemsBoundingRect()
    image = QImage(int(rect.width()), int(rect.height()), QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    scene.render(painter, image.rect().toRectF(), rect)
    painter.end()
    image.save(str(tmp_path / "canvas.png"))
    for card_id, card in scene.geom.cards.items():
        text = card.text_rect
        x0, y0 = int(text.x - rect.x()), int(text.y - rect.y())
        dark = sum(
            1
            for y in range(y0, y0 + int(text.h), 2)
            for x in range(x0, x0 + int(text.w), 2)
            if QColor(image.pixel(x, y)).lightness() < 120
        )
        assert dark > 40, f"no text painted on {card_id}: {card.lines}"
    view.close_view()


def test_the_canvas_tints_colours_as_the_print_does() -> None:
    from jmdesigner.canvas.card_item import card_fill
    from jmdesigner.canvas.style import lane_look
    from jmdesigner.layout import palette
    from jmdesigner.model import LaneKind

    for colour in ("#D1495B", "#2E86AB", "#F2C14E", "#000000"):
        assert card_fill(colour, QColor("#FFFFFF")).name().upper() == palette.card_fill(colour, "#FFFFFF")
        look = lane_look(LaneKind.ACTIONS, colour)
        assert look.card.name().upper() == palette.lane_colours(LaneKind.ACTIONS, colour).card
