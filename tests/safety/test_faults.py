"""Faults from the environment: full disk, read-only file or folder, file moved away, already open,
risky places. Each gets a clear message and loses nothing already saved."""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import random
import re
import shutil
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path, PurePath

import pytest

from jmdesigner.errors import FileRefusedError, StorageError
from jmdesigner.model import Card, UndoStack, new_id
from jmdesigner.model import commands as cmd
from jmdesigner.storage.jmapfile import JmapFile
from jmdesigner.storage.placement import filesystem_type, location_warning
from tests.builders import sample_bundle
from tests.safety.crash_child import digest
from tests.safety.holding import holding

ROOT = Path(__file__).resolve().parents[2]
HOLDER = f"{getpass.getuser()}@{socket.gethostname()}"


def make_doc(path: Path, cards: int = 2) -> Path:
    with JmapFile.create(path) as jfile:
        UndoStack(jfile.document).push(cmd.add_map(sample_bundle(cards_per_cell=cards)))
    return path


def reopened_digest(path: Path) -> str:
    with JmapFile.open(path) as jfile:
        assert jfile.integrity_problems() == []
        return digest(jfile.document)


def run_child(*args: object) -> dict:
    out = subprocess.run(
        [sys.executable, "-m", "tests.safety.fault_child", *map(str, args)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr[-3000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


# ------------------------------------------------------------------ disk full
def test_disk_full_during_edits_keeps_every_saved_edit(tmp_path: Path) -> None:
    path = make_doc(tmp_path / "doc.jmap")
    limit = path.stat().st_size + 200_000
    result = run_child("edit", path, limit)
    assert result["edits"] > 5, "the limit should allow some edits before the disk is 'full'"
    assert "disk is full" in result["error"] and "safe" in result["error"]
    assert result["after"] == result["digest"], "the failed edit was rolled back in memory"
    assert reopened_digest(path) == result["digest"], "every completed edit is on disk, the failed one is not"
    assert sorted(os.listdir(tmp_path)) == ["doc.jmap"]


def test_disk_full_during_save_a_copy(tmp_path: Path) -> None:
    path = make_doc(tmp_path / "doc.jmap", cards=20)
    before = reopened_digest(path)
    (tmp_path / "out").mkdir()
    result = run_child("copy", path, path.stat().st_size // 3, tmp_path / "out" / "copy.jmap")
    assert result["type"] == "StorageError" and "disk is full" in result["error"]
    assert os.listdir(tmp_path / "out") == [], "no partial copy and no temporary file"
    assert reopened_digest(path) == before


def test_disk_full_during_export(tmp_path: Path) -> None:
    path = make_doc(tmp_path / "doc.jmap")
    (tmp_path / "out").mkdir()
    old = tmp_path / "out" / "map.json"
    old.write_text("previous export", encoding="utf-8")
    result = run_child("export", path, 50_000, old)
    assert result["type"] == "StorageError" and "disk is full" in result["error"]
    assert os.listdir(tmp_path / "out") == ["map.json"]
    assert old.read_text(encoding="utf-8") == "previous export", "a failed export leaves the old file"


@contextlib.contextmanager
def small_disk(folder: Path, size: str) -> Iterator[Path]:
    """A real, tiny file system (tmpfs) where a write past its size fails with ENOSPC."""
    folder.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True, text=True
    )
    if done.returncode != 0:
        pytest.skip(
            f"cannot mount a small file system here ({done.stderr.strip()}); the RLIMIT tests cover it"
        )
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def test_real_full_disk_during_edits(tmp_path: Path) -> None:
    with small_disk(tmp_path / "stick", "400k") as stick:
        path = make_doc(stick / "doc.jmap")
        with JmapFile.open(path) as jfile:
            doc, stack = jfile.document, UndoStack(jfile.document)
            m = doc.maps()[0]
            stage, lane = doc.stages(m.id)[0], doc.lanes(m.id)[0]
            with pytest.raises(StorageError) as info:
                for n in range(1000):
                    saved = digest(doc)
                    stack.push(cmd.insert_card(Card(new_id(), m.id, stage.id, lane.id, f"{n} " + "x" * 9000)))
            assert n > 2 and "disk is full" in str(info.value)
            assert digest(doc) == saved
        assert reopened_digest(path) == saved


def test_full_data_folder_makes_backups_fail_quietly_not_edits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with small_disk(tmp_path / "data", "64k") as data:
        monkeypatch.setenv("JMDESIGNER_DATA_DIR", str(data))
        path = make_doc(tmp_path / "doc.jmap", cards=20)  # larger than the data folder's disk
        with JmapFile.open(path) as jfile:
            assert jfile.backup_problem and "disk is full" in jfile.backup_problem
            jfile.document.update_map(jfile.document.maps()[0].id, title="Edited anyway")
            saved = digest(jfile.document)
        assert reopened_digest(path) == saved


# -------------------------------------------------------- read-only (as root)
@contextlib.contextmanager
def immutable(path: Path) -> Iterator[None]:
    """``chattr +i``: even root cannot write, so the real read-only paths run in CI as root."""
    if shutil.which("chattr") is None:
        pytest.skip("chattr is not installed, so a read-only file cannot be simulated as root")
    done = subprocess.run(["chattr", "+i", str(path)], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"this file system does not support the immutable flag ({done.stderr.strip()})")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


@pytest.mark.parametrize("target", ["file", "folder"])
def test_read_only_file_or_folder_opens_read_only(tmp_path: Path, target: str) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    path = make_doc(folder / "doc.jmap")
    before = path.read_bytes()
    with immutable(path if target == "file" else folder), JmapFile.open(path) as jfile:
        assert (
            jfile.read_only_reason
            == {"file": "doc.jmap is read-only", "folder": "the folder of doc.jmap is read-only"}[target]
        )
        assert jfile.document.maps()
    assert path.read_bytes() == before
    assert os.listdir(folder) == ["doc.jmap"]


@pytest.mark.parametrize("target", ["file", "folder"])
def test_file_made_read_only_while_open(tmp_path: Path, target: str) -> None:
    """SQLite reports this as an I/O error; the message must say read-only, and nothing is lost."""
    folder = tmp_path / "docs"
    folder.mkdir()
    path = make_doc(folder / "doc.jmap")
    with JmapFile.open(path) as jfile:
        doc = jfile.document
        doc.update_map(doc.maps()[0].id, title="Saved before")
        saved = digest(doc)
        with immutable(path if target == "file" else folder):
            with pytest.raises(StorageError) as info:
                doc.update_map(doc.maps()[0].id, title="Not saved")
            assert "can no longer be written" in str(info.value) and "read-only" in str(info.value)
            assert digest(doc) == saved
            copy = jfile.save_copy(tmp_path / "rescue.jmap")  # the way out the message names
    assert reopened_digest(path) == saved
    assert reopened_digest(copy) == saved


# ------------------------------------------------------ crash leftovers
def test_hot_journal_read_only_open_explains_and_normal_open_recovers(tmp_path: Path) -> None:
    """A program killed mid-transaction leaves a journal that only a writer can roll back."""
    path = make_doc(tmp_path / "doc.jmap", cards=20)
    saved = reopened_digest(path)
    code = (
        "import os, sqlite3\n"
        f"c = sqlite3.connect({str(path)!r}, isolation_level=None)\n"
        "c.execute('PRAGMA cache_size = 1')\n"  # spill pages into the file before the commit
        "c.execute('BEGIN IMMEDIATE')\n"
        "c.execute(\"UPDATE cards SET text = text || printf('%.2000c', 'z')\")\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
    assert (tmp_path / "doc.jmap-journal").exists(), "the setup must leave a hot journal"
    with pytest.raises(FileRefusedError, match="open it normally"):
        JmapFile.open(path, read_only=True)
    assert reopened_digest(path) == saved
    assert os.listdir(tmp_path) == ["doc.jmap"]


# ---------------------------------------------------- the file moved under us
def test_file_renamed_while_open(tmp_path: Path) -> None:
    path = make_doc(tmp_path / "doc.jmap")
    with JmapFile.open(path) as jfile:
        doc = jfile.document
        saved = digest(doc)
        path.rename(tmp_path / "renamed.jmap")
        with pytest.raises(StorageError, match="moved or deleted"):
            doc.update_map(doc.maps()[0].id, title="x")
        with pytest.raises(StorageError, match="moved or deleted"):
            jfile.save_version(doc.maps()[0].id, "v")
        assert digest(doc) == saved
        jfile.save_copy(tmp_path / "rescued.jmap")
    assert reopened_digest(tmp_path / "renamed.jmap") == saved
    assert reopened_digest(tmp_path / "rescued.jmap") == saved


def test_file_replaced_while_open_is_not_written(tmp_path: Path) -> None:
    path = make_doc(tmp_path / "doc.jmap")
    other = make_doc(tmp_path / "other.jmap", cards=1)
    with JmapFile.open(path) as jfile:
        os.replace(other, path)  # a sync client puts another machine's copy in place
        replaced = path.read_bytes()
        with pytest.raises(StorageError, match="moved or deleted"):
            jfile.document.update_map(jfile.document.maps()[0].id, title="x")
    assert path.read_bytes() == replaced


# ------------------------------------------------------------- already open
def test_second_jmdesigner_gets_it_read_only_with_the_reason(tmp_path: Path) -> None:
    path = make_doc(tmp_path / "doc.jmap")
    child = holding(path)
    try:
        before = path.read_bytes()
        with JmapFile.open(path) as second:
            assert second.read_only
            assert re.fullmatch(  # named from the holder record inside the file
                rf"it is already open in another jmdesigner \({re.escape(HOLDER)}, pid {child.pid}"
                r"(, since \d\d:\d\d UTC)?\)",  # "since" once the holder has edited (storage.holder)
                second.read_only_reason or "",
            )
        assert path.read_bytes() == before
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    with JmapFile.open(path) as third:  # the dead holder's lock is stale and ignored
        assert not third.read_only
    assert os.listdir(tmp_path) == ["doc.jmap"], "the lock lives in the data folder, not beside the file"


def test_second_open_in_the_same_process_and_release_on_close(tmp_path: Path) -> None:
    path = make_doc(tmp_path / "doc.jmap")
    first = JmapFile.open(path)
    with JmapFile.open(path) as second:
        assert second.read_only and "already open" in (second.read_only_reason or "")
    with JmapFile.open(path, read_only=True) as viewer:  # read-only viewers never take the lock
        assert viewer.read_only_reason == "you opened it read-only"
    first.close()
    with JmapFile.open(path) as again:
        assert not again.read_only


# ------------------------------------------------------------ risky places
MOUNTS = """\
/dev/sda1 / ext4 rw 0 0
server:/export /mnt/team nfs4 rw 0 0
//nas/share /media/nas cifs rw 0 0
alice@host:/srv /home/alice/remote fuse.sshfs rw 0 0
/dev/sdb1 /mnt/team/local ext4 rw 0 0
/dev/sdc1 /media/with\\040space vfat rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/home/alice/maps/a.jmap", None),
        ("/mnt/team/a.jmap", "network drive (nfs4)"),
        ("/media/nas/deep/a.jmap", "network drive (cifs)"),
        ("/home/alice/remote/a.jmap", "network drive (fuse.sshfs)"),
        ("/mnt/team/local/a.jmap", None),  # a local disk mounted inside the share
        ("/media/with space/a.jmap", None),
        ("/home/alice/Dropbox/Workshops/a.jmap", "synced folder (Dropbox)"),
        ("/home/alice/OneDrive - Contoso/a.jmap", "synced folder (OneDrive - Contoso)"),
        ("/Users/al/Library/Mobile Documents/com~apple~CloudDocs/a.jmap", "synced folder (Mobile Documents)"),
        ("/home/alice/Nextcloud/a.jmap", "synced folder (Nextcloud)"),
        ("/Users/al/Google Drive/My Drive/a.jmap", "synced folder (Google Drive)"),
        ("/home/alice/dropboxes-are-boxes/a.jmap", None),
        ("/home/alice/Dropbox.jmap", None),  # the file's own name is not a folder
    ],
)
def test_location_warning(path: str, expected: str | None) -> None:
    warning = location_warning(PurePath(path), MOUNTS)
    if expected is None:
        assert warning is None
    else:
        assert warning is not None and expected in warning and "\n" not in warning


def test_filesystem_type_picks_the_deepest_mount() -> None:
    assert filesystem_type(PurePath("/mnt/team/x"), MOUNTS) == "nfs4"
    assert filesystem_type(PurePath("/mnt/team/local/x"), MOUNTS) == "ext4"
    assert filesystem_type(PurePath("/media/with space/x"), MOUNTS) == "vfat"


def test_a_local_file_has_no_warning_and_a_synced_one_does(tmp_path: Path) -> None:
    with JmapFile.open(make_doc(tmp_path / "doc.jmap")) as jfile:
        assert jfile.location_warning is None
    (tmp_path / "Dropbox").mkdir()
    with JmapFile.open(make_doc(tmp_path / "Dropbox" / "doc.jmap")) as jfile:
        assert jfile.location_warning and "synced folder" in jfile.location_warning


def test_the_warning_is_about_where_the_file_was_opened_though_read_later(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The mount table is read when the warning is first asked for (a verb never asks), yet about
    the file as it was named at the open: a relative name, the working folder changed since."""
    (tmp_path / "Dropbox").mkdir()
    make_doc(tmp_path / "Dropbox" / "doc.jmap")
    monkeypatch.chdir(tmp_path / "Dropbox")
    with JmapFile.open(Path("doc.jmap")) as jfile:
        monkeypatch.chdir(tmp_path)
        assert jfile.location_warning and "synced folder (Dropbox)" in jfile.location_warning


def test_refusals_name_the_problem_for_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(FileRefusedError, match="does not exist"):
        JmapFile.open(tmp_path / "gone" / "doc.jmap")


def test_filesystem_type_is_that_of_the_deepest_mount_holding_the_path() -> None:
    """The mount points compared by their parts give what looking through ``path.parents`` gave:
    random mount tables (nested points, points that share a prefix but not a folder, the root,
    escaped spaces) against random paths."""

    def through_parents(path: PurePath, mounts: str) -> str | None:
        best: tuple[int, str] | None = None
        for line in mounts.splitlines():
            fields = line.split()
            if len(fields) < 3:
                continue
            point = PurePath(fields[1].replace("\\040", " "))
            if (path == point or point in path.parents) and (best is None or len(point.parts) > best[0]):
                best = (len(point.parts), fields[2])
        return None if best is None else best[1]

    rng = random.Random(7)
    names = ["mnt", "m", "mn", "team", "team-a", "a", "with\\040space", "x"]
    for _ in range(300):
        points = {"/" + "/".join(rng.choices(names, k=rng.randint(1, 3))) for _ in range(rng.randint(0, 8))}
        points |= {"/"} if rng.random() < 0.5 else set()
        mounts = "".join(f"dev{i} {p} fs{i} rw 0 0\n" for i, p in enumerate(sorted(points)))
        for _ in range(10):
            path = PurePath("/" + "/".join(rng.choices(names, k=rng.randint(1, 4))).replace("\\040", " "))
            assert filesystem_type(path, mounts) == through_parents(path, mounts), (path, mounts)
