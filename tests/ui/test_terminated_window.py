"""Ended by the system (a logout, a shutdown, ``kill``: SIGTERM) while words are being typed, the
window closes as if the user had closed it: the words typed so far are in the file (those typed
into a card within the draft's delay, those typed into a field of the inspector, and those typed
before a message box opened over the window), and the file is left closed and healthy."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from jmdesigner.model import LaneKind
from jmdesigner.storage.jmapfile import JmapFile
from tests.ui.terminated_child import terminated_while_typing


def _texts(path: Path) -> list[str]:
    """The texts of the first cell's cards and of any card being typed, as the file holds them."""
    with JmapFile.open(path, read_only=True) as jfile:
        doc = jfile.document
        map_id = doc.maps()[0].id
        stage = doc.stages(map_id)[0]
        lane = next(x for x in doc.lanes(map_id) if x.kind is not LaneKind.EMOTIONS)
        return [c.text for c in doc.cards_in(stage.id, lane.id)] + [d.text for d in jfile.drafts()]


@pytest.mark.parametrize("where", ["card", "inspector", "dialog"])
def test_sigterm_while_typing_keeps_every_word_typed(
    doc_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    monkeypatch.setenv("JMDESIGNER_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("JMDESIGNER_DATA_DIR", str(tmp_path / "data"))
    first = _texts(doc_path)[0]
    text = " typed the moment the session ended"
    code = terminated_while_typing(str(doc_path), text.strip() if where != "inspector" else text, where)
    kept = _texts(doc_path)
    if where == "inspector":
        assert kept[0] == first + text, (code, kept)
    else:
        assert text.strip() in kept, (code, kept)
    assert code == 0


def test_sigterm_with_a_modal_dialog_that_refuses_to_close_still_closes_the_window(
    doc_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A dialog that ignores its close (one busy with its own work) is put away all the same: the
    window closes with every word typed, the process ends (it spun at full speed, for good)."""
    monkeypatch.setenv("JMDESIGNER_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("JMDESIGNER_DATA_DIR", str(tmp_path / "data"))
    text = "typed before the stubborn dialog opened"
    code = terminated_while_typing(str(doc_path), text, "stubborn")
    assert text in _texts(doc_path)
    assert code == 0


def test_a_second_ctrl_c_ends_a_stuck_window_at_once(
    doc_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Started from a terminal, a window whose event loop is stuck cannot close as the user would;
    Ctrl+C pressed again ends the process, as a terminal user expects (it ran on for good)."""
    monkeypatch.setenv("JMDESIGNER_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("JMDESIGNER_DATA_DIR", str(tmp_path / "data"))
    code = terminated_while_typing(
        str(doc_path), "typed as it got stuck", "stuck", first=signal.SIGINT, again=signal.SIGINT
    )
    assert code == -signal.SIGINT
    with JmapFile.open(doc_path, read_only=True):  # the file opens: nothing half-written
        pass
