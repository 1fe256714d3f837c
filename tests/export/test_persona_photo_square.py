"""A persona photo fills its square avatar whatever its shape: a portrait or landscape photo is cut
to a square (not shrunk inside the square beside a gap), so avatars line up from persona to persona."""

from __future__ import annotations

import io

from PIL import Image

from jmdesigner.export.photo_image import photo_image
from jmdesigner.model import Photo


def _photo(size: tuple[int, int], fmt: str = "PNG") -> Photo:
    image = Image.new("RGB", size, (40, 60, 200))
    w, h = size
    image.paste((250, 10, 10), (0, 0, w, h // 8))  # a red band at the very top
    out = io.BytesIO()
    image.save(out, fmt)
    return Photo("image/png" if fmt == "PNG" else "image/jpeg", out.getvalue())


def test_portrait_and_landscape_photos_become_squares() -> None:
    for size in ((600, 800), (1200, 900), (400, 400), (3000, 1000)):
        image = photo_image(_photo(size, "JPEG"))
        assert image is not None
        assert image.size[0] == image.size[1], size


def test_a_portrait_keeps_its_upper_middle_where_a_face_is() -> None:
    image = photo_image(_photo((600, 1000)))
    assert image is not None and image.size == (600, 600)
    # a quarter of the 400 spare rows is cut from the top (100), so the band (rows 0-124) shows
    assert image.getpixel((300, 10)) == (250, 10, 10)
    assert image.getpixel((300, 30)) == (40, 60, 200)
