"""The Qt preflight names the missing system packages instead of letting Qt abort."""

from __future__ import annotations

from pathlib import Path

import pytest

from jmdesigner.ui import qt_preflight
from jmdesigner.ui.qt_preflight import debian_packages_for, qt_start_problem

LDD_MISSING = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibxcb-cursor.so.0 => not found
\tlibxkbcommon-x11.so.0 => not found
\tlibEGL.so.1 => /lib/x86_64-linux-gnu/libEGL.so.1 (0x00007f)
\tlibweird.so.9 => not found
"""


def test_missing_libraries_become_one_apt_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DISPLAY", ":0")
    problem = qt_start_problem("xcb", ldd=lambda _path: LDD_MISSING)
    assert problem is not None
    assert "sudo apt-get install -y libxcb-cursor0 libxkbcommon-x11-0" in problem
    assert "apt-file search" in problem and "libweird.so.9" in problem


def test_no_display_is_explained(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    problem = qt_start_problem("xcb", ldd=lambda _path: "")
    assert problem is not None and "xvfb-run" in problem


def test_package_names() -> None:
    assert debian_packages_for(["libGL.so.1", "libxcb-icccm.so.4", "libnope.so"]) == (
        ["libgl1", "libxcb-icccm4"],
        ["libnope.so"],
    )


def test_this_machine_can_start_qt_offscreen() -> None:
    assert qt_start_problem("offscreen") is None


def test_every_library_qt_links_has_a_package() -> None:
    """Whatever PySide6 links today (found or not), the table can name its package."""
    qt = qt_preflight._qt_dir()
    assert qt is not None
    sonames = set()
    for rel in (
        *qt_preflight._COMMON,
        *qt_preflight._PLATFORM_FILES["xcb"],
        *qt_preflight._PLATFORM_FILES["offscreen"],
    ):
        for line in qt_preflight._ldd(qt / rel).splitlines():
            name = line.split("=>")[0].strip()
            if "=>" in line and not name.startswith(("libQt6", "libicu")) and Path(name).name == name:
                sonames.add(name)
    basics = (
        "libc.so",
        "libm.so",
        "libstdc++",
        "libgcc_s",
        "libpthread",
        "libdl.so",
        "librt.so",
        "libbsd",
        "libmd.so",
        "libcap",
        "libgcrypt",
        "libgpg-error",
        "liblz4",
        "liblzma",
        "libsystemd",
        "libexpat",
        "libpcre2",
        "libbrotli",
        "libffi",
        "libselinux",
        "libmount",
        "libblkid",
        "libpyside",
        "libshiboken",
    )
    unmapped = sorted(s for s in sonames if s not in qt_preflight.PACKAGES and not s.startswith(basics))
    assert unmapped == []


def test_the_start_up_check_runs_no_ldd_when_qt_loads(monkeypatch: pytest.MonkeyPatch) -> None:
    """ldd (several runs, 40-100 ms) only after Qt failed to load."""

    def no_ldd(_path: Path) -> str:
        raise AssertionError("ldd ran although Qt loads")

    monkeypatch.setattr(qt_preflight, "_ldd", no_ldd)
    assert qt_preflight.qt_load_problem("offscreen") is None
    monkeypatch.setenv("DISPLAY", ":99")
    assert qt_preflight.qt_load_problem("xcb") is None  # the plugin loads; no server is needed for that


def test_a_plugin_that_fails_to_load_is_explained(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    broken = tmp_path / "Qt"
    (broken / "plugins" / "platforms").mkdir(parents=True)
    (broken / "plugins" / "platforms" / "libqxcb.so").write_bytes(b"not a library")
    monkeypatch.setattr(qt_preflight, "_qt_dir", lambda: broken)
    monkeypatch.setattr(qt_preflight, "_ldd", lambda _path: LDD_MISSING)
    monkeypatch.setenv("DISPLAY", ":99")
    problem = qt_preflight.qt_load_problem("xcb")
    assert problem is not None and "sudo apt-get install -y libxcb-cursor0" in problem
