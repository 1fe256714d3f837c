"""The open's own work, in process: a ``.jmap`` opened for editing as the window opens it, and its
map laid out with the canvas's metrics.

``open`` is ``storage.store.open_store`` (the header, the lock, the schema and integrity checks,
reading every row into a document through the document's checks); ``layout`` is ``layout_map``
with the shaped metrics and a fresh ``WrapCache``, the text system's caches emptied first, as in a
process that has just started. The collector is held as the window holds it while it opens a
file. Each run opens the file anew; medians of process CPU time.

Two trees compare by running this module alternately in each (the module reads whichever
``jmdesigner`` its working folder holds): ``--json`` prints every run's two figures.

Usage: python -m bench.open_layout [--cards N | --file F] [--runs R] [--json]
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import tempfile
import time
from pathlib import Path


def one_run(path: Path) -> tuple[float, float]:
    """CPU seconds of the open and of the layout of the file's first map."""
    from jmdesigner.layout import layout_map
    from jmdesigner.layout.wrap import WrapCache
    from jmdesigner.storage.store import open_store
    from jmdesigner.text import shaping
    from jmdesigner.text.metrics import ShapedMetrics

    for cached in (shaping.width, shaping._word, shaping._shape):  # as a new process has them
        cached.cache_clear()
    gc.collect()
    gc.disable()
    try:
        t0 = time.process_time()
        store = open_store(path, backup_later=True)
        t1 = time.process_time()
        doc = store.document
        metrics = ShapedMetrics()
        layout_map(doc, doc.maps()[0].id, metrics, None, WrapCache(metrics))
        t2 = time.process_time()
        store.close()
    finally:
        gc.enable()
    return t1 - t0, t2 - t1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cards", type=int, default=2000)
    parser.add_argument("--file", type=Path, help="a .jmap to open (default: the bench map of --cards)")
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--json", action="store_true", help="print every run's (open, layout) seconds")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="jm-open-layout-"))
    os.environ.setdefault("JMDESIGNER_CONFIG_DIR", str(folder / "config"))  # no backups of the user's
    os.environ.setdefault("JMDESIGNER_DATA_DIR", str(folder / "data"))
    if args.file is None:
        from bench.document_read import sample_file

        path = sample_file(args.cards, folder)
    else:
        path = args.file
    one_run(path)  # warm: imports, the page cache
    runs = [one_run(path) for _ in range(args.runs)]
    if args.json:
        print(json.dumps(runs))
        return
    opened = statistics.median(o for o, _ in runs) * 1000
    laid = statistics.median(lay for _, lay in runs) * 1000
    both = statistics.median(o + lay for o, lay in runs) * 1000
    print(f"{path.name}: open {opened:.1f} ms CPU, layout {laid:.1f}, both {both:.1f} ms, {args.runs} runs")


if __name__ == "__main__":
    main()
