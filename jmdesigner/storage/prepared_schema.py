"""The tables of a new file, written out: what replaying the format history produces, as one script.

``schema_check.build`` makes a format's tables from its history (the frozen format-1 DDL, then
every migration step), the structure each file is checked against. A new file needs the same
tables; replaying ~20 steps for it, through the steps' SQLAlchemy-shaped interface, is work for
every ``jmdesigner new`` and every import into a new file. ``PREPARED`` holds the result of that
replay, copied from ``sqlite_master`` (its SQL, in its order), so a file made from it has the very
same ``sqlite_master`` as one made by the replay. ``tests/storage/test_new_file.py`` replays the
history and compares; a format without a script here (a newer one added since) is replayed.
"""

from __future__ import annotations

import sqlite3

PREPARED: dict[int, tuple[str, ...]] = {
    3: (
        "CREATE TABLE personas (id VARCHAR(64) NOT NULL, position INTEGER NOT NULL, name TEXT NOT NULL, "
        "role TEXT NOT NULL, quote TEXT NOT NULL, description TEXT NOT NULL, goals JSON NOT NULL, "
        "motivations JSON NOT NULL, pain_points JSON NOT NULL, behaviours JSON NOT NULL, channels JSON "
        "NOT NULL, colour VARCHAR(7) NOT NULL, photo_mime VARCHAR(20), photo_data BLOB, PRIMARY KEY (id))",
        "CREATE TABLE maps (id VARCHAR(64) NOT NULL, position INTEGER NOT NULL, title TEXT NOT NULL, "
        "description TEXT NOT NULL, state VARCHAR(16) NOT NULL, reworks_id VARCHAR(64), scale_min INTEGER"
        " NOT NULL, scale_max INTEGER NOT NULL, curve VARCHAR(16) NOT NULL, PRIMARY KEY (id), FOREIGN "
        "KEY(reworks_id) REFERENCES maps (id))",
        "CREATE TABLE map_personas (map_id VARCHAR(64) NOT NULL, persona_id VARCHAR(64) NOT NULL, "
        "position INTEGER NOT NULL, PRIMARY KEY (map_id, persona_id), FOREIGN KEY(map_id) REFERENCES maps"
        " (id) ON DELETE CASCADE, FOREIGN KEY(persona_id) REFERENCES personas (id) ON DELETE CASCADE)",
        "CREATE TABLE stages (id VARCHAR(64) NOT NULL, map_id VARCHAR(64) NOT NULL, position INTEGER NOT "
        "NULL, name TEXT NOT NULL, description TEXT NOT NULL, width FLOAT NOT NULL, PRIMARY KEY (id), "
        "FOREIGN KEY(map_id) REFERENCES maps (id))",
        "CREATE INDEX ix_stages_map_id ON stages (map_id)",
        "CREATE TABLE lanes (id VARCHAR(64) NOT NULL, map_id VARCHAR(64) NOT NULL, position INTEGER NOT "
        "NULL, name TEXT NOT NULL, kind VARCHAR(32) NOT NULL, colour VARCHAR(7), height FLOAT, collapsed "
        "BOOLEAN NOT NULL, PRIMARY KEY (id), FOREIGN KEY(map_id) REFERENCES maps (id))",
        "CREATE INDEX ix_lanes_map_id ON lanes (map_id)",
        "CREATE TABLE cards (id VARCHAR(64) NOT NULL, map_id VARCHAR(64) NOT NULL, stage_id VARCHAR(64) "
        "NOT NULL, lane_id VARCHAR(64) NOT NULL, position INTEGER NOT NULL, text TEXT NOT NULL, colour "
        "VARCHAR(7), channel TEXT NOT NULL, owner TEXT NOT NULL, evidence VARCHAR(16), votes INTEGER NOT "
        "NULL, tags JSON NOT NULL, moment_of_truth BOOLEAN NOT NULL DEFAULT '0', author TEXT NOT NULL "
        "DEFAULT '', from_room BOOLEAN NOT NULL DEFAULT '0', held BOOLEAN NOT NULL DEFAULT '0', "
        "room_votes JSON NOT NULL DEFAULT '[]', PRIMARY KEY (id), FOREIGN KEY(map_id) REFERENCES maps "
        "(id), FOREIGN KEY(stage_id) REFERENCES stages (id), FOREIGN KEY(lane_id) REFERENCES lanes (id))",
        "CREATE INDEX ix_cards_map_id ON cards (map_id)",
        "CREATE TABLE emotion_points (id VARCHAR(64) NOT NULL, map_id VARCHAR(64) NOT NULL, persona_id "
        "VARCHAR(64) NOT NULL, stage_id VARCHAR(64) NOT NULL, score FLOAT NOT NULL, note TEXT NOT NULL, "
        "evidence VARCHAR(16), ratings JSON NOT NULL DEFAULT '[]', PRIMARY KEY (id), FOREIGN KEY(map_id) "
        "REFERENCES maps (id), FOREIGN KEY(persona_id) REFERENCES personas (id), FOREIGN KEY(stage_id) "
        "REFERENCES stages (id))",
        "CREATE INDEX ix_emotion_points_map_id ON emotion_points (map_id)",
        "CREATE TABLE versions (id VARCHAR(64) NOT NULL, map_id VARCHAR(64) NOT NULL, map_title TEXT NOT "
        "NULL, name TEXT NOT NULL, created_at VARCHAR(32) NOT NULL, snapshot TEXT NOT NULL, PRIMARY KEY "
        "(id))",
        "CREATE INDEX ix_versions_map_id ON versions (map_id)",
        "CREATE TABLE card_links (id VARCHAR(64) NOT NULL, source_id VARCHAR(64) NOT NULL, target_id "
        "VARCHAR(64) NOT NULL, PRIMARY KEY (id), FOREIGN KEY(source_id) REFERENCES cards (id), FOREIGN "
        "KEY(target_id) REFERENCES cards (id))",
        "CREATE INDEX ix_card_links_source_id ON card_links (source_id)",
        "CREATE INDEX ix_card_links_target_id ON card_links (target_id)",
        "CREATE TABLE holder (id INTEGER NOT NULL, pid INTEGER NOT NULL, account TEXT NOT NULL, host TEXT"
        " NOT NULL, since VARCHAR(32) NOT NULL, PRIMARY KEY (id))",
        "CREATE TABLE drafts (map_id VARCHAR(64) NOT NULL, stage_id VARCHAR(64) NOT NULL, lane_id "
        "VARCHAR(64) NOT NULL, card_id VARCHAR(64), position INTEGER NOT NULL, text TEXT NOT NULL, "
        "PRIMARY KEY (map_id))",
    ),
}
"""Each format version's ``CREATE`` statements, in ``sqlite_master`` order."""


def create_tables(raw: sqlite3.Connection, version: int) -> None:
    """The tables of a new format-``version`` file, in the caller's transaction: from its script,
    or replayed from the history when there is none."""
    statements = PREPARED.get(version)
    if statements is None:
        from jmdesigner.storage import schema_check

        schema_check.build(raw, version)
        return
    for statement in statements:
        raw.execute(statement)
