"""Characters missing from the X keyboard map, put on spare keys before xdotool types them.

xdotool types a character the layout lacks (Greek, Hebrew, CJK, a Greek accented vowel) by
binding it to a scratch key for an instant and unbinding it right after the key event. Qt
asks the server for the new map only when it handles the map-change notice, which on a busy
app is after the unbinding: the key then reads as nothing and the character is lost (a
real keyboard or input method has no such race). Bound here beforehand, each character has
a key of its own while it is typed, and xdotool finds it in the map and never rebinds.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import time
from collections.abc import Iterator

_Display = ctypes.c_void_p


def _xlib() -> ctypes.CDLL:
    lib = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
    lib.XOpenDisplay.restype = _Display
    lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    lib.XDisplayKeycodes.argtypes = [_Display, ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_int)]
    lib.XGetKeyboardMapping.restype = ctypes.POINTER(ctypes.c_ulong)
    lib.XGetKeyboardMapping.argtypes = [_Display, ctypes.c_ubyte, ctypes.c_int, ctypes.POINTER(ctypes.c_int)]
    lib.XChangeKeyboardMapping.argtypes = [
        _Display,
        ctypes.c_int,
        ctypes.c_int,
        ctypes.POINTER(ctypes.c_ulong),
        ctypes.c_int,
    ]
    lib.XFree.argtypes = [ctypes.c_void_p]
    lib.XSync.argtypes = [_Display, ctypes.c_int]
    lib.XCloseDisplay.argtypes = [_Display]
    return lib


def keysym(char: str) -> int:
    """The X keysym of a character: Latin-1 ones are their code point, others U+ keysyms."""
    code = ord(char)
    return code if 0x20 <= code <= 0x7E or 0xA0 <= code <= 0xFF else 0x01000000 + code


class SpareKeys:
    """The display's keys bound to nothing (and those this class bound before): up to ``len(pool)``
    missing characters are bound at a time."""

    def __init__(self, display: str) -> None:
        self.display = display
        self.pool: list[int] = []  # keycodes free in the layout, or bound here
        self.bound: dict[str, int] = {}

    def _read(self, lib: ctypes.CDLL, dpy: int) -> set[int]:
        low, high = ctypes.c_int(), ctypes.c_int()
        lib.XDisplayKeycodes(dpy, ctypes.byref(low), ctypes.byref(high))
        per = ctypes.c_int()
        count = high.value - low.value + 1
        syms = lib.XGetKeyboardMapping(dpy, low.value, count, ctypes.byref(per))
        have: set[int] = set()
        mine = set(self.bound.values())
        fresh = not self.pool
        try:
            for i in range(count):
                code = low.value + i
                row = [syms[i * per.value + j] for j in range(per.value)]
                if code in mine:
                    continue
                have.update(row)
                if fresh and not any(row) and code > 8:
                    self.pool.append(code)
        finally:
            lib.XFree(syms)
        return have

    def chunks(self, text: str) -> Iterator[str]:
        """``text`` in pieces whose missing characters are each bound to a key of their own, the
        binding made (and given time to reach the app) before the piece is handed out."""
        lib = _xlib()
        dpy = lib.XOpenDisplay(self.display.encode())
        if not dpy:
            yield text
            return
        try:
            have = self._read(lib, dpy)
            if not self.pool:
                yield text
                return
            start = 0
            while start < len(text):
                missing: dict[str, None] = {}  # in this piece, bound here now or to be
                end = start
                while end < len(text):
                    char = text[end]
                    if char.isprintable() and keysym(char) not in have and char not in missing:
                        if len(missing) == len(self.pool):
                            break
                        missing[char] = None
                    end += 1
                if any(char not in self.bound for char in missing):
                    self._bind(lib, dpy, list(missing))
                yield text[start:end]
                start = end
        finally:
            lib.XCloseDisplay(dpy)

    def _bind(self, lib: ctypes.CDLL, dpy: int, chars: list[str]) -> None:
        keep = {c: k for c, k in self.bound.items() if c in chars}
        free = [k for k in self.pool if k not in keep.values()]
        self.bound = keep
        for char in (c for c in chars if c not in keep):
            code = free.pop()
            sym = keysym(char)
            pair = (ctypes.c_ulong * 2)(sym, sym)
            lib.XChangeKeyboardMapping(dpy, code, 2, pair, 1)
            self.bound[char] = code
        lib.XSync(dpy, 0)
        time.sleep(0.3)  # the app reads the new map before the first of its keys arrives
