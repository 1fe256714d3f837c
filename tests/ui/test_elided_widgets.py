"""Text too long for its widget ends in "…", never cut through a letter (the German inspector)."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QIcon

from jmdesigner.model.kinds import Evidence
from jmdesigner.ui.forms import ComboField

GERMAN = "Beobachtet (durch Forschung belegt)"


def test_a_narrow_choice_shows_its_text_shortened_with_an_ellipsis(qtbot: Any) -> None:
    field = ComboField("Beleg", [("Keine", None), (GERMAN, Evidence.OBSERVED)])
    qtbot.addWidget(field)
    field.set_value(Evidence.OBSERVED)
    combo = field.combo
    combo.resize(150, combo.sizeHint().height())
    field.show()
    shown = combo.shown_text()
    assert shown.endswith("…") and GERMAN.startswith(shown[:-1])
    assert combo.fontMetrics().horizontalAdvance(shown) <= combo.width()
    assert not combo.grab().isNull()  # paints through the same path
    combo.resize(combo.fontMetrics().horizontalAdvance(GERMAN) + 80, combo.height())
    assert combo.shown_text() == GERMAN


CAPTIONS = ("Ist-Zustand (wie es heute ist)", "Glatt", GERMAN, "Current state (as it is today)", "W" * 40)


def _combo(qtbot: Any, caption: str, *, icon: bool = False) -> Any:
    """A box as the inspector's ComboField sets it up, on its own (no layout resizes it)."""
    from PySide6.QtGui import QColor, QPixmap
    from PySide6.QtWidgets import QComboBox

    from jmdesigner.ui.elided_label import ElidedComboBox

    combo = ElidedComboBox()
    qtbot.addWidget(combo)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
    dot = QPixmap(12, 12)
    dot.fill(QColor("#3a7"))
    for text in (caption, "Keine"):
        if icon:
            combo.addItem(QIcon(dot), text)
        else:
            combo.addItem(text)
    combo.show()
    return combo


def _pixels(combo: Any) -> bytes:
    image = combo.grab().toImage()
    return bytes(image.constBits())  # type: ignore[arg-type]


def test_the_room_told_without_the_style_is_never_more_than_the_style_gives(qtbot: Any) -> None:
    """Every style at hand, captions long and short, with and without an icon, at many widths:
    where the estimate says a caption fits, the style's field holds it whole."""
    from PySide6.QtWidgets import QApplication, QStyleFactory, QStyleOptionComboBox

    app = QApplication.instance()
    was = app.style().name()  # type: ignore[union-attr]
    try:
        for name in QStyleFactory.keys():  # noqa: SIM118 (a Qt list, not a dict)
            app.setStyle(name)  # type: ignore[union-attr]
            for caption in CAPTIONS:
                for icon in (False, True):
                    combo = _combo(qtbot, caption, icon=icon)
                    told = 0
                    for width in range(combo.sizeHint().width(), 420, 7):
                        combo.resize(width, combo.sizeHint().height())
                        option = QStyleOptionComboBox()
                        combo.initStyleOption(option)
                        estimate = combo.estimated_room()
                        assert estimate is not None and estimate <= combo._room(option), (name, width)
                        told += 1
                    assert told, name
                    combo.resize(combo.sizeHint().width() - 1, combo.height())
                    assert combo.estimated_room() is None  # narrower than its hint: the style is asked
    finally:
        app.setStyle(was)  # type: ignore[union-attr]


def test_a_caption_that_fits_is_painted_as_the_shortened_path_paints_it(qtbot: Any) -> None:
    """Qt's own painting of a caption that fits (no style class made for it) gives the same
    pixels as the path that shortens it through the style; a caption too long still ends in
    "…" (the old test above)."""
    for caption in CAPTIONS[:2]:
        combo = _combo(qtbot, caption)
        width = max(combo.fontMetrics().horizontalAdvance(caption) + 60, combo.sizeHint().width())
        combo.resize(width, combo.sizeHint().height())
        assert combo.estimated_room() is not None
        assert combo.fontMetrics().horizontalAdvance(caption) < combo.estimated_room()
        quick = _pixels(combo)
        combo._estimate_holds = False  # the style's field from now on
        assert combo.shown_text() == caption
        assert _pixels(combo) == quick, caption


def test_no_choice_shows_the_placeholder_shortened_to_the_field(qtbot: Any) -> None:
    """Several cards with different values: the box says "Mixed values" (it painted nothing)."""
    from PySide6.QtWidgets import QComboBox

    from jmdesigner.ui.elided_label import ElidedComboBox

    long = "Gemischte Werte bei den gewählten Karten, ausführlich erklärt"
    for width in (400, 140):
        ours, qts = ElidedComboBox(), QComboBox()
        for combo in (ours, qts):
            qtbot.addWidget(combo)
            combo.addItem("Keine")
            combo.setPlaceholderText(long if width < 400 else "Mixed values")
            combo.setCurrentIndex(-1)
            combo.resize(width, combo.sizeHint().height())
            combo.show()
        assert ours.caption() == qts.placeholderText()
        if width == 400:
            assert _pixels(ours) == _pixels(qts)  # fits: Qt's own placeholder painting
        else:
            shown = ours.shown_text()
            assert shown.endswith("…") and long.startswith(shown[:-1])


def test_a_style_with_less_room_than_its_hint_promised_gets_the_caption_shortened(qtbot: Any) -> None:
    """The estimate is held to the style's field after the first paint: a style whose field is
    narrower than its size hint implies turns it off, and the box is painted anew, shortened."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle

    class Narrow(QProxyStyle):
        def subControlRect(self, control: Any, option: Any, sub: Any, widget: Any = None) -> QRect:
            rect = super().subControlRect(control, option, sub, widget)
            if sub == QStyle.SubControl.SC_ComboBoxEditField:
                rect.setWidth(rect.width() - 90)
            return rect

    combo = _combo(qtbot, CAPTIONS[0])
    narrow = Narrow(QApplication.style().name())  # type: ignore[union-attr]
    combo.setStyle(narrow)
    combo.resize(combo.fontMetrics().horizontalAdvance(CAPTIONS[0]) + 60, combo.sizeHint().height())
    assert combo.estimated_room() is not None  # the hint says it fits
    combo.grab()  # painted whole, by Qt: the check comes after
    qtbot.waitUntil(lambda: not combo._estimate_holds)
    assert combo.estimated_room() is None
    shown = combo.shown_text()
    assert shown.endswith("…") and CAPTIONS[0].startswith(shown[:-1])
