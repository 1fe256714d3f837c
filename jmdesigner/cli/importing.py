"""``jmdesigner import FILE SOURCE``: add a map from any registered format, cards from a spreadsheet,
or publish every map, persona and named version of another document (a ``.jmap`` file or a
team library).

FILE and a document SOURCE are each a ``.jmap`` path or a ``postgresql://`` library URL, so
``import URL local.jmap`` publishes a file into a team library and ``import offline.jmap URL``
takes the library along for offline work. A broken source changes nothing: it is read and
checked before FILE is created or touched.
The format is found by ``interchange.formats`` (by content, then by suffix).
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from jmdesigner.cli import tables
from jmdesigner.cli.documents import location
from jmdesigner.errors import JmError
from jmdesigner.i18n import N_, translate
from jmdesigner.storage.format import SUFFIX

TYPE_CHECKING = False  # typing's constant, without importing typing (the command line's start-up)
if TYPE_CHECKING:
    import argparse

    from jmdesigner.interchange.imported import Imported
    from jmdesigner.storage.address import Location
    from jmdesigner.storage.new_file import NewJmapFile
    from jmdesigner.storage.store import DocumentStore

NAME = "import"
SUMMARY = N_(
    "Cli",
    (
        "add a map from .json, .ojf (Ptolemy), GOV.UK step-by-step JSON, .mmd/.mermaid or .md, "
        "cards/scores from a .csv/.xlsx, or every map and persona of a .jmap or library "
        "(creates FILE if needed)"
    ),
)


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "file", type=location, help=translate("Cli", "a .jmap file or a postgresql:// library URL")
    )
    p.add_argument(
        "source", type=location, help=translate("Cli", "a file to import, a .jmap file or a library URL")
    )
    tables.add_import_options(p)


def plain_arguments(args: list[str]) -> SimpleNamespace | None:
    """``import FILE SOURCE`` and nothing else, read as the parser reads it without building the
    parser (importing and building argparse's was a twentieth of a 2,000-card import); None for any
    other command line, which the parser reads, and refuses in its own words. Each argument goes
    through ``location`` in order, as the parser's ``type``: the same refusals."""
    if len(args) != 3 or args[0] != NAME or any(a.startswith("-") for a in args[1:]):
        return None
    file, source = location(args[1]), location(args[2])
    return SimpleNamespace(command=NAME, file=file, source=source, **tables.IMPORT_OPTION_DEFAULTS)


def is_document(source: Location) -> bool:
    return not isinstance(source, Path) or source.suffix.lower() == SUFFIX


def run(args: argparse.Namespace) -> int:
    if is_document(args.source):
        return publish(args)
    if tables.is_table(args.source):
        return tables.import_table(args)
    if args.map_title or args.layout or args.emotions or args.scale:
        raise JmError(
            translate("Cli", "--map, --layout, --emotions and --scale are for .csv and .xlsx sources.")
        )
    from jmdesigner import collector_pause
    from jmdesigner.cli.deferred_imports import DATACLASSES_NEEDS, defer

    for name in DATACLASSES_NEEDS:
        defer(name)

    # The readers', the model's and the store's modules, then a map's worth of objects, all kept to
    # the end: the collector's passes would free none of them (~20 passes over the imports alone).
    # Then the map is let go and what is left (the modules) made old, so the collector's first pass
    # once it resumes walks neither (each cost ~2 ms at 2,000 cards).
    with collector_pause.collector_paused():
        from jmdesigner.cli.documents import import_target
        from jmdesigner.interchange.formats import read_file

        fmt, imported = read_file(args.source)  # a broken source fails here, before FILE is touched
        with import_target(args.file) as jfile:
            _add_imported(jfile, imported)
        said = [] if fmt.name == "jmdesigner-json" else [_imported_line(fmt.label, imported)]
        said += [f"note: {note}" for note in imported.notes]
        del fmt, imported, jfile
        collector_pause.as_old_objects()
    for line in said:
        print(line)
    return 0


def _imported_line(label: str, imported: Imported) -> str:
    return translate("Cli", "Imported {format}: {summary}.").format(format=label, summary=imported.summary())


def publish(args: argparse.Namespace) -> int:
    """Every persona, map and named version of SOURCE into FILE, as one transaction
    (``storage.publishing``)."""
    from jmdesigner.cli.documents import import_target, open_document
    from jmdesigner.storage.publishing import publish as publish_into

    if args.map_title or args.layout or args.emotions or args.scale:
        raise JmError(
            translate("Cli", "--map, --layout, --emotions and --scale are for .csv and .xlsx sources.")
        )
    if _same(args.source, args.file):
        raise JmError(translate("Cli", "The source and the target are the same document; nothing to import."))
    with open_document(args.source, read_only=True) as source:  # refused before FILE is touched
        with import_target(args.file) as target:
            published = publish_into(source, target)
            name = target.name
        print(
            translate(
                "Cli", "Imported {maps}, {personas} and {versions} from {source} into {target}."
            ).format(
                maps=translate("Cli", "%n map(s)", None, len(published.maps)),
                personas=translate("Cli", "%n new persona(s)", None, published.personas),
                versions=translate("Cli", "%n named version(s)", None, published.versions),
                source=source.name,
                target=name,
            )
        )
    return 0


def _same(a: Location, b: Location) -> bool:
    if isinstance(a, Path) and isinstance(b, Path):
        return a.resolve() == b.resolve()
    return str(a) == str(b)


def _add_imported(target: DocumentStore | NewJmapFile, imported: Imported) -> None:
    """The map added as one undoable command; into a new file, as the file's whole content
    (``model.bundle.document_of``: the document the map was checked in, when it holds it alone)."""
    from jmdesigner.storage.new_file import NewJmapFile

    doc = target.document
    bundle = imported.bundle_for(doc)
    if isinstance(target, NewJmapFile):  # a file not written yet: no history to undo to
        from jmdesigner.model.bundle import document_of

        target.take(document_of(bundle))
        return
    from jmdesigner.model import UndoStack
    from jmdesigner.model import commands as cmd

    UndoStack(doc).push(cmd.add_map(bundle))
