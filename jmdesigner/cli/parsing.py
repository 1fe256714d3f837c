"""The argument parser every verb shares: a usage mistake is one line, like every other error."""

from __future__ import annotations

import argparse
from typing import NoReturn

from jmdesigner.cli.usage import UsageError
from jmdesigner.i18n import translate

__all__ = ["OneLineParser", "UsageError"]


class OneLineParser(argparse.ArgumentParser):
    """argparse, but a usage mistake raises ``UsageError`` instead of printing usage and exiting."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(
            translate("Cli", "{message} (see “{prog} --help”)").format(message=message, prog=self.prog)
        )
