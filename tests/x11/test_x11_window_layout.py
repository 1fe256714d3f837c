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
    display: Display, path: Path, config: Path, picture: Path, lang: str = "en"
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Start jmdesigner on ``path`` with the settings in ``config``, in ``lang``: the window's
    layout as it opens and after Ctrl+F, and a screenshot of the screen (after Ctrl+F)."""
    env = {**display.env, "JMDESIGNER_CONFIG_DIR": str(config), "JMDESIGNER_DATA_DIR": str(picture.parent)}
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.x11.app_child", "--lang", lang, str(path)],
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


SMALL = [((1024, 768), "en"), ((1024, 768), "de"), ((1280, 720), "de"), ((1366, 768), "en")]


@pytest.mark.parametrize(("size", "lang"), SMALL)
def test_a_first_start_on_a_projector_gives_the_map_most_of_the_window(
    size: tuple[int, int], lang: str, tmp_path: Path
) -> None:
    """No saved layout (a first start) on a small screen: the window opens within the screen, its
    status bar shown, and every dock shares one tab group on the right, the Inspector in front, so
    the canvas gets most of the window (436 of 1010 px at 1024×768 with the two columns); Ctrl+F
    brings the Find dock into that group, within the screen, in German too."""
    path = _sample_file(tmp_path)
    with display_for_tests(*size) as display:
        seen, after = _start_and_look(
            display, path, tmp_path / "config", tmp_path / f"first-{size[0]}-{lang}.png", lang
        )
    assert _inside(seen["frame"], seen["screen"]), seen["frame"]
    assert seen["status_bar"] is not None and _inside(seen["status_bar"], seen["screen"]), seen["status_bar"]
    docks = {d["name"]: d for d in seen["docks"]}
    assert {d["area"] for d in seen["docks"]} == {"RightDockWidgetArea"}
    assert not any(d["floating"] for d in seen["docks"])
    assert set(docks["inspector"]["tabbed_with"]) >= {"maps", "outline", "palette"}
    in_front = [d["name"] for d in seen["docks"] if d["shown"] and d["rect"][0] >= 0]  # tabs behind: parked
    assert in_front == ["inspector"], in_front
    inspector = docks["inspector"]
    assert _inside(inspector["rect"], seen["screen"]), inspector
    assert seen["central"][2] >= 0.65 * seen["frame"][2], (seen["central"], seen["frame"])
    assert seen["central"][2] > 2 * inspector["rect"][2]
    found = {d["name"]: d for d in after["docks"]}["find"]
    assert found["shown"] and found["area"] == "RightDockWidgetArea" and "inspector" in found["tabbed_with"]
    assert _inside(found["rect"], after["screen"]), found
    assert after["central"][2] == seen["central"][2]  # Find joins the column: the canvas keeps its width


@pytest.mark.parametrize("lang", ["en", "de"])
def test_a_first_start_on_a_large_screen_keeps_two_columns(lang: str, tmp_path: Path) -> None:
    """At 1920×1080 the first start is as it was: the default 1400×900 window, the Maps and
    Palette docks on the left (240 px), the Inspector on the right (320 px)."""
    path = _sample_file(tmp_path)
    with display_for_tests(1920, 1080) as display:
        seen, after = _start_and_look(
            display, path, tmp_path / "config", tmp_path / f"first-1920-{lang}.png", lang
        )
    assert seen["frame"][2:] >= [1400, 900], seen["frame"]
    docks = {d["name"]: d for d in seen["docks"]}
    assert docks["maps"]["area"] == docks["palette"]["area"] == "LeftDockWidgetArea"
    assert docks["inspector"]["area"] == "RightDockWidgetArea"
    assert "outline" in docks["maps"]["tabbed_with"]
    assert "find" in {d["name"]: d for d in after["docks"]}["inspector"]["tabbed_with"]
    assert docks["maps"]["rect"][2] == docks["palette"]["rect"][2] == 240
    assert docks["inspector"]["rect"][2] == 320
    assert seen["central"][2] == 828  # of the 1400-px window, as before the small-screen layout


@pytest.mark.parametrize(("size", "lang", "rows"), [((1024, 768), "de", 2), ((1280, 720), "de", 1)])
def test_workshop_mode_keeps_every_control_on_a_projector_screen(
    size: tuple[int, int], lang: str, rows: int, tmp_path: Path
) -> None:
    """Workshop mode full screen on a 1024×768 projector: the window is the screen's width, every
    button on screen, the timer on a second row (it was 1272 px wide in German, Exit and the votes
    panel off screen); at 1280×720 the bar keeps one row."""
    path = _sample_file(tmp_path)
    env = {"JMDESIGNER_CONFIG_DIR": str(tmp_path / "config"), "JMDESIGNER_DATA_DIR": str(tmp_path)}
    with display_for_tests(*size) as display:
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.x11.app_child", "--lang", lang, str(path)],
            cwd=ROOT,
            env={**display.env, **env},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdin is not None and child.stdout is not None
        try:
            assert child.stdout.readline().strip() == "STARTED"
            display.activate(display.window_named("jmdesigner"))
            child.stdin.write("workshop\n")
            child.stdin.flush()
            seen = json.loads(child.stdout.readline())
            display.screenshot(str(tmp_path / f"workshop-{size[0]}-{lang}.png"))
        finally:
            child.kill()
            child.wait(10)
    assert seen["frame"] == seen["screen"], seen["frame"]
    assert len(seen["controls"]) >= 12
    for control in seen["controls"]:
        assert _inside(control["rect"], seen["screen"]), control
    exit_button = next(c for c in seen["controls"] if "(Esc)" in c["text"])
    below = seen["timer"][1] > exit_button["rect"][1] + exit_button["rect"][3]
    assert below == (rows == 2), (seen["timer"], exit_button)
    assert seen["map"][2] >= 0.6 * seen["screen"][2]
