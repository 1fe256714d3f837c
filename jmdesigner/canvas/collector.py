"""The canvas's name for ``jmdesigner.collector_pause.collector_paused`` (one module at the package
base serves the canvas, the window's heap and the background backup); new code imports that."""

from __future__ import annotations

from jmdesigner.collector_pause import collector_paused

__all__ = ["collector_paused"]
