"""The fixtures of the canvas and window tests, for the translated window."""

from tests.canvas.conftest import canvas  # noqa: F401 (a fixture)
from tests.i18n.languages import german  # noqa: F401 (a fixture)
from tests.ui.conftest import doc_path  # noqa: F401 (a fixture)
