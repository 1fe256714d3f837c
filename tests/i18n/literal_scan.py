"""Finding user-visible string literals that bypass the translation machinery.

A literal counts as user-visible when it reaches a Qt text setter, a widget constructor that
takes a caption, a message box, a file dialog or the painter's ``drawText`` directly (alone,
concatenated, %- or .format()-ed, in an f-string or either branch of a conditional). A literal
wrapped in ``translate(...)`` / ``N_(...)`` is fine; so are strings without a letter ("…", "%").
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SETTERS = frozenset(
    {
        "setText",
        "setWindowTitle",
        "setToolTip",
        "setStatusTip",
        "setWhatsThis",
        "setPlaceholderText",
        "setTitle",
        "setSubTitle",
        "setLabelText",
        "setAccessibleName",
        "setAccessibleDescription",
        "addAction",
        "addMenu",
        "addTab",
        "insertTab",
        "setTabText",
        "setTabToolTip",
        "showMessage",
        "setHeaderLabels",
        "setHorizontalHeaderLabels",
        "setVerticalHeaderLabels",
        "addRow",
        "insertRow",
        "setItemText",
        "addItem",
        "addItems",
        "insertItem",
        "setSpecialValueText",
        "setSuffix",
        "setPrefix",
        "setButtonText",
        "setOkButtonText",
        "setCancelButtonText",
        "setInformativeText",
        "setDetailedText",
        "setWindowIconText",
        "drawText",
        "setIconText",
        "setDefaultSuffix",
        "setNameFilter",
        "setNameFilters",
        "setFormat",
        "setHtml",
        "setMarkdown",
        "setPlainText",
        "setHeaderData",
        "addWidget",
        "addButton",
        # this project's own helpers that put their text on screen
        "show_message",
        "_say",
        "_add",
        "_choice",
        "_plain_label",
        "_spin",
        "_item",
        "ask_library",
        "report_error",
        "warn",
        "show_error",
        "_confirm",
        "confirm",
        "ask",
        "getColor",
        "apply",
        "on",
        "macro",
        "draw_role_text",
        "_on_progress",
        "emit",
        "add_row",
        "Form",
    }
)
CONSTRUCTORS = frozenset(
    {
        "QAction",
        "QLabel",
        "QPushButton",
        "QCheckBox",
        "QRadioButton",
        "QGroupBox",
        "QMenu",
        "QDockWidget",
        "QToolButton",
        "QListWidgetItem",
        "QTreeWidgetItem",
        "QTableWidgetItem",
        "QStandardItem",
        "QCommandLinkButton",
        "QMessageBox",
        "QProgressDialog",
        "QToolBar",
        "QWizardPage",
        "JmError",
        "PhotoError",
        "TextField",
        "LineField",
        "SpinField",
        "ColourField",
        "CheckField",
        "OptionalSpinField",
        "MapChecklist",
        "Side",
        "ComboField",
        "Page",
        "PersonaChecklist",
        "CurveOffer",
        "Macro",
        "Stage",
        "Lane",
        "Persona",
    }
)
STATIC_DIALOGS = frozenset(
    {
        "information",
        "warning",
        "critical",
        "question",
        "about",
        "getOpenFileName",
        "getOpenFileNames",
        "getSaveFileName",
        "getExistingDirectory",
        "getText",
        "getItem",
        "getInt",
        "getDouble",
        "getMultiLineText",
    }
)
WRAPPERS = frozenset({"translate", "N_", "tr"})
# keyword arguments that carry captions
TEXT_KEYWORDS = frozenset(
    {
        "text",
        "title",
        "toolTip",
        "statusTip",
        "caption",
        "filter",
        "label",
        "tip",
        "placeholder",
        "default_text",
        "auto_text",
        "description",
        "message",
        "placeholderText",
        "windowTitle",
        "suffix",
        "prefix",
        "specialValueText",
        "accessibleName",
        "accessibleDescription",
        "whatsThis",
    }
)


@dataclass(frozen=True)
class Bare:
    path: Path
    line: int
    col: int
    end_line: int
    end_col: int
    text: str
    call: str


# Strings that reach those calls but are not prose: shortcut and role names, object and icon names.
NOT_WORDS = frozenset(
    {
        "map",
        "card",
        "stage",
        "lane",
        "point",
        "cell",
        "middle",
        "end",
        "start",
        "roomCodeTitle",
        "roomCodeTab",
        "roomLink",
        "book-open",
        "file-plus",
        "file-input",
    }
)
_KEY = re.compile(
    r"^((Ctrl|Shift|Alt|Meta)\+)*(F\d{1,2}|Del|Return|Enter|Esc|Up|Down|Left|Right|Home|End|[A-Z0-9=+-])$"
)


def has_words(text: str) -> bool:
    """Prose a person reads: a letter, and not a key sequence or a name from ``NOT_WORDS``."""
    if text in NOT_WORDS or _KEY.match(text):
        return False
    return any(ch.isalpha() for ch in text)


def _func_name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def exposed_literals(node: ast.expr) -> Iterator[ast.expr]:
    """The literals that end up, as written, in the text an expression produces."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node
    elif isinstance(node, ast.JoinedStr):
        if any(isinstance(v, ast.Constant) and has_words(str(v.value)) for v in node.values):
            yield node
    elif isinstance(node, ast.BinOp):
        yield from exposed_literals(node.left)
        yield from exposed_literals(node.right)
    elif isinstance(node, ast.IfExp):
        yield from exposed_literals(node.body)
        yield from exposed_literals(node.orelse)
    elif isinstance(node, ast.BoolOp):
        for value in node.values:
            yield from exposed_literals(value)
    elif isinstance(node, (ast.List, ast.Tuple)):
        for elt in node.elts:
            yield from exposed_literals(elt)
    elif isinstance(node, ast.Call):
        name = _func_name(node.func)
        if name in WRAPPERS:
            return
        if name in ("format", "join") and isinstance(node.func, ast.Attribute):
            yield from exposed_literals(node.func.value)


def _is_super(func: ast.expr) -> bool:
    """``super().__init__(...)``: a widget subclass passing its caption up (scanned like a constructor)."""
    return (
        isinstance(func, ast.Attribute)
        and isinstance(func.value, ast.Call)
        and isinstance(func.value.func, ast.Name)
        and func.value.func.id == "super"
    )


def _text_of(node: ast.expr) -> str:
    if isinstance(node, ast.Constant):
        return str(node.value)
    return ast.unparse(node)


def _calls(path: Path) -> Iterator[tuple[ast.Call, str]]:
    """Every call in the module at ``path``, with the called function's name."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Call):
            yield node, _func_name(node.func)


def _is_log_line(func: ast.expr) -> bool:
    """``logging.getLogger(...).warning(...)``: a line for the log file, not a dialog's text."""
    return (
        isinstance(func, ast.Attribute)
        and isinstance(func.value, ast.Call)
        and isinstance(func.value.func, ast.Attribute)
        and func.value.func.attr == "getLogger"
    )


def bare_literals(path: Path, allowed: frozenset[str] = frozenset()) -> list[Bare]:
    found: list[Bare] = []
    for call, name in _calls(path):
        if name == "__init__" and _is_super(call.func):
            name = "super().__init__"
        if _is_log_line(call.func):
            continue
        if name in SETTERS or name in CONSTRUCTORS or name in STATIC_DIALOGS or name == "super().__init__":
            args = list(call.args) + [k.value for k in call.keywords if k.arg in TEXT_KEYWORDS]
        else:
            args = [k.value for k in call.keywords if k.arg in TEXT_KEYWORDS and name not in WRAPPERS]
        found += _bare_in(path, args, name, allowed)
    return found


def _bare_in(
    path: Path, args: list[ast.expr], call: str, allowed: frozenset[str] = frozenset()
) -> list[Bare]:
    """The literals with words that ``args`` of one call put into its text as written."""
    found = []
    for arg in args:
        for lit in exposed_literals(arg):
            text = _text_of(lit)
            if has_words(text) and text not in allowed:
                end = (lit.end_lineno or lit.lineno, lit.end_col_offset or 0)
                found.append(Bare(path, lit.lineno, lit.col_offset, *end, text, call))
    return found


# The refusals and problems the storage and import layers hand up to the window (which shows their
# text as it is): an exception's message, a spreadsheet row's problem, an import warning.
REFUSALS = frozenset(
    {
        "JmError",
        "ValidationError",
        "ReadOnlyError",
        "FileRefusedError",
        "StorageError",
        "ConflictError",
        "ImportProblems",
        "PhotoError",
        "RowError",
    }
)
NOTE_LISTS = frozenset({"warnings", "notes", "notices"})
# An import problem: ``Problems.add(where, message)`` on the reader's collector (``problems``,
# ``self.problems``), and a JSON reader's refusal at a place: ``_At.fail(message)`` on ``at``, ``top``,
# ``self`` (inside ``_At``) or ``_At(...)``. The message is scanned; the place is not prose.
PROBLEM_COLLECTORS = frozenset({"problems"})
PLACES = frozenset({"at", "top", "self", "_At"})


def _message_args(call: ast.Call, name: str) -> list[ast.expr] | None:
    """The arguments of a problem-collecting call that carry its message, or None for other calls."""
    if not isinstance(call.func, ast.Attribute):
        return None
    value = call.func.value
    receiver = _func_name(value.func if isinstance(value, ast.Call) else value)
    if name == "add" and receiver in PROBLEM_COLLECTORS:
        return [*call.args[1:], *(k.value for k in call.keywords if k.arg == "message")]
    if name == "fail" and receiver in PLACES:
        return [*call.args, *(k.value for k in call.keywords)]
    return None


def bare_refusals(path: Path) -> list[Bare]:
    """Literals with words in a refusal's message or a note appended to a plan's warnings."""
    found: list[Bare] = []
    for call, name in _calls(path):
        appended = (
            name == "append"
            and isinstance(call.func, ast.Attribute)
            and _func_name(call.func.value) in NOTE_LISTS
        )
        message = _message_args(call, name)
        if message is not None:
            found += _bare_in(path, message, name)
            continue
        if name not in REFUSALS and not appended:
            continue
        found += _bare_in(path, [*call.args, *(k.value for k in call.keywords)], name)
    return found
