"""Simulated phones for the room's load tests: ``python -m tests.room.load URL PHONES``.

Runs in its own process, as real phones would be, so the measured process spends its time on
serving and drawing, not on the simulated clients. Each phone posts 10 notes, gives 3 dots and
rates every stage; prints the accepted note ids and the seconds taken as JSON.
"""

from __future__ import annotations

import json
import sys
import time
from concurrent.futures import ThreadPoolExecutor

from tests.room.harness import Client

NOTES = 10
DOTS = 3


def phone(url: str, n: int, stages: list[str], lanes: list[str]) -> list[str]:
    client = Client(url)
    who = f"P{n}"
    ids = []
    for i in range(NOTES):
        note = {"stage": stages[i % len(stages)], "lane": lanes[(n + i) % len(lanes)], "text": f"p{n} n{i}"}
        answer = client.post("api/cards", {**note, "participant": who})
        if answer.status != 201:
            raise SystemExit(f"note refused: {answer.status} {answer.body!r}")
        ids.append(answer.json()["id"])
    for card in ids[:DOTS]:
        if client.post("api/votes", {"card": card, "participant": who}).status != 201:
            raise SystemExit("vote refused")
    for stage in stages:
        score = (n + len(stage)) % 11 - 5
        if client.post("api/feelings", {"stage": stage, "score": score, "participant": who}).status != 201:
            raise SystemExit("feeling refused")
    client.close()
    return ids


def main() -> None:
    url, phones = sys.argv[1], int(sys.argv[2])
    data = Client(url).get("api/map").json()
    stages = [s["id"] for s in data["stages"]]
    lanes = [lane["id"] for lane in data["lanes"] if lane["kind"] != "emotions"]
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=phones) as pool:
        results = list(pool.map(lambda n: phone(url, n, stages, lanes), range(phones)))
    seconds = time.perf_counter() - started
    print(json.dumps({"ids": [i for r in results for i in r], "seconds": seconds, "stages": stages}))


if __name__ == "__main__":
    main()
