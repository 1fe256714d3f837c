"""A verb run in a fresh interpreter, as a user's command is, noting which modules it loaded."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def loaded_by(argv: list[str], watched: Iterable[str], tmp_path: Path) -> tuple[str, str]:
    """``jmdesigner argv`` run by ``main`` in a new interpreter (its settings in ``tmp_path``): the
    line "STATUS [the modules of ``watched`` it loaded]", and all it printed (for a failure)."""
    code = (
        f"import sys; from jmdesigner.cli import main; WATCHED = {sorted(watched)!r}; "
        f"status = main({argv!r}); "
        "print(status, sorted(m for m in WATCHED if m in sys.modules))"
    )
    env = {**os.environ, "JMDESIGNER_CONFIG_DIR": str(tmp_path / "config")}
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)
    return out.stdout.split("\n")[-2], out.stdout + out.stderr
