"""Another jmdesigner process holding a document open for editing, for the "already open" tests."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_CODE = (
    "import sys, time\n"
    "from jmdesigner.model import UndoStack, commands as cmd\n"
    "from jmdesigner.storage.jmapfile import JmapFile\n"
    "f = JmapFile.open(sys.argv[1]); d = f.document\n"
    "if sys.argv[2] == 'edit':\n"
    "    UndoStack(d).push(cmd.update_map(d.maps()[0].id, title='Held'))\n"
    "print('READY' if not f.read_only else 'READ-ONLY', flush=True)\n"
    "time.sleep(120)\n"
)


def holding(path: Path, *, edit: bool = False, data_dir: Path | None = None) -> subprocess.Popen[str]:
    """A child that opened ``path`` for editing (and made one edit if ``edit``, so its holder record
    is in the file), sleeping until killed; ``data_dir``: its own data folder, like another user's."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    if data_dir is not None:
        env["JMDESIGNER_DATA_DIR"] = str(data_dir)
    child = subprocess.Popen(
        [sys.executable, "-c", _CODE, str(path), "edit" if edit else "open"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "READY"
    return child
