"""Card texts in spreadsheet cells: what each format can hold, written so it reads back exactly.

- **Formulas (CSV).** A cell starting with ``=``, ``+``, ``-``, ``@``, tab or CR is a formula to
  Excel and LibreOffice when they open a CSV (OWASP, "CSV Injection"). Such a text is written
  with a leading apostrophe, which spreadsheets show as text; a text that itself starts with an
  apostrophe gets one more, so reading strips exactly one and gives back the original.
- **Control characters (XLSX).** XML 1.0 cannot hold most characters below U+0020 (Word's
  Shift+Enter is U+000B), and openpyxl refuses them. They are written with OOXML's own escape,
  ``_xHHHH_`` (what Excel writes), and a text that happens to contain ``_xHHHH_`` escapes its
  underscore as ``_x005F_``; reading undoes both. XLSX cells are typed as strings, so no
  formula prefix is needed there. CSV holds every character as it is.
"""

from __future__ import annotations

import re

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0d\x0e-\x1f\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)")
_OOXML_ESCAPE = re.compile("_x([0-9A-Fa-f]{4})_")


def csv_out(text: str) -> str:
    if text.startswith(FORMULA_STARTS) or text.startswith("'"):
        return "'" + text
    return text


def csv_in(text: str) -> str:
    if text.startswith("'") and text[1:].startswith((*FORMULA_STARTS, "'")):
        return text[1:]
    return text


def xlsx_out(text: str) -> str:
    return _XML_ILLEGAL.sub(lambda m: f"_x{ord(m.group(0)):04X}_", text)


def xlsx_in(text: str) -> str:
    return _OOXML_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text) if "_x" in text else text
