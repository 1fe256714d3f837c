"""Suite-wide settings: headless Qt, and no test ever writes to the real user data folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # once, before any QApplication exists

import pytest


@pytest.fixture(autouse=True)
def data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Backups and locks go to a temporary folder, never to the developer's real data folder,
    and not into ``tmp_path`` either, whose listing tests compare."""
    folder = tmp_path_factory.mktemp("jmdesigner-data")
    monkeypatch.setenv("JMDESIGNER_DATA_DIR", str(folder))
    monkeypatch.setenv("JMDESIGNER_CONFIG_DIR", str(tmp_path_factory.mktemp("jmdesigner-config")))
    return folder


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Empty the clipboard before Qt tears down: Qt 6.11's offscreen clipboard crashes at exit
    (SIGSEGV after the last test passed) if it still holds QMimeData that Python created."""
    from jmdesigner.canvas.clipboard import release_clipboard

    release_clipboard()


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[object]:
    """One throwaway PostgreSQL server for the whole run (tests/pg_server.py); skips without one."""
    from tests.pg_server import running_cluster, server_bin

    if server_bin() is None:
        pytest.skip("no PostgreSQL server binaries (initdb, pg_ctl); install the postgresql package")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("psycopg is not installed")
    with running_cluster() as cluster:
        yield cluster


@pytest.fixture
def pg_url(pg_cluster: object) -> str:
    """The URL of a fresh, empty database on the test server."""
    return pg_cluster.new_database()  # type: ignore[attr-defined]
