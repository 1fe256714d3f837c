"""The .jmap tables (schema version 2), declared once with SQLAlchemy's ORM.

Rows never leave ``storage``: ``mapper`` turns them into model entities and back.
"""

from __future__ import annotations

from sqlalchemy import JSON, Boolean, Float, ForeignKey, Integer, LargeBinary, String, Table, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from jmdesigner.model import Kind
from jmdesigner.storage.format import APPLICATION_ID, SCHEMA_VERSION
from jmdesigner.storage.mapper import TABLE_NAMES

__all__ = ["APPLICATION_ID", "SCHEMA_VERSION", "TABLES", "Base"]  # the format constants live in ``format``


class Base(DeclarativeBase):
    pass


class PersonaRow(Base):
    __tablename__ = "personas"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(Text, default="")
    quote: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    goals: Mapped[list[str]] = mapped_column(JSON, default=list)
    motivations: Mapped[list[str]] = mapped_column(JSON, default=list)
    pain_points: Mapped[list[str]] = mapped_column(JSON, default=list)
    behaviours: Mapped[list[str]] = mapped_column(JSON, default=list)
    channels: Mapped[list[str]] = mapped_column(JSON, default=list)
    colour: Mapped[str] = mapped_column(String(7))
    photo_mime: Mapped[str | None] = mapped_column(String(20), nullable=True)
    photo_data: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)


class MapRow(Base):
    __tablename__ = "maps"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[str] = mapped_column(String(16))
    reworks_id: Mapped[str | None] = mapped_column(ForeignKey("maps.id"), nullable=True)
    scale_min: Mapped[int] = mapped_column(Integer)
    scale_max: Mapped[int] = mapped_column(Integer)
    curve: Mapped[str] = mapped_column(String(16))


class MapPersonaRow(Base):
    """Which personas a map shows, in legend order."""

    __tablename__ = "map_personas"
    map_id: Mapped[str] = mapped_column(ForeignKey("maps.id", ondelete="CASCADE"), primary_key=True)
    persona_id: Mapped[str] = mapped_column(ForeignKey("personas.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)


class StageRow(Base):
    __tablename__ = "stages"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    map_id: Mapped[str] = mapped_column(ForeignKey("maps.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    width: Mapped[float] = mapped_column(Float)


class LaneRow(Base):
    __tablename__ = "lanes"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    map_id: Mapped[str] = mapped_column(ForeignKey("maps.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(32))
    colour: Mapped[str | None] = mapped_column(String(7), nullable=True)
    height: Mapped[float | None] = mapped_column(Float, nullable=True)
    collapsed: Mapped[bool] = mapped_column(Boolean, default=False)


class CardRow(Base):
    __tablename__ = "cards"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    map_id: Mapped[str] = mapped_column(ForeignKey("maps.id"), index=True)
    stage_id: Mapped[str] = mapped_column(ForeignKey("stages.id"))
    lane_id: Mapped[str] = mapped_column(ForeignKey("lanes.id"))
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text, default="")
    colour: Mapped[str | None] = mapped_column(String(7), nullable=True)
    channel: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[str | None] = mapped_column(String(16), nullable=True)
    votes: Mapped[int] = mapped_column(Integer, default=0)
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    moment_of_truth: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    author: Mapped[str] = mapped_column(Text, default="", server_default="")
    from_room: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    held: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    room_votes: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")


class EmotionPointRow(Base):
    __tablename__ = "emotion_points"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    map_id: Mapped[str] = mapped_column(ForeignKey("maps.id"), index=True)
    persona_id: Mapped[str] = mapped_column(ForeignKey("personas.id"))
    stage_id: Mapped[str] = mapped_column(ForeignKey("stages.id"))
    score: Mapped[float] = mapped_column(Float)
    note: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[str | None] = mapped_column(String(16), nullable=True)
    ratings: Mapped[list[list[object]]] = mapped_column(JSON, default=list, server_default="[]")


class CardLinkRow(Base):
    """A link from one card to another, on the same map or another map of the file."""

    __tablename__ = "card_links"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    source_id: Mapped[str] = mapped_column(ForeignKey("cards.id"), index=True)
    target_id: Mapped[str] = mapped_column(ForeignKey("cards.id"), index=True)


class VersionRow(Base):
    """A named version: one map frozen as its JSON form (docs/json-format.md).

    No foreign key to ``maps``: a version outlives its map, so a deleted map can be restored.
    """

    __tablename__ = "versions"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    map_id: Mapped[str] = mapped_column(String(64), index=True)
    map_title: Mapped[str] = mapped_column(Text)
    name: Mapped[str] = mapped_column(Text)
    created_at: Mapped[str] = mapped_column(String(32))  # ISO 8601, UTC
    snapshot: Mapped[str] = mapped_column(Text)


class DraftRow(Base):
    """The card being typed, kept a moment after each keystroke (see ``model.draft``).

    One per map at most, outside the undo history; no foreign keys, so a draft whose stage
    was deleted in the meantime still loads (it goes to the first cell)."""

    __tablename__ = "drafts"
    map_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    stage_id: Mapped[str] = mapped_column(String(64))
    lane_id: Mapped[str] = mapped_column(String(64))
    card_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)


class HolderRow(Base):
    """Who has the file open for editing: one row while a jmdesigner edits it (``storage.holder``).

    The kernel lock on the file (``storage.locks``) is what keeps a second writer out; this record
    travels with the file, so another user, or another computer on a share, can be told who."""

    __tablename__ = "holder"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)  # always 1
    pid: Mapped[int] = mapped_column(Integer)
    account: Mapped[str] = mapped_column(Text)  # the user name ("user" is reserved in PostgreSQL)
    host: Mapped[str] = mapped_column(Text)
    since: Mapped[str] = mapped_column(String(32))  # ISO 8601, UTC


TABLES: dict[Kind, Table] = {kind: Base.metadata.tables[name] for kind, name in TABLE_NAMES.items()}
"""Each kind's table, for the SQLAlchemy statements (the PostgreSQL store, named versions)."""
