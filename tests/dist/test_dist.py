"""The one-folder app that ``make dist`` builds starts without Python: version, screenshot, desktop entry.

Run by ``make dist`` (which sets JMDESIGNER_DIST); skipped otherwise, since the build takes minutes.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import Any

import pytest

from jmdesigner import __version__

DIST = os.environ.get("JMDESIGNER_DIST")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not DIST, reason="make dist builds the app and runs this check"),
]


def _app() -> Path:
    assert DIST is not None
    app = Path(DIST).resolve() / "jmdesigner"
    assert app.is_file() and os.access(app, os.X_OK)
    return app


def _clean_env(tmp_path: Path) -> dict[str, str]:
    """No virtual environment and no source tree on the path: the folder must carry everything."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(
        HOME=str(tmp_path),
        XDG_DATA_HOME=str(tmp_path / "share"),
        JMDESIGNER_CONFIG_DIR=str(tmp_path / "config"),
        JMDESIGNER_DATA_DIR=str(tmp_path / "data"),
        QT_QPA_PLATFORM="offscreen",
        PATH="/usr/bin:/bin",
    )
    return env


def _screenshot(env: dict[str, str], doc: Path, shot: Path, *options: str) -> Any:
    """The built app's window on ``doc``, 1200x800, as a QImage."""
    result = subprocess.run(
        [str(_app()), *options, str(doc), "--screenshot", str(shot), "--size", "1200x800"],
        cwd=shot.parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    from PySide6.QtGui import QImage

    return QImage(str(shot))


def test_the_built_app_prints_its_version(tmp_path: Path) -> None:
    result = subprocess.run(
        [str(_app()), "--version"], cwd=tmp_path, env=_clean_env(tmp_path), capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"jmdesigner {__version__}"


def test_the_built_app_makes_a_map_and_screenshots_it(tmp_path: Path) -> None:
    env = _clean_env(tmp_path)
    doc = tmp_path / "plan.jmap"
    made = subprocess.run(
        [str(_app()), "new", str(doc), "--template", "five-stage"], env=env, capture_output=True, text=True
    )
    assert made.returncode == 0, made.stderr
    image = _screenshot(env, doc, tmp_path / "shot.png")
    assert (image.width(), image.height()) == (1200, 800)
    colours = {image.pixelColor(x, 400).name() for x in range(0, 1200, 7)}
    assert len(colours) > 8  # a drawn window, not a blank one


def test_the_built_app_installs_its_desktop_entry(tmp_path: Path) -> None:
    env = _clean_env(tmp_path)
    result = subprocess.run([str(_app()), "--install-desktop"], env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    entry = (tmp_path / "share" / "applications" / "jmdesigner.desktop").read_text()
    assert f"Exec={_app().resolve()} %f" in entry


def test_the_built_app_carries_and_loads_the_german_catalogues(tmp_path: Path) -> None:
    folder = Path(DIST or "").resolve()
    assert list(folder.rglob("jmdesigner_de.qm")), "jmdesigner's catalogue is missing"
    assert list(folder.rglob("qtbase_de.qm")), "Qt's own German strings are missing"
    env = _clean_env(tmp_path)
    doc = tmp_path / "plan.jmap"
    subprocess.run([str(_app()), "new", str(doc)], env=env, check=True, capture_output=True)
    strips = {}
    for lang in ("en", "de"):
        image = _screenshot(env, doc, tmp_path / f"{lang}.png", "--lang", lang)
        strips[lang] = [image.pixelColor(x, y).name() for y in range(0, 24, 2) for x in range(0, 400, 2)]
    assert strips["en"] != strips["de"]  # the menu bar reads differently: the catalogue was loaded
