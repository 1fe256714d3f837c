"""Where the room listens by default: a real interface first, this computer only last."""

from __future__ import annotations

import pytest

from jmdesigner.room import address


def test_the_outgoing_interface_comes_first(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(address, "lan_address", lambda: "192.168.1.20")
    found = address.candidate_addresses(["10.42.0.1", "192.168.1.20", "169.254.3.3", "127.0.0.1"])
    assert found[:2] == ["192.168.1.20", "10.42.0.1"] and found[-1] == "127.0.0.1"
    assert "169.254.3.3" not in found


def test_offline_with_a_hotspot_the_hotspot_comes_first(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(address, "lan_address", lambda: address.LOOPBACK)  # no default route
    assert address.candidate_addresses(["10.42.0.1"])[0] == "10.42.0.1"
    assert address.candidate_addresses([])[-1] == "127.0.0.1"
