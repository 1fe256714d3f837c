"""A Latin line in a space-neutral face is put together from its words, each shaped once: the
glyphs, their positions and the line's width are exactly those of shaping the whole line, and
text beyond Latin (other scripts, marks, mixed directions) is still shaped line by line, run by run.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from jmdesigner.interchange.json_map import parse_map, read_json_file
from jmdesigner.text import BOLD, REGULAR, chain, shape, shaping
from jmdesigner.text.shaping import LATIN_RANGES, _by_words, _shape_run

MULTILINGUAL = Path(__file__).parents[1] / "fixtures" / "text" / "multilingual-map.json"
LATIN = [chr(c) for a, b in LATIN_RANGES for c in range(max(a, 0x21), b + 1)]
# Words to make lines of (split at spaces): kerning pairs, accents, signs, ligatures, quotes.
VOCABULARY = (
    "Kunde öffnet die App Tür Straße café AVAVA Type To. Wa, Yo! 12:30 — “q” 3/4 µ 100% T.V. "
    "office field flow fluffier Ta’s “Type” – €5…"
)


def _whole(text: str, weight: str) -> tuple[object, ...]:
    """The line shaped whole by HarfBuzz (the per-line path): what the words must add up to."""
    run, width = _shape_run(text, chain(weight)[0], False, 0.0, [])
    return run, width


def _lines() -> list[str]:
    rng = random.Random(5)
    words = ["".join(rng.choices(LATIN, k=rng.randint(1, 9))) for _ in range(300)]
    lines = [" ".join(rng.sample(words, rng.randint(1, 8))) for _ in range(1500)]
    lines += [" ".join(rng.choices(VOCABULARY.split(), k=rng.randint(1, 12))) for _ in range(500)]
    lines += ["  two  spaces,  leading and trailing  ", " ", "x", "1 2 3", "12:30 - 14:00", "— … ×"]
    return lines


@pytest.mark.parametrize("weight", [REGULAR, BOLD])
def test_a_line_from_its_words_is_the_line_shaped_whole(weight: str) -> None:
    face = chain(weight)[0]
    composed = 0
    for text in _lines():
        line = _by_words(text, face)
        if line is None:  # a word with a ligature or a mark: the line is shaped whole
            continue
        composed += 1
        run, width = _whole(text, weight)
        assert line.runs == (run,), text  # the same glyph ids, positions, advances and labels
        assert line.width == width, text
        assert not line.rtl and not line.missing
    assert composed > 1800


def test_words_are_shaped_once_and_a_line_of_known_words_costs_no_shaping(monkeypatch) -> None:
    shaping._shape.cache_clear()
    shaping._word.cache_clear()
    calls: list[str] = []
    real = shaping._shaped

    def counted(text, face, rtl, script=None):  # type: ignore[no-untyped-def]
        calls.append(text)
        return real(text, face, rtl, script)

    monkeypatch.setattr(shaping, "_shaped", counted)
    shape("the card the map the", REGULAR)
    assert sorted(calls) == [" card", " map", " the", "the"]
    calls.clear()
    shape("the map the card", REGULAR)  # a new line of words seen before
    assert calls == []


def test_a_line_with_a_ligature_is_put_together_as_shaping_it_whole_gives_it() -> None:
    for weight in (REGULAR, BOLD):
        for text in ("the field office", "fi", "a flow of ffi and ffl, fjord", "Official: fix it first"):
            line = _by_words(text, chain(weight)[0])
            assert line is not None
            run, width = _whole(text, weight)
            assert line.runs == (run,) and line.width == width, text
            assert len(run.gids) < len(text)  # "fi", "ffi"… drawn as ligatures
            assert "".join(run.labels) == text  # each ligature stands for its letters


def test_text_beyond_latin_is_still_shaped_line_by_line_run_by_run(monkeypatch) -> None:
    bundle = parse_map(read_json_file(MULTILINGUAL))
    texts = [line for c in bundle.cards for line in c.text.split("\n")] + _lines()[-6:]
    assert not all(shaping.words_add_up(text, REGULAR) for text in texts)
    shaping._shape.cache_clear()
    composed = {(text, weight): shape(text, weight) for text in texts for weight in (REGULAR, BOLD)}
    assert any(len(line.runs) > 1 for line in composed.values())  # mixed scripts: one run per face
    monkeypatch.setattr(shaping, "_by_words", lambda text, face: None)  # every line shaped whole
    shaping._shape.cache_clear()
    for (text, weight), line in composed.items():
        assert shape(text, weight) == line, text
    shaping._shape.cache_clear()
    mixed = shape("Order שלום world", REGULAR)
    assert [(run.text, run.face.file, run.rtl) for run in mixed.runs] == [
        ("Order ", "NotoSans-Regular.ttf", False),
        ("שלום", "NotoSansHebrew-Regular.ttf", True),
        (" ", "NotoSansHebrew-Regular.ttf", False),  # a space stays in the face before it
        ("world", "NotoSans-Regular.ttf", False),
    ]
    arabic = shape("مرحبا بالعالم", REGULAR)
    assert arabic.rtl and all(run.rtl for run in arabic.runs)
