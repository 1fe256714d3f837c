"""A throwaway PostgreSQL cluster for the tests: initdb + pg_ctl in a temporary folder.

PostgreSQL refuses to run as root, so under root the server runs as the ``postgres`` user
(``runuser``) from a folder that user owns. The fixture skips, with the reason, when no
PostgreSQL server binaries are installed (``apt-get install postgresql``).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SEARCH = ("/usr/lib/postgresql/*/bin", "/usr/local/pgsql/bin", "/usr/pgsql-*/bin")


def server_bin() -> Path | None:
    """The folder of ``initdb``/``pg_ctl``: PG_BIN, then PATH, then Debian's and others' places."""
    override = os.environ.get("PG_BIN")
    if override and (Path(override) / "initdb").exists():
        return Path(override)
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    for pattern in SEARCH:
        matches = sorted(Path("/").glob(pattern.lstrip("/")), reverse=True)
        for folder in matches:
            if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
                return folder
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Cluster:
    """A running server; ``url(db)`` is a URL for the superuser ``jm`` (password ``secret``)."""

    folder: Path
    port: int
    bin: Path
    as_user: list[str]
    user: str = "jm"
    password: str = "secret"

    def url(self, database: str = "postgres", *, password: bool = True) -> str:
        secret = f":{self.password}" if password else ""
        return f"postgresql://{self.user}{secret}@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        """A fresh empty database; returns its URL."""
        import psycopg

        name = "t_" + uuid.uuid4().hex[:12]
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        subprocess.run(
            [
                *self.as_user,
                str(self.bin / "pg_ctl"),
                "-D",
                str(self.folder / "data"),
                "-m",
                "immediate",
                "stop",
            ],
            capture_output=True,
            check=False,
        )


@contextlib.contextmanager
def running_cluster() -> Iterator[Cluster]:
    folder_bin = server_bin()
    if folder_bin is None:
        raise FileNotFoundError("no PostgreSQL server binaries (initdb, pg_ctl): apt-get install postgresql")
    shm = Path("/dev/shm")  # in memory where there is one: databases are created and dropped fast
    folder = Path(
        tempfile.mkdtemp(prefix="jm-pg-", dir=shm if shm.is_dir() and os.access(shm, os.W_OK) else None)
    )
    as_user: list[str] = []
    if os.geteuid() == 0:
        as_user = ["runuser", "-u", "postgres", "--"]
        shutil.chown(folder, "postgres")
    port = _free_port()
    pwfile = folder / "pw"
    pwfile.write_text("secret\n")
    if as_user:
        shutil.chown(pwfile, "postgres")
    data = folder / "data"
    subprocess.run(
        [
            *as_user,
            str(folder_bin / "initdb"),
            "-D",
            str(data),
            "-U",
            "jm",
            "-A",
            "scram-sha-256",
            f"--pwfile={pwfile}",
            "-E",
            "UTF8",
            "--no-sync",
            "--locale=C",
        ],
        check=True,
        capture_output=True,
    )
    options = f"-c listen_addresses=127.0.0.1 -p {port} -k {folder} -c fsync=off -c full_page_writes=off"
    subprocess.run(
        [
            *as_user,
            str(folder_bin / "pg_ctl"),
            "-D",
            str(data),
            "-o",
            options,
            "-l",
            str(folder / "log"),
            "-w",
            "-t",
            "30",
            "start",
        ],
        check=True,
        capture_output=True,
    )
    cluster = Cluster(folder, port, folder_bin, as_user)
    try:
        yield cluster
    finally:
        cluster.stop()
        shutil.rmtree(folder, ignore_errors=True)
