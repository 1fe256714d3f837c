"""Schema steps from each released file format to the next.

``STEPS[n]`` turns a version-``n`` file into version ``n + 1``. Steps run in one transaction
after a backup of the file, so a failed migration leaves the original as it was. Every
released version keeps a fixture file in ``tests/fixtures/`` that the tests migrate.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection

from jmdesigner.storage.schema import SCHEMA_VERSION

Step = Callable[[Connection], None]

# Version 1 is the first released format; it has no predecessor to migrate from.
STEPS: dict[int, Step] = {}


def migrate(conn: Connection, from_version: int, steps: dict[int, Step] | None = None,
            to_version: int = SCHEMA_VERSION) -> None:
    """Run the steps from ``from_version`` up to ``to_version`` inside the caller's transaction."""
    steps = STEPS if steps is None else steps
    for version in range(from_version, to_version):
        step = steps.get(version)
        if step is None:
            raise RuntimeError(f"no migration from file format {version} to {version + 1}")
        step(conn)
    conn.exec_driver_sql(f"PRAGMA user_version = {int(to_version)}")
