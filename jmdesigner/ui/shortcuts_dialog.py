"""Help ▸ Keyboard Shortcuts (F1): every key on one page, generated from the action registry and
the canvas's key table, so the page cannot drift from what the keys do."""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from jmdesigner.canvas.keyboard import CANVAS_KEYS, EDITOR_KEYS
from jmdesigner.i18n import translate
from jmdesigner.ui.actions import MENUS, SPECS, Act, shown_keys
from jmdesigner.ui.workshop.window import WORKSHOP_KEYS


def _table(title: str, rows: list[tuple[str, str]]) -> str:
    body = "".join(
        f"<tr><td style='padding:2px 16px 2px 0'><b>{escape(k)}</b></td><td>{escape(w)}</td></tr>"
        for k, w in rows
    )
    return f"<h3>{escape(title)}</h3><table>{body}</table>"


def _keys(table: tuple[tuple[str, str], ...]) -> list[tuple[str, str]]:
    return [(translate("Keyboard", keys), translate("Keyboard", what)) for keys, what in table]


def _maps_list_keys() -> list[tuple[str, str]]:
    from jmdesigner.ui.map_navigator import MAPS_LIST_KEYS

    native = QKeySequence.SequenceFormat.NativeText
    return [(QKeySequence(k).toString(native), translate("MapNavigator", w)) for k, w, _ in MAPS_LIST_KEYS]


def shortcuts_html() -> str:
    parts = [
        _table(translate("ShortcutsDialog", "On the canvas"), _keys(CANVAS_KEYS)),
        _table(translate("ShortcutsDialog", "While typing a card"), _keys(EDITOR_KEYS)),
        _table(translate("ShortcutsDialog", "In workshop mode (F5)"), _keys(WORKSHOP_KEYS)),
        _table(translate("ShortcutsDialog", "In the Maps list"), _maps_list_keys()),
    ]
    for menu, entries in MENUS:
        rows = [
            (shown_keys(SPECS[e]), translate("Actions", SPECS[e].text).replace("&", "").rstrip("…"))
            for e in entries
            if isinstance(e, Act) and SPECS[e].keys
        ]
        if rows:
            title = translate("Actions", menu).replace("&", "")
            parts.append(_table(translate("ShortcutsDialog", "{menu} menu").format(menu=title), rows))
    return "".join(parts)


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ShortcutsDialog", "Keyboard Shortcuts"))
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(translate("ShortcutsDialog", "Keyboard shortcuts"))
        self.browser.setHtml(shortcuts_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(620, 720)
