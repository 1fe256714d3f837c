"""PySide's own Python support compiled once and kept, not compiled at every start.

Importing PySide6 runs Shiboken's signature support, thirteen Python modules that its library
carries as source in an embedded zip (``shibokensupport``: the loader, the signature parser, the
``.pyi`` writer it imports with them). Its importer compiles each one from that source at every
start, with no ``.pyc``: ~120 kB of source, 28-50 ms of this machine's CPU before the window can
be made, in every process that imports PySide, a bare one too.

``compiled_once`` is put around the app's first import of PySide: while it lasts, ``compile``
takes the code objects compiled from the same source in an earlier start, kept beside the
package's ``.pyc`` files (``jmdesigner/__pycache__/pyside-support.<python tag>.bin``, read in
~1.5 ms). An entry holds the whole source it was compiled from and is used only when the zip's
source is that text, byte for byte (another PySide compiles anew), compiled as Shiboken's
importer compiles it: mode "exec", the file's name and the ``__future__`` flags it inherits from
the importer's own code, so the modules are the ones it makes. Any other ``compile`` during the
import is the built-in one, with the flags it would have inherited. ``save`` writes what was
compiled anew, after the first frame; a cache that cannot be read or written only means
compiling as before, and so does a PySide that no longer compiles through ``compile``.
"""

from __future__ import annotations
import __future__

import builtins
import contextlib
import marshal
import sys
from collections.abc import Callable, Iterator
from importlib.util import MAGIC_NUMBER
from pathlib import Path
from types import CodeType

from jmdesigner import cache_file

TYPE_CHECKING = False  # typing's constant, without importing typing before PySide does
if TYPE_CHECKING:
    from typing import Any

FOLDER = Path(__file__).resolve().parents[1] / "__pycache__"  # where this Python keeps jmdesigner's .pyc
PREFIX = "shibokensupport/"  # the names Shiboken's embedded importer compiles its modules under
# What ``compile`` inherits from the code that calls it (CPython's ``PyCF_MASK``): the flags of the
# __future__ features, which nested scopes (always on, and its flag is another code flag) are not.
_FUTURE = 0
for _name in __future__.all_feature_names:
    if _name != "nested_scopes":
        _FUTURE |= getattr(__future__, _name).compiler_flag

_BUILT_IN = builtins.compile
_stored: dict[str, tuple[bytes, int, bytes]] = {}  # file name → (its source, its flags, its code marshalled)
_fresh: dict[str, tuple[bytes, int, bytes]] = {}  # compiled in this process
_used: set[str] = set()


def cache_path() -> Path:
    return FOLDER / f"pyside-support.{sys.implementation.cache_tag}.bin"


@contextlib.contextmanager
def compiled_once(path: Path | None = None) -> Iterator[None]:
    """Around the process's first import of PySide: Shiboken's support modules from the cache."""
    if "shiboken6" in sys.modules:  # imported already: its support is compiled
        yield
        return
    _stored.update(_read(path or cache_path()))
    real = builtins.compile  # (the built-in, or what another hook made of it)
    hooked = caching_compile(real)
    builtins.compile = hooked
    try:
        yield
    finally:
        if builtins.compile is hooked:
            builtins.compile = real


def caching_compile(real: Callable[..., Any]) -> Callable[..., Any]:
    """``compile`` as ``real`` does it, Shiboken's support modules from the cache."""

    def compile(
        source: Any,
        filename: Any,
        mode: str,
        flags: int = 0,
        dont_inherit: bool = False,
        optimize: int = -1,
        **rest: Any,
    ) -> Any:
        if not dont_inherit:  # the __future__ flags the built-in would inherit from its caller
            flags |= _caller_flags()
        if (
            type(source) is bytes
            and type(filename) is str
            and filename.startswith(PREFIX)
            and mode == "exec"
            and flags & ~_FUTURE == 0
            and optimize == -1
            and not rest
        ):
            return _code(source, filename, flags)
        return real(source, filename, mode, flags, True, optimize, **rest)

    return compile


def _caller_flags() -> int:
    """The __future__ flags of the Python code that called ``compile`` (none called from C alone)."""
    try:
        return sys._getframe(2).f_code.co_flags & _FUTURE
    except ValueError:
        return 0


def _code(source: bytes, filename: str, flags: int) -> CodeType:
    kept = _stored.get(filename)
    if kept is not None and kept[0] == source and kept[1] == flags:
        with contextlib.suppress(ValueError, EOFError, TypeError):
            code = marshal.loads(kept[2])
            if type(code) is CodeType:
                _used.add(filename)
                return code
    code = _BUILT_IN(source, filename, "exec", flags, True)
    _fresh[filename] = (source, flags, marshal.dumps(code))
    return code


def save(path: Path | None = None) -> bool:
    """Write the cache if this process compiled a module anew (atomically; never an error). Not
    when Python writes no bytecode (``PYTHONDONTWRITEBYTECODE``, ``-B``), as for its ``.pyc``."""
    if not _fresh or sys.dont_write_bytecode:
        return False
    path = path or cache_path()
    kept = {**{name: _stored[name] for name in _used}, **_fresh}  # (another PySide's: dropped)
    if not cache_file.write(path, MAGIC_NUMBER, kept):
        return False
    _stored.update(_fresh)
    _used.update(_fresh)
    _fresh.clear()
    return True


def compiled_here() -> int:
    """How many of Shiboken's modules this process compiled (for tests and diagnostics)."""
    return len(_fresh)


def used_here() -> int:
    """How many it took from the cache."""
    return len(_used)


def _read(path: Path) -> dict[str, tuple[bytes, int, bytes]]:
    """The cache file's entries; none when it is missing, unreadable or of another Python."""
    return cache_file.read(path, MAGIC_NUMBER, _is_compiled)


def _is_compiled(v: object) -> bool:
    """An entry as ``_code`` keeps it: the source, its flags, its code marshalled."""
    return (
        type(v) is tuple and len(v) == 3 and type(v[0]) is bytes and type(v[1]) is int and type(v[2]) is bytes
    )
