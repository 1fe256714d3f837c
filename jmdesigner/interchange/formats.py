"""The registry of interchange formats: which reader or writer handles a file.

A format names its suffixes, says whether a text is its own (``claims``, for files whose
suffix is shared or missing, such as ``.json`` or a paste), and has a reader, a writer or
both. The CLI, File ▸ Import…, drops and paste all go through ``read_file``/``read_text``
and ``writer_for``, so a new format is one module plus one line in ``_registered``.
Spreadsheets are planned with their own options (``tabular_import``) and are not listed here.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from jmdesigner.errors import JmError
from jmdesigner.i18n import translate
from jmdesigner.interchange.imported import Imported
from jmdesigner.interchange.sources import decode_text, parse_json_text, read_source_bytes
from jmdesigner.model import Document

TYPE_CHECKING = False  # typing's constant, without importing typing (the command line's start-up)
if TYPE_CHECKING:
    from typing import Any


class Source:
    """An import source's text, with its JSON parsed once on first use."""

    def __init__(self, text: str, name: str) -> None:
        self.text = text
        self.name = name
        self.title = Path(name).stem.replace("_", " ").strip() if name else ""

    @functools.cached_property
    def looks_like_json(self) -> bool:
        return self.text.lstrip()[:1] in ("{", "[")

    @functools.cached_property
    def json(self) -> Any:
        return parse_json_text(self.text, self.name or translate("Formats", "The text"))


Reader = Callable[[Source], Imported]
Writer = Callable[[Document, str], tuple[str, list[str]]]


@dataclass(frozen=True)
class Format:
    """A format jmdesigner reads or writes: its name, file suffixes and functions."""

    name: str
    label: str
    suffixes: tuple[str, ...]
    read: Reader | None = None
    write: Writer | None = None
    claims: Callable[[Source], bool] | None = None

    @property
    def file_filter(self) -> str:
        return f"{self.label} ({' '.join('*' + s for s in self.suffixes)})"


# Every format, most specific first (content checks run in this order): module, attribute.
_REGISTERED = (
    ("jmdesigner.interchange.json_map_format", "FORMAT_ENTRY"),
    ("jmdesigner.interchange.govuk_step_by_step", "FORMAT_ENTRY"),
    ("jmdesigner.interchange.ptolemy_ojf", "FORMAT_ENTRY"),
    ("jmdesigner.interchange.mermaid_journey_format", "MERMAID"),
    ("jmdesigner.interchange.mermaid_journey_format", "MARKDOWN"),
)


def _in_order() -> Iterator[Format]:
    """The formats in order, each module imported only when it is reached: a jmdesigner map is
    recognised without loading the readers of the formats after it."""
    for module, name in _REGISTERED:
        yield getattr(importlib.import_module(module), name)


@functools.cache
def _registered() -> tuple[Format, ...]:
    return tuple(_in_order())


def formats() -> tuple[Format, ...]:
    return _registered()


def readable_suffixes() -> tuple[str, ...]:
    return tuple(s for f in formats() if f.read for s in f.suffixes)


def writer_for(suffix: str) -> Format | None:
    return next((f for f in formats() if f.write and suffix.lower() in f.suffixes), None)


def detect(source: Source, suffix: str = "") -> Format:
    """The format of a source: by its content when a format recognises it, else by its suffix."""
    suffix = suffix.lower()
    for fmt in _in_order():
        if fmt.read and fmt.claims and _claims(fmt, source):
            return fmt
    for fmt in formats():
        if fmt.read and suffix in fmt.suffixes:
            return fmt
    known = ", ".join(dict.fromkeys(readable_suffixes()))
    kinds = translate(
        "Formats", "a jmdesigner map, a Ptolemy journey, a GOV.UK step-by-step, a Mermaid journey or Markdown"
    )
    if suffix:
        said = translate(
            "Formats",
            "{name}: jmdesigner cannot tell what “{suffix}” files hold; it imports {known} ({kinds}).",
        )
    else:
        said = translate(
            "Formats", "{name}: jmdesigner cannot tell what this text holds; it imports {known} ({kinds})."
        )
    name = source.name or translate("Formats", "The text")
    raise JmError(said.format(name=name, suffix=suffix, known=known, kinds=kinds))


def recognised(text: str) -> Format | None:
    """The format whose content this text is (a pasted Mermaid journey, say), or None."""
    source = Source(text, "")
    return next((f for f in formats() if f.read and f.claims and _claims(f, source)), None)


def _claims(fmt: Format, source: Source) -> bool:
    try:
        return bool(fmt.claims and fmt.claims(source))
    except JmError:
        return False  # not valid JSON: not this format; the reader by suffix will say why


def read_text(text: str, name: str = "", suffix: str = "") -> tuple[Format, Imported]:
    """Import a text (a paste, a file's content); ``JmError`` or ``ImportProblems`` on failure."""
    source = Source(text, name)
    fmt = detect(source, suffix)
    assert fmt.read is not None
    return fmt, fmt.read(source)


def read_file(path: Path) -> tuple[Format, Imported]:
    raw = read_source_bytes(path)
    return read_text(decode_text(raw, path.name), path.name, path.suffix)
