"""PySide's ``__feature__`` import hook, taken off once Qt has loaded: the app selects no feature.

Importing PySide6 replaces ``builtins.__import__`` with PySide's ``__feature_import__``, so that
``from __feature__ import snake_case`` can switch one module to snake_case names. Around every
import statement it then runs two Python functions, and the first time a module comes back from
one it reads that module's whole source looking for the word "PySide6" (``inspect.getsource``).
Every module the app imports after Qt pays that: the window's with no file (~4 ms of the start),
and with a file the canvas, the store, the layout, the text system and the docks (~15 ms of a
start on a 2,000-card map). jmdesigner selects no feature anywhere, so nothing needs the answer.

``drop_feature_import_hook`` points ``builtins.__import__`` at the function PySide's hook calls
itself once it has decided an import is not ``__feature__`` (``builtins.__orig_import__``, which
still completes ``from PySide6.QtX import *`` with the classes PySide makes lazily). Qt classes
behave as before: a module PySide never looked at is one it treats as selecting no feature, as it
already does for every module imported before Qt. PySide has no setting that turns the hook off;
if its names change (the hook is not installed, or not under these names) nothing is touched.
"""

from __future__ import annotations

import builtins


def drop_feature_import_hook() -> bool:
    """Import statements from here on go straight to PySide's own import; True when it was done
    (or had been done already), False when PySide's hook is not what this expects (left alone)."""
    hook = getattr(builtins, "__feature_import__", None)
    plain = getattr(builtins, "__orig_import__", None)
    if hook is None or not callable(plain):
        return False
    if builtins.__import__ is plain:
        return True
    if builtins.__import__ is not hook:  # someone else's import hook: theirs to keep
        return False
    builtins.__import__ = plain
    return True
