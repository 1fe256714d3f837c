"""In print, as on screen, a hyphenated compound longer than its line breaks after a hyphen, and
a collapsed lane shows its name as typed: no space where a line of the name broke."""

from __future__ import annotations

from jmdesigner.export.metrics import PdfTextMetrics
from jmdesigner.export.svg import map_svg
from jmdesigner.layout import layout_map
from jmdesigner.model.kinds import LaneKind
from tests.builders import populated
from tests.export.test_paragraph_direction import _svg_lines

COMPOUND = "Kunden-Service-Portal-Anmeldung"
LANE_NAME = "Kunden-Service-Portal-Anmeldung-Übersicht-und-Rückmeldungen"


def test_a_narrow_card_and_a_collapsed_lane_keep_their_hyphenated_words() -> None:
    doc = populated()
    map_id = doc.maps()[0].id
    stage = doc.stages(map_id)[0]
    doc.update_stage(stage.id, width=150.0)
    card = next(c for c in doc.cards(map_id) if c.stage_id == stage.id)
    doc.update_card(card.id, text=f"{COMPOUND} prüfen")
    lane = next(lane for lane in doc.lanes(map_id) if lane.kind is LaneKind.PAIN_POINTS)
    doc.update_lane(lane.id, name=LANE_NAME, collapsed=True)
    g = layout_map(doc, map_id, PdfTextMetrics())
    lines = g.cards[card.id].lines
    assert len(lines) > 2 and lines[0].endswith("-"), lines  # ("Kunden-", "Service-Portal-", ...)
    assert all(line.endswith("-") or line in ("Anmeldung", "prüfen", "Anmeldung prüfen") for line in lines)
    joined = "".join(line if line.endswith("-") else line + " " for line in lines)
    assert joined.strip() == f"{COMPOUND} prüfen"  # nothing added, nothing lost
    folded = g.lane(lane.id)
    assert folded.collapsed and len(folded.name_lines) > 1 and folded.one_line == LANE_NAME
    drawn = _svg_lines(map_svg(doc, map_id)[0])
    assert all(line in drawn for line in lines)  # each line drawn as laid out
    shown = [text for text in drawn if text.startswith("Kunden") and text.endswith("…")]
    assert len(shown) == 1 and len(shown[0]) > len("Kunden-Service-")
    assert LANE_NAME.startswith(shown[0][:-1])  # the name as typed, shortened: no space put in
