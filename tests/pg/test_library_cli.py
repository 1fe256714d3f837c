"""Every verb that takes a document takes a library URL: new, import (publishing both ways),
export, info, check; a database without a library is refused in one line, changing nothing."""

from __future__ import annotations

import json
from pathlib import Path

import psycopg
import pytest

from jmdesigner.cli import main
from jmdesigner.storage.jmapfile import JmapFile
from jmdesigner.storage.schema import SCHEMA_VERSION

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "sample-map.json"


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_new_import_info_export_check_on_a_library(
    pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "new", pg_url, "--template", "five-stage", "--title", "Onboarding")[0] == 0
    assert run(capsys, "import", pg_url, SAMPLE)[0] == 0
    code, out, _ = run(capsys, "info", pg_url)
    info = json.loads(out)
    assert code == 0 and info["schema_version"] == SCHEMA_VERSION
    assert info["maps"][0]["title"] == "Onboarding" and len(info["maps"]) == 2
    code, out, _ = run(capsys, "check", pg_url)
    assert code == 0 and out.startswith("jm@127.0.0.1:") and "healthy" in out and "secret" not in out
    second = info["maps"][1]["title"]
    assert run(capsys, "export", pg_url, tmp_path / "map.pdf", "--map", second)[0] == 0
    assert (tmp_path / "map.pdf").read_bytes().startswith(b"%PDF")
    assert run(capsys, "export", pg_url, tmp_path / "map.csv", "--map", second)[0] == 0


def test_publishing_a_file_into_a_library_and_the_library_into_a_file(
    pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workshop = tmp_path / "workshop.jmap"
    assert run(capsys, "import", workshop, SAMPLE)[0] == 0
    assert run(capsys, "new", pg_url)[0] == 0
    code, out, _ = run(capsys, "import", pg_url, workshop)
    assert code == 0 and out.startswith("Imported 1 map, ")
    offline = tmp_path / "offline.jmap"
    assert run(capsys, "import", offline, pg_url)[0] == 0  # library -> file, for offline work
    with JmapFile.open(workshop, read_only=True) as a, JmapFile.open(offline, read_only=True) as b:
        assert a.document.snapshot() == b.document.snapshot()
    code, out, _ = run(capsys, "import", pg_url, workshop)  # again: a copy, never a clash
    titles = json.loads(run(capsys, "info", pg_url)[1])["maps"]
    assert code == 0 and len(titles) == 2 and titles[0]["title"] != titles[1]["title"]


@pytest.mark.parametrize("verb", ["info", "check", "export", "import"])
def test_a_database_without_a_library_is_refused_in_one_line(
    verb: str, pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    extra = {"export": [tmp_path / "out.json"], "import": [SAMPLE]}.get(verb, [])
    code, out, err = run(capsys, verb, pg_url, *extra)
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "holds no jmdesigner library" in err
    assert "jmdesigner new postgresql://" in err
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT to_regnamespace('jmdesigner')").fetchone()[0] is None
    assert not (tmp_path / "out.json").exists()


def test_unreachable_server_and_bad_urls_are_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "info", "postgresql://jm:pw@127.0.0.1:1/db")
    assert code == 1 and err.count("\n") == 1 and "Cannot reach the library server" in err and "pw" not in err
    code, _, err = run(capsys, "info", "postgresql://jm@127.0.0.1:notaport/db")
    assert code != 0 and err.count("\n") == 1 and "port" in err


def test_the_room_serves_a_map_of_a_library(pg_url: str, tmp_path: Path) -> None:
    """``jmdesigner room URL``: phones' notes land in the library, where colleagues see them."""
    import signal
    import subprocess
    import sys

    from jmdesigner.storage.store import open_store
    from tests.room.harness import Client

    workshop = tmp_path / "w.jmap"
    assert main(["import", str(workshop), str(SAMPLE)]) == 0
    assert main(["new", pg_url]) == 0 and main(["import", pg_url, str(workshop)]) == 0
    proc = subprocess.Popen(
        [sys.executable, "-m", "jmdesigner", "room", pg_url, "--host", "127.0.0.1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        phone = Client(proc.stdout.readline().strip())
        data = phone.get("api/map").json()
        stage, lane = data["stages"][0]["id"], data["lanes"][0]["id"]
        note = {"stage": stage, "lane": lane, "text": "From a phone", "participant": "Ana"}
        card_id = phone.post("api/cards", note).json()["id"]
        phone.close()
        proc.send_signal(signal.SIGTERM)
        _out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0, err
    with open_store(pg_url, read_only=True) as lib:
        assert lib.document.card(card_id).text == "From a phone"
