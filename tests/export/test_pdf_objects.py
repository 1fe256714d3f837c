"""Objects written ahead (``pdf_objects``) are the bytes ReportLab writes for the same objects: the
layout rules, a form drawing one path, and an embedded face's dictionaries (read back by pypdf)."""

from __future__ import annotations

import contextlib
from io import BytesIO

import pytest
from pypdf import PdfReader
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFStream
from reportlab.pdfgen.canvas import Canvas

from jmdesigner.export import fonts
from jmdesigner.export.pdf_fonts import _descriptor_numbers
from jmdesigner.export.pdf_objects import (
    PathForm,
    Preformatted,
    array,
    dictionary,
    dictionary_parts,
    integers,
)
from jmdesigner.export.sink import PdfSink, binary_streams


def _doc() -> pdfdoc.PDFDocument:
    return Canvas(BytesIO())._doc


@pytest.mark.parametrize("n", [0, 1, 9, 10, 11, 20, 21, 35])
def test_an_array_breaks_its_lines_as_reportlab_does(n: int) -> None:
    values = [(-1) ** i * i * 37 for i in range(n)]
    assert array(integers(values)) == PDFArray(values).format(_doc())


@pytest.mark.parametrize("n", [0, 1, 5, 6, 7, 12, 13])
def test_a_dictionary_sorts_its_keys_and_breaks_its_lines_as_reportlab_does(n: int) -> None:
    entries = {f"K{(i * 7) % 13:02d}x": i - 3 for i in range(n)}
    ours = dictionary({k: b"%d" % v for k, v in entries.items()})
    assert ours == PDFDictionary(entries).format(_doc())


def test_values_written_at_save_time_sit_where_reportlab_puts_them() -> None:
    doc = _doc()
    entries = {f"E{i}": i for i in range(8)} | {"Registry": pdfdoc.PDFString("Adobe")}
    theirs = PDFDictionary({**entries, "Inner": PDFDictionary({"S": pdfdoc.PDFString("x (y)")})})
    inner = dictionary_parts({"S": pdfdoc.PDFString("x (y)")})
    ours = dictionary_parts(
        {**{k: b"%d" % v for k, v in entries.items() if k != "Registry"}, "Registry": entries["Registry"]}
        | {"Inner": inner}
    )
    assert Preformatted(*ours).format(doc) == theirs.format(doc)


@pytest.mark.parametrize("binary", [True, False])
def test_a_path_form_is_written_as_the_canvas_writes_its_form(binary: bool) -> None:
    canvas = Canvas(BytesIO(), pageCompression=1)
    path = "8.00 4.00 m 8.00 6.21 6.21 8.00 4.00 8.00 c 1.79 8.00 0.00 6.21 0.00 4.00 c f"
    canvas.beginForm("theirs", -1.5, -1, 9.25, 9)
    canvas.addLiteral(path)
    canvas.endForm()
    doc = canvas._doc
    ours = PathForm((-1.5, -1, 9.25, 9), f"{canvas._preamble}\n{path}", 1)
    doc.addForm("ours", ours)
    theirs = doc.idToObject[doc.getXObjectName("theirs")]
    assert type(theirs) is pdfdoc.PDFFormXObject
    with binary_streams() if binary else contextlib.nullcontext():
        written = ours.format(doc)
        assert written == theirs.format(doc)
    assert b"/BBox [ -1.5 -1 9.25 9 ]" in written
    assert (b"/Filter [ /FlateDecode ]" if binary else b"/Filter [ /ASCII85Decode /FlateDecode ]") in written


def test_an_embedded_face_s_dictionaries_read_back_as_reportlab_s_objects_would() -> None:
    sink = PdfSink("t", "", "", None, 1)
    s = sink.page(400, 300)
    s.text(20, 40, "Crème brûlée (net) ✓ 12 345", fonts.REGULAR, 11, "#202124")
    s.text(20, 80, "Bold line", fonts.BOLD, 11, "#202124")
    with binary_streams():
        data = sink.finish()
    doc = sink.c._doc
    reader = PdfReader(BytesIO(data))
    resources = reader.pages[0]["/Resources"]["/Font"]
    assert len(resources) == len(doc._jm_faces) >= 2  # (the check mark: a symbols face)
    for key in resources:
        font = resources[key].get_object()
        face = next(e for e in doc._jm_faces.values() if e.name == key[1:])
        assert font["/Subtype"] == "/Type0" and font["/Encoding"] == "/Identity-H"
        cid = font["/DescendantFonts"][0].get_object()
        assert cid["/Subtype"] == "/CIDFontType2" and cid["/DW"] == 1000
        assert cid["/BaseFont"] == font["/BaseFont"]
        assert dict(cid["/CIDSystemInfo"]) == {
            "/Registry": "Adobe",
            "/Ordering": "Identity",
            "/Supplement": 0,
        }
        assert list(cid["/W"]) == [1, face.widths[1:]]
        descriptor = cid["/FontDescriptor"].get_object()
        assert descriptor["/FontName"] == font["/BaseFont"]
        assert descriptor["/Flags"] == 4 and descriptor["/StemV"] == 80 and descriptor["/ItalicAngle"] == 0
        assert len(descriptor["/FontBBox"]) == 4
        assert descriptor["/FontFile2"].get_object()["/Length1"] > 0
        assert cid["/CIDToGIDMap"].get_object().get_data() == b"".join(
            g.to_bytes(2, "big") for g in face.gids
        )
        assert "/ToUnicode" in font
    assert reader.pages[0].extract_text().splitlines() == ["Crème brûlée (net) ✓ 12 345", "Bold line"]


def test_an_embedded_face_s_dictionaries_are_the_bytes_reportlab_s_objects_give() -> None:
    """The same face's objects written the old way (ReportLab's dictionaries and arrays, one value at
    a time) and the new: the same bytes, object for object."""
    sink = PdfSink("t", "", "", None, 1)
    s = sink.page(400, 300)
    s.text(
        20,
        40,
        "Crème brûlée (net) 12 345 and a line long enough for two rows of widths",
        fonts.REGULAR,
        11,
        "#000",
    )
    with binary_streams():
        sink.finish()
    doc = sink.c._doc
    (face,) = doc._jm_faces.values()
    objects = doc.idToObject
    labels = [f"{kind}:{face.name}" for kind in ("jmFontDescriptor", "jmCIDFont")] + [face.name]
    assert all(type(objects[label]) is Preformatted for label in labels)
    written = {label: objects[label].format(doc) for label in labels}
    ref = doc.Reference
    base = written[face.name].split(b"/BaseFont /")[1].split(b" ")[0].decode()
    bbox, ascent, descent, cap = _descriptor_numbers(face.face)
    theirs_descriptor = PDFDictionary(
        {
            "Type": PDFName("FontDescriptor"),
            "FontName": PDFName(base),
            "Flags": 4,
            "FontBBox": PDFArray(bbox),
            "ItalicAngle": 0,
            "Ascent": ascent,
            "Descent": descent,
            "CapHeight": cap,
            "StemV": 80,
            "FontFile2": ref(doc.idToObject[f"jmFontFile:{face.name}"]),
        }
    )
    assert written[f"jmFontDescriptor:{face.name}"] == theirs_descriptor.format(doc)
    theirs_cid = PDFDictionary(
        {
            "Type": PDFName("Font"),
            "Subtype": PDFName("CIDFontType2"),
            "BaseFont": PDFName(base),
            "CIDSystemInfo": PDFDictionary(
                {
                    "Registry": pdfdoc.PDFString("Adobe"),
                    "Ordering": pdfdoc.PDFString("Identity"),
                    "Supplement": 0,
                }
            ),
            "FontDescriptor": ref(doc.idToObject[f"jmFontDescriptor:{face.name}"]),
            "DW": 1000,
            "W": PDFArray([1, PDFArray(face.widths[1:])]),
            "CIDToGIDMap": ref(doc.idToObject[f"jmCIDToGIDMap:{face.name}"]),
        }
    )
    assert len(face.widths) > 11  # (the widths' array breaks its line)
    assert written[f"jmCIDFont:{face.name}"] == theirs_cid.format(doc)
    theirs_font = PDFDictionary(
        {
            "Type": PDFName("Font"),
            "Subtype": PDFName("Type0"),
            "BaseFont": PDFName(base),
            "Encoding": PDFName("Identity-H"),
            "DescendantFonts": PDFArray([ref(doc.idToObject[f"jmCIDFont:{face.name}"])]),
            "ToUnicode": ref(doc.idToObject[f"jmToUnicode:{face.name}"]),
        }
    )
    assert written[face.name] == theirs_font.format(doc)
    assert isinstance(doc.idToObject[f"jmToUnicode:{face.name}"], PDFStream)


def test_a_page_names_its_forms_and_images_as_reportlab_does() -> None:
    """The page's XObject dictionary written ahead is ReportLab's own, byte for byte; a form placed
    before it is defined leaves the dictionary to ReportLab (its number is not known yet)."""
    from PIL import Image

    from jmdesigner.layout.geometry import Point, Rect

    sink = PdfSink("t", "", "", None, 1)
    s = sink.page(400, 300)
    for i in range(9):
        s.rect(Rect(10 + i, 20, 80 + i, 40), "#ff0000", "#000000", 1.0, radius=7)
    s.circle(Point(300, 200), 20, "#ff0000")
    c = sink.c
    c.drawImage(ImageReader(Image.new("RGB", (3, 2), (200, 60, 40))), 0, 0, 30, 20)
    assert len(set(c._formsinuse)) == 11

    class Page:
        XObjects: object = None

    ours, theirs = Page(), Page()
    c._setXObjects(ours)
    Canvas._setXObjects(c, theirs)
    assert type(ours.XObjects) is Preformatted
    assert ours.XObjects.format(c._doc) == theirs.XObjects.format(c._doc)
    c.doForm("later")
    c._setXObjects(ours)
    assert type(ours.XObjects) is PDFDictionary
    c.beginForm("later")
    c.endForm()
    with binary_streams():
        data = sink.finish()
    assert len(PdfReader(BytesIO(data)).pages[0]["/Resources"]["/XObject"]) == 12
