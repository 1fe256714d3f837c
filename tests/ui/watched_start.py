"""A start of the app in a child process, watched by a script, as the start-up tests run it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any


def watched_start(tmp_path: Path, script: str, *args: str, bytecode: bool = False) -> Any:
    """What ``script`` (a start of the app, watched) printed last, as JSON; its own settings and
    data folders in ``tmp_path``. ``bytecode``: written as an installed app has it."""
    env = {
        **{k: v for k, v in os.environ.items() if not (bytecode and k == "PYTHONDONTWRITEBYTECODE")},
        "QT_QPA_PLATFORM": "offscreen",
        "JMDESIGNER_CONFIG_DIR": str(tmp_path / "config"),
        "JMDESIGNER_DATA_DIR": str(tmp_path / "data"),
    }
    result = subprocess.run(
        [sys.executable, "-c", script, *args], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])
