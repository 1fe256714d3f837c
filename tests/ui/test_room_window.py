"""Workshop ▸ Invite the Room… in the app: the room writes through the window's undo stack on
the Qt main thread, the canvas shows participants' notes live with their mark, the facilitator
accepts them, the code shows on the projector, and closing the window closes the room."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

from PySide6.QtCore import QElapsedTimer, QTimer

from jmdesigner.storage.jmapfile import JmapFile
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
    assert find.results.count() == 1
    tip = find.results.item(0).toolTip()
    assert "<img" not in tip and "&lt;img src=x onerror=alert(1)&gt;" in tip  # shown as typed, never as HTML
    window.stack.undo()  # type: ignore[union-attr]  # one undo step takes the participant's note back
    assert card_id not in scene.cards
    window.stack.redo()  # type: ignore[union-attr]
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


def test_the_code_is_on_the_projector_and_closing_the_window_closes_the_room(
    window: MainWindow, doc_path: Path, qtbot: Any
) -> None:
    room, url = open_room(window, doc_path, qtbot)
    workshop = window.start_workshop()
    assert workshop is not None
    qtbot.waitExposed(workshop)
    codes = workshop.findChildren(ProjectorCode)
    assert len(codes) == 1 and codes[0].qr.text == url and codes[0].isVisible()
    assert codes[0].qr.width() >= 250  # big enough for the back of the room on a projector
    shots = os.environ.get("JMDESIGNER_ROOM_SHOTS")
    if shots:
        workshop.grab().save(str(Path(shots) / "projector-code.png"))
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


def test_fifty_phones_lose_nothing_and_the_canvas_keeps_painting(
    window: MainWindow, doc_path: Path, qtbot: Any
) -> None:
    """50 phones (another process) × 10 notes, 3 dots and a rating per stage, over real HTTP;
    the main thread's longest pause while serving them is measured with a 5 ms timer."""
    phones = 50
    room, url = open_room(window, doc_path, qtbot)
    gaps: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.nsecsElapsed()]

    def tick() -> None:
        now = clock.nsecsElapsed()
        gaps.append((now - last[0]) / 1e6)
        last[0] = now

    collections: list[float] = []  # Python's garbage collections, which pause the main thread too
    started_gc = [0.0]

    def on_gc(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            started_gc[0] = time.perf_counter()
        else:
            collections.append((time.perf_counter() - started_gc[0]) * 1000)

    beat = QTimer(interval=5)
    beat.timeout.connect(tick)
    gc.callbacks.append(on_gc)
    load = subprocess.Popen(
        [sys.executable, "-m", "tests.room.load", url, str(phones)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).parents[2],
    )
    beat.start()
    qtbot.waitUntil(lambda: load.poll() is not None, timeout=120_000)
    beat.stop()
    gc.callbacks.remove(on_gc)
    out, err = load.communicate()
    assert load.returncode == 0, err
    result = json.loads(out)
    ids, stages, seconds = result["ids"], result["stages"], result["seconds"]
    assert len(ids) == len(set(ids)) == phones * 10
    scene = window.current_view().map_scene  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: all(i in scene.cards for i in ids))
    gaps.sort()
    worst, p95, median = gaps[-1], gaps[int(len(gaps) * 0.95)], gaps[len(gaps) // 2]
    writes = phones * (10 + 3 + len(stages))
    print(
        f"\nroom load: {phones * 10} notes, {phones * 3} votes, {phones * len(stages)} feelings "
        f"in {seconds:.2f} s ({phones * 10 / seconds:.0f} notes/s, {writes / seconds:.0f} writes/s); "
        f"main-thread pauses: median {median:.1f} ms, p95 {p95:.1f} ms, max {worst:.1f} ms; "
        f"longest garbage collection {max(collections, default=0):.1f} ms"
    )
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
        assert sum(saved[i].votes for i in ids) == phones * 3
        persona = doc.persona_by_name("Room")
        assert persona is not None
        for stage in stages:
            point = doc.point_at(persona.id, stage)
            assert point is not None and f"(n = {phones}," in point.note
    # The figures above are what docs/room.md reports (p95 under 50 ms on an idle machine); the
    # bounds here leave room for a busy CI machine yet fail if room work stopped being sliced.
    assert p95 <= 100.0 and worst <= 500.0


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
