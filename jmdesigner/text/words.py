"""Where a line may break inside Thai text, which writes no spaces between its words.

The words are found by dictionary with libthai (the system's ``libthai0`` and ``libthai-data``,
the library GTK and LibreOffice break Thai with), loaded through ``ctypes`` the first time Thai
text is wrapped: text without Thai never loads it. Without the library, Thai breaks as it always
did, at spaces, and a run wider than the line between its letters (one log line says so).
Pure: no Qt, no ReportLab; the layout is handed ``word_breaks`` by the metrics (``ShapedMetrics``).
"""

from __future__ import annotations

import _thread
import unicodedata
from functools import lru_cache
from typing import Any

_THAI_FIRST, _THAI_LAST = "\u0e01", "\u0e5b"  # the Thai block's letters, marks and signs
_THAI = frozenset(map(chr, range(0x0E01, 0x0E5C)))  # the same, for a test at C speed
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


@lru_cache(maxsize=8192)  # a map repeats its Thai words and phrases; cards are wrapped many times
def word_breaks(word: str) -> tuple[int, ...]:
    """The offsets inside ``word`` (text without spaces) where a Thai word ends and another
    begins, by dictionary: "ลูกค้าสมัครสมาชิก" → (6, 11). Only between two Thai characters (a
    Thai word and a Latin one or a digit written together stay together, as before), never before
    a mark nor after a vowel written before its consonant. Empty without libthai."""
    if not has_thai(word):
        return ()
    loaded = _load()
    if not loaded:
        return ()
    import ctypes

    lib, handle = loaded
    size = len(word) + 1
    found = (ctypes.c_int * size)()
    with _lock:
        count = lib.th_brk_wc_find_breaks(handle, word, found, size)
    cuts = []
    for at in found[: max(count, 0)]:
        if not 0 < at < len(word):
            continue
        before, after = word[at - 1], word[at]
        if not (_THAI_FIRST <= before <= _THAI_LAST and _THAI_FIRST <= after <= _THAI_LAST):
            continue
        if before in _PREPOSED or unicodedata.category(after).startswith("M"):
            continue
        cuts.append(at)
    return tuple(cuts)
