"""Several writers on one library at once, for the concurrency test and ``make bench-library``."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence

from jmdesigner.model import Card, UndoStack
from jmdesigner.model import commands as cmd
from jmdesigner.storage.pg_store import ConflictError, TeamLibrary


def add_cards(store: TeamLibrary, cards: Sequence[Card]) -> int:
    """Add each card as a person would: on "X changed this a moment ago" the window refreshes and
    the card is added again. Returns how many times a writer was told so."""
    stack = UndoStack(store.document)
    told = 0
    for card in cards:
        while True:
            store.poll_external()
            try:
                stack.push(cmd.insert_card(card))
                break
            except ConflictError:
                told += 1
    return told


def together(work: Callable[[int], object], count: int, timeout: float = 300) -> float:
    """Run ``work(0..count-1)`` in threads started at once; ms until all ended. Re-raises a failure."""
    failures: list[BaseException] = []

    def run(n: int) -> None:
        try:
            work(n)
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=run, args=(n,)) for n in range(count)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout)
    if failures:
        raise failures[0]
    return (time.perf_counter() - start) * 1000
