"""A map in every script read back from the PDF, the SVG and the PNG by real readers: poppler,
pypdf and MuPDF recover every card (right-to-left words in logical order), nothing is written as □
or U+FFFD, every font is embedded, and a character no bundled font has is reported once."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pypdf import PdfReader

from jmdesigner.export.options import ExportOptions
from jmdesigner.export.pdf import export_pdf
from jmdesigner.export.svg import map_svg
from jmdesigner.interchange.json_map import parse_map, read_json_file
from jmdesigner.model import Card, Document, add_bundle
from tests.export.pdfcheck import qpdf_check, squash, tool

MULTILINGUAL = Path(__file__).parents[1] / "fixtures" / "text" / "multilingual-map.json"
BIDI_MARKS = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f]")
RTL = re.compile("[\u0590-\u08ff]")


@pytest.fixture(scope="module")
def multilingual() -> Document:
    doc = Document()
    add_bundle(doc, parse_map(read_json_file(MULTILINGUAL)))
    return doc


@pytest.fixture(scope="module")
def pdf(multilingual: Document, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("scripts") / "map.pdf"
    result = export_pdf(multilingual, [multilingual.maps()[0].id], out, ExportOptions(date="2026-11-30"))
    assert result.warnings == []  # every character of every script was drawn
    return out


def cards(doc: Document) -> list[str]:
    return [c.text for c in doc.cards(doc.maps()[0].id)]


def test_poppler_recovers_every_card(pdf: Path, multilingual: Document) -> None:
    text = subprocess.run(
        [tool("pdftotext"), str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    text = BIDI_MARKS.sub("", text)
    assert "\u25a1" not in text and "\ufffd" not in text
    flat = squash(text)
    for card in cards(multilingual):
        if not RTL.search(card):
            assert squash(card) in flat, card
        for word in card.split():  # right-to-left words too, each in logical order
            assert squash(word.strip(":()")) in flat, word
    # A right-to-left line without neutral punctuation comes back whole, in reading order.
    assert "הפתיחה של החנות" in text and "العمل في المتجر" in text
    # A Myanmar mark drawn right of where the next letter starts ("ချိန်") is read in typed order:
    # the run carries its text as /ActualText (poppler orders a line's pieces by where they start).
    assert "ဆိုင်ဖွင့်ချိန်ကို" in text


def test_pypdf_recovers_the_cards(pdf: Path, multilingual: Document) -> None:
    reader = PdfReader(pdf)
    text = "".join(page.extract_text() for page in reader.pages)
    assert "\u25a1" not in text and "\ufffd" not in text
    flat = squash(text)
    for card in cards(multilingual):
        if RTL.search(card):
            assert all(squash(w.strip(":()")) in flat for w in card.split()), card
        else:
            assert squash(card) in flat, card


def test_mupdf_recovers_the_left_to_right_cards(pdf: Path, multilingual: Document) -> None:
    mutool = tool("mutool")
    done = subprocess.run([mutool, "draw", "-F", "txt", "-o", "-", str(pdf)], capture_output=True, check=True)
    # MuPDF writes a character beyond U+FFFF (an emoji) as two UTF-8-encoded surrogates: join them.
    text = done.stdout.decode("utf-8", "surrogatepass").encode("utf-16", "surrogatepass").decode("utf-16")
    # A vowel drawn as two glyphs (Thai sara am, Bengali ো, Malayalam ോ, Sinhala ො, Khmer ើ): the
    # piece that stands for no text is drawn apart from it, so MuPDF reads no U+FFFD for it (MuPDF
    # 1.21 may read a space there: test_split_vowels_pdf.py)
    assert "\ufffd" not in text
    flat = squash(text)
    for card in cards(multilingual):
        if RTL.search(card):
            continue  # MuPDF keeps right-to-left text in drawing order
        assert squash(card) in flat, card


def test_every_font_is_embedded_as_a_subset_with_a_unicode_map(pdf: Path) -> None:
    listing = subprocess.run([tool("pdffonts"), str(pdf)], capture_output=True, text=True, check=True).stdout
    rows = listing.splitlines()[2:]
    # Latin, Arabic, Hebrew, Devanagari, Thai, Bengali … Armenian, CJK, Korean, emoji, bold
    assert len(rows) >= 23
    for script in ("Bengali", "Tamil", "Telugu", "Gujarati", "Gurmukhi", "Kannada", "Malayalam", "Sinhala"):
        assert f"+NotoSans{script}UI-Regular " in listing
    for script in ("Georgian", "Armenian", "Ethiopic"):
        assert f"+NotoSans{script}-Regular " in listing
    for script in ("Khmer", "Lao", "Myanmar"):
        assert f"+NotoSans{script}UI-Regular " in listing
    assert all(re.search(r"CID TrueType\s+Identity-H\s+yes yes yes", row) for row in rows), listing
    qpdf_check(pdf)


def test_the_svg_holds_every_card_and_draws_its_glyphs(multilingual: Document, tmp_path: Path) -> None:
    svg, _, _ = map_svg(multilingual, multilingual.maps()[0].id)
    root = ET.fromstring(svg)
    ns = "{http://www.w3.org/2000/svg}"
    text = squash("".join(t.text or "" for t in root.iter(f"{ns}text")))
    for card in cards(multilingual):
        assert squash(card) in text  # logical text, under the outlines, for search and copy
    assert "\u25a1" not in svg and "\ufffd" not in svg
    assert len(list(root.iter(f"{ns}use"))) > 300  # the glyphs, as outlines
    out = tmp_path / "map.svg"
    out.write_text(svg, encoding="utf-8")
    png = tmp_path / "svg.png"
    subprocess.run([tool("rsvg-convert"), str(out), "-o", str(png)], check=True)
    assert png.stat().st_size > 10_000


def test_a_character_no_font_has_is_reported_once(multilingual: Document, tmp_path: Path) -> None:
    doc = Document()
    add_bundle(doc, parse_map(read_json_file(MULTILINGUAL)))
    map_id = doc.maps()[0].id
    stage, lane = doc.stages(map_id)[0], doc.lanes(map_id)[0]
    with doc.transaction():
        doc.insert_card(Card("x1", map_id, stage.id, lane.id, "Hieroglyph 𓀀 and 𓀁, again 𓀀"))
    out = tmp_path / "m.pdf"
    result = export_pdf(doc, [map_id], out, ExportOptions(cover=False, personas=False))
    assert result.warnings == [
        "2 characters could not be drawn (no bundled font has them): 𓀀 (U+13000), 𓀁 (U+13001)."
    ]
    text = subprocess.run(
        [tool("pdftotext"), str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Hieroglyph" in text and "\u25a1" not in text and "\ufffd" not in text


def _words_by_line(pdf: Path) -> list[list[str]]:
    """Each printed line's words, left to right as they stand on the page (poppler's boxes)."""
    out = subprocess.run(
        [tool("pdftotext"), "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    lines: dict[tuple[int, float], list[tuple[float, str]]] = {}
    for page, chunk in enumerate(out.split("<page ")):
        for x, y, word in re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>', chunk):
            lines.setdefault((page, round(float(y))), []).append((float(x), word))
    return [[w for _, w in sorted(words)] for _, words in sorted(lines.items())]


def test_a_right_to_left_stage_in_the_persona_summary_reads_name_then_score(tmp_path: Path) -> None:
    """The persona page's line "<map>: <stage> <score> · …" with a Hebrew map title and Hebrew
    stages: each name reads as a unit and its score follows it ("+3", never "3+" before it)."""
    data = read_json_file(MULTILINGUAL)
    data["title"] = "מסע הלקוח"  # "the customer's journey"
    data["stages"].append({**data["stages"][-1], "name": "תשלום 2"})  # "payment 2": a number inside
    data["emotions"] += [
        {"persona": "سارة", "stage": "Découvrir", "score": -1, "note": ""},
        {"persona": "سارة", "stage": "תשלום 2", "score": 4, "note": ""},
    ]
    doc = Document()
    add_bundle(doc, parse_map(data))
    out = tmp_path / "personas.pdf"
    export_pdf(doc, [doc.maps()[0].id], out, ExportOptions(date="2026-11-30"))
    summary = next(line for line in _words_by_line(out) if "Découvrir" in line and "4" in "".join(line))
    assert "3+" not in summary and "4+" not in summary and "1-" not in summary
    at = summary.index
    assert at("-1") == at("Découvrir") + 1 and at("+3") == at("תוריש") + 1  # "שירות" drawn right to left
    assert summary[at("+4") - 2 : at("+4")] == ["2", "םולשת"]  # "תשלום 2" whole, then its score
    assert at("Découvrir") < at("תוריש") < at("םולשת")  # in the map's stage order, left to right
    text = subprocess.run([tool("pdftotext"), str(out), "-"], capture_output=True, text=True).stdout
    assert not re.search("[\u2066-\u2069]", text) and "\u25a1" not in text  # isolates never drawn


def test_a_card_pasted_with_isolates_exports_to_pdf_and_svg(tmp_path: Path) -> None:
    """Chat apps put FSI … PDI around names; such a card crashed the bidi resolver of every export
    (and the canvas). It is drawn in reading order, the marks nowhere."""
    data = read_json_file(MULTILINGUAL)
    text = "\u2068Ana\u2069 sagte: \u2068שלום חברים\u2069 +2"
    data["cards"].append({**data["cards"][0], "text": text})
    doc = Document()
    add_bundle(doc, parse_map(data))
    out = tmp_path / "pasted.pdf"
    assert export_pdf(doc, [doc.maps()[0].id], out, ExportOptions(date="2026-11-30")).warnings == []
    line = next(words for words in _words_by_line(out) if "sagte:" in words)
    # "שלום חברים" drawn right to left (its second word on the left), then the score after it
    assert line[line.index("sagte:") - 1 : line.index("+2") + 1] == ["Ana", "sagte:", "םירבח", "םולש", "+2"]
    svg, _, _ = map_svg(doc, doc.maps()[0].id)
    # drawn as glyphs (no mark among them: test_isolates); the invisible text for search and copy
    # is the card as typed, marks included, so a browser's own layout of it keeps the reading order
    assert f">{text}</text>" in svg


def test_arabic_ligatures_come_back_in_reading_order(tmp_path: Path) -> None:
    """Lam-alef is drawn as one glyph (لا, لى, لأ): poppler and PDFium (Chrome's and Edge's viewer),
    which read a right-to-left line by reversing its characters, gave "ليىل" for "ليلى" and "ثالث"
    for "ثلاث", so the client's PDF could not be searched or copied from; and a letter with its
    shadda ("يحوّل") came back with the two swapped. Read from the right, each glyph's text
    reversed, every right-to-left run spells what was typed."""
    from jmdesigner.text.shaping import shape

    words = ["ثلاث", "على", "ليلى", "للأسعار", "إلى", "الإقامة", "لا", "يحوّل", "ويُسأل"]
    for word in [*words, "زميلاً", "שָׁלוֹם", "مُحَمَّد"]:
        (run,) = shape(word, "regular").runs
        from_the_right = sorted(zip(run.xs, run.labels, strict=True), key=lambda g: -g[0])
        assert "".join(label[::-1] for _, label in from_the_right) == word
    data = read_json_file(MULTILINGUAL)
    data["cards"] = [{**data["cards"][3], "text": " ".join(words)}]
    doc = Document()
    add_bundle(doc, parse_map(data))
    out = tmp_path / "arabic.pdf"
    assert export_pdf(doc, [doc.maps()[0].id], out, ExportOptions(date="2026-11-30")).warnings == []
    text = subprocess.run([tool("pdftotext"), str(out), "-"], capture_output=True, text=True).stdout
    text = BIDI_MARKS.sub("", text)
    assert [w for w in words if w not in text.split()] == []
