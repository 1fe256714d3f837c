"""Mermaid journeys: the grammar as Mermaid's parser takes it, real files, the way back out."""

from __future__ import annotations

from pathlib import Path

import pytest

from jmdesigner.errors import JmError
from jmdesigner.interchange.formats import read_file, read_text
from jmdesigner.interchange.mermaid_journey import write_mermaid
from jmdesigner.interchange.problems import ImportProblems
from jmdesigner.model import LaneKind
from tests.interchange.interchange_helpers import FIXTURES, comparable, in_document

MERMAID = FIXTURES / "mermaid"


def read(text: str, name: str = "j.mmd"):  # type: ignore[no-untyped-def]
    return read_text(text, name, ".mmd")[1]


def test_the_documentation_example() -> None:
    fmt, imported = read_file(MERMAID / "docs-my-working-day.mmd")
    assert fmt.name == "mermaid"
    b = imported.bundle
    assert b.map.title == "My working day"
    assert [s.name for s in b.stages] == ["Go to work", "Go home"]
    assert [(lane.name, lane.kind) for lane in b.lanes] == [
        ("Customer actions", LaneKind.ACTIONS),
        ("Emotions", LaneKind.EMOTIONS),
    ]
    assert [c.text for c in b.cards] == ["Make tea", "Go upstairs", "Do work", "Go downstairs", "Sit down"]
    assert [p.name for p in b.personas] == ["Cat", "Me"]  # Mermaid's legend order
    me = {p.stage_id: p for p in b.points if p.persona_id == b.personas[1].id}
    go_to_work = b.stages[0].id
    assert me[go_to_work].score == 3  # (5 + 3 + 1) / 3
    assert me[go_to_work].note == "5 — Make tea\n3 — Go upstairs\n1 — Do work"
    assert (b.map.scale_min, b.map.scale_max) == (1, 5)
    assert imported.notes == ()


def test_parser_spec_tasks_with_any_spacing_and_no_actor() -> None:
    b = read_file(MERMAID / "spec-task-definition.mmd")[1].bundle
    assert [c.text for c in b.cards] == [f"{x} task" for x in "ABCDEPQR"]
    assert [p.name for p in b.personas] == ["Alice", "Bob", "Charlie", "Customer"]
    bob = next(p for p in b.personas if p.name == "Bob")
    (point,) = [p for p in b.points if p.persona_id == bob.id]
    assert point.score == 4 and point.note == "5 — A task\n3 — B task"


def test_accessibility_title_and_multiline_description_are_the_description() -> None:
    b = read_file(MERMAID / "spec-accessibility.mmd")[1].bundle
    assert b.map.title == "Adding journey diagram functionality to mermaid"
    assert b.map.description == (
        "Adding acc journey diagram functionality to mermaid\n\nA user journey for\nfamily shopping"
    )
    assert [s.name for s in b.stages] == ["Order from website"]


def test_every_br_variant_is_a_line_break() -> None:
    b = read_file(MERMAID / "spec-line-breaks.mmd")[1].bundle
    assert b.stages[0].name == "Line1\nLine2\nLine3\nLine4\nLine5"


def test_markdown_takes_the_first_journey_block_with_its_file_line_numbers() -> None:
    fmt, imported = read_file(MERMAID / "cheatsheet-user-journey.md")
    assert fmt.name == "markdown"
    assert imported.bundle.map.title == "Sections and Tasks"
    text = (
        "# Doc\n\n```mermaid\nflowchart TD\n  A-->B\n```\n\n```mermaid\njourney\n  section S\n  Broken\n```\n"
    )
    with pytest.raises(ImportProblems) as refused:
        read_text(text, "doc.md", ".md")
    assert "line 11:" in str(refused.value)


def test_a_non_number_score_is_refused_naming_its_line() -> None:
    with pytest.raises(ImportProblems) as refused:
        read_file(MERMAID / "cheatsheet-score.mmd")
    assert str(refused.value) == (
        "cheatsheet-score.mmd: 1 problem, nothing was imported: "
        "line 11: the score “X” of “Score N/A/5” is not a number."
    )


def test_front_matter_title_comments_case_and_semicolons() -> None:
    text = '---\ntitle: "From front matter"\nconfig:\n  theme: forest\n---\n%% a comment\nJOURNEY\n'
    text += "Section Start # a comment\n  Look: 4 : Ann ,Bo\n"
    b = read(text).bundle
    assert b.map.title == "From front matter"
    assert [s.name for s in b.stages] == ["Start"]
    assert [p.name for p in b.personas] == ["Ann", "Bo"]
    with pytest.raises(ImportProblems) as refused:
        read("journey\nsection A\nOne: 3; Two: 4\n")
    assert "line 3: Mermaid does not allow “;”" in str(refused.value)


def test_indented_front_matter_is_read_leniently() -> None:
    b = read("    ---\n    title: Indented\n    ---\n    journey\n      section A\n        T: 2: Me\n").bundle
    assert b.map.title == "Indented" and [c.text for c in b.cards] == ["T"]


def test_unclosed_front_matter_names_its_line() -> None:
    with pytest.raises(ImportProblems, match="line 2: the front matter opened with “---” is never closed"):
        read("\n---\ntitle: x\njourney\n")


def test_every_problem_is_listed_by_line_and_nothing_is_made() -> None:
    text = "journey\nsection A\nno colon here\nT: lots: Me\n: 3: Me\nsection B:x\n"
    with pytest.raises(ImportProblems) as refused:
        read(text)
    assert [p.split(":")[0] for p in refused.value.problems] == ["line 3", "line 4", "line 5", "line 6"]


def test_a_repeated_section_keeps_its_tasks_in_its_own_stage() -> None:
    imported = read("journey\nsection Shop\nA: 5: Me\nsection Pay\nB: 2: Me\nsection Shop\nC: 4: Me\n")
    b = imported.bundle
    assert [s.name for s in b.stages] == ["Shop", "Pay", "Shop (2)"]
    assert [(c.text, c.stage_id) for c in b.cards] == [
        ("A", b.stages[0].id),
        ("B", b.stages[1].id),
        ("C", b.stages[2].id),
    ]
    assert any("Shop (2)" in n for n in imported.notes)


@pytest.mark.parametrize(
    ("scores", "scale"),
    [(("3", "9"), (1, 9)), (("9", "13"), (1, 13)), (("-2", "4"), (-2, 5)), (("0.5", "5"), (0, 5))],
)
def test_the_scale_fits_every_score_and_says_so(scores: tuple[str, str], scale: tuple[int, int]) -> None:
    imported = read(f"journey\nsection A\nLow: {scores[0]}: Me\nsection B\nHigh: {scores[1]}: Me\n")
    b = imported.bundle
    assert (b.map.scale_min, b.map.scale_max) == scale
    assert sorted(p.score for p in b.points) == sorted(float(s) for s in scores)
    assert bool(imported.notes) == (scale != (1, 5))


def test_scores_beyond_the_largest_scale_are_spread_onto_it_in_order() -> None:
    imported = read("journey\nsection A\nLow: -500: Me\nsection B\nMid: 10: Me\nsection C\nHigh: 1000: Me\n")
    b = imported.bundle
    assert (b.map.scale_min, b.map.scale_max) == (-100, 100)
    by_stage = {p.stage_id: p.score for p in b.points}
    scores = [by_stage[s.id] for s in b.stages]
    assert scores[0] == -100 and scores[2] == 100 and scores[0] < scores[1] < scores[2]
    assert "1000 — High" in next(p.note for p in b.points if p.score == 100)
    assert "spread evenly" in imported.notes[0]


def test_not_a_journey() -> None:
    with pytest.raises(JmError, match="line 1: a Mermaid journey starts with “journey”, not “flowchart”"):
        read("flowchart TD\n A-->B\n")
    with pytest.raises(JmError, match="no sections and no tasks"):
        read("journey\ntitle Empty\n")


def test_hostile_sizes_stay_bounded() -> None:
    long_name = "x" * 20_000
    with pytest.raises(ImportProblems, match="line 3: A card's text is 20,000 characters long"):
        read(f"journey\nsection A\n{long_name}: 3: Me\n")
    many = "journey\nsection A\n" + "".join(f"Task {i}: {i % 5 + 1}: P{i % 7}\n" for i in range(5000))
    b = read(many).bundle
    assert len(b.cards) == 5000 and len(b.personas) == 7


def test_round_trip_mmd_jmap_mmd_jmap_is_equal() -> None:
    for path in sorted(MERMAID.glob("*.mmd")):
        if path.name == "cheatsheet-score.mmd":
            continue
        first = read_file(path)[1].bundle
        doc, map_id = in_document(first)
        text, warnings = write_mermaid(doc, map_id)
        assert warnings == [], path.name
        second = read(text, path.name).bundle
        assert comparable(second) == comparable(first), path.name
        doc2, map_id2 = in_document(second)
        assert write_mermaid(doc2, map_id2)[0] == text


def test_export_of_a_map_made_in_the_app_keeps_its_text_and_curves() -> None:
    b = read("journey\nsection A\nT: 2: Me\n").bundle
    doc, map_id = in_document(b)
    actions = next(lane for lane in doc.lanes(map_id) if lane.kind is LaneKind.ACTIONS)
    stage = doc.stages(map_id)[0]
    card = doc.cards_in(stage.id, actions.id)[0]
    typed = "Typed: with a colon; and # hash\nand a second line"
    doc.update_card(card.id, text=typed)
    point = doc.emotion_points(map_id)[0]
    doc.update_emotion(point.id, note="typed in the app", score=4.5)
    text, warnings = write_mermaid(doc, map_id)
    assert "Typed꞉ with a colon； and ＃ hash<br>and a second line: 4.5: Me" in text  # what Mermaid shows
    assert any("look-alikes" in w for w in warnings)
    again = read(text).bundle
    assert again.cards[0].text == typed
    assert (again.points[0].score, again.points[0].note) == (4.5, "typed in the app")


def test_the_sample_map_goes_to_mermaid_and_back_with_its_actions_and_curves() -> None:
    import json

    from jmdesigner.interchange.json_map import parse_map
    from jmdesigner.model import bundle_of

    sample = Path(__file__).parents[2] / "resources" / "samples" / "sample-map.json"
    doc, map_id = in_document(parse_map(json.loads(sample.read_text(encoding="utf-8"))))
    text, warnings = write_mermaid(doc, map_id)
    assert any("average" in w for w in warnings)  # Maya and Walter feel differently
    again = read(text).bundle
    original = bundle_of(doc, map_id)

    def actions(b):  # type: ignore[no-untyped-def]
        view = comparable(b)
        return {**view, "lanes": None, "cards": [c for c in view["cards"] if c[1] == "Customer actions"]}

    assert actions(again)["cards"] and actions(again) == actions(original)


def test_mermaids_own_grammar_accepts_every_export_and_refuses_what_we_refuse() -> None:
    import json

    from jmdesigner.interchange.json_map import parse_map
    from tests.interchange.mermaid_grammar import accepts

    for path in sorted(MERMAID.glob("*.mmd")):
        text = path.read_text(encoding="utf-8")
        assert accepts(text), path.name  # the oracle takes Mermaid's own examples
        if path.name != "cheatsheet-score.mmd":
            doc, map_id = in_document(read_file(path)[1].bundle)
            assert accepts(write_mermaid(doc, map_id)[0]), path.name
    sample = Path(__file__).parents[2] / "resources" / "samples" / "sample-map.json"
    doc, map_id = in_document(parse_map(json.loads(sample.read_text(encoding="utf-8"))))
    assert accepts(write_mermaid(doc, map_id)[0])
    assert not accepts("journey\nsection A\nOne: 3; Two: 4\n")  # “;” is INVALID to Mermaid too
    assert not accepts("journey\nsection A\nno colon here\n")


def test_a_section_with_more_tasks_than_a_note_holds_keeps_the_first_and_counts_the_rest() -> None:
    text = "journey\nsection A\n" + "".join(f"Task number {i}: 3: Me\n" for i in range(2000))
    imported = read(text)
    note = imported.bundle.points[0].note
    assert len(note) <= 10_000 and note.endswith(" more tasks") and note.startswith("3 — Task number 0\n")
    assert any("first ones" in n for n in imported.notes)


def test_more_cards_than_any_map_needs_are_refused_in_one_problem() -> None:
    from jmdesigner.interchange import map_builder

    text = "journey\nsection A\n" + "T: 3: Me\n" * (map_builder.MAX_IMPORTED_CARDS + 5)
    with pytest.raises(ImportProblems) as refused:
        read(text)
    assert refused.value.problems == (
        f"line {map_builder.MAX_IMPORTED_CARDS + 3}: more than 100,000 cards; split the journey.",
    )


def test_personas_with_commas_and_maps_without_an_actions_lane_come_back() -> None:
    from jmdesigner.model import Card, Document, EmotionPoint, JourneyMap, Persona, Stage, new_id

    doc = Document()
    persona = doc.add_persona(Persona(id=new_id(), name="Okafor, Maya: parent"))
    jmap = doc.add_map(JourneyMap(id=new_id(), title="No actions", persona_ids=(persona.id,)))
    stage = doc.insert_stage(Stage(id=new_id(), map_id=jmap.id, name="Only"))
    doc.set_emotion(
        EmotionPoint(id=new_id(), map_id=jmap.id, persona_id=persona.id, stage_id=stage.id, score=-2)
    )
    text, _ = write_mermaid(doc, jmap.id)
    b = read(text).bundle
    assert [p.name for p in b.personas] == ["Okafor, Maya: parent"]
    assert [(p.score, p.stage_id) for p in b.points] == [(-2, b.stages[0].id)]
    assert any(lane.kind is LaneKind.EMOTIONS for lane in b.lanes)  # the curve has somewhere to show
    plain = read("journey\nsection S\nT: 4: Okafor, Maya: parent\n").bundle
    assert [p.name for p in plain.personas] == ["Maya", "Okafor"]  # Mermaid's own reading, legend order
    card_doc, card_map = in_document(b)
    actions = next(lane for lane in card_doc.lanes(card_map) if lane.kind is LaneKind.ACTIONS)
    card_doc.insert_card(
        Card(
            id=new_id(),
            map_id=card_map,
            stage_id=card_doc.stages(card_map)[0].id,
            lane_id=actions.id,
            text="Waits",
        )
    )
    again = read(write_mermaid(card_doc, card_map)[0]).bundle
    assert [p.name for p in again.personas] == ["Okafor, Maya: parent"]
    assert [c.text for c in again.cards] == ["Waits"] and again.points[0].score == -2
