"""Child process for the crash test: random edits on a .jmap file, each reported as it completes.

Before each edit the child applies the same edit to an in-memory mirror (no file) and
prints ``WILL <n> <digest>``: the document as it will be if the edit commits. After the
edit has returned (and so, by the file's promise, is on disk) it prints ``DONE <n> <digest>``.
The parent kills this process at a random moment; the reopened file must then equal the
last DONE digest, or the WILL digest of the one edit in flight, and nothing else.

Usage: python -m tests.safety.crash_child FILE SEED
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from collections.abc import Callable
from pathlib import Path

from jmdesigner.errors import ValidationError
from jmdesigner.model import Card, Document, EmotionPoint, Stage, UndoStack, new_id
from jmdesigner.model import commands as cmd
from jmdesigner.model.commands import Command
from jmdesigner.storage.jmapfile import JmapFile
from tests.builders import sample_bundle


def digest(doc: Document) -> str:
    text = json.dumps(doc.snapshot(), sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()[:20]


def choose(doc: Document, rng: random.Random, n: int) -> Callable[[], Command] | str | None:
    """A factory for one random edit (called twice: mirror, then file), or "undo"/"redo"."""
    roll = rng.random()
    if roll < 0.08:
        return "undo"
    if roll < 0.12:
        return "redo"
    maps = doc.maps()
    if not maps or roll < 0.14:
        bundle = sample_bundle(f"Map {n}", stages=2, cards_per_cell=1)
        return lambda: cmd.add_map(bundle)
    m = rng.choice(maps)
    stages, lanes = doc.stages(m.id), [la for la in doc.lanes(m.id) if la.kind != "emotions"]
    cards = doc.cards(m.id)
    if roll < 0.45 and stages and lanes:
        card = Card(
            new_id(),
            m.id,
            rng.choice(stages).id,
            rng.choice(lanes).id,
            f"edit {n} " + "x" * rng.randrange(300),
        )
        return lambda: cmd.insert_card(card)
    if roll < 0.65 and cards:
        card_id, text = rng.choice(cards).id, f"edit {n} changed"
        return lambda: cmd.update_card(card_id, text=text, votes=n % 100)
    if roll < 0.75 and cards and stages and lanes:
        card_id, stage_id, lane_id = rng.choice(cards).id, rng.choice(stages).id, rng.choice(lanes).id
        return lambda: cmd.move_card(card_id, stage_id, lane_id, 0)
    if roll < 0.83 and cards:
        ids = [c.id for c in rng.sample(cards, min(len(cards), rng.randint(1, 3)))]
        return lambda: cmd.remove_cards(ids)
    if roll < 0.9:
        stage = Stage(new_id(), m.id, f"Stage {n}")
        return lambda: cmd.insert_stage(stage, 0)
    if m.persona_ids and stages:
        point = EmotionPoint(
            new_id(), m.id, rng.choice(m.persona_ids), rng.choice(stages).id, rng.randint(-2, 2)
        )
        return lambda: cmd.set_emotion(point)
    return None


def main() -> None:
    path, seed = Path(sys.argv[1]), int(sys.argv[2])
    rng = random.Random(seed)
    jfile = JmapFile.open(path)
    with JmapFile.open(path, read_only=True) as view:
        mirror = view.document
    mirror.read_only = False  # an in-memory twin with no persister
    real, twin = UndoStack(jfile.document), UndoStack(mirror)
    out = sys.stdout
    out.write(f"READY {digest(jfile.document)}\n")
    out.flush()
    n = 0
    while True:
        n += 1
        edit = choose(mirror, rng, n)
        if edit is None:
            continue
        if edit in ("undo", "redo"):
            getattr(twin, edit)()
            out.write(f"WILL {n} {digest(mirror)}\n")
            out.flush()
            getattr(real, edit)()
        else:
            try:
                twin.push(edit())
            except ValidationError:
                continue
            out.write(f"WILL {n} {digest(mirror)}\n")
            out.flush()
            real.push(edit())
        out.write(f"DONE {n} {digest(jfile.document)}\n")
        out.flush()


if __name__ == "__main__":
    main()
