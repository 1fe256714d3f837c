"""The command behaves in a shell: closed pipes, full devices, Qt's own options, completion."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from jmdesigner.cli.qt_options import split_qt_options


def _command(*args: str, **kw: object) -> subprocess.CompletedProcess[str]:
    kw.setdefault("capture_output", True)
    return subprocess.run([sys.executable, "-m", "jmdesigner", *args], text=True, timeout=120, **kw)


def test_a_closed_pipe_ends_quietly_without_a_traceback() -> None:
    code = (
        "import os, sys\nr, w = os.pipe()\nos.close(r)\nos.dup2(w, 1)\n"
        "from jmdesigner.cli import main\nsys.exit(main(['templates']))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("C", "Could not write the output: the disk is full."),
        ("de_DE.UTF-8", "Die Ausgabe konnte nicht geschrieben werden: Der Datenträger ist voll."),
    ],
)
def test_a_full_device_is_one_sentence_in_the_users_language_and_status_1(lang: str, said: str) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    with open("/dev/full", "w") as full:
        result = _command(
            "templates", stdout=full, stderr=subprocess.PIPE, capture_output=False, env={**env, "LANG": lang}
        )
    assert result.returncode == 1
    assert result.stderr == f"jmdesigner: error: {said}\n"


def test_usage_mistakes_are_2_and_refusals_are_1(tmp_path: Path) -> None:
    assert _command("info").returncode == 2
    missing = _command("info", str(tmp_path / "missing.jmap"))
    assert missing.returncode == 1 and missing.stderr.count("\n") == 1


def test_qt_options_are_set_apart_with_their_values() -> None:
    ours, qt = split_qt_options(["-style", "fusion", "map.jmap", "-reverse", "--screenshot", "a.png"])
    assert ours == ["map.jmap", "--screenshot", "a.png"]
    assert qt == ["-style", "fusion", "-reverse"]
    assert split_qt_options(["-platform=offscreen", "x.jmap"]) == (["x.jmap"], ["-platform=offscreen"])


def test_qt_options_reach_qt(tmp_path: Path) -> None:
    path = tmp_path / "a.jmap"
    assert _command("new", str(path)).returncode == 0
    out = tmp_path / "shot.png"
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    result = _command(
        "-platform", "offscreen", "-style", "fusion", str(path), "--screenshot", str(out), env=env
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"\x89PNG")
    wrong = _command("-platform", "no-such-platform", str(path), "--screenshot", str(out), env=env)
    assert wrong.returncode != 0  # Qt itself read the option (and refused the platform)


@pytest.mark.parametrize("shell", ["bash", "zsh"])
def test_completion_scripts_complete_verbs_and_options(shell: str) -> None:
    result = _command("--completion", shell)
    assert result.returncode == 0
    if shutil.which("bash") is None:
        pytest.skip("bash is not installed")
    script = result.stdout
    if shell == "zsh":
        script = script.replace("autoload -U +X bashcompinit && bashcompinit\n", "")
    probe = script + (
        'COMP_WORDS=(jmdesigner ex); COMP_CWORD=1; _jmdesigner; echo "${COMPREPLY[@]}"\n'
        'COMP_WORDS=(jmdesigner export --la); COMP_CWORD=2; _jmdesigner; echo "${COMPREPLY[@]}"\n'
    )
    lines = subprocess.run(["bash", "-c", probe], capture_output=True, text=True, timeout=30).stdout
    assert lines.splitlines()[:2] == ["export", "--landscape --layout"]
