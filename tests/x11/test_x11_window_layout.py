"""A start on a small real screen with a layout saved elsewhere: a window geometry saved on a
2560-px-wide screen and the dock layout an older version saved on the welcome page (the palette
alone; restored, it drew the Outline dock, and the Find dock on Ctrl+F, over the menu bar). The
window fits the 1280×800 screen and every dock is docked, the Find dock too once Ctrl+F shows it."""

from __future__ import annotations

import json
import struct
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QByteArray, QSettings

from jmdesigner.model import UndoStack, commands
from jmdesigner.storage.jmapfile import JmapFile
from tests.builders import sample_bundle
from tests.ui.test_window_restore import PALETTE_ALONE
from tests.x11.conftest import ROOT
from tests.x11.display import Display, display_for_tests


def _start_and_look(
    display: Display, path: Path, config: Path, picture: Path
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Start jmdesigner on ``path`` with the settings in ``config``: the window's layout as it
    opens and after Ctrl+F, and a screenshot of the screen."""
    env = {**display.env, "JMDESIGNER_CONFIG_DIR": str(config), "JMDESIGNER_DATA_DIR": str(picture.parent)}
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.x11.app_child", str(path)],
        cwd=ROOT,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdin is not None and child.stdout is not None

    def state() -> dict[str, Any]:
        assert child.stdin is not None and child.stdout is not None
        child.stdin.write("layout\n")
        child.stdin.flush()
        return json.loads(child.stdout.readline())

    try:
        assert child.stdout.readline().strip() == "STARTED"
        window = display.window_named("jmdesigner")
        display.activate(window)
        before = state()
        display.key("ctrl+f")
        after = state()
        display.screenshot(str(picture))
    finally:
        if child.poll() is None:
            child.stdin.write("quit\n")
            child.stdin.flush()
            try:
                child.wait(15)
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait(5)
    return before, after


def _sample_file(tmp_path: Path) -> Path:
    path = tmp_path / "map.jmap"
    with JmapFile.create(path) as jfile:
        UndoStack(jfile.document).push(commands.add_map(sample_bundle()))
    return path


@pytest.fixture(scope="module")
def small_display() -> Iterator[Display]:
    with display_for_tests(1280, 800) as d:
        yield d


def _geometry_on_a_large_screen() -> bytes:
    """``QWidget.saveGeometry`` of a 2560×1400 window on a 2560-px-wide screen (format 3)."""
    frame, inner = (0, 0, 2559, 1439), (0, 30, 2559, 1429)
    return struct.pack(">IHH4i4iiBBi4i", 0x1D9D0CB, 3, 0, *frame, *inner, 0, 0, 0, 2560, *inner)


def _rect(r: list[int]) -> tuple[int, int, int, int]:
    return r[0], r[1], r[0] + r[2], r[1] + r[3]  # left, top, right, bottom (exclusive)


def _inside(inner: list[int], outer: list[int]) -> bool:
    a, b = _rect(inner), _rect(outer)
    return a[0] >= b[0] and a[1] >= b[1] and a[2] <= b[2] and a[3] <= b[3]


def _overlap(one: list[int], two: list[int]) -> bool:
    a, b = _rect(one), _rect(two)
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def test_a_layout_saved_elsewhere_gives_a_whole_window_on_a_small_screen(
    small_display: Display, tmp_path: Path
) -> None:
    path = _sample_file(tmp_path)
    config = tmp_path / "config"
    saved = QSettings(str(config / "jmdesigner.ini"), QSettings.Format.IniFormat)
    saved.setValue("window/geometry", QByteArray(_geometry_on_a_large_screen()))
    saved.setValue("window/state", QByteArray(PALETTE_ALONE))
    saved.sync()
    before, after = _start_and_look(small_display, path, config, tmp_path / "start.png")
    for seen in (before, after):
        assert _inside(seen["frame"], seen["screen"]), seen["frame"]
        for dock in seen["docks"]:
            assert dock["area"] != "NoDockWidgetArea" and not dock["floating"], dock
            if dock["shown"] and dock["rect"][0] >= 0:  # a tab not in front is parked off screen
                assert not _overlap(dock["rect"], seen["menu_bar"]), dock
                assert _inside(dock["rect"], seen["screen"]), dock
    docks = {d["name"]: d for d in after["docks"]}
    assert docks["find"]["shown"] and docks["find"]["area"] == "RightDockWidgetArea"
    assert "inspector" in docks["find"]["tabbed_with"]
    assert "outline" in docks["maps"]["tabbed_with"]


@pytest.mark.parametrize("size", [(1024, 768), (1366, 768)])
def test_a_first_start_fits_a_projector_screen(size: tuple[int, int], tmp_path: Path) -> None:
    """No saved window geometry (a first start): the window opens within the screen, its status
    bar shown, every dock docked and the canvas still the widest part of the window."""
    path = _sample_file(tmp_path)
    with display_for_tests(*size) as display:
        seen, _ = _start_and_look(display, path, tmp_path / "config", tmp_path / f"first-{size[0]}.png")
    assert _inside(seen["frame"], seen["screen"]), seen["frame"]
    assert seen["status_bar"] is not None and _inside(seen["status_bar"], seen["screen"]), seen["status_bar"]
    shown = [d for d in seen["docks"] if d["shown"] and d["rect"][0] >= 0]
    assert {d["name"] for d in shown} >= {"maps", "palette", "inspector"}
    for dock in seen["docks"]:
        assert dock["area"] != "NoDockWidgetArea" and not dock["floating"], dock
    for dock in shown:
        assert _inside(dock["rect"], seen["screen"]), dock
    assert all(seen["central"][2] > d["rect"][2] for d in shown), (seen["central"], shown)
