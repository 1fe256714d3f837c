"""PDF objects written as the bytes ReportLab would write for them, in one pass.

ReportLab formats a document's objects as it saves it, one value at a time: every key of a
dictionary, every number of an array goes through its module's ``format`` (which tells objects,
numbers and text apart each time) and every number through ``fp_str``. A map page's forms (a
card's outline, a badge, a mark: ``PdfSurface._form``), the page's dictionary naming them
(``sink.TextlessCanvas``) and the embedded faces' dictionaries (``pdf_fonts``) are the bulk of
that work for a short document, ~1,500 such calls for one page of ten cards. Their values are
known when they are made (numbers, names, a few references whose numbers the document gives at
registration), so they are written here at once, laid out by ReportLab's own rules with its
default settings (a dictionary's keys sorted, a line break after every sixth entry, an array's
after every tenth item): the file is byte for byte the same.
References, text strings and streams still go through the document at save time (its numbering
and, were the document encrypted, its encryption).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from functools import cache

from reportlab import rl_config
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfdoc

Part = bytes | pdfdoc.PDFObject  # a piece already written, or one the document writes at save time


def number(value: float) -> bytes:
    """A number as ReportLab writes it (``fp_str``: at most six decimals, no trailing zeros)."""
    return fp_str(value).encode("ascii")


def integers(values: Iterable[int]) -> list[bytes]:
    """Whole numbers as ReportLab writes them (``fp_str`` gives an int's decimal digits)."""
    return [b"%d" % v for v in values]


@cache
def name(text: str) -> bytes:
    """A PDF name (``/Type``), escaped as ReportLab escapes it (the same few, many times over)."""
    return pdfdoc.PDFName(text).encode("ascii")


def array(items: Sequence[bytes]) -> bytes:
    """``[ a b c ]``, a line break after every tenth item (ReportLab's ``PDFArray``)."""
    if len(items) > 10:
        lines = [b" ".join(items[i : i + 10]) for i in range(0, len(items), 10)]
        return b"[ " + b" \n  ".join(lines) + b" ]"
    return b"[ " + b" ".join(items) + b" ]"


def dictionary(entries: Mapping[str, bytes]) -> bytes:
    """``<<`` each key and value ``>>``, the keys sorted, a line break after every sixth entry
    (ReportLab's ``PDFDictionary``)."""
    items = [name(key) + b" " + entries[key] for key in sorted(entries)]
    lines = [b" ".join(items[i : i + 6]) for i in range(0, len(items), 6)]
    return b"<<\n" + b" \n  ".join(lines) + b"\n>>"


class Preformatted(pdfdoc.PDFObject):
    """An object written ahead: its pieces joined, the references and strings among them (PDF
    objects) formatted by the document when it is saved."""

    def __init__(self, *parts: Part) -> None:
        self.parts = parts

    def format(self, document: pdfdoc.PDFDocument) -> bytes:
        return b"".join(p if isinstance(p, bytes) else pdfdoc.format(p, document) for p in self.parts)


def dictionary_parts(entries: Mapping[str, Part | Sequence[Part]]) -> list[Part]:
    """``dictionary`` for values that hold objects formatted at save time (a reference, a text
    string), as the pieces of a ``Preformatted``: each value is written bytes, an object, or a
    sequence of the two to join."""
    items: list[list[Part]] = []
    for key in sorted(entries):
        value = entries[key]
        pieces: list[Part] = [name(key) + b" "]
        pieces += list(value) if isinstance(value, (list, tuple)) else [value]
        items.append(pieces)
    parts: list[Part] = [b"<<\n"]
    for i, item in enumerate(items):
        if i:
            parts.append(b" \n  " if i % 6 == 0 else b" ")
        parts += item
    parts.append(b"\n>>")
    return _joined(parts)


def _joined(parts: list[Part]) -> list[Part]:
    """Neighbouring bytes joined into one piece."""
    out: list[Part] = []
    for p in parts:
        if isinstance(p, bytes) and out and isinstance(out[-1], bytes):
            out[-1] += p
        else:
            out.append(p)
    return out


_PROCS = array([name(p) for p in ("PDF", "Text", "ImageB", "ImageC", "ImageI")])
_FONTS = pdfdoc.PDFObjectReference(pdfdoc.BasicFonts)


class PathForm(pdfdoc.PDFFormXObject):
    """A form XObject drawing one path, as ``Canvas.beginForm`` … ``endForm`` make it (the same
    stream, box and resources), written in one pass when the document is saved."""

    def __init__(self, box: tuple[float, float, float, float], content: str, compression: int) -> None:
        super().__init__(*box)
        self.compression = compression
        self.setStreamList(content)

    def format(self, document: pdfdoc.PDFDocument) -> bytes:
        changed = self.XObjects or self.Annots or self.Resources or self.Contents or self.BBox or self.Matrix
        if changed or not self.compression:  # (an uncompressed form takes the document's filters)
            return super().format(document)  # ReportLab's own way
        content = pdfdoc.PDFZCompress.encode(self.stream)
        filters = [name(pdfdoc.PDFZCompress.pdfname)]
        if rl_config.useA85:
            content = pdfdoc.PDFBase85Encode.encode(content)
            filters.insert(0, name(pdfdoc.PDFBase85Encode.pdfname))
        content = pdfdoc.pdfdocEnc(document.encrypt.encode(content))  # (ASCII85 gives text)
        resources = {"Font": _FONTS.format(document), "ProcSet": _PROCS}
        entries = {
            "BBox": array([number(v) for v in (self.lowerx, self.lowery, self.upperx, self.uppery)]),
            "FormType": b"1",
            "Length": b"%d" % len(content),
            "Matrix": b"[ 1 0 0 1 0 0 ]",
            "Resources": dictionary(resources),
            "Subtype": b"/Form",
            "Type": b"/XObject",
        }
        entries["Filter"] = array(filters)
        return dictionary(entries) + b"\nstream\n" + content + b"endstream\n"
