"""The first screen offers the sample, a template or an import; Help ▸ Guides opens the guides."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QPixmap, QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QFileDialog

from jmdesigner.storage.jmapfile import JmapFile
from jmdesigner.templates import load_template
from jmdesigner.ui import map_import
from jmdesigner.ui.guides import GUIDES, GuideWindow
from jmdesigner.ui.main_window import MainWindow
from jmdesigner.ui.welcome import WelcomePage


def _save_as(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def _titles(path: Path) -> list[str]:
    with JmapFile.open(path, read_only=True) as jfile:
        return [m.title for m in jfile.document.maps()]


def test_the_sample_is_one_click_and_a_file_of_your_own(
    window: MainWindow, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    welcome = window.centralWidget()
    assert isinstance(welcome, WelcomePage)
    target = tmp_path / "my sample"
    _save_as(monkeypatch, target)
    QTest.mouseClick(welcome.sample_button, Qt.MouseButton.LeftButton)
    saved = tmp_path / "my sample.jmap"
    assert window.jfile is not None and window.jfile.location == saved
    assert _titles(saved) == ["Online grocery delivery — current state"]
    assert window.current_view() is not None


def test_a_template_from_the_welcome(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.pick_template = lambda: load_template("service-blueprint", "Clinic visit")
    _save_as(monkeypatch, tmp_path / "clinic.jmap")
    QTest.mouseClick(window.welcome.template_button, Qt.MouseButton.LeftButton)
    assert _titles(tmp_path / "clinic.jmap") == ["Clinic visit"]


def test_an_import_from_the_welcome_makes_a_file_holding_the_imported_map(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "journey.mmd"
    source.write_text("journey\n  title Renewal\n  section Notice\n    Gets a letter: 2: Ana\n")
    monkeypatch.setattr(map_import, "choose_source", lambda parent, folder: source)
    previewed: list[str] = []

    def accept(preview: map_import.ImportPreview) -> QDialog.DialogCode:
        previewed.append(preview.heading.text())  # the usual preview, then Import
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(map_import.ImportPreview, "exec", accept)
    _save_as(monkeypatch, tmp_path / "renewal.jmap")
    QTest.mouseClick(window.welcome.import_button, Qt.MouseButton.LeftButton)
    assert len(previewed) == 1 and "Renewal" in previewed[0]
    assert window.jfile is not None and window.jfile.location == tmp_path / "renewal.jmap"
    assert [m.title for m in window.jfile.document.maps()] == ["Renewal"]


def test_cancelling_the_welcome_changes_nothing(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    QTest.mouseClick(window.welcome.sample_button, Qt.MouseButton.LeftButton)
    assert window.jfile is None and isinstance(window.centralWidget(), WelcomePage)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("key", sorted(GUIDES))
def test_help_guides_open_each_guide_with_its_pictures(window: MainWindow, qtbot: Any, key: str) -> None:
    window.guide_actions[key].trigger()
    guide = window.guide_window
    assert isinstance(guide, GuideWindow)
    qtbot.waitUntil(guide.isVisible)
    doc = guide.browser.document()
    text = doc.toPlainText()
    assert text.startswith("The ") and "guide" in text.splitlines()[0]
    images = [f for f in doc.toMarkdown().split("](")[1:] if f.split(")")[0].endswith(".png")]
    assert images
    for ref in images:
        name = ref.split(")")[0]
        image = doc.resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
        assert isinstance(image, QImage | QPixmap) and not image.isNull(), name
    guide.close()


def test_the_keyboard_starts_on_the_first_way_in_and_its_focus_can_be_seen(
    window: MainWindow, qtbot: Any
) -> None:
    from PySide6.QtWidgets import QApplication

    welcome = window.centralWidget()
    assert isinstance(welcome, WelcomePage)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is welcome.sample_button)
    focused = welcome.sample_button.grab().toImage()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is welcome.template_button
    assert welcome.sample_button.grab().toImage() != focused  # the frame moved on with Tab


def test_the_welcome_title_is_rich_text_and_canvas_shortcuts_stay_on_the_canvas(
    window: MainWindow, qtbot: Any
) -> None:
    """Both are set by property name at start (no ``Qt`` enum before the first frame)."""
    from PySide6.QtWidgets import QLabel

    from jmdesigner.ui.actions import SPECS

    welcome = window.centralWidget()
    assert isinstance(welcome, WelcomePage)
    title = next(label for label in welcome.findChildren(QLabel) if "<h2>" in label.text())
    assert title.textFormat() == Qt.TextFormat.RichText
    canvas, window_wide = Qt.ShortcutContext.WidgetWithChildrenShortcut, Qt.ShortcutContext.WindowShortcut
    for act, spec in SPECS.items():
        assert window.action(act).shortcutContext() == (canvas if spec.canvas else window_wide), act


def test_enter_takes_the_focused_way_in_as_space_does(window: MainWindow, qtbot: Any) -> None:
    """A keyboard user sees the frame on a choice and presses Enter: it opens, like Space or a click
    (outside a dialog Qt's buttons answer Space alone, so Enter did nothing)."""
    welcome = window.welcome
    for signal in (welcome.sample, welcome.template, welcome.import_, welcome.open_):
        signal.disconnect()  # the window's dialogs would wait for a person: record the choice instead
    chosen: list[str] = []
    welcome.sample.connect(lambda: chosen.append("sample"))
    welcome.template.connect(lambda: chosen.append("template"))
    welcome.import_.connect(lambda: chosen.append("import"))
    welcome.open_.connect(lambda: chosen.append("open"))
    window.activateWindow()
    for button in (
        welcome.sample_button,
        welcome.template_button,
        welcome.import_button,
        welcome.open_button,
    ):
        button.setFocus()
        qtbot.waitUntil(button.hasFocus)
        QTest.keyClick(button, Qt.Key.Key_Return if button is not welcome.import_button else Qt.Key.Key_Enter)
    assert chosen == ["sample", "template", "import", "open"]


def test_the_welcome_lists_the_recent_files_and_each_opens_its_file(
    window: MainWindow, doc_path: Path, tmp_path: Path
) -> None:
    """The welcome showed no recent file (only File ▸ Open Recent had them): the newest few are
    listed under its ways in, each opening its file; a file gone since is left out."""
    from jmdesigner.ui.actions import Act
    from jmdesigner.ui.welcome import RECENT_SHOWN

    welcome = window.welcome
    assert welcome is not None and welcome.recent_buttons == [] and welcome.recent_label.isHidden()
    gone = tmp_path / "gone.jmap"
    gone.write_bytes(b"")
    window.settings.add_recent(gone)
    gone.unlink()
    others = [tmp_path / f"older {i}.jmap" for i in range(RECENT_SHOWN)]
    for other in others:
        other.write_bytes(b"")
        window.settings.add_recent(other)
    window.open_file(doc_path)
    window.action(Act.CLOSE).trigger()
    welcome = window.welcome
    assert welcome is not None and window.centralWidget() is welcome
    assert not welcome.recent_label.isHidden()
    names = [button.text() for button in welcome.recent_buttons]
    assert names == ["workshop.jmap", *(p.name for p in reversed(others))][:RECENT_SHOWN]
    assert welcome.recent_buttons[0].toolTip() == str(doc_path.resolve())
    QTest.mouseClick(welcome.recent_buttons[0], Qt.MouseButton.LeftButton)
    assert window.jfile is not None and window.jfile.location == doc_path.resolve()
