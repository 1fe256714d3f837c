"""Workshop ▸ Invite the Room… in the app: the room writes through the window's undo stack on
the Qt main thread, the canvas shows participants' notes live with their mark, the facilitator
accepts them, the code shows on the projector, and closing the window closes the room."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtTest import QTest

from jmdesigner.model import Kind, LaneKind, Stage, commands, new_id
from jmdesigner.room.server import ENDED
from jmdesigner.storage.jmapfile import JmapFile
from jmdesigner.ui.actions import Act
from jmdesigner.ui.main_window import MainWindow
from jmdesigner.ui.room_window import ProjectorCode, RoomWindow
from tests.room.harness import Client

POOL = ThreadPoolExecutor(max_workers=60, thread_name_prefix="phone")


def off_thread(qtbot: Any, fn: Callable[[], Any], timeout: int = 20_000) -> Any:
    """Run a phone's requests on another thread while the Qt main thread (the document's owner) runs."""
    future: Future[Any] = POOL.submit(fn)
    qtbot.waitUntil(future.done, timeout=timeout)
    return future.result()


def open_room(window: MainWindow, doc_path: Path, qtbot: Any) -> tuple[RoomWindow, str]:
    """The room of the file's first map, open on loopback, and its join URL."""
    window.open_file(doc_path)
    room = window.invite_room()
    assert isinstance(room, RoomWindow)
    qtbot.waitExposed(room)
    room.address.setCurrentText("127.0.0.1")
    assert room.start(), room.status.text()
    assert room.url is not None
    return room, room.url


def _cell(url: str) -> tuple[str, str]:
    data = Client(url).get("api/map").json()
    return data["stages"][0]["id"], next(
        lane["id"] for lane in data["lanes"] if lane["kind"] == "pain_points"
    )


def test_notes_land_on_the_canvas_marked_then_are_accepted(
    window: MainWindow, doc_path: Path, qtbot: Any
) -> None:
    room, url = open_room(window, doc_path, qtbot)
    assert url.startswith("http://127.0.0.1:")
    assert room.qr.modules >= 25 and room.qr.text == url
    assert "only this computer can join" in room.status.text()
    assert "Workshop" in [a.text().replace("&", "") for a in window.menuBar().actions()]
    stage, lane = off_thread(qtbot, lambda: _cell(url))
    xss = "<b>bold</b><img src=x onerror=alert(1)>"

    def post() -> str:
        phone = Client(url)
        answer = phone.post(
            "api/cards", {"stage": stage, "lane": lane, "text": xss, "participant": "Ana <i>"}
        )
        assert answer.status == 201, answer.body
        return answer.json()["id"]

    card_id = off_thread(qtbot, post)
    scene = window.current_view().map_scene  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: card_id in scene.cards)
    geom = scene.cards[card_id].geom
    assert geom.room_text == "Room · Ana <i>" and geom.room_rect is not None
    assert " ".join(geom.lines) == xss  # drawn as these characters, not as markup
    find = window.find_dock
    assert find is not None
    find.query.setText("onerror")
    find.search()
    assert find.results.model().rowCount() == 1
    tip = find.results.model().index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "<img" not in tip and "&lt;img src=x onerror=alert(1)&gt;" in tip  # shown as typed, never as HTML
    assert not window.stack.can_undo  # type: ignore[union-attr]  # a participant's note is no step of Undo
    room.refresh()
    assert room.people.item(0, 0).text() == "Ana <i>" and room.people.item(0, 1).text() == "1"
    assert room.inbox.count() == 1 and room.inbox.item(0).text().startswith("Ana <i>: <b>bold</b>")
    shots = os.environ.get("JMDESIGNER_ROOM_SHOTS")
    if shots:
        view = window.current_view()
        assert view is not None
        view.actual_size()
        view.ensureVisible(scene.cards[card_id], 40, 40)
        view.grab().save(str(Path(shots) / "canvas-room-note.png"))
        room.grab().save(str(Path(shots) / "room-window.png"))
    room.inbox.item(0).setSelected(True)
    room.accept_selected()
    assert window.jfile.document.card(card_id).from_room is False  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: scene.cards[card_id].geom.room_rect is None)
    room.refresh()
    assert room.inbox.count() == 0
    with JmapFile.open(doc_path, read_only=True) as other:
        saved = other.document.card(card_id)
        assert (saved.text, saved.author, saved.from_room) == (xss, "Ana <i>", False)


def test_ctrl_z_takes_back_the_facilitators_edit_never_a_participants_note(
    window: MainWindow, doc_path: Path, qtbot: Any
) -> None:
    room, url = open_room(window, doc_path, qtbot)
    stage, lane = off_thread(qtbot, lambda: _cell(url))
    view = window.current_view()
    assert view is not None and window.stack is not None
    doc, scene, undo = view.doc, view.map_scene, window.action(Act.UNDO)

    def note(stage_id: str, text: str) -> str:
        def post() -> str:
            answer = Client(url).post(
                "api/cards", {"stage": stage_id, "lane": lane, "text": text, "participant": "Ana"}
            )
            assert answer.status == 201, answer.body
            return answer.json()["id"]

        card_id = off_thread(qtbot, post)
        qtbot.waitUntil(lambda: card_id in scene.cards)
        return card_id

    view.setFocus()
    view.select_cell((stage, lane))
    QTest.keyClicks(view, "typed by the facilitator")
    QTest.keyClick(view, Qt.Key.Key_Return)  # Enter: the card is added...
    hers = note(stage, "sent from a phone")  # ...a note arrives...
    assert undo.text() == "&Undo Add card"  # ...and Edit ▸ Undo still names the facilitator's edit
    QTest.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    texts = [c.text for c in doc.cards_in(stage, lane)]
    assert "typed by the facilitator" not in texts and "sent from a phone" in texts and hers in scene.cards
    assert not undo.isEnabled()
    QTest.keyClick(
        view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert "typed by the facilitator" in [c.text for c in doc.cards_in(stage, lane)]
    # A stage added live, a note sent to it: undoing the stage would delete the note, so it is
    # refused in the status line (no dialog over the projected map), and the note stays.
    window.stack.push(commands.insert_stage(Stage(new_id(), view.map_id, "Added live")))
    added = doc.stages(view.map_id)[-1].id
    late = note(added, "late")
    QTest.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    said = window.statusBar().currentMessage() + window.statusBar().toolTip()
    assert "“Add stage” cannot be undone" in said and window.last_error is None
    shots = os.environ.get("JMDESIGNER_ROOM_SHOTS")
    if shots:
        window.grab().save(str(Path(shots) / "undo-refused.png"))
    assert doc.get(Kind.STAGE, added) is not None and late in scene.cards
    assert undo.text() == "&Undo Add card"  # the edits before it still undo
    room.refresh()
    assert room.people.item(0, 0).text() == "Ana" and room.people.item(0, 1).text() == "2"
    # On the projector (workshop mode, its own canvas on the same history) alike
    workshop = window.start_workshop()
    assert workshop is not None
    qtbot.waitExposed(workshop)
    big = workshop.view
    big.setFocus()
    big.select_cell((added, lane))
    QTest.keyClicks(big, "typed on the projector")
    QTest.keyClick(big, Qt.Key.Key_Return)
    note(added, "sent while projected")
    QTest.keyClick(big, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [c.text for c in doc.cards_in(added, lane)] == ["late", "sent while projected"]
    QTest.keyClick(big, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the card before: "Add card"
    assert "typed by the facilitator" not in [c.text for c in doc.cards_in(stage, lane)]
    assert [c.text for c in doc.cards_in(added, lane)] == ["late", "sent while projected"]
    workshop.close()


def test_the_code_is_on_the_projector_and_closing_the_window_closes_the_room(
    window: MainWindow, doc_path: Path, qtbot: Any
) -> None:
    room, url = open_room(window, doc_path, qtbot)
    workshop = window.start_workshop()
    assert workshop is not None
    qtbot.waitExposed(workshop)
    workshop.showNormal()
    workshop.resize(1024, 768)  # a small projector's screen (Qt's offscreen one is 800×800)
    qtbot.waitUntil(lambda: workshop.width() == 1024)
    codes = workshop.findChildren(ProjectorCode)
    assert len(codes) == 1 and codes[0].qr.text == url and codes[0].isVisible()
    # compact on this small projector, each of its modules still 4 pixels or more for the back of the room
    assert codes[0].compact and codes[0].qr.width() >= 4 * (codes[0].qr.modules + 8)
    view = workshop.view
    assert view.geometry().contains(codes[0].geometry())  # over the map, all of it on screen
    shots = os.environ.get("JMDESIGNER_ROOM_SHOTS")
    if shots:
        workshop.grab().save(str(Path(shots) / "projector-code.png"))
    # A card typed in the last stage was typed under the code (bottom right), out of the room's
    # sight: the code moves to the bottom left while the typing is under it, and back after
    code = codes[0]
    stages = view.doc.stages(view.map_id)
    # the bottom lane: the (compact) code sits at the bottom, over the cards typed there
    lane = [x for x in view.doc.lanes(view.map_id) if x.kind is not LaneKind.EMOTIONS][-1]

    def editor_in_workshop() -> QRect:
        editor = view.editing.editor
        assert editor is not None
        shown = view.mapFromScene(editor.sceneBoundingRect()).boundingRect()
        return QRect(view.viewport().mapTo(workshop, shown.topLeft()), shown.size())

    def corner_now() -> str:
        return "left" if code.geometry().center().x() < view.geometry().center().x() else "right"

    # (in the first stage, the compact code clear of the typing in either corner, either will do)
    for stage, corner in ((stages[-1], "left"), (stages[0], None)):
        view.setFocus()
        view.select_cell((stage.id, lane.id))
        QTest.keyClicks(view, "said in the room")
        assert not code.geometry().intersects(editor_in_workshop()), corner
        assert corner is None or corner_now() == corner
        QTest.keyClick(view, Qt.Key.Key_Return)
    room.on_projector.setChecked(False)
    qtbot.waitUntil(lambda: not [c for c in workshop.findChildren(ProjectorCode) if c.isVisible()])
    workshop.close()
    room.close()
    assert window.room_window is None

    def refused() -> bool:
        try:
            Client(url).get("api/map")
        except OSError:
            return True
        return False

    assert off_thread(qtbot, refused)


def test_closing_the_file_closes_the_room(window: MainWindow, doc_path: Path, qtbot: Any) -> None:
    room, _url = open_room(window, doc_path, qtbot)
    server = room.server
    assert server is not None
    window.close_file()
    assert not server.running and window.room_window is None


def test_a_port_in_use_is_one_sentence(window: MainWindow, doc_path: Path, qtbot: Any) -> None:
    first, _url = open_room(window, doc_path, qtbot)
    assert first.server is not None
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        first.stop()
        first.port.setValue(busy.getsockname()[1])
        assert not first.start()
    assert "cannot listen on 127.0.0.1" in first.status.text()
    assert first.server is None and first.start_button.text() == "Open the Room"


def test_fifty_phones_lose_nothing(window: MainWindow, doc_path: Path, qtbot: Any, tmp_path: Path) -> None:
    """50 phones (another process) × 10 notes, 3 dots and a few ratings each, over real HTTP,
    while the canvas follows: every note, dot and rating is in the file afterwards. How long the
    main thread paused is make bench's to report (bench/room.py, docs/performance.md)."""
    phones = 50
    room, url = open_room(window, doc_path, qtbot)
    out = tmp_path / "load.json"  # a file, not a pipe: the answer is larger than a pipe holds
    with out.open("w") as stdout:
        load = subprocess.Popen(
            [sys.executable, "-m", "tests.room.load", url, str(phones), "--retry"],
            stdout=stdout,
            stderr=subprocess.PIPE,
            text=True,
            cwd=Path(__file__).parents[2],
        )
        qtbot.waitUntil(lambda: load.poll() is not None, timeout=120_000)
    _out, err = load.communicate()
    assert load.returncode == 0, err
    result = json.loads(out.read_text())
    ids, stages = result["ids"], result["stages"]
    assert len(ids) == len(set(ids)) == phones * 10
    scene = window.current_view().map_scene  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: all(i in scene.cards for i in ids))
    shots = os.environ.get("JMDESIGNER_ROOM_SHOTS")
    if shots:
        view = window.current_view()
        assert view is not None
        view.resize(1400, 900)
        view.actual_size()
        view.grab().save(str(Path(shots) / "canvas-after-load.png"))
    room.close()
    with JmapFile.open(doc_path, read_only=True) as other:
        doc = other.document
        saved = {c.id: c for c in doc.cards(doc.maps()[0].id)}
        assert all(i in saved and saved[i].from_room for i in ids)
        # each note once (every third was sent twice with its key), in the cell its phone chose
        assert sum(1 for c in saved.values() if c.from_room) == phones * 10
        for note in result["notes"]:
            card = saved[note["id"]]
            assert (card.stage_id, card.lane_id, card.text) == (note["stage"], note["lane"], note["text"])
        assert sum(saved[i].votes for i in ids) == phones * 3
        assert sorted(n for i in ids for n in saved[i].room_votes) == sorted(
            f"P{n}" for n in range(phones) for _ in range(3)
        )
        persona = doc.persona_by_name("Room")
        assert persona is not None
        for stage in stages:
            point = doc.point_at(persona.id, stage)
            assert point is not None and f"(n = {phones}," in point.note and len(point.ratings) == phones


def test_ctrl_shift_return_accepts_the_selected_room_notes_on_the_canvas(
    window: MainWindow, doc_path: Path, qtbot: Any
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    room, url = open_room(window, doc_path, qtbot)
    stage, lane = off_thread(qtbot, lambda: _cell(url))
    posts = [{"stage": stage, "lane": lane, "text": f"note {i}", "participant": "Bo"} for i in range(2)]
    ids = off_thread(qtbot, lambda: [Client(url).post("api/cards", p).json()["id"] for p in posts])
    view = window.current_view()
    assert view is not None
    qtbot.waitUntil(lambda: all(i in view.map_scene.cards for i in ids))
    view.map_scene.select_cards([ids[0]])
    window.activateWindow()  # the room window came up in front
    qtbot.waitUntil(window.isActiveWindow)
    view.setFocus()
    QTest.keyClick(
        view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    doc = window.jfile.document  # type: ignore[union-attr]
    assert (doc.card(ids[0]).from_room, doc.card(ids[1]).from_room) == (False, True)
    assert window.stack.undo_label == "Accept note from the room"  # type: ignore[union-attr]
    room.close()


def test_held_notes_wait_in_the_inbox_and_the_facilitator_places_them(
    window: MainWindow, doc_path: Path, qtbot: Any
) -> None:
    window.open_file(doc_path)
    room = window.invite_room()
    assert isinstance(room, RoomWindow)
    room.address.setCurrentText("127.0.0.1")
    room.intake.setCurrentIndex(room.intake.findData("hold"))
    assert room.start(), room.status.text()
    url = room.url
    assert url is not None
    stage, lane = off_thread(qtbot, lambda: _cell(url))
    posts = [{"stage": stage, "lane": lane, "text": f"held {i}", "participant": "Cy"} for i in range(2)]
    ids = off_thread(qtbot, lambda: [Client(url).post("api/cards", p).json()["id"] for p in posts])
    scene = window.current_view().map_scene  # type: ignore[union-attr]
    doc = window.jfile.document  # type: ignore[union-attr]
    map_id = doc.maps()[0].id
    qtbot.waitUntil(lambda: [c.id for c in doc.held_cards(map_id)] == ids)
    room.refresh()
    assert room.inbox.count() == 2 and "Held for" in room.inbox.item(0).text()
    assert not set(ids) & set(scene.cards)  # off the map until placed
    room.inbox.item(0).setSelected(True)
    room.accept_selected()  # into the cell its author chose
    qtbot.waitUntil(lambda: ids[0] in scene.cards)
    room.refresh()
    room.inbox.clearSelection()
    room.inbox.item(0).setSelected(True)
    room.place_stage.setCurrentIndex(2)
    room.place_lane.setCurrentIndex(room.place_lane.findText("Pain points"))
    room.place_selected()  # somewhere else, chosen below the inbox
    placed = doc.card(ids[1])
    assert placed.stage_id == doc.stages(map_id)[2].id and doc.lane(placed.lane_id).name == "Pain points"
    assert not placed.held and not placed.from_room and ids[1] in scene.cards
    window.stack.undo()  # type: ignore[union-attr]  # one step puts it back in the inbox
    assert doc.card(ids[1]).held and ids[1] not in scene.cards
    room.refresh()
    assert room.inbox.count() == 1
    shots = os.environ.get("JMDESIGNER_ROOM_SHOTS")
    if shots:
        room.grab().save(str(Path(shots) / "room-window-held.png"))
    room.close()
    with JmapFile.open(doc_path, read_only=True) as other:
        assert [c.id for c in other.document.held_cards(map_id)] == [ids[1]]


def test_every_slice_of_room_work_starts_from_the_owners_timer(qtbot: Any, monkeypatch: Any) -> None:
    """A phone's wake-up only arms the timer, and a slice that leaves work arms it again: posted
    events (a wake-up, a paint) never run slices back to back in one turn of the event loop,
    which had put two or three slices in one 40-60 ms pause of the canvas."""
    from PySide6.QtCore import QCoreApplication

    from jmdesigner.model import Document, UndoStack
    from jmdesigner.ui import room_window

    monkeypatch.setattr(room_window, "SLICE", 0.0)  # one job per slice
    owner = room_window.MainThreadJobs(UndoStack(Document()))
    ran: list[int] = []
    POOL.submit(lambda: [owner.jobs.submit(lambda k=k: ran.append(k)) for k in range(3)]).result()
    QCoreApplication.sendPostedEvents()  # the wake-up arrives: no slice runs from it
    assert ran == [] and owner._next.isActive()
    owner._next.stop()
    owner.run_slice()
    assert ran == [0] and owner._next.isActive()  # more waits: the next slice after the timer
    QCoreApplication.sendPostedEvents()
    assert ran == [0]
    qtbot.waitUntil(lambda: ran == [0, 1, 2])
    assert not owner._next.isActive()


def test_the_room_window_shows_who_posted_and_the_notes_waiting_as_it_opens(
    window: MainWindow, doc_path: Path, qtbot: Any
) -> None:
    """After a restart (the room closed, its notes in the file), Invite the Room showed an empty
    list of who joined and an empty inbox until its timer ticked (a second or more on a busy
    laptop): the facilitator thought the room's notes were gone. They are listed at once."""
    from jmdesigner.model import Card, LaneKind, commands, new_id

    window.open_file(doc_path)
    doc, stack, map_id = window.jfile.document, window.stack, window.current_map_id  # type: ignore[union-attr]
    stage = doc.stages(map_id)[0]
    lane = next(x for x in doc.lanes(map_id) if x.kind is LaneKind.PAIN_POINTS)
    note = Card(new_id(), map_id, stage.id, lane.id, "no slot before noon", author="Anna", from_room=True)
    stack.push(commands.insert_card(note))  # type: ignore[union-attr]
    room = window.invite_room()
    assert isinstance(room, RoomWindow)
    assert room.inbox.count() == 1 and "Anna: no slot before noon" in room.inbox.item(0).text()
    assert room.people.rowCount() == 1 and room.people.item(0, 0).text() == "Anna"
    assert room.inbox_title.text() == "From the room, waiting to be accepted (1)"


def test_the_join_link_outlives_the_room_window_until_the_facilitator_replaces_it(
    window: MainWindow, doc_path: Path, qtbot: Any, monkeypatch: Any
) -> None:
    import socket

    from PySide6.QtWidgets import QMessageBox

    room, url = open_room(window, doc_path, qtbot)
    phone = Client(url)
    stage, lane = off_thread(qtbot, lambda: _cell(url))
    first = {"stage": stage, "lane": lane, "text": "before", "participant": "Ana", "key": "key-before-01"}
    card = off_thread(qtbot, lambda: Client(url).post("api/cards", first).json()["id"])
    dot = {"card": card, "participant": "Ana", "key": "key-a-dot-01"}
    given = off_thread(qtbot, lambda: Client(url).post("api/votes", dot).json())
    room.close()  # the window closed mid-workshop (or the app: the link is kept per user)
    window.close_file()
    reopened_room, again = open_room(window, doc_path, qtbot)
    assert again == url and not reopened_room.notice.text()  # same token, same port: no phone scans again
    # a dot whose answer was lost, sent again to the room opened anew: answered, not given twice
    assert (
        off_thread(qtbot, lambda: Client(url).post("api/votes", dot).json())
        == given
        == {
            "card": card,
            "votes": 1,
            "dots_left": 2,
        }
    )
    note = {"stage": stage, "lane": lane, "text": "still here", "participant": "Ana"}
    assert off_thread(qtbot, lambda: phone.post("api/cards", note).status) == 201
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: answers.pop(0))
    reopened_room.new_link_button.click()  # asked first: No keeps the link
    assert reopened_room.url == url and answers == [QMessageBox.StandardButton.Yes]
    reopened_room.new_link_button.click()
    fresh = reopened_room.url
    assert fresh is not None and fresh != url and reopened_room.qr.text == fresh
    assert fresh.split("/j/")[0] == url.split("/j/")[0]  # the same address and port
    assert "old one no longer works" in reopened_room.notice.text()
    refused = off_thread(qtbot, lambda: Client(url).post("api/cards", note))
    assert refused.status == 410 and refused.json()["replaced"] is True
    assert off_thread(qtbot, lambda: Client(fresh).post("api/cards", note).status) == 201
    port = int(fresh.split(":")[2].split("/")[0])
    reopened_room.close()
    with socket.socket() as busy:  # the port was taken meanwhile: the room says the link changed
        busy.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # past the closed room's TIME_WAIT
        busy.bind(("127.0.0.1", port))
        busy.listen()
        moved_room, moved = open_room(window, doc_path, qtbot)
        assert moved != fresh and moved.split("/j/")[1] == fresh.split("/j/")[1]
        assert f"port {port} was taken" in moved_room.notice.text()
        assert "scan the new code" in moved_room.notice.text()
    moved_room.close()


def test_ending_the_workshop_hides_the_code_and_a_later_room_has_a_new_link(
    window: MainWindow, doc_path: Path, qtbot: Any, monkeypatch: Any
) -> None:
    from PySide6.QtWidgets import QMessageBox

    end = window.registry[Act.END_WORKSHOP]  # Workshop ▸ End the Workshop…, with the room's actions
    workshop_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "W&orkshop")
    assert end in workshop_menu.actions() and window.registry[Act.ROOM] in workshop_menu.actions()
    assert not end.isEnabled()  # no room open
    room, url = open_room(window, doc_path, qtbot)
    assert end.isEnabled()
    workshop = window.start_workshop()
    assert workshop is not None
    qtbot.waitExposed(workshop)

    def codes() -> list[ProjectorCode]:
        return [c for c in workshop.findChildren(ProjectorCode) if c.isVisible()]

    assert codes() and room.end_button.isEnabled()
    stage, lane = off_thread(qtbot, lambda: _cell(url))
    note = {"stage": stage, "lane": lane, "text": "before the end", "participant": "Ana"}
    assert off_thread(qtbot, lambda: Client(url).post("api/cards", note).status) == 201
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked_over = []

    def question(parent, *_a, **_k):  # type: ignore[no-untyped-def]
        asked_over.append(parent)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    room.end_button.click()  # asked first: No keeps the room open
    assert room.url == url
    end.trigger()  # the menu asks the same, over the main window
    assert room.url == url and asked_over == [room, window]
    end.trigger()
    assert room.server is None and room.qr.text == "" and "The workshop has ended" in room.link.text()
    assert not room.end_button.isEnabled() and not end.isEnabled()
    qtbot.waitUntil(lambda: not codes())  # the code left the projector
    room.refresh()  # who joined and the inbox are read from the map: still there
    assert room.people.item(0, 0).text() == "Ana" and room.inbox.count() == 1
    shots = os.environ.get("JMDESIGNER_ROOM_SHOTS")
    if shots:
        room.grab().save(str(Path(shots) / "room-window-ended.png"))
    assert "before the end" in [c.text for c in window.jfile.document.cards(room.map_id)]  # type: ignore[union-attr]
    assert room.start()  # a new workshop later: a new link, on the same address and port
    fresh = room.url
    assert fresh is not None and fresh != url and fresh.split("/j/")[0] == url.split("/j/")[0]
    qtbot.waitUntil(lambda: len(codes()) == 1 and codes()[0].qr.text == fresh)
    refused = off_thread(qtbot, lambda: Client(url).post("api/cards", note))
    assert refused.status == 410 and refused.json() == {"error": ENDED, "ended": True}
    assert end.isEnabled()
    workshop.close()
    room.close()
    assert not end.isEnabled()  # closing the room window closed the room


def test_words_typed_with_the_room_window_in_front_go_to_the_map_and_never_stop_the_room(
    window: MainWindow, doc_path: Path, qtbot: Any
) -> None:
    """Open the Room leaves the keyboard on its button, now Stop the Room; the facilitator, back
    to capturing what the room says, typed with this window in front: the letters were lost and
    the first space stopped the room, every phone cut off. The words go to the map, the window
    behind taking the keyboard, and the room stays open; F5 there is workshop mode."""
    from PySide6.QtWidgets import QApplication

    from jmdesigner.ui.actions import Act

    room, _ = open_room(window, doc_path, qtbot)
    view = window.current_view()
    assert view is not None
    cell = view.first_cell()
    view.select_cell(cell)
    room.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is room)
    room.start_button.setFocus()
    serving = room.server
    for key in "Long queue at the desk":  # each key to whatever has the keyboard then
        QTest.keyClicks(QApplication.focusWidget(), key)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert room.server is serving and room.url is not None  # still open, never stopped
    assert [c.text for c in view.doc.cards_in(*cell)][-1] == "Long queue at the desk"  # type: ignore[misc]
    assert window.registry[Act.WORKSHOP] in room.actions()  # F5 in the room window too


def test_on_the_projector_the_code_takes_the_corner_that_hides_fewer_cards(
    window: MainWindow, doc_path: Path, qtbot: Any
) -> None:
    """Notes pile up in the last stage, at the bottom right of the projected map, where the code
    sat over them (the room's own notes hidden from the room) while the bottom left was empty:
    the code goes to the corner that hides fewer cards, the typing still first."""
    from jmdesigner.model import Card, LaneKind, commands, new_id

    room, _ = open_room(window, doc_path, qtbot)
    view = window.current_view()
    assert view is not None and window.stack is not None
    doc, map_id = view.doc, view.map_id
    stages = doc.stages(map_id)
    lanes = [x for x in doc.lanes(map_id) if x.kind is not LaneKind.EMOTIONS]
    for card in [c for c in doc.cards(map_id) if c.stage_id == stages[0].id]:
        window.stack.push(commands.remove_cards([card.id]))  # the first stage empty
    for k in range(8):  # the last stage's last lane full of the room's notes
        note = Card(new_id(), map_id, stages[-1].id, lanes[-1].id, f"Note from the room {k}")
        window.stack.push(commands.insert_card(note))
    workshop = window.start_workshop()
    assert workshop is not None
    qtbot.waitExposed(workshop)
    workshop.showNormal()
    workshop.resize(1024, 768)
    qtbot.waitUntil(lambda: workshop.width() == 1024)
    workshop.view.fit_to_window()
    (code,) = [c for c in workshop.findChildren(ProjectorCode) if c.isVisible()]
    shown = workshop.view

    def hidden_cards() -> list[str]:
        out = []
        for card_id, item in shown.map_scene.cards.items():
            r = shown.mapFromScene(item.sceneBoundingRect()).boundingRect()
            if QRect(shown.viewport().mapTo(workshop, r.topLeft()), r.size()).intersects(code.geometry()):
                out.append(doc.card(card_id).text)
        return out

    qtbot.waitUntil(lambda: code.geometry().center().x() < shown.geometry().center().x())  # bottom left
    assert hidden_cards() == []
    workshop.close()
    room.close()


def test_a_room_open_when_the_app_was_killed_opens_again_with_the_file(
    window: MainWindow, doc_path: Path, qtbot: Any
) -> None:
    """jmdesigner killed mid-workshop and started again: the room stayed closed, every phone said
    it could not reach it, and the facilitator typed on unaware (and, opening it by hand, got 3
    dots and notes on the map again, whatever the workshop had). The room opens again with the
    file, on the same link, with the same dots and notes setting, its window behind the map; a
    room closed before the app stopped stays closed."""
    from dataclasses import replace

    from jmdesigner.room.links import RoomLinks

    window.open_file(doc_path)
    room = window.invite_room()
    assert isinstance(room, RoomWindow)
    room.address.setCurrentText("127.0.0.1")
    room.dots.setValue(5)
    room.intake.setCurrentIndex(room.intake.findData("hold"))
    assert room.start(), room.status.text()
    url, where, map_id = room.url, room.where, room.map_id
    assert where is not None and RoomLinks().left_open(where, map_id)
    # killed: the room never closed. Here its server stops (freeing the port) and the file is
    # closed, then the link is put back as a kill leaves it, still marked open.
    room.close()
    assert not RoomLinks().left_open(where, map_id)  # closed before the app stopped: stays closed
    window.close_file()
    RoomLinks().remember(where, map_id, replace(RoomLinks().link(where, map_id), open=True))

    window.open_file(doc_path)
    qtbot.waitUntil(lambda: window.room_window is not None)  # once the map is painted
    again = window.room_window
    assert again is not None and again.url == url
    assert (again.dots.value(), again.intake.currentData()) == (5, "hold")
    assert "open again on the same link" in window.statusBar().currentMessage()
    stage, lane = off_thread(qtbot, lambda: _cell(url))
    note = {"stage": stage, "lane": lane, "text": "after the crash", "participant": "Ana"}
    assert off_thread(qtbot, lambda: Client(url).post("api/cards", note).status) == 201
    again.close()
    window.close_file()
    window.open_file(doc_path)
    qtbot.wait(200)
    assert window.room_window is None
