"""A relayout that reuses remembered card geometry equals a layout from scratch, after any edit."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from jmdesigner.layout import layout_map
from jmdesigner.layout.engine import _Layout
from jmdesigner.layout.metrics import MonospaceMetrics
from jmdesigner.layout.wrap import WrapCache
from jmdesigner.model import Card, Document, Lane, LaneKind, UndoStack, add_bundle, commands, new_id
from jmdesigner.model.kinds import CurveStyle
from tests.builders import sample_bundle


def _laid_out(
    stages: int, cards_per_cell: int
) -> tuple[Document, str, UndoStack, MonospaceMetrics, WrapCache]:
    """A sample map laid out once with a cache to reuse: document, map id, undo stack, metrics, cache."""
    doc = Document()
    jmap = add_bundle(doc, sample_bundle(stages=stages, cards_per_cell=cards_per_cell))
    metrics = MonospaceMetrics()
    cache = WrapCache(metrics)
    layout_map(doc, jmap.id, metrics, cache=cache)
    return doc, jmap.id, UndoStack(doc), metrics, cache


def _as_fresh(doc: Document, map_id: str, metrics: MonospaceMetrics, cache: WrapCache) -> bool:
    """Whether the layout reusing ``cache`` equals a layout of the document from scratch."""
    return layout_map(doc, map_id, metrics, cache=cache) == layout_map(
        doc, map_id, metrics, cache=WrapCache(metrics)
    )


def test_reused_card_geometry_matches_a_fresh_layout() -> None:
    doc, map_id, stack, metrics, cache = _laid_out(stages=4, cards_per_cell=3)
    cards = doc.cards(map_id)
    stages = doc.stages(map_id)
    edits = [
        commands.update_card(cards[0].id, text="A much longer text that wraps onto several lines " * 3),
        commands.update_card(cards[4].id, votes=12),
        commands.move_card(cards[1].id, stages[3].id, cards[1].lane_id, 0),
        commands.update_stage(stages[1].id, width=400),
        commands.remove_cards([cards[7].id]),
    ]
    for command in edits:
        stack.push(command)
        reused = layout_map(doc, map_id, metrics, cache=cache)
        fresh = layout_map(doc, map_id, metrics, cache=WrapCache(metrics))
        assert reused == fresh
    # An edit low on the map leaves the cards above it as they were: the very same objects.
    lanes = doc.lanes(map_id)
    top_card = doc.cards_in(stages[2].id, lanes[0].id)[0]
    low_card = doc.cards_in(stages[0].id, lanes[-1].id)[0]
    stack.push(commands.update_card(low_card.id, text="Changed " * 20))
    after = layout_map(doc, map_id, metrics, cache=cache)
    top_lane, low_lane = lanes[0].id, lanes[-1].id
    assert after.lane_shapes[top_lane].cards is reused.lane_shapes[top_lane].cards
    assert after.lane_shapes[top_lane].cards[top_card.id] is reused.lane_shapes[top_lane].cards[top_card.id]
    assert (
        after.lane_shapes[low_lane].cards[low_card.id] is not reused.lane_shapes[low_lane].cards[low_card.id]
    )
    assert after.cards[top_card.id] == reused.cards[top_card.id]
    assert after == layout_map(doc, map_id, metrics, cache=WrapCache(metrics))


def test_reused_lane_geometry_matches_a_fresh_layout_after_every_kind_of_edit() -> None:
    """Lanes are reused whole when nothing they depend on changed; every edit that should touch
    one (its own fields, its cards, stage widths and order, the header height above it, the map's
    scale and curve, a persona's name or colour, an emotion point) must still show, and undoing
    everything must give back the first layout."""
    doc = Document()
    jmap = add_bundle(doc, sample_bundle(stages=4, cards_per_cell=2))
    stack = UndoStack(doc)
    metrics = MonospaceMetrics()
    cache = WrapCache(metrics)
    first = layout_map(doc, jmap.id, metrics, cache=cache)
    stages = doc.stages(jmap.id)
    lanes = doc.lanes(jmap.id)
    cards = doc.cards(jmap.id)
    emotions = next(lane for lane in lanes if lane.kind is LaneKind.EMOTIONS)
    persona_id = jmap.persona_ids[0]
    point = doc.point_at(persona_id, stages[1].id)
    assert point is not None
    edits = [
        commands.update_lane(lanes[0].id, colour="#3b8b5a"),
        commands.update_lane(lanes[0].id, name="Touchpoints with a name long enough to wrap " * 2),
        commands.update_lane(lanes[2].id, height=300.0),
        commands.update_lane(lanes[2].id, collapsed=True),
        commands.update_lane(emotions.id, collapsed=True),
        commands.update_lane(emotions.id, collapsed=False),
        commands.move_lane(lanes[0].id, 2),
        commands.update_stage(stages[0].id, name="A stage name long enough to wrap onto lines " * 2),
        commands.update_stage(stages[2].id, width=150.0),
        commands.move_stage(stages[3].id, 0),
        commands.update_map(jmap.id, scale_min=-10, scale_max=10),
        commands.update_map(jmap.id, curve=CurveStyle.STRAIGHT),
        commands.update_map(jmap.id, title="A map title long enough to need three lines in the corner " * 2),
        commands.update_persona(persona_id, name="Maya with a much longer name", colour="#000000"),
        commands.update_emotion(point.id, score=3),
        commands.remove_emotion(point.id),
        commands.detach_persona(jmap.id, persona_id),
        commands.move_card(cards[0].id, stages[1].id, lanes[2].id, 0),
        commands.insert_lane(Lane(new_id(), jmap.id, "Notes", LaneKind.NOTES), 1),
        commands.remove_lane(lanes[2].id),
    ]
    for command in edits:
        stack.push(command)
        reused = layout_map(doc, jmap.id, metrics, cache=cache)
        assert reused == layout_map(doc, jmap.id, metrics, cache=WrapCache(metrics)), command.label
    while stack.can_undo:
        stack.undo()
        assert layout_map(doc, jmap.id, metrics, cache=cache) == layout_map(
            doc, jmap.id, metrics, cache=WrapCache(metrics)
        )
    assert layout_map(doc, jmap.id, metrics, cache=cache) == first


def test_an_untouched_lane_is_reused_as_the_same_objects() -> None:
    doc = Document()
    jmap = add_bundle(doc, sample_bundle(stages=3))
    metrics = MonospaceMetrics()
    cache = WrapCache(metrics)
    before = layout_map(doc, jmap.id, metrics, cache=cache)
    lanes = doc.lanes(jmap.id)
    low = doc.cards_in(doc.stages(jmap.id)[0].id, lanes[-1].id)[0]
    UndoStack(doc).push(commands.update_card(low.id, text="Changed"))
    after = layout_map(doc, jmap.id, metrics, cache=cache)
    assert after.lanes[0] is before.lanes[0]
    assert after.stages is before.stages  # the header row and the stages, as they were
    assert after.lane_shapes[lanes[0].id] is before.lane_shapes[lanes[0].id]
    assert after.cells[(low.stage_id, lanes[0].id)] is before.cells[(low.stage_id, lanes[0].id)]
    # The edited lane is laid out again, but what the edit left as it was stays the same objects:
    # its header (same height) and its other cells; the edited cell is new.
    assert after.lane_shapes[lanes[-1].id] is not before.lane_shapes[lanes[-1].id]
    assert after.lanes[-1] is before.lanes[-1]
    stages = doc.stages(jmap.id)
    assert after.cells[(low.stage_id, lanes[-1].id)] is not before.cells[(low.stage_id, lanes[-1].id)]
    assert after.cells[(stages[1].id, lanes[-1].id)] is before.cells[(stages[1].id, lanes[-1].id)]
    assert after == layout_map(doc, jmap.id, metrics, cache=WrapCache(metrics))


def test_a_lane_that_only_moved_down_keeps_its_cards_and_places_them_exactly() -> None:
    """A taller lane above moves the lanes below: their cards are not laid out again (the same
    lane-relative objects) and land exactly where a fresh layout puts them."""
    doc = Document()
    jmap = add_bundle(doc, sample_bundle(stages=3, cards_per_cell=2))
    metrics = MonospaceMetrics()
    cache = WrapCache(metrics)
    before = layout_map(doc, jmap.id, metrics, cache=cache)
    lanes = doc.lanes(jmap.id)
    top = doc.cards_in(doc.stages(jmap.id)[0].id, lanes[0].id)[0]
    UndoStack(doc).push(commands.update_card(top.id, text="Now long enough to wrap onto many lines " * 6))
    after = layout_map(doc, jmap.id, metrics, cache=cache)
    low = lanes[-1].id
    assert after.lane(low).row.y > before.lane(low).row.y
    assert after.lane_shapes[low].cards is before.lane_shapes[low].cards
    fresh = layout_map(doc, jmap.id, metrics, cache=WrapCache(metrics))
    assert dict(after.cards) == dict(fresh.cards)
    for card_id in after.lane_shapes[low].cards:
        assert after.cards[card_id].rect.y > before.cards[card_id].rect.y


def test_a_cache_shared_by_two_documents_with_the_same_ids_never_mixes_them() -> None:
    """The same file opened twice holds the same ids and, after the same number of edits,
    the same revision numbers: the cache must still tell the documents apart."""
    bundle = sample_bundle(stages=3)
    one, two = Document(), Document()
    map_id = add_bundle(one, bundle).id
    add_bundle(two, bundle)
    card = one.cards(map_id)[0]
    UndoStack(one).push(commands.update_card(card.id, text="Only in the first " * 12))
    UndoStack(two).push(commands.update_card(card.id, text="Short"))
    metrics = MonospaceMetrics()
    cache = WrapCache(metrics)
    first = layout_map(one, map_id, metrics, cache=cache)
    second = layout_map(two, map_id, metrics, cache=cache)
    assert second == layout_map(two, map_id, metrics, cache=WrapCache(metrics))
    assert second.cards[card.id] != first.cards[card.id]


def test_an_edit_restacks_only_its_own_cell() -> None:
    """A note added to one cell of a long lane (the workshop room's traffic) restacks that cell:
    the lane's other cells keep their remembered stacks, and the result equals a fresh layout."""
    doc = Document()
    jmap = add_bundle(doc, sample_bundle(stages=6, cards_per_cell=4))
    stack = UndoStack(doc)
    metrics = MonospaceMetrics()
    cache = WrapCache(metrics)
    layout_map(doc, jmap.id, metrics, cache=cache)
    stages, lane = doc.stages(jmap.id), doc.lanes(jmap.id)[0]
    before = {s.id: cache.cell_parts[(s.id, lane.id)] for s in stages}
    first = doc.cards_in(stages[2].id, lane.id)[0]
    stack.push(commands.update_card(first.id, text="A note from the room that is long enough to wrap"))
    after = layout_map(doc, jmap.id, metrics, cache=cache)
    for s in stages:
        kept = cache.cell_parts[(s.id, lane.id)] is before[s.id]
        assert kept is (s.id != stages[2].id), s.name
    assert after == layout_map(doc, jmap.id, metrics, cache=WrapCache(metrics))


def test_an_edit_reads_the_cards_of_its_own_cell_only() -> None:
    """Relaying out after a card edit asks the document for the cards of the cell(s) it touched,
    not for every cell of the lane (a 900-card lane has 30 cells to read)."""
    doc, map_id, stack, metrics, cache = _laid_out(stages=8, cards_per_cell=5)
    read: list[tuple[str, str]] = []
    cards_in = doc.cards_in
    doc.cards_in = lambda stage_id, lane_id: read.append((stage_id, lane_id)) or cards_in(stage_id, lane_id)  # type: ignore[method-assign]
    stages, lane = doc.stages(map_id), doc.lanes(map_id)[0]
    card = doc.cards_in(stages[3].id, lane.id)[2]
    read.clear()
    edits = [
        (commands.update_card(card.id, text="Typed again, long enough to take a second line"), 1),
        (commands.insert_card(Card(new_id(), map_id, stages[3].id, lane.id, "Typed"), 1), 1),
        (commands.move_card(card.id, stages[4].id, lane.id, 0), 2),
    ]
    for command, cells in edits:
        stack.push(command)
        read.clear()  # (the command's own checks may read cells too)
        layout_map(doc, map_id, metrics, cache=cache)
        assert len(read) == cells, (command.label, read)
        assert _as_fresh(doc, map_id, metrics, cache)
        read.clear()


_EDITS = st.lists(
    st.tuples(
        st.sampled_from(("text", "insert", "move", "remove", "votes", "width", "stage order", "collapse")),
        st.integers(0, 10_000),
        st.integers(0, 10_000),
    ),
    min_size=1,
    max_size=12,
)


@settings(max_examples=40, deadline=None)
@given(edits=_EDITS)
def test_the_layout_after_random_edits_equals_a_fresh_layout(edits: list[tuple[str, int, int]]) -> None:
    """Whatever the edits and their order, the layout that reuses cells, lanes and cards from the
    last one equals the layout of the same document from scratch, after each edit and each undo."""
    doc, map_id, stack, metrics, cache = _laid_out(stages=4, cards_per_cell=3)
    stages = doc.stages(map_id)
    lanes = [lane for lane in doc.lanes(map_id) if lane.kind is not LaneKind.EMOTIONS]
    for kind, a, b in edits:
        cards = doc.cards(map_id)
        stage, lane = stages[a % len(stages)], lanes[b % len(lanes)]
        card = cards[a % len(cards)] if cards else None
        if kind == "text" and card is not None:
            command = commands.update_card(card.id, text="word " * (b % 17 + 1))
        elif kind == "insert":
            at = b % (doc.count_in(stage.id, lane.id) + 1)
            command = commands.insert_card(
                Card(new_id(), map_id, stage.id, lane.id, "New " * (a % 9 + 1)), at
            )
        elif kind == "move" and card is not None:
            size = doc.count_in(stage.id, lane.id) - (card.stage_id == stage.id and card.lane_id == lane.id)
            command = commands.move_card(card.id, stage.id, lane.id, b % (size + 1))
        elif kind == "remove" and card is not None:
            command = commands.remove_cards([card.id])
        elif kind == "votes" and card is not None:
            command = commands.update_card(card.id, votes=b % 1500)
        elif kind == "width":
            command = commands.update_stage(stage.id, width=float(160 + b % 300))
        elif kind == "stage order":
            command = commands.move_stage(stage.id, b % len(stages))
        elif kind == "collapse":
            command = commands.update_lane(lane.id, collapsed=not lane.collapsed)
        else:
            continue
        stack.push(command)
        assert _as_fresh(doc, map_id, metrics, cache)
    while stack.can_undo:
        stack.undo()
        assert _as_fresh(doc, map_id, metrics, cache)
    while stack.can_redo:  # and each redo, finding cells as they were before their undo
        stack.redo()
        assert _as_fresh(doc, map_id, metrics, cache)


def test_undo_and_redo_of_a_large_delete_restack_no_cell() -> None:
    """Deleting the cards of several cells restacks those cells; its undo finds each cell as it was
    before the delete (the same card objects, in the same order) and its redo as it was after:
    neither wraps or stacks a card, and both equal a layout from scratch."""
    doc, map_id, stack, metrics, cache = _laid_out(stages=6, cards_per_cell=5)
    stages, lanes = doc.stages(map_id), doc.lanes(map_id)
    gone = [c.id for s in stages[1:4] for lane in lanes[:2] for c in doc.cards_in(s.id, lane.id)]
    gone += [doc.cards_in(stages[5].id, lanes[0].id)[2].id]  # and one from the middle of a cell
    touched = {(c.stage_id, c.lane_id) for c in (doc.card(i) for i in gone)}
    assert len(touched) >= 4
    stacked: list[int] = []
    restack = _Layout._stack

    def counted(self: _Layout, width: float, cards: list[Card], opening: object = None) -> object:
        stacked.append(len(cards))
        return restack(self, width, cards, opening)  # type: ignore[arg-type]

    _Layout._stack = counted  # type: ignore[method-assign]
    try:
        stack.push(commands.remove_cards(gone))
        layout_map(doc, map_id, metrics, cache=cache)
        assert len(stacked) == len(touched)  # the emptied cells and the one that lost a card
        for step in (stack.undo, stack.redo, stack.undo, stack.redo, stack.undo):
            stacked.clear()
            step()
            reused = layout_map(doc, map_id, metrics, cache=cache)
            assert stacked == [], step.__name__
            assert reused == layout_map(doc, map_id, metrics, cache=WrapCache(metrics))
        # An edit after the undo restacks its own cell again, from the cards as they are now.
        card = doc.cards_in(stages[2].id, lanes[0].id)[1]
        stack.push(commands.update_card(card.id, text="Typed again after the undo, long enough to wrap"))
        stacked.clear()
        reused = layout_map(doc, map_id, metrics, cache=cache)
        assert stacked == [5]
        assert reused == layout_map(doc, map_id, metrics, cache=WrapCache(metrics))
    finally:
        _Layout._stack = restack  # type: ignore[method-assign]


def test_a_lane_with_few_cells_changed_keeps_its_other_cards_in_the_last_dict() -> None:
    """A card moved between two cells of a wide lane: the lane's cards are the last layout's dict
    copied with those two cells' cards swapped (the swapped ones then come last), not every cell's
    cards put into a new dict one by one; it holds exactly what a fresh layout holds, in both
    cells, and the other lanes' dicts are the very same objects."""
    doc, map_id, stack, metrics, cache = _laid_out(stages=10, cards_per_cell=3)
    stages, lane = doc.stages(map_id), doc.lanes(map_id)[0]
    first = layout_map(doc, map_id, metrics, cache=cache)
    card = doc.cards_in(stages[1].id, lane.id)[0]
    stack.push(commands.move_card(card.id, stages[6].id, lane.id, 1))
    reused = layout_map(doc, map_id, metrics, cache=cache)
    fresh = layout_map(doc, map_id, metrics, cache=WrapCache(metrics))
    assert reused == fresh
    ours, theirs = reused.lane_shapes[lane.id].cards, fresh.lane_shapes[lane.id].cards
    assert ours == theirs and list(ours) != list(theirs)  # the same cards; the swapped cells last
    moved = [*doc.cards_in(stages[1].id, lane.id), *doc.cards_in(stages[6].id, lane.id)]
    assert list(ours)[-len(moved) :] == [c.id for c in moved]
    for other in doc.lanes(map_id)[1:]:
        assert reused.lane_shapes[other.id].cards is first.lane_shapes[other.id].cards
    stack.undo()
    assert _as_fresh(doc, map_id, metrics, cache)
    stack.redo()
    assert _as_fresh(doc, map_id, metrics, cache)


def test_a_lane_moved_back_where_it_was_takes_its_placement_there_again() -> None:
    """A card edit that grows a lane moves every lane below it (their cells and the emotions
    lane's curves placed again); its undo puts them back where they were, and each lane that
    only moved takes the placement it had there (the very same cells and curves), as its redo
    takes the one after the edit: equal to a fresh layout each time."""
    doc, map_id, stack, metrics, cache = _laid_out(stages=4, cards_per_cell=3)
    lanes = doc.lanes(map_id)
    card = doc.cards_in(doc.stages(map_id)[0].id, lanes[0].id)[0]
    before = layout_map(doc, map_id, metrics, cache=cache)
    stack.push(commands.update_card(card.id, text="A much longer text that wraps onto several lines " * 4))
    after = layout_map(doc, map_id, metrics, cache=cache)
    below = [lane.id for lane in lanes[1:]]
    assert all(after.lane(i).row.y > before.lane(i).row.y for i in below)
    assert any(before.lane(i).kind is LaneKind.EMOTIONS for i in below) and before.emotions
    for step, was in ((stack.undo, before), (stack.redo, after), (stack.undo, before)):
        step()
        now = layout_map(doc, map_id, metrics, cache=cache)
        assert now == layout_map(doc, map_id, metrics, cache=WrapCache(metrics))
        for i in below:
            assert now.lane(i) is was.lane(i)
            assert all(now.cells[k] is was.cells[k] for k in now.cells if k[1] == i)
        assert all(a is b for a, b in zip(now.emotions, was.emotions, strict=True))


def test_a_lane_back_as_it_was_is_its_shape_and_placement_of_then() -> None:
    """The undo of deleting cards of several cells brings each touched lane back as it was before
    the delete, and its redo as it was after: the very same lane shape (its cards' dict, cells)
    and, where the lane lies where it lay then, the same placed cells, not new ones of the same
    cells. An edit after it lays the lane out anew; every layout equals one from scratch."""
    doc, map_id, stack, metrics, cache = _laid_out(stages=6, cards_per_cell=5)
    stages, lanes = doc.stages(map_id), doc.lanes(map_id)
    gone = [c.id for s in stages[1:4] for lane in lanes[:2] for c in doc.cards_in(s.id, lane.id)]
    touched = list(dict.fromkeys(doc.card(i).lane_id for i in gone))
    assert touched
    before = layout_map(doc, map_id, metrics, cache=cache)
    stack.push(commands.remove_cards(gone))
    after = layout_map(doc, map_id, metrics, cache=cache)
    assert all(after.lane_shapes[i] is not before.lane_shapes[i] for i in touched)
    for step, was in ((stack.undo, before), (stack.redo, after), (stack.undo, before), (stack.redo, after)):
        step()
        now = layout_map(doc, map_id, metrics, cache=cache)
        assert now == layout_map(doc, map_id, metrics, cache=WrapCache(metrics))
        for i in touched:
            assert now.lane_shapes[i] is was.lane_shapes[i], step.__name__
            assert now.lane(i) is was.lane(i)
            assert all(now.cells[k] is was.cells[k] for k in now.cells if k[1] == i)
    card = doc.cards_in(stages[0].id, lanes[0].id)[0]
    stack.push(commands.update_card(card.id, text="Typed after the redo, long enough to wrap " * 3))
    edited = layout_map(doc, map_id, metrics, cache=cache)
    assert edited.lane_shapes[lanes[0].id] is not after.lane_shapes[lanes[0].id]
    assert edited == layout_map(doc, map_id, metrics, cache=WrapCache(metrics))
    stack.undo()  # back to the state after the delete: its shape again
    assert (
        layout_map(doc, map_id, metrics, cache=cache).lane_shapes[lanes[0].id]
        is after.lane_shapes[lanes[0].id]
    )
