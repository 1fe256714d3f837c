"""A digest of everything a file's maps lay out to, to compare two trees' layouts exactly.

For each ``.jmap`` given: every entity of the document as read, and for each map the whole
``MapGeometry`` (every field of every stage, lane, cell, card, curve and legend; floats by their
exact bits) with the shaped metrics (the canvas's, SVG's and PNG's), the PDF's and the monospace
ones. Run it in two trees (the module reads whichever ``jmdesigner`` its working folder holds):
equal lines mean the same documents and the same geometry, to the last bit.

Usage: python -m bench.geometry_digest FILE.jmap [FILE.jmap …]
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import sys
import tempfile
from pathlib import Path
from typing import Any


def plain(value: Any) -> Any:
    """``value`` as nested tuples of names and reprs; floats by ``float.hex`` (every bit)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = dataclasses.fields(value)
        return (type(value).__name__, tuple((f.name, plain(getattr(value, f.name))) for f in fields))
    if hasattr(value, "keys"):  # dicts and the layout's lazy mappings, in their own order
        return ("map", tuple((plain(k), plain(value[k])) for k in value))
    if isinstance(value, list | tuple):
        return tuple(plain(v) for v in value)
    if isinstance(value, float):
        return float.hex(value)
    return repr(value)


def digests(path: Path) -> list[str]:
    from jmdesigner.export.metrics import PdfTextMetrics
    from jmdesigner.layout import layout_map
    from jmdesigner.layout.metrics import MonospaceMetrics
    from jmdesigner.model import Kind
    from jmdesigner.storage.jmapfile import JmapFile
    from jmdesigner.text.metrics import ShapedMetrics

    def digest(value: Any) -> str:
        return hashlib.sha256(repr(plain(value)).encode()).hexdigest()[:16]

    with JmapFile.open(path, read_only=True) as jfile:
        doc = jfile.document
        out = [f"{path.name} document {digest([doc.get(k, i) for k in Kind for i in sorted(doc.ids(k))])}"]
        kinds = (("shaped", ShapedMetrics()), ("pdf", PdfTextMetrics()), ("mono", MonospaceMetrics()))
        for name, metrics in kinds:
            for jmap in doc.maps():
                out.append(f"{path.name} {jmap.id} {name} {digest(layout_map(doc, jmap.id, metrics))}")
    return out


def main() -> None:
    folder = tempfile.mkdtemp(prefix="jm-digest-")
    os.environ.setdefault("JMDESIGNER_CONFIG_DIR", str(Path(folder) / "config"))
    os.environ.setdefault("JMDESIGNER_DATA_DIR", str(Path(folder) / "data"))
    for name in sys.argv[1:]:
        print("\n".join(digests(Path(name))))


if __name__ == "__main__":
    main()
