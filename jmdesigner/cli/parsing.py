"""The argument parser every verb shares: a usage mistake is one line, like every other error."""

from __future__ import annotations

import argparse
from typing import NoReturn

from jmdesigner.errors import JmError
from jmdesigner.i18n import translate


class UsageError(JmError):
    """A mistake in the command line itself: exit status 2, as argparse has it (refusals are 1)."""


class OneLineParser(argparse.ArgumentParser):
    """argparse, but a usage mistake raises ``UsageError`` instead of printing usage and exiting."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(
            translate("Cli", "{message} (see “{prog} --help”)").format(message=message, prog=self.prog)
        )
