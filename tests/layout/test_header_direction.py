"""A stage's or a lane's name, and a persona's name in the emotions lane's legend, read in their
paragraphs' direction, as a card's lines do: the layout tells each surface which lines of a
Hebrew or Arabic name read from the right and where they end; a name without right-to-left text
keeps the plain geometry it always had (so a left-to-right map lays out to the very same values)."""

from __future__ import annotations

from jmdesigner.layout import (
    DirectedLaneGeom,
    DirectedLegendEntry,
    DirectedStageGeom,
    LaneGeom,
    LayoutOptions,
    LegendEntry,
    MonospaceMetrics,
    StageGeom,
    layout_map,
)
from jmdesigner.layout.wrap import WrapCache
from jmdesigner.model import Document, LaneKind
from tests.builders import populated

OPT = LayoutOptions()


def _doc() -> tuple[Document, str]:
    doc = populated()
    return doc, doc.maps()[0].id


def test_left_to_right_names_keep_the_plain_geometry() -> None:
    doc, map_id = _doc()
    g = layout_map(doc, map_id, MonospaceMetrics())
    assert {type(s) for s in g.stages} == {StageGeom}
    assert {type(lane) for lane in g.lanes} == {LaneGeom}
    assert {type(e) for emotion in g.emotions for e in emotion.legend} == {LegendEntry}
    assert all(s.directions == () for s in g.stages)


def test_a_hebrew_stage_name_reads_from_the_headers_right_edge() -> None:
    doc, map_id = _doc()
    stage = doc.stages(map_id)[1]
    doc.update_stage(stage.id, name="גילוי")
    g = layout_map(doc, map_id, MonospaceMetrics())
    s = g.stage(stage.id)
    assert isinstance(s, DirectedStageGeom)
    assert s.directions == (True,)
    assert s.name_right == s.header.right - OPT.header_pad_x  # mirrors the left-to-right inset
    others = [other for other in g.stages if other.id != stage.id]
    assert {type(other) for other in others} == {StageGeom}


def test_a_hebrew_stage_names_line_that_starts_with_a_latin_word_reads_from_the_right() -> None:
    doc, map_id = _doc()
    stage = doc.stages(map_id)[0]
    for n in range(1, 20):
        name = " ".join(["השוואת"] * n + ["WhatsApp", "ועוד"])
        doc.update_stage(stage.id, name=name)
        s = layout_map(doc, map_id, MonospaceMetrics()).stage(stage.id)
        if any(line.startswith("WhatsApp") for line in s.name_lines[1:]):
            break
    else:
        raise AssertionError("no stage name wraps before its Latin word")
    assert isinstance(s, DirectedStageGeom)
    assert s.directions == (True,) * len(s.name_lines)  # the paragraph's, not the line's own


def test_a_mixed_name_gives_each_paragraph_its_own_direction() -> None:
    doc, map_id = _doc()
    stage = doc.stages(map_id)[0]
    doc.update_stage(stage.id, name="Discover\nגילוי")
    s = layout_map(doc, map_id, MonospaceMetrics()).stage(stage.id)
    assert s.name_lines == ("Discover", "גילוי")
    assert s.directions == (False, True)
    doc.update_stage(stage.id, name="Visit (ביקור)")  # an English name with a Hebrew word: from the left
    s = layout_map(doc, map_id, MonospaceMetrics()).stage(stage.id)
    assert set(s.directions) == {False}


def test_an_arabic_lane_name_reads_from_the_right_of_its_room() -> None:
    doc, map_id = _doc()
    lane = next(lane for lane in doc.lanes(map_id) if lane.kind is LaneKind.PAIN_POINTS)
    doc.update_lane(lane.id, name="نقاط الألم")
    g = layout_map(doc, map_id, MonospaceMetrics())
    geom = g.lane(lane.id)
    assert isinstance(geom, DirectedLaneGeom)
    assert geom.directions == (True,)
    assert geom.name_right == geom.header.right - OPT.header_pad_x
    assert geom.kind is LaneKind.PAIN_POINTS and geom.row == g.lane(lane.id).row
    # collapsed, it keeps its direction
    doc.update_lane(lane.id, collapsed=True)
    folded = layout_map(doc, map_id, MonospaceMetrics()).lane(lane.id)
    assert isinstance(folded, DirectedLaneGeom) and folded.collapsed and folded.directions == (True,)


def test_a_hebrew_emotions_lane_name_ends_left_of_the_scale() -> None:
    doc, map_id = _doc()
    lane = next(lane for lane in doc.lanes(map_id) if lane.kind is LaneKind.EMOTIONS)
    doc.update_lane(lane.id, name="רגשות")
    m = MonospaceMetrics()
    g = layout_map(doc, map_id, m)
    geom = g.lane(lane.id)
    emotion = g.emotion(lane.id)
    assert isinstance(geom, DirectedLaneGeom) and emotion is not None
    widest_tick = max(m.width(t.label, "small") for t in emotion.ticks)
    # clear of the tick labels, which end at tick_x
    assert geom.name_right == emotion.tick_x - widest_tick - OPT.tick_gap
    name_w = m.width(geom.name_lines[0], "lane_header")
    assert geom.name_right - name_w >= geom.header.x + OPT.header_pad_x + OPT.lane_icon_width


def test_a_lane_that_moves_down_keeps_its_direction() -> None:
    """A lane below one that grew is its last shape placed lower: still directed."""
    doc, map_id = _doc()
    lanes = doc.lanes(map_id)
    doc.update_lane(lanes[-1].id, name="נקודות כאב")
    cache = WrapCache(MonospaceMetrics())
    before = layout_map(doc, map_id, MonospaceMetrics(), cache=cache).lane(lanes[-1].id)
    doc.update_lane(lanes[0].id, height=400.0)
    after = layout_map(doc, map_id, MonospaceMetrics(), cache=cache).lane(lanes[-1].id)
    assert after.header.y > before.header.y
    assert isinstance(after, DirectedLaneGeom)
    assert (after.directions, after.name_right) == (before.directions, before.name_right)


def test_a_right_to_left_persona_in_the_legend_is_mirrored() -> None:
    """Its swatch right of its name, in the room a left-to-right entry takes; its lines end at the
    text's right edge. The other personas keep theirs."""
    doc, map_id = _doc()
    jmap = doc.maps()[0]
    first, second = jmap.persona_ids[:2]
    doc.update_persona(first, name="נועה לוי")
    g = layout_map(doc, map_id, MonospaceMetrics())
    emotion = g.emotions[0]
    rtl, ltr = emotion.legend[0], emotion.legend[1]
    assert rtl.persona_id == first and ltr.persona_id == second
    assert isinstance(rtl, DirectedLegendEntry) and rtl.directions == (True,)
    assert type(ltr) is LegendEntry and ltr.directions == ()
    left, right = ltr.swatch.x, ltr.text_rect.right  # the room an entry takes
    assert rtl.text_rect.x == left and rtl.swatch.right == right
    assert rtl.swatch.x >= rtl.text_rect.right  # the swatch after the name, read from the right
    assert rtl.text_rect.w == ltr.text_rect.w


def test_the_legend_stays_mirrored_when_its_lane_moves_down() -> None:
    doc, map_id = _doc()
    jmap = doc.maps()[0]
    doc.update_persona(jmap.persona_ids[0], name="سارة")
    lanes = doc.lanes(map_id)
    cache = WrapCache(MonospaceMetrics())
    before = layout_map(doc, map_id, MonospaceMetrics(), cache=cache).emotions[0].legend[0]
    doc.update_lane(lanes[0].id, height=400.0)
    after = layout_map(doc, map_id, MonospaceMetrics(), cache=cache).emotions[0].legend[0]
    assert after.swatch.y > before.swatch.y
    assert isinstance(after, DirectedLegendEntry) and after.directions == before.directions
    assert (after.swatch.x, after.text_rect.x) == (before.swatch.x, before.text_rect.x)
