"""A map fitted on one page with card text too small to read: what the export says, and that the
commands it prints make the same export readable."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from pypdf import PdfReader

from bench.generate import large_map
from jmdesigner.export.legibility import TILE_SCALE, fit_legibility
from jmdesigner.export.metrics import PdfTextMetrics
from jmdesigner.export.pages import MIN_TEXT_PT, page_size
from jmdesigner.interchange.json_map import parse_map, read_json_file
from jmdesigner.layout import layout_map
from jmdesigner.model import Document, UndoStack, add_bundle, commands
from jmdesigner.resources import resource_path
from jmdesigner.storage.jmapfile import JmapFile
from tests.cli.test_cli import run


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 200-card map: 1.5 pt card text fitted on A4, 2.1 pt on A3."""
    path = tmp_path_factory.mktemp("big") / "big map.jmap"
    with JmapFile.create(path) as jfile:
        UndoStack(jfile.document).push(commands.add_map(large_map(200, title="Workshop")))
    return path


def _commands(err: str) -> list[tuple[str, list[str]]]:
    """(what it makes, argv) of each command the warning prints."""
    lines = err.splitlines()
    return [
        (lines[i - 1].removeprefix("  # "), shlex.split(line)[1:])
        for i, line in enumerate(lines)
        if line.startswith("  jmdesigner ")
    ]


def test_the_warning_names_the_size_and_the_exact_commands_that_print_it_readable(
    capsys: pytest.CaptureFixture[str], big: Path
) -> None:
    out = big.parent / "client deck.pdf"
    code, _, err = run(capsys, "export", big, out, "--page", "A4", "--client", "Fresh Cart", "--no-summary")
    assert code == 0 and out.exists()  # still written, and said
    lines = err.splitlines()
    assert lines[0] == (
        "jmdesigner: warning: Workshop: Card text would print at 1.5 pt on A4 landscape, "
        "below the readable 6 pt."
    )
    assert lines[1] == "jmdesigner: For card text of at least 6 pt, run one of:"
    assert "--tile)" not in err  # no vague hint beside the exact commands
    (larger, by_page), (poster, by_tiles) = _commands(err)
    assert by_page == ["export", str(big), str(out), "--page", "A0", "--no-summary", "--client", "Fresh Cart"]
    assert by_tiles == [
        "export", str(big), str(out), "--page", "A4", "--tile", "--scale", "0.5", "--no-summary",
        "--client", "Fresh Cart",
    ]  # fmt: skip
    assert larger == "one page of A0 landscape, card text 6.2 pt"
    tiles = int(re.fullmatch(r"a poster of (\d+) pages of A4 landscape to join .*card text 7 pt", poster)[1])  # type: ignore[index]

    code, _, err = run(capsys, *by_page)  # each command does what its line says, with nothing to warn
    reader = PdfReader(out)
    assert code == 0 and err == ""
    assert float(reader.pages[1].mediabox.width) == pytest.approx(page_size("A0", True)[0], abs=0.01)
    assert "Fresh Cart" in reader.pages[0].extract_text()
    code, _, err = run(capsys, *by_tiles, "--no-cover", "--no-personas")
    assert code == 0 and "below the readable" not in err and "run" not in err
    assert len(PdfReader(out).pages) == 1 + tiles  # the assembly overview and the tiles counted


def test_a_portrait_page_no_a_size_reads_on_suggests_landscape_and_german_keeps_its_language(
    capsys: pytest.CaptureFixture[str], big: Path
) -> None:
    out = big.parent / "hoch.pdf"
    code, _, err = run(capsys, "--lang", "de", "export", big, out, "--page", "A3", "--portrait")
    assert code == 0
    assert "Der Kartentext würde auf A3 hoch in 1,5 pt gedruckt" in err
    assert "Für Kartentext von mindestens 6 pt führen Sie einen dieser Befehle aus:" in err
    (larger, by_page), (poster, by_tiles) = _commands(err)
    assert larger == "eine Seite A0 quer, Kartentext 6,2 pt"
    assert by_page[:2] == ["--lang", "de"] and "--portrait" not in by_page  # A0 sideways
    assert poster.startswith("ein Poster aus ") and "Seiten A3 hoch zum Zusammenkleben" in poster
    assert by_tiles[by_tiles.index("--page") :][:6] == [
        "--page",
        "A3",
        "--portrait",
        "--tile",
        "--scale",
        "0.5",
    ]


def test_a_readable_export_says_nothing(capsys: pytest.CaptureFixture[str], big: Path) -> None:
    code, _, err = run(capsys, "export", big, big.parent / "a0.pdf", "--page", "A0", "--no-personas")
    assert code == 0 and err == ""


def _laid_out(*bundles: object) -> list[tuple[str, object]]:
    doc = Document()
    maps = [add_bundle(doc, b) for b in bundles]  # type: ignore[arg-type]
    return [(m.title, layout_map(doc, m.id, PdfTextMetrics())) for m in maps]


def test_the_remedies_cover_every_map_of_the_export() -> None:
    assert TILE_SCALE == 0.5 and 14 * TILE_SCALE >= MIN_TEXT_PT > 14 * (TILE_SCALE - 0.1)
    sample = parse_map(read_json_file(Path(resource_path("samples", "sample-map.json"))))
    maps = _laid_out(large_map(200, title="Wide"), sample)
    legibility = fit_legibility(maps, "A4", True)  # type: ignore[arg-type]
    assert [title for title, _ in legibility.small] == ["Wide", sample.map.title]
    assert legibility.card_pt == min(pt for _, pt in legibility.small)
    assert legibility.larger is not None and legibility.larger.page == "A0"  # what the wider one needs
    assert legibility.larger.card_pt >= MIN_TEXT_PT
    assert legibility.tiles is not None and legibility.tiles.card_pt == 7.0
    alone = fit_legibility(maps[1:], "A4", True)  # type: ignore[arg-type]
    assert alone.larger is not None and alone.larger.page == "A3"
    assert legibility.tiles.tiles > alone.tiles.tiles  # type: ignore[union-attr]
    none_readable = fit_legibility(_laid_out(large_map(2000)), "A3", True)  # type: ignore[arg-type]
    assert none_readable.larger is None and none_readable.tiles is not None


def test_the_printed_commands_work_for_a_file_a_title_and_a_client_that_start_with_a_dash(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Given as ./-wall.jmap, --map=-draft and --client=-Fresh, they were printed as "-wall.jmap",
    "--map -draft" and "--client -Fresh", which the command line reads as options: no command ran."""
    monkeypatch.chdir(tmp_path)
    with JmapFile.create(tmp_path / "-wall.jmap") as jfile:
        UndoStack(jfile.document).push(commands.add_map(large_map(200, title="-draft")))
    given = [
        "export",
        "./-wall.jmap",
        "deck.pdf",
        "--map=-draft",
        "--page",
        "A4",
        "--client=-Fresh",
        "--no-cover",
    ]
    code, _, err = run(capsys, *given, "--no-personas", "--no-summary")
    assert code == 0 and "run one of:" in err
    printed = _commands(err)
    assert len(printed) == 2
    for _what, argv in printed:
        code, _, err = run(capsys, *argv)
        assert code == 0 and "below the readable" not in err, err
        assert PdfReader(tmp_path / "deck.pdf").metadata.title == "-draft"  # type: ignore[union-attr]


def test_the_poster_printed_for_a_fitted_map_counts_the_overlap_its_command_keeps(
    capsys: pytest.CaptureFixture[str], big: Path
) -> None:
    """--overlap 40 given with a fitted page: the command printed keeps it, and its poster has 18
    tiles, but the line above it said 16 (counted at the default 10 mm)."""
    out = big.parent / "overlap.pdf"
    code, _, err = run(
        capsys,
        "export",
        big,
        out,
        "--page",
        "A4",
        "--overlap",
        "40",
        "--no-cover",
        "--no-personas",
        "--no-summary",
    )
    assert code == 0
    _, (poster, by_tiles) = _commands(err)
    assert by_tiles[by_tiles.index("--overlap") + 1] == "40"
    said = int(re.fullmatch(r"a poster of (\d+) pages of A4 landscape to join .*", poster)[1])  # type: ignore[index]
    code, _, err = run(capsys, *by_tiles)
    assert code == 0
    assert len(PdfReader(out).pages) == 1 + said  # the assembly overview and the tiles said


@pytest.fixture(scope="module")
def compared(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample map and its future state: their "Current vs future" page is too small to read on
    A3 (the maps' own pages are not) and reads on A2; on A4 the maps are too small too."""
    from jmdesigner.storage.jmapfile import write_document_file
    from tests.builders import sample_and_future

    path = tmp_path_factory.mktemp("compared") / "compared.jmap"
    write_document_file(sample_and_future()[0], path)
    return path


FUTURE = "Online grocery delivery — future state"
COMPARE = ["--map", FUTURE, "--compare", "--no-cover", "--no-personas", "--no-summary"]
SAID = (
    r"jmdesigner: warning: Comparison of Online grocery delivery — current state and {future}: Card "
    r"text would print at \d\.\d pt on {page} portrait, below the readable 6 pt\."
)


def _compare_pages(reader: PdfReader) -> list[int]:
    return [
        i for i, page in enumerate(reader.pages) if "Current state vs future state" in page.extract_text()
    ]


def test_a_comparison_too_small_to_read_names_the_larger_page_that_prints_it_readable(
    capsys: pytest.CaptureFixture[str], compared: Path
) -> None:
    """The comparison page is fitted to one page and never tiled: the advice is a larger page (no
    "--tile", which leaves it as it is), and the command printed makes the warning go away."""
    out = compared.parent / "compare.pdf"
    code, _, err = run(capsys, "export", compared, out, "--page", "A3", *COMPARE)
    assert code == 0 and out.exists()
    lines = err.splitlines()
    assert re.fullmatch(SAID.format(future=FUTURE, page="A3"), lines[0]), lines[0]
    assert len(lines) == 4 and "tile" not in err  # the warning, then one command
    ((what, command),) = _commands(err)
    assert what == "the comparison on one page of A2, card text 7.4 pt"
    assert command == [
        "export", str(compared), str(out), "--map", FUTURE, "--page", "A2",
        "--no-cover", "--no-personas", "--no-summary", "--compare",
    ]  # fmt: skip
    code, _, err = run(capsys, *command)  # as printed: nothing left to warn about
    assert code == 0 and err == ""
    reader = PdfReader(out)
    (i,) = _compare_pages(reader)
    size = float(reader.pages[i].mediabox.width), float(reader.pages[i].mediabox.height)
    assert size == pytest.approx(page_size("A2", False), abs=0.01)  # upright, as it suits


def test_poster_tiles_keep_their_mode_in_the_command_for_a_small_comparison(
    capsys: pytest.CaptureFixture[str], compared: Path
) -> None:
    """Maps printed as poster tiles leave the comparison fitted on one page of the tiles' size: the
    command printed keeps the tiles and their scale, and only the page grows."""
    out = compared.parent / "tiles.pdf"
    code, _, err = run(capsys, "export", compared, out, "--page", "A3", "--tile", "--scale", "0.6", *COMPARE)
    assert code == 0 and re.fullmatch(SAID.format(future=FUTURE, page="A3"), err.splitlines()[0])
    ((_, command),) = _commands(err)
    assert command[command.index("--page") :][:5] == ["--page", "A2", "--tile", "--scale", "0.6"]
    code, _, err = run(capsys, *command)
    assert code == 0 and err == ""


def test_maps_and_a_comparison_too_small_get_one_page_large_enough_for_both(
    capsys: pytest.CaptureFixture[str], compared: Path
) -> None:
    """On A4 the maps need A3 and the comparison A2: one command with A2 (poster tiles would leave
    the comparison too small, so none is offered)."""
    out = compared.parent / "both.pdf"
    code, _, err = run(capsys, "export", compared, out, "--page", "A4", *COMPARE)
    assert code == 0
    lines = err.splitlines()
    assert lines[0].startswith(f"jmdesigner: warning: {FUTURE}: Card text would print at 4.4 pt on A4")
    assert re.fullmatch(SAID.format(future=FUTURE, page="A4"), lines[1]), lines[1]
    ((what, command),) = _commands(err)
    assert what == "one page of A2 landscape for each map and each comparison, card text at least 6.7 pt"
    assert "--tile" not in command and command[command.index("--page") + 1] == "A2"
    code, _, err = run(capsys, *command)
    assert code == 0 and err == ""
