"""Find lists its matches through a model whose rows are worded when the list asks for them: a
search matching hundreds of cards words the rows in view (and what a screen reader or a tooltip
asks for), not every match up front."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from jmdesigner.model import Document, UndoStack, add_bundle, commands
from jmdesigner.model.search import find_cards
from jmdesigner.ui.find_dock import FindDock, hit_list_class
from tests.builders import sample_bundle


def _dock(qtbot: Any, matches: int) -> tuple[Document, FindDock]:
    doc = Document()
    add_bundle(doc, sample_bundle(stages=10, cards_per_cell=matches // 10 + 1))
    stack = UndoStack(doc)
    cards = doc.cards(doc.maps()[0].id)
    assert len(cards) > matches
    for n, card in enumerate(cards[:matches]):
        stack.push(commands.update_card(card.id, text=f"Refund <b>{n}</b>\nsecond line"))
    find = FindDock(doc)
    qtbot.addWidget(find)
    find.resize(300, 400)
    find.show()
    qtbot.waitExposed(find)
    return doc, find


def test_a_search_words_the_rows_in_view_not_every_match(qtbot: Any, monkeypatch: Any) -> None:
    doc, find = _dock(qtbot, 300)
    worded: set[int] = set()
    hit_list = hit_list_class()
    data = hit_list.data

    def counting(self: Any, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            worded.add(index.row())
        return data(self, index, role)

    monkeypatch.setattr(hit_list, "data", counting)
    find.query.setText("refund")
    find.search()
    QApplication.processEvents()  # laid out and painted
    model = find.results.model()
    assert model.rowCount() == 300 == len(find.hits)
    assert 0 < len(worded) < 40, sorted(worded)  # the rows the list shows (and measures), of 300
    # Every row still reads as the match it stands for: its two lines, a plain-text tooltip of
    # the whole card, and what a screen reader says.
    want = find_cards(doc, "refund")
    last = model.index(299, 0)
    assert last.data() == f"{want[299].text.splitlines()[0]}\n{want[299].where}"
    tip = last.data(Qt.ItemDataRole.ToolTipRole)
    assert "<b>" not in tip and "&lt;b&gt;299&lt;/b&gt;" in tip and "second line" in tip
    assert last.data(Qt.ItemDataRole.AccessibleTextRole) == f"Refund <b>299</b>, in {want[299].where}"
    find.detach()


def test_a_search_again_keeps_the_current_match_and_rewrites_only_changed_rows(qtbot: Any) -> None:
    doc, find = _dock(qtbot, 30)
    find.query.setText("refund")
    find.search()
    find.step(1)
    find.step(1)
    assert find.current_row() == 1 and find.count.text() == "2 of 30"
    changed: list[tuple[int, int]] = []
    model = find.results.model()
    model.dataChanged.connect(lambda top, bottom, _roles=(): changed.append((top.row(), bottom.row())))
    card = find.hits[5].card_id
    UndoStack(doc).push(commands.update_card(card, text="Refund again\nsecond line"))
    find.search()
    assert changed == [(5, 5)] and model.rowCount() == 30
    assert find.current_row() == 1 and find.count.text() == "2 of 30"
    assert model.index(5, 0).data().startswith("Refund again\n")
    find.detach()


def test_laying_out_many_matches_asks_no_python_code_per_match(qtbot: Any, monkeypatch: Any) -> None:
    """The list lays out every row (its row count asked for each one, each time it lays them
    out): the model's own Python code is asked about the rows it shows, not about every match."""
    _doc, find = _dock(qtbot, 300)
    hit_list = hit_list_class()
    asked: dict[str, int] = {}
    for name in ("rowCount", "columnCount", "index", "flags", "data", "parent", "sibling", "hasChildren"):
        method = hit_list.__dict__.get(name)
        if method is None:
            continue

        def counting(*args: Any, _method: Any = method, _name: str = name, **kwargs: Any) -> object:
            asked[_name] = asked.get(_name, 0) + 1
            return _method(*args, **kwargs)

        monkeypatch.setattr(hit_list, name, counting)
    find.query.setText("refund")
    find.search()
    QApplication.processEvents()  # laid out and painted
    find.results.resize(find.results.width() + 20, find.results.height())  # laid out again
    QApplication.processEvents()
    assert find.results.model().rowCount() == 300 == len(find.hits)
    assert sum(asked.values()) < 300, asked
    # Still a list of matches to pick from, not of texts to edit or drag.
    flags = find.results.model().flags(find.results.model().index(3, 0))
    f = Qt.ItemFlag
    assert flags == f.ItemIsSelectable | f.ItemIsEnabled | f.ItemNeverHasChildren
    find.detach()
