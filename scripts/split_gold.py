"""Split the readers' gold set into `tune` and `test` halves by a fixed seed, per class.

Run once, before any change is tuned: `python scripts/split_gold.py gold/reader.jsonl`.
Tune on gold/tune.jsonl only; report gold/test.jsonl.
"""

from __future__ import annotations

import json
import random
import sys
from collections import defaultdict
from pathlib import Path

SEED = 20261125


def main(path: str) -> None:
    items = [json.loads(line) for line in Path(path).read_text().splitlines() if line.strip()]
    by_class: dict[str, list[dict]] = defaultdict(list)
    for item in items:
        by_class[item.get("class", "")].append(item)
    rng = random.Random(SEED)
    tune, test = [], []
    for name in sorted(by_class):
        group = sorted(by_class[name], key=lambda d: d["id"])
        rng.shuffle(group)
        half = len(group) // 2
        tune += group[:half]
        test += group[half:]
    folder = Path(path).parent
    for name, part in (("tune", tune), ("test", test)):
        part.sort(key=lambda d: d["id"])
        text = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in part)
        (folder / f"{name}.jsonl").write_text(text)
        print(f"{name}: {len(part)} questions")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "gold/reader.jsonl")
