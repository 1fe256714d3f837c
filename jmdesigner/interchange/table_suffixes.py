"""Which file names are spreadsheets: a module of its own, so that a verb can tell a spreadsheet
from a map file without loading the spreadsheet reader (csv, zip and XML parsing)."""

from __future__ import annotations

CSV_SUFFIXES = (".csv", ".tsv", ".txt")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
TABLE_SUFFIXES = CSV_SUFFIXES + XLSX_SUFFIXES
