"""Reading an import source safely: a regular file, size-capped before it is read, UTF-8 text,
and JSON parsed strictly (no duplicate keys, huge numbers or lone surrogates)."""

from __future__ import annotations

import codecs
import json
import re
from pathlib import Path

from jmdesigner.errors import JmError
from jmdesigner.i18n import localized, translate
from jmdesigner.interchange.bounded_read import A_FILE_TO_IMPORT, read_bounded

TYPE_CHECKING = False  # typing's constant, without importing typing (the command line's start-up)
if TYPE_CHECKING:
    from typing import Any

MAX_SOURCE_BYTES = 64 * 1024 * 1024
MAX_NUMBER_DIGITS = 40  # scores, votes and sizes; a 5,000-digit number is never a map's
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89abcdefABCDEF]")  # how JSON text can spell a lone surrogate


def read_source_bytes(path: Path, limit: int = MAX_SOURCE_BYTES) -> bytes:
    """The bytes of ``path``, or one sentence saying why not (missing, a folder, a device, too big)."""
    return read_bounded(path, limit, A_FILE_TO_IMPORT)


def decode_text(raw: bytes, name: str) -> str:
    """UTF-8 text, a byte order mark at its start dropped (as the ``utf-8-sig`` codec does, whose
    module is not imported for it); a byte that is no UTF-8 is named by its place after the mark."""
    try:
        return (raw[3:] if raw.startswith(codecs.BOM_UTF8) else raw).decode("utf-8")
    except UnicodeDecodeError as exc:
        said = translate("Sources", "{file} is not UTF-8 text (byte {byte}); save it as UTF-8 and try again.")
        raise JmError(said.format(file=name, byte=exc.start)) from None


def parse_json_text(text: str, name: str) -> Any:
    """Parsed JSON, or one sentence: numbers of at most ``MAX_NUMBER_DIGITS`` digits, no duplicate
    keys (which value would count is a guess), no NaN/Infinity, no lone surrogate escape (text no
    file can hold), and no nesting too deep to be a map."""
    try:
        data = json.loads(
            text,
            parse_constant=_no_constant,
            parse_int=_bounded_int,
            parse_float=_bounded_float,
            object_pairs_hook=_unique_keys,
        )
    except json.JSONDecodeError as exc:
        said = translate("Sources", "{file} is not valid JSON: {detail} at line {line}, column {column}.")
        raise JmError(said.format(file=name, detail=exc.msg, line=exc.lineno, column=exc.colno)) from None
    except _Refused as exc:
        raise JmError(
            translate("Sources", "{file} was not imported: {detail}.").format(file=name, detail=exc)
        ) from None
    except RecursionError:
        said = translate("Sources", "{file} is nested too deeply to be a journey map.")
        raise JmError(said.format(file=name)) from None
    bad = _first_unencodable(data) if _may_hold_a_lone_surrogate(text) else None
    if bad is not None:
        said = translate(
            "Sources",
            "{file} was not imported: the text {text} holds a lone surrogate escape (\\ud800 to \\udfff), "
            "which is not a character.",
        )
        raise JmError(said.format(file=name, text=repr(bad)))
    return data


class _Refused(ValueError):
    """Raised from inside the JSON parser's hooks; becomes one sentence."""


def _bounded_int(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_NUMBER_DIGITS:
        said = translate("Sources", "a number has {count:,} digits (at most {limit} are read)")
        raise _Refused(said.format(count=localized(len(digits)), limit=MAX_NUMBER_DIGITS))
    return int(digits)


def _bounded_float(digits: str) -> float:
    if len(digits) > MAX_NUMBER_DIGITS + 10:
        said = translate("Sources", "a number has {count:,} characters (at most {limit} digits are read)")
        raise _Refused(said.format(count=localized(len(digits)), limit=MAX_NUMBER_DIGITS))
    value = float(digits)
    if value in (float("inf"), float("-inf")):
        raise _Refused(translate("Sources", "the number {number} is too large").format(number=digits[:20]))
    return value


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        seen: set[str] = set()
        twice = next(k for k, _ in pairs if k in seen or seen.add(k))  # type: ignore[func-returns-value]
        said = translate(
            "Sources", "the key {key} appears twice in one object, so which value counts is unclear"
        )
        raise _Refused(said.format(key=repr(twice)))
    return out


def _may_hold_a_lone_surrogate(text: str) -> bool:
    """Whether parsed ``text`` can hold a lone surrogate: only if the text holds one itself or
    spells one as an escape (a pass in C over the text, instead of a walk over every parsed value;
    none at all for ASCII text, which holds no surrogate)."""
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            return True
    return _SURROGATE_ESCAPE.search(text) is not None


def _first_unencodable(data: Any) -> str | None:
    """The first string (key or value) that UTF-8 cannot encode, walked without recursion."""
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                return item[:40]
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return None


def _no_constant(name: str) -> float:
    raise json.JSONDecodeError(f"{name} is not a number JSON allows", name, 0)
