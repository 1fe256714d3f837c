"""Private settings and data folders for a bench run: a bench never touches the user's saved
window layout, recent-files list, drafts or logs (it used to fill the recent list with
/tmp/room-bench-… paths and save the bench window's layout as the user's)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def use_private_dirs(prefix: str = "jm-bench-", *, keep_given: bool = False) -> Path:
    """Point JMDESIGNER_CONFIG_DIR and JMDESIGNER_DATA_DIR at a fresh temporary folder (with
    ``keep_given``, folders a parent process already chose are kept); returns the folder."""
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    for name, sub in (("JMDESIGNER_CONFIG_DIR", "config"), ("JMDESIGNER_DATA_DIR", "data")):
        if not (keep_given and os.environ.get(name)):
            os.environ[name] = str(folder / sub)
    return folder
