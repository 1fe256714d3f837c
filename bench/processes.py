"""Whole processes, as users wait for them, each beside a bare process producing the same output.

Every figure is a subprocess started from here: wall time from spawn to exit (median of
``--runs``, the command and its floor interleaved), with the process's own CPU time and peak
RSS from ``os.wait4`` (the kernel's resource accounting). The app figures time from spawn to
the first painted canvas and from asking to quit to the process's exit (bench/app_child.py).
Floors are bench/floors.py and bench/app_child.py --floor.

Usage: python -m bench.processes [--runs N] [--cards 2000] [--large 20000] [--huge 0] (prints JSON)
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
MAX_CARDS = 100_000  # jmdesigner.storage.file_limits.MAX_ROWS["cards"], not imported: this parent stays bare
PY = sys.executable
# Workloads of other people's code that the issue setting the absolute targets (#20) timed on its
# machine: the import alone, in seconds. Timed here beside the bare interpreter, they say how much
# slower or faster this machine is than that one (a reading aid for the absolute targets, which
# are kept as written).
REFERENCES = {"import sqlalchemy.orm": 0.29, "import PySide6.QtWidgets": 0.11}


TIME = "/usr/bin/time"  # GNU time: the child's own CPU time and peak RSS (a fork of this process
# would report this process's RSS as its own peak, so os.wait4 is only the fallback)


def run(argv: list[str], env: dict[str, str]) -> dict[str, float]:
    """One process: wall seconds from spawn to exit, its CPU seconds and peak RSS (MB)."""
    timed = os.path.exists(TIME)
    with (
        tempfile.TemporaryFile() as out,
        tempfile.TemporaryFile() as err,
        tempfile.NamedTemporaryFile() as acct,
    ):
        prefix = [TIME, "-f", "%U %S %M", "-o", acct.name] if timed else []
        t0 = time.time()
        child = subprocess.Popen([*prefix, *argv], cwd=ROOT, env=env, stdout=out, stderr=err)
        _, status, usage = os.wait4(child.pid, 0)
        end = time.time()
        child.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
        out.seek(0)
        err.seek(0)
        if child.returncode != 0:
            raise RuntimeError(f"{' '.join(argv)} failed: {err.read().decode(errors='replace')[-800:]}")
        printed = out.read().decode(errors="replace").splitlines()
        if timed:
            user, system, rss_kb = Path(acct.name).read_text().split()[-3:]
            cpu, rss = float(user) + float(system), int(rss_kb) / 1024
        else:
            cpu, rss = usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024
    marks = dict(line.split() for line in printed if line.startswith(("painted ", "quit ", "painted_cpu ")))
    result = {"wall": end - t0, "cpu": cpu, "rss": rss}
    if "painted" in marks:
        result["painted"] = float(marks["painted"]) - t0
        result["quit"] = end - float(marks["quit"])
    if "painted_cpu" in marks:  # the app's CPU up to its first painted frame, not through quit
        result["painted_cpu"] = float(marks["painted_cpu"])
    return result


def median(runs: list[dict[str, float]], key: str) -> float:
    return statistics.median(r[key] for r in runs)


def paired(
    name: str,
    ours: list[str],
    floor: list[str],
    env: dict[str, str],
    runs: int,
    key: str = "wall",
    before: list[str] | None = None,
) -> dict[str, object]:
    """``ours`` and ``floor`` run ``runs`` times each, interleaved; ``before`` runs ahead of each.
    Each runs once untimed first, so neither pays for writing its bytecode in a timed run."""
    for argv in (ours, floor):
        if before:
            subprocess.run(before, cwd=ROOT, env=env, check=True, capture_output=True)
        run(argv, env)
    a, b = [], []
    for _ in range(runs):
        for argv, into in ((ours, a), (floor, b)):
            if before:
                subprocess.run(before, cwd=ROOT, env=env, check=True, capture_output=True)
            into.append(run(argv, env))
    value, base = median(a, key), median(b, key)
    cpu = "painted_cpu" if all("painted_cpu" in r for r in a + b) else "cpu"
    return {
        "name": name,
        "value": value,
        "floor": base,
        "ratio": value / base if base else None,
        "cpu": median(a, cpu),
        "floor_cpu": median(b, cpu),
        "rss": max(r["rss"] for r in a),
        "floor_rss": max(r["rss"] for r in b),
        **({"quit": median(a, "quit"), "floor_quit": median(b, "quit")} if key == "painted" else {}),
    }


def geometry(jmap: Path, out: Path) -> None:
    """The layout's cards (rects, wrapped lines) and the A3 fit plan, for the PDF and SVG floors."""
    from jmdesigner.export.metrics import PdfTextMetrics, size_of
    from jmdesigner.export.pages import plan_fit
    from jmdesigner.layout import layout_map
    from jmdesigner.layout import metrics as roles
    from jmdesigner.resources import resource_path
    from jmdesigner.storage.jmapfile import JmapFile

    with JmapFile.open(jmap, read_only=True) as jfile:
        doc = jfile.document
        metrics = PdfTextMetrics()
        g = layout_map(doc, doc.maps()[0].id, metrics)
    b = g.bounds
    fit = plan_fit(b.w, b.h, "A3")
    cards = [
        (c.rect.x, c.rect.y, c.rect.w, c.rect.h, c.text_rect.x, c.text_rect.y, c.line_height, list(c.lines))
        for c in g.cards.values()
    ]
    data = {
        "page_w": fit.page_w,
        "page_h": fit.page_h,
        "x": fit.map_rect.x,
        "y": fit.map_rect.y,
        "scale": fit.scale,
        "w": b.w,
        "h": b.h,
        "size": size_of(roles.CARD),
        "ascent": metrics.ascent(roles.CARD),
        "font": str(resource_path("fonts", "NotoSans-Regular.ttf")),  # the card font (export/fonts.py)
        "cards": cards,
    }
    out.write_text(json.dumps(data), encoding="utf-8")


def child_json(
    module: str, *args: str, env: dict[str, str] | None = None, timeout: int = 3600
) -> dict[str, Any]:
    """Run ``python -m module args…`` and return the JSON it printed last (bench/run.py's way of
    measuring in a fresh process, where nothing of the parent is loaded or counted)."""
    out = subprocess.run(
        [PY, "-m", module, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=timeout,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def measure_all(runs: int, cards: int, large: int, huge: int = 0) -> dict[str, Any]:
    """``main`` in a child process (the parent's imports must not be counted)."""
    sizes = ("--cards", str(cards), "--large", str(large), "--huge", str(huge))
    return child_json("bench.processes", "--runs", str(runs), *sizes)


def table(data: dict[str, object]) -> str:
    rows = [
        "| whole process | jmdesigner: wall (CPU), peak RSS | floor: wall (CPU), peak RSS "
        "| ratio wall (CPU) |",
        "|---|---|---|---|",
    ]
    for f in data["figures"]:  # type: ignore[attr-defined]
        quit_ = f" (quit {f['quit']:.2f} s)" if "quit" in f else ""
        floor_quit = f" (quit {f['floor_quit']:.2f} s)" if "floor_quit" in f else ""
        rows.append(
            f"| {f['name']} | {f['value']:.2f} s ({f['cpu']:.2f}), {f['rss']:.0f} MB{quit_} "
            f"| {f['floor']:.2f} s ({f['floor_cpu']:.2f}), {f['floor_rss']:.0f} MB{floor_quit} "
            f"| ×{f['ratio']:.1f} (×{f['cpu'] / max(f['floor_cpu'], 0.005):.1f}) |"
        )
    return "\n".join(rows)


def compare(before: dict[str, Any], after: dict[str, Any]) -> str:
    """The same whole processes measured on an earlier tree (``--before``) and now."""
    old = {f["name"]: f for f in before["figures"]}
    rows = [
        "| whole process | before: wall (CPU), peak RSS; ×floor of its run | after: the same |",
        "|---|---|---|",
    ]

    def shown(f: dict[str, Any]) -> str:
        ratio = f"×{f['value'] / f['floor']:.1f} (×{f['cpu'] / f['floor_cpu']:.1f})" if f["floor_cpu"] else ""
        return f"{f['value']:.2f} s ({f['cpu']:.2f}), {f['rss']:.0f} MB; {ratio}"

    for f in after["figures"]:
        b = old.get(f["name"])
        if b is not None:
            rows.append(f"| {f['name']} | {shown(b)} | {shown(f)} |")
    return "\n".join(rows)


def targets(data: dict[str, object]) -> str:
    """The whole-process targets beside what was measured (wall, and CPU: the wall figure on a
    shared machine includes waiting for a core; CPU is the process's own work)."""
    by = {f["name"]: f for f in data["figures"]}  # type: ignore[attr-defined]
    cards = f"{data['cards']:,} cards"
    rows = ["| target | measured: wall (CPU) | met (wall / CPU) |", "|---|---|---|"]

    def row(what: str, wall: float, cpu: float, limit: float, unit: str = "s") -> None:
        shown = f"×{wall:.2f} (×{cpu:.2f})" if unit == "×" else f"{wall:.2f} s ({cpu:.2f} s)"
        met = lambda v: "yes" if v <= limit else "**no**"  # noqa: E731
        rows.append(f"| {what} | {shown} | {met(wall)} / {met(cpu)} |")

    for verb in ("info", "check"):
        f = by[f"{verb} ({cards})"]
        row(f"`{verb}` on {cards} ≤ 0.15 s", f["value"], f["cpu"], 0.15)
    for f in data["figures"]:  # type: ignore[attr-defined]
        if f["name"].startswith("start-up"):
            row(
                f"{f['name']}: ≤ 0.15 s above the bare interpreter",
                f["value"] - f["floor"],
                f["cpu"] - f["floor_cpu"],
                0.15,
            )
    refs = [f for f in data["figures"] if "reference" in f]  # type: ignore[attr-defined]
    for f in refs:
        here = f["cpu"] - f["floor_cpu"]
        rows.append(
            f"| (this machine's speed) `{f['name'].split(': ', 1)[1]}` above the bare interpreter: "
            f"{f['reference']:.2f} s where the targets were set | {f['value'] - f['floor']:.2f} s "
            f"({here:.2f} s): ×{here / f['reference']:.1f} of that machine's time | for reference |"
        )
    for name, start in (("PDF", "export .pdf"), ("SVG", "export .svg"), ("JSON import", "import .json")):
        for n, f in by.items():
            if n.startswith(start) and cards in n:
                floor = "its floor"
                if name == "SVG" and "beside" not in n:
                    # SVG text drawn as <text> needs the reader's fonts; jmdesigner writes glyph
                    # outlines so every script prints as shown: that floor is not the same output.
                    rows.append(
                        f"| SVG beside the plain-text floor (no glyph outlines: not the same output) "
                        f"| ×{f['ratio']:.2f} (×{f['cpu'] / f['floor_cpu']:.2f}) | for reference |"
                    )
                    continue
                if "beside" in n:
                    floor = f"the floor that {n.split('floor that ')[1].split(' (')[0]}"
                row(f"{name} ≤ ×2 {floor}", f["ratio"], f["cpu"] / f["floor_cpu"], 2.0, "×")
    for f in data["figures"]:  # type: ignore[attr-defined]
        if f["name"].startswith("app start") and not f.get("large"):
            row(f"{f['name']} ≤ ×1.5 a bare PySide6 process", f["ratio"], f["cpu"] / f["floor_cpu"], 1.5, "×")
            what = "no file" if "no file" in f["name"] else f["name"][f["name"].rindex("(") + 1 : -1]
            row(f"quit ({what}) ≤ 0.3 s", f["quit"], f["quit"], 0.3)
    big = next((f for n, f in by.items() if n.startswith("app start") and "(20,000" in n), None)
    if big is not None:
        row("20,000 cards: open ≤ 3 s", big["value"], big["cpu"], 3.0)
        rows.append(
            f"| 20,000 cards: ≤ 500 MB | {big['rss']:.0f} MB | {'yes' if big['rss'] <= 500 else '**no**'} |"
        )
    huge = next((f for f in data["figures"] if f.get("large") == "huge"), None)  # type: ignore[attr-defined]
    if huge is not None:
        rows.append(
            f"| {huge['name'].split('(')[1][:-1]}: open in bounded time and memory (a file above "
            f"{MAX_CARDS:,} cards is refused in one sentence before loading) | {huge['value']:.2f} s "
            f"({huge['cpu']:.2f} s), {huge['rss']:.0f} MB (floor {huge['floor']:.2f} s, "
            f"{huge['floor_rss']:.0f} MB) | yes |"
        )
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cards", type=int, default=2000)
    parser.add_argument("--large", type=int, default=20000, help="cards of the large map (0: none)")
    parser.add_argument("--huge", type=int, default=0, help="cards of a map at the file limit (0: none)")
    args = parser.parse_args()

    from bench.generate import large_map
    from jmdesigner.interchange.json_map import dumps, map_to_json
    from jmdesigner.model import Document, add_bundle

    folder = Path(tempfile.mkdtemp(prefix="jm-processes-"))
    # As installed (pip writes bytecode): a process compiling its modules from source on every
    # start (PYTHONDONTWRITEBYTECODE in the calling shell) would be timed compiling, not running.
    env = {
        **{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
        "QT_QPA_PLATFORM": "offscreen",
        "JMDESIGNER_CONFIG_DIR": str(folder / "config"),  # no last file to reopen
        "JMDESIGNER_DATA_DIR": str(folder / "data"),
    }
    jm = [PY, "-m", "jmdesigner"]
    fl = [PY, "-m", "bench.floors"]

    def sample(cards: int) -> tuple[Path, Path]:
        doc = Document()
        with doc.loading():
            jmap = add_bundle(doc, large_map(cards))
        source = folder / f"map-{cards}.json"
        source.write_text(dumps(map_to_json(doc, jmap.id)), encoding="utf-8")
        path = folder / f"map-{cards}.jmap"
        subprocess.run(
            [*jm, "import", str(path), str(source)], cwd=ROOT, env=env, check=True, capture_output=True
        )
        return source, path

    source, path = sample(args.cards)
    tiny_source, tiny = sample(10)
    geom = folder / "geometry.json"
    geometry(path, geom)
    new = folder / "new.jmap"
    rm_new = [PY, "-c", f"import pathlib; pathlib.Path({str(new)!r}).unlink(missing_ok=True)"]
    bare = [PY, "-c", "pass"]
    out = folder / "out"
    n = args.runs
    figures = []

    # ---- fixed start-up: each verb on a 10-card map, beside the bare interpreter
    for verb, argv in (
        ("info", [*jm, "info", str(tiny)]),
        ("check", [*jm, "check", str(tiny)]),
        ("export .json", [*jm, "export", str(tiny), f"{out}.json"]),
        ("export .csv", [*jm, "export", str(tiny), f"{out}.csv"]),
        ("export .svg", [*jm, "export", str(tiny), f"{out}.svg"]),
        (
            "export .pdf",
            [*jm, "export", str(tiny), f"{out}.pdf", "--no-cover", "--no-summary", "--no-personas"],
        ),
        ("import .json", [*jm, "import", str(new), str(tiny_source)]),
    ):
        f = paired(
            f"start-up: {verb} (10 cards)",
            argv,
            bare,
            env,
            n,
            before=rm_new if verb.startswith("import") else None,
        )
        f["above_bare"] = f["value"] - f["floor"]
        figures.append(f)

    # ---- the issue's own reference workloads: how fast this machine is beside the one where
    # the absolute targets were set (#20 measured them there: 0.29 s and 0.11 s)
    for code, there in REFERENCES.items():
        f = paired(f"reference: {code}", [PY, "-c", code], bare, env, n)
        figures.append({**f, "reference": there})

    # ---- the verbs on the real map, beside bare processes producing the same output
    c = args.cards
    # landscape, as the floor's plan (the bench map is taller than wide, which alone prints upright)
    pdf_only = ["--landscape", "--no-cover", "--no-summary", "--no-personas"]
    for name, ours, floor, before in (
        ("info", [*jm, "info", str(path)], [*fl, "info", str(path)], None),
        ("check", [*jm, "check", str(path)], [*fl, "check", str(path)], None),
        (
            "export .json",
            [*jm, "export", str(path), f"{out}.json"],
            [*fl, "json-export", str(path), f"{out}-floor.json"],
            None,
        ),
        (
            "import .json into a new file",
            [*jm, "import", str(new), str(source)],
            [*fl, "json-import", str(source), str(new)],
            rm_new,
        ),
        (
            "export .pdf, map page on A3",
            [*jm, "export", str(path), f"{out}.pdf", *pdf_only],
            [*fl, "pdf", str(geom), f"{out}-floor.pdf"],
            None,
        ),
        (
            "export .svg",
            [*jm, "export", str(path), f"{out}.svg"],
            [*fl, "svg", str(geom), f"{out}-floor.svg"],
            None,
        ),
        (
            "export .pdf, map page on A3, beside a floor that shapes",
            [*jm, "export", str(path), f"{out}.pdf", *pdf_only],
            [*fl, "pdf-shaped", str(geom), f"{out}-floor.pdf"],
            None,
        ),
        (
            "export .svg, beside a floor that shapes and draws outlines",
            [*jm, "export", str(path), f"{out}.svg"],
            [*fl, "svg-shaped", str(geom), f"{out}-floor.svg"],
            None,
        ),
    ):
        figures.append(paired(f"{name} ({c:,} cards)", ours, floor, env, n, before=before))

    # ---- the app: spawn → first painted canvas (window with no file), then quit
    app = [PY, "-m", "bench.app_child"]
    figures.append(paired("app start → painted window, no file", app, [*app, "--floor"], env, n, "painted"))
    figures.append(
        paired(
            f"app start → painted canvas ({c:,} cards)",
            [*app, str(path)],
            [*app, "--floor", str(path)],
            env,
            n,
            "painted",
        )
    )
    for size, kind, runs in ((args.large, "large", max(1, n // 2)), (args.huge, "huge", 1)):
        if size:
            _, big = sample(size)
            f = paired(
                f"app start → painted canvas ({size:,} cards)",
                [*app, str(big)],
                [*app, "--floor", str(big)],
                env,
                runs,
                "painted",
            )
            figures.append({**f, "large": kind})
    print(json.dumps({"cards": c, "runs": n, "figures": figures}))


if __name__ == "__main__":
    main()
