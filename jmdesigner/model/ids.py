"""Entity ids: random, so maps and cards can be copied between files without clashes.

A random (version 4) UUID in hex, made from ``os.urandom`` directly: ``uuid.uuid4().hex`` costs
five times as much per id (a 2,000-card import makes 2,100 of them), and importing ``uuid``
imports ``platform``, which every command-line verb would pay at start-up.
"""

from __future__ import annotations

import os


def new_id() -> str:
    raw = bytearray(os.urandom(16))
    raw[6] = raw[6] & 0x0F | 0x40  # version 4
    raw[8] = raw[8] & 0x3F | 0x80  # RFC 4122 variant
    return raw.hex()


def new_ids(count: int) -> list[str]:
    """``count`` ids as ``new_id`` makes them, from one read of the system's randomness (a read per
    id was a sixth of building a card read from a file)."""
    raw = bytearray(os.urandom(16 * count))
    raw[6::16] = bytes(b & 0x0F | 0x40 for b in raw[6::16])  # version 4
    raw[8::16] = bytes(b & 0x3F | 0x80 for b in raw[8::16])  # RFC 4122 variant
    text = raw.hex()
    return [text[i : i + 32] for i in range(0, 32 * count, 32)]
