"""Errors that carry a message meant for the person using jmdesigner.

Every failure a user can cause (bad input, a refused file, a full disk) is raised as a
``JmError`` whose text says what went wrong and what to do, so the CLI and the GUI can show
it as one sentence instead of a traceback.
"""

from __future__ import annotations


class JmError(Exception):
    """A failure explained in words a user can act on."""


class ValidationError(JmError):
    """An edit or an input breaks a rule of the document (empty name, score off the scale...)."""


class ReadOnlyError(JmError):
    """The document was opened read-only, so it cannot be changed."""


class FileRefusedError(JmError):
    """A file cannot be opened as a jmdesigner document; it is left untouched."""


class StorageError(JmError):
    """Writing to the document file failed (full disk, file gone...); nothing was half-written."""


class ConflictError(StorageError):
    """In a shared library, someone else changed what this edit touches since this window saw it;
    nothing was written. An undo step refused this way can never be undone, so it is dropped."""
