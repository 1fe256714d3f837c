"""The main window. For now it shows the open document as an outline; the canvas comes next."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QMainWindow, QTreeWidget, QTreeWidgetItem

from jmdesigner.model import Document
from jmdesigner.storage.jmapfile import JmapFile


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.jfile: JmapFile | None = None
        self.outline = QTreeWidget()
        self.outline.setHeaderLabels(["Map"])
        self.outline.setAccessibleName("Document outline")
        self.setCentralWidget(self.outline)
        self.status = QLabel("No file open")
        self.statusBar().addPermanentWidget(self.status)
        self.setWindowTitle("jmdesigner")
        self.resize(1200, 800)

    def open_file(self, path: Path) -> None:
        jfile = JmapFile.open(path)
        if self.jfile is not None:
            self.jfile.close()
        self.jfile = jfile
        suffix = f" (read-only: {jfile.read_only_reason})" if jfile.read_only else ""
        self.setWindowTitle(f"{path.name}{suffix} — jmdesigner")
        self.status.setText("Read-only" if jfile.read_only else "All changes saved")
        self._fill(jfile.document)

    def _fill(self, doc: Document) -> None:
        self.outline.clear()
        for jmap in doc.maps():
            top = QTreeWidgetItem([jmap.title])
            self.outline.addTopLevelItem(top)
            lanes = doc.lanes(jmap.id)
            for stage in doc.stages(jmap.id):
                stage_item = QTreeWidgetItem([stage.name])
                top.addChild(stage_item)
                for lane in lanes:
                    cards = doc.cards_in(stage.id, lane.id)
                    if cards:
                        lane_item = QTreeWidgetItem([f"{lane.name} ({len(cards)})"])
                        stage_item.addChild(lane_item)
                        for card in cards:
                            lane_item.addChild(QTreeWidgetItem([card.text.splitlines()[0] if card.text else "—"]))
            top.setExpanded(True)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.jfile is not None:
            self.jfile.close()
            self.jfile = None
        super().closeEvent(event)
