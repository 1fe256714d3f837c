"""Persona photos: read a PNG or JPEG, scale it to at most 512 px and re-encode it.

Re-encoding means the file only ever stores small, clean images whatever the user picked
(a 20-megapixel phone photo, a PNG with odd chunks), and a broken file is refused here, with
a sentence saying what to do, instead of reaching the document.
"""

from __future__ import annotations

import stat
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader, QPixmap

from jmdesigner.errors import JmError
from jmdesigner.i18n import localized, translate
from jmdesigner.model import Photo
from jmdesigner.model import validation as v

MAX_SIDE = 512
MAX_FILE_BYTES = 64 * 1024 * 1024  # no sense decoding anything bigger for a 512 px portrait
MAX_PIXELS = 100_000_000  # refuse decompression bombs before Qt allocates them
JPEG_QUALITY = 88


class PhotoError(JmError):
    """A file cannot become a persona photo."""


def load_photo(path: str | Path, max_bytes: int = v.MAX_PHOTO_BYTES) -> Photo:
    """A Photo from an image file, scaled to ≤ MAX_SIDE px on its longest side; PhotoError if not."""
    path = Path(path)
    name = path.name
    try:
        st = path.stat()
    except OSError as exc:
        raise PhotoError(
            translate("Photo", "Cannot read {name}: {strerror}. Choose another file.").format(
                name=name, strerror=exc.strerror
            )
        ) from None
    if not stat.S_ISREG(st.st_mode):  # a FIFO would block the reader, a device never end
        raise PhotoError(
            translate("Photo", "{name} is not a regular file. Choose a .png or .jpg file.").format(name=name)
        )
    size = st.st_size
    if size > MAX_FILE_BYTES:
        raise PhotoError(
            translate(
                "Photo",
                "{name} is {value:.0f} MB, too big to import. Save a smaller copy (under 64 MB) and "
                "import that.",
            ).format(name=name, value=localized(size / 1048576))
        )
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)  # honour the EXIF orientation of phone photos
    fmt = bytes(reader.format().data()).decode().lower()
    if fmt not in ("png", "jpeg", "jpg"):
        raise PhotoError(
            translate("Photo", "{name} is not a PNG or JPEG image. Choose a .png or .jpg file.").format(
                name=name
            )
        )
    dims = reader.size()
    if dims.isValid() and dims.width() * dims.height() > MAX_PIXELS:
        raise PhotoError(
            translate(
                "Photo",
                "{name} is {width} × {height} pixels, too large to import. Save a smaller copy and import "
                "that.",
            ).format(name=name, width=dims.width(), height=dims.height())
        )
    if dims.isValid() and fmt != "png" and max(dims.width(), dims.height()) > MAX_SIDE * 2:
        reader.setScaledSize(
            dims.scaled(QSize(MAX_SIDE * 2, MAX_SIDE * 2), Qt.AspectRatioMode.KeepAspectRatio)
        )
    image = reader.read()
    if image.isNull():
        raise PhotoError(
            translate(
                "Photo",
                "{name} could not be read as an image ({errorString}); it may be damaged or incomplete. "
                "Open it in an image viewer, save it again as PNG or JPEG, and import that.",
            ).format(name=name, errorString=reader.errorString())
        )
    photo = encode(image)
    if len(photo.data) > max_bytes:
        raise PhotoError(
            translate(
                "Photo",
                "Even scaled down, {name} needs {value:.1f} MB; the limit is {value2:.0f} MB. Crop it or "
                "save it as JPEG, and import that.",
            ).format(
                name=name, value=localized(len(photo.data) / 1048576), value2=localized(max_bytes / 1048576)
            )
        )
    return photo


def encode(image: QImage) -> Photo:
    """Scale to MAX_SIDE and encode: PNG when the image has transparency, JPEG otherwise."""
    if max(image.width(), image.height()) > MAX_SIDE:
        image = image.scaled(
            MAX_SIDE,
            MAX_SIDE,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    alpha = image.hasAlphaChannel()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if alpha:
        image.save(buffer, "PNG")
    else:
        image.convertToFormat(QImage.Format.Format_RGB32).save(buffer, "JPEG", JPEG_QUALITY)
    buffer.close()
    return Photo("image/png" if alpha else "image/jpeg", bytes(data.data()))


def photo_pixmap(photo: Photo | None, side: int) -> QPixmap:
    """A square, centre-cropped preview of a photo (an empty pixmap when there is none)."""
    if photo is None:
        return QPixmap()
    data = QByteArray(photo.data)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    dims = reader.size()  # from the header: a stored photo may declare 12,000 × 12,000 pixels
    if not dims.isValid() or dims.width() * dims.height() > MAX_PIXELS // 4:
        return QPixmap()
    if max(dims.width(), dims.height()) > side * 4:
        reader.setScaledSize(dims.scaled(QSize(side * 4, side * 4), Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    buffer.close()
    if image.isNull():  # truncated or damaged: no picture, the initials stay
        return QPixmap()
    scaled = image.scaled(
        side,
        side,
        Qt.AspectRatioMode.KeepAspectRatioByExpanding,
        Qt.TransformationMode.SmoothTransformation,
    )
    x = (scaled.width() - side) // 2
    y = (scaled.height() - side) // 2
    return QPixmap.fromImage(scaled.copy(x, y, side, side))
