"""Workshop mode: the map full screen for a projector, with stage focus, a timer and dot voting."""

from jmdesigner.ui.workshop.window import WorkshopWindow, open_workshop

__all__ = ["WorkshopWindow", "open_workshop"]
