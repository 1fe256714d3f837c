"""The window in German: from --lang or the system locale, Qt's own buttons too, and every menu's
keyboard mnemonics unique in both languages."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu, QPushButton, QToolBar

from jmdesigner import catalogue
from jmdesigner.canvas import context_menu
from jmdesigner.storage.jmapfile import JmapFile
from jmdesigner.ui import translation
from jmdesigner.ui.main_window import MainWindow
from tests.canvas.conftest import Canvas
from tests.i18n.languages import switched_to

GERMAN_MENUS = ["&Datei", "&Bearbeiten", "&Ansicht", "W&orkshop", "&Map", "&Hilfe"]
ENGLISH_MENUS = ["&File", "&Edit", "&View", "W&orkshop", "&Map", "&Help"]


@pytest.fixture(params=["en", "de"])
def language(request: pytest.FixtureRequest, qapp: Any) -> Iterator[str]:
    yield from switched_to(request.param)


def _english_sources() -> set[str]:
    """The source texts whose German differs: seen in the German window, a string bypassed the catalogue."""
    return {
        e.message.source
        for e in catalogue.read_ts(catalogue.FOLDER / "jmdesigner_de.ts").values()
        if e.forms and e.forms[0] != e.message.source
    }


def _german_patterns() -> list[re.Pattern[str]]:
    """Every German text the catalogue can produce, with its placeholders as wildcards."""
    patterns = []
    for entry in catalogue.read_ts(catalogue.FOLDER / "jmdesigner_de.ts").values():
        for form in entry.forms:
            text = re.escape(form.replace("&", ""))
            text = re.sub(r"\\\{[^}]*\\\}", ".+", text).replace("%n", r"\d+")
            patterns.append(re.compile(text))
    return patterns


def _untranslated(texts: list[str]) -> list[str]:
    """The texts that no German message of the catalogue produces: they bypassed translate()."""
    patterns = _german_patterns()
    return [t for t in texts if not any(p.fullmatch(t.replace("&", "")) for p in patterns)]


def _window(qtbot: Any, path: Path | None = None) -> MainWindow:
    """The window as a user has it once started: the bundled faces registered (``ui.app`` does it
    after the first frame; a test run before had done it, or not, for these measures)."""
    from jmdesigner.canvas.style import register_fonts

    register_fonts()
    window = MainWindow()
    qtbot.addWidget(window)
    if path is not None:
        window.open_file(path)
    return window


def _menus(menu: QMenu) -> Iterator[QMenu]:
    yield menu
    for action in menu.actions():
        if action.menu() is not None:
            yield from _menus(action.menu())


def _mnemonic(text: str) -> str | None:
    i = text.replace("&&", "").find("&")
    return text.replace("&&", "")[i + 1].casefold() if i >= 0 else None


def _clashes(texts: list[str]) -> list[str]:
    letters = [m for m in map(_mnemonic, texts) if m is not None]
    return sorted({t for t in texts if _mnemonic(t) is not None and letters.count(_mnemonic(t)) > 1})


def test_with_lang_de_the_menus_and_actions_are_german(german: str, qtbot: Any, doc_path: Path) -> None:
    assert german == "de"
    window = _window(qtbot, doc_path)
    bar = window.menuBar()
    assert [a.text() for a in bar.actions()] == GERMAN_MENUS
    file_menu = bar.actions()[0].menu()
    assert {"&Neu…", "Ö&ffnen…", "&Exportieren…", "&Beenden"} <= {a.text() for a in file_menu.actions()}
    # Nothing in any menu is still an English source text that has a different German one.
    english = _english_sources()
    shown = [a.text() for top in bar.actions() for m in _menus(top.menu()) for a in m.actions() if a.text()]
    assert len(shown) > 40
    assert not [t for t in shown if t in english]
    recent = {a.text() for a in window.recent_menu.actions()}  # file names, not words
    assert not _untranslated([t for t in shown if t not in recent])
    assert window.windowTitle().endswith("— jmdesigner")
    assert window.inspector.windowTitle() == "Eigenschaften"


def test_qt_own_buttons_are_german_too(german: str, qtbot: Any) -> None:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"


def test_english_is_the_source_and_needs_no_catalogue(qapp: Any, qtbot: Any) -> None:
    assert translation.install(qapp, "en") == "en"
    window = _window(qtbot)
    assert [a.text() for a in window.menuBar().actions()] == ENGLISH_MENUS
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"


def test_every_menu_has_unique_mnemonics(language: str, qtbot: Any, doc_path: Path) -> None:
    window = _window(qtbot, doc_path)
    bar = window.menuBar()
    assert not _clashes([a.text() for a in bar.actions()]), language
    for top in bar.actions():
        top.menu().aboutToShow.emit()  # fill the menus the window fills on demand (Open Recent...)
        for menu in _menus(top.menu()):
            assert not _clashes([a.text() for a in menu.actions()]), (language, menu.title())


def test_canvas_context_menus_have_unique_mnemonics(language: str, canvas: Canvas) -> None:
    c = canvas
    card = c.doc.cards(c.map_id)[0]
    stage = c.doc.stages(c.map_id)[0]
    lane = c.doc.lanes(c.map_id)[0]
    targets = [
        context_menu.Target("card", (card.id,)),
        context_menu.Target("cell", (stage.id, lane.id)),
        context_menu.Target("stage", (stage.id,)),
        context_menu.Target("lane", (lane.id,)),
    ]
    for target in targets:
        menu = context_menu.build_menu(c.view, target)
        for sub in _menus(menu):
            assert not _clashes([a.text() for a in sub.actions()]), (language, target.kind)
        if language == "de":
            shown = [a.text() for sub in _menus(menu) for a in sub.actions() if a.text()]
            persona_names = {p.name for p in c.doc.personas()}
            shown = [t for t in shown if not any(name in t for name in persona_names)]
            assert shown and not _untranslated(shown), target.kind
        menu.deleteLater()


def _run(env_update: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")}
    env.update(env_update, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, *args], env=env, capture_output=True, text=True, timeout=120)


PROBE = (
    "from PySide6.QtWidgets import QApplication\n"
    "from jmdesigner.ui import translation\n"
    "from jmdesigner.i18n import translate\n"
    "app = QApplication([])\n"
    "print(translation.install(app), translate('Actions', '&File'))\n"
)


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"LANG": "de_DE.UTF-8"}, "de &Datei"),
        ({"LANG": "en_GB.UTF-8", "LC_MESSAGES": "de_AT.UTF-8"}, "de &Datei"),
        ({"LANG": "fr_FR.UTF-8"}, "en &File"),  # no French catalogue: English
        ({"LANG": "C"}, "en &File"),
    ],
)
def test_the_language_follows_the_system_locale(env: dict[str, str], expected: str) -> None:
    result = _run(env, "-c", PROBE)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == expected


def test_lang_option_overrides_the_locale_and_bad_codes_are_usage_errors(
    tmp_path: Path, doc_path: Path
) -> None:
    out = tmp_path / "de.png"
    shot = _run(
        {"LANG": "en_US.UTF-8"}, "-m", "jmdesigner", "--lang", "de", str(doc_path), "--screenshot", str(out)
    )
    assert shot.returncode == 0, shot.stderr
    assert out.stat().st_size > 10_000
    bad = _run({}, "-m", "jmdesigner", "--lang", "xx", str(doc_path))
    assert bad.returncode == 2
    assert "--lang" in bad.stderr and "en, de" in bad.stderr
    assert "Traceback" not in bad.stderr


@pytest.mark.parametrize("width", [1024, 1280, 1920])
def test_the_workshop_keeps_every_control_on_a_1024_pixel_projector(
    language: str, width: int, qtbot: Any, doc_path: Path
) -> None:
    """Full screen on a 1024×768 projector the workshop window was 1145 px wide (1272 in German),
    held to its one-row bar: Exit, Reset and the votes panel lay off screen. Narrower than that
    row, the timer goes to a second row and the window is the screen's width; on a wide screen one
    row (the bar shortens the map title rather than push Exit off screen)."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QSpinBox

    window = _window(qtbot, doc_path)
    workshop = window.start_workshop()
    assert workshop is not None
    try:
        workshop.showNormal()
        workshop.resize(width, 768)
        qtbot.waitUntil(lambda: workshop.width() == width)
        QApplication.processEvents()
        controls = [
            w
            for w in [*workshop.findChildren(QPushButton), *workshop.findChildren(QSpinBox)]
            if w.isVisible()
        ]
        assert len(controls) >= 12
        for control in controls:
            left = control.mapTo(workshop, QPoint(0, 0)).x()
            assert left >= 0 and left + control.width() <= width, (language, control.text())
        exit_text = {"en": "Exit (Esc)", "de": "Ende (Esc)"}[language]
        timer = workshop.timer_label
        exit_button = next(b for b in workshop.findChildren(QPushButton) if b.text() == exit_text)
        below = timer.mapTo(workshop, QPoint(0, 0)).y() > exit_button.mapTo(workshop, QPoint(0, 0)).y() + 10
        if width != 1280:  # at 1280 German takes one row or two by a few pixels of its fonts' widths
            assert below == (width == 1024), (language, width)  # two rows only where one does not fit
        assert workshop.view.width() >= 0.6 * width
    finally:
        workshop.close()


def test_every_inspector_page_fits_the_inspector_at_its_narrowest(
    language: str, qtbot: Any, doc_path: Path
) -> None:
    """Nothing is cut off at the dock's right edge: each page (one card, several, a stage, a lane) is
    no wider than the narrowest inspector leaves it, with its scroll bar showing, in both languages
    (a check box's long words and three link buttons had made the card page ~400 px wide)."""
    from jmdesigner.canvas.style import register_fonts

    register_fonts()  # as the app does at start: the widths measured not hanging on an earlier test's
    window = _window(qtbot, doc_path)
    inspector = window.inspector
    assert inspector is not None
    doc, map_id = inspector.doc, inspector.map_id
    cards = doc.cards(map_id)
    scroll = inspector.widget()
    room = inspector.minimumWidth() - scroll.verticalScrollBar().sizeHint().width()
    for kind, ids in (
        ("card", cards[0].id),
        ("card", f"{cards[0].id},{cards[1].id}"),
        ("stage", doc.stages(map_id)[0].id),
        ("lane", doc.lanes(map_id)[0].id),
        (None, None),
    ):
        inspector.show_item(map_id, kind, ids)
        assert inspector.body.minimumSizeHint().width() <= room, (language, kind)


def test_menus_tooltips_and_hints_name_the_enter_key_alike(
    language: str, canvas: Canvas, qtbot: Any, doc_path: Path
) -> None:
    """Qt's own German names the key "Return" where our hints say "Eingabe": menus (which Qt
    writes from the shortcut) and the hints, the shortcut window and tooltips say the same word."""
    from PySide6.QtGui import QKeySequence

    from jmdesigner.canvas.keyboard import CANVAS_KEYS, EDITOR_KEYS
    from jmdesigner.i18n import translate
    from jmdesigner.ui.actions import SPECS, Act, shown_keys
    from jmdesigner.ui.main_window import EDITING_HINT

    native = QKeySequence.SequenceFormat.NativeText
    enter = {"en": "Enter", "de": "Eingabe"}[language]
    shift_enter = QKeySequence("Shift+Enter").toString(native)
    assert shift_enter == {"en": "Shift+Enter", "de": "Umschalt+Eingabe"}[language]

    c = canvas
    stage = c.doc.stages(c.map_id)[0]
    lane = c.doc.lanes(c.map_id)[0]
    menu = context_menu.build_menu(c.view, context_menu.Target("cell", (stage.id, lane.id)))
    assert menu.actions()[0].shortcut().toString(native) == enter  # New Card Here
    hint = translate("MainWindow", EDITING_HINT)
    assert f" {enter} " in hint and f" {shift_enter} " in hint
    keys = [translate("Keyboard", k) for k, _ in (*CANVAS_KEYS, *EDITOR_KEYS)]
    assert f"{enter}, F2" in keys and enter in keys and shift_enter in keys

    window = _window(qtbot, doc_path)
    accept = window.action(Act.ACCEPT_ROOM)
    ctrl_shift = QKeySequence("Ctrl+Shift+A").toString(native)[:-1]
    assert accept.shortcut().toString(native) == ctrl_shift + enter
    assert shown_keys(SPECS[Act.ACCEPT_ROOM]) == ctrl_shift + enter  # the shortcut window: once
    shown = [
        a.shortcut().toString(native)
        for top in window.menuBar().actions()
        for m in _menus(top.menu())
        for a in m.actions()
    ]
    assert not [s for s in shown if "Return" in s or (language == "de" and "Enter" in s)]


def test_a_future_state_and_a_copy_made_in_the_german_window_have_german_titles(
    german: str, qtbot: Any, doc_path: Path
) -> None:
    """ "Checkout — future state" was named in English whatever the window's language, and that
    title is on the map, in the Maps list and on every page of the client's PDF."""
    window = _window(qtbot, doc_path)
    window.show()
    nav = window.navigator
    assert nav is not None
    bar = nav.findChild(QToolBar)
    button = bar.widgetForAction(nav.actions_["future"])
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    nav.actions_["duplicate"].trigger()  # from the More menu, on the future state just made
    window.close_file()
    with JmapFile.open(doc_path, read_only=True) as jfile:
        titles = [m.title for m in jfile.document.maps()]
    assert titles == ["Checkout", "Checkout — Soll-Zustand", "Checkout — Soll-Zustand (Kopie)"]


def test_the_map_menu_is_as_wide_as_the_file_menu(language: str, qtbot: Any, doc_path: Path) -> None:
    """The Map menu was ~20 % wider than any other (447 px beside File's 374 in English): the Maps
    list's own keys (Alt+Shift+Up/Down, F2) were shown beside its actions, where they do nothing
    (on the canvas F2 edits a card), and Qt counts the widest shortcut twice for a row with a
    shortcut below it. The list keeps its keys; Help ▸ Keyboard Shortcuts names them."""
    from jmdesigner.ui.shortcuts_dialog import shortcuts_html

    window = _window(qtbot, doc_path)
    assert window.map_menu.sizeHint().width() <= 1.03 * window.file_menu.sizeHint().width(), language
    assert window.navigator is not None
    for action in window.navigator.actions_.values():
        assert action.shortcut().isEmpty() or action.shortcut().toString() == "Ctrl+Shift+N", action.text()
    page = shortcuts_html()
    assert ("In der Maps-Liste" if language == "de" else "In the Maps list") in page
    assert ("Alt+Umschalt+Herunter" if language == "de" else "Alt+Shift+Down") in page
