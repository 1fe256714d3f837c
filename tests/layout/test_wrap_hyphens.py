"""A line may end after a hyphen inside a word (UAX #14), as in every editor and browser: a
hyphenated compound longer than the line breaks after one of its hyphens, not between letters.

The hyphen stays at the end of the first line and nothing is added; joined again without a space
there, the lines are the text. The lines are those of the plain greedy wrap over the text's
unbreakable pieces, measuring whole lines, with any metrics (the shaped ones kern "-T").
"""

from __future__ import annotations

import random

import pytest

from jmdesigner.layout import MonospaceMetrics, WrapCache, wrap, wrap_text
from jmdesigner.layout import metrics as roles
from jmdesigner.layout.wrap import _longest_prefix, break_units
from jmdesigner.text.metrics import ShapedMetrics
from tests.layout.test_wrap import AddingMetrics, KernedMetrics, MisleadingSpaceMetrics

MONO = MonospaceMetrics()  # 7 units a character


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("Kunden-Service-Portal-Anmeldung", ["Kunden-", "Service-", "Portal-", "Anmeldung"]),
        ("end-to-end review", ["end-", "to-", "end", "review"]),
        ("19-year-old", ["19-year-", "old"]),  # after a number, before a letter: yes ("19-": too short)
        ("2-Faktor-Anmeldung", ["2-Faktor-", "Anmeldung"]),
        ("(pre)-order", ["(pre)-", "order"]),
        ("Kunden\u2010Service", ["Kunden\u2010", "Service"]),  # HYPHEN (class BA)
        ("Kunden\u2013Service", ["Kunden\u2013", "Service"]),  # EN DASH (BA)
        ("Kunden\u2014Service", ["Kunden\u2014", "Service"]),  # EM DASH (B2)
        ("Straße-Öffnung", ["Straße-", "Öffnung"]),
        ("COVID-19", ["COVID-19"]),  # never before a number after a hyphen (LB25)
        ("2024-2025", ["2024-2025"]),
        ("10\u201320", ["10\u201320"]),  # a range: only before a letter
        ("-3 days", ["-3", "days"]),
        ("-foo", ["-foo"]),  # a leading hyphen stays on its word (LB20.1)
        ("--verbose", ["--verbose"]),
        ("a--b", ["a--b"]),
        ("trailing-", ["trailing-"]),
        ("Kunden- und Service", ["Kunden-", "und", "Service"]),  # a space after it: as always
        ("Kunden\u2011Service", ["Kunden\u2011Service"]),  # NO-BREAK HYPHEN never breaks
        ("Kun\u00adden\u00adser\u00advice", ["Kun\u00ad", "den\u00ad", "ser\u00ad", "vice"]),  # SOFT HYPHEN
        ("co\u00adop", ["co\u00adop"]),  # (too short on both sides)
        ("Kunden\u00ad", ["Kunden\u00ad"]),
        # at least MIN_FRAGMENT (3) letters or digits of the word on each side of a break
        ("e-mail", ["e-mail"]),
        ("E-Mail-Bestätigung", ["E-Mail-", "Bestätigung"]),
        ("re-order", ["re-order"]),
        ("check-in", ["check-in"]),
        ("check-in-Schalter", ["check-", "in-", "Schalter"]),  # each side: the whole word's
        ("x-ray", ["x-ray"]),
        ("Sign-up", ["Sign-up"]),
        (
            "\u05e9\u05dc\u05d5\u05dd-\u05e2\u05d5\u05dc\u05dd",
            ["\u05e9\u05dc\u05d5\u05dd-\u05e2\u05d5\u05dc\u05dd"],
        ),
        ("https://example.com/long-path", ["https://example.com/long-path"]),  # an address
        ("anna-lena@example.com", ["anna-lena@example.com"]),
        ("www.my-shop.de", ["www.my-shop.de"]),
        ("Cafe\u0301-Bar", ["Cafe\u0301-", "Bar"]),  # after a letter with its mark
        ("e\u0301-mail", ["e\u0301-mail"]),  # (a mark is no letter of its own)
    ],
)
def test_where_a_word_may_break_after_a_hyphen(text: str, units: list[str]) -> None:
    found, spaced = break_units(text)
    assert found == units
    joined = "".join(u + (" " if s else "") for u, s in zip(found, spaced, strict=True))
    assert joined.rstrip() == " ".join(text.split())  # nothing lost, nothing added


def test_no_break_before_a_hyphen_after_an_ideograph() -> None:
    assert break_units("東京-大阪") == (["東", "京-", "大", "阪"], [False, False, False, True])


def test_a_hyphenated_compound_breaks_after_its_hyphens_not_between_letters() -> None:
    text = "Kunden-Service-Portal-Anmeldung"
    assert wrap_text(text, 16 * 7.0, MONO, "card") == ("Kunden-Service-", "Portal-Anmeldung")
    assert wrap_text(text, 10 * 7.0, MONO, "card") == ("Kunden-", "Service-", "Portal-", "Anmeldung")
    text = "Check the end-to-end-onboarding-checklist-review today"
    assert wrap_text(text, 14 * 7.0, MONO, "card") == (
        "Check the end-",
        "to-end-",
        "onboarding-",
        "checklist-",
        "review today",
    )
    # a piece still too long for the line is broken between letters, only that piece
    assert wrap_text("Kundenzufriedenheit-Umfrage", 10 * 7.0, MONO, "card") == (
        "Kundenzufr",
        "iedenheit-",
        "Umfrage",
    )
    assert wrap_text("COVID-19-Impfzentrum", 12 * 7.0, MONO, "card") == ("COVID-19-", "Impfzentrum")
    # no breakable hyphen: between letters, as before
    assert wrap_text("Kunden\u2011Servicebereich", 10 * 7.0, MONO, "card") == (
        "Kunden\u2011Ser",
        "vicebereic",
        "h",
    )


def greedy_units(text: str, width: float, metrics: object, role: str) -> tuple[str, ...]:
    """The plain greedy wrap over ``break_units``'s pieces, measuring every candidate line whole
    (a space only after a spaced piece); a piece alone too wide broken between clusters."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        paragraph = paragraph.rstrip()
        units, spaced = break_units(paragraph)
        out: list[str] = []
        current, gap = "", False
        for unit, after in zip(units, spaced, strict=True):
            candidate = current + (" " if gap else "") + unit if current else unit
            if metrics.width(candidate, role) <= width:  # type: ignore[attr-defined]
                current, gap = candidate, after
                continue
            if current:
                out.append(current)
            while metrics.width(unit, role) > width:  # type: ignore[attr-defined]
                head = _longest_prefix(unit, width, metrics, role)  # type: ignore[arg-type]
                if head == unit:  # one cluster wider than the line: on a line of its own
                    break
                out.append(head.rstrip(" "))  # (a number and its sign: at their space)
                unit = unit[len(head) :].lstrip(" ")
            current, gap = unit, after
        out.append(current)
        lines.extend(out)
    return tuple(lines)


VOCABULARY = [
    "a",
    "to",
    "Kunden-Service",
    "e-mail",
    "end-to-end",
    "Tür-Tor-Typ",  # "-T" is kerned in the bundled faces
    "check-in",
    "COVID-19",
    "re-order",
    "10-minute",
    "Lebensmittel-Lieferdienst-Kundenzufriedenheit",
    "slot",
    "order",
    "Vertrags\u2013Verlängerung",
    "x-",
]


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        text = " ".join(rng.choice(VOCABULARY) for _ in range(rng.randint(1, 14)))
        if rng.random() < 0.1:
            text = text.replace(" ", "\n", 1)
        texts.append(text)
    return texts


@pytest.mark.parametrize(
    "metrics",
    [MONO, KernedMetrics(), MisleadingSpaceMetrics(), AddingMetrics({"order": 11.0, "a": 2.25}, 2.5)],
    ids=["monospace", "kerned", "misleading-space", "adding"],
)
def test_hyphenated_text_wraps_to_the_plain_greedy_lines(metrics: object) -> None:
    cache = WrapCache(metrics)  # type: ignore[arg-type]
    for text in _texts(7, 300):
        for width in (30.0, 75.0, 120.0, 210.0):
            expected = greedy_units(text, width, metrics, "card")
            assert wrap_text(text, width, metrics, "card") == expected, (text, width)  # type: ignore[arg-type]
            assert cache.wrap(text, width, "card") == expected, (text, width)


def test_shaped_text_with_kerned_hyphens_wraps_to_whole_line_measurements() -> None:
    """The shaped metrics vouch for sums across spaces; across a break after a hyphen they would
    not hold ("-T" is kerned): a word's pieces on a line are measured together."""
    metrics, card = ShapedMetrics(), roles.CARD
    assert metrics.width("-T", card) < metrics.width("-", card) + metrics.width("T", card)
    cache = WrapCache(metrics)
    for text in _texts(8, 200):
        for width in (40.0, 96.0, 148.0):
            expected = greedy_units(text, width, metrics, card)
            assert cache.wrap(text, width, card) == expected, (text, width)
            assert wrap_text(text, width, metrics, card) == expected, (text, width)


def test_wrapped_lines_joined_again_are_the_text() -> None:
    """Wrapping only chooses where lines end: the lines, joined with a space where a space was,
    are the text's words; a line that ends after a hyphen is followed by no space."""
    after_hyphen = 0
    for text in _texts(9, 200):
        flat = " ".join(text.split())
        for width in (30.0, 75.0, 140.0):
            pos = 0
            for line in WrapCache(MONO).wrap(text, width, "card"):
                if line and flat.startswith(" ", pos):
                    pos += 1  # the line broke at a space
                elif line and pos and flat[pos - 1] == "-":
                    after_hyphen += 1  # after a hyphen: the next line goes on right there
                assert flat.startswith(line, pos), (text, width, line)
                pos += len(line)
            assert pos == len(flat)
    assert after_hyphen > 100


def test_a_card_of_hyphenated_ascii_words_is_wrapped_from_word_widths(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Most cards with "e-mail" or "check-in" take the cache's direct path: no ``wrap_text``, and
    no line measured (only words, and the pieces of a hyphenated word on one line)."""
    measured: list[str] = []

    class Counting(AddingMetrics):
        def width(self, text: str, role: str) -> float:
            measured.append(text)
            return super().width(text, role)

    metrics = Counting({"order": 11.0, "refund": 12.5}, 2.5)
    general = wrap.wrap_text
    calls = [0]

    def counted(*args: object, **kwargs: object) -> tuple[str, ...]:
        calls[0] += 1
        return general(*args, **kwargs)  # type: ignore[arg-type]

    text = "order the e-mail refund check-in order end-to-end refund"
    expected = greedy_units(text, 40.0, metrics, "card")
    monkeypatch.setattr(wrap, "wrap_text", counted)
    measured.clear()
    assert WrapCache(metrics).wrap(text, 40.0, "card") == expected
    assert calls[0] == 0
    assert not [m for m in measured if " " in m.strip() and m != "x x"]


def test_the_direct_path_for_hyphenated_ascii_cards_gives_the_plain_greedy_lines() -> None:
    """Seeded: ASCII words with hyphens (the cache's direct path) at many widths, ties included
    (quarter widths): a word put on a line as far as its pieces fit, the rest on the next lines."""
    rng = random.Random(12)
    stems = ["a", "to", "e", "re", "check", "in", "Tor", "end", "order", "Kunden", "Service", "x" * 9]
    for _ in range(150):
        vocabulary = ["-".join(rng.choices(stems, k=rng.randint(1, 4))) for _ in range(12)]
        metrics = AddingMetrics({w: rng.randint(1, 60) / 4 for w in stems}, rng.choice([1.0, 2.5]))
        cache = WrapCache(metrics)
        for _ in range(10):
            text = " ".join(rng.choices(vocabulary, k=rng.randint(1, 12)))
            width = rng.choice([rng.uniform(15.0, 160.0), metrics.width(text.split()[0], "card")])
            expected = greedy_units(text, width, metrics, "card")
            assert cache.wrap(text, width, "card") == expected, (text, width)
