"""The argument parser every verb shares: a usage mistake is one line, like every other error."""

from __future__ import annotations

import argparse
from typing import NoReturn

from jmdesigner.errors import JmError


class OneLineParser(argparse.ArgumentParser):
    """argparse, but a usage mistake raises ``JmError`` instead of printing usage and exiting."""

    def error(self, message: str) -> NoReturn:
        raise JmError(f"{message} (see “{self.prog} --help”)")
