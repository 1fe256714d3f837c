"""A card being typed that is not a card yet: kept in the file, outside the undo history.

A facilitator's half-typed sentence (or a stage's or lane's new name) must survive a crash or a
power cut. The canvas writes
the open editor's text as a ``Draft`` a moment after each keystroke; reopening the file puts
it back in its cell. Committing or leaving the editor turns it into an ordinary command
(undoable) and drops the draft.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from jmdesigner.errors import StorageError
    from jmdesigner.model.entities import Card

# Between the cards one new card's editor holds after Enter was refused (a full disk, a file moved,
# a lost connection: the typing went on as the next card), where its draft keeps them: a line break
# inside a card stays "\n", so a crash gives them back as the cards they were.
CARD_BREAK = "\u2029"  # PARAGRAPH SEPARATOR: an editor's plain text never holds one


@dataclass(frozen=True, slots=True)
class Draft:
    """The card being typed, kept outside the undo history so no keystroke is lost."""

    map_id: str
    stage_id: str
    lane_id: str
    card_id: str | None  # the card being edited, or None for a new card
    index: int  # where a new card goes in its cell
    text: str
    # "stage" or "lane": the new name of that header being typed, not a card (the header's id is
    # ``stage_id`` or ``lane_id``, the other is empty); a kill mid-rename lost the name.
    header: str | None = None
    # A new card's id, chosen when its editor opened and kept through every retry of its save: kept
    # with the draft where the store can (a team library's drafts on this computer), so a save whose
    # answer a dropped connection lost, then a killed window, is recognised on the next open instead
    # of adding the card a second time. None for a file's draft (a file's save has no lost answer).
    new_card_id: str | None = None

    @property
    def cards(self) -> list[str]:
        """The cards the text holds, in order (one, unless Enter was refused and typing went on)."""
        return self.text.split(CARD_BREAK)

    @property
    def plain(self) -> str:
        """The text as a person reads it (on the clipboard, in a sentence): one line per break."""
        return self.text.replace(CARD_BREAK, "\n")


@dataclass(frozen=True, slots=True)
class FieldDraft:
    """A value typed in an inspector field whose save waits for a lost connection (a team library):
    kept on this computer, so a window closed or killed before the server is back loses nothing.
    The next open saves it on its item."""

    map_id: str
    kind: str  # the inspector's kind of item ("card", "cards", "stage", "lane", "point"); "" the map
    ids: tuple[str, ...]
    field: str  # the field's name on its inspector page ("owner", "title", …)
    value: str  # the value, in JSON (the inspector writes and reads it)


@runtime_checkable
class FieldDraftStore(Protocol):
    """Where inspector values waiting for the connection are kept (a library's drafts file)."""

    def save_field_drafts(self, drafts: list[FieldDraft]) -> None:
        """Keep exactly these (the ones waiting now), in one transaction."""
        ...

    def field_drafts(self) -> list[FieldDraft]: ...


@runtime_checkable
class DraftStore(Protocol):
    """Where drafts are kept (the open file, or a library's draft file on this computer); one
    draft per map at most."""

    def save_draft(self, draft: Draft) -> None: ...

    def clear_draft(self, map_id: str) -> None: ...

    def drafts(self) -> list[Draft]: ...


@runtime_checkable
class DraftsWithEdits(Protocol):
    """A draft store in the same file as the document: the edit a draft becomes can drop the
    draft in its own transaction (one commit instead of two, and no moment when the file holds
    both the new card and the draft that would bring it back a second time)."""

    def clear_draft_with_next_edit(self, map_id: str) -> None: ...


@runtime_checkable
class SavesTypedCards(Protocol):
    """A store that saves a new card typed on the canvas off the window's thread (a team library:
    the server's answer may take the network's round trips, or never come). The typing goes on
    meanwhile; the card's insert is pushed through the document when the server has it, and that
    push writes nothing a second time."""

    def send_card(
        self, card: Card, position: int, done: Callable[[StorageError | None], None], *, edit: bool = False
    ) -> bool:
        """Save ``card``, new, at ``position`` in its cell (``edit``: a card of the map, with a new
        text); ``done`` follows on the window's thread: ``done(None)`` when the server has it (push
        its command now), ``done(error)`` when it was not saved (a ``ConflictError``: someone wrote
        a card it touches meanwhile; else a lost connection has turned the document read-only).
        False, with nothing sent, when it cannot now (no window to answer on, read-only, another
        card still on its way)."""
        ...

    def finish_sending(self) -> None:
        """Wait for the card on its way, if any, and hand its answer over now (bounded as any save)."""
        ...
