"""A ``regex`` pattern compiled the first time it is used, with the ``regex`` module itself.

Importing ``regex`` and compiling the text system's patterns cost ~5 ms of every start on a
file, yet plain ASCII text (most maps) is answered without them (``str.isascii`` and friends):
a start on such a map need not load the module at all. After the first use the pattern's
methods are the compiled pattern's own (bound on the instance), so a call costs what it did.
"""

from __future__ import annotations

from typing import Any

# The methods a use may call first; each is bound to the compiled pattern's at that first use.
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "split")


class LazyPattern:
    """``regex.compile(source)``, made on first use; behaves as the compiled pattern."""

    def __init__(self, source: str) -> None:
        self.source = source

    def compiled(self) -> Any:
        """The compiled pattern (compiles it, and binds its methods here, the first time)."""
        import regex

        pattern = regex.compile(self.source)
        for name in _METHODS:
            setattr(self, name, getattr(pattern, name))
        self.compiled = lambda: pattern  # type: ignore[method-assign]
        return pattern

    def __getattr__(self, name: str) -> Any:  # only for names not bound yet
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"LazyPattern({self.source!r})"


GRAPHEME = LazyPattern(r"\X")  # one user-perceived character: the text system's and the wrap's
# Where a shortened or broken word may end: between grapheme clusters, but never right after a Thai or
# Lao vowel written before its consonant (เ แ โ ใ ไ; Unicode's Logical_Order_Exception), which its
# cluster leaves apart from the consonant it is read with ("ไ…" would be a vowel over nothing);
# never between a virama and the letter it joins (a Kannada or Tamil conjunct, which Unicode's
# clusters split: "ಗ್" / "ರಾ"; Myanmar's asat U+103A, which ends a syllable, is no such joiner);
# never before a mark that Unicode's clusters leave out (Myanmar's vowel sign aa: "မ" / "ာ").
CUT_UNIT = LazyPattern(
    r"(?V1)[\u0e40-\u0e44\u0ec0-\u0ec4]*\X"
    r"(?:(?<=[\p{ccc=9}--\u103a][\u200c\u200d]?)(?=\p{L})\X|(?=\p{M})\X)*"
)
