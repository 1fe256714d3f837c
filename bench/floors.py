"""Whole-process floors: bare Python processes that produce what a jmdesigner verb produces.

Each floor imports only the standard library (and ReportLab for the PDF), so beside the
verb's whole-process figure it says what the same output costs with nothing of jmdesigner
in the way. The PDF and SVG floors are given the layout's already-wrapped lines (a JSON file
written by bench/processes.py) and draw per card one filled, stroked rectangle and one text
run per line: the same pages with the same cards, minus layout, headers, grid and curves.

The map's text needs shaping (bidi, fallback faces, HarfBuzz: docs/performance.md), which the
plain PDF and SVG floors do not do: ``pdf-shaped`` and ``svg-shaped`` are second floors that do
the same plus what any shaped output needs at the least: every line shaped by HarfBuzz in the
same face (glyph ids and advances read back), and for the SVG each glyph's outline written once
and placed per glyph, under the line's text.

Usage: python -m bench.floors KIND ARGS… (KIND: info, check, json-export, json-import, pdf, svg,
pdf-shaped, svg-shaped)
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
from pathlib import Path

COUNTED = ("stages", "lanes", "cards", "emotion_points")


def info(path: str) -> None:
    """What ``jmdesigner info`` prints: counts per map, read with sqlite3."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    maps = []
    for map_id, title, state in db.execute("SELECT id, title, state FROM maps ORDER BY position"):
        entry: dict[str, object] = {"title": title, "state": state}
        for table in COUNTED:
            entry[table] = db.execute(f"SELECT count(*) FROM {table} WHERE map_id = ?", (map_id,)).fetchone()[
                0
            ]
        maps.append(entry)
    personas = db.execute("SELECT count(*) FROM personas").fetchone()[0]
    version = db.execute("PRAGMA user_version").fetchone()[0]
    print(json.dumps({"schema_version": version, "personas": personas, "maps": maps}, indent=2))


def check(path: str) -> None:
    """What ``jmdesigner check`` checks: SQLite's integrity and foreign-key checks."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    problems = [r[0] for r in db.execute("PRAGMA integrity_check") if r[0] != "ok"]
    problems += [str(r) for r in db.execute("PRAGMA foreign_key_check")]
    print(f"{Path(path).name}: {problems or 'healthy'}")


def json_export(path: str, out: str) -> None:
    """Every row of the map's tables as JSON text, written to a file."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    db.row_factory = sqlite3.Row
    data = {t: [dict(r) for r in db.execute(f"SELECT * FROM {t}")] for t in ("maps", *COUNTED, "personas")}
    for persona in data["personas"]:
        persona.pop("photo_data", None)
    Path(out).write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")


def json_import(source: str, out: str) -> None:
    """``json.loads`` of the file, then every card's row inserted in one durable transaction."""
    data = json.loads(Path(source).read_text(encoding="utf-8"))
    cards = data["cards"]
    db = sqlite3.connect(out, isolation_level=None)
    db.execute("PRAGMA journal_mode = DELETE")
    db.execute("PRAGMA synchronous = FULL")
    db.execute("CREATE TABLE cards (id TEXT PRIMARY KEY, stage TEXT, lane TEXT, position INTEGER, text TEXT)")
    db.execute("BEGIN IMMEDIATE")
    db.executemany(
        "INSERT INTO cards VALUES (?, ?, ?, ?, ?)",
        [(str(i), c["stage"], c["lane"], i, c["text"]) for i, c in enumerate(cards)],
    )
    db.execute("COMMIT")
    db.close()
    with open(out, "rb") as f:
        os.fsync(f.fileno())


def pdf(geometry: str, out: str) -> None:
    """The map page with ReportLab alone: the same page size and cards, the same embedded font."""
    from reportlab import rl_config
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    g = json.loads(Path(geometry).read_text(encoding="utf-8"))
    pdfmetrics.registerFont(TTFont("Floor", g["font"]))
    rl_config.useA85 = 0
    c = Canvas(out, pageCompression=1, invariant=1, pagesize=(g["page_w"], g["page_h"]))
    k, ox, oy, ph = g["scale"], g["x"], g["y"], g["page_h"]
    c.setStrokeColorRGB(0.6, 0.67, 0.73)
    c.setFont("Floor", g["size"] * k)
    for x, y, w, h, tx, ty, lh, lines in g["cards"]:
        c.setFillColorRGB(0.91, 0.94, 0.98)
        c.rect(ox + x * k, ph - oy - (y + h) * k, w * k, h * k, stroke=1, fill=1)
        c.setFillColorRGB(0.1, 0.1, 0.1)
        for line in lines:
            c.drawString(ox + tx * k, ph - oy - (ty + g["ascent"]) * k, line)
            ty += lh
    c.showPage()
    c.save()


def svg(geometry: str, out: str) -> None:
    """The map as SVG text: per card one rect and one text element per line, written to a file."""
    from html import escape  # (xml.sax.saxutils imports urllib.request and http.client: 20 ms)

    g = json.loads(Path(geometry).read_text(encoding="utf-8"))
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{g["w"]:.2f}" height="{g["h"]:.2f}">']
    for x, y, w, h, tx, ty, lh, lines in g["cards"]:
        parts.append(
            f'<rect x="{x:.2f}" y="{y:.2f}" width="{w:.2f}" height="{h:.2f}" fill="#e8f0fb" stroke="#9ab"/>'
        )
        for line in lines:
            text = escape(line, quote=False)
            top = ty + g["ascent"]
            parts.append(f'<text x="{tx:.2f}" y="{top:.2f}" font-size="{g["size"]}">{text}</text>')
            ty += lh
    parts.append("</svg>")
    Path(out).write_text("\n".join(parts), encoding="utf-8")


def _shaper(font: str):  # type: ignore[no-untyped-def]
    """HarfBuzz shaping one line in ``font``: its glyph ids and advances (font units)."""
    import uharfbuzz as hb

    face = hb.Face(hb.Blob.from_file_path(font))
    hb_font = hb.Font(face)

    def shaped(line: str) -> tuple[list[int], list[int]]:
        buf = hb.Buffer()
        buf.add_str(line)
        buf.guess_segment_properties()
        hb.shape(hb_font, buf)
        return [i.codepoint for i in buf.glyph_infos], [p.x_advance for p in buf.glyph_positions]

    return hb_font, face.upem, shaped


def pdf_shaped(geometry: str, out: str) -> None:
    """``pdf``, with every line shaped by HarfBuzz first (the glyphs a shaped PDF is made of)."""
    g = json.loads(Path(geometry).read_text(encoding="utf-8"))
    _, _, shaped = _shaper(g["font"])
    for card in g["cards"]:
        for line in card[7]:
            shaped(line)
    pdf(geometry, out)


def svg_shaped(geometry: str, out: str) -> None:
    """``svg``, with every line shaped by HarfBuzz and drawn as its glyphs' outlines (each outline
    defined once, placed per glyph) under the line's text, as an SVG that shows its glyphs must."""
    from html import escape

    from fontTools.pens.svgPathPen import SVGPathPen
    from fontTools.pens.transformPen import TransformPen

    g = json.loads(Path(geometry).read_text(encoding="utf-8"))
    hb_font, upem, shaped = _shaper(g["font"])
    size, k = g["size"], g["size"] / upem
    defs: dict[int, str] = {}
    paths: list[str] = []
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{g["w"]:.2f}" height="{g["h"]:.2f}">']
    for x, y, w, h, tx, ty, lh, lines in g["cards"]:
        parts.append(
            f'<rect x="{x:.2f}" y="{y:.2f}" width="{w:.2f}" height="{h:.2f}" fill="#e8f0fb" stroke="#9ab"/>'
        )
        for line in lines:
            gids, advances = shaped(line)
            pen_x, uses = 0, []
            for gid, advance in zip(gids, advances, strict=True):
                ref = defs.get(gid)
                if ref is None:
                    pen = SVGPathPen(None)
                    hb_font.draw_glyph_with_pen(gid, TransformPen(pen, (k, 0, 0, -k, 0, 0)))
                    ref = defs[gid] = f"g{len(defs)}"
                    paths.append(f'<path id="{ref}" d="{pen.getCommands()}"/>')
                uses.append(f'<use href="#{ref}" x="{pen_x * k:.2f}"/>')
                pen_x += advance
            parts.append(
                f'<g transform="translate({tx:.2f} {ty + g["ascent"]:.2f})">{"".join(uses)}'
                f'<text font-size="{size}" fill-opacity="0">{escape(line, quote=False)}</text></g>'
            )
            ty += lh
    parts.insert(1, f"<defs>{''.join(paths)}</defs>")
    parts.append("</svg>")
    Path(out).write_text("\n".join(parts), encoding="utf-8")


KINDS = {
    "info": info,
    "check": check,
    "json-export": json_export,
    "json-import": json_import,
    "pdf": pdf,
    "svg": svg,
    "pdf-shaped": pdf_shaped,
    "svg-shaped": svg_shaped,
}

if __name__ == "__main__":
    KINDS[sys.argv[1]](*sys.argv[2:])
