"""The command line's language: the window's catalogue, without a running app.

The language is ``--lang CODE`` (before the verb or after it: ``jmdesigner --lang de export …``,
``jmdesigner export --lang de …``), else the
first of ``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG`` that is set, as the window reads them.
English is the source text: it imports nothing (the command line's start-up budget). Another
language loads its ``.qm`` into one ``QTranslator`` (QtCore only, no ``QCoreApplication``) and
routes ``i18n.translate`` through it (which fills ``%n`` with the count grouped in the language's
marks, ``QLocale``'s).
"""

from __future__ import annotations

import os
from collections.abc import Collection, Mapping

from jmdesigner import i18n
from jmdesigner.cli.usage import UsageError
from jmdesigner.i18n import N_

_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")

# argparse's own words in ``--help`` and usage errors (it asks ``argparse._``, gettext's hook).
ARGPARSE_WORDS = (
    N_("Argparse", "usage: "),
    N_("Argparse", "positional arguments"),
    N_("Argparse", "options"),
    N_("Argparse", "show this help message and exit"),
    N_("Argparse", "show program's version number and exit"),
    N_("Argparse", "the following arguments are required: %s"),
    N_("Argparse", "unrecognized arguments: %s"),
    N_("Argparse", "argument %(argument_name)s: %(message)s"),
    N_("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    N_("Argparse", "invalid %(type)s value: %(value)r"),
    N_("Argparse", "expected one argument"),
    N_("Argparse", "not allowed with argument %s"),
    N_("Argparse", "one of the arguments %s is required"),
)


def system_language(environ: Mapping[str, str] = os.environ) -> str:
    """The first set variable decides (``LANGUAGE`` may list several: ``fr:de``); English otherwise."""
    for name in _VARIABLES:
        value = environ.get(name, "")
        if not value:
            continue
        for tag in value.split(":"):
            if code := i18n.language_code(tag):
                return code
        if name != "LANGUAGE":  # LANGUAGE=fr falls through to LANG; LANG=fr_FR means English
            return "en"
    return "en"


def take_lang_option(args: list[str], verbs: Collection[str] = ()) -> tuple[str | None, list[str]]:
    """``--lang CODE`` or ``--lang=CODE`` before the verb, or anywhere after one of ``verbs`` (up to
    a ``--``), and the rest of ``args`` without it; the last one given wins (``""``: ``--lang`` at
    the end, with no value). The window's own arguments (no verb) keep theirs: its parser reads them."""
    lang, rest = None, list(args)
    if rest[:1] == ["--lang"] and len(rest) > 1:
        lang, rest = rest[1], rest[2:]
    elif rest and rest[0].startswith("--lang="):
        lang, rest = rest[0].partition("=")[2], rest[1:]
    if not rest or rest[0] not in verbs:
        return lang, rest
    kept, i = rest[:1], 1
    while i < len(rest):
        arg = rest[i]
        if arg == "--":
            kept += rest[i:]
            break
        if arg == "--lang":
            lang, i = (rest[i + 1] if i + 1 < len(rest) else ""), i + 2
            continue
        if arg.startswith("--lang="):
            lang = arg.partition("=")[2]
        else:
            kept.append(arg)
        i += 1
    return lang, kept


class spoken:
    """``with spoken(lang):`` what the command line says inside is in the terminal's language:
    ``lang`` (``--lang``), else the system's (a ``lang`` without a catalogue is refused, in the
    system's). The one place that installs and removes it: inside another ``spoken`` that has,
    nothing changes (the outer removes it, so ``main`` called in-process leaves the source text
    behind); ``at_all=False`` does nothing (the window installs its own, with Qt's)."""

    __slots__ = ("at_all", "installed", "named", "requested")
    _speaking = False  # a ``spoken`` has a catalogue installed
    code: str | None = None  # the language the outermost ``spoken`` speaks (None outside one)

    def __init__(self, requested: str | None, at_all: bool = True) -> None:
        self.requested, self.at_all, self.installed, self.named = requested, at_all, False, False

    def __enter__(self) -> None:
        if self.at_all and not spoken._speaking:
            code = install(self.requested)
            self.installed = spoken._speaking = code != "en"
            if spoken.code is None:
                spoken.code, self.named = code, True

    def __exit__(self, *exc: object) -> None:
        if self.installed:
            spoken._speaking = self.installed = False
            uninstall()
        if self.named:
            spoken.code, self.named = None, False


def unknown_language(text: str) -> UsageError:
    """The refusal of ``--lang text``, for a verb's and the window's command line alike."""
    return UsageError(
        i18n.translate("Cli", "argument --lang: choose one of {codes}, not “{text}”").format(
            codes=", ".join(i18n.LANGUAGES), text=text
        )
    )


def install(requested: str | None = None) -> str:
    """Route ``translate`` to the catalogue of the language chosen; its code (``en``: untouched)."""
    code = (
        i18n.language_code(requested) if requested else None
    ) or system_language()  # --lang xx: refused later
    if code == "en":
        return code
    from PySide6.QtCore import QLocale, QTranslator

    from jmdesigner.resources import resource_path
    from jmdesigner.ui.translation import marks

    translator = QTranslator()
    try:
        loaded = translator.load(str(resource_path("translations", f"jmdesigner_{code}.qm")))
    except FileNotFoundError:
        loaded = False
    if not loaded:
        return "en"  # a broken install: English rather than half-translated messages

    def routed(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return translator.translate(context, text, disambiguation, n) or text  # i18n fills %n

    i18n.install(routed, marks(QLocale(code)), code)
    import argparse  # here: an English command line may never build a parser

    argparse._ = lambda text: i18n.translate("Argparse", text)  # type: ignore[attr-defined]
    return code


def uninstall() -> None:
    """Back to the source text (``main`` called in-process: tests, scripts)."""
    i18n.install(None)
    import argparse
    import gettext

    argparse._ = gettext.gettext  # type: ignore[attr-defined]
