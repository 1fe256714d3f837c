"""A file is never written larger than jmdesigner opens: publishing into a file (a file into a
file, a library taken offline, a library's Save a Copy) past a file's limits is refused up front
in one sentence, and the target stays as it was. The limits are lowered here (the same table the
opening check reads), so a few cards stand for 100,000."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from jmdesigner.cli import main
from jmdesigner.errors import FileRefusedError, StorageError
from jmdesigner.interchange.json_map import map_to_json
from jmdesigner.model import Card, CardLink, Document, Kind, Persona, UndoStack, commands, new_id
from jmdesigner.storage import faults, file_limits, header
from jmdesigner.storage.jmapfile import JmapFile
from tests.builders import sample_bundle


def workshop_file(path: Path) -> tuple[Path, int]:
    """A file of one sample map, and its number of cards."""
    with JmapFile.create(path) as jfile:
        UndoStack(jfile.document).push(commands.add_map(sample_bundle(stages=4, cards_per_cell=2)))
        cards = len(jfile.document.cards(jfile.document.maps()[0].id))
    return path, cards


def first_cell_card(doc: Document, text: str, card_id: str | None = None) -> Card:
    """A new card with ``text`` in the first cell of the file's first map."""
    m = doc.maps()[0]
    stage, lane = doc.stages(m.id)[0], doc.lanes(m.id)[0]
    return Card(card_id or new_id(), m.id, stage.id, lane.id, text)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def one_line_refusal(capsys: pytest.CaptureFixture[str], code: int, target: str, what: str) -> str:
    out, err = capsys.readouterr()
    assert code == 1 and out == "" and err.count("\n") == 1, (code, out, err)
    assert err.startswith(f"jmdesigner: error: {target} was not written: it would hold "), err
    assert f" {what}, more than the " in err and "Traceback" not in err
    return err


def test_a_copy_into_a_file_past_its_card_limit_is_refused_and_the_file_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    source, cards = workshop_file(tmp_path / "workshop.jmap")
    target = tmp_path / "target.jmap"
    assert main(["import", str(target), str(source)]) == 0  # a new file: one copy
    capsys.readouterr()
    before = digest(target)
    monkeypatch.setitem(file_limits.MAX_ROWS, "cards", cards + cards // 2)  # one copy fits, two do not
    code = main(["import", str(target), str(source)])  # into the existing file
    err = one_line_refusal(capsys, code, "target.jmap", "cards")
    assert f"would hold {2 * cards:,} cards, more than the {cards + cards // 2:,} a .jmap file holds" in err
    assert digest(target) == before
    with JmapFile.open(target) as jfile:  # it opens, as it was: one map
        assert len(jfile.document.maps()) == 1


def test_a_new_file_past_a_limit_is_not_made_and_at_the_limit_it_opens(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    source, cards = workshop_file(tmp_path / "workshop.jmap")
    assert main(["export", str(source), str(tmp_path / "workshop.json")]) == 0
    capsys.readouterr()
    monkeypatch.setitem(file_limits.MAX_ROWS, "stages", 3)  # the map has 4
    code = main(["import", str(tmp_path / "new.jmap"), str(tmp_path / "workshop.json")])
    one_line_refusal(capsys, code, "new.jmap", "stages")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["workshop.jmap", "workshop.json"]  # no temporary
    monkeypatch.setitem(file_limits.MAX_ROWS, "stages", 4)
    monkeypatch.setitem(file_limits.MAX_ROWS, "cards", cards)  # exactly at the limits: written, opens
    assert main(["import", str(tmp_path / "new.jmap"), str(tmp_path / "workshop.json")]) == 0
    with JmapFile.open(tmp_path / "new.jmap", read_only=True) as jfile:
        assert len(jfile.document.cards(jfile.document.maps()[0].id)) == cards


def test_what_the_limits_refuse_to_write_is_what_opening_refuses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One table of limits for both: a file made before the limit was lowered is refused on open,
    naming the same thing in the same words."""
    source, cards = workshop_file(tmp_path / "workshop.jmap")
    monkeypatch.setitem(file_limits.MAX_ROWS, "cards", cards - 1)
    with pytest.raises(FileRefusedError, match=rf"holds more than {cards - 1:,} cards, more than jmdesigner"):
        JmapFile.open(source, read_only=True)


def test_a_named_version_larger_than_a_file_value_is_refused_before_writing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    source, _ = workshop_file(tmp_path / "workshop.jmap")
    with JmapFile.open(source) as jfile:
        jfile.save_version(jfile.document.maps()[0].id, "Before the workshop")
    monkeypatch.setattr(file_limits, "MAX_VALUE_BYTES", 1024)  # the snapshot is larger than this
    code = main(["import", str(tmp_path / "offline.jmap"), str(source)])
    out, err = capsys.readouterr()
    assert code == 1 and out == "" and err.count("\n") == 1
    assert (
        "offline.jmap was not written: the named version “Before the workshop” of Checkout is larger" in err
    )
    assert not (tmp_path / "offline.jmap").exists()
    assert err.rstrip().endswith(
        "Delete that version where it is (Map ▸ Versions…; restore it as a new map first if you still "
        "need it) and try again."
    )


def test_a_named_version_too_large_for_the_file_is_one_sentence_saying_what_to_do(tmp_path: Path) -> None:
    path, _ = workshop_file(tmp_path / "workshop.jmap")
    with JmapFile.open(path) as jfile:
        doc = jfile.document
        m = doc.maps()[0]
        with doc.transaction():  # ~18 MB of text in UTF-8: past the 16 MB one value of a file holds
            for _ in range(1000):
                doc.insert_card(first_cell_card(doc, "é" * 9000))
        before = digest(path)
        with pytest.raises(StorageError) as refused:
            jfile.save_version(m.id, "Everything")
        assert str(refused.value) == (
            "The map “Checkout” is too large to keep as a named version in workshop.jmap: its copy would "
            "take 17.3 MB, more than the 16 MB a .jmap file holds in one value. Nothing was saved; to keep "
            "this state, use File ▸ Save a Copy… or export the map as JSON."
        )
        assert jfile.versions() == [] and digest(path) == before


def _snapshot_bytes(doc: Document, map_id: str) -> int:
    """The bytes of the copy a named version of ``map_id`` keeps (as ``versions.save`` writes it)."""
    return len(json.dumps(map_to_json(doc, map_id), ensure_ascii=False, separators=(",", ":")).encode())


@pytest.mark.parametrize("under", [0, 1, file_limits.ROW_ROOM + 1])
def test_a_named_version_at_the_value_limit_is_refused_in_its_sentence_or_saved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, under: int
) -> None:
    """SQLite's limit on one value (``SQLITE_LIMIT_LENGTH``) holds for the version's whole row, its
    name, title and ids beside the copy: a copy just under the limit is refused in the sentence
    that says what to do (not SQLite's "string or blob too big"), one that leaves the row its room
    is saved and opens again. The limit is lowered (16 MB → 256 KB) to keep the test fast."""
    from jmdesigner.storage import jmapfile

    limit = 256 * 1024
    monkeypatch.setattr(file_limits, "MAX_VALUE_BYTES", limit)
    monkeypatch.setattr(jmapfile, "MAX_VALUE_BYTES", limit)
    path, _ = workshop_file(tmp_path / "workshop.jmap")
    with JmapFile.open(path) as jfile:
        doc = jfile.document
        m = doc.maps()[0]
        with doc.transaction():
            while _snapshot_bytes(doc, m.id) < limit - 6500:  # then one card's text makes it exact
                doc.insert_card(first_cell_card(doc, "x" * 2000))
            last = new_id()
            doc.insert_card(first_cell_card(doc, "", last))
            gap = limit - under - _snapshot_bytes(doc, m.id)
            doc.update_card(last, text="y" * gap)
        assert _snapshot_bytes(doc, m.id) == limit - under
        before = digest(path)
        if under <= file_limits.ROW_ROOM:
            with pytest.raises(
                StorageError, match=r"is too large to keep as a named version in workshop\.jmap"
            ):
                jfile.save_version(m.id, "At the limit")
            assert jfile.versions() == [] and digest(path) == before
            return
        jfile.save_version(m.id, "Just under")
    with JmapFile.open(path) as jfile:
        (kept,) = jfile.versions()
        assert kept.name == "Just under" and jfile.version_json(kept.id)["title"] == "Checkout"


def _content(path: Path) -> object:
    with JmapFile.open(path, read_only=True) as jfile:
        return jfile.document.snapshot()


def test_a_file_is_never_written_past_the_size_the_open_accepts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite holds the file to the size limit (2 GB; lowered here): the edit that would pass it is
    refused in one sentence and taken back, every edit before it is on disk, and the file opens."""
    path, _ = workshop_file(tmp_path / "workshop.jmap")
    monkeypatch.setattr(header, "MAX_FILE_BYTES", path.stat().st_size + 256 * 1024)
    with JmapFile.open(path) as jfile:
        doc, stack = jfile.document, UndoStack(jfile.document)
        m = doc.maps()[0]
        stage, lane = doc.stages(m.id)[0], doc.lanes(m.id)[0]
        with pytest.raises(StorageError) as refused:
            for n in range(200):  # ~1.8 MB if nothing stopped it
                saved = doc.snapshot()
                stack.push(
                    commands.insert_card(Card(new_id(), m.id, stage.id, lane.id, f"{n} " + "x" * 9000))
                )
        assert n > 5
        assert str(refused.value) == (
            "workshop.jmap has reached the 0 GB a .jmap file holds, so jmdesigner could not save your "
            "change; everything saved before is safe. Move some maps into another file (export each as "
            "JSON and import it there), or delete named versions or photos you no longer need."
        )
        assert doc.snapshot() == saved  # the refused edit taken back
        stack.push(commands.update_card(doc.cards(m.id)[0].id, text="Still editing"))  # smaller edits go on
        saved = doc.snapshot()
    assert path.stat().st_size <= header.MAX_FILE_BYTES
    assert _content(path) == saved  # it opens, with every edit that was made


def test_a_full_temporary_folder_is_not_called_the_files_size_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite writes a large statement's temporary files outside the file's folder (SQLITE_TMPDIR,
    TMPDIR, /var/tmp, …) and says "database or disk is full" when that folder is full: a file far
    below the size limit is then not said to have reached it (only the disk is full)."""
    path, _ = workshop_file(tmp_path / "workshop.jmap")
    monkeypatch.setattr(header, "MAX_FILE_BYTES", path.stat().st_size + 1024 * 1024)
    full = sqlite3.OperationalError("database or disk is full")
    said = faults.explain(full, path.name, where=path)
    assert said.startswith("workshop.jmap has reached the 0 GB a .jmap file holds")  # room everywhere
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setenv("SQLITE_TMPDIR", str(scratch))
    usage = shutil.disk_usage  # the scratch folder's file system reports no room left
    monkeypatch.setattr(
        shutil, "disk_usage", lambda f: usage(f)._replace(free=0) if Path(f) == scratch else usage(f)
    )
    assert faults.explain(full, path.name, where=path) == (
        "The disk is full, so jmdesigner could not save your change in workshop.jmap. Free some space "
        "and try again; everything saved before is safe."
    )


def test_a_new_file_past_the_size_limit_is_not_made(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    source, _ = workshop_file(tmp_path / "workshop.jmap")
    with JmapFile.open(source) as jfile:
        doc = jfile.document
        with doc.transaction():
            for _ in range(100):
                doc.insert_card(first_cell_card(doc, "x" * 9000))
    assert main(["export", str(source), str(tmp_path / "map.json")]) == 0
    capsys.readouterr()
    monkeypatch.setattr(header, "MAX_FILE_BYTES", source.stat().st_size // 2)
    code = main(["import", str(tmp_path / "copy.jmap"), str(tmp_path / "map.json")])
    out, err = capsys.readouterr()
    assert code == 1 and out == "" and err.count("\n") == 1
    assert err.startswith(
        "jmdesigner: error: copy.jmap has reached the 0 GB a .jmap file holds, so jmdesigner"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.json", "workshop.jmap"]  # no temporary


def test_a_target_opened_with_its_map_list_first_is_counted_whole(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A large file opens listing its maps and reads each when shown: the count reads them all
    before the publish, not inside its transaction, and the copy lands (or is refused) whole."""
    from jmdesigner.storage import jmapfile

    source, cards = workshop_file(tmp_path / "workshop.jmap")
    target = tmp_path / "large.jmap"
    assert main(["import", str(target), str(source)]) == 0
    monkeypatch.setattr(jmapfile, "LIST_FIRST_FROM", 1)  # any file counts as large
    with JmapFile.open(target) as jfile:
        assert jfile.document.unloaded_maps()  # listed, not read
    assert main(["import", str(target), str(source)]) == 0
    capsys.readouterr()
    before = digest(target)
    monkeypatch.setitem(file_limits.MAX_ROWS, "cards", 2 * cards + 1)
    one_line_refusal(capsys, main(["import", str(target), str(source)]), "large.jmap", "cards")
    assert digest(target) == before
    monkeypatch.setattr(jmapfile, "LIST_FIRST_FROM", 20_000)
    with JmapFile.open(target, read_only=True) as jfile:
        assert [len(jfile.document.cards(m.id)) for m in jfile.document.maps()] == [cards, cards]


# ------------------------------------------------------------ edits inside an open file
def _refused_edit(jfile: JmapFile, stack: UndoStack, command: commands.Command, what: str) -> str:
    """Push ``command``: refused in one sentence, the document and the file as they were."""
    doc = jfile.document
    whole = not doc.unloaded_maps()  # a snapshot would read every map: only of a file read whole
    before, on_disk = doc.snapshot() if whole else doc.loaded_ids(Kind.LINK), digest(jfile.path)
    undo = stack.undo_label
    with pytest.raises(StorageError) as refused:
        stack.push(command)
    said = str(refused.value)
    assert said.startswith(f"This change was not made: {jfile.path.name} would then hold "), said
    assert f" {what}, more than the " in said and said.count(".") == 1 + said.count(".jmap")
    assert (doc.snapshot() if whole else doc.loaded_ids(Kind.LINK)) == before
    assert digest(jfile.path) == on_disk
    assert stack.undo_label == undo  # nothing to undo: nothing happened
    return said


def test_an_edit_past_the_real_persona_limit_is_refused_and_nothing_written(tmp_path: Path) -> None:
    """At the real limit (2,000 personas, small enough to build here): one more is refused, the
    file stays exactly as it was and opens; an edit that adds nothing still goes through."""
    path = tmp_path / "people.jmap"
    limit = file_limits.MAX_ROWS["personas"]
    with JmapFile.create(path) as jfile:
        doc = jfile.document
        with doc.transaction():
            for i in range(limit):
                doc.add_persona(Persona(new_id(), f"Persona {i}"))
    with JmapFile.open(path) as jfile:
        stack = UndoStack(jfile.document)
        one_more = commands.add_persona(Persona(new_id(), "One too many"))
        said = _refused_edit(jfile, stack, one_more, "personas")
        assert f"would then hold {limit + 1:,} personas, more than the {limit:,} a .jmap file holds" in said
        first = jfile.document.personas()[0].id
        stack.push(commands.update_persona(first, name="Renamed"))  # nothing added: written as ever
    with JmapFile.open(path, read_only=True) as jfile:
        assert jfile.document.count(Kind.PERSONA) == limit
        assert jfile.document.personas()[0].name == "Renamed"


def test_a_map_imported_into_an_open_file_past_its_card_limit_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """100,000 cards take too long to build in a test: the limit is lowered to the file's cards plus
    a few, so the imported map (as a JSON import in the window adds it: one command) is too many."""
    path, cards = workshop_file(tmp_path / "workshop.jmap")
    extra = sample_bundle("Imported", stages=4, cards_per_cell=2)
    monkeypatch.setitem(file_limits.MAX_ROWS, "cards", cards + len(extra.cards) - 1)
    with JmapFile.open(path) as jfile:
        stack = UndoStack(jfile.document)
        _refused_edit(jfile, stack, commands.add_map(extra), "cards")
        assert [m.title for m in jfile.document.maps()] == ["Checkout"]
    monkeypatch.setitem(file_limits.MAX_ROWS, "cards", cards + len(extra.cards))  # exactly at it: fine
    with JmapFile.open(path) as jfile:
        UndoStack(jfile.document).push(commands.add_map(extra))
    with JmapFile.open(path, read_only=True) as jfile:
        assert jfile.document.count(Kind.CARD) == cards + len(extra.cards)


def test_links_of_a_file_whose_maps_are_not_all_loaded_are_counted_from_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A large file opens listing its maps: links and emotion points of maps not read yet are not
    in memory, so the file's own count stands for them (the limit lowered: 200,000 is too many)."""
    from jmdesigner.storage import jmapfile

    path, _ = workshop_file(tmp_path / "two.jmap")
    with JmapFile.open(path) as jfile:
        UndoStack(jfile.document).push(commands.add_map(sample_bundle("Second", stages=2)))
        first_cards = [c.id for c in jfile.document.cards(jfile.document.maps()[0].id)]
        UndoStack(jfile.document).push(commands.add_link(CardLink(new_id(), first_cards[0], first_cards[1])))
    monkeypatch.setattr(jmapfile, "LIST_FIRST_FROM", 1)  # any file counts as large
    monkeypatch.setitem(file_limits.MAX_ROWS, "card_links", 2)
    with JmapFile.open(path) as jfile:
        doc = jfile.document
        second = doc.maps()[1].id
        cards = [c.id for c in doc.cards(second)]  # the second map read; the first is not
        assert doc.unloaded_maps() == [doc.maps()[0].id]
        stack = UndoStack(doc)
        stack.push(commands.add_link(CardLink(new_id(), cards[0], cards[1])))  # the second of two
        third = commands.add_link(CardLink(new_id(), cards[1], cards[2]))
        _refused_edit(jfile, stack, third, "links between cards")
        assert doc.unloaded_maps()  # counted without reading the first map
    with JmapFile.open(path, read_only=True) as jfile:
        assert jfile.document.count(Kind.LINK) == 2


def test_a_named_version_past_the_files_version_limit_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """10,000 named versions take too long to save here: the limit is lowered to one."""
    path, _ = workshop_file(tmp_path / "versions.jmap")
    monkeypatch.setitem(file_limits.MAX_ROWS, "versions", 1)
    with JmapFile.open(path) as jfile:
        map_id = jfile.document.maps()[0].id
        jfile.save_version(map_id, "Before the workshop")
        on_disk = digest(path)
        with pytest.raises(
            StorageError, match=r"^This change was not made: versions.jmap would then hold 2 "
        ):
            jfile.save_version(map_id, "After the workshop")
        assert [v.name for v in jfile.versions(map_id)] == ["Before the workshop"]
    assert digest(path) == on_disk


def test_a_version_saved_and_an_edit_counted_from_the_file_look_at_it_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One look at the file's identity and version before the write (a file moved or changed behind
    our back is refused there), one signature after it: the count of a limited table no longer
    looked again before reading."""
    from jmdesigner.storage import jmapfile

    path, _ = workshop_file(tmp_path / "two.jmap")
    with JmapFile.open(path) as jfile:
        UndoStack(jfile.document).push(commands.add_map(sample_bundle("Second", stages=2)))
    monkeypatch.setattr(jmapfile, "LIST_FIRST_FROM", 1)  # any file counts as large: links counted in it
    looks: list[str] = []
    read_version = JmapFile._data_version
    monkeypatch.setattr(JmapFile, "_data_version", lambda self: looks.append("version") or read_version(self))
    with JmapFile.open(path) as jfile:
        doc = jfile.document
        second = doc.maps()[1].id
        cards = [c.id for c in doc.cards(second)]
        assert doc.unloaded_maps()
        looks.clear()
        jfile.save_version(second, "Before")
        assert looks == ["version", "version"]  # before the write, and after it
        looks.clear()
        UndoStack(doc).push(commands.add_link(CardLink(new_id(), cards[0], cards[1])))
        assert looks == ["version", "version"]  # the count from the file, then the write's own check
        assert [v.name for v in jfile.versions()] == ["Before"]
    with JmapFile.open(path) as jfile:
        other = sqlite3.connect(path)  # another program writes the file: the next version is refused
        other.execute("UPDATE maps SET title = 'Again' WHERE id = ?", (second,))
        other.commit()
        other.close()
        with pytest.raises(StorageError, match="was changed on disk by another program"):
            jfile.save_version(second, "After")


def test_a_file_another_program_holds_locked_is_said_so_when_counted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The look at the file before a version is saved or deleted, or before an edit of a large file
    is counted from it, meets another program's lock as the write would: one sentence, nothing
    changed (it raised SQLite's own "database is locked")."""
    from jmdesigner.storage import jmapfile

    path, _ = workshop_file(tmp_path / "two.jmap")
    with JmapFile.open(path) as jfile:
        UndoStack(jfile.document).push(commands.add_map(sample_bundle("Second", stages=2)))
        kept = jfile.save_version(jfile.document.maps()[0].id, "Kept")
    monkeypatch.setattr(jmapfile, "LIST_FIRST_FROM", 1)  # any file counts as large: links counted in it
    with JmapFile.open(path) as jfile:
        jfile._raw.execute("PRAGMA busy_timeout = 50")  # not the two seconds a person waits
        doc = jfile.document
        second = doc.maps()[1].id
        cards = [c.id for c in doc.cards(second)]
        stack = UndoStack(doc)
        other = sqlite3.connect(path, isolation_level=None)
        other.execute("BEGIN EXCLUSIVE")  # another program, in the middle of writing the file
        try:
            for doing, attempt in (
                ("save the version", lambda: jfile.save_version(second, "Refused")),
                ("delete the version", lambda: jfile.delete_version(kept.id)),
                ("save your change", lambda: stack.push(commands.add_link(CardLink(new_id(), *cards[:2])))),
            ):
                with pytest.raises(StorageError) as refused:
                    attempt()
                said = str(refused.value)
                assert said == (
                    f"two.jmap is in use by another program, so jmdesigner could not {doing}. Close the "
                    "other program and try again."
                ), said
        finally:
            other.execute("ROLLBACK")
            other.close()
        assert doc.loaded_ids(Kind.LINK) == [] and not stack.can_undo
        assert [v.name for v in jfile.versions()] == ["Kept"]
        UndoStack(doc).push(commands.add_link(CardLink(new_id(), *cards[:2])))  # the lock gone: written
    with JmapFile.open(path, read_only=True) as jfile:
        assert jfile.document.count(Kind.LINK) == 1


def test_a_publish_into_a_new_file_counts_it_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    source, _ = workshop_file(tmp_path / "workshop.jmap")
    counted: list[int] = []
    rows_of = file_limits.rows_of
    monkeypatch.setattr(
        file_limits, "rows_of", lambda doc, versions: counted.append(versions) or rows_of(doc, versions)
    )
    assert main(["import", str(tmp_path / "offline.jmap"), str(source)]) == 0
    assert len(counted) == 1  # as the new file is written
    counted.clear()
    assert main(["import", str(tmp_path / "offline.jmap"), str(source)]) == 0  # into it, now it exists
    assert len(counted) == 1  # before anything is written to it
