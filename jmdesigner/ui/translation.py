"""Loading the user's language: one catalogue of jmdesigner, one of Qt's own dialogs.

The language is ``--lang CODE`` when given, else the first of the system's UI languages
(``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG`` through ``QLocale.system()``) that
jmdesigner has a catalogue for, else English. English is the source text and needs no
catalogue; any other language costs two ``QTranslator.load`` calls at start-up (jmdesigner's
``.qm`` from the bundled resources, Qt's ``qtbase_<lang>.qm`` from PySide6's own translations
folder, for the Cancel buttons, file dialogs and line-edit menus Qt draws itself). Ours is
installed last, so it is asked first: it also names the keys Qt names otherwise (``KEY_NAMES``).
Nothing is scanned: the languages are the constant below.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from jmdesigner import i18n
from jmdesigner.i18n import N_
from jmdesigner.resources import resource_path


def ui_language(requested: str | None = None) -> str:
    """The language to use: ``requested`` (checked by ``--lang``) or the first system UI language
    with a catalogue; English when there is none."""
    if requested:
        return i18n.language_code(requested) or "en"
    for tag in QLocale.system().uiLanguages():
        code = i18n.language_code(tag)
        if code is not None:
            return code
    return "en"


def catalogue_path(code: str) -> str:
    return str(resource_path("translations", f"jmdesigner_{code}.qm"))


# Key names as Qt writes them in menus and tooltips (``QKeySequence.toString(NativeText)`` asks
# the context "QShortcut"). Qt's German keeps "Return" and "Enter" where our hints, the shortcut
# window and the status bar say "Eingabe": our catalogue names them too, and is asked before Qt's.
KEY_NAMES = (N_("QShortcut", "Enter"), N_("QShortcut", "Return"))

_installed: list[QTranslator] = []


def install(app: QCoreApplication, requested: str | None = None) -> str:
    """Install the translators for the user's language (replacing earlier ones); its code."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    i18n.install(None)
    code = ui_language(requested)
    if requested:
        QLocale.setDefault(QLocale(code))  # Qt's own number and date formats follow --lang too
    if code == "en":
        return code
    ours = QTranslator(app)
    if not ours.load(catalogue_path(code)):
        return "en"  # a broken install: English rather than a half-translated window
    qt = QTranslator(app)
    found = qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for translator in (qt, ours) if found else (ours,):  # the last installed is asked first: ours
        app.installTranslator(translator)
        _installed.append(translator)
    i18n.install(_qt_translate, marks(QLocale(code)), code)
    return code


def marks(locale: QLocale) -> tuple[str, str]:
    """``locale``'s (thousands, decimal) marks, for ``i18n.install``: Qt's, as its own widgets use."""
    return locale.groupSeparator(), locale.decimalPoint()


def _qt_translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The message as ``QCoreApplication.translate`` finds it (the translators in the order it asks
    them: ours first), but with ``%n`` left for ``i18n.translate`` to fill in the language's grouping
    (Qt writes ``%n`` ungrouped: "1234 Karten")."""
    for translator in reversed(_installed):
        found = translator.translate(context, text, disambiguation, n)
        if found:
            return found
    return text  # not in the catalogue (a string added since): the English source
