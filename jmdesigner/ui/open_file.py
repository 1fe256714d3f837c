"""The file a main window has open, with everything that exists only while it is open.

One object instead of seven optional attributes: either a window has an ``OpenFile`` (and
then all of its parts) or it has none.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the main window imports these with its first file, not at start-up
    from PySide6.QtWidgets import QDockWidget

    from jmdesigner.model import Document, UndoStack
    from jmdesigner.storage.store import DocumentStore
    from jmdesigner.ui.find_dock import FindDock
    from jmdesigner.ui.inspector import InspectorDock
    from jmdesigner.ui.map_navigator import MapNavigator
    from jmdesigner.ui.map_views import MapViews
    from jmdesigner.ui.outline_dock import OutlineDock


@dataclass(slots=True)
class OpenFile:
    jfile: DocumentStore  # a .jmap file or a team library
    stack: UndoStack  # one undo history per open file
    views: MapViews
    navigator: MapNavigator
    inspector: InspectorDock
    outline: OutlineDock
    find_dock: FindDock

    @property
    def doc(self) -> Document:
        return self.jfile.document

    @property
    def writable(self) -> bool:
        return not self.jfile.read_only

    def docks(self) -> tuple[QDockWidget, ...]:
        return (self.navigator, self.inspector, self.outline, self.find_dock)
