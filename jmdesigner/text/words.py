"""Where a line may break inside Thai, Lao, Khmer and Myanmar text, which write no spaces between
their words.

Thai words are found by dictionary with libthai (the system's ``libthai0`` and ``libthai-data``,
the library GTK and LibreOffice break Thai with); Lao, Khmer and Myanmar (Burmese) words with
ICU's word break iterator and its dictionaries for them (the system's ``libicu``, which
LibreOffice, Chromium and Qt use). Each is loaded through ``ctypes`` the first time text in its
scripts is wrapped: text without them never loads either. Without a library, its scripts break as
before, at spaces, and a run wider than the line between its letters (one log line says so).
Pure: no Qt, no ReportLab; the layout is handed ``word_breaks`` by the metrics (``ShapedMetrics``).
"""

from __future__ import annotations

import _thread
import unicodedata
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import Any

from jmdesigner.layout.wrap import ICU_RANGES, THAI_RANGES

# the Thai block's letters, marks and signs, for a test at C speed
_THAI = frozenset(chr(c) for first, last in THAI_RANGES for c in range(ord(first), ord(last) + 1))
_PREPOSED = frozenset("\u0e40\u0e41\u0e42\u0e43\u0e44")  # เ แ โ ใ ไ: read with the letter after

_lock = _thread.allocate_lock()  # a ThBrk keeps state while it breaks: one caller at a time
_breaker: Any = None  # (library, ThBrk*) once loaded; False when libthai is missing


def _load() -> Any:
    global _breaker
    if _breaker is None:
        import ctypes  # here, not at start-up: a map without Thai never needs it

        _breaker = False
        try:
            lib = _library(ctypes)
            lib.th_brk_new.restype = ctypes.c_void_p
            lib.th_brk_new.argtypes = [ctypes.c_char_p]
            lib.th_brk_wc_find_breaks.restype = ctypes.c_int
            lib.th_brk_wc_find_breaks.argtypes = [
                ctypes.c_void_p,
                ctypes.c_wchar_p,
                ctypes.POINTER(ctypes.c_int),
                ctypes.c_size_t,
            ]
            handle = lib.th_brk_new(None)  # the default dictionary (libthai-data)
        except (OSError, AttributeError):
            handle = None
        if handle:
            _breaker = (lib, handle)
        else:
            import logging

            logging.getLogger(__name__).info(
                "libthai not found: Thai breaks at spaces only (install libthai0, libthai-data)"
            )
    return _breaker


def _library(ctypes: Any) -> Any:
    """libthai by its Debian name (no search: ``find_library`` runs ``ldconfig``), else found."""
    try:
        return ctypes.CDLL("libthai.so.0")
    except OSError:
        import ctypes.util

        found = ctypes.util.find_library("thai")
        if not found:
            raise
        return ctypes.CDLL(found)


def available() -> bool:
    """Whether Thai words are found by dictionary (libthai loads and has its dictionary)."""
    return bool(_load())


def has_thai(text: str) -> bool:
    """Whether ``text`` has a Thai character: a cheap test, no regex."""
    return not text.isascii() and not _THAI.isdisjoint(text)


@lru_cache(maxsize=8192)  # a map repeats its words and phrases; cards are wrapped many times
def word_breaks(word: str) -> tuple[int, ...]:
    """The offsets inside ``word`` (text without spaces) where a Thai, Lao, Khmer or Myanmar word
    ends and another begins, by dictionary: "ลูกค้าสมัครสมาชิก" → (6, 11). Only between two
    characters of one of these scripts (a word and a Latin one or a digit written together stay
    together, as before), never before a mark nor after a vowel written before its consonant. Empty
    for a script whose library is missing."""
    if word.isascii():
        return ()
    cuts = _thai_breaks(word) if has_thai(word) else ()
    if has_icu_script(word):
        cuts = tuple(sorted({*cuts, *_icu_breaks(word)}))
    return cuts


def _thai_breaks(word: str) -> tuple[int, ...]:
    loaded = _load()
    if not loaded:
        return ()
    import ctypes

    lib, handle = loaded
    size = len(word) + 1
    found = (ctypes.c_int * size)()
    with _lock:
        count = lib.th_brk_wc_find_breaks(handle, word, found, size)
    return _kept(word, found[: max(count, 0)], _THAI, _PREPOSED, "M")


def _kept(
    word: str, found: Iterable[int], scripts: frozenset[str], preposed: frozenset[str], before_none: str
) -> tuple[int, ...]:
    """The dictionary's word ends ``found`` a line may break at: inside ``word``, between two
    characters of ``scripts``, never after a vowel written before its consonant (``preposed``) nor
    before a character whose Unicode category starts with one of ``before_none`` (a mark; for ICU's
    scripts a punctuation sign too)."""
    cuts = []
    for at in found:
        if not 0 < at < len(word):
            continue
        before, after = word[at - 1], word[at]
        if before not in scripts or after not in scripts:
            continue
        if before in preposed or unicodedata.category(after)[0] in before_none:
            continue
        cuts.append(at)
    return tuple(cuts)


@cache
def _icu_scripts() -> frozenset[str]:
    """Every character of Lao, Khmer and Myanmar (``ICU_RANGES``; made with the first text beyond
    ASCII: not at start-up)."""
    return frozenset(chr(c) for first, last in ICU_RANGES for c in range(ord(first), ord(last) + 1))


# Lao's vowels written before their consonant (as Thai's): never the last character of a word.
# (Khmer's and Myanmar's are typed after their consonant, marks, never before a break.)
_ICU_PREPOSED = frozenset("\u0ec0\u0ec1\u0ec2\u0ec3\u0ec4")

_icu_lock = _thread.allocate_lock()  # one break iterator at a time
_icu: Any = None  # (ubrk_open, ubrk_next, ubrk_close) once loaded; False when ICU is missing
_UBRK_WORD = 1  # UBreakIteratorType
_UBRK_DONE = -1


def has_icu_script(text: str) -> bool:
    """Whether ``text`` has a Lao, Khmer or Myanmar character: a cheap test, no regex."""
    return not text.isascii() and not _icu_scripts().isdisjoint(text)


def icu_available() -> bool:
    """Whether Lao, Khmer and Myanmar words are found by dictionary (ICU loads)."""
    return bool(_load_icu())


def _load_icu() -> Any:
    global _icu
    if _icu is None:
        import ctypes  # here, not at start-up: a map without these scripts never needs it

        _icu = False
        for lib, suffix in _icu_libraries(ctypes):
            try:
                opened = getattr(lib, f"ubrk_open{suffix}")
                following = getattr(lib, f"ubrk_next{suffix}")
                closed = getattr(lib, f"ubrk_close{suffix}")
            except AttributeError:
                continue
            opened.restype = ctypes.c_void_p
            opened.argtypes = [
                ctypes.c_int,
                ctypes.c_char_p,
                ctypes.c_char_p,
                ctypes.c_int32,
                ctypes.POINTER(ctypes.c_int),
            ]
            following.restype = ctypes.c_int32
            following.argtypes = [ctypes.c_void_p]
            closed.restype = None
            closed.argtypes = [ctypes.c_void_p]
            _icu = (opened, following, closed)
            break
        if not _icu:
            import logging

            logging.getLogger(__name__).info(
                "ICU not found: Lao, Khmer and Myanmar break at spaces only (install libicu)"
            )
    return _icu


def _icu_libraries(ctypes: Any) -> Any:
    """ICU's common library and the suffix of its functions' names (its major version): the
    system's by its Debian and Ubuntu names (libicuuc.so.60 … .so.80; no search: ``find_library``
    runs ``ldconfig``), else found by search, else the copy the Qt wheel carries (a file, not an
    import of Qt)."""
    for version in range(80, 59, -1):
        try:
            yield ctypes.CDLL(f"libicuuc.so.{version}"), f"_{version}"
        except OSError:
            continue
        return
    import ctypes.util

    found = ctypes.util.find_library("icuuc")
    version = found.rsplit(".so.", 1)[-1] if found else ""
    if version.isdigit():
        try:
            lib = ctypes.CDLL(found)
        except OSError:
            lib = None
        if lib is not None:
            yield lib, f"_{version}"
    import importlib.util

    spec = importlib.util.find_spec("PySide6")
    for folder in spec.submodule_search_locations or () if spec else ():
        from pathlib import Path

        for path in sorted(Path(folder, "Qt", "lib").glob("libicuuc.so.[0-9]*")):
            version = path.name.removeprefix("libicuuc.so.").split(".")[0]
            try:
                yield ctypes.CDLL(str(path)), f"_{version}"
            except OSError:
                continue


def _icu_breaks(word: str) -> tuple[int, ...]:
    """Where ICU's dictionary ends a Lao, Khmer or Myanmar word inside ``word``: only between two
    characters of these scripts, never before a mark or a punctuation sign nor after a preposed
    vowel."""
    loaded = _load_icu()
    if not loaded:
        return ()
    import ctypes

    opened, following, closed = loaded
    data = word.encode("utf-16-le")
    status = ctypes.c_int(0)
    found: list[int] = []
    with _icu_lock:
        handle = opened(_UBRK_WORD, b"", data, len(data) // 2, ctypes.byref(status))
        if not handle or status.value > 0:  # (a U_FAILURE; warnings are negative)
            return ()
        try:
            while (at := following(handle)) != _UBRK_DONE:
                found.append(at)
        finally:
            closed(handle)
    # UTF-16 offsets to the string's: a character beyond U+FFFF is two units
    if any(ord(ch) > 0xFFFF for ch in word):
        units = [0]
        for ch in word:
            units.append(units[-1] + (2 if ord(ch) > 0xFFFF else 1))
        index = {unit: i for i, unit in enumerate(units)}
        found = [index[at] for at in found if at in index]
    # (nor before a sign that ends a phrase: Khmer's ៖ and ។, Myanmar's ၊ and ။)
    return _kept(word, found, _icu_scripts(), _ICU_PREPOSED, "MP")
