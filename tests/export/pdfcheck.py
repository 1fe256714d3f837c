"""Reading exported PDFs back: text, fonts, images, outline."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader


def squash(text: str) -> str:
    """Text without whitespace: card lines are wrapped, so compare runs of characters."""
    return re.sub(r"\s+", "", text)


def page_fonts(page) -> list:  # type: ignore[no-untyped-def]
    fonts = page["/Resources"].get_object().get("/Font", {})
    return [ref.get_object() for ref in fonts.get_object().values()]


def embedded(font) -> bool:  # type: ignore[no-untyped-def]
    descendants = font.get("/DescendantFonts")
    target = descendants[0].get_object() if descendants else font
    descriptor = target.get("/FontDescriptor")
    return descriptor is not None and "/FontFile2" in descriptor.get_object()


def images_on(page) -> list[str]:  # type: ignore[no-untyped-def]
    xobjects = page["/Resources"].get_object().get("/XObject")
    if xobjects is None:
        return []
    return [
        name for name, ref in xobjects.get_object().items() if ref.get_object().get("/Subtype") == "/Image"
    ]


def outline_titles(reader: PdfReader) -> list[str]:
    out: list[str] = []

    def walk(items) -> None:  # type: ignore[no-untyped-def]
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                out.append(item.title)

    walk(reader.outline)
    return out


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (apt-get install poppler-utils qpdf)")
    return path


def qpdf_check(path: Path) -> None:
    result = subprocess.run([tool("qpdf"), "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
