"""The weights the exporters draw text in.

Text is shaped and drawn through ``jmdesigner.text`` in the bundled faces (embedded by
``pdf_fonts``); ReportLab itself is told about no font at all (``sink.TextlessCanvas``).
"""

from __future__ import annotations

from jmdesigner.text import BOLD, REGULAR
from jmdesigner.text.faces import FAMILY

__all__ = ["BOLD", "FAMILY", "REGULAR"]
