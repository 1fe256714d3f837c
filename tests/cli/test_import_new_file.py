"""``jmdesigner import NEW.jmap MAP.json``: the new file holds exactly what adding the map as an
undoable command into an empty document holds, though no undo history is recorded for a file
not written yet; a refused map leaves no file; the verb's process loads only what it uses."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from jmdesigner.cli import main
from jmdesigner.interchange.formats import read_file
from jmdesigner.interchange.json_map import dumps, map_to_json
from jmdesigner.model import Document, UndoStack
from jmdesigner.model import commands as cmd
from jmdesigner.storage.jmapfile import JmapFile
from jmdesigner.storage.new_file import write_new
from tests.builders import content_of, every_kind_document
from tests.storage.test_new_file import rows

ROOT = Path(__file__).resolve().parents[2]


def _sources(tmp_path: Path) -> list[Path]:
    """Every map of the every-kind document as JSON: held notes, links, photos, points, dots."""
    doc = every_kind_document()
    paths = []
    for i, jmap in enumerate(doc.maps()):
        path = tmp_path / f"map{i}.json"
        path.write_text(dumps(map_to_json(doc, jmap.id)), encoding="utf-8")
        paths.append(path)
    return paths


def _by_command(source: Path) -> Document:
    """The map added to an empty document as the one undoable command an import into an
    existing file is."""
    _, imported = read_file(source)
    doc = Document()
    UndoStack(doc).push(cmd.add_map(imported.bundle_for(doc)))
    return doc


def test_a_new_file_holds_what_the_command_adds(tmp_path: Path) -> None:
    for source in _sources(tmp_path):
        made = tmp_path / f"{source.stem}.jmap"
        assert main(["import", str(made), str(source)]) == 0
        expected = _by_command(source)
        with JmapFile.open(made, read_only=True) as jfile:
            assert content_of(jfile.document.snapshot()) == content_of(expected.snapshot())
        write_new(expected, tmp_path / "expected.jmap")
        found, wanted = rows(made), rows(tmp_path / "expected.jmap")
        for table in ("maps", "personas", "stages", "lanes", "cards", "emotion_points", "card_links"):
            assert len(found[table]) == len(wanted[table]) > 0 or table == "card_links"
        assert found["integrity"] == [("ok",)] and found["orphans"] == [] and found["structure"] is None
        (tmp_path / "expected.jmap").unlink()


def test_a_refused_card_deep_in_a_map_leaves_no_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _sources(tmp_path)[0]
    data = json.loads(source.read_text(encoding="utf-8"))
    card = data["cards"][0]
    data["cards"] = [dict(card, text=f"card {i}") for i in range(300)]
    data["cards"][250]["text"] = "x" * 10_001
    source.write_text(json.dumps(data), encoding="utf-8")
    assert main(["import", str(tmp_path / "new.jmap"), str(source)]) == 1
    said = capsys.readouterr().err
    assert said.count("\n") == 1 and "cards[250]" in said and "10,001" in said
    assert not (tmp_path / "new.jmap").exists()
    assert not [p for p in tmp_path.iterdir() if p.suffix in (".jmap", ".tmp")]


def test_main_called_in_process_leaves_the_collector_as_it_was(tmp_path: Path) -> None:
    """The program's own run spares its exit the collector's last walk (``gc.freeze``); a caller
    in the same process goes on, so ``main(argv)`` freezes nothing."""
    source = _sources(tmp_path)[0]
    frozen, enabled = gc.get_freeze_count(), gc.isenabled()
    assert main(["import", str(tmp_path / "new.jmap"), str(source)]) == 0
    assert gc.get_freeze_count() == frozen and gc.isenabled() == enabled


def test_the_import_verb_loads_neither_logging_nor_the_undo_commands(tmp_path: Path) -> None:
    """Counted in a fresh interpreter: the modules a JSON import into a new file needs, and not
    the ones it never uses (each costs every run its import)."""
    source = _sources(tmp_path)[0]
    code = (
        "import sys; from jmdesigner.cli import main; "
        f"status = main(['import', {str(tmp_path / 'new.jmap')!r}, {str(source)!r}]); "
        "print(status, sorted(m for m in ('logging', 'jmdesigner.model.commands', 'jmdesigner.model.undo', "
        "'sqlalchemy', 'jmdesigner.storage.jmapfile') if m in sys.modules))"
    )
    env = {**os.environ, "JMDESIGNER_CONFIG_DIR": str(tmp_path / "config")}
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.split("\n")[-2] == "0 []"
