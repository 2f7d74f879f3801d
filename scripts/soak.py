"""Soak: answer N questions in one process and print resident memory at start and end.

Usage: python scripts/soak.py [--questions 200] [--no-llm]
Memory should not grow: the models and index are loaded once, answers keep no state
(there is no answer cache: every question is retrieved and generated again).
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from evaluation.gold import load_gold  # noqa: E402
from qa.answer import Assistant  # noqa: E402


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--questions", type=int, default=200)
    parser.add_argument("--no-llm", action="store_true")
    args = parser.parse_args()
    questions = [g.question for g in load_gold(ROOT / "gold" / "dev.jsonl")]
    assistant = Assistant()
    for q in questions[:5]:  # warm up: load index, encoder and model
        assistant.answer(q, use_llm=not args.no_llm)
    start_rss, start_peak = rss_mb(), peak_mb()
    print(f"start: rss {start_rss:.0f} MB, peak {start_peak:.0f} MB")
    started = time.perf_counter()
    for i in range(args.questions):
        assistant.answer(questions[i % len(questions)], use_llm=not args.no_llm)
        if (i + 1) % 50 == 0:
            print(f"  {i + 1} answers: rss {rss_mb():.0f} MB", flush=True)
    end_rss, end_peak = rss_mb(), peak_mb()
    print(
        f"end:   rss {end_rss:.0f} MB, peak {end_peak:.0f} MB "
        f"({args.questions} answers in {time.perf_counter() - started:.0f} s; "
        f"rss change {end_rss - start_rss:+.0f} MB)"
    )


if __name__ == "__main__":
    main()
