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


def candidate_addresses(interfaces: list[str] | None = None) -> list[str]:
    """Where the room may listen, best first: the address of the outgoing interface, then the
    other IPv4 ``interfaces`` given (the app lists them with Qt; without a default route, as on
    an offline laptop running its own hotspot, one of these is the one phones reach) and those
    the host name resolves to, then loopback."""
    found = [lan_address()]
    more = list(interfaces or [])
    with contextlib.suppress(OSError):
        more += [str(info[4][0]) for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)]
    for address in more:
        if address not in found and not address.startswith(("127.", "169.254.")):
            found.append(address)
    if found[0] == LOOPBACK and len(found) > 1:
        found.append(found.pop(0))  # a real interface first, this computer only last
    if LOOPBACK not in found:
        found.append(LOOPBACK)
    return found
