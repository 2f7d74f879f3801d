"""Speed and memory figures for the README: printed, never asserted.

Measures, on the project's corpus and dev gold set:
  - cold index build (a fresh process: imports, model load, chunk, embed, write)
  - cold `qa ask` (a fresh process with a fresh index: imports, loads, one answer)
  - cold `qa audit --all-claims` (a fresh process; the audit reads the sources, not the index)
  - retrieval p50/p95 (question embedding + dense + BM25 + fusion) with models loaded
  - LLM first-token time and tokens/s, answer p50/p95 with the bundled model
  - peak resident memory of the answering process and of the build

Usage: python scripts/bench.py [--rounds N] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from evaluation.gold import load_gold  # noqa: E402
from qa.answer import Assistant  # noqa: E402
from qa.settings import Settings  # noqa: E402


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def child(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one fresh process."""
    started = time.perf_counter()
    code = (
        "import resource, sys, runpy; sys.argv = sys.argv[1:]; "
        "from qa.cli import main; rc = main(sys.argv[1:]); "
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr); "
        "sys.exit(rc)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, "qa", *argv], env=env, capture_output=True, text=True
    )
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{argv} failed: {done.stderr.strip()}")
    peak_kb = int(done.stderr.strip().splitlines()[-1])
    return seconds, peak_kb / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3, help="retrieval rounds over the set")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()

    gold = load_gold(ROOT / "gold" / "dev.jsonl")
    questions = [g.question for g in gold]
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, PESCO_QA_INDEX_DIR=str(Path(tmp) / "index"))
        build_s, build_mb = child(["index", "-q"], env)
        figures["index_build_cold_s"] = build_s
        figures["index_build_peak_mb"] = build_mb
        ask_s, ask_mb = child(["ask", "-q", "--json", questions[1]], env)
        figures["ask_cold_s"] = ask_s
        figures["ask_cold_peak_mb"] = ask_mb
        figures["audit_cold_s"], _ = child(["audit", "-q", "--all-claims", "--json"], env)

        settings = Settings.from_env(index_dir=Path(tmp) / "index")
        assistant = Assistant(settings)
        assistant.answer(questions[0])  # load everything once
        retrieval = []
        for _ in range(args.rounds):
            for q in questions:
                t = time.perf_counter()
                assistant.retrieve(q)
                retrieval.append((time.perf_counter() - t) * 1000)
        figures["retrieve_p50_ms"] = statistics.median(retrieval)
        figures["retrieve_p95_ms"] = pct(retrieval, 0.95)

        # The default answer (the evidence's own; the bundled model has no role in it), and
        # the bundled model writing (--llm-role generate) for the model's own figures.
        writer = Assistant(settings.with_(llm_role="generate"), embedder=assistant.embedder)
        writer.__dict__["store"] = assistant.store
        writer.answer(questions[0])
        totals, first, rates, extract, written = [], [], [], [], []
        for q in questions:
            totals.append(assistant.answer(q).timings["total_ms"])
            answer = writer.answer(q)
            written.append(answer.timings["total_ms"])
            if "first_token_ms" in answer.timings:
                first.append(answer.timings["first_token_ms"])
                tokens = float(answer.model.get("tokens", 0) or 0)
                gen = answer.timings.get("generate_ms", 0) - answer.timings["first_token_ms"]
                if tokens > 1 and gen > 0:
                    rates.append((tokens - 1) / (gen / 1000))
            t = time.perf_counter()
            assistant.answer(q, use_llm=False)
            extract.append((time.perf_counter() - t) * 1000)
        figures["first_token_p50_ms"] = statistics.median(first) if first else 0.0
        figures["generate_answer_p50_ms"] = statistics.median(written)
        figures["tokens_per_s"] = statistics.median(rates) if rates else 0.0
        figures["answer_p50_ms"] = statistics.median(totals)
        figures["answer_p95_ms"] = pct(totals, 0.95)
        figures["answer_no_llm_p50_ms"] = statistics.median(extract)
        peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        figures["answer_process_peak_mb"] = peak_kb / 1024

    targets = {
        "retrieve_p50_ms": ("<", 15),
        "first_token_p50_ms": ("<", 400),
        "answer_p50_ms": ("<", 1500),
        "ask_cold_s": ("<", 8),
        "audit_cold_s": ("<", 10),
        "answer_process_peak_mb": ("<", 1536),
        "ask_cold_peak_mb": ("<", 1536),
    }
    print(f"pesco-qa benchmark: {len(questions)} dev questions, {os.cpu_count()} cores")
    for name, value in figures.items():
        target = targets.get(name)
        mark = ""
        if target:
            ok = value < target[1]
            mark = f"   target {target[0]} {target[1]}: {'ok' if ok else 'MISSED'}"
        print(f"  {name:26} {value:10.1f}{mark}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
