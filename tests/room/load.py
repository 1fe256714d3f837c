"""Simulated phones for the room's load tests: ``python -m tests.room.load URL PHONES``.

Runs in its own process, as real phones would be, so the measured process spends its time on
serving and drawing, not on the simulated clients. Each phone posts 10 notes, gives 3 dots and
rates the first few stages (the rate limit allows a burst of 30 writes); prints the accepted note
ids, the rated stages and the seconds taken as JSON. With ``--retry`` (the tests; ``make bench``
keeps the plain load) every third note is sent again with its key, as a phone that lost the
answer does, and must get the same id, and the JSON also has each note's cell and text (more
than a pipe holds: read it from a file).
"""

from __future__ import annotations

import json
import sys
import time
from concurrent.futures import ThreadPoolExecutor

from tests.room.harness import Client

NOTES = 10
DOTS = 3
RATED_STAGES = 5


def phone(
    url: str, n: int, stages: list[str], lanes: list[str], scale: tuple[int, int], retry: bool = False
) -> list[dict]:
    client = Client(url)
    who = f"P{n}"
    ids = []
    for i in range(NOTES):
        note = {"stage": stages[i % len(stages)], "lane": lanes[(n + i) % len(lanes)], "text": f"p{n} n{i}"}
        sent = {**note, "participant": who, "key": f"load-{n}-{i}"}
        answer = client.post("api/cards", sent)
        if answer.status != 201:
            raise SystemExit(f"note refused: {answer.status} {answer.body!r}")
        card = answer.json()["id"]
        if retry and i % 3 == 0 and client.post("api/cards", sent).json()["id"] != card:
            raise SystemExit("a note sent again with its key became a second note")
        ids.append({**note, "id": card})
    for card in [note["id"] for note in ids[:DOTS]]:
        if client.post("api/votes", {"card": card, "participant": who}).status != 201:
            raise SystemExit("vote refused")
    for stage in stages:
        score = max(scale[0], min(scale[1], (n + len(stage)) % 11 - 5))
        if client.post("api/feelings", {"stage": stage, "score": score, "participant": who}).status != 201:
            raise SystemExit("feeling refused")
    client.close()
    return ids


def main() -> None:
    url, phones = sys.argv[1], int(sys.argv[2])
    retry = "--retry" in sys.argv[3:]
    data = Client(url).get("api/map").json()
    stages = [s["id"] for s in data["stages"]][:RATED_STAGES]
    scale = (data["scale"]["min"], data["scale"]["max"])
    lanes = [lane["id"] for lane in data["lanes"] if lane["kind"] != "emotions"]
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=phones) as pool:
        results = list(pool.map(lambda n: phone(url, n, stages, lanes, scale, retry), range(phones)))
    seconds = time.perf_counter() - started
    notes = [note for r in results for note in r]
    ids = [note["id"] for note in notes]
    result = {"ids": ids, "seconds": seconds, "stages": stages}
    if retry:
        result["notes"] = notes
    print(json.dumps(result))


if __name__ == "__main__":
    main()
