"""Bundled font files missing or damaged: looked over once before anything loads them, recorded
once with a sentence naming the file and its folder, and skipped by the fallback chain, whose
next face draws what it has."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from jmdesigner import face_files, resources

FONTS = Path(resources.resource_path("fonts"))


@pytest.fixture
def fonts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A fonts folder of symbolic links to the bundled files, looked up instead of the bundled one."""
    folder = tmp_path / "resources" / "fonts"
    folder.mkdir(parents=True)
    for font in FONTS.glob("*.ttf"):
        (folder / font.name).symlink_to(font)
    monkeypatch.setattr(resources, "_CANDIDATES", (tmp_path / "resources",))
    face_files.forget()
    yield folder
    face_files.forget()  # the next test looks the bundled files over again


def test_whole_files_are_usable_and_nothing_is_recorded(fonts: Path) -> None:
    assert all(face_files.usable(file) == fonts / file for file in face_files.files())
    assert face_files.problems() == () and face_files.problem_sentence() is None


@pytest.mark.parametrize(
    "damage",
    [
        lambda whole: whole[: len(whole) // 2],  # a copy cut short
        lambda whole: whole[:12],  # the header alone
        lambda whole: b"",  # an empty file
        lambda whole: b"<html>404 Not Found</html>" * 40,  # a download that went wrong
        lambda whole: whole[:12] + bytes(len(whole) - 12),  # its tables zeroed
    ],
)
def test_a_damaged_file_is_not_usable_and_is_named_once(fonts: Path, damage: object) -> None:
    file = "NotoSansThai-Regular.ttf"
    whole = (FONTS / file).read_bytes()
    (fonts / file).unlink()
    (fonts / file).write_bytes(damage(whole))  # type: ignore[operator]
    heard: list[face_files.FaceProblem] = []
    stop = face_files.listen(heard.append)
    try:
        assert face_files.usable(file) is None
        assert face_files.usable(file) is None  # looked over once, said once
    finally:
        stop()
    assert [(p.file, p.missing) for p in heard] == [(file, False)]
    said = face_files.problem_sentence()
    assert said is not None and f"damaged: {file}" in said and str(fonts) in said


def test_missing_files_are_named_with_the_folder_they_were_looked_for_in(fonts: Path) -> None:
    for file in ("NotoSans-Regular.ttf", "NotoEmoji-Regular.ttf"):
        (fonts / file).unlink()
        assert face_files.usable(file) is None
    said = face_files.problem_sentence()
    assert said is not None
    assert "2 bundled font files missing: NotoSans-Regular.ttf, NotoEmoji-Regular.ttf" in said
    assert str(fonts) in said and "reinstall" in said


# Shapes lines in a fresh interpreter (the faces and the shaping caches are built once per process)
# with the fonts looked up in argv[1].
SHAPE = """
import json, sys
from pathlib import Path
import jmdesigner.resources as resources
resources._CANDIDATES = (Path(sys.argv[1]),)
from jmdesigner import face_files
from jmdesigner.text import REGULAR, BOLD, shape, collect_missing
from jmdesigner.text.metrics import ShapedMetrics, text_width
seen = {}
with collect_missing() as missing:
    for text in sys.argv[2:]:
        line = shape(text, REGULAR)
        seen[text] = {"faces": sorted({run.face.file for run in line.runs}), "width": line.width,
                      "missing": line.missing, "measured": text_width(text, BOLD, 10.0)}
seen["collected"] = "".join(sorted(missing))
seen["line_height"] = ShapedMetrics().line_height("card")
seen["problems"] = [p.file for p in face_files.problems()]
print(json.dumps(seen))
"""


def shaped(tmp_path: Path, fonts: Path, *texts: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", SHAPE, str(fonts.parent), *texts],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def test_the_faces_after_a_missing_one_draw_its_text(tmp_path: Path, fonts: Path) -> None:
    """Noto Sans missing: Latin text is drawn by the next face of the chain that has it (the Korean
    face's Latin letters), lines still have a height; the Arabic face truncated: Arabic text,
    which no other face has, is left out and reported, never a traceback."""
    (fonts / "NotoSans-Regular.ttf").unlink()
    arabic = (FONTS / "NotoSansArabic-Regular.ttf").read_bytes()
    (fonts / "NotoSansArabic-Regular.ttf").unlink()
    (fonts / "NotoSansArabic-Regular.ttf").write_bytes(arabic[:5000])
    seen = shaped(tmp_path, fonts, "Checkout", "مرحبا")
    assert seen["Checkout"] == {
        "faces": ["NanumSquareR.ttf"],
        "width": pytest.approx(seen["Checkout"]["width"]),  # type: ignore[index]
        "missing": "",
        "measured": pytest.approx(seen["Checkout"]["measured"]),  # type: ignore[index]
    }
    assert seen["Checkout"]["width"] > 0  # type: ignore[index]
    assert seen["مرحبا"]["faces"] == [] and seen["مرحبا"]["missing"] == "مرحبا"  # type: ignore[index]
    assert seen["collected"] == "".join(sorted("مرحبا"))
    assert seen["problems"] == ["NotoSans-Regular.ttf", "NotoSansArabic-Regular.ttf"]
    assert seen["line_height"] > 0


def test_with_no_usable_face_lines_keep_their_height_and_every_character_is_reported(
    tmp_path: Path, fonts: Path
) -> None:
    for font in fonts.glob("*.ttf"):
        font.unlink()
    seen = shaped(tmp_path, fonts, "Checkout page")
    assert seen["Checkout page"] == {"faces": [], "width": 0.0, "missing": "Checkoutpage", "measured": 0.0}
    assert seen["line_height"] > 0
    assert len(seen["problems"]) == len(face_files.files()) == 42  # type: ignore[arg-type]  # every file looked for


def test_a_face_whose_outlines_are_zeroed_is_damaged_and_the_faces_after_it_draw_its_text(
    tmp_path: Path, fonts: Path
) -> None:
    """Noto Sans and the Hebrew face kept whole up to their first 2,000 bytes (header, table
    directory, metrics) and zeroed past them, as a failed copy leaves a file: the look-over at
    start passes them, but HarfBuzz reads no character map or no outlines from them. Latin text
    goes to the next face that has it, as with Noto Sans missing (it was lost: the fast paths for
    ASCII drew it in Noto Sans); Hebrew text, which no other face has, is reported, never drawn
    blank unsaid."""
    for file in ("NotoSans-Regular.ttf", "NotoSansHebrew-Regular.ttf"):
        whole = (FONTS / file).read_bytes()
        (fonts / file).unlink()
        (fonts / file).write_bytes(whole[:2000] + bytes(len(whole) - 2000))
        assert face_files.usable(file) == fonts / file  # whole as far as the look-over sees
    face_files.forget()
    seen = shaped(tmp_path, fonts, "Checkout", "תשלום")
    assert seen["Checkout"]["faces"] == ["NanumSquareR.ttf"]  # type: ignore[index]
    assert seen["Checkout"]["missing"] == "" and seen["Checkout"]["width"] > 0  # type: ignore[index]
    assert seen["תשלום"]["missing"] == "תשלום"  # type: ignore[index]
    assert seen["collected"] == "".join(sorted("תשלום"))
    assert seen["problems"] == ["NotoSans-Regular.ttf", "NotoSansHebrew-Regular.ttf"]
