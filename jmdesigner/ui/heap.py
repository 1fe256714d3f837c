"""Long-lived objects kept out of Python's full garbage collections while they live.

An open 8,000-card map is ~170,000 Python objects (entities, geometry, item wrappers). A full
collection scans them all (70–100 ms), and a big edit (deleting or restoring 1,000 cards makes
tens of thousands of objects) set one off often enough to double its time to settle. What is
alive once a file is open (or a room starts) lives until it closes, so it is frozen out of the
scan (``gc.freeze``) and given back when the last holder lets go.
"""

from __future__ import annotations

import gc
from contextlib import AbstractContextManager

from jmdesigner import collector_pause

_holders: set[int] = set()  # id() of each holder


def collector_paused() -> AbstractContextManager[None]:
    """No collection while a whole document is built at once: an open leaves no garbage (none
    unreachable after a 20,000-card open), yet the collector, triggered every few hundred
    allocations, walked the growing heap again and again (a quarter of that open). Reference
    counting frees as usual; the builder ``hold``s what it built before the collector resumes,
    so no full pass over it follows either."""
    return collector_pause.collector_paused()


def hold(holder: object, *, collect: bool = False) -> None:
    """Freeze what is alive now; ``collect`` first drops what is already garbage (a full pass)."""
    if collect:
        gc.collect()
    gc.freeze()
    _holders.add(id(holder))


def release(holder: object) -> None:
    """The holder's objects may go: unfreeze once no holder is left."""
    _holders.discard(id(holder))
    if not _holders:
        gc.unfreeze()
