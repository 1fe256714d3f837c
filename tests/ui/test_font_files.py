"""Bundled font files missing or damaged (a package that strips or splits the fonts, a truncated
file): the window opens the map, lets a card be typed and says the problem once, in one message
naming the files and their folder; their text is drawn by the faces after them in the chain; an
export that would lose text to them is refused in the window as on the command line. Each case is
a fresh start of the app (the faces are looked over as a start looks them over), on a copy of the
resources whose fonts folder is broken."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.ui.watched_start import watched_start

ROOT = Path(__file__).resolve().parents[2] / "resources"


def broken_resources(
    tmp_path: Path, *, missing: tuple[str, ...] = (), truncated: tuple[str, ...] = ()
) -> Path:
    """A copy of the resources (the rest linked) whose fonts folder lacks ``missing`` and has
    ``truncated`` cut short, as a package or a failed copy leaves them."""
    root = tmp_path / "resources"
    root.mkdir()
    for entry in ROOT.iterdir():
        if entry.name != "fonts":
            (root / entry.name).symlink_to(entry)
    shutil.copytree(ROOT / "fonts", root / "fonts")
    for name in missing:
        (root / "fonts" / name).unlink()
    for name in truncated:
        whole = (root / "fonts" / name).read_bytes()
        (root / "fonts" / name).write_bytes(whole[: len(whole) // 3])
    return root


# Looks the resources up in argv[1]; then starts the app as ``jmdesigner FILE`` does.
USE_RESOURCES = """
import sys
from pathlib import Path
import jmdesigner.resources as resources
resources._CANDIDATES = (Path(sys.argv.pop(1)),)
"""

WINDOW = (
    USE_RESOURCES
    + """
import json
from jmdesigner.cli import main
from PySide6.QtCore import QTimer, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox
seen = {"messages": [], "later_messages": [], "export_refused": []}
out = sys.argv.pop(2)

def boxes():
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == "errorDialog" and w.isVisible()]

def opened(window):
    for box in boxes():
        seen["messages"].append(box.text())
        box.close()
    view = window.current_view()
    doc = window.jfile.document
    before = len(doc.cards(doc.maps()[0].id))
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(view, "T")
    window.current_view().editing.editor.textCursor().insertText("ype: مرحبا بالعالم สวัสดี")
    QTest.keyClick(view, Qt.Key.Key_Return)
    view.viewport().repaint()
    seen["cards_added"] = len(doc.cards(doc.maps()[0].id)) - before
    seen["typed"] = any("مرحبا" in c.text for c in doc.cards(doc.maps()[0].id))
    QTimer.singleShot(1000, lambda: exported(window))

def exported(window):
    seen["later_messages"] = [box.text() for box in boxes()]
    QMessageBox.warning = lambda parent, title, text: seen["export_refused"].append(text)
    dialog = window.export_dialog()
    dialog.out.setText(out)
    seen["exported"] = dialog.run_export()
    for index, suffix in ((1, ".png"), (2, ".svg")):
        dialog.format.setCurrentIndex(index)
        dialog.dpi.setValue(30)
        dialog.out.setText(out[:-4] + suffix)
        seen["exported_" + suffix] = dialog.run_export()
    dialog.close()
    print(json.dumps(seen), flush=True)
    window.close()

shown = QMainWindow.show
def show(window):
    shown(window)
    if type(window).__name__ == "MainWindow" and not hasattr(window, "_watched"):
        window._watched = True
        QTimer.singleShot(1500, lambda: opened(window))  # past the registration of every face
QMainWindow.show = show
main(sys.argv[1:])
"""
)


def test_the_window_opens_a_map_and_takes_a_card_with_fonts_missing_and_says_so_once(
    tmp_path: Path, doc_path: Path
) -> None:
    """Noto Sans missing and the Arabic face truncated: the map opens (a traceback from the text
    layout before), a card typed in Arabic and Thai is saved, one message names both files and
    their folder, and the PDF, which would lose the euro sign no other face has, is refused with
    nothing written."""
    root = broken_resources(
        tmp_path, missing=("NotoSans-Regular.ttf",), truncated=("NotoSansArabic-Regular.ttf",)
    )
    out = tmp_path / "deliverable.pdf"
    seen = watched_start(tmp_path, WINDOW, str(root), str(doc_path), str(out))
    [message] = seen["messages"]
    assert "NotoSans-Regular.ttf" in message and "NotoSansArabic-Regular.ttf" in message
    assert str(root / "fonts") in message and "reinstall" in message
    assert seen["cards_added"] == 1 and seen["typed"]
    assert seen["later_messages"] == []  # the card typed is not a second message
    assert seen["exported"] is False and seen["exported_.png"] is False and seen["exported_.svg"] is False
    assert not out.exists() and not out.with_suffix(".png").exists() and not out.with_suffix(".svg").exists()
    assert len(seen["export_refused"]) == 3
    for refused in seen["export_refused"]:
        assert "nothing was written" in refused and "NotoSans-Regular.ttf" in refused


def test_the_window_with_no_bundled_font_at_all_opens_the_map_and_says_it_once(
    tmp_path: Path, doc_path: Path
) -> None:
    every_face = tuple(p.name for p in (ROOT / "fonts").glob("*.ttf"))
    root = broken_resources(tmp_path, missing=every_face)
    out = tmp_path / "deliverable.pdf"
    seen = watched_start(tmp_path, WINDOW, str(root), str(doc_path), str(out))
    [message] = seen["messages"]
    assert f"{len(every_face)} bundled font files missing" in message and str(root / "fonts") in message
    assert seen["cards_added"] == 1 and seen["later_messages"] == []
    assert seen["exported"] is False and not out.exists()


def cli(tmp_path: Path, root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "JMDESIGNER_CONFIG_DIR": str(tmp_path / "config"),
        "JMDESIGNER_DATA_DIR": str(tmp_path / "data"),
    }
    script = USE_RESOURCES + "from jmdesigner.cli import main\nsys.exit(main(sys.argv[1:]))\n"
    return subprocess.run(
        [sys.executable, "-c", script, str(root), *args], capture_output=True, text=True, env=env, timeout=120
    )


def test_an_export_that_would_lose_text_to_a_missing_font_is_refused_in_one_line(tmp_path: Path) -> None:
    """Noto Sans missing: the other faces draw the letters, but not the euro sign of the bundled
    sample map, so each export is refused with one line naming the file and its folder; an earlier
    export of the same name is left as it was."""
    doc_path = tmp_path / "sample.jmap"
    made = cli(tmp_path, ROOT, "import", str(doc_path), str(ROOT / "samples" / "sample-map.json"))
    assert made.returncode == 0, made.stderr
    root = broken_resources(tmp_path, missing=("NotoSans-Regular.ttf",))
    for suffix in (".pdf", ".svg", ".png"):
        out = tmp_path / f"map{suffix}"
        out.write_bytes(b"an earlier export")
        done = cli(tmp_path, root, "export", str(doc_path), str(out))
        assert done.returncode == 1, done.stderr
        [line] = done.stderr.splitlines()
        assert line.startswith("jmdesigner: error: ") and "€ (U+20AC)" in line, line
        assert "NotoSans-Regular.ttf" in line and str(root / "fonts") in line
        assert out.read_bytes() == b"an earlier export"


def test_an_export_drawn_whole_by_the_other_fonts_is_written_with_one_warning(
    tmp_path: Path, doc_path: Path
) -> None:
    """The bold face truncated: the bold titles are drawn by the faces after it, every character
    is drawn, the export is written and the damaged file named in one warning line."""
    root = broken_resources(tmp_path, truncated=("NotoSans-Bold.ttf",))
    for suffix in (".pdf", ".svg", ".png"):
        out = tmp_path / f"map{suffix}"
        done = cli(tmp_path, root, "export", str(doc_path), str(out))
        assert done.returncode == 0, done.stderr
        [line] = done.stderr.splitlines()
        assert line.startswith("jmdesigner: warning: ") and "damaged: NotoSans-Bold.ttf" in line, line
        assert out.stat().st_size > 1000


def test_check_reads_a_document_whatever_the_fonts(tmp_path: Path, doc_path: Path) -> None:
    root = broken_resources(tmp_path, missing=tuple(p.name for p in (ROOT / "fonts").glob("*.ttf")))
    done = cli(tmp_path, root, "check", str(doc_path))
    assert done.returncode == 0 and "healthy" in done.stdout and done.stderr == "", done.stderr
