"""The German catalogue: every message of the code translated, placeholders kept, the .qm current."""

from __future__ import annotations

import re
import shutil
import string
import subprocess
import sys
from pathlib import Path

import pytest

from jmdesigner import catalogue, i18n

TS = catalogue.FOLDER / "jmdesigner_de.ts"
QM = catalogue.FOLDER / "jmdesigner_de.qm"
QT_ARGS = re.compile(r"%L?\d|%L?n")


def _placeholders(text: str) -> tuple[list[str], list[str]]:
    named = sorted(
        f"{name}:{spec}" for _, name, spec, _ in string.Formatter().parse(text) if name is not None
    )
    return named, sorted(QT_ARGS.findall(text))


@pytest.fixture(scope="module")
def entries() -> dict[tuple[str, str, str | None], catalogue.Entry]:
    return catalogue.read_ts(TS)


def test_every_message_of_the_code_is_translated_and_nothing_else(entries: dict) -> None:
    found = catalogue.messages()
    assert len(found) > 700
    keys = {(m.context, m.source, m.disambiguation) for m in found}
    missing = sorted(k for k in keys if k not in entries or not entries[k].finished)
    assert not missing, f"untranslated (run make translations, then translate): {missing[:10]}"
    assert not set(entries) - keys, "the .ts holds messages the code no longer has: run make translations"
    for message in found:
        entry = entries[(message.context, message.source, message.disambiguation)]
        assert entry.message.plural == message.plural, message
        assert len(entry.forms) == (2 if message.plural else 1), message  # German: singular, plural
        assert all(form.strip() for form in entry.forms), message


def test_placeholders_match_between_source_and_translation(entries: dict) -> None:
    for (context, source, _), entry in entries.items():
        for form in entry.forms:
            assert _placeholders(form) == _placeholders(source), (context, source, form)
            assert form.count("&") == source.count("&"), (context, source, form)  # one mnemonic each
            assert "(s)" not in form, (context, form)


HACKED_PLURAL = re.compile(r"\w\((s|es|e|n|en|er|nen)\)")


def test_a_count_in_a_sentence_is_a_real_plural_never_a_bracketed_ending(entries: dict) -> None:
    """ "1 problem(s)" is English for nobody: a message whose noun follows a count is a plural
    (a count ``n``, one form per plural of the language), and no translation brackets an
    ending ("Problem(e)") instead of giving each form."""
    for message in catalogue.messages():
        if HACKED_PLURAL.search(message.source):
            assert message.plural, message  # a spin box suffix (" dot(s)") has its count beside it
    for (context, source, _), entry in entries.items():
        for form in entry.forms:
            assert not HACKED_PLURAL.search(form), (context, source, form)


def test_the_compiled_catalogue_is_the_ts_file(tmp_path: Path) -> None:
    lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    if not Path(lrelease).exists():
        pytest.skip("pyside6-lrelease is not installed")
    out = tmp_path / "de.qm"
    subprocess.run([lrelease, "-silent", str(TS), "-qm", str(out)], check=True)
    assert out.read_bytes() == QM.read_bytes(), "run make translations to recompile the .qm"


def test_english_plurals_and_count_without_a_catalogue() -> None:
    assert i18n.translate("Commands", "%n card(s)", None, 1) == "1 card"
    assert i18n.translate("Commands", "%n card(s)", None, 0) == "0 cards"
    assert i18n.translate("Commands", "Delete %n card(s)", None, 12) == "Delete 12 cards"
    assert i18n.translate("Actions", "&File") == "&File"


def test_the_extractor_reads_markers_plurals_and_joined_literals(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text(
        "X = N_('Ctx', 'Marked')\n"
        "def f(cards, painter):\n"
        "    translate('Ctx', 'first ' 'second')\n"
        "    translate('Ctx', '%n card(s)', None, len(cards))\n"
        "    painter.translate(3, 4)\n"
        "    translate('Ctx', spec_text)\n"
    )
    assert sorted((m.source, m.plural) for m in catalogue.messages_in(module)) == [
        ("%n card(s)", True),
        ("Marked", False),
        ("first second", False),
    ]
