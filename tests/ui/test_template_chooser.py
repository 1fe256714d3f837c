"""New map: the template chooser lists every template with a drawn preview and names the map."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from jmdesigner.templates import templates
from jmdesigner.ui.template_chooser import TemplateChooser


def test_every_template_has_a_preview_and_the_title_is_used(qtbot: Any) -> None:
    dialog = TemplateChooser()
    qtbot.addWidget(dialog)
    dialog.show()
    names = [t.name for t in templates()]
    assert dialog.list.count() == len(names)
    for i in range(dialog.list.count()):
        icon = dialog.list.item(i).icon()
        image = icon.pixmap(240, 150).toImage()
        colours = {
            image.pixel(x, y) for x in range(0, image.width(), 12) for y in range(0, image.height(), 12)
        }
        assert len(colours) > 3  # a drawn map, not a blank tile
    row = names.index("service-blueprint")
    dialog.list.setCurrentRow(row)
    assert dialog.summary.text() == templates()[row].summary
    QTest.keyClicks(dialog.title, "Claims process")
    bundle = dialog.bundle()
    assert bundle.map.title == "Claims process"
    assert dialog.template_name() == "service-blueprint"
    QTest.keyClick(dialog.title, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
