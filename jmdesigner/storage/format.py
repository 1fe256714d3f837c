"""What identifies a .jmap file, without SQLAlchemy: its application id and format version.

Kept apart from ``schema`` (the SQLAlchemy tables) so that reading a file's header, and
opening it read-only (``jmdesigner info``, ``check``, ``export``), never imports SQLAlchemy,
which alone costs a command-line verb about 0.3 s of start-up.
"""

from __future__ import annotations

SUFFIX = ".jmap"  # a jmdesigner file's name ends so
APPLICATION_ID = 0x4A4D4150  # "JMAP": tells a jmdesigner file from any other SQLite file
# 1: maps, personas...; 2: + named versions; 3: + cards.moment_of_truth, room marks, card_links,
# holder, held room notes, room votes and ratings
SCHEMA_VERSION = 3
