"""Export times of one large map: PDF (map page fitted on A0), SVG and PNG at 150 dpi.

    QT_QPA_PLATFORM=offscreen python -m bench.exports --cards 2000

Each export runs on a fresh process's first call (cold: fonts loaded, text shaped) and then again
(warm: shaped lines cached), so both costs are visible.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.generate import large_map
from jmdesigner.export.options import ExportOptions
from jmdesigner.export.pdf import export_pdf
from jmdesigner.export.raster import map_png
from jmdesigner.export.svg import map_svg
from jmdesigner.model import Document, add_bundle


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cards", type=int, default=2000)
    parser.add_argument("--dpi", type=float, default=150.0)
    args = parser.parse_args()
    doc = Document()
    add_bundle(doc, large_map(args.cards))
    map_id = doc.maps()[0].id
    out = Path(tempfile.mkdtemp())
    # landscape as in the earlier rows of docs/performance.md (the bench map is taller than wide)
    fitted = ExportOptions(page="A0", landscape=True, cover=False, personas=False, summary=False)
    runs: list[tuple[str, Callable[[], object]]] = [
        ("PDF, map page fitted on A0", lambda: export_pdf(doc, [map_id], out / "map.pdf", fitted)),
        ("SVG", lambda: map_svg(doc, map_id)),
        (f"PNG at {args.dpi:g} dpi", lambda: map_png(doc, map_id, args.dpi)),
    ]
    print(f"{args.cards:,} cards")
    for name, fn in runs:
        cold, warm = timed(fn), timed(fn)
        print(f"{name}: {cold:.2f} s cold, {warm:.2f} s warm")


if __name__ == "__main__":
    main()
