"""``make bench``: measure each map size in a fresh process and write docs/performance.md.

Run on demand; the test suite never times anything.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZES = (500, 2000, 8000)


def measure(cards: int) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-m", "bench.measure", str(cards)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=1800,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"


def table(results: list[dict]) -> str:
    names = [f["name"] for f in results[0]["figures"]]
    head = "| figure | " + " | ".join(f"{r['cards']:,} cards (floor, ratio)" for r in results) + " |"
    lines = [head, "|---|" + "---|" * len(results)]
    for i, name in enumerate(names):
        cells = []
        for r in results:
            f = r["figures"][i]
            digits = 2 if f["unit"] == "s" else 1
            cells.append(f"{f['value']:.{digits}f} {f['unit']} ({f['floor']:.{digits}f}, ×{f['ratio']:.1f})")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    lines.append("| peak RSS | " + " | ".join(f"{r['peak_rss_mb']:.0f} MB" for r in results) + " |")
    return "\n".join(lines)


def growth(results: list[dict]) -> str:
    by = {r["cards"]: r for r in results}
    if 2000 not in by or 8000 not in by:
        return ""
    rows = ["| figure | 8,000 ÷ 2,000 |", "|---|---|"]
    for a, b in zip(by[2000]["figures"], by[8000]["figures"], strict=True):
        rows.append(f"| {a['name']} | ×{b['value'] / a['value']:.1f} |")
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)))
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "performance.md")
    args = parser.parse_args()
    results = []
    for n in (int(s) for s in args.sizes.split(",")):
        print(f"measuring {n} cards…", file=sys.stderr)
        results.append(measure(n))
    text = f"""# Performance

Measured by `make bench` (bench/run.py) on {dt.date.today().isoformat()}: {machine()},
Qt's offscreen platform (software raster), view {1600}×{1000}. Maps from bench/generate.py:
30 stages × 10 lanes, 3 personas with curves, card texts of 3–30 words.

Each figure is printed beside its **floor**, measured in the same run on the same data:
- open → first painted window: a bare QGraphicsScene with one QGraphicsRectItem + one
  QGraphicsSimpleTextItem per card, fitted in a view of the same size;
- repaints and the drag frame: that same bare scene (the drag floor moves one rect item);
- one edit → committed: a bare SQLite `UPDATE` + `COMMIT` with the same `journal_mode=DELETE`,
  `synchronous=FULL`; jmdesigner's figure includes the canvas re-laying out and redrawing;
- JSON import: `json.loads` of the same file + a bare SQLite insert of the card rows in one
  transaction; JSON export: `json.dumps` of the same data;
- PDF export (the map pages only, as `--no-cover --no-summary --no-personas`; fitted on A0, and
  poster tiles on A3 with their assembly overview; median of 3): jmdesigner's figure is
  `export_pdf` on the opened file, which lays the map out with the PDF font metrics, draws, saves
  and writes the file atomically (fsync). The floor is a bare ReportLab `Canvas` given the same
  layout's already-wrapped lines: the same page size and page count, and per card on each page
  (each tile: the cards that fall on it) one filled + stroked `rect` and one `drawString` per line
  in the same DejaVu font and size, embedded as a subset, compressed, binary streams. The floor
  neither lays out nor draws headers, grid, badges, marks or curves.

{table(results)}

Growth from 2,000 to 8,000 cards (linear would be ×4):

{growth(results)}
"""
    args.out.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
