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


def test_info_loads_sqlalchemy_but_no_drawing_or_spreadsheet_library(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a.jmap"
    assert run(capsys, "new", path, "--template", "five-stage")[0] == 0
    loaded = _modules_loaded_by("info", str(path)) & set(HEAVY)
    assert loaded == {"sqlalchemy"}
