"""``jmdesigner export`` to PDF, PNG and SVG: each option, and one-line errors with exit 2."""

from __future__ import annotations

import struct
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pypdf import PdfReader

from jmdesigner.export.pages import page_size
from tests.cli.test_cli import assert_one_line_error, run
from tests.export.pdfcheck import outline_titles, squash

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "sample-map.json"
SECOND = {
    "format": "jmdesigner-map",
    "version": 1,
    "title": "Future state",
    "stages": [{"name": "Order"}],
    "lanes": [{"name": "Pain points", "kind": "pain_points"}],
    "cards": [{"stage": "Order", "lane": "Pain points", "text": "Nothing hurts any more", "votes": 3}],
}


@pytest.fixture
def jmap(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "doc.jmap"
    assert run(capsys, "import", path, SAMPLE)[0] == 0
    return path


def pdf(capsys: pytest.CaptureFixture[str], jmap: Path, *options: object) -> tuple[PdfReader, str]:
    out = jmap.parent / "out.pdf"
    code, _, err = run(capsys, "export", jmap, out, *options)
    assert code == 0, err
    return PdfReader(out), err


def size(page) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    return float(page.mediabox.width), float(page.mediabox.height)


def test_default_is_a3_landscape_with_every_extra_page(
    capsys: pytest.CaptureFixture[str], jmap: Path
) -> None:
    reader, err = pdf(capsys, jmap)
    assert len(reader.pages) == 5 and err == ""
    assert size(reader.pages[1]) == pytest.approx(page_size("A3", True), abs=0.01)


@pytest.mark.parametrize("page", ["A4", "A3", "A2", "A1", "A0", "letter", "tabloid"])
def test_page_alone_means_fit_on_that_page(capsys: pytest.CaptureFixture[str], jmap: Path, page: str) -> None:
    reader, _ = pdf(capsys, jmap, "--page", page, "--portrait", "--no-cover", "--no-personas", "--no-summary")
    assert len(reader.pages) == 1
    assert size(reader.pages[0]) == pytest.approx(page_size(page, False), abs=0.01)


def test_a4_fit_prints_a_readability_warning(capsys: pytest.CaptureFixture[str], jmap: Path) -> None:
    _, err = pdf(capsys, jmap, "--page", "a4", "--portrait")
    assert err.startswith("jmdesigner: warning: ") and "--tile" in err


def test_no_extra_pages_options(capsys: pytest.CaptureFixture[str], jmap: Path) -> None:
    assert len(pdf(capsys, jmap, "--no-cover")[0].pages) == 4
    assert len(pdf(capsys, jmap, "--no-personas")[0].pages) == 3
    assert len(pdf(capsys, jmap, "--no-summary")[0].pages) == 4
    reader, _ = pdf(capsys, jmap, "--landscape", "--no-cover", "--no-personas", "--no-summary")
    assert len(reader.pages) == 1 and size(reader.pages[0])[0] > size(reader.pages[0])[1]


def test_tile_with_overlap(capsys: pytest.CaptureFixture[str], jmap: Path) -> None:
    base = ("--tile", "--page", "A4", "--no-cover", "--no-personas", "--no-summary")
    few = len(pdf(capsys, jmap, *base, "--overlap", "5")[0].pages)
    many = len(pdf(capsys, jmap, *base, "--overlap", "60")[0].pages)
    assert 2 < few < many
    bigger = len(pdf(capsys, jmap, *base, "--scale", "2")[0].pages)
    assert bigger > few


def test_plotter(capsys: pytest.CaptureFixture[str], jmap: Path) -> None:
    reader, _ = pdf(capsys, jmap, "--plotter", "--no-cover", "--no-personas", "--no-summary")
    w, h = size(reader.pages[0])
    assert w > 1600 and h > 1000  # the map at 1 pt per unit, plus margins


def test_map_and_all(capsys: pytest.CaptureFixture[str], jmap: Path, tmp_path: Path) -> None:
    second = tmp_path / "second.json"
    import json

    second.write_text(json.dumps(SECOND), encoding="utf-8")
    assert run(capsys, "import", jmap, second)[0] == 0
    reader, _ = pdf(capsys, jmap, "--map", "Future state", "--no-cover")
    assert "Future state" in reader.pages[0].extract_text()
    reader, _ = pdf(capsys, jmap, "--all")
    titles = outline_titles(reader)
    assert "Future state" in titles and "Online grocery delivery — current state" in titles
    assert squash("Nothing hurts any more") in squash("".join(p.extract_text() for p in reader.pages))


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (("--page", "A5"), "Unknown page size"),
        (("--map", "Nope"), "no map titled"),
        (("--tile", "--overlap", "500"), "overlap"),
        (("--tile", "--plotter"), "not allowed with"),
        (("--portrait", "--landscape"), "not allowed with"),
        (("--map", "X", "--all"), "not allowed with"),
    ],
)
def test_errors_are_one_line(
    capsys: pytest.CaptureFixture[str], jmap: Path, args: tuple[str, ...], fragment: str
) -> None:
    out = jmap.parent / "bad.pdf"
    code, _, err = run(capsys, "export", jmap, out, *args)
    assert_one_line_error(code, err, fragment)
    assert not out.exists()


def test_missing_folder_and_unknown_format(capsys: pytest.CaptureFixture[str], jmap: Path) -> None:
    code, _, err = run(capsys, "export", jmap, jmap.parent / "nowhere" / "x.pdf")
    assert_one_line_error(code, err, "does not exist")
    code, _, err = run(capsys, "export", jmap, jmap.parent / "x.docx")
    assert_one_line_error(code, err, ".pdf", ".png", ".svg")
    code, _, err = run(capsys, "export", jmap, jmap.parent / "x.svg", "--all")
    assert_one_line_error(code, err, "--all")


def test_svg_holds_every_card_as_text(capsys: pytest.CaptureFixture[str], jmap: Path) -> None:
    out = jmap.parent / "map.svg"
    code, _, err = run(capsys, "export", jmap, out)
    assert code == 0, err
    root = ET.parse(out).getroot()
    ns = "{http://www.w3.org/2000/svg}"
    assert root.tag == f"{ns}svg" and root.get("width", "").endswith("pt")
    text = squash("".join(t.text or "" for t in root.iter(f"{ns}text")))
    assert squash("Instagram ad with a €10 first-order voucher") in text
    assert squash("Line of visibility") in text
    assert not list(root.iter(f"{ns}image"))
    assert list(root.iter(f"{ns}path"))  # the emotion curves


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_png_resolution_follows_dpi(capsys: pytest.CaptureFixture[str], jmap: Path) -> None:
    low, high = jmap.parent / "low.png", jmap.parent / "high.png"
    assert run(capsys, "export", jmap, low, "--dpi", "36")[0] == 0
    assert run(capsys, "export", jmap, high, "--dpi", "72")[0] == 0
    (lw, lh), (hw, hh) = png_size(low), png_size(high)
    assert abs(hw - 2 * lw) <= 2 and abs(hh - 2 * lh) <= 2
    code, _, err = run(capsys, "export", jmap, low, "--dpi", "5000")
    assert_one_line_error(code, err, "dpi")
