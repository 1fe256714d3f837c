"""The map canvas: a QGraphicsScene drawn from the pure layout, and the view that edits through commands.

The scene never writes the model; it redraws from document notifications. Every gesture of
the view becomes a command on the UndoStack it was given. The package imports its scene and
view only when they are first asked for, so the window's icons and palette (modules of this
package) start without the layout and the text system.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jmdesigner.canvas.scene import MapScene
    from jmdesigner.canvas.view import MapView

__all__ = ["MapScene", "MapView"]


def __getattr__(name: str) -> Any:
    if name == "MapScene":
        from jmdesigner.canvas.scene import MapScene

        return MapScene
    if name == "MapView":
        from jmdesigner.canvas.view import MapView

        return MapView
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
