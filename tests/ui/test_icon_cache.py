"""The first frame's icons, drawn once and kept between starts: the same pixels, no SVG drawn."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from jmdesigner.canvas import icon_cache
from jmdesigner.canvas.icons import _lucide, _SvgEngine
from tests.ui.watched_start import watched_start


@pytest.fixture
def cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A process's fresh view of a cache file of its own (no earlier start)."""
    monkeypatch.setenv("JMDESIGNER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(icon_cache, "_stored", None)
    monkeypatch.setattr(icon_cache, "_made", {})
    monkeypatch.setattr(icon_cache, "_used", set())
    return icon_cache.cache_path()


def _next_start(monkeypatch: pytest.MonkeyPatch) -> None:
    """What a new process knows: nothing read, drawn or used yet."""
    monkeypatch.setattr(icon_cache, "_stored", None)
    monkeypatch.setattr(icon_cache, "_made", {})
    monkeypatch.setattr(icon_cache, "_used", set())


CASES = [
    (name, size, mode, colour)
    for name in ("undo-2", "smile")
    for size in (16, 22, 24, 48)
    for mode in (QIcon.Mode.Normal, QIcon.Mode.Disabled)
    for colour in ("#000000", "#e8eaed")
]


def test_an_icon_from_the_cache_has_the_pixels_drawn_from_its_svg(
    qtbot: Any, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    del qtbot
    drawn = {case: _pixmap(*case).toImage() for case in CASES}
    assert all(not image.isNull() for image in drawn.values())
    assert icon_cache.save() and cache.is_file()
    _next_start(monkeypatch)
    for case, image in drawn.items():
        kept = _pixmap(*case).toImage()
        assert kept == image, case  # the same format, size and bytes
    assert not icon_cache._made and len(icon_cache._used) == len(CASES)  # none drawn again
    assert not icon_cache.save()  # nothing new: the file is left as it is


def test_a_changed_svg_or_a_damaged_file_is_drawn_again(
    qtbot: Any, cache: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    del qtbot
    svg = tmp_path / "mark.svg"
    svg.write_text((_lucide() / "x.svg").read_text(encoding="utf-8"), encoding="utf-8")
    first = _SvgEngine(svg, "#000000").pixmap(QSize(24, 24), QIcon.Mode.Normal, QIcon.State.Off).toImage()
    assert icon_cache.save()
    _next_start(monkeypatch)
    svg.write_text((_lucide() / "smile.svg").read_text(encoding="utf-8"), encoding="utf-8")
    os.utime(svg, ns=(svg.stat().st_atime_ns, svg.stat().st_mtime_ns + 1_000_000_000))
    changed = _SvgEngine(svg, "#000000").pixmap(QSize(24, 24), QIcon.Mode.Normal, QIcon.State.Off).toImage()
    assert changed != first and len(icon_cache._made) == 1  # the new file, drawn
    assert icon_cache.save()
    for damage in (b"", b"not a cache", cache.read_bytes()[:-100]):
        cache.write_bytes(damage)
        _next_start(monkeypatch)
        again = _SvgEngine(svg, "#000000").pixmap(QSize(24, 24), QIcon.Mode.Normal, QIcon.State.Off)
        assert again.toImage() == changed and len(icon_cache._made) == 1


def test_a_start_draws_its_first_frame_icons_from_the_last_start(tmp_path: Path) -> None:
    """The second start on the same folders draws no SVG before its first frame: its ~30 icons
    come from the file the first start wrote once its frame was painted."""
    first, second = (watched_start(tmp_path, FIRST_FRAME) for _ in range(2))
    # the toolbar's and the welcome page's (the palette's wait for a map: it is hidden until then)
    assert first["drawn"] >= 12 and first["kept"] == 0
    assert second == {"drawn": 0, "kept": first["drawn"]}


FIRST_FRAME = """
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
seen = {}

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not seen:
            seen["painted"] = True
            QTimer.singleShot(0, lambda: painted(watched))  # once the frame is painted, as the bench's mark
        return False

def painted(window):
    from jmdesigner.canvas import icon_cache
    print(json.dumps({"drawn": len(icon_cache._made), "kept": len(icon_cache._used)}), flush=True)
    # closed after the app's own follow-up to the paint (the cache's save), queued as this one
    QTimer.singleShot(0, window.close)

shown = QMainWindow.show
watcher = FirstPaint()

def show(window):
    window.installEventFilter(watcher)
    shown(window)

QMainWindow.show = show
from jmdesigner.cli import main
main([])
"""


def _pixmap(name: str, side: int, mode: QIcon.Mode, colour: str) -> Any:
    return _SvgEngine(_lucide() / f"{name}.svg", colour).pixmap(QSize(side, side), mode, QIcon.State.Off)
