"""``--install-desktop``: a valid menu entry, the icon, and .jmap files recognised by their content."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from jmdesigner.cli import desktop

TOOLS = ("desktop-file-validate", "xdg-mime", "update-mime-database", "gio")
needs_tools = pytest.mark.skipif(
    any(shutil.which(t) is None for t in TOOLS),
    reason="desktop-file-utils, xdg-utils, shared-mime-info and gio are needed",
)


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_DIRS="/usr/local/share:/usr/share",
        XDG_CURRENT_DESKTOP="GNOME",  # xdg-mime asks gio, which reads the user's MIME database
    )
    return env


def _jmdesigner(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "jmdesigner", *args], env=env, capture_output=True, text=True, timeout=120
    )


def _filetype(env: dict[str, str], path: Path) -> str:
    out = subprocess.run(
        ["xdg-mime", "query", "filetype", str(path)], env=env, capture_output=True, text=True, timeout=60
    )
    return out.stdout.strip()


def test_the_shipped_entry_is_valid() -> None:
    if shutil.which("desktop-file-validate") is None:
        pytest.skip("desktop-file-utils is not installed")
    shipped = Path(__file__).parents[2] / "resources" / "desktop" / "jmdesigner.desktop"
    result = subprocess.run(["desktop-file-validate", str(shipped)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


@needs_tools
def test_install_makes_jmap_files_a_type_of_their_own_and_uninstall_removes_it(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = _env(home)
    ours = tmp_path / "plan.jmap"
    assert _jmdesigner(env, "new", str(ours)).returncode == 0
    renamed = tmp_path / "plan-without-suffix"  # no name to go by: only the content tells
    shutil.copyfile(ours, renamed)
    other = tmp_path / "other-database"
    with sqlite3.connect(other) as db:
        db.execute("create table t(x)")
    db.close()

    result = _jmdesigner(env, "--install-desktop")
    assert result.returncode == 0, result.stderr
    entry = home / ".local/share/applications/jmdesigner.desktop"
    check = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
    assert check.returncode == 0 and not check.stdout.strip(), check.stdout
    text = entry.read_text()
    assert "MimeType=application/x-jmdesigner;" in text
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    assert exec_line.endswith(" %f") and Path(exec_line[5:].split()[0].strip('"')).exists()
    assert (home / ".local/share/icons/hicolor/48x48/apps/jmdesigner.png").is_file()
    assert (home / ".local/share/icons/hicolor/scalable/apps/jmdesigner.svg").is_file()

    assert _filetype(env, ours) == "application/x-jmdesigner"
    assert _filetype(env, renamed) == "application/x-jmdesigner"  # the application id at offset 68
    assert _filetype(env, other) == "application/vnd.sqlite3"
    default = subprocess.run(
        ["xdg-mime", "query", "default", "application/x-jmdesigner"], env=env, capture_output=True, text=True
    )
    assert default.stdout.strip() == "jmdesigner.desktop"

    result = _jmdesigner(env, "--uninstall-desktop")
    assert result.returncode == 0, result.stderr
    assert not entry.exists()
    assert not list((home / ".local/share/icons").rglob("jmdesigner*"))
    assert _filetype(env, renamed) != "application/x-jmdesigner"


def test_exec_line_quotes_paths_with_spaces() -> None:
    entry = desktop.desktop_entry(["/opt/My Apps/jmdesigner"])
    assert 'Exec="/opt/My Apps/jmdesigner" %f' in entry


def test_an_unwritable_data_folder_is_one_sentence(tmp_path: Path) -> None:
    blocker = tmp_path / "share"
    blocker.write_text("a file where a folder should be")
    with pytest.raises(desktop.JmError, match="Could not install the desktop entry"):
        desktop.install(blocker, ["/usr/bin/jmdesigner"])


def test_install_and_uninstall_speak_the_language_of_lang_or_the_system(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = {**_env(home), "LANG": "C"}
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        env.pop(name, None)
    installed = _jmdesigner(env, "--install-desktop", "--lang", "de")
    assert installed.returncode == 0, installed.stderr
    assert "von jmdesigner installiert" in installed.stdout and "Installed" not in installed.stdout
    assert (home / ".local/share/applications/jmdesigner.desktop").is_file()

    removed = _jmdesigner({**env, "LANG": "de_DE.UTF-8"}, "--uninstall-desktop")
    assert removed.returncode == 0, removed.stderr
    assert "entfernt" in removed.stdout and "Removed" not in removed.stdout
    assert not (home / ".local/share/applications/jmdesigner.desktop").exists()

    english = _jmdesigner({**env, "LANG": "de_DE.UTF-8"}, "--lang", "en", "--uninstall-desktop")
    assert english.stdout.startswith("Removed 0 jmdesigner desktop file")


def test_a_missing_file_is_refused_in_the_language_of_lang(tmp_path: Path) -> None:
    env = {**_env(tmp_path / "home"), "LANG": "C"}
    result = _jmdesigner(env, "--lang", "de", str(tmp_path / "gone.jmap"))
    assert result.returncode == 1
    assert "gone.jmap existiert nicht." in result.stderr and result.stderr.count("\n") == 1
