"""Entity ids are random version-4 UUIDs in hex (the form every file written so far holds)."""

from __future__ import annotations

import uuid

from jmdesigner.model.ids import new_id, new_ids


def test_ids_are_version_4_uuids_in_hex_and_do_not_repeat() -> None:
    ids = [new_id() for _ in range(2000)]
    assert len(set(ids)) == len(ids)
    for i in ids:
        parsed = uuid.UUID(hex=i)
        assert (parsed.version, parsed.variant, parsed.hex) == (4, uuid.RFC_4122, i)


def test_ids_made_in_one_go_are_the_same_kind_of_id() -> None:
    ids = new_ids(2000)
    assert len(ids) == len(set(ids)) == 2000 and new_ids(0) == []
    for i in ids:
        parsed = uuid.UUID(hex=i)
        assert (parsed.version, parsed.variant, parsed.hex) == (4, uuid.RFC_4122, i)
