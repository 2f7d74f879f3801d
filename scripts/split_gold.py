"""Split the readers' gold set into `tune` and `test` halves by a fixed seed, per class.

Run once per set, before any change is tuned on it:
`python scripts/split_gold.py gold/reader.jsonl` writes gold/tune.jsonl and gold/test.jsonl;
`python scripts/split_gold.py gold/reader2.jsonl 2` (a second set, written later by a
fresh reader) writes gold/tune2.jsonl and gold/test2.jsonl, and `... reader3.jsonl 3` the
third. Tune on the tune halves only; report the test halves.
"""

from __future__ import annotations

import json
import random
import sys
from collections import defaultdict
from pathlib import Path

SEED = 20261125


def main(path: str, suffix: str = "") -> None:
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
        (folder / f"{name}{suffix}.jsonl").write_text(text)
        print(f"{name}{suffix}: {len(part)} questions")


if __name__ == "__main__":
    main(*(sys.argv[1:3] or ["gold/reader.jsonl"]))
