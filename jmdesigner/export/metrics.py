"""The exporters' text metrics: the shared shaped metrics of ``jmdesigner.text`` (one geometry).

Kept as the exporters' names for them: ``font_of`` a role's weight, ``PdfTextMetrics`` the
layout's metrics, ``text_width`` and ``wrap`` for the extra pages' prose.
"""

from __future__ import annotations

from jmdesigner.text.metrics import ShapedMetrics as PdfTextMetrics
from jmdesigner.text.metrics import elide, size_of, text_width, wrap, wrap_directed
from jmdesigner.text.metrics import weight_of as font_of

__all__ = ["PdfTextMetrics", "elide", "font_of", "size_of", "text_width", "wrap", "wrap_directed"]
