"""The one translation machinery every string a person reads goes through.

``translate(context, text)`` is Qt's ``QCoreApplication.translate`` once the app has started
(``jmdesigner.ui.translation`` installs it with the catalogue of the user's language), and
English — the source text — everywhere else (the CLI, exports, tests of the pure core). The
core (``model``, ``layout``) calls this module, never Qt, so it stays pure; the UI calls the
same function, so there is one catalogue and one extraction (``pyside6-lupdate`` reads
``translate("Context", "text")`` and ``N_("Context", "text")`` calls; see docs/translations.md).

Plurals go through Qt's ``%n`` with ``n`` (never string concatenation); named values through
``str.format`` placeholders (``{name}``) that translators keep as written. ``translate`` fills
``%n`` itself, grouped in the UI language ("1,234 cards", "1.234 Karten"): an installed translator
only picks the message and its plural form.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

TYPE_CHECKING = False  # typing's constant, without importing typing (the command line's start-up)
if TYPE_CHECKING:
    from typing import TypeVar

    T = TypeVar("T")


LANGUAGES = ("en", "de")  # English (the source text) and each catalogue in resources/translations

# (context, text, disambiguation, n) → the message in the language, in ``n``'s plural form, with
# ``%n`` still in it (``translate`` fills it); the source text when the catalogue lacks it.
Translator = Callable[[str, str, "str | None", int], str]


def english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The source text: English needs no catalogue (``translate`` makes its plurals)."""
    return text


# The (thousands, decimal) marks of the source text; another language's come from its installer
# (``QLocale``'s, as Qt's own widgets use): "100.012" and "1,5" in German.
ENGLISH_MARKS = (",", ".")

_translator: Translator = english
_marks = ENGLISH_MARKS
_code = "en"  # the language ``translate`` answers in


class localized:
    """A value formatted in the UI language: ``"{count:,}".format(count=localized(100012))`` is
    "100,012" in English and "100.012" in German (``{size:.1f}``: "1.5" / "1,5"). The format spec
    stays Python's, so sentences and their translations keep their ``{count:,}`` as written."""

    __slots__ = ("value",)

    def __init__(self, value: float) -> None:
        self.value = value

    def __format__(self, spec: str) -> str:
        text = format(self.value, spec)
        if _marks == ENGLISH_MARKS:
            return text
        thousands, decimal = _marks
        return text.translate({ord(","): thousands, ord("."): decimal})

    def __str__(self) -> str:
        return format(self)


def grouped(value: float, spec: str = ",") -> str:
    """``value`` as a string in the UI language: ``grouped(100012)`` is "100.012" in German."""
    return format(localized(value), spec)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the user's language; with a count ``n``, in its plural form with ``%n`` (and
    Qt's ``%Ln``) replaced by ``n`` grouped in the UI language: "1,234 cards", "1.234 Karten".
    A message the catalogue lacks (a string added since) is the source, with its English plural:
    "%n card(s)" is "1 card", "3 cards"."""
    found = _translator(context, text, disambiguation, n)
    if n < 0:
        return found
    if "(s)" in found:
        found = found.replace("(s)", "" if n == 1 else "s")
    count = grouped(n)
    return found.replace("%Ln", count).replace("%n", count)


def N_(context: str, text: str) -> str:
    """Marks ``text`` for extraction where it is defined (a table built at import time);
    it is translated with ``translate(context, text)`` where it is shown."""
    return text


def language_code(tag: str) -> str | None:
    """``de`` for ``de``, ``de_DE.UTF-8``, ``de-AT``; None for a language without a catalogue."""
    code = tag.replace("-", "_").split("_")[0].split(".")[0].lower()
    return code if code in LANGUAGES else None


def install(translator: Translator | None, marks: tuple[str, str] = ENGLISH_MARKS, code: str = "en") -> None:
    """Route every ``translate`` call through ``translator`` (None: back to the source text), and
    format ``localized`` values and counts with the language's ``(thousands, decimal)`` marks;
    ``code`` names that language."""
    global _translator, _marks, _code
    _translator = translator or english
    _marks = marks if translator else ENGLISH_MARKS
    _code = code if translator else "en"


def ui_language() -> str:
    """The code of the language ``translate`` answers in: "de", or "en" for the source text."""
    return _code


def translated(context: str, choices: Iterable[tuple[str, T]]) -> list[tuple[str, T]]:
    """A table of ``(N_-marked label, value)`` pairs with its labels in the user's language."""
    return [(translate(context, label), value) for label, value in choices]


def mid_sentence(label: str) -> str:
    """A label such as "Future state" inside a sentence: "… vs future state" in English; a
    language whose nouns keep their capital (German) says so through its catalogue (Qt's idiom
    for a grammar switch, like its QT_LAYOUT_DIRECTION message)."""
    rule = translate(
        "Grammar",
        "lowercase",
        "Translate as 'lowercase' if a label such as 'Future state' starts lowercase inside a "
        "sentence in your language, else as 'keep'",
    )
    return label if rule == "keep" else label[:1].lower() + label[1:]
