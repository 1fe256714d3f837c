"""The PNG is painted from the layout in bands and streamed: bands join seamlessly, the file is a
valid PNG at the asked resolution, and a size past the limit is explained with the dpi that fits."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QColor, QImage

from jmdesigner.errors import JmError
from jmdesigner.export import raster
from jmdesigner.export.raster import largest_dpi, map_png
from jmdesigner.model import Document


def image_of(data: bytes) -> QImage:
    image = QImage()
    assert image.loadFromData(data, "PNG")
    return image.convertToFormat(QImage.Format.Format_RGB32)


def test_bands_join_into_the_same_picture(sample_doc: Document, monkeypatch: Any, qapp: Any) -> None:
    map_id = sample_doc.maps()[0].id
    whole = image_of(map_png(sample_doc, map_id, 60))
    monkeypatch.setattr(raster, "BAND_PIXELS", 50_000)  # dozens of bands
    banded = image_of(map_png(sample_doc, map_id, 60))
    assert banded.size() == whole.size()
    # The same pixels, but for antialiasing rounding (a level or two) where a band moved the origin.
    differing = [
        (x, y)
        for y in range(whole.height())
        for x in range(whole.width())
        if whole.pixel(x, y) != banded.pixel(x, y)
    ]
    assert len(differing) < whole.width() * whole.height() / 200
    for x, y in differing:
        a, b = QColor(whole.pixel(x, y)), QColor(banded.pixel(x, y))
        assert max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) <= 4
    assert round(whole.dotsPerMeterX() * 0.0254) == 60


def test_too_many_pixels_names_the_largest_dpi_that_fits(sample_doc: Document, monkeypatch: Any) -> None:
    monkeypatch.setattr(raster, "MAX_PIXELS", 2_000_000)
    with pytest.raises(JmError) as caught:
        map_png(sample_doc, sample_doc.maps()[0].id, 600)
    message = str(caught.value)
    best = int(message.split("--dpi ")[1].split(")")[0])
    assert "\n" not in message and f"{best} dpi is the most that fits" in message
    data = map_png(sample_doc, sample_doc.maps()[0].id, best)  # and that dpi does fit
    assert image_of(data).width() > 0
    assert largest_dpi(1000, 1000, 1_000_000) == 72
