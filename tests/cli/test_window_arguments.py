"""``jmdesigner`` with no arguments, or a document alone, skips building the window's parser, and
means the same."""

from __future__ import annotations

import pytest

from jmdesigner.cli.gui import NO_ARGUMENTS, gui_parser, window_arguments
from jmdesigner.cli.verbs import summaries
from jmdesigner.errors import JmError


def test_no_arguments_are_what_the_parser_gives_for_none() -> None:
    assert vars(window_arguments([], summaries)) == vars(gui_parser(summaries).parse_args([]))
    assert vars(window_arguments([], summaries)) == dict(NO_ARGUMENTS)


def test_arguments_are_parsed() -> None:
    args = window_arguments(["--size", "800x600"], summaries)
    assert args.size == "800x600" and args.file is None


@pytest.mark.parametrize(
    "where",
    [
        "map.jmap",
        "a folder/Kundenreise ü.jmap",
        "not-a-command",
        "postgresql://ana@db.example:5433/journeys",
    ],
)
def test_a_document_alone_is_what_the_parser_gives(where: str) -> None:
    assert vars(window_arguments([where], summaries)) == vars(gui_parser(summaries).parse_args([where]))


def test_a_refused_address_alone_is_refused_as_the_parser_refuses_it() -> None:
    for where in (
        "postgresql://db.example:99999/journeys",  # refused by the address parser
        "postgresql://[::1/journeys",  # one urllib cannot split: argparse's own usage error
    ):
        with pytest.raises(JmError) as fast:
            window_arguments([where], summaries)
        with pytest.raises(JmError) as parsed:
            gui_parser(summaries).parse_args([where])
        assert type(fast.value) is type(parsed.value) and str(fast.value) == str(parsed.value)
