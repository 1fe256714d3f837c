"""``make profile``: one scenario of the benchmark under pyinstrument, as an HTML report.

The benchmark says how long; this says where. Scenarios run on a generated map in a real
main window (offscreen), the same way ``bench/measure.py`` does.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
SCENARIOS = (
    "open",
    "edit",
    "type",
    "enter",
    "grow",
    "select-all",
    "delete-cards",
    "undo-delete",
    "redo-delete",
    "zoom-step",
    "find-first",
    "pdf-fit",
    "pdf-tile",
    "import",
    "room",
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("scenario", choices=SCENARIOS)
    parser.add_argument("--cards", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=20, help="edits, for edit / grow")
    parser.add_argument("--phones", type=int, default=50, help="simulated phones, for room")
    parser.add_argument("--out", type=Path, help="HTML report (default build/profile-SCENARIO-CARDS.html)")
    args = parser.parse_args()
    try:
        from pyinstrument import Profiler
    except ImportError:
        raise SystemExit(
            "pyinstrument is missing: run `make profile` (it installs the bench extra)."
        ) from None
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from bench.generate import large_map
    from bench.interactive import DELETED, QUERY, TYPED
    from bench.measure import select_middle_card
    from jmdesigner.export.options import ExportOptions
    from jmdesigner.export.pdf import export_pdf
    from jmdesigner.interchange.json_map import dumps, map_to_json, parse_map, read_json_file
    from jmdesigner.model import Document, UndoStack, add_bundle, commands
    from jmdesigner.storage.jmapfile import JmapFile
    from jmdesigner.ui.main_window import MainWindow

    folder = Path(tempfile.mkdtemp(prefix="jm-profile-"))
    os.environ["JMDESIGNER_CONFIG_DIR"] = str(folder / "config")
    os.environ["JMDESIGNER_DATA_DIR"] = str(folder / "data")
    app = QApplication.instance() or QApplication([])
    scratch = Document()
    with scratch.loading():
        jmap = add_bundle(scratch, large_map(args.cards))
    source = folder / "map.json"
    source.write_text(dumps(map_to_json(scratch, jmap.id)), encoding="utf-8")
    path = folder / "map.jmap"

    def json_import(target: Path = path) -> None:
        with JmapFile.create(target) as jfile:
            UndoStack(jfile.document).push(commands.add_map(parse_map(read_json_file(source))))

    json_import()
    profiler = Profiler(interval=0.0005)

    def profiled(work: Callable[[], object]) -> None:
        profiler.start()
        work()
        app.processEvents()
        profiler.stop()

    if args.scenario == "import":
        profiled(lambda: json_import(folder / "again.jmap"))
    elif args.scenario == "room":  # the main thread while 50 phones post (bench/room.py)
        from bench.room import run

        run(args.cards, args.phones, around=profiler)
    elif args.scenario.startswith("pdf"):
        mode, page = ("fit", "A0") if args.scenario == "pdf-fit" else ("tile", "A3")
        opt = ExportOptions(page=page, landscape=True, mode=mode, cover=False, summary=False, personas=False)  # type: ignore[arg-type]
        with JmapFile.open(path, read_only=True) as jfile:
            doc = jfile.document
            profiled(lambda: export_pdf(doc, [doc.maps()[0].id], folder / "out.pdf", opt))
    else:
        window = MainWindow()
        window.resize(1860, 1080)

        def open_window() -> None:
            window.open_file(path)
            window.show()
            app.processEvents()

        if args.scenario == "open":
            profiled(open_window)
        else:
            open_window()
            view = window.current_view()
            assert view is not None and window.stack is not None
            card = select_middle_card(view, app)
            ctrl = Qt.KeyboardModifier.ControlModifier
            stack = window.stack
            if args.scenario == "select-all":
                profiled(lambda: QTest.keyClick(view, Qt.Key.Key_A, ctrl))
            elif args.scenario.endswith("-cards") or args.scenario.endswith("-delete"):  # 1,000 cards
                map_id = view.map_id
                view.map_scene.select_cards([c.id for c in window.jfile.document.cards(map_id)][:DELETED])
                app.processEvents()
                delete = lambda: QTest.keyClick(view, Qt.Key.Key_Delete)  # noqa: E731
                if args.scenario == "delete-cards":
                    profiled(delete)
                else:
                    delete()
                    app.processEvents()
                if args.scenario == "delete-cards":
                    pass
                elif args.scenario == "redo-delete":
                    QTest.keyClick(view, Qt.Key.Key_Z, ctrl)
                    app.processEvents()
                    redo = ctrl | Qt.KeyboardModifier.ShiftModifier
                    profiled(lambda: QTest.keyClick(view, Qt.Key.Key_Z, redo))
                else:
                    profiled(lambda: QTest.keyClick(view, Qt.Key.Key_Z, ctrl))
            elif args.scenario == "zoom-step":  # at 100%: in and out, repeatedly

                def zoom() -> None:
                    for k in range(args.repeat):
                        QTest.keyClick(view, Qt.Key.Key_Equal if k % 2 == 0 else Qt.Key.Key_Minus, ctrl)
                        app.processEvents()

                profiled(zoom)
            elif args.scenario == "find-first":
                dock = window.find_dock
                assert dock is not None
                dock.start()
                app.processEvents()
                dock.query.setText(QUERY)
                profiled(dock.search)
            elif args.scenario in ("type", "enter"):  # live capture: a new card typed after the selected one

                def capture(profile_typing: bool) -> None:
                    for _ in range(args.repeat):
                        QTest.keyClicks(view, TYPED[0])
                        app.processEvents()
                        if profile_typing:
                            profiler.start()
                        for ch in TYPED[1:]:
                            QTest.keyClicks(view, ch)
                            app.processEvents()
                        if profile_typing:
                            profiler.stop()
                        else:
                            profiler.start()
                        QTest.keyClick(view, Qt.Key.Key_Return)
                        app.processEvents()
                        if not profile_typing:
                            profiler.stop()
                        QTest.keyClick(view, Qt.Key.Key_Z, ctrl)
                        view.map_scene.select_cards([card.id])
                        app.processEvents()

                capture(args.scenario == "type")
            elif args.scenario == "edit":

                def edits() -> None:
                    for k in range(args.repeat):
                        QTest.keyClick(view, Qt.Key.Key_Right if k % 2 == 0 else Qt.Key.Key_Left, ctrl)
                        app.processEvents()

                profiled(edits)
            else:  # grow: the card gains and loses many lines, so every lane below moves

                def grow() -> None:
                    for k in range(args.repeat):
                        text = "a card that grows " * (40 if k % 2 == 0 else 1)
                        stack.push(commands.update_card(card.id, text=text))
                        app.processEvents()

                profiled(grow)
            window.close()
    out = args.out or ROOT / "build" / f"profile-{args.scenario}-{args.cards}.html"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(profiler.output_html(), encoding="utf-8")
    print(profiler.output_text(unicode=True, color=False, show_all=False))
    print(f"HTML report: {out}")


if __name__ == "__main__":
    main()
