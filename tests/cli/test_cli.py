"""The jmdesigner command: each verb, and one-line errors with exit status 2."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from jmdesigner.cli import main
from jmdesigner.interchange.json_map import dumps
from jmdesigner.storage.schema import SCHEMA_VERSION
from tests.interchange.test_json_map import FULL, MINIMAL
from tests.storage.test_refused_files import CASES

TEMPLATE_STAGES = {
    "five-stage": ["Awareness", "Consideration", "Decision", "Retention", "Advocacy"],
    "six-stage": [
        "Awareness",
        "Consideration",
        "Decision-making",
        "Purchase",
        "Post-purchase evaluation",
        "Loyalty & Advocacy",
    ],
    "eight-step": [
        "Highlight a need",
        "Research",
        "Select a company",
        "Buy",
        "Receive",
        "Use",
        "Keep in touch",
        "Recommend",
    ],
}


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def info(capsys: pytest.CaptureFixture[str], path: Path) -> dict[str, object]:
    code, out, err = run(capsys, "info", path)
    assert code == 0, err
    return json.loads(out)


def write_json(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def assert_one_line_error(code: int, err: str, *fragments: str) -> None:
    """Exit 1 for a refused input, file or action; 2 for a mistake in the command line itself."""
    assert code == (2 if err.rstrip().endswith("--help”)") else 1)
    assert err.startswith("jmdesigner: error: ")
    assert err.count("\n") == 1 and "Traceback" not in err
    for fragment in fragments:
        assert fragment in err


def test_new_empty_and_info(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "empty.jmap"
    assert run(capsys, "new", path)[0] == 0
    assert info(capsys, path) == {"schema_version": SCHEMA_VERSION, "personas": 0, "maps": []}


@pytest.mark.parametrize("template", ["five-stage", "six-stage", "eight-step", "service-blueprint", "blank"])
def test_new_from_each_template(tmp_path: Path, capsys: pytest.CaptureFixture[str], template: str) -> None:
    path = tmp_path / f"{template}.jmap"
    code, _, err = run(capsys, "new", path, "--template", template, "--title", "Workshop ✓")
    assert code == 0, err
    summary = info(capsys, path)
    (the_map,) = summary["maps"]  # type: ignore[misc]
    assert the_map["title"] == "Workshop ✓" and the_map["cards"] == 0 and the_map["lanes"] >= 4
    out = tmp_path / "t.json"
    assert run(capsys, "export", path, out)[0] == 0
    stages = [s["name"] for s in json.loads(out.read_text(encoding="utf-8"))["stages"]]
    if template in TEMPLATE_STAGES:
        assert stages == TEMPLATE_STAGES[template]
    lanes = json.loads(out.read_text(encoding="utf-8"))["lanes"]
    if template == "service-blueprint":
        kinds = [lane["kind"] for lane in lanes]
        for kind in ("physical_evidence", "actions", "frontstage", "backstage", "support"):
            assert kind in kinds


def test_import_export_round_trip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = write_json(tmp_path / "full.json", FULL)
    path = tmp_path / "doc.jmap"
    assert run(capsys, "import", path, source)[0] == 0  # creates the file
    out = tmp_path / "out.json"
    assert run(capsys, "export", path, out)[0] == 0
    assert out.read_text(encoding="utf-8") == dumps(FULL)
    assert run(capsys, "import", path, write_json(tmp_path / "min.json", MINIMAL))[0] == 0
    summary = info(capsys, path)
    assert summary["personas"] == 3
    assert [
        (m["title"], m["stages"], m["lanes"], m["cards"], m["emotion_points"]) for m in summary["maps"]
    ] == [(FULL["title"], 3, 3, 4, 3), ("Minimal", 2, 2, 1, 1)]
    assert run(capsys, "export", path, out, "--map", "Minimal")[0] == 0
    assert json.loads(out.read_text(encoding="utf-8"))["title"] == "Minimal"


def test_future_state_import_links_to_its_current_map(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "doc.jmap"
    run(capsys, "import", path, write_json(tmp_path / "c.json", MINIMAL))
    future = dict(MINIMAL, title="Tomorrow", state="future", reworks="Minimal")
    run(capsys, "import", path, write_json(tmp_path / "f.json", future))
    out = tmp_path / "out.json"
    run(capsys, "export", path, out, "--map", "Tomorrow")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert (data["state"], data["reworks"]) == ("future", "Minimal")


def test_check_healthy(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "doc.jmap"
    run(capsys, "import", path, write_json(tmp_path / "m.json", MINIMAL))
    code, out, _ = run(capsys, "check", path)
    assert code == 0 and "healthy" in out


@pytest.mark.parametrize("case", sorted(CASES))
@pytest.mark.parametrize("verb", ["info", "check", "export", "import"])
def test_refused_files_exit_1_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str, verb: str
) -> None:
    make, expected = CASES[case]
    path = tmp_path / "victim.jmap"
    make(path)
    before = path.read_bytes()
    source = write_json(tmp_path / "m.json", MINIMAL)
    listing = sorted(os.listdir(tmp_path))
    extra = {"export": [tmp_path / "out.json"], "import": [source]}.get(verb, [])
    code, _, err = run(capsys, verb, path, *extra)
    assert_one_line_error(code, err, expected)
    assert path.read_bytes() == before
    assert sorted(os.listdir(tmp_path)) == listing


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["new", "{tmp}/x.jmap", "--template", "nope"], "no template “nope”"),
        (["export", "{tmp}/missing.jmap", "{tmp}/o.json"], "does not exist"),
        (["export", "{doc}", "{tmp}/o.docx"], "Cannot export to “.docx”"),
        (["export", "{doc}", "{tmp}/o.json", "--map", "Nope"], "no map titled “Nope”"),
        (["export", "{doc}", "{tmp}/no/such/dir/o.json"], "does not exist"),
        (["import", "{tmp}/new.jmap", "{tmp}/missing.json"], "does not exist"),
        (["import", "{tmp}/new.jmap", "{bad}"], "cards[0].stage: no stage named"),
        (["new", "{doc}"], "already exists"),
        (["frobnicate"], "jmdesigner"),
        (["info"], "required"),
    ],
)
def test_errors_are_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], fragment: str
) -> None:
    doc = tmp_path / "doc.jmap"
    run(capsys, "import", doc, write_json(tmp_path / "m.json", MINIMAL))
    bad = write_json(
        tmp_path / "bad.json", dict(MINIMAL, cards=[{"stage": "X", "lane": "Touchpoints", "text": ""}])
    )
    before = doc.read_bytes()
    code, _, err = run(capsys, *[a.format(tmp=tmp_path, doc=doc, bad=bad) for a in args])
    assert_one_line_error(code, err, fragment)
    assert doc.read_bytes() == before
    assert not (tmp_path / "new.jmap").exists(), "a failed import must not leave a new file behind"


def test_the_installed_entry_point_never_shows_a_traceback(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.jmap"
    bogus.write_bytes(b"\0" * 4096)
    result = subprocess.run(
        [sys.executable, "-m", "jmdesigner", "info", str(bogus)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "jmdesigner: error: bogus.jmap is not a jmdesigner file (it is not a SQLite database). "
        "Open a .jmap file, or import JSON with File › Import."
    ]
