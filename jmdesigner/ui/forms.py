"""Form fields for property editors: each commits a whole value once, never per keystroke.

A field remembers the value it last showed (its baseline) so it emits ``committed`` only
when the user really changed something: setting a value from the document never echoes
back as an edit, and a spin box that rounds 263.5 to 264 does not invent one either. Each
field carries its own inline error line, so a refused edit is explained where it was made.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import partial
from operator import eq
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QIcon, QKeyEvent, QMouseEvent, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from jmdesigner.canvas import style
from jmdesigner.i18n import N_, translate
from jmdesigner.layout.palette import colour_name
from jmdesigner.model.kinds import Evidence, LaneKind
from jmdesigner.ui.elided_label import ElidedComboBox


class _Mixed:
    """The value of a field shared by several selected items that disagree."""

    def __repr__(self) -> str:
        return "MIXED"


MIXED: Any = _Mixed()
MIXED_TEXT = N_("Forms", "Mixed values")
ERROR_COLOUR = "#b3261e"

EVIDENCE_CHOICES: list[tuple[str, Evidence | None]] = [
    (N_("Forms", "None"), None),
    (N_("Forms", "Observed (backed by research)"), Evidence.OBSERVED),
    (N_("Forms", "Assumed (needs checking)"), Evidence.ASSUMED),
    (N_("Forms", "Proposed (future state)"), Evidence.PROPOSED),
]

# The swatches are the canvas' own lane accents, so a card or persona picks up the map's palette.
SWATCHES: list[str] = list(dict.fromkeys(look.accent.name() for look in style.LANE_LOOKS.values()))


def common(values: Iterable[Any]) -> Any:
    """The one value all items share, or MIXED (read no further than the first other value)."""
    rest = iter(values)
    first = next(rest)
    # ``first == v`` for each, without a Python frame per value: Select All asks it of 8,000 cards.
    return first if all(map(partial(eq, first), rest)) else MIXED


def swatch_icon(fill: QColor, size: int = 16, border: QColor | None = None) -> QIcon:
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pix)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    width = 2.0 if border is not None else 1.0  # a tinted swatch keeps its hue readable in the rim
    painter.setPen(QPen(border or QColor(0, 0, 0, 60), width))
    painter.setBrush(fill)
    inset = width / 2
    painter.drawRoundedRect(inset, inset, size - width, size - width, 3, 3)
    painter.end()
    return QIcon(pix)


_NOT_COMMITTING = object()  # ``Field._before_commit`` outside ``commit``


class Field(QWidget):
    """An editor widget over an inline error line; ``committed(value)`` fires for user edits only."""

    committed = Signal(object)
    tall = False  # taller than one line: its label sits at the top, not centred

    def __init__(self, editor: QWidget, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.label = label
        self._baseline: Any = None
        self.changed_while_typing = False  # the document's value changed under an unfinished edit
        # A value typed here whose save was refused while the document is read-only for now (a team
        # library's lost connection): kept on show until it is saved, taken back or left (``hold``).
        self.held = False
        self._before_commit: Any = _NOT_COMMITTING
        # The document's value the typing began from, once a colleague's value replaced it meanwhile
        # (``began_from``): text typed from it keeps their words too (``commands.TypedText``).
        self._typed_from: Any = _NOT_COMMITTING
        # What Escape in the text does: take the edit back (the inspector), or what a dialog says.
        self.on_escape: Callable[[], None] = self.revert
        editor.setAccessibleName(label)
        self.error = QLabel(self)
        self.error.setWordWrap(True)  # its colour comes with the first error (show_error)
        self.error.setAccessibleName(translate("Forms", "{label} error").format(label=label))
        self.error.hide()
        self._error_shown = False  # ``clear_error`` then asks Qt nothing (every edit clears every page's)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(editor)
        box.addWidget(self.error)

    # subclasses: how the editor shows and reads a value
    def _write(self, value: Any) -> None:
        raise NotImplementedError

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any, *, force: bool = False) -> None:
        """Show ``value`` from the document, unless the user is midway through changing this field."""
        if not force and self.is_dirty() and (self.held or self.editor.hasFocus()):
            self.changed_while_typing |= value != self._baseline
            if self._typed_from is _NOT_COMMITTING:
                self._typed_from = self._baseline
            self._baseline = value  # their edit will be compared with the newest value on commit
            return
        if not force and value == self._baseline and not self.is_dirty():
            # Shown already: the inspector shows its page again after every edit to the map.
            self.changed_while_typing = False
            return
        blocker = QSignalBlocker(self.editor)
        self._write(value)
        del blocker
        self._baseline = self.value()  # what the editor shows, after its own rounding
        self.changed_while_typing = False
        self._typed_from = _NOT_COMMITTING

    def began_from(self) -> Any:
        """The document's value the edit being committed was typed from (before a colleague's
        value that arrived meanwhile, if one did)."""
        if self._typed_from is not _NOT_COMMITTING:
            return self._typed_from
        return self._baseline if self._before_commit is _NOT_COMMITTING else self._before_commit

    def is_dirty(self) -> bool:
        return self.value() != self._baseline

    def revert(self) -> None:
        self.held = False
        self.set_value(self._baseline, force=True)

    def commit(self) -> None:
        self.held = False
        value = self.value()
        if value is MIXED or value == self._baseline:
            return
        self._before_commit, self._baseline = self._baseline, value
        try:
            self.committed.emit(value)  # the edit runs now, and may ``hold`` the value
        finally:
            self._before_commit = _NOT_COMMITTING
            if not self.held:
                self._typed_from = _NOT_COMMITTING

    def hold(self) -> bool:
        """The value being committed (``commit``) was refused for now: keep showing it, unsaved
        (dirty), so it is saved later (``commit`` again) instead of vanishing under the document's
        value. False, and nothing held, for a value that did not come through ``commit``."""
        if self._before_commit is _NOT_COMMITTING:
            return False
        self._baseline = self._before_commit
        self.held = True
        return True

    def keep(self, value: Any) -> None:
        """Show again a value held for an item that was left (``hold``) and is shown again: in the
        editor, unsaved, held for saving when the document is writable again."""
        blocker = QSignalBlocker(self.editor)
        self._write(value)
        del blocker
        self.held = self.is_dirty()

    def show_error(self, text: str) -> None:
        if not self.error.styleSheet():  # set here, not when made: a style sheet has each of the
            # page's hidden error lines polished through Qt's style-sheet style before the first frame
            self.error.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error.setText(text)
        self.error.show()
        self._error_shown = True

    def clear_error(self) -> None:
        if not self._error_shown:
            return  # nothing shown: clearing would still re-lay out the form (each selection change)
        self._error_shown = False
        self.error.clear()
        self.error.hide()

    def error_text(self) -> str:
        return self.error.text() if not self.error.isHidden() else ""


class LineField(Field):
    """One line of text; commits on Enter or when focus leaves; Escape takes the edit back."""

    def __init__(
        self,
        label: str,
        parse: Callable[[str], Any] = str,
        fmt: Callable[[Any], str] = str,
        placeholder: str = "",
        parent: QWidget | None = None,
    ) -> None:
        self.line = _Line()
        super().__init__(self.line, label, parent)
        self._parse, self._fmt = parse, fmt
        self._mixed = False
        self._placeholder = placeholder
        self.line.setPlaceholderText(placeholder)
        self.line.editingFinished.connect(self.commit)
        self.line.escaped.connect(lambda: self.on_escape())

    def _write(self, value: Any) -> None:
        self._mixed = value is MIXED
        self.line.setPlaceholderText(translate("Forms", MIXED_TEXT) if self._mixed else self._placeholder)
        self.line.setText("" if self._mixed else self._fmt(value))
        self.line.setCursorPosition(0)  # a long title shows its beginning, not its end

    def value(self) -> Any:
        if self._mixed and not self.line.isModified():
            return MIXED
        return self._parse(self.line.text())


class _Line(QLineEdit):
    escaped = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.isModified():
            self.escaped.emit()
            return
        super().keyPressEvent(event)


class _PlainText(QPlainTextEdit):
    """Tab moves focus; Ctrl+Enter or leaving the field commits; Escape takes the edit back."""

    finished = Signal()
    escaped = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setTabChangesFocus(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.finished.emit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.finished.emit()


class TextField(Field):
    """Several lines of text, committed as a whole (Ctrl+Enter or focus out)."""

    tall = True

    def __init__(
        self,
        label: str,
        parse: Callable[[str], Any] = str,
        fmt: Callable[[Any], str] = str,
        lines: int = 4,
        placeholder: str = "",
        parent: QWidget | None = None,
    ) -> None:
        self.text = _PlainText()
        super().__init__(self.text, label, parent)
        self._parse, self._fmt = parse, fmt
        self._mixed = False
        self._placeholder = placeholder
        self.text.setPlaceholderText(placeholder)
        height = self.text.fontMetrics().lineSpacing() * lines + 12
        self.text.setFixedHeight(height)
        self.text.finished.connect(self.commit)
        self.text.escaped.connect(lambda: self.on_escape())

    def _write(self, value: Any) -> None:
        self._mixed = value is MIXED
        self.text.setPlaceholderText(translate("Forms", MIXED_TEXT) if self._mixed else self._placeholder)
        self.text.setPlainText("" if self._mixed else self._fmt(value))
        self.text.document().setModified(False)

    def value(self) -> Any:
        if self._mixed and not self.text.document().isModified():
            return MIXED
        return self._parse(self.text.toPlainText())


def lines_of(text: str) -> tuple[str, ...]:
    """One entry per non-blank line, trimmed."""
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def tags_of(text: str) -> tuple[str, ...]:
    return tuple(t.strip() for t in text.split(",") if t.strip())


class ComboField(Field):
    """A closed choice; commits when the user picks an entry."""

    def __init__(
        self, label: str, choices: Sequence[tuple[str, Any]] = (), parent: QWidget | None = None
    ) -> None:
        self.combo: QComboBox = ElidedComboBox()
        # As narrow as the dock allows (the longest entry had set the inspector's width); the list
        # that opens still shows every entry whole.
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(8)
        super().__init__(self.combo, label, parent)
        self.combo.setPlaceholderText(translate("Forms", MIXED_TEXT))
        self._values: list[Any] = []
        self._choices: list[tuple[str, Any]] | None = None  # the entries shown (None: with icons)
        self.set_choices(choices)
        self.combo.activated.connect(lambda _index: self.commit())

    def set_choices(self, choices: Sequence[tuple[str, Any]], icons: Sequence[QIcon] | None = None) -> None:
        if icons is None and self._choices == list(choices):
            return  # the same entries: clearing them would also lose the value shown
        self._choices = list(choices) if icons is None else None
        blocker = QSignalBlocker(self.combo)
        self.combo.clear()
        self._values = [value for _, value in choices]
        for k, (text, _) in enumerate(choices):
            if icons is not None:
                self.combo.addItem(icons[k], text)
            else:
                self.combo.addItem(text)
        del blocker

    def _write(self, value: Any) -> None:
        self.combo.setCurrentIndex(self._values.index(value) if value in self._values else -1)

    def value(self) -> Any:
        index = self.combo.currentIndex()
        return MIXED if index < 0 else self._values[index]


class SpinField(Field):
    """A number; commits on Enter or focus out (not per arrow click, which would flood undo)."""

    def __init__(
        self,
        label: str,
        low: float,
        high: float,
        *,
        decimals: int = 0,
        suffix: str = "",
        as_float: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        self.spin: QSpinBox | QDoubleSpinBox
        if decimals:
            self.spin = QDoubleSpinBox()
            self.spin.setDecimals(decimals)
        else:
            self.spin = QSpinBox()
        super().__init__(self.spin, label, parent)
        self._as_float = as_float or bool(decimals)
        self._decimals = decimals
        self._low = low
        self.spin.setSuffix(suffix)
        self.spin.setKeyboardTracking(False)
        self.spin.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        self.set_range(low, high)
        self.spin.editingFinished.connect(self.commit)

    def set_range(self, low: float, high: float) -> None:
        self._low = low
        blocker = QSignalBlocker(self.spin)
        self.spin.setRange(low, high)  # type: ignore[arg-type]
        del blocker

    def _write(self, value: Any) -> None:
        mixed = value is MIXED
        # A mixed selection shows "Mixed values" on a step just below the real range.
        self.spin.setMinimum(self._low - 1 if mixed else self._low)  # type: ignore[arg-type]
        self.spin.setSpecialValueText(translate("Forms", MIXED_TEXT) if mixed else "")
        number = self._low - 1 if mixed else value
        self.spin.setValue(number if self._decimals else round(number))  # type: ignore[arg-type]

    def value(self) -> Any:
        number = self.spin.value()
        if self.spin.specialValueText() and number < self._low:
            return MIXED
        return float(number) if self._as_float else int(number)


class _Explanation(QLabel):
    """A check box's words, wrapped to the dock's width; a click on them clicks the box."""

    def __init__(self, text: str, check: QCheckBox) -> None:
        super().__init__(text)
        self._check = check
        self.setWordWrap(True)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._check.isEnabled():
            self._check.click()
        event.accept()


class CheckField(Field):
    """A yes/no option; commits on each click. Its words wrap beside the box: a check box's own
    text does not, and one long sentence had made the inspector wider than its dock."""

    def __init__(self, label: str, text: str, parent: QWidget | None = None) -> None:
        self.check = QCheckBox()
        super().__init__(self.check, label, parent)
        self.check.setAccessibleDescription(text)
        self.words = _Explanation(text, self.check)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.removeWidget(self.check)
        row.addWidget(self.check, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.words, 1)
        layout.insertLayout(0, row)
        self.check.clicked.connect(lambda _checked: self.commit())

    def _write(self, value: Any) -> None:
        self.check.setChecked(bool(value))

    def value(self) -> Any:
        return self.check.isChecked()


class OptionalSpinField(Field):
    """A number or "automatic" (None), e.g. a lane height that otherwise grows with its cards."""

    def __init__(
        self, label: str, low: float, high: float, auto_text: str, suffix: str = " px", default: float = 120
    ) -> None:
        box = QWidget()
        self.spin = QSpinBox()
        self.spin.setRange(int(low), int(high))
        self.spin.setSuffix(suffix)
        self.spin.setKeyboardTracking(False)
        self.auto = QCheckBox(auto_text)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.spin, 1)
        row.addWidget(self.auto)
        super().__init__(box, label, parent=None)
        self.spin.setAccessibleName(label)
        self.auto.setAccessibleName(f"{label}: {auto_text}")
        self._default = default
        self.spin.editingFinished.connect(self.commit)
        self.auto.clicked.connect(self._auto_clicked)

    def _auto_clicked(self) -> None:
        self.spin.setEnabled(not self.auto.isChecked())
        self.commit()

    def set_value(self, value: Any, *, force: bool = False) -> None:
        blockers = [QSignalBlocker(self.spin), QSignalBlocker(self.auto)]
        if not force and self.is_dirty() and self.spin.hasFocus():
            self._baseline = value
            return
        self._write(value)
        del blockers
        self._baseline = self.value()

    def _write(self, value: Any) -> None:
        self.auto.setChecked(value is None)
        self.spin.setEnabled(value is not None)
        self.spin.setValue(round(self._default if value is None else value))

    def value(self) -> Any:
        return None if self.auto.isChecked() else float(self.spin.value())


class ColourField(Field):
    """Swatches from the canvas palette, a "default" choice and any colour through QColorDialog.

    ``preview`` turns a stored colour into what the canvas will paint (cards are tinted), so the
    swatch shows the result rather than the raw value.
    """

    COLUMNS = 5  # fits the inspector's narrowest width beside the form's labels
    tall = True

    def __init__(
        self,
        label: str,
        default_text: str | None = None,
        preview: Callable[[str], QColor] = QColor,
        parent: QWidget | None = None,
    ) -> None:
        box = QWidget()
        super().__init__(box, label, parent)
        self._preview = preview
        self._current: Any = None
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(4)
        grid.setVerticalSpacing(4)
        self.buttons: dict[str, QToolButton] = {}
        for k, colour in enumerate(SWATCHES):
            button = self._swatch(colour)
            grid.addWidget(button, k // self.COLUMNS, k % self.COLUMNS)
            self.buttons[colour] = button
        row = len(SWATCHES) // self.COLUMNS + (1 if len(SWATCHES) % self.COLUMNS else 0)
        extras = QHBoxLayout()
        extras.setSpacing(6)
        self.default_button: QToolButton | None = None
        if default_text is not None:
            self.default_button = QToolButton()
            self.default_button.setText(default_text)
            self.default_button.setCheckable(True)
            self.default_button.setAccessibleName(f"{label}: {default_text}")
            self.default_button.clicked.connect(lambda: self.pick(None))
            extras.addWidget(self.default_button)
        self.custom_button = QToolButton()
        self.custom_button.setText(translate("Forms", "Other…"))
        self.custom_button.setCheckable(True)
        self.custom_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.custom_button.setAccessibleName(translate("Forms", "{label}: other colour").format(label=label))
        self.custom_button.setToolTip(translate("Forms", "Choose any colour"))
        self.custom_button.clicked.connect(self.choose_other)
        extras.addWidget(self.custom_button)
        extras.addStretch(1)
        grid.addLayout(extras, row, 0, 1, self.COLUMNS)
        grid.setColumnStretch(self.COLUMNS, 1)

    def _swatch(self, colour: str) -> QToolButton:
        button = QToolButton()
        button.setCheckable(True)
        button.setAutoRaise(True)
        button.setIcon(swatch_icon(self._preview(colour), 18, QColor(colour)))
        button.setFixedSize(26, 26)
        button.setToolTip(colour_name(colour))
        button.setAccessibleName(f"{self.label}: {colour_name(colour)}")
        button.clicked.connect(lambda: self.pick(colour))
        return button

    def choose_other(self) -> None:
        start = QColor(self._current) if isinstance(self._current, str) else QColor("#888888")
        chosen = QColorDialog.getColor(
            start, self, translate("Forms", "Choose: {label}").format(label=self.label)
        )
        if chosen.isValid():
            self.pick(chosen.name())
        else:
            self._write(self._current)  # leave the buttons as they were

    def pick(self, colour: str | None) -> None:
        """Choose a colour as the user would (None: the default look)."""
        self._write(colour)
        self.commit()

    def _write(self, value: Any) -> None:
        self._current = value
        for colour, button in self.buttons.items():
            button.setChecked(value == colour)
        if self.default_button is not None:
            self.default_button.setChecked(value is None)
        other = isinstance(value, str) and value not in self.buttons
        self.custom_button.setChecked(other)
        self.custom_button.setIcon(swatch_icon(self._preview(value), 14) if other else QIcon())
        self.custom_button.setToolTip(
            colour_name(value) if other else translate("Forms", "Choose any colour")
        )
        self.custom_button.setAccessibleName(
            translate("Forms", "{label}: other colour, {colour_name}").format(
                label=self.label, colour_name=colour_name(value)
            )
            if other
            else translate("Forms", "{label}: other colour").format(label=self.label)
        )

    def value(self) -> Any:
        return self._current


def lane_kind_choices() -> tuple[list[tuple[str, LaneKind]], list[QIcon]]:
    kinds = list(LaneKind)
    return [(k.label, k) for k in kinds], [swatch_icon(style.LANE_LOOKS[k].accent, 12) for k in kinds]


class Form(QWidget):
    """A titled QFormLayout whose labels are buddies of their fields (for screen readers and Alt keys)."""

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(10)
        self.title = QLabel(title)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setWeight(font.Weight.DemiBold)
        self.title.setFont(font)
        self.subtitle = QLabel()
        self.subtitle.setStyleSheet("color: palette(placeholder-text);")
        self.subtitle.setWordWrap(True)
        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(self.title)
        heading.addWidget(self.subtitle)
        outer.addLayout(heading)
        self.layout_ = QFormLayout()
        self.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # narrow dock, long language
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout_.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.layout_.setHorizontalSpacing(10)
        self.layout_.setVerticalSpacing(8)
        outer.addLayout(self.layout_)
        self.fields: list[Field] = []

    def add(self, field: Field) -> Field:
        label = QLabel(f"{field.label}:")
        label.setBuddy(field.spin if isinstance(field, OptionalSpinField) else field.editor)
        if field.tall:
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            label.setContentsMargins(0, 5, 0, 0)
        else:  # centred on the editor's one line, not on the editor plus its error line
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            label.setFixedHeight(field.editor.sizeHint().height())
        self.layout_.addRow(label, field)
        self.fields.append(field)
        return field

    def add_row(self, label: str, widget: QWidget) -> None:
        self.layout_.addRow(label, widget)

    def set_row_visible(self, field: Field, visible: bool) -> None:
        self.layout_.setRowVisible(field, visible)

    def clear_errors(self) -> None:
        for field in self.fields:
            field.clear_error()


def follow_count(spin: QSpinBox, unit: Callable[[int], str]) -> None:
    """A spin box whose unit agrees with its number in the user's language ("1 dot", "3 dots")."""
    spin.setSuffix(unit(spin.value()))
    spin.valueChanged.connect(lambda n: spin.setSuffix(unit(n)))
