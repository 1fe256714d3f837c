"""Help ▸ Guides: the facilitator's and the consultant's guide, read in the app, offline.

The guides are the Markdown files in ``docs/guides`` (bundled into the package as
``resources/guides``), shown by Qt's own Markdown reader with their screenshots.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QTextCursor, QTextDocument
from PySide6.QtWidgets import QDialog, QTextBrowser, QVBoxLayout, QWidget

from jmdesigner.canvas.icons import app_icon
from jmdesigner.i18n import translate
from jmdesigner.ui.guide_files import GUIDES, MENU_TEXTS, guide_path

__all__ = ["GUIDES", "IMAGE_WIDTH", "MENU_TEXTS", "GuideWindow", "fit_images", "guide_path"]

IMAGE_WIDTH = 800  # the guide screenshots are saved at this width; anything wider is scaled to it


def fit_images(browser: QTextBrowser, width: int) -> None:
    """Scale every picture wider than ``width`` down to it (Markdown has no size for images)."""
    doc = browser.document()
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fmt.isImageFormat():
                image_fmt = fmt.toImageFormat()
                image = doc.resource(QTextDocument.ResourceType.ImageResource, QUrl(image_fmt.name()))
                size = image.size() if image is not None else None
                if size is not None and size.width() > width:
                    image_fmt.setWidth(width)
                    image_fmt.setHeight(size.height() * width / size.width())
                    cursor = QTextCursor(doc)
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(
                        fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
                    )
                    cursor.setCharFormat(image_fmt)
            it += 1
        block = block.next()


class GuideWindow(QDialog):
    """One guide in a reader window; links to other guides open here, web links in the browser."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = translate("Guides", GUIDES[key][0])
        self.setWindowTitle(title)
        self.setWindowIcon(app_icon())
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(True)
        self.browser.setOpenExternalLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        path = guide_path(key)
        if path is None:
            self.browser.setPlainText(
                translate("Guides", "{title} is not installed with this copy of jmdesigner.").format(
                    title=title
                )
            )
        else:
            self.browser.setSource(QUrl.fromLocalFile(str(path)))
            fit_images(self.browser, IMAGE_WIDTH)
        self.browser.setAccessibleName(title)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        self.resize(860, 760)

    def _follow(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https"):
            self.browser.setSource(self.browser.source())  # stay on the guide
            QDesktopServices.openUrl(url)
