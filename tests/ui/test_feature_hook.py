"""PySide's ``__feature__`` import hook, dropped by the app once Qt has loaded.

Each case runs in a fresh interpreter: the hook lives in ``builtins`` for the whole process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

DROPPED = """
import builtins, json
import PySide6.QtWidgets
from jmdesigner.ui.feature_hook import drop_feature_import_hook
hooked = builtins.__import__ is builtins.__feature_import__
first = drop_feature_import_hook()
again = drop_feature_import_hook()
star = {}
exec("from PySide6.QtWidgets import *", star)  # the lazily made classes still come with a star
from PySide6.QtWidgets import QApplication, QStyle
app = QApplication([])
from PySide6.QtWidgets import QPushButton
button = QPushButton("x")
print(json.dumps({
    "hooked_before": hooked,
    "first": first,
    "again": again,
    "plain": builtins.__import__ is builtins.__orig_import__,
    "star": "QStyle" in star and "QWizard" in star,
    "enum": QStyle.StateFlag.State_Enabled.value,
    "camel": button.text(),
    "snake": hasattr(button, "set_text"),
}))
"""

OTHER_HOOK = """
import builtins, json
import PySide6.QtCore
theirs = builtins.__import__
def wrapper(*args, **kwargs):
    return theirs(*args, **kwargs)
builtins.__import__ = wrapper
from jmdesigner.ui.feature_hook import drop_feature_import_hook
print(json.dumps({"dropped": drop_feature_import_hook(), "kept": builtins.__import__ is wrapper}))
"""

NO_QT = """
import builtins, json, sys
before = builtins.__import__
from jmdesigner.ui.feature_hook import drop_feature_import_hook
print(json.dumps({"dropped": drop_feature_import_hook(), "kept": builtins.__import__ is before,
                  "qt": "PySide6" in sys.modules}))
"""


def _run(code: str) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def test_dropping_the_hook_leaves_pyside_import_star_enums_and_names_as_they_were() -> None:
    seen = _run(DROPPED)
    assert seen["hooked_before"] is True  # PySide installs the hook (else this test says nothing)
    assert seen == {
        "hooked_before": True,
        "first": True,
        "again": True,
        "plain": True,
        "star": True,
        "enum": 1,
        "camel": "x",
        "snake": False,
    }


def test_another_import_hook_on_top_of_pysides_is_left_alone() -> None:
    assert _run(OTHER_HOOK) == {"dropped": False, "kept": True}


def test_without_qt_there_is_nothing_to_drop() -> None:
    assert _run(NO_QT) == {"dropped": False, "kept": True, "qt": False}
