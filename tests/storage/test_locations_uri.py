"""A file's SQLite URI is written without ``urllib.parse`` (a verb's start-up): the same text as
``urllib.parse.quote`` of the path's bytes, for any name a file system may hold."""

from __future__ import annotations

import os
import random
from pathlib import Path
from urllib.parse import quote

import pytest

from jmdesigner.storage.locations import sqlite_uri


@pytest.mark.parametrize(
    "name",
    ["plain.jmap", "with space & 100%.jmap", "café ☕ 地図.jmap", "a?b#c;d=e+f,g'h\"i(j)k~l_m-n.jmap"],
)
def test_a_files_uri_is_what_quote_writes(name: str, tmp_path: Path) -> None:
    path = tmp_path / name
    expected = f"file:{quote(os.fsencode(path.resolve()))}"
    assert sqlite_uri(path) == expected
    assert sqlite_uri(path, "mode=ro") == expected + "?mode=ro"


def test_every_byte_is_written_as_quote_writes_it(tmp_path: Path) -> None:
    """Each of the 256 byte values (in a name of bytes: not UTF-8, as an old system wrote it)."""
    rng = random.Random(20)
    names = [bytes(range(1, 128)).replace(b"/", b""), bytes(range(128, 256))]
    names += [bytes(rng.choice(range(1, 256)) for _ in range(12)).replace(b"/", b"") for _ in range(200)]
    for raw in names:
        path = Path(os.fsdecode(os.fsencode(tmp_path) + b"/" + raw))
        assert sqlite_uri(path) == f"file:{quote(os.fsencode(path.resolve()))}", raw
