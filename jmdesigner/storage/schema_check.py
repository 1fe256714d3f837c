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

from jmdesigner.i18n import N_, translate
from jmdesigner.storage.migrations import FORMAT_1_DDL, STEPS

Structure = dict[str, Any]
# Keywords that change behaviour but appear in no pragma: counted in each table's SQL.
_KEYWORDS = frozenset(
    {"CHECK", "COLLATE", "UNIQUE", "GENERATED", "AUTOINCREMENT", "WITHOUT", "STRICT", "CONFLICT"}
    | {"DEFERRABLE", "INITIALLY", "CASCADE", "RESTRICT", "SET", "DEFAULT", "AS", "STORED", "VIRTUAL", "NULL"}
)


@functools.cache
def _token() -> re.Pattern[str]:
    """A word, or a quoted name or string, of a table's SQL: compiled when a schema is first
    described part by part (a file as jmdesigner writes it never is: ``as_written``)."""
    return re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|`[^`]*`|\[[^\]]*\]|[A-Za-z_][A-Za-z0-9_]*")


def describe(raw: sqlite3.Connection) -> Structure:
    """Every table and index of ``raw`` as comparable data (names folded to lower case)."""
    out: Structure = {}
    for kind, name, table, sql in raw.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"):
        key = f"{kind} {name.lower()}"
        if not sql and name.startswith("sqlite_autoindex_"):
            # A key's own index (compared with its table: index_list). Only by its missing SQL:
            # SQLite loads a trigger or view a file names "sqlite_autoindex_…" all the same.
            continue
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
    words = (t.upper() for t in _token().findall(sql) if t[0] not in "'\"`[")
    return dict(Counter(w for w in words if w in _KEYWORDS))


def as_written(raw: sqlite3.Connection, version: int) -> set[str] | None:
    """The tables of ``raw`` when its schema is, statement for statement, the one jmdesigner writes
    into a new format-``version`` file (``prepared_schema.PREPARED``, which a test holds to the
    replayed history): SQLite derives every table, column, key and index from those statements,
    so the structure is then ``expected(version)``, found without describing either side (about
    2.5 ms of every open). None for any other schema (a migrated file's statements read
    differently): it is compared part by part."""
    want = _written(version)
    if want is None:
        return None
    found = []
    for row in raw.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"):
        name, sql = row[1], row[3]
        if not isinstance(name, str):
            return None
        # A key's own index has no SQL: SQLite makes it from its table's statement (compared
        # here) and refuses the whole schema when no table's key made it (an "orphan index").
        if sql is not None or not name.startswith("sqlite_autoindex_"):
            found.append(row)
    if not len(found) == len(set(found)) == len(want) or not want.issuperset(found):
        return None
    return {name for kind, name, _, _ in found if kind == "table"}


def _master_row(sql: str) -> tuple[str, str, str, str] | None:
    r"""The ``sqlite_master`` row (type, name, table, SQL) of one prepared statement, ``CREATE TABLE
    name (…`` or ``CREATE INDEX name ON table (…`` with names of word characters (what the pattern
    ``CREATE (TABLE) (\w+) \(|CREATE (INDEX) (\w+) ON (\w+) \(`` matches: a test holds them
    alike), else None. Read without compiling that pattern (~0.5 ms of every open)."""
    if sql.startswith("CREATE TABLE "):
        name, opened, _ = sql[13:].partition(" (")
        if opened and _word(name):
            return ("table", name, name, sql)
    elif sql.startswith("CREATE INDEX "):
        name, on, rest = sql[13:].partition(" ON ")
        table, opened, _ = rest.partition(" (")
        if on and opened and _word(name) and _word(table):
            return ("index", name, table, sql)
    return None


def _word(text: str) -> bool:
    r"""What ``\w+`` matches whole: letters, digits (Unicode's, as ``re`` reads them) and "_"."""
    return bool(text) and all(c.isalnum() or c == "_" for c in text)


@functools.cache
def _written(version: int) -> frozenset[tuple[str, str, str, str]] | None:
    """The ``sqlite_master`` rows (type, name, table, SQL) a new format-``version`` file has,
    but its keys' own indexes; None when the format has no prepared statements."""
    from jmdesigner.storage.prepared_schema import PREPARED

    rows = set()
    for sql in PREPARED.get(version, ()):
        row = _master_row(sql)
        if row is None:
            return None
        rows.add(row)
    return frozenset(rows) if rows else None


@functools.cache
def expected(version: int) -> Structure:
    """The structure of a format-``version`` file, built from the format-1 DDL and the steps."""
    try:
        return _replayed(version, through_sqlalchemy=False)
    except AttributeError:  # a step that needs more of SQLAlchemy than running its SQL
        return _replayed(version, through_sqlalchemy=True)


def _replayed(version: int, *, through_sqlalchemy: bool) -> Structure:
    raw = sqlite3.connect(":memory:", isolation_level=None)
    try:
        build(raw, version, through_sqlalchemy=through_sqlalchemy)
        return describe(raw)
    finally:
        raw.close()


def build(raw: sqlite3.Connection, version: int, *, through_sqlalchemy: bool | None = None) -> None:
    """Create the tables of a format-``version`` file in ``raw``: the format-1 DDL, then every
    step. ``None``: over sqlite3 alone, through SQLAlchemy only for a step that needs more."""
    if through_sqlalchemy is None:
        raw.execute("SAVEPOINT build")
        try:
            build(raw, version, through_sqlalchemy=False)
        except AttributeError:
            raw.execute("ROLLBACK TO build")
            raw.execute("RELEASE build")
            build(raw, version, through_sqlalchemy=True)
        else:
            raw.execute("RELEASE build")
        return
    for statement in FORMAT_1_DDL:
        raw.execute(statement)
    if through_sqlalchemy:
        from sqlalchemy import create_engine
        from sqlalchemy.pool import StaticPool

        engine = create_engine("sqlite://", creator=lambda: raw, poolclass=StaticPool)
        with engine.connect() as conn, conn.begin():
            for v in range(1, version):
                STEPS[v](conn)
    else:
        for v in range(1, version):
            STEPS[v](_DriverSql(raw))  # type: ignore[arg-type]


class _DriverSql:
    """The one method of SQLAlchemy's ``Connection`` the steps use to run their SQL, over sqlite3:
    replaying the steps on every open must not import SQLAlchemy (0.3 s) into read-only opens."""

    def __init__(self, raw: sqlite3.Connection) -> None:
        self._raw = raw

    def exec_driver_sql(self, sql: str, parameters: Any = ()) -> sqlite3.Cursor:
        return self._raw.execute(sql, parameters)


KINDS = {  # what sqlite_master calls each kind, as a sentence names it
    "table": N_("SchemaCheck", "table"),
    "index": N_("SchemaCheck", "index"),
    "trigger": N_("SchemaCheck", "trigger"),
    "view": N_("SchemaCheck", "view"),
}
PARTS = (  # a table's parts compared beyond its columns, each with its sentence
    ("foreign_keys", N_("SchemaCheck", "the references of its {key} are not the ones jmdesigner writes")),
    ("indexes", N_("SchemaCheck", "the keys or indexes of its {key} are not the ones jmdesigner writes")),
    ("keywords", N_("SchemaCheck", "the constraints of its {key} are not the ones jmdesigner writes")),
)


def _named(key: str) -> str:
    """ "table cards" in the user's language (the kind is a word, the name stays as stored)."""
    kind, _, name = key.partition(" ")
    return f"{translate('SchemaCheck', KINDS[kind]) if kind in KINDS else kind} {name}"


def difference(found: Structure, want: Structure) -> str | None:
    """The first way ``found`` differs from ``want``, in words, or None when they agree."""
    order = lambda key: (not key.startswith("table "), key)  # noqa: E731 - tables first: their indexes follow
    for key in sorted(found.keys() - want.keys(), key=order):
        kind, _, name = key.partition(" ")
        said = translate("SchemaCheck", "it has an extra {kind} “{name}” that jmdesigner does not write")
        return said.format(kind=translate("SchemaCheck", KINDS[kind]) if kind in KINDS else kind, name=name)
    for key in sorted(want.keys() - found.keys(), key=order):
        return translate("SchemaCheck", "its {key} is missing").format(key=_named(key))
    for key in sorted(want, key=order):
        if found[key] == want[key]:
            continue
        if not key.startswith("table "):
            return translate("SchemaCheck", "its {key} is not the one jmdesigner writes").format(
                key=_named(key)
            )
        f, w = found[key], want[key]
        for column in sorted(f["columns"].keys() | w["columns"].keys()):
            if f["columns"].get(column) != w["columns"].get(column):
                said = translate(
                    "SchemaCheck", "column {column} of its {key} is not declared as jmdesigner declares it"
                )
                return said.format(column=column, key=_named(key))
        for part, sentence in PARTS:
            if f[part] != w[part]:
                return translate("SchemaCheck", sentence).format(key=_named(key))
    return None
