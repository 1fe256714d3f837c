"""The aligned comparison of two maps: columns matched by name with gaps, one x for both maps,
curves together with the difference shaded, cards marked, links found along chains."""

from __future__ import annotations

from dataclasses import replace

from jmdesigner.layout import MonospaceMetrics
from jmdesigner.layout.compare import align_stages, is_gap, layout_compare, map_sides
from jmdesigner.model import Stage
from jmdesigner.model.card_match import Mark
from tests.builders import current_and_future


def stages(*names: str, width: float = 240.0) -> list[Stage]:
    return [Stage(f"{names[0]}-{i}-{n}", "m", n, width=width) for i, n in enumerate(names)]


def test_stages_align_by_name_and_unmatched_ones_become_gaps() -> None:
    before = stages("Search", "Choose", "Pay", "Wait")
    after = [replace(s, width=300.0) for s in stages("search ", "Pay", "Track", "Wait")]
    cols = align_stages(before, after)
    assert [(c.name, c.before_id is not None, c.after_id is not None) for c in cols] == [
        ("search ", True, True),
        ("Choose", True, False),
        ("Pay", True, True),
        ("Track", False, True),
        ("Wait", True, True),
    ]
    assert [c.width for c in cols] == [300.0, 240.0, 300.0, 300.0, 300.0]  # the wider of the two


def test_both_maps_share_every_column_x_and_gaps_sit_where_a_stage_is_missing() -> None:
    doc, now, later = current_and_future()
    g = layout_compare(*map_sides(doc, now, later), MonospaceMetrics())
    before, after = g.before.geom, g.after.geom
    assert [s.header.x for s in before.stages] == [s.header.x for s in after.stages]
    assert [s.header.w for s in before.stages] == [r.w for r in g.column_rects]
    assert [c.name for c in g.columns] == ["Stage 1", "Stage 2", "Stage 3", "Stage 4", "Renamed stage"]
    gaps = [(band.label, r.x) for band, r in g.gap_rects()]
    assert gaps == [("Future state", g.column_rects[3].x), ("Current state", g.column_rects[4].x)]
    assert [is_gap(s.id) for s in before.stages] == [False] * 4 + [True]
    assert g.after.top > g.before.top + before.bounds.h  # the future map below the current one
    assert all(lane.kind != "emotions" for lane in before.lanes)  # curves live in the panel


def test_curves_are_drawn_together_and_the_difference_is_shaded_by_direction() -> None:
    doc, now, later = current_and_future()
    g = layout_compare(*map_sides(doc, now, later), MonospaceMetrics())
    raised, same = g.panel.pairs
    assert raised.before and raised.after  # both curves of the persona
    assert raised.shades and all(s.better for s in raised.shades)
    # the current curve ends at Stage 4 (the future one runs on to the renamed stage): the
    # shading spans exactly the stretch where both curves are drawn
    ends = g.column_rects[0], g.column_rects[3]
    assert min(s.rect.x for s in raised.shades) == ends[0].x + ends[0].w / 2
    assert max(s.rect.right for s in raised.shades) == ends[1].x + ends[1].w / 2
    # unchanged scores: nothing shaded where both curves run through the same points; they part
    # only around Stage 4, which the future map lacks (a smooth curve bends one segment ahead)
    second = g.column_rects[1]
    assert same.shades and min(s.rect.x for s in same.shades) >= second.x + second.w / 2
    assert g.panel.plot.x == g.column_rects[0].x
    xs_before = [p.x for p in raised.before_points]
    assert xs_before == [r.x + r.w / 2 for r in g.column_rects[:4]]


def test_cards_are_marked_added_removed_and_changed() -> None:
    doc, now, later = current_and_future()
    g = layout_compare(*map_sides(doc, now, later), MonospaceMetrics())
    by_text = {}
    for map_id in (now, later):
        for card in doc.cards(map_id):
            by_text.setdefault((map_id, card.text), card.id)
    first_touch = doc.cards(now)[0]
    assert g.marks[first_touch.id] is Mark.REMOVED
    assert g.marks[by_text[(later, "Brand new card")]] is Mark.ADDED
    (edited,) = (c for c in doc.cards(later) if c.text.endswith(", edited"))
    assert g.marks[edited.id] is Mark.CHANGED
    assert g.summary == "1 added, 1 removed, 3 changed"  # and the renamed stage's two cards


def test_a_card_deleted_and_another_written_in_its_cell_are_removed_and_new_not_changed() -> None:
    """The comparison paired whatever was left in a cell: the sample's "Types the address…" deleted
    and "New: one-tap reorder…" written in its cell were one card "Changed", and the page's count
    said 1 added and 1 removed where 2 were. An edit that keeps half its words stays "Changed"."""
    doc, now, later = current_and_future()
    cell = [c for c in doc.cards(later) if "Pain points Stage 1" in c.text]
    (old,) = [c for c in doc.cards(now) if c.text == cell[0].text]
    doc.remove_card(cell[0].id)
    written = doc.insert_card(replace(cell[0], id="written", text="One-tap reorder of last week's basket"))
    g = layout_compare(*map_sides(doc, now, later), MonospaceMetrics())
    assert (g.marks[old.id], g.marks[written.id]) == (Mark.REMOVED, Mark.ADDED)
    assert g.summary == "2 added, 2 removed, 3 changed"
    doc.update_card(written.id, text="Pain points in stage 1, #0 rewritten")  # "pain", "points", "stage"
    g = layout_compare(*map_sides(doc, now, later), MonospaceMetrics())
    assert (g.marks[old.id], g.marks[written.id]) == (Mark.CHANGED, Mark.CHANGED)


def test_links_across_the_two_maps_are_found_along_chains() -> None:
    doc, now, later = current_and_future()
    g = layout_compare(*map_sides(doc, now, later), MonospaceMetrics())
    added = next(c for c in doc.cards(later) if c.text == "Brand new card")
    assert {a for _, a in g.links} == {added.id}
    assert len(g.links) == 2  # the pain point and the opportunity it leads to
    for before_id, after_id in g.links:
        assert g.before.card_rect(before_id).bottom < g.after.card_rect(after_id).y
