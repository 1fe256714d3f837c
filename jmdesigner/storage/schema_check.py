"""The schema a file declares must be the schema jmdesigner wrote for its format version.

A file is data, but its schema is behaviour: ``ON DELETE CASCADE`` on an ordinary column
deletes rows jmdesigner never meant to delete, ``position TEXT`` reorders cards, a CHECK or
UNIQUE constraint makes edits fail half-way. So on open the structure SQLite reports for the
file (columns with type, NOT NULL, default and key; foreign keys with their actions; indexes
with their columns; and constraint keywords in the table's SQL that no pragma shows, such as
CHECK and COLLATE) is compared with the structure of the same format version built from
jmdesigner's own history: the frozen format-1 DDL plus every migration step up to that
version, run in memory. Formatting and column order do not matter, so a file created fresh
from ``schema.py`` and one migrated step by step compare equal; a test asserts that they do,
so adding a format is a step in ``migrations.py`` plus the same change in ``schema.py``.
"""

from __future__ import annotations

import functools
import re
import sqlite3
from collections import Counter
from typing import Any

from sqlalchemy import create_engine
from sqlalchemy.pool import StaticPool

from jmdesigner.storage.migrations import FORMAT_1_DDL, STEPS

Structure = dict[str, Any]
# Keywords that change behaviour but appear in no pragma: counted in each table's SQL.
_KEYWORDS = frozenset(
    {"CHECK", "COLLATE", "UNIQUE", "GENERATED", "AUTOINCREMENT", "WITHOUT", "STRICT", "CONFLICT"}
    | {"DEFERRABLE", "INITIALLY", "CASCADE", "RESTRICT", "SET", "DEFAULT", "AS", "STORED", "VIRTUAL", "NULL"}
)
_TOKEN = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|`[^`]*`|\[[^\]]*\]|[A-Za-z_][A-Za-z0-9_]*")


def describe(raw: sqlite3.Connection) -> Structure:
    """Every table and index of ``raw`` as comparable data (names folded to lower case)."""
    out: Structure = {}
    for kind, name, table, sql in raw.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"):
        key = f"{kind} {name.lower()}"
        if name.startswith("sqlite_autoindex_"):
            continue  # a key's own index: compared with its table (index_list)
        if kind == "table":
            out[key] = _table(raw, name, sql or "")
        elif kind == "index":
            out[key] = (table.lower(), _index(raw, name), _keywords(sql or ""))
        else:
            out[key] = sql  # triggers and views: never expected
    return out


def _table(raw: sqlite3.Connection, name: str, sql: str) -> Structure:
    q = name.replace('"', '""')
    columns = {
        r[1].lower(): (str(r[2]).upper(), r[3], r[4], r[5], r[6])
        for r in raw.execute(f'PRAGMA table_xinfo("{q}")')  # type, notnull, default, pk, hidden
    }
    keys = sorted(
        (r[1], r[2].lower(), r[3].lower(), (r[4] or "").lower(), r[5], r[6], r[7])
        for r in raw.execute(f'PRAGMA foreign_key_list("{q}")')
    )
    indexes = sorted(
        (r[2], r[3], r[4], tuple(_index(raw, r[1]))) for r in raw.execute(f'PRAGMA index_list("{q}")')
    )
    return {"columns": columns, "foreign_keys": keys, "indexes": indexes, "keywords": _keywords(sql)}


def _index(raw: sqlite3.Connection, name: str) -> list[tuple[Any, ...]]:
    q = name.replace('"', '""')
    return [(r[0], (r[2] or "").lower(), r[3], r[4], r[5]) for r in raw.execute(f'PRAGMA index_xinfo("{q}")')]


def _keywords(sql: str) -> dict[str, int]:
    words = (t.upper() for t in _TOKEN.findall(sql) if t[0] not in "'\"`[")
    return dict(Counter(w for w in words if w in _KEYWORDS))


@functools.cache
def expected(version: int) -> Structure:
    """The structure of a format-``version`` file, built from the format-1 DDL and the steps."""
    raw = sqlite3.connect(":memory:", isolation_level=None)
    try:
        for statement in FORMAT_1_DDL:
            raw.execute(statement)
        engine = create_engine("sqlite://", creator=lambda: raw, poolclass=StaticPool)
        with engine.connect() as conn, conn.begin():
            for v in range(1, version):
                STEPS[v](conn)
        return describe(raw)
    finally:
        raw.close()


def difference(found: Structure, want: Structure) -> str | None:
    """The first way ``found`` differs from ``want``, in words, or None when they agree."""
    order = lambda key: (not key.startswith("table "), key)  # noqa: E731 - tables first: their indexes follow
    for key in sorted(found.keys() - want.keys(), key=order):
        kind, _, name = key.partition(" ")
        return f"it has an extra {kind} “{name}” that jmdesigner does not write"
    for key in sorted(want.keys() - found.keys(), key=order):
        return f"its {key} is missing"
    for key in sorted(want, key=order):
        if found[key] == want[key]:
            continue
        if not key.startswith("table "):
            return f"its {key} is not the one jmdesigner writes"
        f, w = found[key], want[key]
        for column in sorted(f["columns"].keys() | w["columns"].keys()):
            if f["columns"].get(column) != w["columns"].get(column):
                return f"column {column} of its {key} is not declared as jmdesigner declares it"
        for part, words in (
            ("foreign_keys", "references"),
            ("indexes", "keys or indexes"),
            ("keywords", "constraints"),
        ):
            if f[part] != w[part]:
                return f"the {words} of its {key} are not the ones jmdesigner writes"
    return None
