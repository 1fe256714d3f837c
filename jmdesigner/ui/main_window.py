"""The main window: the canvas of the file's first map (an outline when it has none), undo and redo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QTreeWidget, QTreeWidgetItem

from jmdesigner.canvas import MapView
from jmdesigner.canvas.palette import PaletteDock
from jmdesigner.model import Document, UndoStack
from jmdesigner.storage.jmapfile import JmapFile


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.jfile: JmapFile | None = None
        self.outline = QTreeWidget()
        self.outline.setHeaderLabels(["Map"])
        self.outline.setAccessibleName("Document outline")
        self.setCentralWidget(self.outline)
        self.stack: UndoStack | None = None  # one undo history per open file
        self.view: MapView | None = None
        self.palette = PaletteDock(self)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.palette)
        self.undo_action = QAction("Undo", self, shortcut=QKeySequence.StandardKey.Undo)
        self.redo_action = QAction("Redo", self, shortcut=QKeySequence("Ctrl+Shift+Z"))
        self.undo_action.triggered.connect(self.undo)
        self.redo_action.triggered.connect(self.redo)
        edit_menu = self.menuBar().addMenu("&Edit")
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        self.status = QLabel("No file open")
        self.statusBar().addPermanentWidget(self.status)
        self.setWindowTitle("jmdesigner")
        self.resize(1200, 800)

    def open_file(self, path: Path) -> None:
        jfile = JmapFile.open(path)
        self._close_view()
        if self.jfile is not None:
            self.jfile.close()
        self.jfile = jfile
        self.stack = UndoStack(jfile.document)
        self.stack.add_listener(self._update_undo_actions)
        self._update_undo_actions()
        suffix = f" (read-only: {jfile.read_only_reason})" if jfile.read_only else ""
        self.setWindowTitle(f"{path.name}{suffix} — jmdesigner")
        self.status.setText("Read-only" if jfile.read_only else "All changes saved")
        self._fill(jfile.document)
        maps = jfile.document.maps()
        if maps:
            self.view = MapView(jfile.document, maps[0].id, self.stack)
            self.view.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
            self.setCentralWidget(self.view)  # the outline is kept for files without maps
            self.view.setFocus()

    def _close_view(self) -> None:
        if self.view is not None:
            self.view.close_view()
            self.outline = QTreeWidget()
            self.outline.setHeaderLabels(["Map"])
            self.outline.setAccessibleName("Document outline")
            self.setCentralWidget(self.outline)  # deletes the old view
            self.view = None

    def undo(self) -> None:
        if self.view is not None:
            self.view.undo()  # restores the selection too
        elif self.stack is not None:
            self.stack.undo()

    def redo(self) -> None:
        if self.view is not None:
            self.view.redo()
        elif self.stack is not None:
            self.stack.redo()

    def _update_undo_actions(self) -> None:
        stack = self.stack
        self.undo_action.setEnabled(bool(stack and stack.can_undo))
        self.redo_action.setEnabled(bool(stack and stack.can_redo))
        self.undo_action.setText(f"Undo {stack.undo_label}" if stack and stack.can_undo else "Undo")
        self.redo_action.setText(f"Redo {stack.redo_label}" if stack and stack.can_redo else "Redo")

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
                            lane_item.addChild(
                                QTreeWidgetItem([card.text.splitlines()[0] if card.text else "—"])
                            )
            top.setExpanded(True)

    def closeEvent(self, event) -> None:
        self._close_view()
        if self.jfile is not None:
            self.jfile.close()
            self.jfile = None
        super().closeEvent(event)
