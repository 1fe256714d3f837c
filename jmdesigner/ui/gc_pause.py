"""Cyclic garbage collection kept off a whole document while it is built, and off it after.

Opening a map creates a few objects per card (model rows, layout geometry, scene items) and no
garbage: none of them is unreachable when the open ends (counted at 20,000 cards). Python's
collector, triggered every few hundred allocations, still walked the growing heap again and
again while it was built (a quarter of a 20,000-card open), and afterwards every full pass
walked all of it again (0.13 s at 20,000 cards: a hitch while typing). So the build runs with
the collector paused, and what it built is then frozen (``gc.freeze``: kept out of later passes)
until the file closes. Reference counting frees objects as usual throughout; only an object
built by the open that later ends in a reference cycle waits for the close to be freed, so what
can wait is bounded by what the open built.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_released = False  # a document was dropped since the last freeze: collect before freezing again


@contextmanager
def built_at_once() -> Iterator[None]:
    """Pause the collector for the block; then freeze everything alive and resume it. When the
    block also dropped a document (opening a file closes the previous one), its cycles are
    collected first, so they are not frozen with the new one."""
    global _released
    was_enabled = gc.isenabled()
    built = False
    gc.disable()
    try:
        yield
        built = True
    finally:
        if _released:
            gc.collect()
            _released = False
        if built:  # a refused file built nothing to keep
            gc.freeze()
        if was_enabled:
            gc.enable()


def release() -> None:
    """After a document is dropped: what was frozen is collectable again (the closed document's
    cycles are freed by the next passes)."""
    global _released
    gc.unfreeze()
    _released = True
