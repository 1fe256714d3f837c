"""A bundled face whose table directory and header are whole but whose outlines are damaged (zeroed
past its first kilobytes, as a failed copy or a disk error leaves a file) passes the look-over at
start; its text was drawn blank in SVG and PNG exports, written without a word, and the PDF export
ended in a traceback (HarfBuzz cannot subset it). Each export is refused in one line naming the
characters and the file (nothing written, exit 1)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from jmdesigner import face_files, resources
from jmdesigner.errors import JmError

FONTS = Path(resources.resource_path("fonts"))
DAMAGED = "NotoSansHebrew-Regular.ttf"

# Builds the sample map with one card in Hebrew, then runs ``jmdesigner export`` on it with the
# resources looked up in argv[1]: argv[2] the document, argv[3] the PDF.
EXPORT = """
import sys
from pathlib import Path
import jmdesigner.resources as resources
resources._CANDIDATES = (Path(sys.argv[1]),)
from jmdesigner.cli.entry import main
from jmdesigner.interchange.json_map import parse_map, read_json_file
from jmdesigner.model import Document, add_bundle
from jmdesigner.storage.jmapfile import write_document_file
doc = Document()
add_bundle(doc, parse_map(read_json_file(resources.resource_path("samples", "sample-map.json"))))
card = doc.cards(doc.maps()[0].id)[0]
doc.update_card(card.id, text="תשלום בכרטיס")
write_document_file(doc, Path(sys.argv[2]))
sys.exit(main(["export", sys.argv[2], sys.argv[3]]))
"""


@pytest.mark.parametrize("suffix", [".pdf", ".svg", ".png"])
def test_a_face_with_zeroed_outlines_refuses_the_export_in_one_line(tmp_path: Path, suffix: str) -> None:
    fonts = tmp_path / "resources" / "fonts"
    fonts.mkdir(parents=True)
    for entry in FONTS.parent.iterdir():
        if entry.name != "fonts":
            (fonts.parent / entry.name).symlink_to(entry)
    for font in FONTS.glob("*.ttf"):
        (fonts / font.name).symlink_to(font)
    whole = (FONTS / DAMAGED).read_bytes()
    (fonts / DAMAGED).unlink()
    (fonts / DAMAGED).write_bytes(whole[:2000] + bytes(len(whole) - 2000))
    out = tmp_path / f"map{suffix}"
    done = subprocess.run(
        [sys.executable, "-c", EXPORT, str(fonts.parent), str(tmp_path / "map.jmap"), str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        env={
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "JMDESIGNER_CONFIG_DIR": str(tmp_path / "config"),
            "JMDESIGNER_DATA_DIR": str(tmp_path / "data"),
        },
    )
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "nothing was written" in lines[0] and "ת (U+05EA)" in lines[0]
    assert f"damaged: {DAMAGED}" in lines[0] and str(fonts) in lines[0]
    assert not out.exists() and list(tmp_path.glob(f"*{suffix}*")) == []


def test_a_face_harfbuzz_cannot_subset_is_recorded_and_refuses_the_pdf(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Damage the look-over and the outline probe both miss: HarfBuzz's subsetter failing (uharfbuzz
    raises) is a damaged face and a refused export, not a traceback out of ReportLab's save."""
    from jmdesigner.export import pdf_fonts
    from jmdesigner.text import chain

    face = chain("regular")[0]
    heard: list[face_files.FaceProblem] = []
    stop = face_files.listen(heard.append)

    def failing(*_args: object) -> object:
        raise RuntimeError("Subsetting failed")

    monkeypatch.setattr(pdf_fonts.hb, "subset", failing)
    try:
        with pytest.raises(JmError, match="could not be drawn, so nothing was written: a") as refused:
            pdf_fonts._subset(face, [1, 2], ["", "a", "b c"])
    finally:
        stop()
        face_files.forget()
    assert [(p.file, p.missing) for p in heard] == [(face.file, False)]
    assert f"damaged: {face.file}" in str(refused.value) and "(U+0020)" not in str(refused.value)
