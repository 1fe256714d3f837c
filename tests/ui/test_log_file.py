"""The log file: storage warnings and uncaught errors land in the data folder; About names it."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from jmdesigner.errors import StorageError
from jmdesigner.storage import backups
from jmdesigner.storage.jmapfile import JmapFile
from jmdesigner.ui import log_file
from jmdesigner.ui.actions import Act
from jmdesigner.ui.main_window import MainWindow


@pytest.fixture
def logging_on(data_dir: Path) -> Iterator[Path]:
    hook = sys.excepthook
    sys.excepthook = sys.__excepthook__  # the default behind ours (pytest-qt's would fail the test)
    path = log_file.start_logging()
    assert path == data_dir / "jmdesigner.log"
    yield path
    log_file.stop_logging()
    sys.excepthook = hook


def test_a_failed_backup_is_written_to_the_log(
    logging_on: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full_disk(*args: Any, **kwargs: Any) -> None:
        raise StorageError("The disk is full, so jmdesigner could not write the backup.")

    monkeypatch.setattr(backups, "make_backup", full_disk)
    with JmapFile.create(tmp_path / "a.jmap") as jfile:
        jfile._auto_backup("edit")
        assert jfile.backup_problem
    text = logging_on.read_text(encoding="utf-8")
    assert "started" in text
    assert "WARNING jmdesigner.storage.jmapfile: automatic backup failed: The disk is full" in text


def test_uncaught_errors_are_logged(logging_on: Path, capsys: pytest.CaptureFixture[str]) -> None:
    try:
        raise RuntimeError("a slot went wrong")
    except RuntimeError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    assert "RuntimeError: a slot went wrong" in logging_on.read_text(encoding="utf-8")
    assert "a slot went wrong" in capsys.readouterr().err  # still on stderr as before


def test_the_log_rotates(logging_on: Path) -> None:
    import logging

    line = "x" * 1000
    for _ in range(1200):
        logging.getLogger("jmdesigner.test").warning(line)
    assert logging_on.stat().st_size <= log_file.MAX_BYTES
    assert (logging_on.parent / "jmdesigner.log.1").is_file()
    assert not (logging_on.parent / f"jmdesigner.log.{log_file.BACKUPS + 1}").exists()


def test_about_names_the_log_file(window: MainWindow, qtbot: Any, data_dir: Path) -> None:
    window.action(Act.ABOUT).trigger()
    box = window.about_box
    assert isinstance(box, QMessageBox)
    qtbot.waitUntil(box.isVisible)
    assert str(data_dir / "jmdesigner.log") in box.text()
    assert not box.iconPixmap().isNull()
    box.close()
