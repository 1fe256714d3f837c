"""Entity ids: random, so maps and cards can be copied between files without clashes."""

from __future__ import annotations

import uuid


def new_id() -> str:
    return uuid.uuid4().hex
