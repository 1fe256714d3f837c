"""Qt's own command-line options (``-style fusion``, ``-platform xcb``…), taken out before argparse.

argparse would read ``-style`` as an unknown option and ``fusion`` as the file to open; these are
set aside and handed to ``QApplication`` as Qt documents them.
"""

from __future__ import annotations

from collections.abc import Sequence

# QGuiApplication and QApplication options that take a value, and those that do not.
WITH_VALUE = frozenset(
    {
        "-style", "-stylesheet", "-platform", "-platformpluginpath", "-platformtheme", "-plugin",
        "-qmljsdebugger", "-qwindowgeometry", "-qwindowicon", "-qwindowtitle", "-session",
        "-display", "-geometry", "-title", "-name", "-font", "-fn", "-bg", "-background",
        "-fg", "-foreground", "-btn", "-button", "-visual", "-ncols", "-cmap", "-im",
        "-qwindowalpha",
    }
)  # fmt: skip
FLAGS = frozenset({"-reverse", "-nograb", "-dograb", "-sync", "-widgetcount", "-graphicssystem"})


def split_qt_options(argv: Sequence[str]) -> tuple[list[str], list[str]]:
    """(our arguments, Qt's arguments); ``-style=fusion`` and ``--style fusion`` count too."""
    ours: list[str] = []
    qt: list[str] = []
    items = list(argv)
    i = 0
    while i < len(items):
        arg = items[i]
        name, eq, _value = arg.partition("=")
        bare = name[1:] if name.startswith("--") else name
        if bare in WITH_VALUE:
            if eq:
                qt.append(f"{bare}={_value}")
            elif i + 1 < len(items):
                qt += [bare, items[i + 1]]
                i += 1
            else:
                ours.append(arg)  # a missing value: argparse says so in one line
        elif bare in FLAGS and not eq:
            qt.append(bare)
        else:
            ours.append(arg)
        i += 1
    return ours, qt
