"""The map canvas: a QGraphicsScene drawn from the pure layout, and the view that edits through commands.

The scene never writes the model; it redraws from document notifications. Every gesture of
the view becomes a command on the UndoStack it was given.
"""

from jmdesigner.canvas.scene import MapScene
from jmdesigner.canvas.view import MapView

__all__ = ["MapScene", "MapView"]
