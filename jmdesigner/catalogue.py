"""Keeping the translation catalogues in step with the code: ``python -m jmdesigner.catalogue``.

Every ``translate("Context", "text")`` and ``N_("Context", "text")`` call with literal
arguments is a message; a call with a fourth argument (``n``) is a plural (Qt's numerus form).
The messages are read from the source with ``ast`` rather than ``pyside6-lupdate``, whose
Python reader drops a call whose count is an expression (``len(cards)``) and never marks a
count held in a variable as a plural. The result is a Qt Linguist ``.ts`` file per language in
``resources/translations``: translations already made are kept, new messages are added as
unfinished, messages gone from the code are dropped. ``make translations`` runs this, then
``pyside6-lrelease`` to compile each ``.ts`` to the ``.qm`` the app loads.
"""

from __future__ import annotations

import argparse
import ast
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
FOLDER = PACKAGE.parent / "resources" / "translations"
MARKERS = frozenset({"translate", "N_"})


@dataclass(frozen=True, slots=True)
class Message:
    context: str
    source: str
    disambiguation: str | None = None
    plural: bool = False


@dataclass(slots=True)
class Entry:
    message: Message
    forms: list[str] = field(default_factory=list)  # one text, or one per plural form
    finished: bool = False


def _string(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def messages_in(path: Path) -> list[Message]:
    """The messages of one module, in source order."""
    found: list[Message] = []
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or len(node.args) < 2:
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
        context, source = _string(node.args[0]), _string(node.args[1])
        if name not in MARKERS or context is None or source is None:
            continue
        disambiguation = _string(node.args[2]) if len(node.args) > 2 else None
        plural = len(node.args) > 3 or any(k.arg == "n" for k in node.keywords)
        found.append(Message(context, source, disambiguation or None, plural))
    return found


def messages(package: Path = PACKAGE) -> list[Message]:
    """Every message of the app, each once, in the order of first use."""
    seen: dict[Message, None] = {}
    for path in sorted(package.rglob("*.py")):
        for message in messages_in(path):
            seen.setdefault(message, None)
    return list(seen)


def read_ts(path: Path) -> dict[tuple[str, str, str | None], Entry]:
    entries: dict[tuple[str, str, str | None], Entry] = {}
    if not path.exists():
        return entries
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            source = m.findtext("source") or ""
            comment = m.findtext("comment")
            translation = m.find("translation")
            plural = m.get("numerus") == "yes"
            if translation is None:
                forms: list[str] = []
            elif plural:
                forms = [f.text or "" for f in translation.iter("numerusform")]
            else:
                forms = [translation.text or ""]
            finished = translation is not None and translation.get("type") not in ("unfinished", "vanished")
            key = (name, source, comment)
            entries[key] = Entry(Message(name, source, comment, plural), forms, finished and any(forms))
    return entries


def update_ts(path: Path, language: str, found: list[Message]) -> tuple[int, int]:
    """Rewrite ``path`` for the messages ``found``; (messages, unfinished)."""
    old = read_ts(path)
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    by_context: dict[str, list[Message]] = {}
    for message in found:
        by_context.setdefault(message.context, []).append(message)
    unfinished = 0
    for name in sorted(by_context):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for message in by_context[name]:
            entry = old.get((name, message.source, message.disambiguation))
            node = ET.SubElement(context, "message")
            if message.plural:
                node.set("numerus", "yes")
            ET.SubElement(node, "source").text = message.source
            if message.disambiguation:
                ET.SubElement(node, "comment").text = message.disambiguation
            translation = ET.SubElement(node, "translation")
            done = entry is not None and entry.finished and entry.message.plural == message.plural
            if not done:
                translation.set("type", "unfinished")
                unfinished += 1
            if message.plural:
                forms = entry.forms if done and entry is not None else []
                for text in forms or [""]:
                    ET.SubElement(translation, "numerusform").text = text
            elif done and entry is not None:
                translation.text = entry.forms[0]
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return len(found), unfinished


def catalogues(folder: Path = FOLDER) -> list[Path]:
    return sorted(folder.glob("jmdesigner_*.ts"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m jmdesigner.catalogue", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--new", metavar="CODE", help="start a catalogue for another language (e.g. fr)")
    args = parser.parse_args(argv)
    FOLDER.mkdir(parents=True, exist_ok=True)
    paths = catalogues()
    if args.new:
        paths.append(FOLDER / f"jmdesigner_{args.new}.ts")
    found = messages()
    for path in paths:
        language = path.stem.split("_", 1)[1]
        total, unfinished = update_ts(path, language, found)
        print(f"{path.name}: {total} messages, {unfinished} to translate")
    return 0


if __name__ == "__main__":
    sys.exit(main())
