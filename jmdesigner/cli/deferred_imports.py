"""Modules a verb's imports pull in but its work rarely touches, loaded on their first use.

``defer(name)`` puts a finder first on ``sys.meta_path`` that hands out the next import of
``name`` unexecuted: the module object exists at once, with what its spec gives it (``__name__``,
``__spec__``, ``__file__``…), and its code runs when a name it does not hold yet is first read
from it (``importlib.util.LazyLoader`` ran it on any attribute read: in Python 3.11 a later
``import`` of the module by another module reads its ``__spec__``, so ReportLab's ``import
inspect`` executed the deferred ``inspect``). The finder forgets the name after that one import
(one finder holds every name, and leaves ``sys.meta_path`` with the last); a process that has the
module already is untouched. Only the command line calls it, from verbs that
work in one thread (a first use from two threads at once would run the module twice).

- ``PIL.Image`` (PDF export): ``reportlab.lib.utils`` (under every ReportLab module) runs ``from
  PIL import Image`` at its top, which loads Pillow's C core, its EXIF and TIFF tag tables: ~7 ms
  of a PDF export's start-up that only a persona photo needs.
- ``tempfile`` and ``pickle`` (PDF export): ``reportlab.lib.rltempfile`` imports ``tempfile`` (with
  ``shutil``, ``random`` and their compression modules; ~7 ms on a machine where ``python -c pass``
  takes 20 ms) for ReportLab's scratch files, and ``reportlab.lib.utils`` imports ``pickle`` for a
  font cache it can save; an export writes its file through ``fileio`` and uses neither.
- ``inspect`` and ``copy`` (import, export, info, check): ``dataclasses`` imports ``inspect``,
  with ``ast``, ``dis`` and ``tokenize`` (~4.5 ms of an import's start-up on the machine of the
  time, ~14 ms on a three times slower one), for one use: the signature it writes as the
  docstring of a dataclass that has none (the model's all have one); and ``copy``, with
  ``weakref`` (~0.5 ms), for ``asdict`` and ``astuple``, which these verbs never call.
  HarfBuzz's Cython module (drawn exports), built for the stable ABI, reads ``inspect``'s code
  flags (``CO_OPTIMIZED`` and six more: that ABI has no C constants for them) as it loads, which
  executed ``inspect`` too; the deferred ``inspect`` holds those flags from the start
  (``CODE_FLAGS``), so the read runs nothing. ReportLab's safe-eval module imports ``inspect`` and
  ``copy`` and uses them in functions a PDF export does not call.
- ``urllib.parse`` (every verb but the room's, before the verb's modules): ``pathlib`` imports its
  ``quote_from_bytes`` (for ``Path.as_uri``) and ReportLab its ``unquote`` and ``urlparse`` (for an
  image given by URL) at their tops, which ran it with ``ipaddress`` (~3 ms of every verb's
  start-up on a machine where ``python -c pass`` takes 20 ms); a verb on a file parses no URL.
  The deferred module holds forwarders by those names, which run it at their first call.
- ``datetime`` (every verb but the room's, before the verb's modules): the store imports its
  ``datetime`` and ``UTC`` and ReportLab subclasses its ``tzinfo`` at their tops, and
  ``datetime.py`` defines all its classes in Python before it takes those of its C module
  (``_datetime``) over them. The deferred module holds the C module's names from the start (the
  same objects the real module ends with), so a verb's dates run nothing more; another name read
  runs the module. (``nt``, Windows' ``os``, which ``pathlib``'s ``ntpath`` tries to import five
  times, is recorded missing after one look, as ``_rl_accel`` is below.)
- ``reportlab.lib.rl_safe_eval`` and ``ast`` (PDF export): ReportLab's safe-eval module is imported
  by ``reportlab.lib.utils`` at its top for four callables (``rl_safe_exec``, ``rl_safe_eval``,
  ``safer_globals``, ``rl_extended_literal_eval``), and ``ast`` for ``literal_eval``: they read a
  colour or an expression given as text, and jmdesigner gives ReportLab its colours as values.
  The two cost ~7 ms of a PDF export's start-up on a machine where ``python -c pass`` takes 20 ms.
  The deferred modules hold forwarders by those names, which run the module at their first call.
- ``_rl_accel`` (PDF export): ReportLab's optional C accelerator (another distribution, not
  installed with jmdesigner) is imported eleven times, once per function, and each failed import
  searched every folder of the path again (~1.4 ms of a map-only PDF's start-up on a machine where
  ``python -c pass`` takes 20 ms). Looked for once, a missing one is recorded as missing, as
  ReportLab's own timing script does; an installed one is imported and used as before.
- ``string``, ``glob``, ``base64`` and ``weakref`` (PDF export): ReportLab imports ``digits`` of
  ``string`` (whose ``Template`` compiles a pattern as the module loads), binds ``glob.glob`` as a
  default argument of its font-file search, imports ``base64``'s ``decodebytes`` and
  ``encodebytes`` (for images given as data and the fonts' cache labels) and, as each of its modules
  registers a reset, ``ref`` and ``WeakMethod`` of ``weakref`` (with ``_weakrefset``): ~3 ms of a
  map-only PDF's start-up on a machine where ``python -c pass`` takes 20 ms. The deferred modules
  hold ``digits`` and ``ref`` (the same objects: a test holds them equal) and forwarders for the
  functions and ``WeakMethod`` (called, it runs ``weakref`` and makes the real one).
- ``reportlab.pdfbase._fontdata`` (PDF export): ReportLab's tables of the fourteen standard PDF
  fonts, imported by ``pdfmetrics`` at its top with their fourteen width modules and seven
  encodings (~5 ms of a map-only PDF's start-up on a machine where ``python -c pass`` takes 24 ms);
  jmdesigner embeds its own faces and asks for no standard font. ``pdfmetrics`` reads three names
  of it as it loads: the deferred module holds the fourteen names (``STANDARD_FONTS``, on which
  ``pdfmetrics`` sets its hook, and which say whether they are embedded as ReportLab's settings
  do), the encodings' names (``STANDARD_ENCODINGS``; a test holds both equal to ReportLab's) and a
  mapping that runs the module at its first read. Once the module has run (a standard font asked
  for), ``pdfmetrics`` holds its objects, the hook moved onto them (``AFTER_RUN``).
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from importlib.machinery import ModuleSpec
from types import ModuleType

TYPE_CHECKING = False  # typing's constant, without importing typing (the command line's start-up)
if TYPE_CHECKING:
    from importlib.abc import Loader

PILLOW = "PIL.Image"
# ReportLab's optional C accelerator: ``reportlab.lib.rl_accel`` tries ``from _rl_accel import X``
# for each of its eleven functions, in ``exec``, and takes its Python ones when that fails
REPORTLAB_ACCELERATOR = "_rl_accel"
# What ReportLab imports for what a PDF export never does (tempfile, pickle; textwrap, for its
# safe-eval module's class definitions), or for a few names known ahead (hashlib: md5; platform:
# python_implementation)
SAFE_EVAL = "reportlab.lib.rl_safe_eval"  # ReportLab's evaluator of text (colours, expressions)
FONT_TABLES = "reportlab.pdfbase._fontdata"  # the standard 14 fonts' widths and encodings
REPORTLAB_SPARES = (
    *("tempfile", "pickle", "textwrap", "hashlib", "platform", SAFE_EVAL, "ast"),
    *("string", "glob", "base64", "weakref", FONT_TABLES),
)
DATACLASSES_NEEDS = ("inspect", "copy")  # what ``dataclasses`` imports for what an import never does
CODE_FLAGS = {  # inspect's values (``dis.COMPILER_FLAG_NAMES``: a test holds them equal), for HarfBuzz
    "CO_OPTIMIZED": 0x1,
    "CO_NEWLOCALS": 0x2,
    "CO_VARARGS": 0x4,
    "CO_VARKEYWORDS": 0x8,
    "CO_NESTED": 0x10,
    "CO_GENERATOR": 0x20,
    "CO_NOFREE": 0x40,
    "CO_COROUTINE": 0x80,
    "CO_ITERABLE_COROUTINE": 0x100,
    "CO_ASYNC_GENERATOR": 0x200,
}


def _digests() -> dict[str, object]:
    """hashlib's md5 and sha1 from Python's own modules: the same digests as OpenSSL's. A Python
    built without them (OpenSSL's only) gets nothing ahead: hashlib then runs at its first read."""
    try:
        import _md5
        import _sha1
    except ImportError:
        return {}
    return {"md5": _md5.md5, "sha1": _sha1.sha1}


def _implementation() -> dict[str, object]:
    """platform's ``python_implementation``, where it answers "CPython" (a test holds it)."""
    if sys.implementation.name != "cpython":
        return {}
    return {"python_implementation": lambda: "CPython"}


def _forwarders(module: str, names: tuple[str, ...]) -> Callable[[], dict[str, object]]:
    """Functions of ``module`` that other modules import by name at their top but call later
    (if at all): each runs the module at its first call, then calls the module's own function."""

    def forward(name: str) -> Callable[..., object]:
        def call(*args: object, **kwargs: object) -> object:
            real = sys.modules.get(module) or importlib.import_module(module)
            if type(real) is _Deferred:
                _execute(real)
            return getattr(real, name)(*args, **kwargs)

        call.__name__ = call.__qualname__ = name
        return call

    return lambda: {name: forward(name) for name in names}


def _weakref_ref() -> object:
    """``weakref.ref`` is the built-in module's type itself (``_weakref.ref``)."""
    import _weakref

    return _weakref.ref


STANDARD_FONTS = (  # ReportLab's ``standardFonts`` (a test holds them equal)
    *("Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique"),
    *("Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique"),
    *("Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic", "Symbol", "ZapfDingbats"),
)
STANDARD_ENCODINGS = (  # ReportLab's ``standardEncodings``
    *("WinAnsiEncoding", "MacRomanEncoding", "StandardEncoding", "SymbolEncoding"),
    *("ZapfDingbatsEncoding", "PDFDocEncoding", "MacExpertEncoding"),
)


class _StandardFonts(tuple[str, ...]):
    """The standard fonts' names as ``pdfmetrics`` reads them before their tables run: it sets its
    ``__change__`` hook on them and asks whether they are embedded (ReportLab's ``std14Embed``)."""

    __change__: Callable[[], None]

    @property
    def __embed__(self) -> bool:
        from reportlab import rl_config

        return bool(rl_config.std14Embed)


class _RunsOnFirstRead(Mapping[str, object]):
    """A module's mapping, read from the module (run first, if it has not run) at each use."""

    def __init__(self, module: str, name: str) -> None:
        self.module, self.name = module, name

    def _real(self) -> Mapping[str, object]:
        real = sys.modules.get(self.module) or importlib.import_module(self.module)
        if type(real) is _Deferred:
            _execute(real)
        return getattr(real, self.name)

    def __getitem__(self, key: str) -> object:
        return self._real()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._real())

    def __len__(self) -> int:
        return len(self._real())


def _font_tables_ahead() -> dict[str, object]:
    """What ``pdfmetrics`` reads of ReportLab's font tables as it loads."""
    fonts = _StandardFonts(STANDARD_FONTS)
    fonts.__change__ = lambda: None
    mapping = _RunsOnFirstRead(FONT_TABLES, "_font2fnrMapWin32")  # (font file names, by platform)
    return {"standardFonts": fonts, "standardEncodings": STANDARD_ENCODINGS, "_font2fnrMapWin32": mapping}


def _font_tables_ran(tables: ModuleType) -> None:
    """``pdfmetrics`` holds the tables' own objects from now on, its hook on their fonts' names."""
    pdfmetrics = sys.modules.get("reportlab.pdfbase.pdfmetrics")
    if pdfmetrics is None:
        return
    held = getattr(pdfmetrics, "standardFonts", None)
    real = getattr(tables, "standardFonts", None)
    if isinstance(held, _StandardFonts) and hasattr(real, "__dict__"):  # (a plain tuple takes no hook)
        real.__change__ = held.__change__
    names = (
        ("standardFonts", "standardFonts"),
        ("standardEncodings",) * 2,
        ("font2fnrMap", "_font2fnrMapWin32"),
    )
    for ours, theirs in names:
        if hasattr(pdfmetrics, ours) and hasattr(tables, theirs):
            setattr(pdfmetrics, ours, getattr(tables, theirs))


URL_PARSING = "urllib.parse"  # pathlib's (``Path.as_uri``) and ReportLab's (a URL for an image)
# Windows' ``os`` module: ``ntpath`` (which ``pathlib`` imports on every system) tries five of its
# functions, each import searching every folder of the path again
WINDOWS_OS = "nt"
DATES = "datetime"  # the store's and ReportLab's dates: its C module's names, ahead


def _dates_ahead() -> dict[str, object]:
    """What ``datetime`` holds once it has run where its C module exists: that module's names (the
    same objects; ``datetime.py`` defines them in Python first, then takes the C module's over
    them). A Python without the C module gets nothing ahead: ``datetime`` runs at its first read."""
    try:
        import _datetime
    except ImportError:
        return {}
    return {name: value for name, value in vars(_datetime).items() if not name.startswith("__")}


# Names a deferred module holds before its code runs (the real ones replace them when it runs)
KNOWN_AHEAD: dict[str, Callable[[], Mapping[str, object]]] = {
    "inspect": lambda: CODE_FLAGS,
    "hashlib": _digests,
    "platform": _implementation,
    URL_PARSING: _forwarders(URL_PARSING, ("quote_from_bytes", "unquote", "urlparse")),
    "ast": _forwarders("ast", ("literal_eval",)),  # ReportLab's ``from ast import literal_eval``
    SAFE_EVAL: _forwarders(
        SAFE_EVAL, ("rl_safe_exec", "rl_safe_eval", "safer_globals", "rl_extended_literal_eval")
    ),
    "string": lambda: {"digits": "0123456789"},  # ReportLab's canvas: ``from string import digits``
    "glob": _forwarders("glob", ("glob",)),  # ``rl_glob(pattern, glob=glob.glob, …)``
    "base64": _forwarders("base64", ("decodebytes", "encodebytes")),
    "weakref": lambda: {"ref": _weakref_ref(), **_forwarders("weakref", ("WeakMethod",))()},
    FONT_TABLES: _font_tables_ahead,
    DATES: _dates_ahead,
}
# What is done once a deferred module has run (the modules that took its names ahead given its own)
AFTER_RUN: dict[str, Callable[[ModuleType], None]] = {FONT_TABLES: _font_tables_ran}
_held: dict[str, frozenset[str]] = {}  # module name -> the names it was given ahead


class _Deferred(ModuleType):
    """A module whose code has not run: a name it holds reads as it is, any other runs it first."""

    def __getattr__(self, name: str) -> object:
        if name == "__path__":  # the import system asking whether it is a package: it is not
            raise AttributeError(name)
        _execute(self)
        return getattr(self, name)

    def __dir__(self) -> list[str]:
        _execute(self)
        return dir(self)


def _execute(module: ModuleType) -> None:
    """The module's code run in it; what was set on it meanwhile kept (as an eager import would)."""
    module.__class__ = ModuleType
    before = dict(module.__dict__)
    module.__spec__.loader.exec_module(module)  # type: ignore[union-attr]
    given = _held.pop(module.__name__, frozenset())
    module.__dict__.update({k: v for k, v in before.items() if not k.startswith("__") and k not in given})
    after = AFTER_RUN.get(module.__name__)
    if after is not None:
        after(module)


class _DeferringLoader:
    """Makes the module as ``loader`` would, without running its code (``_Deferred`` runs it)."""

    def __init__(self, loader: Loader) -> None:
        self.loader = loader

    def create_module(self, spec: ModuleSpec) -> ModuleType | None:
        return self.loader.create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        module.__spec__.loader = self.loader  # type: ignore[union-attr]
        module.__loader__ = self.loader
        ahead = KNOWN_AHEAD.get(module.__name__)
        if ahead is not None:
            given = ahead()
            module.__dict__.update(given)
            _held[module.__name__] = frozenset(given)
        module.__class__ = _Deferred


class _LazyFinder:
    """Finds each named module as the other finders do, then makes its loader lazy (once per name).
    One finder for all the names: every import of a verb's start-up asks each finder in turn."""

    def __init__(self) -> None:
        self.names: set[str] = set()

    def find_spec(
        self, name: str, path: Sequence[str] | None = None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if name not in self.names:
            return None
        self.names.discard(name)
        if not self.names:
            sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
            return spec
        spec.loader = _DeferringLoader(spec.loader)  # type: ignore[assignment]
        return spec


def defer(name: str) -> None:
    """Make the next import of ``name`` lazy, unless it is loaded or this is in place for it."""
    if name in sys.modules:
        return
    finder = next((f for f in sys.meta_path if isinstance(f, _LazyFinder)), None)
    if finder is None:
        finder = _LazyFinder()
        sys.meta_path.insert(0, finder)
    finder.names.add(name)


def absent_once_looked_for(name: str) -> bool:
    """Record a top-level module found missing as missing (``None`` in ``sys.modules``, as Python
    itself reads it), so that later imports of it fail at once rather than each searching every
    folder of the path again; True if it is missing. A module that exists is left to be imported."""
    if name in sys.modules:
        return sys.modules[name] is None
    if importlib.util.find_spec(name) is not None:
        return False
    sys.modules[name] = None  # type: ignore[assignment]
    return True


def defer_dataclasses_needs() -> None:
    """``DATACLASSES_NEEDS`` deferred (a verb working in one thread calls it before its imports)."""
    for name in DATACLASSES_NEEDS:
        defer(name)
