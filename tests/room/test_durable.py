"""What the room keeps in the file, so closing and reopening it changes nothing for anyone: dots
spent, each participant's latest rating, and notes held in the inbox (off the map until placed)."""

from __future__ import annotations

from pathlib import Path

from jmdesigner.model import UndoStack
from jmdesigner.model import commands as cmd
from jmdesigner.room.session import ROOM_PERSONA, Room, RoomSettings, tally
from jmdesigner.storage.jmapfile import JmapFile
from tests.room.harness import Served, make_map_file, served_room


def _cell(served: Served) -> tuple[list[str], str]:
    data = served.client().get("api/map").json()
    lane = next(lane["id"] for lane in data["lanes"] if lane["kind"] == "touchpoints")
    return [s["id"] for s in data["stages"]], lane


def test_the_dot_budget_holds_across_restarts_and_the_facilitators_undo_counts(tmp_path: Path) -> None:
    path = make_map_file(tmp_path / "w.jmap")
    with served_room(path, RoomSettings(dots=2)) as served:
        stages, lane = _cell(served)
        phone = served.client()
        note = phone.post("api/cards", {"stage": stages[0], "lane": lane, "text": "Q", "participant": "Ana"})
        card = note.json()["id"]
        assert phone.post("api/votes", {"card": card, "participant": "Ana"}).json()["dots_left"] == 1
    with served_room(path, RoomSettings(dots=2)) as served:  # the room opened again
        phone = served.client()
        assert phone.get("api/map?participant=Ana").json()["dots_left"] == 1
        assert phone.post("api/votes", {"card": card, "participant": "Ana"}).json()["dots_left"] == 0
        assert phone.post("api/votes", {"card": card, "participant": "Ana"}).status == 409
        assert phone.post("api/votes", {"card": card, "participant": "Bo"}).status == 201
    with JmapFile.open(path) as jfile:
        doc = jfile.document
        saved = doc.card(card)
        assert (saved.votes, saved.room_votes) == (3, ("Ana", "Ana", "Bo"))
        stack = UndoStack(doc)
        room = Room(doc, stack, doc.maps()[0].id, RoomSettings(dots=2))
        assert room.map_json("Ana")["dots_left"] == 0
        stack.push(cmd.update_card(card, votes=2, room_votes=("Ana", "Bo")))  # a dot taken off
        assert room.map_json("Ana")["dots_left"] == 1
        stack.undo()  # the facilitator's undo of taking it off spends it again
        assert room.map_json("Ana")["dots_left"] == 0 and doc.card(card).votes == 3
        stack.redo()  # and the redo gives it back
        votes, left = room.vote("Ana", card)
        assert (votes, left) == (3, 0)
        assert stack.undo_label == "Edit card"  # the participant's dot is no step of the facilitator's
        room.close()


def test_a_later_rating_replaces_the_earlier_one_across_restarts(tmp_path: Path) -> None:
    path = make_map_file(tmp_path / "w.jmap")
    with served_room(path) as served:
        stages, _lane = _cell(served)
        phone = served.client()
        for who, score in (("Ana", 4), ("Bo", -2)):
            assert (
                phone.post("api/feelings", {"stage": stages[0], "score": score, "participant": who}).status
                == 201
            )
    with served_room(path) as served:
        phone = served.client()
        assert phone.get("api/map?participant=Ana").json()["feelings"] == {stages[0]: 4}
        assert (
            phone.post("api/feelings", {"stage": stages[0], "score": -4, "participant": "Ana"}).status == 201
        )
    with JmapFile.open(path, read_only=True) as jfile:
        doc = jfile.document
        persona = doc.persona_by_name(ROOM_PERSONA)
        assert persona is not None
        point = doc.point_at(persona.id, stages[0])
        assert point is not None
        assert dict(point.ratings) == {"Ana": -4, "Bo": -2}  # Ana's first rating no longer counts
        assert point.score == -3.0 and "(n = 2," in point.note
        people = tally(doc, doc.maps()[0].id)
        assert people["Ana"].feelings == {stages[0]: -4} and people["Bo"].feelings == {stages[0]: -2}


def test_held_notes_wait_off_the_map_in_the_file_until_placed(tmp_path: Path) -> None:
    path = make_map_file(tmp_path / "w.jmap")
    with served_room(path, RoomSettings(hold=True)) as served:
        stages, lane = _cell(served)
        phone = served.client()
        posted = [
            phone.post("api/cards", {"stage": stages[0], "lane": lane, "text": f"n{i}", "participant": "Ana"})
            for i in range(3)
        ]
        assert [p.status for p in posted] == [201, 201, 201]
        ids = [p.json()["id"] for p in posted]
        shown = {c["id"] for c in phone.get("api/map").json()["cards"]}
        assert not shown & set(ids)  # phones see a held note only once it is placed
        assert phone.post("api/votes", {"card": ids[0], "participant": "Bo"}).status == 404
    with JmapFile.open(path) as jfile:  # the file closed and opened again: the notes are still held
        doc = jfile.document
        map_id = doc.maps()[0].id
        assert [c.id for c in doc.held_cards(map_id)] == ids
        assert not {c.id for c in doc.cards(map_id)} & set(ids)
        assert all(c.held and c.from_room and c.author == "Ana" for c in doc.held_cards(map_id))
        assert tally(doc, map_id)["Ana"].notes == 3
        stack = UndoStack(doc)
        stack.push(cmd.accept_room_notes([ids[0]]))  # where its author wished
        other_lane = next(la.id for la in doc.lanes(map_id) if la.kind.value == "pain_points")
        stack.push(cmd.place_room_note(ids[1], stages[2], other_lane))  # somewhere else
        assert stack.undo_label == "Place note from the room"
        placed = doc.card(ids[1])
        assert (placed.stage_id, placed.lane_id, placed.held, placed.from_room) == (
            stages[2],
            other_lane,
            False,
            False,
        )
        assert ids[1] in [c.id for c in doc.cards_in(stages[2], other_lane)]
        assert ids[0] in [c.id for c in doc.cards_in(stages[0], lane)]
        stack.undo()  # back into the inbox, one step
        assert [c.id for c in doc.held_cards(map_id)] == ids[1:]
        stack.redo()
        stack.push(cmd.remove_stage(stages[0]))  # the stage the last held note wished for goes with it
        assert doc.held_cards(map_id) == []
        stack.undo()
        assert [c.id for c in doc.held_cards(map_id)] == [ids[2]]
    with JmapFile.open(path, read_only=True) as jfile:
        doc = jfile.document
        assert [c.id for c in doc.held_cards(doc.maps()[0].id)] == [ids[2]]
        assert doc.card(ids[1]).stage_id == stages[2] and not doc.card(ids[0]).held
