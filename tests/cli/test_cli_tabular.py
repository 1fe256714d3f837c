"""``jmdesigner import``/``export`` with spreadsheets: the forms, the reports, nothing changed on failure."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tests.cli.test_cli import assert_one_line_error, info, run

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "tabular"


def test_import_each_kind_of_file_into_one_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "doc.jmap"
    code, out, err = run(capsys, "import", path, FIXTURES / "touchpoints-cp1252-semicolon.csv")
    assert code == 0, err
    assert out == (
        "Created 3 stages, 3 lanes and 6 cards in the new map “touchpoints-cp1252-semicolon”.\n"
        "note: Columns not imported: “Canal”\n"
    )
    assert run(capsys, "import", path, FIXTURES / "workshop.xlsx", "--map", "Bikes")[0] == 0
    assert (
        run(capsys, "import", path, FIXTURES / "wide-grid.csv", "--layout", "wide", "--map", "Bikes")[0] == 0
    )
    code, out, err = run(
        capsys,
        "import",
        path,
        FIXTURES / "survey-200-respondents.csv",
        "--emotions",
        "--scale",
        "1..5",
        "--map",
        "Bikes",
    )
    assert code == 0, err
    assert out.startswith("Created 5 stages, 3 personas and 15 emotion points in the map “Bikes”.")
    maps = info(capsys, path)["maps"]
    assert [(m["title"], m["stages"], m["lanes"], m["cards"], m["emotion_points"]) for m in maps] == [  # type: ignore[index]
        ("touchpoints-cp1252-semicolon", 3, 3, 6, 0),
        ("Bikes", 3 + 4 + 5, 3 + 1, 5 + 11, 15),  # wide-grid adds only its “Emotions” lane
    ]


def test_export_forms_round_trip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "doc.jmap"
    run(capsys, "import", path, FIXTURES / "workshop.xlsx")
    for layout in ("long", "wide"):
        for suffix in (".csv", ".xlsx"):
            folder = tmp_path / f"{layout}{suffix}"
            folder.mkdir()
            out = folder / f"workshop{suffix}"  # named after the map, as the sheet is
            assert run(capsys, "export", path, out, "--layout", layout)[0] == 0
            code, _, err = run(capsys, "import", folder / "again.jmap", out, "--layout", layout)
            assert code == 0, err
            out2 = folder / f"again{suffix}"
            assert run(capsys, "export", folder / "again.jmap", out2, "--layout", layout)[0] == 0
            assert out2.read_bytes() == out.read_bytes()
    assert [p.name for p in tmp_path.rglob(".*")] == []  # no temp files left


def test_a_broken_file_creates_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "new.jmap"
    code, _, err = run(capsys, "import", path, FIXTURES / "broken-long.csv")
    assert_one_line_error(
        code,
        err,
        "broken-long.csv: 3 problems, nothing was imported: row 3: evidence “heard it somewhere”",
        "row 5: votes must be a whole number",
        "row 6: the stage cell is empty",
    )
    assert not path.exists()


def test_a_broken_file_leaves_an_existing_document_byte_identical(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "doc.jmap"
    run(capsys, "import", path, FIXTURES / "wide-grid.csv", "--layout", "wide")
    before = path.read_bytes()
    code, _, err = run(
        capsys,
        "import",
        path,
        FIXTURES / "broken-survey.csv",
        "--emotions",
        "--scale",
        "1..5",
        "--map",
        "wide-grid",
    )
    assert_one_line_error(code, err, "row 4: score 7 is outside the declared scale 1..5.", "row 6: score 0")
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["--scale", "1..5"], "--scale is for survey scores"),
        (["--emotions", "--scale", "five"], "is not a scale"),
    ],
)
def test_option_mistakes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], fragment: str
) -> None:
    code, _, err = run(capsys, "import", tmp_path / "d.jmap", FIXTURES / "survey-nps.csv", *args)
    assert_one_line_error(code, err, fragment)
    assert not (tmp_path / "d.jmap").exists()


def test_json_import_refuses_spreadsheet_options(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "m.json"
    source.write_text("{}", encoding="utf-8")
    code, _, err = run(capsys, "import", tmp_path / "d.jmap", source, "--layout", "wide")
    assert_one_line_error(code, err, "are for .csv and .xlsx sources")


def test_two_thousand_row_import_is_one_transaction(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "big.csv"
    lines = ["Stage;Lane;Text;Votes"]
    lines += [f"Stage {i % 8};Lane {i % 6};Card number {i} – “quoted”;{i % 5}" for i in range(2000)]
    source.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    path = tmp_path / "big.jmap"
    started = time.perf_counter()
    code, out, err = run(capsys, "import", path, source)
    elapsed = time.perf_counter() - started
    assert code == 0, err
    assert out.startswith("Created 8 stages, 6 lanes and 2,000 cards")
    print(f"2,000-row CSV import: {elapsed:.2f} s")  # measured, not asserted (no timed assertions)
