"""The settings file is where platformdirs says, though a Linux start does not import it."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs
import pytest

from jmdesigner.ui.settings import settings_path


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG rule is written out on Linux only")
@pytest.mark.parametrize("xdg", [None, "", "relative/config", "/abs/config"])
def test_the_settings_folder_is_platformdirs_user_config_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, xdg: str | None
) -> None:
    monkeypatch.delenv("JMDESIGNER_CONFIG_DIR")
    monkeypatch.setenv("HOME", str(tmp_path))
    if xdg is None:
        monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_CONFIG_HOME", xdg)
    expected = Path(platformdirs.user_config_dir("jmdesigner", appauthor=False)) / "jmdesigner.ini"
    assert settings_path() == expected


def test_the_override_wins(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("JMDESIGNER_CONFIG_DIR", str(tmp_path))
    assert settings_path() == tmp_path / "jmdesigner.ini"
