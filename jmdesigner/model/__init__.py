"""The pure core: journey-map entities, the document API and undoable commands.

Nothing here imports Qt, SQLAlchemy or ReportLab, so it is tested without a QApplication.
"""

from jmdesigner.model.bundle import MapBundle, add_bundle, bundle_of
from jmdesigner.model.document import UNORDERED, Change, Document, Kind, Op
from jmdesigner.model.entities import Card, CardLink, EmotionPoint, JourneyMap, Lane, Persona, Photo, Stage
from jmdesigner.model.ids import new_id
from jmdesigner.model.kinds import CurveStyle, Evidence, LaneKind, MapState
from jmdesigner.model.undo import UndoStack

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
