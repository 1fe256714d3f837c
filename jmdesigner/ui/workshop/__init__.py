"""Workshop mode: the map full screen for a projector, with stage focus, a timer and dot voting."""

from jmdesigner.ui.workshop.window import KeysToWorkshop, WorkshopWindow, open_workshop

__all__ = ["KeysToWorkshop", "WorkshopWindow", "open_workshop"]
