"""Persona photos that are bombs or broken: never decoded whole, the PDF shows initials instead."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PIL import Image

from jmdesigner.export.photo_image import photo_image
from jmdesigner.model import Photo

ROOT = Path(__file__).resolve().parents[2]


def bomb_png() -> bytes:
    """12,000 × 12,000 pixels in about 20 KB: 1.6 GB of RGBA once decoded."""
    out = io.BytesIO()
    Image.new("1", (12_000, 12_000)).save(out, "PNG", optimize=True)
    return out.getvalue()


def small_png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (300, 200), (200, 60, 40)).save(out, "PNG")
    return out.getvalue()


@pytest.fixture(scope="module")
def bomb() -> bytes:
    return bomb_png()


def test_a_pixel_bomb_is_not_decoded_and_a_truncated_photo_gives_initials(bomb: bytes) -> None:
    assert len(bomb) < 64 * 1024
    started = time.process_time()
    assert photo_image(Photo("image/png", bomb)) is None
    assert time.process_time() - started < 1.0
    good = small_png()
    assert photo_image(Photo("image/png", good)).size == (200, 200)  # type: ignore[union-attr]  # (square)
    assert photo_image(Photo("image/png", good[: len(good) // 2])) is None
    assert photo_image(Photo("image/jpeg", b"\xff\xd8\xff\xe0 not really")) is None


@pytest.mark.parametrize("kind", ["bomb", "truncated"])
def test_pdf_export_with_a_hostile_photo_finishes_in_bounded_memory(
    kind: str, bomb: bytes, tmp_path: Path
) -> None:
    photo = tmp_path / "photo.png"
    photo.write_bytes(bomb if kind == "bomb" else small_png()[:400])
    out = tmp_path / "out.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "tests.safety.photo_child", str(photo), str(out)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "exported" and out.stat().st_size > 1000
    pages = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "AL" in pages  # the initials stand in for the photo


def test_the_ui_never_decodes_a_bomb_or_reads_a_fifo(bomb: bytes, tmp_path: Path, qapp) -> None:
    from jmdesigner.ui.photo import PhotoError, load_photo, photo_pixmap

    started = time.process_time()
    assert photo_pixmap(Photo("image/png", bomb), 96).isNull()
    assert time.process_time() - started < 1.0
    assert not photo_pixmap(Photo("image/png", small_png()), 96).isNull()
    fifo = tmp_path / "face.png"
    os.mkfifo(fifo)
    with pytest.raises(PhotoError, match="not a regular file"):
        load_photo(fifo)
    big = tmp_path / "big.png"
    big.write_bytes(bomb)
    with pytest.raises(PhotoError, match="too large"):
        load_photo(big)
