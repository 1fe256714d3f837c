"""The bundled faces are registered with Qt after the window's first frame (``ui.app``), or with
the first in-place editor. Without a desktop theme the window's font names a generic family
("Sans Serif") that the system's face answers until then and the bundled Noto Sans after: the
window then follows as a whole, every widget laid out again in the face it paints in (a label kept
the size its text had in the first face, and each widget changed face only when it next happened
to be painted).

Each case is a fresh interpreter: the faces are registered once per process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

CHILD = """
import json
from PySide6.QtGui import QFont, QFontInfo
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
text = "Ist-Zustand (wie es heute ist)"
label = QLabel(text)
title = QLabel("Map")
bold = QFont(title.font())
bold.setBold(True)
title.setFont(bold)
for widget in (label, title):
    widget.show()
app.processEvents()
first = QFontInfo(label.font()).family()
from jmdesigner.canvas import style
style.register_fonts()
app.processEvents()
fresh, fresh_title = QLabel(text), QLabel("Map")
fresh_title.setFont(bold)
print(json.dumps({
    "first": first,
    "faces": [QFontInfo(w.font()).family() for w in (label, title, fresh)],
    "sizes": [[w.sizeHint().width(), w.sizeHint().height()] for w in (label, title)],
    "fresh": [[w.sizeHint().width(), w.sizeHint().height()] for w in (fresh, fresh_title)],
}))
"""


def test_a_window_shown_before_the_faces_are_registered_is_laid_out_again_in_its_new_face(
    tmp_path: Path,
) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "JMDESIGNER_CONFIG_DIR": str(tmp_path / "config"),
        "JMDESIGNER_DATA_DIR": str(tmp_path / "data"),
    }
    result = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    faces = seen["faces"]
    assert faces[0] == faces[1] == faces[2]  # the widgets shown before and one made after: one face
    assert seen["sizes"] == seen["fresh"], seen  # each laid out for the face it paints in
