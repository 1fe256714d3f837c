"""The command's structure: each verb describes itself in one line, and light verbs stay light."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from jmdesigner.cli import main
from jmdesigner.cli.verbs import VERBS
from tests.cli.test_cli import run

HEAVY = ("sqlalchemy", "reportlab", "openpyxl", "PIL", "PySide6")


@pytest.mark.parametrize("name", sorted(VERBS))
def test_every_verb_help_starts_with_its_one_line_summary(
    name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main([name, "--help"])
    assert exited.value.code == 0
    out = capsys.readouterr().out
    summary = VERBS[name].SUMMARY
    assert "\n" not in summary and summary
    assert f" {summary}. " in " ".join(out.split())  # argparse may wrap it


def test_top_level_help_lists_every_verb(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for name in VERBS:
        assert name in out


def _modules_loaded_by(*argv: str) -> set[str]:
    code = (
        "import sys\nfrom jmdesigner.cli import main\n"
        f"try:\n    main({list(argv)!r})\nexcept SystemExit:\n    pass\n"
        "print(' '.join(sorted({m.split('.')[0] for m in sys.modules})))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    return set(result.stdout.split())


def test_help_loads_no_heavy_library() -> None:
    assert not _modules_loaded_by("export", "--help") & set(HEAVY)


@pytest.mark.parametrize("verb", ["info", "check"])
def test_reading_verbs_load_no_heavy_library_not_even_sqlalchemy(
    verb: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A read-only open reads rows with sqlite3 itself: SQLAlchemy's import alone costs ~0.3 s."""
    path = tmp_path / "a.jmap"
    assert run(capsys, "new", path, "--template", "five-stage")[0] == 0
    assert not _modules_loaded_by(verb, str(path)) & set(HEAVY)


def test_json_export_loads_no_heavy_library(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.jmap"
    assert run(capsys, "new", path, "--template", "five-stage")[0] == 0
    out = tmp_path / "a.json"
    assert not _modules_loaded_by("export", str(path), str(out)) & set(HEAVY)
    assert out.stat().st_size > 0


def test_new_and_json_import_load_no_heavy_library(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Creating and writing a document is plain SQL through sqlite3: no SQLAlchemy import."""
    source = tmp_path / "a.json"
    assert run(capsys, "new", tmp_path / "a.jmap", "--template", "five-stage")[0] == 0
    assert run(capsys, "export", tmp_path / "a.jmap", source)[0] == 0
    assert not _modules_loaded_by("import", str(tmp_path / "b.jmap"), str(source)) & set(HEAVY)
    assert not _modules_loaded_by("new", str(tmp_path / "c.jmap")) & set(HEAVY)
    assert '"cards": ' in run(capsys, "info", tmp_path / "b.jmap")[1]


def test_svg_export_loads_no_qt(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Qt (0.2 s, 20 MB) is the PNG rasteriser's; an SVG never needs it."""
    path = tmp_path / "a.jmap"
    assert run(capsys, "new", path, "--template", "five-stage")[0] == 0
    out = tmp_path / "a.svg"
    assert "PySide6" not in _modules_loaded_by("export", str(path), str(out))
    assert out.read_text(encoding="utf-8").startswith("<")
