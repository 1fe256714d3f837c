"""A real input method on the test display: IBus with its Chinese (Pinyin) engine.

Through it ``]`` arrives as the input method's text "】" (Chinese punctuation), not as a key
press, as it does for a facilitator typing Chinese; keys it has no use for with nothing being
composed (Page Down, Enter, Esc) pass on as key presses. Skipped cleanly without ``ibus-daemon``
and the ``ibus-pinyin`` engine (``.ci/run`` installs them).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from tests.x11.display import Display

ENGINE = "pinyin"
ENGINE_FILE = Path("/usr/share/ibus/component/pinyin.xml")


def missing() -> list[str]:
    """What this machine lacks for a real input method (empty: nothing)."""
    lacking = [tool for tool in ("ibus-daemon", "ibus", "dbus-daemon") if shutil.which(tool) is None]
    if not ENGINE_FILE.exists():
        lacking.append("ibus-pinyin")
    return lacking


@contextmanager
def pinyin(display: Display, home: Path) -> Iterator[dict[str, str]]:
    """A D-Bus session and IBus on ``display`` with the Pinyin engine on; yields the environment
    (added to ``display.env``) an app needs to type through it."""
    home.mkdir(parents=True, exist_ok=True)
    env = {**display.env, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config")}
    bus = subprocess.run(
        ["dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1"],
        env=env,
        capture_output=True,
        text=True,
        timeout=20,
        check=True,
    )
    address, pid = bus.stdout.split()[:2]
    env["DBUS_SESSION_BUS_ADDRESS"] = address
    ibus = subprocess.Popen(
        ["ibus-daemon", "--xim", "--panel=disable", "--replace", "--config=default"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        ibus_address = _wait_for_address(env)
        env["IBUS_ADDRESS"] = ibus_address
        _engine_on(env)
        yield {
            "HOME": env["HOME"],
            "XDG_CONFIG_HOME": env["XDG_CONFIG_HOME"],
            "DBUS_SESSION_BUS_ADDRESS": address,
            "IBUS_ADDRESS": ibus_address,
            "QT_IM_MODULE": "ibus",
        }
    finally:
        ibus.terminate()
        try:
            ibus.wait(5)
        except subprocess.TimeoutExpired:
            ibus.kill()
            ibus.wait(5)
        with suppress(ProcessLookupError, ValueError):
            os.kill(int(pid), 15)


def _wait_for_address(env: dict[str, str], timeout: float = 20) -> str:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        probe = subprocess.run(["ibus", "address"], env=env, capture_output=True, text=True, timeout=10)
        address = probe.stdout.strip()
        if probe.returncode == 0 and address and "(null)" not in address:
            return address
        time.sleep(0.2)
    raise TimeoutError("ibus-daemon did not start")


def _engine_on(env: dict[str, str], timeout: float = 20) -> None:
    end = time.monotonic() + timeout
    while True:
        subprocess.run(["ibus", "engine", ENGINE], env=env, capture_output=True, timeout=10)
        probe = subprocess.run(["ibus", "engine"], env=env, capture_output=True, text=True, timeout=10)
        if probe.stdout.strip() == ENGINE:
            return
        if time.monotonic() >= end:
            raise TimeoutError(f"ibus did not take the {ENGINE} engine ({probe.stdout.strip()!r})")
        time.sleep(0.3)
