"""The cover's details side by side (client and author, date and version) are set at one size: a
client long enough to be set smaller on its two lines no longer sits beside a larger author."""

from __future__ import annotations

from jmdesigner.export.cover import draw_cover
from jmdesigner.export.options import ExportOptions
from jmdesigner.export.pages import page_size

CLIENT = "FreshCart Groceries International Holdings Limited of Northern and Central Europe and the Nordics"
AUTHOR = "Jana Novák, Senior Consultant, Example Consulting Partners"


class Texts:
    """A surface that keeps each text drawn with its size."""

    def __init__(self) -> None:
        self.sizes: dict[str, float] = {}

    def text(
        self, x: float, y: float, text: str, font: str, size: float, *args: object, **kw: object
    ) -> None:
        self.sizes[text] = size

    def __getattr__(self, name: str) -> object:
        return lambda *args, **kwargs: None


def details(client: str, author: str) -> dict[str, float]:
    s = Texts()
    w, h = page_size("A4", True)
    draw_cover(s, w, h, "Map", ["Map"], ExportOptions(client=client, author=author, version="1.2"))  # type: ignore[arg-type]
    return {
        text: size
        for text, size in s.sizes.items()
        if text.replace(" ", "") in (client + author).replace(" ", "")
    }


def test_client_and_author_on_two_lines_each_are_one_size() -> None:
    drawn = details(CLIENT, AUTHOR)
    assert len(drawn) == 4, drawn  # two lines each
    assert len(set(drawn.values())) == 1, drawn
    assert max(drawn.values()) < 15  # the client's size, smaller than the 15 pt a short one takes


def test_short_details_keep_their_size() -> None:
    assert set(details("FreshCart", "Jana Novák").values()) == {15}
