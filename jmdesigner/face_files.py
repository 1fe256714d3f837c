"""The bundled font files and the order in which each weight tries them: a table alone, with no
import. The text system shapes with these files (``jmdesigner.text.faces``); the window registers
them with Qt before its first frame (``jmdesigner.canvas.fonts``) without loading the text system.
"""

from __future__ import annotations

REGULAR = "regular"
BOLD = "bold"

# Per weight, the fallback chain: file names under resources/fonts, first choice first.
CHAINS = {
    REGULAR: (
        "NotoSans-Regular.ttf",
        "NotoSansArabic-Regular.ttf",
        "NotoSansHebrew-Regular.ttf",
        "NotoSansDevanagari-Regular.ttf",
        "NotoSansThai-Regular.ttf",
        "DroidSansFallbackFull.ttf",
        "NanumSquareR.ttf",
        "NotoSansSymbols2-Regular.ttf",
        "NotoEmoji-Regular.ttf",
    ),
    BOLD: (
        "NotoSans-Bold.ttf",
        "NotoSansArabic-Bold.ttf",
        "NotoSansHebrew-Bold.ttf",
        "NotoSansDevanagari-Bold.ttf",
        "NotoSansThai-Bold.ttf",
        "DroidSansFallbackFull.ttf",
        "NanumSquareR.ttf",
        "NotoSansSymbols2-Regular.ttf",
        "NotoEmoji-Regular.ttf",
    ),
}


def files() -> tuple[str, ...]:
    """Every bundled file once, in the chains' order (the regular weight's first)."""
    return tuple(dict.fromkeys(file for chain in CHAINS.values() for file in chain))


def window_files() -> tuple[str, ...]:
    """Each weight's first face (Noto Sans): the face of the window's own text."""
    return tuple(dict.fromkeys(chain[0] for chain in CHAINS.values()))
