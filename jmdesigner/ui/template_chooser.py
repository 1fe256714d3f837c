"""New map: pick a template by its picture, name the map."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jmdesigner.canvas.scene import MapScene
from jmdesigner.i18n import translate
from jmdesigner.model import Document, MapBundle, add_bundle
from jmdesigner.templates import load_template, templates

PREVIEW = QSize(240, 150)


def map_preview(bundle: MapBundle, size: QSize = PREVIEW) -> QPixmap:
    """The map drawn by the real canvas, scaled into ``size``: what the user will get."""
    doc = Document()
    with doc.loading():
        jmap = add_bundle(doc, bundle)
    scene = MapScene(doc, jmap.id)
    pixmap = QPixmap(size)
    pixmap.fill(QColor("#ffffff"))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    b = scene.geom.bounds
    scene.render(painter, QRectF(4, 4, size.width() - 8, size.height() - 8), QRectF(b.x, b.y, b.w, b.h))
    painter.end()
    scene.detach()
    return pixmap


class TemplateChooser(QDialog):
    def __init__(self, parent: QWidget | None = None, *, title: str = "", ask_title: bool = True) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("TemplateChooser", "New map"))
        self.list = QListWidget()
        self.list.setAccessibleName(translate("TemplateChooser", "Templates"))
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(PREVIEW)
        self.list.setGridSize(QSize(PREVIEW.width() + 24, PREVIEW.height() + 48))
        self.list.setMovement(QListView.Movement.Static)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setWordWrap(True)
        self.list.setMinimumSize(3 * (PREVIEW.width() + 24) + 24, 2 * (PREVIEW.height() + 48) + 16)
        for info in templates():
            item = QListWidgetItem(QIcon(map_preview(load_template(info.name))), info.label)
            item.setData(Qt.ItemDataRole.UserRole, info.name)
            item.setToolTip(info.summary)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, info.summary)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.list.currentItemChanged.connect(
            lambda item, _: self.summary.setText(item.toolTip() if item else "")
        )
        self.summary.setText(self.list.currentItem().toolTip())
        self.title = QLineEdit(title)
        self.title.setPlaceholderText(translate("TemplateChooser", "the template's name"))
        self.title.setAccessibleName(translate("TemplateChooser", "Map title"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("TemplateChooser", "Create"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("TemplateChooser", "Start from a template:")))
        layout.addWidget(self.list)
        layout.addWidget(self.summary)
        form = QFormLayout()
        form.addRow(translate("TemplateChooser", "Map &title:"), self.title)
        if ask_title:
            layout.addLayout(form)
        else:
            self.title.hide()
        layout.addWidget(buttons)
        self._ask_title = ask_title

    def showEvent(self, event: QShowEvent) -> None:
        """The title is what people type first ("New map", type a name, Enter): focus starts there."""
        super().showEvent(event)
        if self._ask_title:
            self.title.setFocus(Qt.FocusReason.OtherFocusReason)
            self.title.selectAll()

    def template_name(self) -> str:
        return str(self.list.currentItem().data(Qt.ItemDataRole.UserRole))

    def bundle(self) -> MapBundle:
        bundle = load_template(self.template_name())
        title = self.title.text().strip()
        return replace(bundle, map=replace(bundle.map, title=title)) if title else bundle


def choose_template(parent: QWidget | None) -> MapBundle | None:
    dialog = TemplateChooser(parent)
    return dialog.bundle() if dialog.exec() == QDialog.DialogCode.Accepted else None
