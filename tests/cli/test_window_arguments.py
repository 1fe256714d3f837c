"""``jmdesigner`` with no arguments skips building the window's parser, and means the same."""

from __future__ import annotations

from jmdesigner.cli.gui import NO_ARGUMENTS, gui_parser, window_arguments
from jmdesigner.cli.verbs import summaries


def test_no_arguments_are_what_the_parser_gives_for_none() -> None:
    assert vars(window_arguments([], summaries)) == vars(gui_parser(summaries).parse_args([]))
    assert vars(window_arguments([], summaries)) == dict(NO_ARGUMENTS)


def test_arguments_are_parsed() -> None:
    args = window_arguments(["--size", "800x600"], summaries)
    assert args.size == "800x600" and args.file is None
