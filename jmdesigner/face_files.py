"""The bundled font files, the order in which each weight tries them, and the one place that
looks each file over before anything loads it. The text system shapes with these files
(``jmdesigner.text.faces``); the window registers them with Qt before its first frame
(``jmdesigner.canvas.fonts``) without loading the text system.

A file missing from an install (a package that strips or splits the fonts) or damaged (truncated,
overwritten) is found by ``usable``: it is then never handed to HarfBuzz or Qt, the faces after it
in the chain draw its text where they can, and it is recorded once (``problems``) with a sentence
naming the file and its folder (``problem_sentence``), for the window to show once and for an
export to report (``jmdesigner.text.missing``).
"""

from __future__ import annotations

import os
import struct
from collections.abc import Callable
from pathlib import Path

REGULAR = "regular"
BOLD = "bold"

# The faces of scripts a map seldom holds, each tried only for a cluster with a character in its
# blocks (``SCRIPT_BLOCKS``): a map without these scripts never opens their files. Noto's "UI"
# variants where there is one: their letters fit Noto Sans's line (ascender 1.069 em, descender
# 0.293 em), which sets every line's height, where the others reach 0.69 em below the baseline
# (Khmer subscripts, Myanmar medials) into the line beneath.
_SCRIPTS = (
    # (file stem, the script's Unicode blocks)
    ("NotoSansBengaliUI", ((0x0980, 0x09FF),)),
    ("NotoSansGurmukhiUI", ((0x0A00, 0x0A7F),)),
    ("NotoSansGujaratiUI", ((0x0A80, 0x0AFF),)),
    ("NotoSansTamilUI", ((0x0B80, 0x0BFF), (0x11FC0, 0x11FFF))),
    ("NotoSansTeluguUI", ((0x0C00, 0x0C7F),)),
    ("NotoSansKannadaUI", ((0x0C80, 0x0CFF),)),
    ("NotoSansMalayalamUI", ((0x0D00, 0x0D7F),)),
    ("NotoSansSinhalaUI", ((0x0D80, 0x0DFF), (0x111E0, 0x111FF))),
    ("NotoSansLaoUI", ((0x0E80, 0x0EFF),)),
    ("NotoSansMyanmarUI", ((0x1000, 0x109F), (0xA9E0, 0xA9FF), (0xAA60, 0xAA7F))),
    ("NotoSansGeorgian", ((0x10A0, 0x10FF), (0x1C90, 0x1CBF), (0x2D00, 0x2D2F))),
    ("NotoSansEthiopic", ((0x1200, 0x139F), (0x2D80, 0x2DDF), (0xAB00, 0xAB2F), (0x1E7E0, 0x1E7FF))),
    ("NotoSansKhmerUI", ((0x1780, 0x17FF), (0x19E0, 0x19FF))),
    ("NotoSansArmenian", ((0x0530, 0x058F), (0xFB13, 0xFB17))),
)

# Per file of ``_SCRIPTS`` (both weights), the blocks whose characters it is tried for.
SCRIPT_BLOCKS: dict[str, tuple[tuple[int, int], ...]] = {
    f"{stem}-{style}.ttf": blocks for stem, blocks in _SCRIPTS for style in ("Regular", "Bold")
}

# Per weight, the fallback chain: file names under resources/fonts, first choice first.
CHAINS = {
    REGULAR: (
        "NotoSans-Regular.ttf",
        "NotoSansArabic-Regular.ttf",
        "NotoSansHebrew-Regular.ttf",
        "NotoSansDevanagari-Regular.ttf",
        "NotoSansThai-Regular.ttf",
        *(f"{stem}-Regular.ttf" for stem, _ in _SCRIPTS),
        "DroidSansFallbackFull.ttf",
        "NanumSquareR.ttf",
        "NotoSansSymbols2-Regular.ttf",
        "NotoEmoji-Regular.ttf",
    ),
    BOLD: (
        "NotoSans-Bold.ttf",
        "NotoSansArabic-Bold.ttf",
        "NotoSansHebrew-Bold.ttf",
        "NotoSansDevanagari-Bold.ttf",
        "NotoSansThai-Bold.ttf",
        *(f"{stem}-Bold.ttf" for stem, _ in _SCRIPTS),
        "DroidSansFallbackFull.ttf",
        "NanumSquareR.ttf",
        "NotoSansSymbols2-Regular.ttf",
        "NotoEmoji-Regular.ttf",
    ),
}


def files() -> tuple[str, ...]:
    """Every bundled file once, in the chains' order (the regular weight's first)."""
    return tuple(dict.fromkeys(file for chain in CHAINS.values() for file in chain))


def window_files() -> tuple[str, ...]:
    """Each weight's first face (Noto Sans): the face of the window's own text."""
    return tuple(dict.fromkeys(chain[0] for chain in CHAINS.values()))


# What every face the text system loads needs: its character map, its header and its metrics.
_NEEDED_TABLES = frozenset({b"cmap", b"head", b"hhea", b"hmtx", b"maxp"})
_SFNT_VERSIONS = frozenset({b"\x00\x01\x00\x00", b"OTTO", b"true"})


class FaceProblem:
    """A bundled face that cannot be used: its file, the folder it should be in, and whether it
    is missing (else damaged)."""

    __slots__ = ("file", "folder", "missing")

    def __init__(self, file: str, folder: Path, missing: bool) -> None:
        self.file, self.folder, self.missing = file, folder, missing

    def __repr__(self) -> str:
        return f"FaceProblem({self.file!r}, {str(self.folder)!r}, missing={self.missing})"


_checked: dict[str, Path | None] = {}
_problems: dict[str, FaceProblem] = {}
_listeners: list[Callable[[FaceProblem], object]] = []


def usable(file: str) -> Path | None:
    """The path of a bundled face file that is whole enough to load, else None (and the problem
    recorded, once). Looked at once per process: a stat and its table directory (a few hundred
    bytes), not the face."""
    if file in _checked:
        return _checked[file]
    from jmdesigner.resources import resource_path

    try:
        path = resource_path("fonts", file)
    except FileNotFoundError:
        path = None
    found = path if path is not None and _whole(path) else None
    _checked[file] = found
    if found is None:
        note_unusable(file, missing=path is None)
    return found


def _whole(path: Path) -> bool:
    """Whether ``path`` holds a TrueType/OpenType font whose tables all lie within the file and
    include those every face needs (a truncated or overwritten file does not)."""
    try:
        with open(path, "rb") as f:
            size = os.fstat(f.fileno()).st_size
            head = f.read(12)
            if len(head) < 12 or head[:4] not in _SFNT_VERSIONS:
                return False
            (count,) = struct.unpack_from(">H", head, 4)
            directory = f.read(16 * count)
    except OSError:
        return False
    if count == 0 or len(directory) < 16 * count:
        return False
    tags = set()
    for i in range(count):
        tag, _checksum, offset, length = struct.unpack_from(">4sIII", directory, 16 * i)
        if offset + length > size:
            return False
        tags.add(tag)
    return tags >= _NEEDED_TABLES


def note_unusable(file: str, *, missing: bool = False) -> None:
    """Record that the bundled face ``file`` cannot be used (also when its tables prove unreadable
    once loaded); each file once, each listener told once."""
    if file in _problems:
        return
    from jmdesigner.resources import expected_path, resource_path

    try:
        folder = resource_path("fonts")
    except FileNotFoundError:  # the whole folder is gone: name where it was looked for
        folder = expected_path("fonts")
    _checked[file] = None
    problem = _problems[file] = FaceProblem(file, folder, missing)
    for listener in list(_listeners):
        listener(problem)


def problems() -> tuple[FaceProblem, ...]:
    """The bundled faces found missing or damaged so far in this process, in the order found."""
    return tuple(_problems.values())


def listen(callback: Callable[[FaceProblem], object]) -> Callable[[], None]:
    """Call ``callback`` with each problem found from now on; returns what stops the calls."""
    _listeners.append(callback)
    return lambda: _listeners.remove(callback) if callback in _listeners else None


def problem_sentence(found: tuple[FaceProblem, ...] | None = None) -> str | None:
    """One sentence naming the unusable bundled font files and their folder, or None if none."""
    found = problems() if found is None else found
    if not found:
        return None
    from jmdesigner.i18n import translate

    missing = [p.file for p in found if p.missing]
    damaged = [p.file for p in found if not p.missing]
    parts = []
    if missing:
        said = translate("Fonts", "%n bundled font file(s) missing: {files}", None, len(missing))
        parts.append(said.format(files=", ".join(missing)))
    if damaged:
        said = translate("Fonts", "%n bundled font file(s) damaged: {files}", None, len(damaged))
        parts.append(said.format(files=", ".join(damaged)))
    said = translate(
        "Fonts",
        "jmdesigner's installation is incomplete ({problems}; in {folder}); "
        "reinstall jmdesigner to restore them.",
    )
    return said.format(problems="; ".join(parts), folder=found[0].folder)


def forget() -> None:
    """Look every file over again (tests that change the fonts folder)."""
    _checked.clear()
    _problems.clear()
