"""An individual opens a spreadsheet with jmdesigner (``jmdesigner visits.csv``, or "Open with"
in a file manager), on a real X11 display: it becomes a journey map of its own, by two Enters."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.x11.conftest import ROOT, cards_on_disk
from tests.x11.display import Display
from tests.x11.test_x11_capture import _wait_for


def test_a_spreadsheet_given_to_the_window_is_imported_into_a_new_file(
    display: Display, tmp_path: Path
) -> None:
    """It was refused as "not a SQLite database", with advice to import JSON; and the import
    dialog's Enter opened a file chooser (Qt made "Choose…" its default button)."""
    source = tmp_path / "visits.csv"
    source.write_text(
        "Stage,Lane,Text\nSearch,Touchpoints,Finds the shop on a map\nPay,Pain points,Card refused\n"
    )
    env = {
        **display.env,
        "JMDESIGNER_CONFIG_DIR": str(tmp_path / "config"),
        "JMDESIGNER_DATA_DIR": str(tmp_path / "data"),
    }
    app = subprocess.Popen([sys.executable, "-m", "jmdesigner", str(source)], cwd=ROOT, env=env)
    try:
        display.activate(display.window_named("Save the imported journey as"))
        display.key("Return")  # beside the spreadsheet, named after it
        display.activate(display.window_named("Import from a spreadsheet"))
        display.key("Return")  # the preview read, Enter imports
        made = tmp_path / "visits.jmap"
        _wait_for(lambda: made.exists() and len(cards_on_disk(made)) == 2)
        assert cards_on_disk(made) == [
            ("Search", "Touchpoints", "Finds the shop on a map"),
            ("Pay", "Pain points", "Card refused"),
        ]
        display.activate(display.window_named("visits.jmap"))
        display.key("ctrl+q")
        assert app.wait(15) == 0
    finally:
        if app.poll() is None:
            app.kill()
            app.wait(5)
