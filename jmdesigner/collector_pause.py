"""Python's cyclic garbage collector held off, for every part of the app that needs it held.

Reference counting frees as usual meanwhile; only the collector's passes wait. Two kinds of holder:

- A burst of work on the window's thread (``collector_paused()``): opening a map, deleting or
  restoring 1,000 cards makes tens of thousands of objects, which otherwise set off a young pass
  every few hundred allocations and, now and then, a full pass over the whole heap inside the work
  the user waits for. Afterwards the allocations counted while it was held set off one young pass
  at the next allocation (CPython's own trigger, no call here), so memory stays bounded by what one
  burst makes.
- A backup written on a worker thread (``storage.background_backup``): a pass runs on whichever
  thread allocates, and one on the worker would destroy Qt objects in cyclic garbage off the
  window's thread, which crashes Qt. Its ``hold()`` begins when the worker starts and is released
  on the caller's thread once the worker has ended, so it is not a ``with`` block.

Two more ways a short-lived process spares itself the collector's walks, here beside the pauses
(``as_old_objects`` after a verb's burst, ``spare_the_exit_collection`` as the process ends).

Holds nest and overlap in any order: the collector is off while any is held, and on again when the
last one ends, if it was on when the first began (a program that turned it off keeps it off). Each
holder remembering ``gc.isenabled()`` for itself went wrong when they overlapped: a backup started
inside a burst found the collector off and kept no pause of its own, so the burst's end turned the
collector back on while the worker still ran.
"""

from __future__ import annotations

import _thread
import gc
from collections.abc import Iterator
from contextlib import contextmanager

_lock = _thread.allocate_lock()  # threading's Lock, without importing threading
_held = 0  # holds not yet released
_resume = False  # whether the collector was on when the first of them began


class Hold:
    """One holder's pause of the collector; ``release`` ends it (a second call does nothing)."""

    __slots__ = ("_active",)

    def __init__(self) -> None:
        self._active = True

    @property
    def active(self) -> bool:
        return self._active

    def release(self) -> None:
        global _held
        with _lock:
            if not self._active:
                return
            self._active = False
            _held -= 1
            if _held == 0 and _resume:
                gc.enable()


def hold() -> Hold:
    """Hold the collector off until the returned ``Hold`` is released."""
    global _held, _resume
    with _lock:
        if _held == 0:
            _resume = gc.isenabled()
            gc.disable()
        _held += 1
    return Hold()


def held() -> int:
    """How many holds are active (for tests and diagnostics)."""
    return _held


@contextmanager
def collector_paused() -> Iterator[None]:
    """No collection inside the block; the collector resumes when the last hold ends."""
    pause = hold()
    try:
        yield
    finally:
        pause.release()


def as_old_objects() -> None:
    """Every object the collector tracks moved to its oldest generation, as its young passes would
    move the survivors, without walking them (``gc.freeze`` then ``gc.unfreeze``): after a burst
    (the import verb's), the collector's first pass once it resumes walks none of them. Not while
    anyone else keeps objects frozen (``ui.heap``), which ``unfreeze`` would let go too."""
    if gc.get_freeze_count() == 0:
        gc.freeze()
        gc.unfreeze()


def spare_the_exit_collection() -> None:
    """Leave every object out of the collection Python makes at exit (``gc.freeze``): what a verb
    made (a 2,000-card map read and written) is freed at exit all the same, and walking it once
    more for cycles cost an import ~5 ms. Only for a process that ends next (never ``main`` called
    in-process by tests or scripts, which go on and must collect what they made)."""
    gc.freeze()
