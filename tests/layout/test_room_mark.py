"""A participant's note carries a “Room · name” mark in its footer until it is accepted."""

from __future__ import annotations

from jmdesigner.layout import MonospaceMetrics, layout_map
from jmdesigner.model import Card, Evidence, LaneKind, new_id
from tests.builders import populated

M = MonospaceMetrics(char_width=7.0, line_height=16.0)


def _room_cards(author: str, **extra: object) -> tuple[object, Card, Card]:
    doc = populated(stages=2, cards_per_cell=0)
    map_id = doc.maps()[0].id
    stage = doc.stages(map_id)[0]
    lane = next(lane for lane in doc.lanes(map_id) if lane.kind is not LaneKind.EMOTIONS)
    marked = Card(new_id(), map_id, stage.id, lane.id, "Queue", author=author, from_room=True, **extra)  # type: ignore[arg-type]
    accepted = Card(new_id(), map_id, stage.id, lane.id, "Queue", author=author)
    doc.insert_card(marked)
    doc.insert_card(accepted)
    return layout_map(doc, map_id, M), marked, accepted


def test_the_mark_sits_in_the_footer_inside_the_card() -> None:
    g, marked, accepted = _room_cards("Ana", votes=3, evidence=Evidence.OBSERVED)
    m, a = g.cards[marked.id], g.cards[accepted.id]
    assert m.room_text == "Room · Ana" and a.room_rect is None and a.room_text == ""
    assert m.rect.h > a.rect.h  # the footer line
    r = m.room_rect
    assert (
        r is not None
        and m.rect.x < r.x
        and r.right < m.rect.right
        and m.text_rect.bottom < r.y < m.rect.bottom
    )
    assert m.evidence_rect is not None and m.evidence_rect.right < r.x
    assert m.votes_rect is not None and r.right <= m.votes_rect.x


def test_a_long_name_is_shortened_to_fit() -> None:
    g, marked, _ = _room_cards("Maximiliane von Hohenzollern-Sigmaringen")
    m = g.cards[marked.id]
    assert m.room_rect is not None and m.room_rect.right <= m.text_rect.right
    assert m.room_text.startswith("Room · Max") and m.room_text.endswith("…")


def test_no_author_says_from_the_room() -> None:
    g, marked, _ = _room_cards("")
    assert g.cards[marked.id].room_text == "From the room"
