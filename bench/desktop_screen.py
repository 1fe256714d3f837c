"""A desktop-sized screen for Qt's offscreen platform, for the whole-process app figures.

The offscreen platform's one screen is 800×800 by default. jmdesigner's first start fits its
1400×900 window to the screen's free area, so on that screen the app would paint a ~784×752
window beside a 1600×1000 floor and look faster than on a real desktop. The app and its floor
run on a 1920×1080 screen alike (the plugin's JSON ``configfile``), so the app paints the same
1400×900 window it painted before the fit and the floor its same view.
"""

from __future__ import annotations

import json
from pathlib import Path

SCREEN = {"name": "desktop", "x": 0, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96}


def offscreen_desktop(folder: Path) -> str:
    """A ``QT_QPA_PLATFORM`` value: offscreen with one 1920×1080 screen (its file in ``folder``)."""
    config = folder / "desktop-screen.json"
    config.write_text(json.dumps({"screens": [SCREEN]}), encoding="utf-8")
    return f"offscreen:configfile={config}"
