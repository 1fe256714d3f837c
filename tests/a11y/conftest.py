"""A private accessibility stack for the tests: Xvfb + openbox, a D-Bus session, the AT-SPI bus,
the real app, and a screen reader's client (``atspi_client.py`` on the system Python).

Skipped cleanly, with the missing piece named, when the machine lacks any of them; ``.ci/run``
installs them (at-spi2-core, python3-pyatspi, dbus-daemon, dbus-bin and the X11 tools).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest

from tests.x11 import conftest as x11
from tests.x11.display import Display

ROOT = Path(__file__).resolve().parents[2]
CLIENT = Path(__file__).with_name("atspi_client.py")
SYSTEM_PYTHON = "/usr/bin/python3"  # where Debian's python3-pyatspi is importable
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"  # Debian's at-spi2-core
display = x11.display  # the fixture: Xvfb with openbox, skipped without them
PACKAGES = "apt-get install at-spi2-core python3-pyatspi dbus-daemon dbus-bin"


def missing_pieces() -> list[str]:
    """What the AT-SPI stack lacks (the ``display`` fixture checks for Xvfb, openbox, xdotool)."""
    missing = [tool for tool in ("dbus-daemon", "dbus-send") if shutil.which(tool) is None]
    if not os.access(BUS_LAUNCHER, os.X_OK):
        missing.append(BUS_LAUNCHER)
    probe = [SYSTEM_PYTHON, "-c", "import pyatspi"]
    if not os.access(SYSTEM_PYTHON, os.X_OK) or subprocess.run(probe, capture_output=True).returncode:
        missing.append("pyatspi for /usr/bin/python3")
    return missing


def _stop(proc: subprocess.Popen[Any]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)


class Session:
    """A D-Bus session with the AT-SPI bus on a private display, as a desktop with a screen reader has."""

    def __init__(self, display: Display, stack: ExitStack) -> None:
        self.display = display
        # The AT-SPI bus's socket goes under XDG_RUNTIME_DIR: a private one, never the user's, and
        # short (a socket's path has at most 107 bytes).
        runtime = Path(tempfile.mkdtemp(prefix="jm-atspi-"))
        stack.callback(shutil.rmtree, runtime, ignore_errors=True)
        env = {**display.env, "XDG_RUNTIME_DIR": str(runtime), "XDG_CACHE_HOME": str(runtime / "cache")}
        env.pop("AT_SPI_BUS_ADDRESS", None)
        args = ["dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address"]
        bus = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        stack.callback(_stop, bus)
        assert bus.stdout is not None
        address = bus.stdout.readline().strip()
        assert address, "dbus-daemon printed no address"
        self.env = {**env, "DBUS_SESSION_BUS_ADDRESS": address}
        launcher = [BUS_LAUNCHER, "--launch-immediately"]
        bus_launcher = subprocess.Popen(
            launcher, env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        stack.callback(_stop, bus_launcher)
        self._screen_reader_on()

    def _dbus(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["dbus-send", "--session", "--print-reply", "--dest=org.a11y.Bus", "/org/a11y/bus", *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=10,
        )

    def _screen_reader_on(self, timeout: float = 10) -> None:
        """What Orca does when it starts: the bus says a screen reader is on, and Qt listens for it."""
        end = time.monotonic() + timeout
        while self._dbus("org.a11y.Bus.GetAddress").returncode:
            if time.monotonic() > end:
                raise RuntimeError("the AT-SPI bus did not start")
            time.sleep(0.1)
        for prop in ("IsEnabled", "ScreenReaderEnabled"):
            done = self._dbus(
                "org.freedesktop.DBus.Properties.Set",
                "string:org.a11y.Status",
                f"string:{prop}",
                "variant:boolean:true",
            )
            assert done.returncode == 0, done.stderr


class Reader:
    """The client's side of the line protocol in ``atspi_client.py``."""

    def __init__(self, session: Session, stack: ExitStack) -> None:
        self.proc = subprocess.Popen(
            [SYSTEM_PYTHON, str(CLIENT)],
            env=session.env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        stack.callback(_stop, self.proc)
        assert self._answer() == "READY"

    def _answer(self) -> Any:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        assert line, "the AT-SPI client ended"
        answer = json.loads(line)
        if isinstance(answer, dict) and "error" in answer:
            raise AssertionError(f"AT-SPI client: {answer['error']}")
        return answer

    def ask(self, command: str) -> Any:
        assert self.proc.stdin is not None
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()
        return self._answer()


@pytest.fixture(scope="module")
def session(display: Display) -> Iterator[Session]:
    missing = missing_pieces()
    if missing:
        pytest.skip(f"AT-SPI tests need {', '.join(missing)} ({PACKAGES})")
    with ExitStack() as stack:
        yield Session(display, stack)


def start_app(session: Session, file: Path, config: Path, stack: ExitStack) -> None:
    """The real app, as ``jmdesigner FILE`` starts it, on the session's display, with the keyboard
    (its errors go to the test's output)."""
    env = {**session.env, "JMDESIGNER_CONFIG_DIR": str(config), "JMDESIGNER_DATA_DIR": str(config / "data")}
    proc = subprocess.Popen([sys.executable, "-m", "jmdesigner", str(file)], cwd=ROOT, env=env)
    stack.callback(_stop, proc)
    session.display.activate(session.display.window_named("jmdesigner"))
