"""Draws the chat corpus's frozen third: a third of each intent's lines (rounded), by a fixed seed.

Run once, before the parser is measured, so the measurement lines were never seen while tuning:
`python evals/chat/split.py` rewrites `splits.json` byte for byte the same.
"""

from __future__ import annotations

import json
import random
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20261203


def draw() -> dict[str, object]:
    lines = [json.loads(x) for x in (HERE / "lines.jsonl").read_text().splitlines() if x.strip()]
    by_intent: dict[str, list[str]] = defaultdict(list)
    for line in sorted(lines, key=lambda x: x["id"]):
        by_intent[line["expected"]["intent"]].append(line["id"])
    rng = random.Random(SEED)
    frozen: list[str] = []
    for intent in sorted(by_intent):
        ids = sorted(by_intent[intent])
        frozen += rng.sample(ids, round(len(ids) / 3))
    taken = set(frozen)
    return {"seed": SEED,
            "method": "random.Random(seed).sample over each intent's sorted ids, a third (rounded) per intent, "
                      "intents in sorted order",
            "frozen": sorted(frozen), "dev": sorted(x["id"] for x in lines if x["id"] not in taken)}


if __name__ == "__main__":
    with (HERE / "splits.json").open("w") as out:
        json.dump(draw(), out, indent=1)
