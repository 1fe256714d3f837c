"""Import problems: every one found, each naming its place, shown as one line or as a list."""

from __future__ import annotations

from collections.abc import Sequence

from jmdesigner.errors import JmError
from jmdesigner.i18n import grouped, translate

SHOWN_IN_ONE_LINE = 10


class ImportProblems(JmError):
    """A source that cannot be imported; nothing was created. ``problems`` lists each, by place."""

    def __init__(self, source: str, problems: Sequence[str]) -> None:
        self.source = source
        self.problems = tuple(problems)
        shown = "; ".join(p.rstrip(".") for p in self.problems[:SHOWN_IN_ONE_LINE])
        more = len(self.problems) - SHOWN_IN_ONE_LINE
        tail = translate("ImportProblems", "; and {more} more").format(more=grouped(more)) if more > 0 else ""
        said = translate(
            "ImportProblems",
            "{source}: %n problem(s), nothing was imported: {shown}{tail}.",
            None,
            len(self.problems),
        )
        super().__init__(said.format(source=source, shown=shown, tail=tail))


class Problems:
    """Collects problems while reading, so a user sees all of them at once."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.items: list[str] = []

    def add(self, where: str, message: str) -> None:
        self.items.append(f"{where}: {message}" if where else message)

    def raise_any(self) -> None:
        if self.items:
            raise ImportProblems(self.source, self.items)
