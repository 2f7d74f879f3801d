"""`qa eval`: answer every gold question, score each answer, and aggregate.

Metric definitions are in the README ("Evaluation"). Faithfulness is judged by a
sentence-similarity check calibrated on the dev set (`scripts/calibrate_judge.py`):
no entailment or cross-encoder model is available offline from PyPI here.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict
from typing import Any, Protocol

import numpy as np

from evaluation.gold import GoldItem, Judge, Scores, score
from index.embed import Embedder
from index.text import split_sentences

JUDGE_THRESHOLD = 0.5  # cosine; dev calibration: 86 % of true pairs, 7 % of false pairs pass
JUDGE_NAME = f"all-MiniLM-L6-v2 cosine >= {JUDGE_THRESHOLD} (calibrated sentence similarity)"


class Answerer(Protocol):
    def __call__(self, question: str) -> dict[str, Any]: ...


def similarity_judge(embedder: Embedder, threshold: float = JUDGE_THRESHOLD) -> Judge:
    """Supported when the sentence is close to the passage or to one of its sentences."""

    def judge(sentence: str, passages: list[str]) -> bool:
        if not sentence.strip() or not passages:
            return False
        pieces = [p for text in passages for p in _pieces(text)]
        vectors = embedder.embed([sentence, *pieces])
        return bool((vectors[1:] @ vectors[0]).max() >= threshold)

    return judge


def _pieces(text: str) -> list[str]:
    return [text] + [text[s:e] for s, e in split_sentences(text)]


def evaluate(
    items: list[GoldItem],
    answer: Answerer,
    judge: Judge | None,
    progress: Callable[[int, int, str], None] | None = None,
) -> dict[str, Any]:
    """Per-question records (the answer contract plus scores) and the aggregate."""
    records: list[dict[str, Any]] = []
    for n, item in enumerate(items, 1):
        if progress:
            progress(n, len(items), item.question)
        started = time.perf_counter()
        result = answer(item.question)
        result.setdefault("timings", {}).setdefault(
            "total_ms", (time.perf_counter() - started) * 1000
        )
        scored = score(item, result, judge)
        records.append(
            {"id": item.id, "gold": asdict(item), "answer": result, "scores": asdict(scored)}
        )
    all_scores = [Scores(**r["scores"]) for r in records]
    answers = [r["answer"] for r in records]
    return {
        "aggregate": aggregate(items, all_scores, answers),
        "by_class": by_class(items, all_scores, answers),
        "questions": records,
    }


def by_class(
    items: list[GoldItem], scores: list[Scores], answers: list[dict[str, Any]]
) -> dict[str, dict[str, float | None]]:
    """The main figures per question class (the gold's `class` field), where it is given."""
    classes = sorted({g.kind for g in items if g.kind})
    out: dict[str, dict[str, float | None]] = {}
    for name in classes:
        idx = [i for i, g in enumerate(items) if g.kind == name]
        agg = aggregate(
            [items[i] for i in idx], [scores[i] for i in idx], [answers[i] for i in idx]
        )
        out[name] = {"questions": agg["questions"]} | {k: agg[k] for k in CLASS_METRICS}
    return out


CLASS_METRICS = (
    "fact_recall",
    "citation_precision",
    "refusal_recall",
    "wrong_refusal_rate",
    "wrong_statements",
    "yes_no_right",
    "direct_answers",
)


def aggregate(
    items: list[GoldItem], scores: list[Scores], answers: list[dict[str, Any]]
) -> dict[str, float | None]:
    answerable = [s for g, s in zip(items, scores, strict=True) if g.answerable]
    unanswerable = [s for g, s in zip(items, scores, strict=True) if not g.answerable]
    refused = [s for s in scores if s.refused]
    timings = [a.get("timings", {}) for a in answers]
    tokens = [float(a.get("model", {}).get("tokens", 0) or 0) for a in answers]
    return {
        "questions": float(len(items)),
        "hit_at_1": _mean(s.hit_at_1 for s in answerable),
        "hit_at_5": _mean(s.hit_at_5 for s in answerable),
        "mrr": _mean(s.reciprocal_rank for s in answerable),
        "fact_recall": _mean(s.fact_recall for s in answerable),
        "all_facts": _mean(s.all_facts for s in answerable),
        "wrong_statements": float(sum(bool(s.wrong) for s in scores)),
        "citation_precision": _mean(s.citation_precision for s in answerable),
        "footnote_recall": _mean(s.footnote_recall for s in answerable),
        "cited_sentences": _mean(s.cited_sentences for s in answerable),
        "faithfulness": _mean(s.faithfulness for s in answerable),
        "refusal_precision": (
            sum(1 for s in unanswerable if s.refused) / len(refused) if refused else None
        ),
        "refusal_recall": (
            sum(s.refused for s in unanswerable) / len(unanswerable) if unanswerable else None
        ),
        "wrong_refusal_rate": (
            sum(s.refused for s in answerable) / len(answerable) if answerable else None
        ),
        "yes_no_right": _mean(s.yes_no_right for s in scores),
        "direct_answers": _mean(s.direct for s in answerable),
        "median_words": _pct([float(s.words) for s in scores if not s.refused], 0.5),
        "latency_p50_ms": _pct([t.get("total_ms") for t in timings], 0.5),
        "latency_p95_ms": _pct([t.get("total_ms") for t in timings], 0.95),
        "first_token_p50_ms": _pct([t.get("first_token_ms") for t in timings], 0.5),
        "tokens_mean": statistics.fmean(tokens) if tokens else 0.0,
    }


def _mean(values: Iterable[float | None]) -> float | None:
    kept = [v for v in values if v is not None]
    return statistics.fmean(kept) if kept else None


def _pct(values: list[Any], q: float) -> float | None:
    kept = sorted(float(v) for v in values if v is not None)
    if not kept:
        return None
    return float(np.percentile(kept, q * 100))


# The metrics that are shares (0 to 1), in report order; and which direction is better.
RATES = (
    "hit_at_1",
    "hit_at_5",
    "mrr",
    "fact_recall",
    "all_facts",
    "citation_precision",
    "footnote_recall",
    "cited_sentences",
    "faithfulness",
    "refusal_precision",
    "refusal_recall",
    "wrong_refusal_rate",
    "yes_no_right",
    "direct_answers",
)
LOWER_IS_BETTER = {
    "wrong_statements",
    "wrong_refusal_rate",
    "median_words",
    "latency_p50_ms",
    "latency_p95_ms",
    "first_token_p50_ms",
}
HIGHER_IS_BETTER = set(RATES) - LOWER_IS_BETTER
