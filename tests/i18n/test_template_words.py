"""The templates speak the user's language: their names in the new-map dialog, and the stages,
lanes and descriptions of the map made from them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from jmdesigner.resources import resource_path
from jmdesigner.storage.jmapfile import JmapFile
from jmdesigner.template_words import WORDS
from jmdesigner.templates import load_template, templates

ROOT = Path(__file__).resolve().parents[2]


def _template_texts() -> set[str]:
    texts: set[str] = set()
    for info in json.loads(resource_path("templates", "index.json").read_text(encoding="utf-8")):
        texts |= {info["label"], info["summary"]}
        data = json.loads(resource_path("templates", f"{info['name']}.json").read_text(encoding="utf-8"))
        texts |= {data["title"], data.get("description", "")}
        texts |= {s["name"] for s in data["stages"]} | {s.get("description", "") for s in data["stages"]}
        texts |= {lane["name"] for lane in data["lanes"]} | {c.get("text", "") for c in data.get("cards", [])}
    return texts - {""}


def test_every_word_of_every_template_is_in_the_catalogue_list() -> None:
    assert _template_texts() - WORDS == set()


def test_in_english_a_template_is_its_file(qapp: Any) -> None:
    bundle = load_template("five-stage")
    assert [s.name for s in bundle.stages][:2] == ["Awareness", "Consideration"]
    assert templates()[0].label == "Five-stage journey"


def test_in_german_the_dialog_and_the_new_map_are_german(german: str) -> None:
    assert templates()[0].label == "Journey in fünf Phasen"
    bundle = load_template("five-stage")
    assert [s.name for s in bundle.stages] == [
        "Aufmerksamkeit",
        "Abwägung",
        "Entscheidung",
        "Bindung",
        "Empfehlung",
    ]
    assert "Kundenaktionen" in [lane.name for lane in bundle.lanes]
    assert bundle.stages[0].description.startswith("Wie erfährt")
    assert load_template("blank", title="Mein Workshop").map.title == "Mein Workshop"


def test_the_command_line_makes_a_german_map_with_lang_de(tmp_path: Path) -> None:
    path = tmp_path / "neu.jmap"
    made = subprocess.run(
        [sys.executable, "-m", "jmdesigner", "--lang", "de", "new", str(path), "--template", "five-stage"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert made.returncode == 0, made.stderr
    with JmapFile.open(path, read_only=True) as jfile:
        doc = jfile.document
        (jmap,) = doc.maps()
        assert doc.stages(jmap.id)[0].name == "Aufmerksamkeit"
        assert jmap.title == "Customer Journey"
