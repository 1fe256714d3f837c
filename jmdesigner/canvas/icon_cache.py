"""The icons of the first frame, drawn once and kept between starts.

Each line icon is an SVG file drawn by Qt's SVG image plugin at the size a toolbar, list or
button asks for (``icons._SvgEngine``). The window's first frame shows about thirty of them (the
toolbar's, the palette's, the welcome page's), and drawing them cost ~10 ms of every start before
that frame: loading the plugin (~2 ms), parsing and drawing each file (~0.14 ms each) and fading
the disabled ones. The pixels an earlier start drew are kept in one file, exactly as drawn (the
image's own bytes, premultiplied ARGB, no compression that could round them); a later start makes
its pixmaps from those bytes (~10 µs each) and loads no SVG plugin before its first frame.

An entry's key is all that decides its pixels: the SVG file (its path, size and time of change),
the colour it is drawn in, the size asked for and the mode (normal, disabled); the file's name
holds Qt's version, whose renderer draws them. A key not found (a first start, another palette,
an update of the icon set) is drawn as before and kept by the next ``save``. The app saves once
its first frame is painted, and only when something was drawn anew: what the start used and drew,
with the entries of earlier starts beside them up to ``MAX_ENTRIES``. A cache that cannot be read
or written only means drawing as before.

The file is in the per-user cache folder (``$XDG_CACHE_HOME/jmdesigner``), or in the data folder
given by ``JMDESIGNER_DATA_DIR`` (tests, portable use).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from jmdesigner import cache_file

TYPE_CHECKING = False
if TYPE_CHECKING:
    from PySide6.QtGui import QPixmap

MAGIC = b"jmdesigner-icons-1\n"
MAX_ENTRIES = 400  # past this many (icon sets and palettes since changed), only this start's are kept

_stored: dict[str, tuple[int, int, int, int, bytes]] | None = None  # read when first asked
_made: dict[str, QPixmap] = {}  # drawn by this process, not found in the file
_used: set[str] = set()


def cache_path() -> Path:
    from PySide6.QtCore import qVersion

    return _cache_dir() / f"icons-qt{qVersion()}.bin"


def _cache_dir() -> Path:
    given = os.environ.get("JMDESIGNER_DATA_DIR")
    if given:
        return Path(given) / "cache"
    if sys.platform.startswith("linux"):  # the XDG rule, written out: platformdirs is ~3 ms of a start
        xdg = os.environ.get("XDG_CACHE_HOME", "")
        return Path(xdg if os.path.isabs(xdg) else os.path.expanduser("~/.cache")) / "jmdesigner"
    import platformdirs

    return Path(platformdirs.user_cache_dir("jmdesigner", appauthor=False))


def key(path: Path, color: str, width: int, height: int, disabled: bool) -> str | None:
    """What decides an icon's pixels; None when its file cannot be looked at."""
    try:
        st = path.stat()
    except OSError:
        return None
    return f"{path}\0{st.st_size}\0{st.st_mtime_ns}\0{color}\0{width}x{height}\0{int(disabled)}"


def find(entry: str) -> QPixmap | None:
    """The pixmap kept under ``entry`` by an earlier start, or None."""
    global _stored
    if _stored is None:
        _stored = _read(cache_path())
    found = _stored.get(entry)
    if found is None:
        return None
    from PySide6.QtGui import QImage, QPixmap

    width, height, per_line, image_format, data = found
    if per_line * height != len(data):
        return None
    try:  # (Qt makes no image of lines shorter than the format needs)
        image = QImage(data, width, height, per_line, QImage.Format(image_format)).copy()  # its own bytes
    except (ValueError, TypeError):
        return None
    if image.isNull():
        return None
    _used.add(entry)
    return QPixmap.fromImage(image)


def keep(entry: str, pixmap: QPixmap) -> None:
    """``pixmap`` was drawn under ``entry``: kept by the next ``save``."""
    if not pixmap.isNull():
        _made[entry] = pixmap


def save(path: Path | None = None) -> bool:
    """Write what this process drew anew beside what it used (and earlier entries, up to
    ``MAX_ENTRIES``); nothing when all came from the file. True if written."""
    global _stored
    if not _made:
        return False
    path = path or cache_path()
    if _stored is None:
        _stored = _read(path)
    entries = dict(_stored)
    if len(entries) + len(_made) > MAX_ENTRIES:
        entries = {k: v for k, v in entries.items() if k in _used}
    for entry, pixmap in _made.items():
        image = pixmap.toImage()
        entries[entry] = (
            image.width(),
            image.height(),
            image.bytesPerLine(),
            image.format().value,
            bytes(image.constBits()),
        )
    if not cache_file.write(path, MAGIC, entries):
        return False
    _stored = entries
    _used.update(_made)
    _made.clear()
    return True


def _read(path: Path) -> dict[str, tuple[int, int, int, int, bytes]]:
    """The file's entries; none when it is missing, unreadable or not of this kind."""
    return cache_file.read(path, MAGIC, _is_image)


def _is_image(v: object) -> bool:
    """An entry as ``save`` writes it: width, height, bytes per line, format, the pixels."""
    return type(v) is tuple and len(v) == 5 and all(type(n) is int for n in v[:4]) and type(v[4]) is bytes
