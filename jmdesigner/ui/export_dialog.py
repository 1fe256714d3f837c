"""File ▸ Export…: PDF, PNG, SVG or a spreadsheet of a map, with a progress bar and one click to open
the result.

The export runs in the GUI thread and lets Qt handle events between pages, so the window
stays responsive without a second thread reading the document while it could change.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from jmdesigner.errors import JmError
from jmdesigner.export.options import ExportOptions, deck_title
from jmdesigner.export.pages import MIN_TEXT_PT, PAGE_SIZES, shown_pt
from jmdesigner.fileio import file_name_for, write_bytes_atomically, write_text_atomically
from jmdesigner.i18n import N_, localized, translate
from jmdesigner.model.document import Document
from jmdesigner.ui.settings import AppSettings

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent

    from jmdesigner.export.legibility import CompareLegibility, Legibility
    from jmdesigner.layout import MapGeometry

FORMATS = (
    (N_("ExportDialog", "PDF document"), ".pdf"),
    (N_("ExportDialog", "PNG image"), ".png"),
    (N_("ExportDialog", "SVG drawing"), ".svg"),
    (N_("ExportDialog", "Excel workbook (XLSX)"), ".xlsx"),
    (N_("ExportDialog", "CSV spreadsheet"), ".csv"),
)
SPREADSHEETS = (".xlsx", ".csv")  # written by ``interchange.table_writer.write_table``, as File ▸ Export
# Map as Spreadsheet… writes them
TABLE_LAYOUTS = (
    (N_("ExportDialog", "One row per card"), "long"),
    (N_("ExportDialog", "Stages × lanes grid"), "wide"),
)
MODES = (
    (N_("ExportDialog", "Fit on one page"), "fit"),
    (N_("ExportDialog", "Poster tiles"), "tile"),
    (N_("ExportDialog", "One large page (plotter)"), "plotter"),
)
ALL_MAPS = ""


class ExportDialog(QDialog):
    def __init__(self, parent: QWidget | None, path: Path, document: Document, map_id: str | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ExportDialog", "Export"))
        self.doc = document
        self.result_path: Path | None = None
        self.warnings: list[str] = []
        self.format = QComboBox()
        for label, suffix in FORMATS:
            self.format.addItem(translate("ExportDialog", label), suffix)
        self.map = QComboBox()
        for m in document.maps():
            self.map.addItem(m.title, m.id)
        self.map.addItem(translate("ExportDialog", "All maps (PDF)"), ALL_MAPS)
        if map_id is not None:
            self.map.setCurrentIndex(max(0, self.map.findData(map_id)))
        self.page = QComboBox()
        self.page.addItems(list(PAGE_SIZES))
        self.page.setCurrentText("A3")
        self.orientation = QComboBox()
        self.orientation.addItems(
            [translate("ExportDialog", "Landscape"), translate("ExportDialog", "Portrait")]
        )
        # Until the user chooses one, the orientation follows the maps' shape (upright for a map
        # taller than wide), as the command line's does: ``export.pages.suits_landscape``.
        self.orientation_chosen = False
        # (connected before the preview: a change not made by ``_follow_shape``, which blocks the
        # signal, is the user's choice, kept from then on)
        self.orientation.currentIndexChanged.connect(self._orientation_chosen)
        self.orientation.setToolTip(
            translate("ExportDialog", "Set to suit the map's shape until you choose one")
        )
        self.mode = QComboBox()
        for label, mode in MODES:
            self.mode.addItem(translate("ExportDialog", label), mode)
        self.overlap = _spin(0, 100, 10, translate("ExportDialog", " mm"))
        self.scale = _spin(0.1, 10, 1.0, " ×", step=0.1)
        self.dpi = _spin(10, 1200, 150, translate("ExportDialog", " dpi"), step=10)
        self.table_layout = QComboBox()
        for label, layout in TABLE_LAYOUTS:
            self.table_layout.addItem(translate("ExportDialog", label), layout)
        # What the chosen pages make of the card text, before anything is exported; when a fitted map
        # would print it too small to read, the two ways to print it readable, one click each.
        self.legibility_icon = QLabel()
        self.legibility_icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(16, 16)
        )
        self.legibility_note = QLabel()
        self.legibility_note.setWordWrap(True)
        self.larger_button = QPushButton()
        self.larger_button.clicked.connect(self._use_larger_page)
        self.tiles_button = QPushButton()
        self.tiles_button.clicked.connect(self._use_tiles)
        self.legibility: Legibility | None = None
        self._geometries: dict[str, MapGeometry] = {}
        self._compared: dict[tuple[str, str], tuple[str, str, float, float]] = {}
        self.cover = QCheckBox(translate("ExportDialog", "Cover"))
        self.personas = QCheckBox(translate("ExportDialog", "Persona profiles"))
        self.summary = QCheckBox(translate("ExportDialog", "Summary of pain points and opportunities"))
        self.compare = QCheckBox(
            translate("ExportDialog", "Current vs future (each future-state map against the map it reworks)")
        )
        for box in (self.cover, self.personas, self.summary, self.compare):
            box.setChecked(True)
        # The cover's and the PDF's title: the map's own, "Customer journey maps" for all maps, unless
        # typed (not remembered: it names one deck, and another map's export would print it too).
        self.title = QLineEdit()
        self.client, self.author, self.version = QLineEdit(), QLineEdit(), QLineEdit()
        self.document_path = path
        self.settings = AppSettings()
        remembered = self.settings.export_details(path)  # not retyped for every export
        self.client.setText(remembered["client"])
        self.author.setText(remembered["author"])
        self.version.setText(remembered["version"])
        # The file proposed is named after the chosen map, in the folder last exported to: named
        # after the document whatever the map, a second map's export proposed the first one's file
        # and asked to replace it. A name the user typed or chose is kept for its map.
        self.folder = self.settings.export_folder() or path.parent
        self._named: dict[str, Path] = {}
        self.out = QLineEdit(str(self._proposed_path(".pdf")))
        self.out.textEdited.connect(self._name_typed)
        browse = QPushButton(translate("ExportDialog", "Choose…"))
        browse.clicked.connect(self._browse)
        self.progress = QProgressBar()
        self.progress.setValue(0)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(
            translate("ExportDialog", "Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.open_button = self.buttons.addButton(
            translate("ExportDialog", "Open"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button.setEnabled(False)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.clicked.connect(self.run_export)
        self.open_button.clicked.connect(self.open_result)
        self.buttons.rejected.connect(self.reject)
        self._build(browse)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.mode.currentIndexChanged.connect(self._sync_enabled)
        self.map.currentIndexChanged.connect(self._map_changed)
        for box in (self.page, self.orientation):
            box.currentIndexChanged.connect(self._preview)
        for spin in (self.scale, self.overlap):
            spin.valueChanged.connect(self._preview)
        self.compare.toggled.connect(self._preview)
        self._sync_enabled()

    def _build(self, browse: QPushButton) -> None:
        form = QFormLayout()
        form.addRow(translate("ExportDialog", "Format"), self.format)
        form.addRow(translate("ExportDialog", "Map"), self.map)
        where = QHBoxLayout()
        where.addWidget(self.out, 1)
        where.addWidget(browse)
        form.addRow(translate("ExportDialog", "Save as"), where)
        self.pdf_box = QGroupBox(translate("ExportDialog", "Pages"))
        pages = QFormLayout(self.pdf_box)
        pages.addRow(translate("ExportDialog", "Page size"), self.page)
        pages.addRow(translate("ExportDialog", "Orientation"), self.orientation)
        pages.addRow(translate("ExportDialog", "Layout"), self.mode)
        pages.addRow(translate("ExportDialog", "Tile overlap"), self.overlap)
        pages.addRow(translate("ExportDialog", "Scale (tiles, plotter)"), self.scale)
        note = QHBoxLayout()
        note.addWidget(self.legibility_icon, 0, Qt.AlignmentFlag.AlignTop)
        note.addWidget(self.legibility_note, 1)
        remedies = QHBoxLayout()
        remedies.addWidget(self.larger_button)
        remedies.addWidget(self.tiles_button)
        remedies.addStretch(1)
        preview = QVBoxLayout()
        preview.addLayout(note)
        preview.addLayout(remedies)
        pages.addRow(translate("ExportDialog", "Card text"), preview)
        extras = QVBoxLayout()
        for box in (self.cover, self.personas, self.summary, self.compare):
            extras.addWidget(box)
        pages.addRow(translate("ExportDialog", "Extra pages"), extras)
        pages.addRow(translate("ExportDialog", "Title"), self.title)
        pages.addRow(translate("ExportDialog", "Client"), self.client)
        pages.addRow(translate("ExportDialog", "Prepared by"), self.author)
        pages.addRow(translate("ExportDialog", "Version"), self.version)
        self.png_box = QGroupBox(translate("ExportDialog", "Image"))
        QFormLayout(self.png_box).addRow(translate("ExportDialog", "Resolution"), self.dpi)
        self.table_box = QGroupBox(translate("ExportDialog", "Spreadsheet"))
        QFormLayout(self.table_box).addRow(translate("ExportDialog", "Layout"), self.table_layout)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.pdf_box)
        layout.addWidget(self.png_box)
        layout.addWidget(self.table_box)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    # ------------------------------------------------------------ behaviour
    def suffix(self) -> str:
        return str(self.format.currentData())

    def _proposed_path(self, suffix: str) -> Path:
        """The chosen map's title made a file name (the document's name for all maps) in the folder
        last exported to; a name the user typed for this map instead."""
        chosen = self.map.currentData()
        if chosen in self._named:
            return _suffixed(self._named[chosen], suffix)
        if chosen == ALL_MAPS or chosen is None:
            return self.folder / file_name_for(self.document_path.stem, suffix)
        return self.folder / file_name_for(self.doc.map(chosen).title, suffix)

    def _name_typed(self, text: str) -> None:
        if text.strip():
            self._named[self.map.currentData()] = Path(text.strip()).expanduser()
        else:
            self._named.pop(self.map.currentData(), None)

    def _map_changed(self) -> None:
        self.out.setText(str(self._proposed_path(self.suffix())))
        self._sync_enabled()

    def _format_changed(self) -> None:
        out = Path(self.out.text() or "export")
        self.out.setText(str(_suffixed(out, self.suffix())))
        self._sync_enabled()
        self._fit_height()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():  # (not a window restored by the window manager: as it was)
            self._fit_height()  # (sized before it was shown, its word-wrapped rows measured no width)

    def _fit_height(self) -> None:
        """The dialog as tall as the chosen format's page needs, at the width it has: a layout grows
        a window for a taller page by itself, but never shrinks it, so the PDF page's height stayed
        for PNG's one row as an empty gap."""
        layout = self.layout()
        layout.activate()
        needed = self.heightForWidth(self.width())
        self.resize(self.width(), needed if needed > 0 else self.sizeHint().height())

    def _sync_enabled(self) -> None:
        pdf = self.suffix() == ".pdf"
        self.pdf_box.setVisible(pdf)
        self.png_box.setVisible(self.suffix() == ".png")
        self.table_box.setVisible(self.suffix() in SPREADSHEETS)
        mode = self.mode.currentData()
        self.overlap.setEnabled(mode == "tile")
        self.scale.setEnabled(mode != "fit")
        self.page.setEnabled(True)
        self.compare.setEnabled(bool(self.comparisons(checked_only=False)))
        self.title.setPlaceholderText(self._default_title())
        self._preview()

    def _default_title(self) -> str:
        """What the cover and the PDF's Title say when no title is typed (``export.pdf.deck_title``)."""
        chosen = self.map.currentData()
        maps = self.doc.maps() if chosen == ALL_MAPS else [m for m in self.doc.maps() if m.id == chosen]
        return deck_title(ExportOptions(), [m.title for m in maps]) if maps else ""

    # ------------------------------------------------------------ legibility
    def _maps(self) -> list[tuple[str, MapGeometry]]:
        """(title, geometry) of the maps chosen, laid out once each (the dialog is modal: the
        document does not change while it is open)."""
        from jmdesigner.export.metrics import PdfTextMetrics
        from jmdesigner.layout import layout_map

        chosen = self.map.currentData()
        maps = self.doc.maps() if chosen == ALL_MAPS else [m for m in self.doc.maps() if m.id == chosen]
        for m in maps:
            if m.id not in self._geometries:
                self._geometries[m.id] = layout_map(self.doc, m.id, PdfTextMetrics())
        return [(m.title, self._geometries[m.id]) for m in maps]

    def _preview(self) -> None:
        """States how large the card text prints with the chosen pages; when a fitted map's would be
        too small to read, says so and offers a larger page and poster tiles."""
        from jmdesigner.export.legibility import fit_legibility, plotter_text, poster

        self.legibility = None
        maps = self._maps() if self.suffix() == ".pdf" else []
        if maps and not self.orientation_chosen:
            self._follow_shape(maps)
        small = False
        if not maps:
            text = ""
        elif self.mode.currentData() == "tile":
            try:
                tiles = poster(
                    maps, self.page.currentText(), self._landscape(), self.scale.value(), self.overlap.value()
                )
            except JmError as exc:  # an overlap too wide for the page: said here, before the export
                self._show_preview(str(exc), small=True)
                return
            said = (
                translate(
                    "ExportDialog",
                    "{size:g} pt, on %n page(s) of {page} and an assembly overview.",
                    None,
                    tiles.tiles,
                )
                if len(maps) == 1
                else translate(
                    "ExportDialog",
                    "{size:g} pt, on %n page(s) of {page} and an assembly overview per map.",
                    None,
                    tiles.tiles,
                )
            )
            text = said.format(size=_pt(tiles.card_pt), page=self.page.currentText())
        elif self.mode.currentData() == "plotter":
            said = translate("ExportDialog", "{size:g} pt, on one large page per map.")
            text = said.format(size=_pt(plotter_text(maps, self.scale.value())))
        else:
            self.legibility = fit_legibility(
                maps, self.page.currentText(), self._landscape(), self.overlap.value()
            )
            small = not self.legibility.readable
            text = self._fit_sentence(self.legibility)
        compared = self._compare_sentence() if maps else ""
        if compared:  # the "Current vs future" pages too, whatever the maps' layout
            text, small = f"{text} {compared}".strip(), True
        self._show_preview(text, small)

    def _compare_sentence(self) -> str:
        """What the Card text row adds when a chosen "Current vs future" page would print too small
        to read: its size and the page to choose (it is fitted to one page, never tiled)."""
        from jmdesigner.export.legibility import compare_legibility
        from jmdesigner.export.metrics import PdfTextMetrics
        from jmdesigner.layout.compare import layout_compare, map_sides

        sizes = []
        for pair in self.comparisons():
            if pair not in self._compared:
                g = layout_compare(*map_sides(self.doc, *pair), PdfTextMetrics())
                self._compared[pair] = (g.before.title, g.after.title, g.bounds.w, g.bounds.h)
            sizes.append(self._compared[pair])
        found = compare_legibility(sizes, self.page.currentText()) if sizes else None
        if found is None or found.readable:
            return ""
        pt = min(small[2] for small in found.small)
        if found.larger is None:
            said = translate(
                "ExportDialog", "“Current vs future”: {size:g} pt, too small to read on any page up to A0."
            )
            return said.format(size=_pt(pt))
        said = translate(
            "ExportDialog", "“Current vs future”: {size:g} pt, too small to read; on {page}: {larger:g} pt."
        )
        return said.format(size=_pt(pt), page=found.larger, larger=_pt(found.card_pt(found.larger)))

    def _show_preview(self, text: str, small: bool) -> None:
        self.legibility_note.setText(text)
        self.legibility_icon.setVisible(small)
        larger = self.legibility.larger if small and self.legibility else None
        tiles = self.legibility.tiles if small and self.legibility else None
        self.larger_button.setVisible(larger is not None)
        self.tiles_button.setVisible(tiles is not None)
        if larger is not None:
            said = translate("ExportDialog", "Use {page} {orientation} ({size:g} pt)")
            self.larger_button.setText(
                said.format(
                    page=larger.page, orientation=_orientation(larger.landscape), size=_pt(larger.card_pt)
                )
            )
        if tiles is not None:
            said = translate(
                "ExportDialog", "Poster tiles: %n page(s) of {page} ({size:g} pt)", None, tiles.tiles
            )
            self.tiles_button.setText(said.format(page=self.page.currentText(), size=_pt(tiles.card_pt)))

    def _fit_sentence(self, legibility: Legibility) -> str:
        """The card text of the maps fitted as chosen, after the row's label "Card text"."""
        least = localized(MIN_TEXT_PT)
        if legibility.readable:
            return translate("ExportDialog", "{size:g} pt.").format(size=_pt(legibility.card_pt))
        title, pt = min(legibility.small, key=lambda small: small[1])
        if len(legibility.small) == 1 and len(self._maps()) == 1:
            said = translate("ExportDialog", "{size:g} pt: too small to read (at least {least:g} pt).")
            return said.format(size=_pt(pt), least=least)
        said = translate(
            "ExportDialog", "down to {size:g} pt on “{title}”: too small to read (at least {least:g} pt)."
        )
        return said.format(size=_pt(pt), least=least, title=title)

    def _exported_too_small(self, legibility: Legibility) -> str:
        """What the status says under "Saved" when the card text of a fitted map is too small."""
        title, pt = min(legibility.small, key=lambda small: small[1])
        said = translate(
            "ExportDialog",
            "The card text of “{title}” prints at {size:g} pt, too small to read: choose a larger page "
            "or poster tiles above and export again.",
        )
        return said.format(title=title, size=_pt(pt))

    def _comparison_too_small(self, comparisons: CompareLegibility) -> str:
        """What the status says under "Saved" when a "Current vs future" page's card text is too
        small: the page that prints it readable (it is fitted to one page, turned to suit it; poster
        tiles and the plotter leave it as it is)."""
        before, after, pt, _ = min(comparisons.small, key=lambda small: small[2])
        if comparisons.larger is None:
            said = translate(
                "ExportDialog",
                "The comparison of “{before}” and “{after}” prints its card text at {size:g} pt, too small "
                "to read on any page up to A0: its cards read on each map's own pages.",
            )
            return said.format(before=before, after=after, size=_pt(pt))
        said = translate(
            "ExportDialog",
            "The comparison of “{before}” and “{after}” prints its card text at {size:g} pt, too small to "
            "read: choose {page} as the page above and export again (its card text then prints at "
            "{least:g} pt).",
        )
        page = comparisons.larger
        return said.format(
            before=before, after=after, size=_pt(pt), page=page, least=_pt(comparisons.card_pt(page))
        )

    def _landscape(self) -> bool:
        return self.orientation.currentIndex() == 0

    def _orientation_chosen(self) -> None:
        self.orientation_chosen = True

    def _follow_shape(self, maps: list[tuple[str, MapGeometry]]) -> None:
        """The orientation that suits the chosen maps' shape, as the export takes it when
        none is chosen (a map taller than wide: portrait)."""
        from jmdesigner.export.pages import suits_landscape

        sideways = suits_landscape([(g.bounds.w, g.bounds.h) for _, g in maps])
        blocked = self.orientation.blockSignals(True)
        self.orientation.setCurrentIndex(0 if sideways else 1)
        self.orientation.blockSignals(blocked)

    def _use_larger_page(self) -> None:
        if self.legibility is not None and self.legibility.larger is not None:
            larger = self.legibility.larger
            self.orientation.setCurrentIndex(0 if larger.landscape else 1)
            self.page.setCurrentText(larger.page)

    def _use_tiles(self) -> None:
        if self.legibility is not None and self.legibility.tiles is not None:
            self.scale.setValue(self.legibility.tiles.scale)
            self.mode.setCurrentIndex(self.mode.findData("tile"))

    def _browse(self) -> None:
        """The suffix is added by the dialog, before its "Replace it?": added after it, a name typed
        as ``report`` replaced ``report.pdf`` without a word, and ``workshop 30.11`` became
        ``workshop 30.pdf``."""
        from jmdesigner.ui.save_dialogs import ask_replaceable_path

        suffix = self.suffix()
        title = translate("ExportDialog", "Export to")
        chosen = ask_replaceable_path(self, title, Path(self.out.text()), {f"*{suffix}": suffix})
        if chosen is not None:
            self.out.setText(str(chosen[0]))
            self._name_typed(self.out.text())

    def options(self) -> ExportOptions:
        return ExportOptions(
            page=self.page.currentText(),
            landscape=self.orientation.currentIndex() == 0,
            mode=self.mode.currentData(),
            scale=self.scale.value(),
            overlap_mm=self.overlap.value(),
            cover=self.cover.isChecked(),
            personas=self.personas.isChecked(),
            summary=self.summary.isChecked(),
            comparisons=self.comparisons(),
            title=self.title.text().strip(),
            client=self.client.text().strip(),
            author=self.author.text().strip(),
            version=self.version.text().strip(),
        )

    def comparisons(self, *, checked_only: bool = True) -> tuple[tuple[str, str], ...]:
        """(current, future) pairs for the "Current vs future" pages of the chosen maps."""
        if checked_only and not self.compare.isChecked():
            return ()
        chosen = self.map.currentData()
        maps = self.doc.maps() if chosen == ALL_MAPS else [m for m in self.doc.maps() if m.id == chosen]
        return tuple((m.reworks_id, m.id) for m in maps if m.reworks_id is not None)

    def _may_replace(self, target: Path) -> bool:
        """Ask before an export replaces a file that is already there: Yes only when chosen (Enter,
        Space, Esc and a letter typed keep the file; a plain question took a typed "y" for Yes)."""
        from jmdesigner.canvas.ask import ask_before_deleting

        return ask_before_deleting(
            self,
            translate("ExportDialog", "Replace the file?"),
            translate(
                "ExportDialog", "“{name}” already exists in {parent}. Replace it with this export?"
            ).format(name=target.name, parent=target.parent),
        )

    def _map_ids(self) -> list[str]:
        chosen = self.map.currentData()
        if chosen == ALL_MAPS:
            if self.suffix() != ".pdf":
                raise JmError(
                    translate(
                        "ExportDialog",
                        "PNG, SVG and spreadsheets hold one map: choose a map, or export all maps as PDF.",
                    )
                )
            return [m.id for m in self.doc.maps()]
        return [chosen]

    def _on_progress(self, done: int, total: int, what: str) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        self.status.setText(
            translate("ExportDialog", "Drawing {what}…").format(what=what)
            if what != "done"
            else translate("ExportDialog", "Done.")
        )
        QApplication.processEvents()

    def run_export(self) -> bool:
        """Export with the chosen settings; on failure say what happened and what to do."""
        out = Path(self.out.text().strip()).expanduser()
        self.open_button.setEnabled(False)
        self.export_button.setEnabled(False)
        self.warnings = []
        try:
            if not out.name:
                raise JmError(translate("ExportDialog", "Choose where to save the export."))
            if not out.parent.is_dir():
                raise JmError(
                    translate(
                        "ExportDialog", "The folder {parent} does not exist; choose another with “Choose…”."
                    ).format(parent=out.parent)
                )
            map_ids = self._map_ids()
            if not map_ids:
                raise JmError(translate("ExportDialog", "This document has no map to export yet."))
            target = out.with_suffix(self.suffix()) if out.suffix.lower() != self.suffix() else out
            if target.exists() and not self._may_replace(target):
                self.status.setText(translate("ExportDialog", "Not exported: the existing file was kept."))
                self.export_button.setEnabled(True)
                return False
            self._write(target, map_ids)
            self.settings.remember_export_folder(target.parent)
            self.folder = target.parent
            if self.suffix() == ".pdf":
                details = {
                    "client": self.client.text(),
                    "author": self.author.text(),
                    "version": self.version.text(),
                }
                self.settings.remember_export_details(
                    self.document_path, {k: v.strip() for k, v in details.items()}
                )
        except JmError as exc:
            self.status.setText("")
            QMessageBox.warning(self, translate("ExportDialog", "Export failed"), str(exc))
            return False
        finally:
            self.export_button.setEnabled(True)
        self.open_button.setEnabled(True)
        note = "\n".join(self.warnings)
        self.status.setText(
            translate("ExportDialog", "Saved {name}.").format(name=self.result_path.name)
            + (f"\n{note}" if note else "")
        )
        return True

    def _write(self, out: Path, map_ids: list[str]) -> None:
        suffix = out.suffix.lower()
        if suffix == ".pdf":
            from jmdesigner.export.pdf import export_pdf

            result = export_pdf(self.doc, map_ids, out, self.options(), self._on_progress)
            self.warnings = result.warnings
            if result.comparisons is not None and not result.comparisons.readable:
                self.warnings = [self._comparison_too_small(result.comparisons), *self.warnings]
            if result.legibility is not None and not result.legibility.readable:  # as the preview says
                self.warnings = [self._exported_too_small(result.legibility), *self.warnings]
        elif suffix in SPREADSHEETS:
            from jmdesigner.interchange.table_writer import write_table

            left_out = write_table(self.doc, map_ids[0], out, layout=self.table_layout.currentData())
            self.warnings = [left_out] if left_out else []  # the held room notes: said, never dropped
        else:
            from jmdesigner.export.raster import map_png
            from jmdesigner.export.svg import map_svg
            from jmdesigner.text import collect_missing, export_warnings

            with collect_missing() as missing:
                if suffix == ".svg":
                    self._on_progress(0, 1, translate("ExportDialog", "the SVG"))
                    drawn: str | bytes = map_svg(self.doc, map_ids[0])[0]
                else:
                    self._on_progress(0, 1, translate("ExportDialog", "the image"))
                    drawn = map_png(self.doc, map_ids[0], self.dpi.value())
            self.warnings = export_warnings(missing)  # (text lost to a broken install: nothing written)
            if isinstance(drawn, str):
                write_text_atomically(out, drawn)
            else:
                write_bytes_atomically(out, drawn)
        self.progress.setMaximum(1)
        self.progress.setValue(1)
        self.result_path = out

    def open_result(self) -> None:
        if self.result_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result_path)))


def _suffixed(path: Path, suffix: str) -> Path:
    """``path`` with the format's suffix in place of another format's, else added: a name typed as
    ``workshop 30.11`` becomes ``workshop 30.11.pdf``, not ``workshop 30.pdf``."""
    known = {s for _, s in FORMATS}
    if path.suffix.lower() in known:
        return path.with_suffix(suffix)
    return path.with_name(path.name + suffix) if path.name else path


def _pt(size: float) -> localized:
    return localized(shown_pt(size))


def _orientation(landscape: bool) -> str:
    return translate("ExportDialog", "landscape") if landscape else translate("ExportDialog", "portrait")


def _spin(lo: float, hi: float, value: float, suffix: str, step: float = 1.0) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(lo, hi)
    spin.setSingleStep(step)
    spin.setDecimals(1 if step < 1 else 0)
    spin.setValue(value)
    spin.setSuffix(suffix)
    return spin


def open_export_dialog(parent: QWidget, path: Path, document: Document, map_id: str | None) -> ExportDialog:
    """Show the export dialog for ``document`` (saved at ``path``), preselecting ``map_id``.

    Window-modal, so the document cannot change while it is drawn; returns the dialog.
    """
    dialog = ExportDialog(parent, path, document, map_id)
    dialog.setModal(True)
    dialog.open()
    return dialog
