"""Dataclasses made at start-up from methods compiled once, not at every start.

``@dataclass`` writes each class's ``__init__``, ``__repr__``, ``__eq__``, ``__hash__`` and, when
frozen, ``__setattr__`` and ``__delattr__`` as Python source and compiles it with ``exec`` as the
class is made: ~0.3 ms a class, two thirds of it compiling, and the 46 dataclasses a start on a
file makes before its first frame cost ~19 ms. None of that reaches the modules' ``.pyc``.

``install`` has the ``dataclasses`` module's ``exec`` take the code compiled from the same
source text in an earlier start, kept beside the package's ``.pyc`` files in the same form
(``marshal``, for this Python's bytecode only; each code object marshalled on its own and read
when first used); ``save`` writes what was compiled anew. The
source is the key, compiled exactly as ``exec`` compiles it (no ``__future__`` flags of ours):
the classes are the ones ``@dataclass`` makes (the same fields, methods, equality, hash,
frozen-ness and ``replace``). Where the cache cannot be read or written (a read-only install,
another Python) the methods are compiled as before; if ``dataclasses`` no longer compiles
through ``exec``, nothing is changed.

``namedtuple`` (``typing.NamedTuple`` too) likewise writes each class's ``__new__`` as a lambda's
source and ``eval``s it: ``install`` has the ``collections`` module's ``eval`` take the code
compiled from the same source in the same cache (under its own key: compiled as ``eval`` compiles
it), when ``namedtuple`` still evaluates through ``eval``.

``typing.NamedTuple`` first turns each field's annotation into a ``ForwardRef``, which compiles
it: with ``from __future__ import annotations`` every annotation is a string, so a module's
named tuples compile one expression per field at import (~50 µs each here; a PDF export makes
~110). ``install`` has the ``typing`` module's ``compile`` take those from the same cache too
(under a key of their own), as soon as ``typing`` is imported, when ``ForwardRef`` still
compiles through ``compile``.
"""

from __future__ import annotations

import atexit
import builtins
import marshal
import sys
from importlib.util import MAGIC_NUMBER
from pathlib import Path
from types import CodeType

from jmdesigner import cache_file

TYPE_CHECKING = False  # typing's constant, without importing typing (the command line's start-up)
if TYPE_CHECKING:
    from typing import Any

FOLDER = Path(__file__).resolve().parent / "__pycache__"  # where this Python keeps its .pyc files
MAX_ENTRIES = 2000  # past this many (sources since changed), only those of the last start are kept

_codes: dict[str, CodeType] = {}  # the code objects this process has used
# The cache file's entries, each code object marshalled on its own and read when first used: a
# start uses a third of them, and reading all ~360 code objects took ~2 ms of every verb's start
_stored: dict[str, bytes] = {}
_fresh: set[str] = set()  # the keys compiled in this process (not found in the cache)
_used: set[str] = set()
_compiled = 0  # sources compiled in this process (not found in the cache)
_saved = 0  # ``_compiled`` when the cache was last written by this process
_path: Path | None = None


def cache_path() -> Path:
    return FOLDER / f"dataclass-code.{sys.implementation.cache_tag}.bin"


def _code(key: str, source: str, mode: str) -> CodeType:
    """``source`` compiled in ``mode`` as ``exec``/``eval`` compile a string (file "<string>",
    and neither caller has __future__ flags), from the cache under ``key`` when it is there."""
    global _compiled
    code = _codes.get(key)
    if code is None:
        stored = _stored.get(key)
        if stored is not None:
            try:
                code = marshal.loads(stored)
            except (ValueError, EOFError, TypeError):
                code = None
            if type(code) is not CodeType:
                code = None
        if code is None:
            code = compile(source, "<string>", mode, dont_inherit=True)
            _fresh.add(key)
            _compiled += 1
        _codes[key] = code
    _used.add(key)
    return code


def _exec(source: Any, globals: Any = None, locals: Any = None) -> None:
    """``exec`` for ``dataclasses``: a source text compiled once, then its code object."""
    if type(source) is str:
        source = _code(source, source, "exec")
    builtins.exec(source, globals, locals)


_EVAL = "\x00eval\x00"  # the key's prefix for namedtuple's expressions (``compile`` mode "eval")


def _eval(source: Any, globals: Any = None, locals: Any = None) -> Any:
    """``eval`` for ``collections``: ``namedtuple`` writes each class's ``__new__`` as a lambda's
    source and evaluates it (~0.17 ms a class; a PDF export makes ~45, ReportLab's included)."""
    if type(source) is str:
        source = source.lstrip(" \t")  # as ``eval`` itself reads a string
        source = _code(_EVAL + source, source, "eval")
    return builtins.eval(source, globals, locals)


_FORWARD = "\x00forward\x00"  # the key's prefix for typing's annotations (``compile``, "eval")


def _compile(
    source: Any, filename: Any, mode: Any, flags: int = 0, dont_inherit: bool = False, **rest: Any
) -> Any:
    """``compile`` for ``typing``: an annotation's text compiled once, then its code object.
    (``typing`` has no ``__future__`` flags to inherit: the same code as ``dont_inherit``.)"""
    if type(source) is str and filename == "<string>" and mode == "eval" and not flags and not rest:
        return _code(_FORWARD + source, source, "eval")
    return builtins.compile(source, filename, mode, flags, dont_inherit, **rest)


def _patch_typing(typing: Any) -> None:
    forward = getattr(getattr(typing, "ForwardRef", None), "__init__", None)
    if "compile" in getattr(getattr(forward, "__code__", None), "co_names", ()):
        typing.compile = _compile


class _AfterTyping:
    """On ``sys.meta_path`` until ``typing`` is imported: loads it as the other finders would,
    then gives it ``_compile`` (once)."""

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> Any:
        if name != "typing":
            return None
        sys.meta_path.remove(self)
        from importlib.util import find_spec

        spec = find_spec(name)
        if spec is not None and spec.loader is not None and hasattr(spec.loader, "exec_module"):
            spec.loader = _PatchingLoader(spec.loader)
        return spec


class _PatchingLoader:
    def __init__(self, loader: Any) -> None:
        self.loader = loader

    def create_module(self, spec: Any) -> Any:
        return self.loader.create_module(spec)

    def exec_module(self, module: Any) -> None:
        module.__spec__.loader = module.__loader__ = self.loader
        self.loader.exec_module(module)
        _patch_typing(module)


def install(path: Path | None = None) -> bool:
    """Build dataclasses from the cached code (read now, at ``path`` or ``cache_path()``).
    False when ``dataclasses`` does not compile through ``exec`` (then nothing is changed)."""
    global _path
    import dataclasses

    creator = getattr(dataclasses, "_create_fn", None) or getattr(dataclasses, "_FuncBuilder", None)
    if creator is None or not _compiles_with_exec(creator):
        return False
    _path = path or cache_path()
    _stored.update(_read(_path))
    dataclasses.exec = _exec  # type: ignore[attr-defined]
    import collections

    namedtuple_code = getattr(collections.namedtuple, "__code__", None)
    if namedtuple_code is not None and "eval" in namedtuple_code.co_names:
        collections.eval = _eval  # type: ignore[attr-defined]
    if "typing" in sys.modules:
        _patch_typing(sys.modules["typing"])
    elif not any(isinstance(f, _AfterTyping) for f in sys.meta_path):
        sys.meta_path.insert(0, _AfterTyping())
    # Dataclasses made after the start's own save (modules imported when first needed) are kept
    # at exit: else every start compiled them anew.
    atexit.register(save)
    return True


def _read(path: Path) -> dict[str, bytes]:
    """The cache file's entries; none when it is missing or unreadable (compiled as they come)."""
    return cache_file.read(path, MAGIC_NUMBER, lambda v: type(v) is bytes)


def _compiles_with_exec(creator: object) -> bool:
    code = getattr(creator, "__code__", None)
    if code is not None:
        return "exec" in code.co_names
    return any("exec" in f.__code__.co_names for f in vars(creator).values() if hasattr(f, "__code__"))


def save() -> bool:
    """Write the cache if this process compiled anything new (atomically; never an error). Not
    when Python writes no bytecode (``PYTHONDONTWRITEBYTECODE``, ``-B``), as for its ``.pyc``."""
    global _saved
    if _path is None or _compiled == _saved or sys.dont_write_bytecode:
        return False
    # What another start wrote since this one read the file is kept too (two starts at once).
    kept = {**_read(_path), **_stored, **{key: marshal.dumps(_codes[key]) for key in _fresh}}
    if len(kept) > MAX_ENTRIES:
        kept = {key: kept[key] for key in _used}
    if not cache_file.write(_path, MAGIC_NUMBER, kept):
        return False
    _saved = _compiled
    return True


def compiled_here() -> int:
    """How many sources this process compiled (for tests and diagnostics)."""
    return _compiled
