"""Where the room's join links are kept (the per-user data folder's ``room-links.json``).

A module of its own so that the window, opening a file, can ask whether a room was ever opened
without loading the links' module and its hashing (~17 ms of CPU): ``room.links`` reads and writes
the file, this only names it.
"""

from __future__ import annotations

from pathlib import Path

from jmdesigner.storage.locations import data_dir

FILE_NAME = "room-links.json"


def links_path() -> Path:
    return data_dir() / FILE_NAME
