"""A persona photo decoded for a PDF page, or None so the page shows initials instead.

The avatar is square: a portrait or landscape photo is cut to the square at its middle (a
portrait's a little above it, where a face sits), as a profile picture is, so every persona's
avatar has the same size and the name beside it the same place, rather than shrunk inside the
square with a gap beside or above it.

A photo in a document or an imported JSON file is untrusted bytes: a 32 KB PNG can declare
12,000 × 12,000 pixels (1.6 GB once decoded) and a truncated one fails half-way through
decoding. So the size in the image header is checked before any pixel is decoded, the decode
happens here (not lazily inside ReportLab while the page is drawn), and anything wrong gives
None: the export goes on with the persona's initials.
"""

from __future__ import annotations

import io
import warnings

from jmdesigner.model.entities import Photo

MAX_PIXELS = 25_000_000  # ~100 MB decoded; a portrait is drawn 52 pt wide
MAX_SIDE = 1024  # more than enough for the page; keeps the PDF small


def photo_image(photo: Photo | None):  # type: ignore[no-untyped-def]  # PIL.Image.Image | None
    if photo is None:
        return None
    from PIL import Image

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(photo.data))
            width, height = image.size
            if width <= 0 or height <= 0 or width * height > MAX_PIXELS:
                return None
            image.draft("RGB", (MAX_SIDE, MAX_SIDE))  # JPEG: decode at a reduced size directly
            image.load()
            if image.mode not in ("RGB", "RGBA", "L", "LA"):
                image = image.convert("RGBA")
            image.thumbnail((MAX_SIDE, MAX_SIDE))
            return square(image)
    except Exception:  # truncated, damaged or a bomb: Pillow raises many kinds; initials stand in
        return None


def square(image):  # type: ignore[no-untyped-def]  # PIL.Image.Image -> PIL.Image.Image
    """``image`` cut to a square: its middle across, its middle down (a portrait's upper middle,
    a quarter of the spare height from the top). A square image is itself."""
    width, height = image.size
    if width == height:
        return image
    side = min(width, height)
    left = (width - side) // 2
    top = (height - side) // 4 if height > width else 0
    return image.crop((left, top, left + side, top + side))
