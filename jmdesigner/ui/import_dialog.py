"""The spreadsheet import dialog: pick a file, check the preview and columns, read the report, import.

All the deciding is done by ``tabular_import.plan_import``; the dialog only gathers the
options, shows the plan's report (what will be created, or each bad row) and keeps Import
disabled while the plan has errors. Importing pushes the plan as one undo step.

Wire it with ``open_import_dialog(window, document, stack, current_map_id)``; it returns
the id of the map imported into, or None if the user cancelled.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jmdesigner.errors import JmError
from jmdesigner.i18n import N_, translate
from jmdesigner.interchange import long_layout, survey
from jmdesigner.interchange.column_fields import field_label
from jmdesigner.interchange.table_reader import ENCODINGS, XLSX_SUFFIXES, Table, read_table
from jmdesigner.interchange.tabular_import import ImportOptions, ImportPlan, Layout, guess_layout, plan_import
from jmdesigner.model import Document, UndoStack
from jmdesigner.ui.plain_text import plain_tooltip

PREVIEW_ROWS = 8
NOT_IMPORTED = N_("ImportDialog", "(not imported)")
LAYOUTS = (
    (Layout.LONG, N_("ImportDialog", "One row per card (long)")),
    (Layout.WIDE, N_("ImportDialog", "Stages as columns, lanes as rows (wide)")),
    (Layout.EMOTIONS, N_("ImportDialog", "Survey scores → emotion curves")),
)
SCALES = (
    ("", N_("ImportDialog", "Already on the map's scale")),
    *((s, s) for s in survey.PRESETS if s != "nps"),
    ("nps", N_("ImportDialog", "NPS (0–10)")),
)
FILE_FILTER = N_("ImportDialog", "Spreadsheets (*.csv *.tsv *.txt *.xlsx *.xlsm);;All files (*)")


class ImportDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        document: Document,
        stack: UndoStack,
        map_id: str | None,
        folder: Path | None = None,
    ) -> None:
        """``folder``: where Choose… starts (the window's folder; None: the documents folder)."""
        super().__init__(parent)
        self.folder = folder
        self.setWindowTitle(translate("ImportDialog", "Import from a spreadsheet"))
        self.document, self.stack, self.current_map_id = document, stack, map_id
        self.table: Table | None = None
        self.plan: ImportPlan | None = None
        self.imported_map_id: str | None = None
        self._build()
        self.resize(820, 640)

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        self.path_edit = QLineEdit(
            readOnly=True, placeholderText=translate("ImportDialog", "Choose a .csv or .xlsx file")
        )
        self.choose_button = QPushButton(translate("ImportDialog", "Choose…"))
        self.choose_button.clicked.connect(self._choose)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.choose_button)

        self.layout_combo = QComboBox()
        for layout, label in LAYOUTS:
            self.layout_combo.addItem(translate("ImportDialog", label), layout)
        self.scale_combo = QComboBox()
        for value, label in SCALES:
            self.scale_combo.addItem(translate("ImportDialog", label), value)
        self.target_combo = QComboBox()
        self.target_combo.addItem(translate("ImportDialog", "A new map"), None)
        for jmap in self.document.maps():
            self.target_combo.addItem(
                translate("ImportDialog", "The map “{title}”").format(title=jmap.title), jmap.id
            )

        self.encoding_combo = QComboBox()
        for label, codec in ENCODINGS.items():
            self.encoding_combo.addItem(label, codec)
        self.encoding_note = QLabel()
        encoding_row = QHBoxLayout()
        encoding_row.addWidget(self.encoding_combo)
        encoding_row.addWidget(self.encoding_note, 1)

        form = QFormLayout()
        form.addRow(translate("ImportDialog", "File:"), file_row)
        self.encoding_label = QLabel(translate("ImportDialog", "Text encoding:"))
        form.addRow(self.encoding_label, encoding_row)
        form.addRow(translate("ImportDialog", "Layout:"), self.layout_combo)
        self.scale_label = QLabel(translate("ImportDialog", "Scores are on:"))
        form.addRow(self.scale_label, self.scale_combo)
        form.addRow(translate("ImportDialog", "Import into:"), self.target_combo)

        self.columns_box = QGroupBox(translate("ImportDialog", "Columns"))
        self.columns_form = QFormLayout(self.columns_box)
        self.column_combos: dict[str, QComboBox] = {}

        self.preview = QTableWidget(0, 0)
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.preview.setWordWrap(False)
        preview_box = QGroupBox(
            translate(
                "ImportDialog", "Preview (first {PREVIEW_ROWS} rows; numbers are spreadsheet rows)"
            ).format(PREVIEW_ROWS=PREVIEW_ROWS)
        )
        QVBoxLayout(preview_box).addWidget(self.preview)

        self.summary = QLabel(wordWrap=True)
        bold = QFont(self.summary.font())
        bold.setBold(True)
        self.summary.setFont(bold)
        self.report = QPlainTextEdit(readOnly=True)
        self.report.setMaximumHeight(110)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            translate("ImportDialog", "Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self._import)
        self.buttons.rejected.connect(self.reject)

        middle = QHBoxLayout()
        middle.addWidget(self.columns_box)
        middle.addWidget(preview_box, 1)
        root = QVBoxLayout(self)
        root.addLayout(form)
        root.addLayout(middle, 1)
        root.addWidget(self.summary)
        root.addWidget(self.report)
        root.addWidget(self.buttons)
        # Enter imports: set once the button is in the dialog (before, Qt gave "Choose…" the
        # default, and Enter after reading the preview opened a file chooser instead).
        self.import_button.setDefault(True)

        self.encoding_combo.activated.connect(self._encoding_chosen)
        self._show_encoding(None)
        self.layout_combo.currentIndexChanged.connect(self._layout_changed)
        self.scale_combo.currentIndexChanged.connect(self._refresh)
        self.target_combo.currentIndexChanged.connect(self._refresh)
        self._layout_changed()

    # ------------------------------------------------------------------ actions
    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("ImportDialog", "Import from a spreadsheet"),
            str(self._start_folder()),
            translate("ImportDialog", FILE_FILTER),
        )
        if path:
            self.set_source(Path(path))

    def _start_folder(self) -> Path:
        """The chosen file's folder, else the window's, else the documents folder."""
        typed = self.path_edit.text().strip()
        if typed and Path(typed).parent.is_dir():
            return Path(typed).parent
        if self.folder is not None:
            return self.folder
        from jmdesigner.ui.folders import documents_folder

        return documents_folder()

    def set_source(self, path: Path) -> None:
        """Read a file and guess its layout and columns; a file that cannot be read is reported."""
        self.path_edit.setText(str(path))
        if not self._read(path, None):
            return
        self.set_layout(self._guess_layout(self.table))  # type: ignore[arg-type]
        if self.chosen_layout() is Layout.EMOTIONS and self.current_map_id is not None:
            self.set_target(self.current_map_id)  # scores usually belong on the map being looked at

    def _read(self, path: Path, encoding: str | None) -> bool:
        try:
            self.table = read_table(path, encoding)
        except JmError as exc:
            self.table = None
            self._fill_preview()
            self._show_encoding(None)
            self._show(None, [str(exc)])
            return False
        self._fill_preview()
        self._show_encoding(path, guessed=encoding is None)
        return True

    def _show_encoding(self, path: Path | None, guessed: bool = False) -> None:
        """A CSV's encoding, as guessed (or chosen); the user may pick another and see the preview change."""
        shown = path is not None and self.table is not None and path.suffix.lower() not in XLSX_SUFFIXES
        for widget in (self.encoding_label, self.encoding_combo, self.encoding_note):
            widget.setVisible(shown)
        if shown:
            self.encoding_combo.setCurrentIndex(max(0, self.encoding_combo.findText(self.table.encoding)))  # type: ignore[union-attr]
            self.encoding_note.setText(
                translate("ImportDialog", "guessed from the file; change it if the preview looks wrong")
                if guessed
                else ""
            )

    def set_encoding(self, codec: str) -> None:
        """Read the file again with ``codec`` (a value of ``ENCODINGS``), as choosing it in the list does."""
        self.encoding_combo.setCurrentIndex(self.encoding_combo.findData(codec))
        self._encoding_chosen()

    def _encoding_chosen(self) -> None:
        if self.table is None or not self.path_edit.text():
            return
        if self._read(Path(self.path_edit.text()), self.encoding_combo.currentData()):
            self._layout_changed()

    def set_layout(self, layout: Layout) -> None:
        self.layout_combo.setCurrentIndex(self.layout_combo.findData(layout))
        self._layout_changed()

    def set_target(self, map_id: str | None) -> None:
        self.target_combo.setCurrentIndex(max(0, self.target_combo.findData(map_id)))

    def set_scale(self, value: str) -> None:
        self.scale_combo.setCurrentIndex(self.scale_combo.findData(value))

    def chosen_layout(self) -> Layout:
        return Layout(self.layout_combo.currentData())

    def _guess_layout(self, table: Table) -> Layout:
        return guess_layout(table)

    def _layout_changed(self) -> None:
        layout = self.chosen_layout()
        emotions = layout is Layout.EMOTIONS
        self.scale_label.setVisible(emotions)
        self.scale_combo.setVisible(emotions)
        self._build_column_combos(layout)
        self._refresh()

    def _build_column_combos(self, layout: Layout) -> None:
        while self.columns_form.rowCount():
            self.columns_form.removeRow(0)
        self.column_combos = {}
        self.columns_box.setVisible(layout is not Layout.WIDE)
        if layout is Layout.WIDE:
            return
        fields = survey.FIELDS if layout is Layout.EMOTIONS else long_layout.FIELDS
        required = survey.FIELDS if layout is Layout.EMOTIONS else long_layout.REQUIRED
        header = self.table.header if self.table else ()
        guessed = (
            (survey.guess(self.table) if layout is Layout.EMOTIONS else long_layout.guess(self.table))
            if self.table
            else {}
        )
        for name in fields:
            combo = QComboBox()
            combo.addItem(translate("ImportDialog", NOT_IMPORTED), None)
            for i, title in enumerate(header):
                combo.addItem(title or translate("ImportDialog", "(column {number})").format(number=i + 1), i)
            found = guessed.get(name)
            combo.setCurrentIndex(0 if found is None else found + 1)
            combo.currentIndexChanged.connect(self._refresh)
            field = field_label(name)
            if name in required:
                label = translate("ImportDialog", "{field} *:", "a column the import needs").format(
                    field=field
                )
            else:
                label = translate("ImportDialog", "{field}:").format(field=field)
            self.columns_form.addRow(label, combo)
            self.column_combos[name] = combo

    def set_column(self, field: str, header: str | None) -> None:
        combo = self.column_combos[field]
        combo.setCurrentIndex(0 if header is None else combo.findText(header))

    def _options(self) -> ImportOptions:
        layout = self.chosen_layout()
        scale_text = self.scale_combo.currentData()
        return ImportOptions(
            layout=layout,
            target_map_id=self.target_combo.currentData(),
            columns={f: c.currentData() for f, c in self.column_combos.items()}
            if self.column_combos
            else None,
            scale=survey.parse_scale(scale_text) if layout is Layout.EMOTIONS and scale_text else None,
        )

    def _refresh(self) -> None:
        if self.table is None:
            self.plan = None
            self._show(None, [] if not self.path_edit.text() else None)
            return
        self.plan = plan_import(self.document, self.table, self._options())
        self._show(self.plan, None)

    def _show(self, plan: ImportPlan | None, errors: list[str] | None) -> None:
        if plan is None:
            self.summary.setText(
                translate("ImportDialog", "Choose a file to import.")
                if not errors
                else translate("ImportDialog", "This file cannot be imported.")
            )
            self.summary.setStyleSheet("color: #a4262c;" if errors else "")
            self.report.setPlainText("\n".join(errors or []))
        elif plan.errors:
            self.summary.setText(
                translate(
                    "ImportDialog",
                    "%n row(s) with problems; fix them in the file and choose it again.",
                    None,
                    len(plan.errors),
                )
            )
            self.summary.setStyleSheet("color: #a4262c;")
            self.report.setPlainText("\n".join(plan.error_lines()))
        else:
            self.summary.setText(plan.summary())
            self.summary.setStyleSheet("")
            self.report.setPlainText("\n".join(plan.warnings))
        self.import_button.setEnabled(plan is not None and plan.ok)

    def _fill_preview(self) -> None:
        table = self.table
        self.preview.clear()
        if table is None:
            self.preview.setRowCount(0)
            self.preview.setColumnCount(0)
            return
        rows = table.rows[:PREVIEW_ROWS]
        columns = max([len(table.header), *(len(r.cells) for r in rows)])
        self.preview.setColumnCount(columns)
        self.preview.setRowCount(len(rows))
        self.preview.setHorizontalHeaderLabels([*table.header, *[""] * (columns - len(table.header))])
        self.preview.setVerticalHeaderLabels([str(r.number) for r in rows])
        for r, row in enumerate(rows):
            for c, text in enumerate(row.cells):
                item = QTableWidgetItem(text.replace("\n", " ⏎ "))
                item.setToolTip(plain_tooltip(text))
                self.preview.setItem(r, c, item)
        self.preview.resizeColumnsToContents()
        for c in range(columns):
            self.preview.setColumnWidth(c, min(self.preview.columnWidth(c), 220))

    def _import(self) -> None:
        if self.plan is None or not self.plan.ok:
            return
        try:
            self.imported_map_id = self.plan.apply(self.stack)
        except JmError as exc:
            self._show(None, [str(exc)])
            return
        self.accept()


def open_import_dialog(
    parent: QWidget | None,
    document: Document,
    stack: UndoStack,
    map_id: str | None,
    source: Path | None = None,
    folder: Path | None = None,
) -> str | None:
    """Run the dialog modally; the id of the map imported into, or None when cancelled.
    ``folder``: where its Choose… starts when no file is chosen yet."""
    dialog = ImportDialog(parent, document, stack, map_id, folder)
    if source is not None:
        dialog.set_source(source)
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.imported_map_id if accepted else None
    finally:
        dialog.deleteLater()
