"""Measure one map size in this process and print the figures as JSON (run by bench/run.py).

Every figure has a floor measured here on the same data: what the bare library does for the
same amount of work. The ratio says how much jmdesigner adds.
"""

from __future__ import annotations

import gc
import json
import math
import os
import resource
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jmdesigner.layout import CardGeom, MapGeometry

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

VIEW_SIZE = (1600, 1000)


def timed(fn: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def median_of(fn: Callable[[], object], runs: int) -> float:
    return statistics.median(timed(fn) for _ in range(runs))


def figure(name: str, value: float, floor: float, unit: str = "ms") -> dict[str, object]:
    scale = 1000.0 if unit == "ms" else 1.0
    return {
        "name": name,
        "value": value * scale,
        "floor": floor * scale,
        "unit": unit,
        "ratio": value / floor if floor else None,
    }


def bare_sqlite(folder: Path, texts: list[str]) -> tuple[float, float]:
    """Insert the cards' rows in one transaction, then one UPDATE + commit, as jmdesigner's settings."""
    conn = sqlite3.connect(folder / "bare.db", isolation_level=None)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE card (id INTEGER PRIMARY KEY, text TEXT, pos INTEGER)")

    def insert_all() -> None:
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany("INSERT INTO card (text, pos) VALUES (?, ?)", [(t, i) for i, t in enumerate(texts)])
        conn.execute("COMMIT")

    insert = timed(insert_all)
    counter = iter(range(10**9))

    def update_one() -> None:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE card SET text = ? WHERE id = 1", (f"edit {next(counter)}",))
        conn.execute("COMMIT")

    update = median_of(update_one, 50)
    conn.close()
    return insert, update


PDF_MODES = (
    ("PDF export, map page fitted on A0", "fit", "A0"),
    ("PDF export, poster tiles on A3 (overview + tiles)", "tile", "A3"),
)


def bare_pdf(out: Path, geom: MapGeometry, mode: str, page: str) -> None:
    """The floor of a PDF export: a bare ReportLab canvas drawing the same pages.

    Same page size and page count (for tiles: the overview with every card, then each tile with
    the cards that fall on it, found by binning each card into the tile grid once), the same
    canvas settings, an embedded Noto Sans subset and binary (not ASCII85) streams. Per card: one
    filled + stroked rect, then its lines, already wrapped by the layout, with ``drawString``
    at the card font size.
    """
    from reportlab import rl_config
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    from jmdesigner.export.metrics import PdfTextMetrics, size_of
    from jmdesigner.export.pages import plan_fit, plan_tiles
    from jmdesigner.layout import metrics as roles
    from jmdesigner.resources import resource_path

    ascent, size = PdfTextMetrics().ascent(roles.CARD), size_of(roles.CARD)
    # The card face, embedded as a subset (jmdesigner.text.faces: cards are set in Noto Sans).
    pdfmetrics.registerFont(TTFont("Floor", str(resource_path("fonts", "NotoSans-Regular.ttf"))))
    cards = list(geom.cards.values())
    c = Canvas(str(out), pageCompression=1, invariant=1, initialFontName="Floor")

    def draw(page_h: float, ox: float, oy: float, k: float, subset: list[CardGeom]) -> None:
        c.setStrokeColorRGB(0.6, 0.67, 0.73)
        c.setFont("Floor", size * k)
        for card in subset:
            r = card.rect
            c.setFillColorRGB(0.91, 0.94, 0.98)
            c.rect(ox + r.x * k, page_h - oy - r.bottom * k, r.w * k, r.h * k, stroke=1, fill=1)
            c.setFillColorRGB(0.1, 0.1, 0.1)
            x = ox + card.text_rect.x * k
            y = card.text_rect.y + ascent
            for line in card.lines:
                c.drawString(x, page_h - oy - y * k, line)
                y += card.line_height
        c.showPage()

    b = geom.bounds
    if mode == "fit":
        fit = plan_fit(b.w, b.h, page)
        c.setPageSize((fit.page_w, fit.page_h))
        draw(fit.page_h, fit.map_rect.x, fit.map_rect.y, fit.scale, cards)
    else:
        plan = plan_tiles(b.w, b.h, page)
        pw, ph, k, a = plan.page_w, plan.page_h, plan.scale, plan.area
        c.setPageSize((pw, ph))
        last = plan.tiles[-1].window
        fit = min(a.w / last.right, a.h / last.bottom)
        draw(ph, a.x, a.y, fit * k, cards)  # the overview: every card, small
        step_x, step_y = a.w - plan.overlap, a.h - plan.overlap
        on: list[list[CardGeom]] = [[] for _ in plan.tiles]
        for card in cards:  # tile (row, col) shows [col * step_x, col * step_x + a.w) across
            r = card.rect
            rows = _spans(r.y * k, r.bottom * k, a.h, step_y, plan.rows)
            cols = _spans(r.x * k, r.right * k, a.w, step_x, plan.cols)
            for row in rows:
                for col in cols:
                    on[row * plan.cols + col].append(card)
        for tile, subset in zip(plan.tiles, on, strict=True):
            w = tile.window
            path = c.beginPath()
            path.rect(a.x, ph - a.bottom, a.w, a.h)
            c.clipPath(path, stroke=0, fill=0)
            draw(ph, a.x - w.x, a.y - w.y, k, subset)
    a85, rl_config.useA85 = rl_config.useA85, 0  # ReportLab picks stream filters while saving
    try:
        c.save()
    finally:
        rl_config.useA85 = a85


def _spans(lo: float, hi: float, window: float, step: float, count: int) -> range:
    """The windows ``[i * step, i * step + window)`` (``i < count``) that overlap ``[lo, hi)``."""
    return range(max(0, int((lo - window) // step) + 1), min(count, math.ceil(hi / step)))


def pdf_figures(path: Path, folder: Path) -> list[dict[str, object]]:
    """jmdesigner's ``export_pdf`` (what ``jmdesigner export --no-cover --no-summary --no-personas``
    runs) on the opened file, beside ``bare_pdf`` on the same layout; medians, runs interleaved."""
    from jmdesigner.export.metrics import PdfTextMetrics
    from jmdesigner.export.options import ExportOptions
    from jmdesigner.export.pdf import export_pdf
    from jmdesigner.layout import layout_map
    from jmdesigner.storage.jmapfile import JmapFile

    out: list[dict[str, object]] = []
    with JmapFile.open(path, read_only=True) as jfile:
        doc = jfile.document
        map_id = doc.maps()[0].id
        geom = layout_map(doc, map_id, PdfTextMetrics())
        for name, mode, page in PDF_MODES:
            opt = ExportOptions(
                page=page, landscape=True, mode=mode, cover=False, summary=False, personas=False
            )  # type: ignore[arg-type]
            ours, floor = [], []
            for _ in range(5):
                t0 = time.perf_counter()
                export_pdf(doc, [map_id], folder / f"{mode}.pdf", opt)
                ours.append(time.perf_counter() - t0)
                t0 = time.perf_counter()
                bare_pdf(folder / f"bare-{mode}.pdf", geom, mode, page)
                floor.append(time.perf_counter() - t0)
            out.append(figure(name, statistics.median(ours), statistics.median(floor), "s"))
    return out


def select_middle_card(view: Any, app: Any) -> Any:
    """At 100%, centred on the map, select a card in view and give the canvas the keyboard:
    where the edit figures (and bench/profile.py) press their keys."""
    from PySide6.QtCore import QPointF

    b = view.map_scene.geom.bounds
    view.actual_size()  # and no more fitting when the window settles
    view.centerOn(QPointF(b.x + b.w / 2, b.y + b.h / 2))
    app.processEvents()
    middle = view.mapToScene(view.viewport().rect().center())
    cards = view.map_scene.geom.cards.values()
    # The card nearest the middle of the view (the first in view sat under the frozen lane column).
    card = min(cards, key=lambda c: (c.rect.cx - middle.x()) ** 2 + (c.rect.cy - middle.y()) ** 2)
    view.map_scene.select_cards([card.id])
    view.setFocus()
    app.processEvents()
    return card


def main(cards: int) -> None:
    from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QPen
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import (
        QApplication,
        QGraphicsRectItem,
        QGraphicsScene,
        QGraphicsSimpleTextItem,
        QGraphicsView,
    )

    from bench.generate import large_map
    from jmdesigner.interchange.json_map import dumps, map_to_json, parse_map, read_json_file
    from jmdesigner.model import Document, UndoStack, add_bundle, commands
    from jmdesigner.storage.jmapfile import JmapFile
    from jmdesigner.ui.main_window import MainWindow

    folder = Path(tempfile.mkdtemp(prefix="jm-bench-"))
    os.environ["JMDESIGNER_CONFIG_DIR"] = str(folder / "config")
    os.environ["JMDESIGNER_DATA_DIR"] = str(folder / "data")
    app = QApplication.instance() or QApplication([])
    figures: list[dict[str, object]] = []

    # ---- JSON import (file → document committed to a new .jmap) and export
    scratch = Document()
    with scratch.loading():
        jmap = add_bundle(scratch, large_map(cards))
    source = folder / "map.json"
    text = dumps(map_to_json(scratch, jmap.id))
    source.write_text(text, encoding="utf-8")
    texts = [c.text for c in scratch.cards(jmap.id)]
    path = folder / "map.jmap"

    def json_import() -> None:
        bundle = parse_map(read_json_file(source))
        with JmapFile.create(path) as jfile:
            UndoStack(jfile.document).push(commands.add_map(bundle))

    import_time = timed(json_import)
    bare_insert, bare_update = bare_sqlite(folder, texts)
    parse_floor = timed(lambda: json.loads(source.read_text(encoding="utf-8")))
    figures.append(
        figure("JSON import (file → committed .jmap)", import_time, parse_floor + bare_insert, "s")
    )
    with JmapFile.open(path, read_only=True) as jfile:
        map_id = jfile.document.maps()[0].id
        export_time = timed(lambda: dumps(map_to_json(jfile.document, map_id)))
    data = json.loads(text)
    figures.append(
        figure(
            "JSON export (document → text)",
            export_time,
            timed(lambda: json.dumps(data, ensure_ascii=False, indent=2)),
            "s",
        )
    )

    # ---- PDF export of the map pages (no cover, summary or personas), fit on A0 and tiled on A3
    figures.extend(pdf_figures(path, folder))

    # ---- the floor scene: one rect + one text item per card, laid out on the same grid
    from jmdesigner.canvas.style import QtTextMetrics
    from jmdesigner.layout import layout_map

    geom = layout_map(scratch, jmap.id, QtTextMetrics())
    warm = QGraphicsView(QGraphicsScene())
    warm.show()
    app.processEvents()
    warm.close()

    def build_floor() -> QGraphicsView:
        scene = QGraphicsScene()
        for card in geom.cards.values():
            r = card.rect
            rect = QGraphicsRectItem(0, 0, r.w, r.h)
            rect.setPos(r.x, r.y)
            rect.setBrush(QColor("#e8f0fb"))
            rect.setPen(QPen(QColor("#9ab")))
            scene.addItem(rect)
            # The card's whole text in the lines the canvas shows (the floor draws, it does not wrap).
            label = QGraphicsSimpleTextItem("\n".join(card.lines), rect)
            label.setPos(6, 6)
        view = QGraphicsView(scene)
        scene.setParent(view)  # lives as long as the view
        view.resize(*VIEW_SIZE)
        view.show()
        b = geom.bounds
        view.fitInView(QRectF(b.x, b.y, b.w, b.h), Qt.AspectRatioMode.KeepAspectRatio)
        app.processEvents()
        view.viewport().repaint()
        return view

    # ---- open → first painted window, three times each, interleaved (one run alone is at the
    # mercy of the machine); each window closed before the next opens the file (else: read-only).
    def open_window() -> Any:
        win = MainWindow()
        t0 = time.perf_counter()
        win.open_file(path)
        win.resize(VIEW_SIZE[0] + 260, VIEW_SIZE[1] + 80)
        win.show()
        app.processEvents()
        shown = win.current_view()
        assert shown is not None
        shown.fit_to_window()
        shown.viewport().repaint()
        return win, time.perf_counter() - t0

    floor_opens, opens = [], []
    window = floor_view = None
    for _ in range(3):
        for old in (window, floor_view):
            if old is not None:
                old.close()
                old.deleteLater()
        # Really free the last pair before the next (else peak RSS counts three maps at once).
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        gc.collect()
        app.processEvents()
        t0 = time.perf_counter()
        floor_view = build_floor()
        floor_opens.append(time.perf_counter() - t0)
        window, took = open_window()
        opens.append(took)
    view = window.current_view()
    assert view is not None
    figures.append(
        figure(
            "open file → first painted window (fitted)",
            statistics.median(opens),
            statistics.median(floor_opens),
            "s",
        )
    )

    def repaint(v: QGraphicsView) -> Callable[[], None]:
        return lambda: v.viewport().repaint()

    floor_view.resize(view.viewport().size())
    floor_view.fitInView(
        QRectF(geom.bounds.x, geom.bounds.y, geom.bounds.w, geom.bounds.h), Qt.AspectRatioMode.KeepAspectRatio
    )
    app.processEvents()
    view.fit_to_window()
    app.processEvents()
    figures.append(
        figure(
            "repaint, fitted to the window", median_of(repaint(view), 10), median_of(repaint(floor_view), 10)
        )
    )
    middle = QPointF(geom.bounds.x + geom.bounds.w / 2, geom.bounds.y + geom.bounds.h / 2)
    for v in (view, floor_view):
        v.resetTransform()
        v.centerOn(middle)
    app.processEvents()
    figures.append(
        figure("repaint at 100%", median_of(repaint(view), 10), median_of(repaint(floor_view), 10))
    )

    # ---- one frame while dragging a card at 100%: the move event and the repaint it causes
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    card = next(c for c in geom.cards.values() if visible.contains(QPointF(c.rect.cx, c.rect.cy)))
    start = view.mapFromScene(QPointF(card.rect.cx, card.rect.cy))
    vp = view.viewport()
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    steps = iter(range(1, 10**6))

    def drag_frame() -> None:
        k = next(steps)
        QTest.mouseMove(vp, start + type(start)(10 + (k % 40) * 3, (k % 7) * 4))
        vp.repaint()

    drag = median_of(drag_frame, 30)
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    floor_item = floor_view.scene().items()[0]
    floor_view.resetTransform()
    floor_view.centerOn(floor_item)
    origin = floor_item.pos()

    def floor_frame() -> None:
        k = next(steps)
        floor_item.setPos(origin + QPointF(10 + (k % 40) * 3, (k % 7) * 4))
        floor_view.viewport().repaint()

    figures.append(figure("one frame while dragging a card", drag, median_of(floor_frame, 30)))

    # ---- one edit by a real key (Ctrl+→ moves the selected card to the next cell, Ctrl+← back):
    # to committed (the persister has returned), and to the window settled (deferred dock updates
    # run, the canvas repainted at 100%).
    doc = window.jfile.document  # type: ignore[union-attr]
    persist = doc.persister
    assert persist is not None
    committed_at: list[float] = []

    def timed_persist(d: object, changes: object) -> None:
        persist(d, changes)  # type: ignore[arg-type]
        committed_at.append(time.perf_counter())

    doc.set_persister(timed_persist)
    select_middle_card(view, app)
    ctrl = Qt.KeyboardModifier.ControlModifier
    to_commit: list[float] = []
    to_settled: list[float] = []
    for k in range(60):
        key = Qt.Key.Key_Right if k % 2 == 0 else Qt.Key.Key_Left
        t0 = time.perf_counter()
        QTest.keyClick(view, key, ctrl)
        app.processEvents()  # deferred dock updates, then the changed region is painted
        to_settled.append(time.perf_counter() - t0)
        to_commit.append(committed_at[-1] - t0)
    assert len(committed_at) == 60, "every key press must have committed one edit"
    doc.set_persister(persist)

    floor_view.centerOn(floor_item)
    app.processEvents()

    def floor_edit_frame() -> None:
        k = next(steps)
        floor_item.setPos(origin + QPointF((k % 2) * 200, 0))
        app.processEvents()

    floor_frame_time = median_of(floor_edit_frame, 30)
    figures.append(
        figure("one edit by a key → committed to disk", statistics.median(to_commit[10:]), bare_update)
    )
    figures.append(
        figure(
            "one edit by a key → window settled (docks, repaint)",
            statistics.median(to_settled[10:]),
            bare_update + floor_frame_time,
        )
    )
    window.close()
    floor_view.close()

    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"cards": cards, "figures": figures, "peak_rss_mb": rss_mb}))


if __name__ == "__main__":
    main(int(sys.argv[1]))
