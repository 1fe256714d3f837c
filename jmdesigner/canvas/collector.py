"""Python's cyclic garbage collector held off while one burst of work runs.

Reference counting frees as usual meanwhile; only the collector's passes wait. A burst that makes
tens of thousands of objects (opening a map, deleting or restoring 1,000 cards) otherwise set off
a young pass every few hundred allocations and, now and then, a full pass over the whole heap
inside the work the user waits for. Afterwards the collector runs as usual again: the allocations
counted while it was held set off one young pass at the next allocation (CPython's own trigger, no
call here), so memory stays bounded by what one burst makes.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """No collection inside the block (nested blocks: the outermost resumes it)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
