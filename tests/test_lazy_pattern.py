"""The text system's patterns compile (and import ``regex``) on first use, and then are the
compiled pattern's own methods, with the same results."""

from __future__ import annotations

import subprocess
import sys

import regex

from jmdesigner.lazy_pattern import LazyPattern


def test_a_lazy_pattern_answers_as_the_compiled_pattern() -> None:
    source = r"[\p{Han}\p{Extended_Pictographic}]"
    lazy, real = LazyPattern(source), regex.compile(source)
    for text in ("plain", "漢字 and 😀", "", "שלום"):
        assert bool(lazy.search(text)) == bool(real.search(text))
        assert lazy.findall(text) == real.findall(text)
        assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in real.finditer(text)]
    assert LazyPattern(r"\X").findall("e\u0301x") == ["e\u0301", "x"]  # a letter with its mark
    assert lazy.pattern == source  # any other attribute is the compiled pattern's


def test_after_its_first_use_a_method_is_the_compiled_patterns_own() -> None:
    lazy = LazyPattern("a+")
    assert lazy.match("aa") is not None
    assert lazy.match.__self__ is lazy.compiled()  # type: ignore[attr-defined]


def test_importing_the_text_system_and_the_layout_loads_no_regex() -> None:
    code = (
        "import sys\n"
        "import jmdesigner.text.metrics, jmdesigner.text.shaping, jmdesigner.layout.wrap\n"
        "from jmdesigner.text.shaping import shape, is_rtl\n"
        "from jmdesigner.layout.wrap import break_units\n"
        "shape('Plain ASCII words, 12 of them!', 'regular'); is_rtl('abc'); break_units('a b c')\n"
        "print('regex' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
