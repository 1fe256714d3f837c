"""The workshop room: participants post notes, vote and rate feelings from their phones.

The facilitator's computer serves a small page and a JSON API on the local network
(docs/room.md). Requests are answered on a worker thread; every write is a command run on
the thread that owns the document, so the room edits the map exactly as the canvas does.
Nothing here imports Qt: the headless ``jmdesigner room`` verb runs without a window.
"""
