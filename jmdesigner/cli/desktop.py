"""``jmdesigner --install-desktop``: a menu entry, the icon and the .jmap file type, for this user.

Files go under ``$XDG_DATA_HOME`` (``~/.local/share``), the places the freedesktop specifications
read: ``applications/``, ``mime/packages/`` and ``icons/hicolor/``. The entry's ``Exec`` is the
command that is running now (the installed script, or the one-folder app), so a file manager
opens ``.jmap`` files with this very jmdesigner. The system's cache tools run when present; an
entry still works without them, only later.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

from jmdesigner.errors import JmError
from jmdesigner.i18n import translate
from jmdesigner.resources import resource_path

APP_ID = "jmdesigner"
MIME_TYPE = "application/x-jmdesigner"
DESKTOP_FILE = f"{APP_ID}.desktop"
MIME_FILE = f"{APP_ID}.xml"
MIME_ICON = MIME_TYPE.replace("/", "-")
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def command_line() -> list[str]:
    """How to start this jmdesigner again: the frozen app, the installed script, or ``python -m``."""
    if getattr(sys, "frozen", False):
        return [str(Path(sys.executable).resolve())]
    script = Path(sys.executable).parent / "jmdesigner"
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script.absolute())]
    found = shutil.which("jmdesigner")
    if found:
        return [str(Path(found).absolute())]
    return [str(Path(sys.executable).absolute()), "-m", "jmdesigner"]


def _exec_value(argv: list[str]) -> str:
    """The Desktop Entry spec's quoting: arguments with reserved characters in double quotes."""
    quoted = []
    for arg in argv:
        if any(c in arg for c in " \t\n\"'\\><~|&;$*?#()`"):
            escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg)
            arg = f'"{escaped}"'
        quoted.append(arg.replace("\\", "\\\\").replace("%", "%%"))
    return " ".join(quoted)


def desktop_entry(argv: list[str]) -> str:
    template = resource_path("desktop", DESKTOP_FILE).read_text(encoding="utf-8")
    lines = [
        f"Exec={_exec_value(argv)} %f" if line.startswith("Exec=") else line for line in template.splitlines()
    ]
    return "\n".join(lines) + "\n"


def installed_files(home: Path) -> list[Path]:
    icons = home / "icons" / "hicolor"
    files = [home / "applications" / DESKTOP_FILE, home / "mime" / "packages" / MIME_FILE]
    for size in ICON_SIZES:
        files += [icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png"]
        files += [icons / f"{size}x{size}" / "mimetypes" / f"{MIME_ICON}.png"]
    files += [icons / "scalable" / "apps" / f"{APP_ID}.svg"]
    files += [icons / "scalable" / "mimetypes" / f"{MIME_ICON}.svg"]
    return files


def install(home: Path | None = None, argv: list[str] | None = None) -> list[Path]:
    """Write the entry, the MIME type and the icons; return the files written."""
    home = home or data_home()
    try:
        written = []
        for target in installed_files(home):
            target.parent.mkdir(parents=True, exist_ok=True)
            if target.name == DESKTOP_FILE:
                target.write_text(desktop_entry(argv or command_line()), encoding="utf-8")
            elif target.name == MIME_FILE:
                shutil.copyfile(resource_path("desktop", "jmdesigner-mime.xml"), target)
            elif target.suffix == ".svg":
                shutil.copyfile(resource_path("icons", "jmdesigner.svg"), target)
            else:
                size = target.parent.parent.name
                shutil.copyfile(resource_path("icons", "hicolor", size, "jmdesigner.png"), target)
            written.append(target)
    except OSError as exc:
        raise JmError(
            translate("Desktop", "Could not install the desktop entry in {home}: {reason}.").format(
                home=home, reason=exc.strerror or exc
            )
        ) from None
    _refresh(home)
    return written


def uninstall(home: Path | None = None) -> list[Path]:
    """Remove what ``install`` wrote (nothing else); return the files removed."""
    home = home or data_home()
    removed = []
    for target in installed_files(home):
        try:
            target.unlink()
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise JmError(
                translate("Desktop", "Could not remove {target}: {reason}.").format(
                    target=target, reason=exc.strerror or exc
                )
            ) from None
        removed.append(target)
    _refresh(home)
    return removed


def _refresh(home: Path) -> None:
    """Rebuild the caches the desktop reads; each tool is optional."""
    for tool, folder in (
        ("update-mime-database", home / "mime"),
        ("update-desktop-database", home / "applications"),
        ("gtk-update-icon-cache", home / "icons" / "hicolor"),
    ):
        exe = shutil.which(tool)
        if exe and folder.is_dir():
            args = [exe, "-q", "-t", "-f", str(folder)] if tool == "gtk-update-icon-cache" else [exe]
            if tool != "gtk-update-icon-cache":
                args.append(str(folder))
            subprocess.run(args, check=False, capture_output=True, timeout=60)


def run(action: str) -> int:
    if action == "install":
        files = install()
        print(
            translate(
                "Cli",
                "Installed the jmdesigner menu entry, icon and .jmap file type (%n file(s)):",
                None,
                len(files),
            )
        )
        print(f"  {files[0]}")
        print("  Exec: " + shlex.join(command_line()))
    else:
        files = uninstall()
        said = translate("Cli", "Removed %n jmdesigner desktop file(s) from {folder}.", None, len(files))
        print(said.format(folder=data_home()))
    return 0
