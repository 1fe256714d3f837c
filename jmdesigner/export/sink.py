"""Pages of a ReportLab document, started one at a time, with bookmarks and progress."""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from contextlib import contextmanager

from reportlab import rl_config
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen.canvas import Canvas

from jmdesigner import __version__
from jmdesigner.errors import JmError
from jmdesigner.export.options import Progress
from jmdesigner.export.pdf_objects import Preformatted, dictionary
from jmdesigner.export.pdf_surface import PdfSurface
from jmdesigner.i18n import translate


@contextmanager
def binary_streams() -> Iterator[None]:
    """Compressed streams written as bytes, not also wrapped in ASCII85 (ReportLab's default).

    ASCII85 only matters for 7-bit channels; it makes the file a quarter larger and, without
    ReportLab's optional C accelerator, costs a pure-Python pass over every compressed byte.
    ReportLab reads the setting while it saves, so the whole export runs inside this.
    """
    old = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = old


class TextlessCanvas(Canvas):
    """ReportLab's canvas without the initial font it sets at the top of every page.

    Every text run names its own embedded face (``pdf_fonts``), so a page needs no initial font;
    ReportLab's default one is an unembedded Helvetica, and avoiding it by registering a TrueType
    face costs a parse of the whole file in every export.
    """

    def _make_preamble(self) -> None:
        # ReportLab's preamble (the page's orientation and initial colours), minus its ``Tf``.
        ops = ["1 0 0 1 0 0 cm" if self.bottomup else f"1 0 0 -1 0 {fp_str(self._pagesize[1])} cm"]
        code = self._code
        n = len(code)
        if self._fillColorObj != (0, 0, 0):
            self.setFillColor(self._fillColorObj)
        if self._strokeColorObj != (0, 0, 0):
            self.setStrokeColor(self._strokeColorObj)
        ops.append(" ".join(code[n:]))
        del code[n:]
        self._preamble = " ".join(ops)

    def _setXObjects(self, thing: object) -> None:
        """The page's forms by name, written ahead (``pdf_objects``: a map page places dozens)."""
        doc = self._doc
        numbers = doc.idToObjectNumberAndVersion
        named = {pdfdoc.xObjectName(form) for form in self._formsinuse}
        if not named or not named <= numbers.keys():  # (none, or one defined later: ReportLab's way)
            super()._setXObjects(thing)
            return
        entries = {key: b"%d %d R" % numbers[key] for key in named}
        thing.XObjects = Preformatted(dictionary(entries))  # type: ignore[attr-defined]


class PdfSink:
    """Owns the canvas: ``page()`` closes the previous page and opens the next."""

    def __init__(
        self,
        title: str,
        author: str,
        subject: str,
        progress: Progress | None,
        total: int,
        lang: str = "",
    ) -> None:
        self.buffer = io.BytesIO()
        # Dated now; with SOURCE_DATE_EPOCH set (reproducible builds, tests) dated then and with a
        # fixed file identifier, so the same document gives the same bytes.
        epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
        if epoch and not epoch.isdigit():
            said = translate(
                "Pdf",
                "SOURCE_DATE_EPOCH must be a whole number of seconds since 1970 (it is “{epoch}”); "
                "unset it to date the PDF now.",
            )
            raise JmError(said.format(epoch=epoch))
        reproducible = bool(epoch)
        self.c = TextlessCanvas(
            self.buffer,
            pageCompression=1,
            invariant=1 if reproducible else 0,
            lang=lang or None,
        )
        self.c.setTitle(title)
        self.c.setAuthor(author)  # empty rather than a made-up name when nobody was given
        self.c.setSubject(subject)
        self.c.setCreator(f"jmdesigner {__version__}")
        self.c.setKeywords("customer journey map")
        self.c.showOutline()
        self.pages = 0
        self.total = total
        self.progress = progress
        self._open = False
        self._keys = 0

    def page(self, width: float, height: float, what: str = "") -> PdfSurface:
        if self._open:
            self.c.showPage()
        if self.progress is not None:
            self.progress(self.pages, max(self.total, self.pages + 1), what)
        self.pages += 1
        self._open = True
        self.c.setPageSize((width, height))
        return PdfSurface(self.c, height)

    def bookmark(self, title: str, level: int) -> None:
        """An outline entry pointing at the current page."""
        self._keys += 1
        key = f"b{self._keys}"
        self.c.bookmarkPage(key)
        self.c.addOutlineEntry(title, key, level=level, closed=False)

    def finish(self) -> bytes:
        if self._open:
            self.c.showPage()
        self.c.save()
        if self.progress is not None:
            self.progress(self.pages, self.pages, "done")
        return self.buffer.getvalue()
