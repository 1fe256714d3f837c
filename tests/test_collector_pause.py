"""One pause of Python's cyclic collector for every holder (``jmdesigner.collector_pause``): holds nest
and overlap in any order, the collector runs again only when the last one ends, and a collector the
program had turned off stays off."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from jmdesigner import collector_pause
from jmdesigner.collector_pause import collector_paused, hold


@pytest.fixture(autouse=True)
def collector_on() -> Iterator[None]:
    assert collector_pause.held() == 0
    was = gc.isenabled()
    gc.enable()
    yield
    assert collector_pause.held() == 0, "a test left a hold behind"
    if not was:
        gc.disable()


def test_holds_overlapping_in_any_order_resume_only_at_the_last() -> None:
    burst, backup = hold(), hold()
    burst.release()  # the first taken ends first: the other still holds
    assert not gc.isenabled()
    backup.release()
    assert gc.isenabled()


def test_a_block_inside_a_hold_and_a_hold_outliving_a_block() -> None:
    with collector_paused():
        backup = hold()  # a backup started inside a burst (an edit inside the canvas's command)
    assert not gc.isenabled(), "the burst's end must not resume it while the backup runs"
    backup.release()
    assert gc.isenabled()
    with collector_paused():
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_release_twice_counts_once() -> None:
    first, second = hold(), hold()
    first.release()
    first.release()
    assert not gc.isenabled() and collector_pause.held() == 1 and not first.active
    second.release()
    assert gc.isenabled()


def test_a_collector_the_program_turned_off_stays_off() -> None:
    gc.disable()
    with collector_paused():
        pass
    pause = hold()
    pause.release()
    assert not gc.isenabled()
    gc.enable()


def test_an_exception_in_the_block_still_ends_its_hold() -> None:
    with pytest.raises(RuntimeError), collector_paused():
        raise RuntimeError("the command failed")
    assert gc.isenabled()


def test_a_burst_survivors_made_old_at_once_unless_someone_keeps_objects_frozen() -> None:
    """``as_old_objects`` (the import verb, after its map is let go): what is alive moves to the
    oldest generation without a walk, and nothing stays frozen; with objects frozen by another
    holder (an open window's map), it leaves them frozen."""
    made = [[i] for i in range(10)]  # young, tracked objects

    def old() -> set[int]:
        return {id(o) for o in gc.get_objects(generation=2)}

    assert id(made[-1]) not in old()
    collector_pause.as_old_objects()
    assert id(made[-1]) in old() and gc.get_freeze_count() == 0
    gc.freeze()  # another holder's
    try:
        frozen = gc.get_freeze_count()
        collector_pause.as_old_objects()
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()


def test_the_exit_is_spared_the_last_collection_in_a_process_of_its_own() -> None:
    import subprocess
    import sys

    code = (
        "import gc; from jmdesigner import collector_pause; "
        "collector_pause.spare_the_exit_collection(); print(gc.get_freeze_count() > 0)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout == "True\n"
