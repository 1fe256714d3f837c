"""The pure core: journey-map entities, the document API and undoable commands.

Nothing here imports Qt, SQLAlchemy or ReportLab, so it is tested without a QApplication.
The names below load on first use (PEP 562): importing one light submodule
(``jmdesigner.model.kinds`` for the window's icons) must not
pay for the document API, which the window with no file never uses.
"""

from __future__ import annotations

import importlib

TYPE_CHECKING = False  # typing's constant, without importing typing (the command line's start-up)
if TYPE_CHECKING:
    from typing import Any

    from jmdesigner.model.bundle import MapBundle, add_bundle, bundle_of
    from jmdesigner.model.document import UNORDERED, Change, Document, Kind, Op
    from jmdesigner.model.entities import (
        Card,
        CardLink,
        EmotionPoint,
        JourneyMap,
        Lane,
        Persona,
        Photo,
        Stage,
    )
    from jmdesigner.model.ids import new_id
    from jmdesigner.model.kinds import CurveStyle, Evidence, LaneKind, MapState
    from jmdesigner.model.undo import UndoStack

_HOMES = {
    "MapBundle": "bundle",
    "add_bundle": "bundle",
    "bundle_of": "bundle",
    "UNORDERED": "document",
    "Change": "document",
    "Document": "document",
    "Kind": "document",
    "Op": "document",
    "Card": "entities",
    "CardLink": "entities",
    "EmotionPoint": "entities",
    "JourneyMap": "entities",
    "Lane": "entities",
    "Persona": "entities",
    "Photo": "entities",
    "Stage": "entities",
    "new_id": "ids",
    "CurveStyle": "kinds",
    "Evidence": "kinds",
    "LaneKind": "kinds",
    "MapState": "kinds",
    "UndoStack": "undo",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value


__all__ = [
    "UNORDERED",
    "Card",
    "CardLink",
    "Change",
    "CurveStyle",
    "Document",
    "EmotionPoint",
    "Evidence",
    "JourneyMap",
    "Kind",
    "Lane",
    "LaneKind",
    "MapBundle",
    "MapState",
    "Op",
    "Persona",
    "Photo",
    "Stage",
    "UndoStack",
    "add_bundle",
    "bundle_of",
    "new_id",
]
