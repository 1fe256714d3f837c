"""No user-visible literal bypasses the translation machinery (an AST scan of the UI and canvas)."""

from __future__ import annotations

from pathlib import Path

from tests.i18n.literal_scan import bare_literals

ROOT = Path(__file__).resolve().parents[2] / "jmdesigner"
SCANNED = (ROOT / "ui", ROOT / "canvas")  # the command line (cli/) speaks English on the terminal


def test_every_caption_message_and_painted_string_goes_through_translate() -> None:
    files = [path for folder in SCANNED for path in sorted(folder.rglob("*.py"))]
    assert len(files) > 60
    bare = [b for path in files for b in bare_literals(path)]
    where = "\n".join(f"{b.path.relative_to(ROOT.parent)}:{b.line}: {b.call}({b.text!r})" for b in bare)
    assert not bare, f"wrap these in translate(context, text):\n{where}"


def test_the_scan_finds_each_way_a_literal_can_reach_the_screen(tmp_path: Path) -> None:
    source = tmp_path / "sample.py"
    source.write_text(
        "def build(w, box, name, n):\n"
        "    w.setText('Hello')\n"  # a setter
        "    QLabel(f'Open {name}')\n"  # a constructor, an f-string
        "    QMessageBox.warning(w, 'Oops', 'It ' + 'broke')\n"  # a dialog, a concatenation
        "    w.setToolTip('one' if n else 'two')\n"  # both branches
        "    w.setPlaceholderText('Find {x}'.format(x=n))\n"  # .format() on a literal
        "    QAction(text='Quit')\n"  # a keyword
        "    super().__init__('Title')\n"  # a caption passed up
        "    w.setText(translate('Ctx', 'Fine'))\n"  # wrapped: fine
        "    w.setText('…')\n"  # no words
        "    w.setShortcut('Ctrl+Q')\n"  # not a text setter
        "    w.addAction('Ctrl+D')\n"  # a key sequence
        "    logging.getLogger(__name__).warning('%s: kept', n)\n"  # a log file's line
    )
    found = sorted((b.line, b.text) for b in bare_literals(source))
    assert found == [
        (2, "Hello"),
        (3, "f'Open {name}'"),
        (4, "It "),
        (4, "Oops"),
        (4, "broke"),
        (5, "one"),
        (5, "two"),
        (6, "Find {x}"),
        (7, "Quit"),
        (8, "Title"),
    ]
