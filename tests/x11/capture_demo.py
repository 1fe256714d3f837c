"""The live-capture check a person can watch: 30 cards typed with xdotool into the real window.

``make capture-demo`` runs it on your display when there is one (DISPLAY set: watch it type),
otherwise on a private Xvfb. The texts include what facilitators type all the time (leading
``-``, ``+``, ``=``, quotes, ``?``) and the keys that used to lose words (Esc, Tab). At the end
every text must be in the file exactly, in its cell, and the keys per card are counted.

Usage: python -m tests.x11.capture_demo [--own-display] [--delay MS]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from jmdesigner.model import UndoStack, commands
from jmdesigner.storage.jmapfile import JmapFile
from tests.builders import sample_bundle
from tests.x11.display import Display, x11_display

ROOT = Path(__file__).resolve().parents[2]
STAGES = 6

# (text, the key that ends the card). Tab keeps the text and moves to the next stage's cell.
SCRIPT: tuple[tuple[str, str], ...] = (
    ("Finds the shop through a friend", "Return"),
    ("-3 days wait for the call back", "Return"),
    ("+20% drop-off on the form", "Return"),
    ("=cost of a lost lead", "Return"),
    ('"I never got the email"', "Return"),
    ("? who owns onboarding", "Tab"),
    ("Compares three offers", "Return"),
    ("-2 stars on the app store", "Escape"),
    ("'Too many steps' says Ana", "Return"),
    ("+1 NPS after the call", "Return"),
    ("Asks the chatbot at 11 pm", "Tab"),
    ("Signs up on the phone", "Return"),
    ("=50% skip the tour", "Return"),
    ("-1 point: password rules", "Return"),
    ("Ärger über das Passwort", "Escape"),
    ("Gets the welcome pack", "Tab"),
    ("First order: 40 EUR", "Return"),
    ("? where is my parcel", "Return"),
    ("+ tracking link works", "Return"),
    ("- courier missed the slot", "Return"),
    ("Rates the delivery 4/5", "Tab"),
    ("Calls support (12 min hold)", "Return"),
    ("=2 calls per ticket", "Return"),
    ('"Finally, a human!"', "Return"),
    ("-5 min: hold music", "Escape"),
    ("Renews for a year", "Tab"),
    ("Refers a colleague", "Return"),
    ("+15% referral bonus", "Return"),
    ("? loyalty scheme next", "Return"),
    ("Leaves a 5-star review", "Return"),
)


@dataclass
class Result:
    expected: dict[str, list[str]]  # stage name -> texts in order
    found: dict[str, list[str]]
    keys: list[int]  # key presses per card (text + the ending key + any Tab to move on)

    @property
    def ok(self) -> bool:
        return self.expected == self.found


def make_file(path: Path) -> Path:
    """A map whose Touchpoints lane is empty, so every card typed is easy to find again."""
    with JmapFile.create(path) as jfile:
        stack = UndoStack(jfile.document)
        stack.push(commands.add_map(sample_bundle(stages=STAGES, cards_per_cell=0)))
    return path


def expected_cells() -> dict[str, list[str]]:
    cells: dict[str, list[str]] = {f"Stage {i + 1}": [] for i in range(STAGES)}
    stage = 0
    for text, end in SCRIPT:
        cells[f"Stage {stage + 1}"].append(text)
        if end == "Tab":
            stage += 1
    return {k: v for k, v in cells.items() if v}


def touchpoints(path: Path) -> dict[str, list[str]]:
    with JmapFile.open(path, read_only=True) as jfile:
        doc = jfile.document
        jmap = doc.maps()[0]
        lane = next(x for x in doc.lanes(jmap.id) if x.name == "Touchpoints")
        cells = {s.name: [c.text for c in doc.cards_in(s.id, lane.id)] for s in doc.stages(jmap.id)}
        return {k: v for k, v in cells.items() if v}


@contextmanager
def running_app(display: Display, path: Path, config: Path) -> Iterator[subprocess.Popen[str]]:
    env = {**display.env, "JMDESIGNER_CONFIG_DIR": str(config)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "jmdesigner", str(path)], cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True
    )
    try:
        yield proc
    finally:
        if proc.poll() is None:
            window = display.window_named("jmdesigner")
            display.activate(window)
            display.key("ctrl+q")
            try:
                proc.wait(15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(5)


def run_demo(display: Display, folder: Path, delay_ms: int = 12, screenshot: Path | None = None) -> Result:
    path = make_file(folder / "capture.jmap")
    keys: list[int] = []
    with running_app(display, path, folder / "config"):
        window = display.window_named(path.name)
        display.activate(window)
        time.sleep(0.5)  # the window settles; the canvas has the keyboard (nothing is clicked)
        display.key("ctrl+Home")
        for text, end in SCRIPT:
            display.type(text, delay_ms)
            display.key(end)
            keys.append(len(text) + 1)  # Esc keeps the text and the cell, Tab moves on: one key either way
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and touchpoints(path) != expected_cells():
            time.sleep(0.2)
        if screenshot is not None:
            display.screenshot(str(screenshot))
    return Result(expected_cells(), touchpoints(path), keys)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--own-display", action="store_true", help="always use a private Xvfb")
    parser.add_argument("--delay", type=int, default=40, help="milliseconds between typed keys")
    parser.add_argument("--screenshot", type=Path, help="save the screen at the end as a PNG")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        if os.environ.get("DISPLAY") and not args.own_display:
            display = Display(os.environ["DISPLAY"], {**os.environ, "QT_QPA_PLATFORM": "xcb"})
            result = run_demo(display, Path(tmp), args.delay, args.screenshot)
        else:
            with x11_display() as display:
                result = run_demo(display, Path(tmp), args.delay, args.screenshot)
    for stage, texts in result.expected.items():
        got = result.found.get(stage, [])
        for i, text in enumerate(texts):
            mark = "ok " if i < len(got) and got[i] == text else "LOST"
            print(f"{mark} {stage}: {text}")
    first20 = result.keys[:20]
    chars = sum(len(t) for t, _ in SCRIPT[:20])
    print(
        f"{len(SCRIPT)} cards; keys for the first 20 cards: {sum(first20)} for {chars} characters of text "
        f"({sum(first20) - chars} extra keys, {(sum(first20) - chars) / 20:.1f} per card) plus Ctrl+Home once"
    )
    print("every text arrived exactly" if result.ok else "SOME TEXT WAS LOST OR CHANGED")
    return 0 if result.ok else 1


if __name__ == "__main__":
    sys.exit(main())
