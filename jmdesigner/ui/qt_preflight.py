"""Can Qt start here? Asked before QApplication exists, because Qt's own answer is an abort.

Qt's xcb plugin aborts the process with a cryptic message when a system library is missing
or there is no display. ``qt_load_problem`` is the quick question every start asks: is there
a display, and do Qt and its platform plugin load (the dynamic loader resolves what they
link, as Qt itself would a moment later)? Only when they do not does ``qt_start_problem`` find
the missing libraries with ``ldd`` (several runs, 40–100 ms) and name the exact Debian/Ubuntu
packages to install.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

# Shared libraries that PySide6's Qt links against, and the Debian/Ubuntu packages that ship them.
PACKAGES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libGLdispatch.so.0": "libglvnd0",
    "libOpenGL.so.0": "libopengl0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libXau.so.6": "libxau6",
    "libXdmcp.so.6": "libxdmcp6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libpng16.so.16": "libpng16-16",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb.so.1": "libxcb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libz.so.1": "zlib1g",
    "libzstd.so.1": "libzstd1",
}

_COMMON = ("lib/libQt6Core.so.6", "lib/libQt6Gui.so.6", "lib/libQt6Widgets.so.6")
_PLATFORM_FILES = {
    "offscreen": ("plugins/platforms/libqoffscreen.so",),
    "xcb": ("plugins/platforms/libqxcb.so", "lib/libQt6XcbQpa.so.6"),
}


def _platform(platform: str | None) -> str:
    platform = platform or os.environ.get("QT_QPA_PLATFORM", "").split(":")[0] or "xcb"
    if platform == "xcb" and os.environ.get("WAYLAND_DISPLAY") and not os.environ.get("DISPLAY"):
        platform = "wayland"
    return platform


def _display_problem(platform: str) -> str | None:
    if platform == "xcb" and not os.environ.get("DISPLAY"):
        return (
            "No display found. Run jmdesigner in a desktop session, or without a screen use "
            "“xvfb-run -a jmdesigner …” or QT_QPA_PLATFORM=offscreen."
        )
    return None


def _checked_platform(platform: str | None) -> tuple[str | None, str | None]:
    """(The platform Qt will use, or None off Linux where nothing is checked; why there is no
    display for it, or None.)"""
    if not sys.platform.startswith("linux"):
        return None, None
    platform = _platform(platform)
    return platform, _display_problem(platform)


def qt_load_problem(platform: str | None = None) -> str | None:
    """The start-up check: None when Qt Widgets and the platform plugin load, else what is wrong
    (from ``qt_start_problem`` when it can name the missing packages)."""
    platform, problem = _checked_platform(platform)
    if platform is None or problem:
        return problem
    try:
        import PySide6.QtWidgets  # noqa: F401 - the app imports it next anyway

        qt = _qt_dir()
        if qt is not None:
            for rel in _PLATFORM_FILES.get(platform, ()):
                if (qt / rel).exists():  # (Linux) what Qt dlopens in QApplication, where it aborts
                    _load(qt / rel)
    except (ImportError, OSError) as exc:
        return qt_start_problem(platform) or f"Qt cannot start: {exc}."
    return None


def _load(path: Path) -> None:
    """Loads the shared library as the dynamic loader would for Qt, every symbol resolved; OSError
    if it cannot. Through QtCore, loaded already: importing ctypes' module for this was ~1.5 ms."""
    from PySide6.QtCore import QLibrary

    library = QLibrary(str(path))
    library.setLoadHints(QLibrary.LoadHint.ResolveAllSymbolsHint)
    if not library.load():
        raise OSError(library.errorString())


def _qt_dir() -> Path | None:
    try:
        import PySide6
    except ImportError:
        return None
    return Path(PySide6.__file__).parent / "Qt"


def _ldd(path: Path) -> str:
    import subprocess  # only after Qt failed to load

    result = subprocess.run(["ldd", str(path)], capture_output=True, text=True, timeout=30, check=False)
    return result.stdout


def missing_qt_libraries(platform: str, ldd: object = None) -> list[str]:
    """Sonames Qt needs for ``platform`` that the system cannot find (empty when unknown)."""
    run = ldd if callable(ldd) else _ldd
    qt = _qt_dir()
    import shutil

    if qt is None or (run is _ldd and shutil.which("ldd") is None):
        return []
    missing: list[str] = []
    for rel in (*_COMMON, *_PLATFORM_FILES.get(platform, ())):
        path = qt / rel
        if not path.exists() and run is _ldd:
            continue
        for line in str(run(path)).splitlines():
            if "=> not found" in line:
                soname = line.split("=>")[0].strip()
                if soname not in missing:
                    missing.append(soname)
    return missing


def debian_packages_for(sonames: list[str]) -> tuple[list[str], list[str]]:
    """(packages to install, sonames with no known package)."""
    packages = sorted({PACKAGES[s] for s in sonames if s in PACKAGES})
    unknown = [s for s in sonames if s not in PACKAGES]
    return packages, unknown


def qt_start_problem(platform: str | None = None, ldd: object = None) -> str | None:
    """None when Qt can start; otherwise what is wrong and the command that fixes it."""
    platform, problem = _checked_platform(platform)
    if platform is None or problem:
        return problem
    missing = missing_qt_libraries(platform, ldd)
    if not missing:
        return None
    packages, unknown = debian_packages_for(missing)
    parts = [f"Qt cannot start: the system lacks {', '.join(missing)}."]
    if packages:
        parts.append(f"Install them with: sudo apt-get install -y {' '.join(packages)}")
    if unknown:
        parts.append(f"Find the package for {', '.join(unknown)} with “apt-file search NAME”.")
    return " ".join(parts)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    platform = args[args.index("--platform") + 1] if "--platform" in args else None
    problem = qt_start_problem(platform)
    if problem:
        print(f"jmdesigner: {problem}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
