"""Line breaks a typographer would not make: a percent or currency sign parted from its number,
a soft hyphen that never breaks (or shows when it does not), a hyphenated word broken into a
one- or two-letter piece.

- A word that is only a sign (%, ‰, ‱, °, a currency sign, with the punctuation that may follow
  it) stays with the number before it, "18 %", "12 €"; a currency sign that no number precedes
  stays with the amount after it, "€ 12". A no-break space (U+00A0, U+2007, U+202F) never breaks.
- A soft hyphen (U+00AD) is a break opportunity; the line that ends there shows a hyphen in its
  place, and a soft hyphen inside a line draws nothing.
- A word breaks after a hyphen or a soft hyphen only with at least three letters or digits of the
  word on each side.
"""

from __future__ import annotations

import random
import sys
import unicodedata

import pytest

from jmdesigner.layout import MonospaceMetrics, WrapCache, wrap, wrap_text
from jmdesigner.layout import metrics as roles
from jmdesigner.layout.wrap import CURRENCY, MIN_FRAGMENT, SOFT_HYPHEN, break_units
from jmdesigner.text.metrics import ShapedMetrics, broken_words
from tests.layout.test_wrap import AddingMetrics, KernedMetrics
from tests.layout.test_wrap_hyphens import greedy_units

MONO = MonospaceMetrics()  # 7 units a character
SHY = SOFT_HYPHEN


class SoftMonospace(MonospaceMetrics):
    """7 units a character, a soft hyphen none (as the shaper draws it: default-ignorable)."""

    def width(self, text: str, role: str) -> float:
        return super().width(text.replace(SHY, ""), role)


SOFT = SoftMonospace()


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("Checkout abandonment: 18 %", ["Checkout", "abandonment:", "18 %"]),
        ("Conversion 4.2 %.", ["Conversion", "4.2 %."]),
        ("rose 18 % in May", ["rose", "18 %", "in", "May"]),
        ("12,50 € pro Monat", ["12,50 €", "pro", "Monat"]),
        ("Liefergebühr (12 €)", ["Liefergebühr", "(12 €)"]),
        ("Preis: € 12 netto", ["Preis:", "€ 12", "netto"]),  # a currency sign before its amount
        ("€ 12", ["€ 12"]),
        ("12 € 15 €", ["12 €", "15 €"]),
        ("$ 5 and 5 $", ["$ 5", "and", "5 $"]),
        ("3 ‰ und 2 ‱", ["3 ‰", "und", "2 ‱"]),
        ("21 °C", ["21", "°C"]),  # "°C" is not a sign alone (a letter)
        ("21 ° warm", ["21 °", "warm"]),
        ("Rabatt in %", ["Rabatt", "in %"]),  # no number: a lone sign still never starts a line
        ("% of users", ["%", "of", "users"]),  # nothing before it
        ("18% and 20%", ["18%", "and", "20%"]),  # no space: one word as always
        ("100 %-Ziel", ["100", "%-Ziel"]),  # a word with more than signs is a word
        ("18\u00a0%", ["18\u00a0%"]),  # NO-BREAK SPACE, NARROW NO-BREAK SPACE, FIGURE SPACE
        ("5\u202f‰ more", ["5\u202f‰", "more"]),
        ("1\u2007000 Kunden", ["1\u2007000", "Kunden"]),
        ("Frau\u00a0Dr. Müller", ["Frau\u00a0Dr.", "Müller"]),
        ("東京\u00a0大阪", ["東", "京\u00a0大", "阪"]),  # no break beside a no-break space (GL)
        ("価格 100 ¥ です", ["価", "格", "100 ¥", "で", "す"]),
        ("東京 ¥ 大阪", ["東", "京 ¥", "大", "阪"]),  # nor beside the space that keeps a sign on
    ],
)
def test_a_sign_stays_with_its_number(text: str, units: list[str]) -> None:
    found, spaced = break_units(text)
    assert found == units
    joined = "".join(u + (" " if s else "") for u, s in zip(found, spaced, strict=True))
    assert joined.rstrip() == text  # nothing lost, nothing added


def test_a_line_never_starts_with_a_lone_percent_or_currency_sign() -> None:
    text = "Checkout abandonment: 18 %"
    width = MONO.width("Checkout abandonment: 18", "card")  # "18" would fit, "18 %" does not
    assert wrap_text(text, width, MONO, "card") == ("Checkout abandonment:", "18 %")
    assert WrapCache(MONO).wrap(text, width, "card") == ("Checkout abandonment:", "18 %")
    assert wrap_text("Liefergebühr 12 €", 15 * 7.0, MONO, "card") == ("Liefergebühr", "12 €")
    assert wrap_text("Preis € 12", 8 * 7.0, MONO, "card") == ("Preis", "€ 12")
    # a no-break space holds as a space would not
    assert wrap_text("abandonment 18\u202f%", 14 * 7.0, MONO, "card") == ("abandonment", "18\u202f%")


def test_signs_wrap_to_the_plain_greedy_lines_on_every_path() -> None:
    """ASCII cards with "%" and "$" take the cache's direct path (exact, vouched widths); the
    others the general one: the same lines as the plain greedy wrap over the glued words."""
    rng = random.Random(34)
    vocabulary = ["18", "4.2", "%", "$", "rose", "to", "abandonment:", "12", "€", "‰", "e-mail", "x"]
    metrics_list = [MONO, KernedMetrics(), AddingMetrics({"%": 5.5, "$": 5.0, "18": 8.0}, 2.5)]
    for metrics in metrics_list:
        cache = WrapCache(metrics)  # type: ignore[arg-type]
        for _ in range(300):
            text = " ".join(rng.choices(vocabulary, k=rng.randint(1, 12)))
            width = rng.uniform(20.0, 140.0)
            expected = greedy_units(text, width, metrics, "card")
            assert wrap_text(text, width, metrics, "card") == expected, (text, width)  # type: ignore[arg-type]
            assert cache.wrap(text, width, "card") == expected, (text, width)
            units = break_units(text)[0]
            if all(metrics.width(unit, "card") <= width for unit in units):  # (none broken alone)
                for line in expected[1:]:  # a sign starts a line only as the amount's currency
                    first, *rest = line.split()
                    if first in ("%", "‰", "€", "$"):
                        assert first in "€$" and rest and rest[0][0].isdigit(), expected
            assert not any(line != line.strip() for line in expected), expected


def test_an_ascii_card_with_a_percent_sign_keeps_the_direct_path(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = [0]
    general = wrap.wrap_text

    def counted(*args: object, **kwargs: object) -> tuple[str, ...]:
        calls[0] += 1
        return general(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(wrap, "wrap_text", counted)
    metrics = AddingMetrics({"%": 5.5}, 2.5)
    assert WrapCache(metrics).wrap("abandonment rose to 18 %", 40.0, "card")[-1].endswith("18 %")
    assert calls[0] == 0


def test_the_currency_signs_are_unicodes_sc() -> None:
    everything = (chr(c) for c in range(sys.maxunicode + 1))
    assert set(CURRENCY) == {ch for ch in everything if unicodedata.category(ch) == "Sc"}


@pytest.mark.parametrize(
    ("text", "width", "lines"),
    [
        # a soft hyphen breaks, and the line that ends there shows a hyphen in its place
        (f"Kun{SHY}den{SHY}ser{SHY}vice{SHY}por{SHY}tal", 10, ("Kun\xadden\xadser-", "vice\xadpor\xadtal")),
        (f"Kun{SHY}den{SHY}ser{SHY}vice{SHY}por{SHY}tal", 8, ("Kun\xadden-", "ser\xadvice-", "por\xadtal")),
        (f"Die Lebens{SHY}mittel{SHY}lieferung", 12, ("Die Lebens-", "mittel-", "lieferung")),
        (f"Die Lebens{SHY}mittel{SHY}lieferung", 40, (f"Die Lebens{SHY}mittel{SHY}lieferung",)),
        (f"co{SHY}op and re{SHY}order", 7, ("co\xadop", "and", "re\xadorder")),  # too short: no break
        (f"Kunden{SHY} und", 7, ("Kunden\xad", "und")),  # before a space: no break, never drawn
    ],
)
def test_a_soft_hyphen_breaks_and_shows_a_hyphen_only_there(text: str, width: int, lines: tuple) -> None:
    assert wrap_text(text, width * 7.0, SOFT, "card") == lines
    assert WrapCache(SOFT).wrap(text, width * 7.0, "card") == lines
    assert all(SOFT.width(line, "card") <= width * 7.0 for line in lines)  # the hyphen counted
    flat = "".join(line[:-1] + SHY if line.endswith("-") else line + " " for line in lines)
    assert flat.rstrip() == text  # nothing lost, nothing added: a hyphen in a soft one's place


def test_a_line_broken_at_a_soft_hyphen_is_measured_with_its_hyphen() -> None:
    """Shaped: a soft hyphen inside a line is as wide as nothing, the hyphen at a line's end is
    not; every line fits with what it shows, and a title fitting (``broken_words``) counts a
    break at a soft hyphen as a break between words."""
    metrics, card = ShapedMetrics(), roles.CARD
    assert metrics.width(f"Lebens{SHY}mittel", card) == metrics.width("Lebensmittel", card)
    text = f"Die Lebens{SHY}mittel{SHY}lieferung{SHY}zeiten im Kunden{SHY}service{SHY}portal"
    units = break_units(text)[0]
    widest = max(metrics.width(u[:-1] + "-" if u.endswith(SHY) else u, card) for u in units)
    broke = 0
    for width in range(40, 260, 3):
        lines = WrapCache(metrics).wrap(text, float(width), card)
        assert lines == wrap_text(text, float(width), metrics, card)
        if width >= widest:  # every piece fits: every line fits as drawn, no word broken
            assert all(metrics.width(line, card) <= width for line in lines), (width, lines)
            assert broken_words(text, lines) == 0
            broke += sum(line.endswith("-") for line in lines)
    assert broke > 20


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("Send the e-mail", ("Send the", "e-mail")),  # never "e-" / "mail"
        ("Confirm the check-in", ("Confirm the", "check-in")),  # never "check-" / "in"
        ("with a 10-minute warning", ("with a", "10-minute", "warning")),  # never "10-"
        ("a Kunden-Service", ("a Kunden-", "Service")),
    ],
)
def test_no_one_or_two_letter_piece_at_a_hyphen(text: str, lines: tuple) -> None:
    assert wrap_text(text, 11 * 7.0, MONO, "card") == lines
    assert WrapCache(MONO).wrap(text, 11 * 7.0, "card") == lines
    assert MIN_FRAGMENT == 3
