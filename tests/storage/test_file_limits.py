"""A file is never written larger than jmdesigner opens: publishing into a file (a file into a
file, a library taken offline, a library's Save a Copy) past a file's limits is refused up front
in one sentence, and the target stays as it was. The limits are lowered here (the same table the
opening check reads), so a few cards stand for 100,000."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from jmdesigner.cli import main
from jmdesigner.errors import FileRefusedError
from jmdesigner.model import UndoStack, commands
from jmdesigner.storage import file_limits
from jmdesigner.storage.jmapfile import JmapFile
from tests.builders import sample_bundle


def workshop_file(path: Path) -> tuple[Path, int]:
    """A file of one sample map, and its number of cards."""
    with JmapFile.create(path) as jfile:
        UndoStack(jfile.document).push(commands.add_map(sample_bundle(stages=4, cards_per_cell=2)))
        cards = len(jfile.document.cards(jfile.document.maps()[0].id))
    return path, cards


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
