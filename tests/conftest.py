"""Suite-wide settings: headless Qt, and no test ever writes to the real user data folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # once, before any QApplication exists
# An app a test starts as a process speaks English, whatever the desktop's language (LANGUAGE
# comes first in Qt's UI languages); tests of the language choice set the locale themselves.
os.environ["LANGUAGE"] = "en"

import pytest

_TESTS = Path(__file__).resolve().parent
# ``make test`` runs the suite in two parts: everything but the ``screen`` tests on every core
# (pytest-xdist), then the ``screen`` tests one at a time in one process, as they always ran. They
# type on a real X server or drive a browser or the accessibility bus, each with its app, X server
# and window manager: beside a busy worker on a two-core machine they typed at half speed and
# lost the race they test, and IBus never took the keys of an app started from a worker. The
# PostgreSQL tests share one worker so one throwaway server starts, not one per worker.
_SCREEN_FOLDERS = frozenset({"x11", "a11y"})
_SCREEN_FILES = frozenset({"test_browser.py"})


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "screen: a real X server, browser or accessibility bus (tests/conftest.py)"
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        parts = item.path.relative_to(_TESTS).parts if item.path.is_relative_to(_TESTS) else ()
        if parts and (parts[0] in _SCREEN_FOLDERS or item.path.name in _SCREEN_FILES):
            item.add_marker(pytest.mark.screen)
        elif "pg_cluster" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.xdist_group("postgresql"))


@pytest.fixture(autouse=True)
def data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Backups and locks go to a temporary folder, never to the developer's real data folder,
    and not into ``tmp_path`` either, whose listing tests compare."""
    folder = tmp_path_factory.mktemp("jmdesigner-data")
    monkeypatch.setenv("JMDESIGNER_DATA_DIR", str(folder))
    monkeypatch.setenv("JMDESIGNER_CONFIG_DIR", str(tmp_path_factory.mktemp("jmdesigner-config")))
    return folder


# Windows Qt keeps for the whole process by design (the tooltip label is created once and reused).
_PROCESS_WIDE = frozenset({"QTipLabel", "QWhatsThat"})


def _windows() -> dict[int, object]:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return {}
    return {id(w): w for w in app.topLevelWidgets() if w.parentWidget() is None}


@pytest.fixture(autouse=True)
def no_leaked_widgets(request: pytest.FixtureRequest) -> Iterator[None]:
    """A test that leaves a parentless window alive (neither deleted nor owned) fails: such a
    widget outlives its test, keeps its document open and slows every test after it."""
    before = set(_windows())
    yield
    if request.node.get_closest_marker("leaks_widgets"):
        return
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # what deleteLater asked for
    leaked = [
        w
        for key, w in _windows().items()
        if key not in before
        and type(w).__name__ not in _PROCESS_WIDE
        and w.metaObject().className() not in _PROCESS_WIDE
    ]
    if leaked:
        names = ", ".join(f"{type(w).__name__} {w.windowTitle()!r}" for w in leaked)
        for w in leaked:
            w.close()
            w.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        pytest.fail(f"the test left windows alive: {names} (close them or give them to qtbot.addWidget)")


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Empty the clipboard before Qt tears down: Qt 6.11's offscreen clipboard crashes at exit
    (SIGSEGV after the last test passed) if it still holds QMimeData that Python created."""
    from jmdesigner.canvas.clipboard_release import release_clipboard

    release_clipboard()


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[object]:
    """One throwaway PostgreSQL server for the whole run (tests/pg_server.py); skips without one."""
    from tests.pg_server import running_cluster, server_bin

    if server_bin() is None:
        pytest.skip("no PostgreSQL server binaries (initdb, pg_ctl); install the postgresql package")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("psycopg is not installed")
    with running_cluster() as cluster:
        yield cluster


@pytest.fixture
def pg_url(pg_cluster: object) -> str:
    """The URL of a fresh, empty database on the test server."""
    return pg_cluster.new_database()  # type: ignore[attr-defined]
