from __future__ import annotations

from pathlib import Path

import pytest

from jmdesigner.interchange.json_map import parse_map, read_json_file
from jmdesigner.model import Document, add_bundle
from jmdesigner.resources import resource_path


@pytest.fixture
def sample_doc() -> Document:
    doc = Document()
    add_bundle(doc, parse_map(read_json_file(Path(resource_path("samples", "sample-map.json")))))
    return doc
