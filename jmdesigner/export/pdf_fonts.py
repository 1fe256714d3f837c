"""The bundled faces embedded in a PDF as CID fonts that address glyphs by their id.

Shaped text (joined Arabic, Devanagari conjuncts, emoji sequences) is made of glyphs that no
character code reaches, so each face is embedded as a Type 0 font with Identity-H encoding: the
content stream names glyph ids, a subset of the face holds only the glyphs used, and a ToUnicode
map gives every glyph back the text of its cluster, so copying and extraction return what was typed.
"""

from __future__ import annotations

import hashlib
import struct
from functools import cache

import uharfbuzz as hb
from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.pdfdoc import PDFStream

from jmdesigner.export.pdf_objects import Preformatted, array, dictionary, dictionary_parts, integers, name
from jmdesigner.text import Face


def _table(face: Face, tag: str) -> bytes:
    return face.hb_font.face.reference_table(tag).data


@cache
def _descriptor_numbers(face: Face) -> tuple[list[int], int, int, int]:
    """The face's bounding box, ascent, descent and cap height, in PDF glyph units (1/1000 em),
    read from its ``head``, ``hhea`` and ``OS/2`` tables."""
    k = 1000 / face.upem
    bbox = [round(v * k) for v in struct.unpack_from(">4h", _table(face, "head"), 36)]  # xMin yMin xMax yMax
    ascent, descent = struct.unpack_from(">2h", _table(face, "hhea"), 4)
    os2 = _table(face, "OS/2")
    version = struct.unpack_from(">H", os2, 0)[0] if len(os2) >= 2 else 0
    cap = struct.unpack_from(">h", os2, 88)[0] if version >= 2 and len(os2) >= 90 else 0
    return bbox, round(ascent * k), round(descent * k), round((cap or ascent) * k)


class EmbeddedFace:
    """One face in one document: the glyphs used so far, each with the text it stands for.

    The same glyph can stand for different text (a base letter alone, or as the second glyph of a
    cluster whose text its first glyph carries), so the codes drawn are allocated per (glyph,
    text) pair and mapped to glyphs by a CIDToGIDMap: every code has exactly one text.
    """

    def __init__(self, face: Face, name: str) -> None:
        self.face = face
        self.name = name  # the resource name, e.g. "JmF1"
        # (glyph id, text) -> (code, width); a code made wider: its text, a NUL and how much wider
        self.codes: dict[tuple[int, str], tuple[str, float]] = {}
        self.gids: list[int] = [0]  # code -> glyph id; code 0 is .notdef
        self.texts: list[str] = [""]  # code -> text
        self.widths: list[int] = [0]  # code -> advance in 1/1000 em (the PDF's W array)
        # Words drawn in this face, as TJ items (pdf_surface): (text, glyph ids, advances) ->
        # (the items, the adjustment the next glyph needs).
        self.words: dict[tuple[str, tuple[int, ...], tuple[float, ...]], tuple[str, float]] = {}
        # The same for the pieces of Latin lines (" word", ``word_pieces``), by their text.
        self.pieces: dict[str, tuple[str, float]] = {}

    def use(self, gid: int, text: str, wider: int = 0) -> tuple[str, float]:
        """The code that draws ``gid`` standing for ``text`` (as the four hex digits a content
        stream shows it by), and its advance in em as the PDF's widths give it: the glyph's own,
        ``wider`` thousandths of an em more for a glyph followed by one drawn apart from the text
        (``pdf_surface._glyph_by_glyph``), so that no gap is left where that one is."""
        key = (gid, text) if not wider else (gid, f"{text}\0{wider}")
        found = self.codes.get(key)
        if found is None:
            code = len(self.gids)
            self.gids.append(gid)
            self.texts.append(text)
            self.widths.append(round(self.face.advance(gid) * 1000) + wider)
            found = self.codes[key] = (f"{code:04X}", self.widths[code] / 1000)
        return found

    def addObjects(self, doc: pdfdoc.PDFDocument) -> None:
        """Write the font objects at save time: the subset, its widths and its ToUnicode map.
        The dictionaries are written ahead (``pdf_objects``: the bytes ReportLab writes for them),
        registered in the order that numbers them as before."""
        gids = sorted(set(self.gids))
        tag = "".join(chr(65 + b % 26) for b in hashlib.sha1(repr(gids).encode()).digest()[:6])
        base = f"{tag}+{self.face.name.replace(' ', '')}"
        base_name = name(base)
        program = _subset(self.face, gids, self.texts)
        file_stream = PDFStream(content=program, filters=[pdfdoc.PDFZCompress])
        file_stream.dictionary["Length1"] = len(program)
        bbox, ascent, descent, cap = _descriptor_numbers(self.face)
        descriptor = dictionary(
            {
                "Type": b"/FontDescriptor",
                "FontName": base_name,
                "Flags": b"4",
                "FontBBox": array(integers(bbox)),
                "ItalicAngle": b"0",
                "Ascent": b"%d" % ascent,
                "Descent": b"%d" % descent,
                "CapHeight": b"%d" % cap,
                "StemV": b"80",
                "FontFile2": _reference(doc, file_stream, f"jmFontFile:{self.name}"),
            }
        )
        descriptor_ref = _reference(doc, Preformatted(descriptor), f"jmFontDescriptor:{self.name}")
        cid_map = PDFStream(
            content=b"".join(gid.to_bytes(2, "big") for gid in self.gids), filters=[pdfdoc.PDFZCompress]
        )
        system_info = dictionary_parts(
            {
                "Registry": pdfdoc.PDFString("Adobe"),  # (strings: written by the document, which
                "Ordering": pdfdoc.PDFString("Identity"),  # would encrypt them were it encrypted)
                "Supplement": b"0",
            }
        )
        cid_font = dictionary_parts(
            {
                "Type": b"/Font",
                "Subtype": b"/CIDFontType2",
                "BaseFont": base_name,
                "CIDSystemInfo": system_info,
                "FontDescriptor": descriptor_ref,
                "DW": b"1000",
                "W": array([b"1", array(integers(self.widths[1:]))]),
                "CIDToGIDMap": _reference(doc, cid_map, f"jmCIDToGIDMap:{self.name}"),
            }
        )
        cid_font_ref = _reference(doc, Preformatted(*cid_font), f"jmCIDFont:{self.name}")
        cmap = PDFStream(content=_to_unicode(base, self.texts).encode("ascii"), filters=[pdfdoc.PDFZCompress])
        font = dictionary(
            {
                "Type": b"/Font",
                "Subtype": b"/Type0",
                "BaseFont": base_name,
                "Encoding": b"/Identity-H",
                "DescendantFonts": array([cid_font_ref]),
                "ToUnicode": _reference(doc, cmap, f"jmToUnicode:{self.name}"),
            }
        )
        doc.idToObject[pdfdoc.BasicFonts].dict[self.name] = doc.Reference(Preformatted(font), self.name)


def _reference(doc: pdfdoc.PDFDocument, obj: pdfdoc.PDFObject, label: str) -> bytes:
    """``obj`` registered in ``doc`` under ``label``, and the reference to it as written (``n 0 R``:
    the document numbers an object when it is registered)."""
    return doc.Reference(obj, label).format(doc)


# Shaping is done (text is drawn by glyph id): no layout tables.
_DROPPED = ("GSUB", "GPOS", "GDEF", "DSIG", "kern", "morx", "vhea", "vmtx")


def _subset(face: Face, gids: list[int], texts: list[str]) -> bytes:
    """The face with only ``gids`` (and .notdef) kept, at their original ids, without hinting or
    layout tables; by HarfBuzz's subsetter (about a millisecond, even for the CJK face).

    A face HarfBuzz cannot subset is damaged past what the look-over at start sees (its directory,
    header and character map whole, its outlines not): it is recorded as damaged and the export is
    refused, naming ``texts`` (what its glyphs were to draw), as for a face found missing; nothing
    is written."""
    wanted = hb.SubsetInput()
    wanted.glyph_set.update([0, *gids])
    wanted.flags = hb.SubsetFlags.RETAIN_GIDS | hb.SubsetFlags.NO_HINTING | hb.SubsetFlags.NOTDEF_OUTLINE
    for tag in _DROPPED:
        wanted.drop_table_tag_set.add(int.from_bytes(tag.encode("ascii"), "big"))
    try:
        subset = hb.subset(face.hb_font.face, wanted)
    except RuntimeError:  # (uharfbuzz raises where HarfBuzz returns no subset)
        subset = None
    if subset is None:
        from jmdesigner import face_files
        from jmdesigner.errors import JmError
        from jmdesigner.text import export_warnings

        face_files.note_unusable(face.file)
        export_warnings({ch for text in texts for ch in text if not ch.isspace()})  # raises JmError
        raise JmError(face_files.problem_sentence() or face.file)  # (only blanks drawn in the face)
    return subset.blob.data


def _utf16_hex(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def _to_unicode(name: str, texts: list[str]) -> str:
    """A ToUnicode CMap from the two-byte codes to the text each stands for ("" for the second
    and later glyphs of a cluster, whose text the first glyph carries)."""
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
        f"/CMapName /{name.replace('+', '-')}-UCS def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        "<0000> <FFFF>",
        "endcodespacerange",
    ]
    items = list(enumerate(texts))[1:]
    for start in range(0, len(items), 100):
        block = items[start : start + 100]
        lines.append(f"{len(block)} beginbfchar")
        lines += [f"<{code:04X}> <{_utf16_hex(text)}>" for code, text in block]
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines) + "\n"


def actual_text(text: str) -> str:
    """A PDF hex string of ``text`` in UTF-16BE with its byte-order mark (for /ActualText)."""
    return f"<FEFF{_utf16_hex(text)}>"


def faces_of(doc: pdfdoc.PDFDocument) -> dict[str, EmbeddedFace]:
    """The document's embedded faces by file name, created on first use."""
    found = getattr(doc, "_jm_faces", None)
    if found is None:
        found = doc._jm_faces = {}  # type: ignore[attr-defined]
    return found


def embedded(doc: pdfdoc.PDFDocument, face: Face) -> EmbeddedFace:
    """The face as embedded in ``doc`` (registered to be written when the document is saved)."""
    found = faces_of(doc)
    e = found.get(face.file)
    if e is None:
        e = found[face.file] = EmbeddedFace(face, f"JmF{len(found) + 1}")
        doc.delayedFonts.append(e)
    return e
