"""Where the room can listen: the address on the local network, or this computer only."""

from __future__ import annotations

import contextlib
import socket

LOOPBACK = "127.0.0.1"


def lan_address() -> str:
    """The address other devices on the local network reach this computer at.

    A UDP socket "connected" to a documentation address (nothing is sent) makes the system
    pick the outgoing interface; with no network at all this is the loopback address."""
    with contextlib.suppress(OSError), socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.connect(("192.0.2.1", 9))
        address = probe.getsockname()[0]
        if address and not address.startswith(("0.", "127.")):
            return address
    return LOOPBACK


def candidate_addresses() -> list[str]:
    """The LAN address first, then other IPv4 addresses of this host, then loopback."""
    found = [lan_address()]
    with contextlib.suppress(OSError):
        for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET):
            address = str(info[4][0])
            if address not in found and not address.startswith("127."):
                found.append(address)
    if LOOPBACK not in found:
        found.append(LOOPBACK)
    return found
