"""Importing a map from another format in the app: File ▸ Import…, a dropped file, a pasted journey.

Every way in reads through ``interchange.formats`` and shows a preview first: what will be
created (stages, cards per lane, personas, curves) and the notes on what was adapted; or
every problem, by line or place, with Import disabled. Importing is one undo step.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from jmdesigner.errors import JmError
from jmdesigner.i18n import localized, translate
from jmdesigner.interchange.formats import Format, formats, read_file, read_text
from jmdesigner.interchange.imported import Imported
from jmdesigner.interchange.problems import ImportProblems
from jmdesigner.interchange.table_reader import TABLE_SUFFIXES
from jmdesigner.model import Document, LaneKind, UndoStack, commands

Reader = Callable[[], tuple[Format, Imported]]
MAX_PREVIEW_LINES = 400


def file_filter() -> str:
    readable = [f for f in formats() if f.read]
    suffixes = [*("*" + s for f in readable for s in f.suffixes), *("*" + s for s in TABLE_SUFFIXES)]
    every = " ".join(dict.fromkeys(suffixes))
    spreadsheets = translate("MapImport", "Spreadsheets ({patterns})").format(
        patterns=" ".join("*" + s for s in TABLE_SUFFIXES)
    )
    each = dict.fromkeys(f.file_filter for f in readable)
    journeys = translate("MapImport", "Journeys and spreadsheets ({patterns})").format(patterns=every)
    return ";;".join([journeys, *each, spreadsheets, translate("MapImport", "All files (*)")])


def importable(path: Path) -> bool:
    """A file File ▸ Import… takes by its name (a .json is checked by its content when read)."""
    return is_spreadsheet(path) or any(path.suffix.lower() in f.suffixes for f in formats() if f.read)


def is_journey_file(path: Path) -> bool:
    """A file to import rather than open: one File ▸ Import… takes by its name that is not a
    jmdesigner file by its content (a .jmap renamed .json is still opened)."""
    from jmdesigner.storage.header import SQLITE_MAGIC

    if not importable(path):
        return False
    try:
        with path.open("rb") as f:
            return not f.read(len(SQLITE_MAGIC)).startswith(SQLITE_MAGIC)
    except OSError:
        return False  # opening it says why in one sentence


def is_spreadsheet(path: Path) -> bool:
    return path.suffix.lower() in TABLE_SUFFIXES


class ImportPreview(QDialog):
    """What an import will create, or why it cannot; Import adds the map as one undo step."""

    def __init__(self, parent: QWidget | None, source: str, read: Reader) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("MapImport", "Import {source}").format(source=source))
        self.setMinimumSize(560, 440)
        self.imported: Imported | None = None
        self.map_id: str | None = None
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        font = QFont(self.heading.font())
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.contents = QPlainTextEdit()
        self.contents.setReadOnly(True)
        self.contents.setAccessibleName(translate("MapImport", "What will be created"))
        layout.addWidget(self.contents, 1)
        self.notes = QListWidget()
        self.notes.setAccessibleName(translate("MapImport", "Notes and problems"))
        layout.addWidget(self.notes)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            translate("MapImport", "Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._read(source, read)

    def _read(self, source: str, read: Reader) -> None:
        try:
            fmt, imported = read()
        except ImportProblems as exc:
            self._refused(source, exc.problems)
            return
        except JmError as exc:
            self._refused(source, [str(exc)])
            return
        self.imported = imported
        b = imported.bundle
        self.heading.setText(
            translate("MapImport", "{format}: “{title}”").format(format=fmt.label, title=b.map.title)
        )
        self.summary.setText(
            translate("MapImport", "Will create a new map: {item}.").format(
                item=imported.summary().split(": ", 1)[1]
            )
        )
        self.contents.setPlainText(_outline(imported))
        for note in imported.notes:
            self.notes.addItem(translate("MapImport", "Note: {note}").format(note=note))
        self.notes.setVisible(bool(imported.notes))
        self.import_button.setDefault(True)

    def _refused(self, source: str, problems: list[str] | tuple[str, ...]) -> None:
        count = translate("MapImport", "%n problem(s)", None, len(problems))
        self.heading.setText(
            translate("MapImport", "{source} cannot be imported: {count}").format(source=source, count=count)
        )
        self.summary.setText(translate("MapImport", "Nothing will be created. Fix the source and try again."))
        self.contents.setVisible(False)
        self.notes.addItems(list(problems))
        self.import_button.setEnabled(False)

    def add_to(self, doc: Document, stack: UndoStack) -> str | None:
        """Push the import as one undo step; the new map's id."""
        if self.imported is None:
            return None
        before = {m.id for m in doc.maps()}
        stack.push(commands.add_map(self.imported.bundle_for(doc)))
        self.map_id = next((m.id for m in doc.maps() if m.id not in before), None)
        return self.map_id


def _outline(imported: Imported) -> str:
    """The map as an indented list: stages, their cards per lane, then the curves."""
    b = imported.bundle
    lines: list[str] = []
    lane_name = {lane.id: lane.name for lane in b.lanes}
    for stage in b.stages:
        lines.append(stage.name.replace("\n", " / "))
        for lane in b.lanes:
            for card in (c for c in b.cards if c.stage_id == stage.id and c.lane_id == lane.id):
                mark = " ★" if card.moment_of_truth else ""
                first = card.text.split("\n")[0] or translate("MapImport", "(empty card)")
                lines.append(f"    {lane_name[card.lane_id]}: {first}{mark}")
    curves = [lane for lane in b.lanes if lane.kind is LaneKind.EMOTIONS]
    if b.points:
        heading = (
            translate("MapImport", "Emotion curves (in “{lane}”), on a scale of {low}..{high}:")
            if curves
            else translate("MapImport", "Emotion curves, on a scale of {low}..{high}:")
        )
        lines.append(
            heading.format(lane=curves[0].name if curves else "", low=b.map.scale_min, high=b.map.scale_max)
        )
        stage_name = {s.id: s.name for s in b.stages}
        for persona in b.personas:
            points = [p for p in b.points if p.persona_id == persona.id]
            scores = ", ".join(f"{stage_name[p.stage_id]} {localized(p.score):g}" for p in points)
            lines.append(f"    {persona.name}: {scores}")
    if len(lines) > MAX_PREVIEW_LINES:
        more = translate("MapImport", "… and %n more line(s)", None, len(lines) - MAX_PREVIEW_LINES)
        lines = [*lines[:MAX_PREVIEW_LINES], more]
    return "\n".join(lines)


def run_import(parent: QWidget, doc: Document, stack: UndoStack, source: str, read: Reader) -> str | None:
    """Preview, and on Import add the map as one undo step; the new map's id, or None."""
    dialog = ImportPreview(parent, source, read)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.add_to(doc, stack)
        return None
    finally:
        dialog.deleteLater()


def import_file(parent: QWidget, doc: Document, stack: UndoStack, path: Path) -> str | None:
    return run_import(parent, doc, stack, path.name, lambda: read_file(path))


def import_text(parent: QWidget, doc: Document, stack: UndoStack, text: str) -> str | None:
    source = translate("MapImport", "The pasted text")
    return run_import(parent, doc, stack, source, lambda: read_text(text, source))


def choose_source(parent: QWidget, folder: Path) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent, translate("MapImport", "Import a journey"), str(folder), file_filter()
    )
    return Path(name) if name else None
