"""Spreadsheets a client can open safely and jmdesigner reads back exactly: control characters,
formula-like texts, a card's line breaks in the wide layout, Windows code pages, and survey names
that differ only in case."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jmdesigner.interchange import table_writer
from jmdesigner.interchange.table_reader import decode, read_table
from jmdesigner.interchange.tabular_import import ImportOptions, Layout, plan_import
from jmdesigner.model import (
    Card,
    Document,
    JourneyMap,
    Lane,
    LaneKind,
    MapBundle,
    Persona,
    Stage,
    UndoStack,
    add_bundle,
    new_id,
)
from jmdesigner.model import commands as cmd
from tests.interchange.test_table_roundtrip import content, export, reimport

TRICKY = (
    "=SUM(A1:A3)",
    "+33 1 23 45 67",
    "-1 point for the queue",
    "@channel ping",
    "\tindented by a tab",
    "'quoted already",
    "'=not a formula either",
    "Shift+Enter\x0bin Word",
    "bell\x07 and escape\x1b",
    "literal _x000B_ stays literal",
    "two\nlines",
)


def map_of(texts: tuple[str, ...], title: str = "Fahrrad kaufen") -> tuple[Document, str]:
    map_id = new_id()
    stage = Stage(new_id(), map_id, "Stage")
    lane = Lane(new_id(), map_id, "Lane", LaneKind.TOUCHPOINTS)
    cards = tuple(Card(new_id(), map_id, stage.id, lane.id, t) for t in texts)
    doc = Document()
    add_bundle(doc, MapBundle(JourneyMap(map_id, title), (), (stage,), (lane,), cards, ()))
    return doc, map_id


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
@pytest.mark.parametrize("layout", ["long", "wide"])
def test_tricky_texts_round_trip_exactly(tmp_path: Path, suffix: str, layout: str) -> None:
    texts = TRICKY if layout == "long" else tuple(t for t in TRICKY if t == t.strip())
    doc, map_id = map_of(texts)
    first = export(doc, map_id, layout, suffix)  # XLSX used to crash on \x0b
    doc2, map2 = reimport(first, layout, suffix, tmp_path)
    assert [c.text for c in doc2.cards(map2)] == list(texts)
    assert export(doc2, map2, layout, suffix) == first


def test_csv_cells_that_start_like_a_formula_are_written_as_text() -> None:
    doc, map_id = map_of(TRICKY)
    data = table_writer.csv_bytes(table_writer.long_rows(doc, map_id)).decode("utf-8-sig")
    texts = [row[3] for row in csv.reader(io.StringIO(data, newline=""))][1:]
    for original, written in zip(TRICKY, texts, strict=True):
        if original.startswith(("=", "+", "-", "@", "\t", "\r", "'")):
            assert written == "'" + original  # OWASP: a leading apostrophe, shown as text
        else:
            assert written == original


def test_xlsx_cells_are_strings_and_control_characters_are_escaped(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    doc, map_id = map_of(TRICKY, title="Title\x0bwith a control character / and a slash")
    path = tmp_path / "t.xlsx"
    path.write_bytes(export(doc, map_id, "long", ".xlsx"))
    sheet = load_workbook(path).active  # a workbook openpyxl (and so Excel) can read
    assert sheet.title == "Title with a control character"
    cells = {c.value: c for row in sheet.iter_rows(min_row=2) for c in row if isinstance(c.value, str)}
    assert cells["=SUM(A1:A3)"].data_type == "s"
    assert "Shift+Enter_x000B_in Word" in cells  # OOXML's escape, as Excel writes it
    assert "literal _x005F_x000B_ stays literal" in cells


_any_text = st.text(
    alphabet=st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=25
).map(lambda t: t.replace("\r", ""))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(_any_text, min_size=1, max_size=6))
def test_any_text_round_trips_through_csv_and_xlsx(tmp_path: Path, texts: list[str]) -> None:
    doc, map_id = map_of(tuple(texts))
    for suffix in (".csv", ".xlsx"):
        first = export(doc, map_id, "long", suffix)
        doc2, map2 = reimport(first, "long", suffix, tmp_path)
        assert [c.text for c in doc2.cards(map2)] == texts


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_the_wide_layout_keeps_a_cards_line_breaks(tmp_path: Path, suffix: str) -> None:
    doc, map_id = map_of(("first line\nsecond line", "another card", "a\r\nwindows break".replace("\r", "")))
    doc2, map2 = reimport(export(doc, map_id, "wide", suffix), "wide", suffix, tmp_path)
    assert content(doc2, map2)["cards"] == content(doc, map_id)["cards"]


def test_a_wide_sheet_typed_by_hand_is_still_one_card_per_line(tmp_path: Path) -> None:
    path = tmp_path / "sketch.csv"
    path.write_text('Lane,Discover,Buy\nTouchpoints,"Ad\nFriend",Shop\n', encoding="utf-8")
    doc = Document()
    plan = plan_import(doc, read_table(path), ImportOptions(layout=Layout.WIDE))
    map_id = plan.apply(UndoStack(doc))
    assert [c.text for c in doc.cards(map_id)] == ["Ad", "Friend", "Shop"]


# ---------------------------------------------------------------- encodings
SAMPLES = {
    "cp1250": (
        "Windows-1250 (Central European)",
        "Etap,Tor,Tekst\nZakup,Kontakt,Długi czas oczekiwania na "
        "dostawę; żółta ściana i źle oznaczone półki\nPłatność,Ból,Zbyt mało kas i kolejka\n",
    ),
    "cp1251": (
        "Windows-1251 (Cyrillic)",
        "Этап,Дорожка,Текст\nЗаявка,Контакт,Длинная очередь в "
        "отделении и непонятная форма заявки\nОплата,Боль,Слишком мало касс\n",
    ),
    "cp1252": (
        "Windows-1252 (Western)",
        "Étape,Voie,Texte\nAchat,Contact,Attente trop longue à la "
        "caisse; reçu illisible et frère déçu\nPaiement,Douleur,Trop peu de caisses ouvertes\n",
    ),
    "utf-8": ("UTF-8", "Etap,Tor,Tekst\nZakup,Kontakt,Długi czas — Этап — Étape\n"),
}


@pytest.mark.parametrize("codec", sorted(SAMPLES))
def test_the_encoding_is_detected(tmp_path: Path, codec: str) -> None:
    named, text = SAMPLES[codec]
    path = tmp_path / "survey.csv"
    path.write_bytes(text.encode(codec))
    table = read_table(path)
    assert table.encoding == named
    assert table.rows[0].cells[2] == text.splitlines()[1].split(",", 2)[2]


def test_a_chosen_encoding_overrides_the_guess(tmp_path: Path) -> None:
    text = SAMPLES["cp1250"][1]
    path = tmp_path / "survey.csv"
    path.write_bytes(text.encode("cp1250"))
    table = read_table(path, "cp1252")
    assert table.encoding == "Windows-1252 (Western)" and "d³ugi" in table.rows[0].cells[2].lower()


# ------------------------------------------------------------------ surveys
def test_survey_names_match_existing_stages_and_personas_ignoring_case(tmp_path: Path) -> None:
    doc = Document()
    stack = UndoStack(doc)
    map_id = new_id()
    stages = tuple(Stage(new_id(), map_id, n) for n in ("Discover", "Checkout"))
    emotions = Lane(new_id(), map_id, "Emotions", LaneKind.EMOTIONS)
    stack.push(cmd.add_map(MapBundle(JourneyMap(map_id, "Shop"), (), stages, (emotions,), (), ())))
    alex = Persona(new_id(), "Alex")
    stack.push(cmd.add_persona(alex))
    path = tmp_path / "survey.csv"
    path.write_text(
        "Persona,Stage,Score\nALEX,checkout,2\nalex,CHECKOUT,4\nAlex,discover,5\nsam,Discover,1\nSAM,discover,3\n",
        encoding="utf-8",
    )
    options = ImportOptions(layout=Layout.EMOTIONS, target_map_id=map_id)
    plan = plan_import(doc, read_table(path), options)
    assert plan.ok, plan.error_lines()
    assert (plan.stages, plan.personas, plan.points) == (0, 1, 3)  # only “sam” is new, once
    plan.apply(stack)
    assert [s.name for s in doc.stages(map_id)] == ["Discover", "Checkout"]
    assert sorted(p.name for p in doc.personas()) == ["Alex", "sam"]
    assert doc.point_at(alex.id, stages[1].id).score == 3  # type: ignore[union-attr]


SHORT = {
    "cp1252": ["Größe der Tür und Übergabe", "El niño pidió más información", "Ça coûte très cher"],
    "cp1250": ["Příliš žluťoučký kůň úpěl ódy", "Długi czas", "Łódź, żółw, jaźń", "Żaba"],
    "cp1251": ["Дуже довга черга в магазині", "Очень долго", "Заявка, ok"],
}


@pytest.mark.parametrize(("codec", "text"), [(c, t) for c, ts in SHORT.items() for t in ts])
def test_short_texts_in_each_code_page_read_right(codec: str, text: str) -> None:
    """Single cells are where detectors fail (charset-normalizer read “Długi czas” as Windows-1252)."""
    for sample in (text, (text + "\n") * 300):
        assert decode(sample.encode(codec))[0] == sample
