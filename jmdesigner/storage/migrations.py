"""Schema steps from each released file format to the next.

``STEPS[n]`` turns a version-``n`` file into version ``n + 1``. All steps run in one
transaction after the file is copied to the backup folder, so a failed migration leaves
the original exactly as it was. Every released version keeps a fixture file in
``tests/fixtures/`` that the tests open and migrate.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from jmdesigner.errors import StorageError
from jmdesigner.i18n import translate
from jmdesigner.storage.faults import one_line
from jmdesigner.storage.format import SCHEMA_VERSION

if TYPE_CHECKING:
    from sqlalchemy import Connection

Step = Callable[["Connection"], None]


def _add_versions(conn: Connection) -> None:
    """Format 2: named versions, snapshots of one map each (written out, not from the ORM, so
    later changes to ``schema.py`` cannot change what this step did)."""
    conn.exec_driver_sql(
        "CREATE TABLE versions ("
        "id VARCHAR(64) NOT NULL, map_id VARCHAR(64) NOT NULL, map_title TEXT NOT NULL, "
        "name TEXT NOT NULL, created_at VARCHAR(32) NOT NULL, snapshot TEXT NOT NULL, "
        "PRIMARY KEY (id))"
    )
    conn.exec_driver_sql("CREATE INDEX ix_versions_map_id ON versions (map_id)")


def _add_drafts(conn: Connection) -> None:
    """Format 3: drafts, the card being typed kept outside the undo history (self-contained step)."""
    conn.exec_driver_sql(
        "CREATE TABLE drafts ("
        "map_id VARCHAR(64) NOT NULL, stage_id VARCHAR(64) NOT NULL, lane_id VARCHAR(64) NOT NULL, "
        "card_id VARCHAR(64), position INTEGER NOT NULL, text TEXT NOT NULL, "
        "PRIMARY KEY (map_id))"
    )


def _add_card_links(conn: Connection) -> None:
    """Format 3: links between cards (pain point → opportunity → future-state card)."""
    conn.exec_driver_sql(
        "CREATE TABLE card_links ("
        "id VARCHAR(64) NOT NULL, source_id VARCHAR(64) NOT NULL, target_id VARCHAR(64) NOT NULL, "
        "PRIMARY KEY (id), FOREIGN KEY(source_id) REFERENCES cards (id), "
        "FOREIGN KEY(target_id) REFERENCES cards (id))"
    )
    conn.exec_driver_sql("CREATE INDEX ix_card_links_source_id ON card_links (source_id)")
    conn.exec_driver_sql("CREATE INDEX ix_card_links_target_id ON card_links (target_id)")


# Version 1 is the first released format; it has no predecessor to migrate from. Its schema is
# frozen here: with the steps below it gives the exact structure every format version must have
# (``storage.schema_check`` compares each file against it on open).
FORMAT_1_DDL = (
    "CREATE TABLE personas (id VARCHAR(64) NOT NULL, position INTEGER NOT NULL, name TEXT NOT NULL, "
    "role TEXT NOT NULL, quote TEXT NOT NULL, description TEXT NOT NULL, goals JSON NOT NULL, "
    "motivations JSON NOT NULL, pain_points JSON NOT NULL, behaviours JSON NOT NULL, "
    "channels JSON NOT NULL, colour VARCHAR(7) NOT NULL, photo_mime VARCHAR(20), photo_data BLOB, "
    "PRIMARY KEY (id))",
    "CREATE TABLE maps (id VARCHAR(64) NOT NULL, position INTEGER NOT NULL, title TEXT NOT NULL, "
    "description TEXT NOT NULL, state VARCHAR(16) NOT NULL, reworks_id VARCHAR(64), "
    "scale_min INTEGER NOT NULL, scale_max INTEGER NOT NULL, curve VARCHAR(16) NOT NULL, "
    "PRIMARY KEY (id), FOREIGN KEY(reworks_id) REFERENCES maps (id))",
    "CREATE TABLE map_personas (map_id VARCHAR(64) NOT NULL, persona_id VARCHAR(64) NOT NULL, "
    "position INTEGER NOT NULL, PRIMARY KEY (map_id, persona_id), "
    "FOREIGN KEY(map_id) REFERENCES maps (id) ON DELETE CASCADE, "
    "FOREIGN KEY(persona_id) REFERENCES personas (id) ON DELETE CASCADE)",
    "CREATE TABLE stages (id VARCHAR(64) NOT NULL, map_id VARCHAR(64) NOT NULL, position INTEGER NOT NULL, "
    "name TEXT NOT NULL, description TEXT NOT NULL, width FLOAT NOT NULL, PRIMARY KEY (id), "
    "FOREIGN KEY(map_id) REFERENCES maps (id))",
    "CREATE INDEX ix_stages_map_id ON stages (map_id)",
    "CREATE TABLE lanes (id VARCHAR(64) NOT NULL, map_id VARCHAR(64) NOT NULL, position INTEGER NOT NULL, "
    "name TEXT NOT NULL, kind VARCHAR(32) NOT NULL, colour VARCHAR(7), height FLOAT, "
    "collapsed BOOLEAN NOT NULL, PRIMARY KEY (id), FOREIGN KEY(map_id) REFERENCES maps (id))",
    "CREATE INDEX ix_lanes_map_id ON lanes (map_id)",
    "CREATE TABLE cards (id VARCHAR(64) NOT NULL, map_id VARCHAR(64) NOT NULL, "
    "stage_id VARCHAR(64) NOT NULL, lane_id VARCHAR(64) NOT NULL, position INTEGER NOT NULL, "
    "text TEXT NOT NULL, colour VARCHAR(7), "
    "channel TEXT NOT NULL, owner TEXT NOT NULL, evidence VARCHAR(16), votes INTEGER NOT NULL, "
    "tags JSON NOT NULL, PRIMARY KEY (id), FOREIGN KEY(map_id) REFERENCES maps (id), "
    "FOREIGN KEY(stage_id) REFERENCES stages (id), FOREIGN KEY(lane_id) REFERENCES lanes (id))",
    "CREATE INDEX ix_cards_map_id ON cards (map_id)",
    "CREATE TABLE emotion_points (id VARCHAR(64) NOT NULL, map_id VARCHAR(64) NOT NULL, "
    "persona_id VARCHAR(64) NOT NULL, stage_id VARCHAR(64) NOT NULL, score FLOAT NOT NULL, "
    "note TEXT NOT NULL, evidence VARCHAR(16), PRIMARY KEY (id), FOREIGN KEY(map_id) REFERENCES maps (id), "
    "FOREIGN KEY(persona_id) REFERENCES personas (id), FOREIGN KEY(stage_id) REFERENCES stages (id))",
    "CREATE INDEX ix_emotion_points_map_id ON emotion_points (map_id)",
)


def _add_moment_of_truth(conn: Connection) -> None:
    """A card can be marked as a moment of truth (Ptolemy's ``isMomentOfTruth``)."""
    conn.exec_driver_sql("ALTER TABLE cards ADD COLUMN moment_of_truth BOOLEAN NOT NULL DEFAULT '0'")


def _add_room_marks(conn: Connection) -> None:
    """A card's author and its from-the-room mark (workshop participants' notes, docs/room.md);
    existing cards are nobody's and accepted."""
    conn.exec_driver_sql("ALTER TABLE cards ADD COLUMN author TEXT NOT NULL DEFAULT ''")
    conn.exec_driver_sql("ALTER TABLE cards ADD COLUMN from_room BOOLEAN NOT NULL DEFAULT '0'")


def _add_holder(conn: Connection) -> None:
    """Who has the file open for editing, recorded in the file itself (``storage.holder``)."""
    conn.exec_driver_sql(
        "CREATE TABLE holder (id INTEGER NOT NULL, pid INTEGER NOT NULL, account TEXT NOT NULL, "
        "host TEXT NOT NULL, since VARCHAR(32) NOT NULL, PRIMARY KEY (id))"
    )


def _add_room_state(conn: Connection) -> None:
    """What the workshop room must keep across restarts (docs/room.md): notes held in the inbox
    (outside the map until placed), who gave each card a dot, and each participant's rating
    behind the Room curve's points; existing rows hold none of them."""
    conn.exec_driver_sql("ALTER TABLE cards ADD COLUMN held BOOLEAN NOT NULL DEFAULT '0'")
    conn.exec_driver_sql("ALTER TABLE cards ADD COLUMN room_votes JSON NOT NULL DEFAULT '[]'")
    conn.exec_driver_sql("ALTER TABLE emotion_points ADD COLUMN ratings JSON NOT NULL DEFAULT '[]'")


# Format 3 is one release made of independent parts; each part is self-contained.
FORMAT_3_PARTS: tuple[Step, ...] = (
    _add_moment_of_truth,
    _add_room_marks,
    _add_card_links,
    _add_holder,
    _add_room_state,
    _add_drafts,
)


def _to_format_3(conn: Connection) -> None:
    for part in FORMAT_3_PARTS:
        part(conn)


STEPS: dict[int, Step] = {1: _add_versions, 2: _to_format_3}


def migrate_file(
    path: Path, version: int, steps: dict[int, Step] | None = None, to_version: int = SCHEMA_VERSION
) -> Path:
    """Bring a file from ``version`` to ``to_version``; returns the backup made first."""
    from sqlalchemy import create_engine, event
    from sqlalchemy.exc import SQLAlchemyError
    from sqlalchemy.pool import StaticPool

    from jmdesigner.storage.backups import make_backup  # here: a file at this version needs none
    from jmdesigner.storage.file_limits import hold_to_size_limit

    steps = STEPS if steps is None else steps
    try:
        backup = make_backup(path, path, f"before-format-{to_version}").path
    except StorageError as exc:
        said = translate(
            "Migrations",
            "{file} needs an update to the current file format, but its backup could not be "
            "written ({detail}); the file was left as it was.",
        )
        raise StorageError(said.format(file=path.name, detail=exc)) from None
    raw = sqlite3.connect(path, isolation_level=None)
    raw.execute("PRAGMA trusted_schema = OFF")
    engine = create_engine("sqlite://", creator=lambda: raw, poolclass=StaticPool)

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    try:
        hold_to_size_limit(raw)  # not grown into a file the open refuses as too large
        with engine.connect() as conn, conn.begin():
            for v in range(version, to_version):
                step = steps.get(v)
                if step is None:
                    raise RuntimeError(f"no migration from file format {v} to {v + 1}")
                step(conn)
            conn.exec_driver_sql(f"PRAGMA user_version = {int(to_version)}")
    except (sqlite3.Error, SQLAlchemyError, RuntimeError) as exc:
        said = translate(
            "Migrations",
            "{file} could not be updated to the current file format ({detail}); it was left as "
            "it was, and a copy is in {backup}.",
        )
        raise StorageError(said.format(file=path.name, detail=one_line(exc), backup=backup)) from None
    finally:
        engine.dispose()
        raw.close()
    return backup
