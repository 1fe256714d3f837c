"""The persona editor: every persona of the file, its profile, photo and the maps it appears on.

A non-modal dialog rather than a dock: a persona profile is a long form (five lists, a photo,
a quote) that needs more room than a side dock gives, and it is an occasional task next to
the map. Non-modal, so the canvas stays usable and the window's undo keeps working while it
is open. There is no OK or Cancel: like the rest of jmdesigner every change is one undoable
command, on disk at once, and undo/redo work inside the dialog too.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, QSize, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from jmdesigner.errors import JmError
from jmdesigner.i18n import N_, translate
from jmdesigner.layout.palette import new_curve_colour
from jmdesigner.model import Change, Document, Kind, Persona, UndoStack, commands, new_id
from jmdesigner.model.commands import Command
from jmdesigner.ui.folders import standard_folder
from jmdesigner.ui.forms import (
    ColourField,
    Field,
    Form,
    LineField,
    TextField,
    lines_of,
    swatch_icon,
)
from jmdesigner.ui.photo import PhotoError, load_photo, photo_pixmap

ID_ROLE = Qt.ItemDataRole.UserRole
LISTS = (
    ("goals", N_("PersonaEditor", "Goals")),
    ("motivations", N_("PersonaEditor", "Motivations")),
    ("pain_points", N_("PersonaEditor", "Pain points")),
    ("behaviours", N_("PersonaEditor", "Behaviours")),
    ("channels", N_("PersonaEditor", "Channels")),
)
PHOTO_SIDE = 96


class MapChecklist(Field):
    """The document's maps, checked where the persona's curve is shown; the value is the checked ids."""

    tall = True

    def __init__(self, label: str) -> None:
        self.list = QListWidget()
        super().__init__(self.list, label)
        self.list.itemChanged.connect(lambda _item: self.commit())
        self._maps: list[tuple[str, str]] = []

    def set_maps(self, maps: Sequence[tuple[str, str]]) -> None:
        self._maps = list(maps)

    def _write(self, value: Any) -> None:
        self.list.clear()
        for map_id, title in self._maps:
            item = QListWidgetItem(title)
            item.setData(ID_ROLE, map_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if map_id in value else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.setFixedHeight(max(1, min(len(self._maps), 5)) * 24 + 6)

    def value(self) -> Any:
        items = [self.list.item(k) for k in range(self.list.count())]
        return tuple(i.data(ID_ROLE) for i in items if i.checkState() == Qt.CheckState.Checked)

    def item(self, map_id: str) -> QListWidgetItem:
        return next(
            self.list.item(k) for k in range(self.list.count()) if self.list.item(k).data(ID_ROLE) == map_id
        )


class PersonaEditor(QDialog):
    """Lists, adds, removes and edits personas; every edit is one command on ``stack``."""

    def __init__(
        self, doc: Document, stack: UndoStack, map_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("PersonaEditor", "Personas"))
        self.setObjectName("persona-editor")
        self.doc, self.stack, self.map_id = doc, stack, map_id
        self.persona_id: str | None = None
        self.list = QListWidget()
        self.list.setAccessibleName(translate("PersonaEditor", "Personas"))
        self.list.setIconSize(QSize(28, 28))
        self.list.currentItemChanged.connect(self._current_changed)
        self.add_button = QPushButton(translate("PersonaEditor", "Add persona"))
        self.remove_button = QPushButton(translate("PersonaEditor", "Remove"))
        self.add_button.clicked.connect(self.add_persona)
        self.remove_button.clicked.connect(lambda: self.remove_persona())
        # A name typed with no persona to type it into starts one (the letters went to the empty
        # list's search, or nowhere, and were lost): see ``eventFilter``.
        self.list.installEventFilter(self)
        self.add_button.installEventFilter(self)
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        left_box.addLayout(buttons)
        self.form = self._build_form()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        holder = QWidget()
        holder_box = QVBoxLayout(holder)
        holder_box.setContentsMargins(12, 0, 8, 0)
        holder_box.addWidget(self.form)
        holder_box.addStretch(1)
        scroll.setWidget(holder)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(scroll)
        split.setStretchFactor(1, 1)
        split.setSizes([220, 560])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.close)
        note = QLabel(translate("PersonaEditor", "Changes are saved as you make them; Ctrl+Z undoes them."))
        note.setStyleSheet("color: palette(placeholder-text);")
        bottom = QHBoxLayout()
        bottom.addWidget(note, 1)
        bottom.addWidget(close)
        outer = QVBoxLayout(self)
        outer.addWidget(split, 1)
        outer.addLayout(bottom)
        self._shortcuts()
        for button in self.findChildren(QPushButton):  # Enter in a field commits it, never clicks these
            button.setAutoDefault(False)
            button.setDefault(False)
        self.resize(820, 680)
        self._listener = self._on_changes
        doc.add_listener(self._listener)
        self.refresh()

    # ------------------------------------------------------------------ building
    def _build_form(self) -> Form:
        form = Form(translate("PersonaEditor", "Persona"))
        self.photo = QLabel()
        self.photo.setFixedSize(PHOTO_SIDE, PHOTO_SIDE)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setAccessibleName(translate("PersonaEditor", "Photo"))
        self.photo.setStyleSheet("border: 1px solid palette(mid); border-radius: 6px;")
        self.import_button = QPushButton(translate("PersonaEditor", "Import photo…"))
        self.import_button.setToolTip(
            translate("PersonaEditor", "A PNG or JPEG; it is scaled down to 512 px")
        )
        self.remove_photo_button = QPushButton(translate("PersonaEditor", "Remove photo"))
        self.import_button.clicked.connect(self.choose_photo)
        self.remove_photo_button.clicked.connect(self.remove_photo)
        photo_buttons = QVBoxLayout()
        photo_buttons.addWidget(self.import_button)
        photo_buttons.addWidget(self.remove_photo_button)
        photo_buttons.addStretch(1)
        photo_row = QWidget()
        row = QHBoxLayout(photo_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.photo)
        row.addLayout(photo_buttons)
        row.addStretch(1)
        form.add_row(translate("PersonaEditor", "Photo:"), photo_row)
        self.name = form.add(LineField(translate("PersonaEditor", "Name")))
        self.role = form.add(
            LineField(
                translate("PersonaEditor", "Role"),
                placeholder=translate("PersonaEditor", "e.g. Busy parent, first-time buyer"),
            )
        )
        self.colour = form.add(ColourField(translate("PersonaEditor", "Curve colour")))
        self.quote = form.add(
            TextField(
                translate("PersonaEditor", "Quote"),
                lines=2,
                placeholder=translate("PersonaEditor", "Something they said, in their words"),
            )
        )
        self.description = form.add(TextField(translate("PersonaEditor", "Description"), lines=3))
        self.lists: dict[str, TextField] = {}
        for name, label in LISTS:
            field = TextField(
                translate("PersonaEditor", label),
                parse=lines_of,
                fmt="\n".join,
                lines=3,
                placeholder=translate("PersonaEditor", "One per line"),
            )
            self.lists[name] = form.add(field)  # type: ignore[assignment]
        self.maps = form.add(MapChecklist(translate("PersonaEditor", "Shown on maps")))
        for name in ("name", "role", "colour", "quote", "description"):
            self._on(getattr(self, name), name)
        for name, field in self.lists.items():
            self._on(field, name)
        self.maps.committed.connect(
            lambda ids: self.apply(
                self.maps, self._map_edits(ids), translate("PersonaEditor", "Show on maps")
            )
        )
        return form

    def _on(self, field: Field, name: str) -> None:
        field.on_escape = lambda: self._close_keeping(field)
        field.committed.connect(
            lambda value: self.apply(field, [commands.update_persona(self.persona_id or "", **{name: value})])
        )

    def _close_keeping(self, field: Field) -> None:
        """Escape closes the editor as its Close button does, keeping what was typed: a name typed
        and Escape pressed was taken back (the inspector's way) and the dialog stayed open. A refused
        value keeps it open, its reason under the field: closed, nobody would see why it was not kept."""
        field.clear_error()  # a refusal already seen does not hold the editor open a second time
        field.commit()
        if not field.error_text():
            self.close()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A letter typed on the Add button, or on the list while it is empty, adds a persona
        named with it, the name's field taking the rest of the typing."""
        commanding = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        if (
            watched in (self.list, self.add_button)
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and not event.modifiers() & commanding
            and event.text().strip()
            and event.text().isprintable()
            and (watched is self.add_button or self.list.count() == 0)
            and not self.doc.read_only
        ):
            self.add_persona()
            if self.name.line.hasFocus():
                self.name.line.insert(event.text())
            return True
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.list.count() == 0:  # nothing to choose: the keyboard on the one thing to do
            self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _shortcuts(self) -> None:
        keys = ((QKeySequence(QKeySequence.StandardKey.Undo), "undo"), (QKeySequence("Ctrl+Shift+Z"), "redo"))
        for key, what in keys:
            action = QAction(self)
            action.setShortcut(key)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _=False, what=what: getattr(self.stack, what)())
            self.addAction(action)

    # ------------------------------------------------------------------- public
    def select(self, persona_id: str | None) -> None:
        """Show one persona's profile."""
        self.persona_id = persona_id
        self.form.clear_errors()
        self.refresh()

    def refresh(self) -> None:
        personas = self.doc.personas()
        if self.persona_id is not None and self.doc.get(Kind.PERSONA, self.persona_id) is None:
            self.persona_id = None
        if self.persona_id is None and personas:
            self.persona_id = personas[0].id
        blocker = QSignalBlocker(self.list)
        self.list.clear()
        for persona in personas:
            item = QListWidgetItem(self._icon(persona), persona.name)
            item.setData(ID_ROLE, persona.id)
            item.setToolTip(persona.role or persona.name)
            self.list.addItem(item)
            if persona.id == self.persona_id:
                self.list.setCurrentItem(item)
        del blocker
        self.remove_button.setEnabled(self.persona_id is not None and not self.doc.read_only)
        self.add_button.setEnabled(not self.doc.read_only)
        self.form.setEnabled(self.persona_id is not None and not self.doc.read_only)
        if self.persona_id is None:
            self.form.title.setText(translate("PersonaEditor", "No personas yet"))
            self.form.subtitle.setText(
                translate("PersonaEditor", "Add a persona to give a map an emotion curve.")
            )
            self.photo.clear()
            return
        self._show(self.doc.persona(self.persona_id))

    def _show(self, persona: Persona) -> None:
        self.form.title.setText(persona.name)
        shown = [m for m in self.doc.maps() if persona.id in m.persona_ids]
        self.form.subtitle.setText(
            translate("PersonaEditor", "On %n map(s)", None, len(shown))
            if shown
            else translate("PersonaEditor", "Not shown on any map yet")
        )
        pixmap = photo_pixmap(persona.photo, PHOTO_SIDE)
        if pixmap.isNull():
            self.photo.setPixmap(pixmap)
            self.photo.setText(translate("PersonaEditor", "No photo"))
        else:
            self.photo.setPixmap(pixmap)
        self.remove_photo_button.setEnabled(persona.photo is not None)
        for name in ("name", "role", "colour", "quote", "description"):
            getattr(self, name).set_value(getattr(persona, name))
        for name, field in self.lists.items():
            field.set_value(getattr(persona, name))
        self.maps.set_maps([(m.id, m.title) for m in self.doc.maps()])
        self.maps.set_value(tuple(m.id for m in shown), force=True)

    def apply(
        self, field: Field | None, cmds: Sequence[Command], label: str = N_("Commands", "Edit persona")
    ) -> bool:
        """Push one edit as one undo step; a refusal shows under ``field`` (or in a message box)."""
        if not cmds:
            return True
        try:
            self.stack.push_all(cmds, translate("Commands", label))
        except JmError as exc:
            if field is None:
                self.warn(translate("PersonaEditor", "Cannot change the persona"), str(exc))
            else:
                field._baseline = field.value()
                self.refresh()
                field.show_error(str(exc))
            return False
        if field is not None:
            field.clear_error()
        return True

    def add_persona(self) -> str:
        """Add a persona with a free name and colour (also onto the map the editor was opened from)."""
        taken = {p.name for p in self.doc.personas()}
        first = translate("PersonaEditor", "New persona")
        names = (first if k == 1 else f"{first} {k}" for k in range(1, 10_000))
        name = next(n for n in names if n not in taken)
        colour = QColor(new_curve_colour(p.colour for p in self.doc.personas())).name()  # a swatch's spelling
        persona = Persona(new_id(), name, colour=colour)
        cmds = [commands.add_persona(persona)]
        if self.map_id is not None and self.doc.get(Kind.MAP, self.map_id) is not None:
            cmds.append(commands.attach_persona(self.map_id, persona.id))
        if self.apply(None, cmds, translate("PersonaEditor", "Add persona")):
            self.select(persona.id)
            self.name.line.setFocus()
            self.name.line.selectAll()
        return persona.id

    def remove_persona(self, persona_id: str | None = None) -> bool:
        """Remove a persona (undoable); asks first when it has emotion curves that would go too."""
        persona_id = persona_id or self.persona_id
        if persona_id is None:
            return False
        persona = self.doc.persona(persona_id)
        maps = [m for m in self.doc.maps() if self.doc.emotion_points(m.id, persona_id)]
        if maps:
            points = sum(len(self.doc.emotion_points(m.id, persona_id)) for m in maps)
            text = translate(
                "PersonaEditor",
                "“{name}” has an emotion curve on {maps} ({points}). Removing the persona removes "
                "those curves too. You can undo this.",
            ).format(
                name=persona.name,
                maps=translate("PersonaEditor", "%n map(s)", None, len(maps)),
                points=translate("PersonaEditor", "%n point(s)", None, points),
            )
            if not self.ask(translate("PersonaEditor", "Remove {name}?").format(name=persona.name), text):
                return False
        return self.apply(
            None, [commands.remove_persona(persona_id)], translate("PersonaEditor", "Delete persona")
        )

    def choose_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("PersonaEditor", "Import a photo"),
            str(standard_folder("Pictures", "Documents")),
            translate("PersonaEditor", "Images (*.png *.jpg *.jpeg);;All files (*)"),
        )
        if path:
            self.import_photo(path)

    def import_photo(self, path: str) -> bool:
        """Set the current persona's photo from a file (the file chooser's work, for tests too)."""
        if self.persona_id is None:
            return False
        try:
            photo = load_photo(path)
        except PhotoError as exc:
            self.warn(translate("PersonaEditor", "Cannot use this photo"), str(exc))
            return False
        return self.apply(
            None,
            [commands.update_persona(self.persona_id, photo=photo)],
            translate("PersonaEditor", "Set photo"),
        )

    def remove_photo(self) -> None:
        if self.persona_id is not None:
            self.apply(None, [commands.update_persona(self.persona_id, photo=None)])

    # ----------------------------------------------------- user prompts (overridable)
    def ask(self, title: str, text: str) -> bool:
        """Yes only when chosen: Enter, Space, Esc and a letter typed on keep the persona (a plain
        question took a typed "y" for Yes and removed the persona with its curves)."""
        from jmdesigner.canvas.ask import ask_before_deleting

        return ask_before_deleting(self, title, text)

    def warn(self, title: str, text: str) -> QMessageBox:
        """A window-modal message that does not block the caller."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    # ---------------------------------------------------------------- internals
    def _map_edits(self, ids: tuple[str, ...]) -> list[Command]:
        pid = self.persona_id or ""
        cmds: list[Command] = []
        for jmap in self.doc.maps():
            if jmap.id in ids and pid not in jmap.persona_ids:
                cmds.append(commands.attach_persona(jmap.id, pid))
            elif jmap.id not in ids and pid in jmap.persona_ids:
                cmds.append(commands.detach_persona(jmap.id, pid))
        return cmds

    def _icon(self, persona: Persona) -> QIcon:
        pixmap = photo_pixmap(persona.photo, 28)
        return QIcon(pixmap) if not pixmap.isNull() else swatch_icon(QColor(persona.colour), 28)

    def _current_changed(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is not None and item.data(ID_ROLE) != self.persona_id:
            self.select(item.data(ID_ROLE))

    def _on_changes(self, changes: Sequence[Change]) -> None:
        self.refresh()

    def done(self, result: int) -> None:
        self._forget()
        super().done(result)

    def closeEvent(self, event: Any) -> None:
        self._forget()
        super().closeEvent(event)

    def _forget(self) -> None:
        with contextlib.suppress(ValueError):  # already forgotten
            self.doc.remove_listener(self._listener)


def open_persona_editor(
    parent: QWidget | None,
    doc: Document,
    stack: UndoStack,
    map_id: str | None = None,
    persona_id: str | None = None,
) -> PersonaEditor:
    """Show the persona editor (the one already open for this document, if any) on a persona."""
    editor = next(
        (e for e in (parent.findChildren(PersonaEditor) if parent else []) if e.doc is doc and e.isVisible()),
        None,
    )
    if editor is None:
        editor = PersonaEditor(doc, stack, map_id, parent)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    editor.map_id = map_id
    if persona_id is not None:
        editor.select(persona_id)
    editor.show()
    editor.raise_()
    editor.activateWindow()
    return editor
