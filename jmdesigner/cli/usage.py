"""A mistake in the command line itself, apart from the parser (``parsing``) that finds most of
them: the verbs' start-up reads a plain command line without importing argparse."""

from __future__ import annotations

from jmdesigner.errors import JmError


class UsageError(JmError):
    """A mistake in the command line itself: exit status 2, as argparse has it (refusals are 1)."""
