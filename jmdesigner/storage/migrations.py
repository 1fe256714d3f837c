"""Schema steps from each released file format to the next.

``STEPS[n]`` turns a version-``n`` file into version ``n + 1``. All steps run in one
transaction after the file is copied to the backup folder, so a failed migration leaves
the original exactly as it was. Every released version keeps a fixture file in
``tests/fixtures/`` that the tests open and migrate.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, create_engine, event
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import StaticPool

from jmdesigner.errors import StorageError
from jmdesigner.storage.locations import backup_dir
from jmdesigner.storage.schema import SCHEMA_VERSION

Step = Callable[[Connection], None]

# Version 1 is the first released format; it has no predecessor to migrate from.
STEPS: dict[int, Step] = {}


def migrate_file(
    path: Path, version: int, steps: dict[int, Step] | None = None, to_version: int = SCHEMA_VERSION
) -> Path:
    """Bring a file from ``version`` to ``to_version``; returns the backup made first."""
    steps = STEPS if steps is None else steps
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    backup = backup_dir() / f"{path.stem}.format{version}.{stamp}.jmap"
    try:
        backup.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, backup)
    except OSError as exc:
        raise StorageError(
            f"{path.name} needs an update to the current file format, but its backup "
            f"could not be written ({exc.strerror}); the file was left as it was."
        ) from None
    raw = sqlite3.connect(path, isolation_level=None)
    raw.execute("PRAGMA trusted_schema = OFF")
    engine = create_engine("sqlite://", creator=lambda: raw, poolclass=StaticPool)

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    try:
        with engine.connect() as conn, conn.begin():
            for v in range(version, to_version):
                step = steps.get(v)
                if step is None:
                    raise RuntimeError(f"no migration from file format {v} to {v + 1}")
                step(conn)
            conn.exec_driver_sql(f"PRAGMA user_version = {int(to_version)}")
    except (sqlite3.Error, SQLAlchemyError, RuntimeError) as exc:
        raise StorageError(
            f"{path.name} could not be updated to the current file format ({exc}); "
            f"it was left as it was, and a copy is in {backup}."
        ) from None
    finally:
        engine.dispose()
        raw.close()
    return backup
