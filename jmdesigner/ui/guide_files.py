"""The guides Help ▸ Guides lists, and where their files are: no Qt, so the menu is built
without loading the guide reader (``guides``), which loads with the first guide opened."""

from __future__ import annotations

from pathlib import Path

from jmdesigner.i18n import N_

_PACKAGE = Path(__file__).resolve().parent.parent
_FOLDERS = (_PACKAGE / "resources" / "guides", _PACKAGE.parent / "docs" / "guides")

GUIDES: dict[str, tuple[str, str]] = {
    "facilitator": (N_("Guides", "The Facilitator's Guide"), "facilitators-guide.md"),
    "consultant": (N_("Guides", "The Consultant's Guide"), "consultants-guide.md"),
}
MENU_TEXTS = {  # Help ▸ Guides
    "facilitator": N_("Guides", "Facilitator's Guide"),
    "consultant": N_("Guides", "Consultant's Guide"),
}


def guide_path(key: str) -> Path | None:
    for folder in _FOLDERS:
        path = folder / GUIDES[key][1]
        if path.is_file():
            return path
    return None
