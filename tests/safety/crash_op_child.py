"""Child for the crash tests of long single operations, killed at a random moment by the parent.

``migrate FILE``: migrate a format-1 file to the current format with the real steps plus a
rewrite of every card inside the same transaction (so the transaction lasts long enough to be
killed in); prints ``IN-TX`` from inside it. ``import FILE TABLE``: import a spreadsheet into
the file's first map, one transaction; prints ``WILL <content>`` before and ``DONE <content>``
after. ``import-new FILE JSON``: ``jmdesigner import FILE JSON`` into a file that does not exist
yet; prints ``WILL`` before and ``DONE`` after.

Usage: python -m tests.safety.crash_op_child migrate FILE | import FILE TABLE | import-new FILE JSON
"""

from __future__ import annotations

import sys
from pathlib import Path

from sqlalchemy import Connection

from jmdesigner.interchange.table_reader import read_table
from jmdesigner.interchange.tabular_import import ImportOptions, Layout, plan_import
from jmdesigner.model import Document, UndoStack
from jmdesigner.storage.jmapfile import JmapFile
from jmdesigner.storage.migrations import STEPS, migrate_file


def content(doc: Document) -> str:
    """The cards of every cell by stage and lane name, in order: what an import adds, without ids
    (the mirror's import makes its own)."""
    import hashlib

    names = {s.id: s.name for m in doc.maps() for s in doc.stages(m.id)}
    names |= {la.id: la.name for m in doc.maps() for la in doc.lanes(m.id)}
    cells = [(names[c.stage_id], names[c.lane_id], c.text) for m in doc.maps() for c in doc.cards(m.id)]
    return hashlib.sha256(repr(sorted(names.values()) + cells).encode()).hexdigest()[:20]


def _slow_step(conn: Connection) -> None:
    STEPS[1](conn)
    conn.exec_driver_sql("PRAGMA cache_size = 5")  # spill pages into the file mid-transaction
    print("IN-TX", flush=True)
    for _ in range(20):
        conn.exec_driver_sql("UPDATE cards SET text = text || ''")


def main() -> None:
    verb, path = sys.argv[1], Path(sys.argv[2])
    if verb == "migrate":
        print("READY", flush=True)
        migrate_file(path, 1, steps={1: _slow_step}, to_version=2)
        print("MIGRATED", flush=True)
        return
    if verb == "import-new":
        from jmdesigner.cli import main as cli

        print("WILL", flush=True)
        assert cli(["import", str(path), sys.argv[3]]) == 0
        print("DONE", flush=True)
        return
    table = read_table(Path(sys.argv[3]))
    jfile = JmapFile.open(path)
    doc = jfile.document
    stack = UndoStack(doc)
    plan = plan_import(doc, table, ImportOptions(layout=Layout.LONG, target_map_id=doc.maps()[0].id))
    assert plan.ok, plan.error_lines()
    with JmapFile.open(path, read_only=True) as view:
        mirror = view.document
    mirror.read_only = False
    plan_import(mirror, table, ImportOptions(layout=Layout.LONG, target_map_id=mirror.maps()[0].id)).apply(
        UndoStack(mirror)
    )
    print(f"READY {content(doc)}", flush=True)
    print(f"WILL {content(mirror)}", flush=True)
    plan.apply(stack)
    print(f"DONE {content(doc)}", flush=True)


if __name__ == "__main__":
    main()
