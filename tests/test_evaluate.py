"""Evaluation metrics on hand-made answers with known scores, and the `qa eval` command."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from evaluation.evaluate import aggregate, evaluate, similarity_judge
from evaluation.gold import GoldItem, Scores, score
from qa.answer import Assistant
from qa.cli import main

ITEM = GoldItem(
    id="t1",
    question="Which cities joined the pact?",
    answer="Alden, Brisk and Corra.",
    facts=(("alden",), ("brisk",), ("corra",), ("orsa river", "the orsa")),
    evidence=({"doc": "article", "quote": "Alden, Brisk and Corra joined the pact"},),
    footnotes=(1, 2),
    answerable=True,
    wrong=("dunmore joined",),
)
UNANSWERABLE = GoldItem(
    id="t2",
    question="What is the budget?",
    answer="",
    facts=(),
    evidence=(),
    footnotes=(),
    answerable=False,
)
GOOD = "Members of the pact\n\nAlden, Brisk and Corra joined the pact, while Dunmore stayed out."
OTHER = "The river pact was signed in Vienna in March 2019 by four cities."


def _answer(
    text: str, citations: list[dict[str, Any]], retrieved: list[str], refused: bool = False
) -> dict[str, Any]:
    return {
        "question": ITEM.question,
        "answer": text,
        "refused": refused,
        "citations": citations,
        "retrieved": [{"text": t} for t in retrieved],
        "timings": {"total_ms": 100.0},
        "model": {},
    }


def _cite(label: str, text: str, footnote: int | None = None) -> dict[str, Any]:
    return {"label": label, "text": text, "footnote": footnote, "doc_id": "article"}


def test_a_perfect_answer() -> None:
    s = score(
        ITEM,
        _answer(
            "Alden, Brisk and Corra joined, on the Orsa river [¶5] [1] [2].",
            [_cite("[¶5]", GOOD), _cite("[1]", GOOD, 1), _cite("[2]", GOOD, 2)],
            [GOOD, OTHER],
        ),
    )
    assert (s.hit_at_1, s.hit_at_5, s.reciprocal_rank) == (1.0, 1.0, 1.0)
    assert (s.fact_recall, s.all_facts) == (1.0, 1.0)
    assert (s.citation_precision, s.footnote_recall, s.cited_sentences) == (1.0, 1.0, 1.0)
    assert s.wrong == [] and not s.refused


def test_citing_a_wrong_passage_lowers_precision() -> None:
    s = score(
        ITEM,
        _answer(
            "Alden, Brisk and Corra joined [¶5] [¶3].",
            [_cite("[¶5]", GOOD), _cite("[¶3]", OTHER)],
            [GOOD],
        ),
    )
    assert s.citation_precision == 0.5


def test_a_missing_footnote_lowers_recall_and_missing_facts_are_named() -> None:
    s = score(ITEM, _answer("Alden and Brisk joined [1].", [_cite("[1]", GOOD, 1)], [GOOD]))
    assert s.footnote_recall == 0.5
    assert s.fact_recall == 0.5 and s.all_facts == 0.0
    assert s.missing_facts == ["corra", "orsa river"]


def test_ranks_and_uncited_sentences() -> None:
    s = score(
        ITEM,
        _answer("Alden joined. Brisk did too [¶5].", [_cite("[¶5]", GOOD)], [OTHER, OTHER, GOOD]),
    )
    assert (s.hit_at_1, s.hit_at_5) == (0.0, 1.0)
    assert s.reciprocal_rank == pytest.approx(1 / 3)
    assert s.cited_sentences == 0.5
    far = score(ITEM, _answer("x", [], [OTHER] * 5 + [GOOD]))
    assert (far.hit_at_5, far.reciprocal_rank) == (0.0, 1 / 6)


def test_wrong_statements_are_caught() -> None:
    s = score(ITEM, _answer("Dunmore joined the pact [¶5].", [_cite("[¶5]", GOOD)], [GOOD]))
    assert s.wrong == ["dunmore joined"]


def test_refusals_count_right_and_wrong() -> None:
    refused_answerable = score(ITEM, _answer("The sources do not say.", [], [GOOD], True))
    assert refused_answerable.refused and refused_answerable.fact_recall == 0.0
    refused_right = score(UNANSWERABLE, _answer("The sources do not say.", [], [], True))
    answered_wrong = score(UNANSWERABLE, _answer("It is 5 million.", [], [], False))
    agg = aggregate(
        [ITEM, UNANSWERABLE, UNANSWERABLE],
        [refused_answerable, refused_right, answered_wrong],
        [{"timings": {"total_ms": 10.0}}] * 3,
    )
    assert agg["wrong_refusal_rate"] == 1.0
    assert agg["refusal_recall"] == 0.5
    assert agg["refusal_precision"] == 0.5
    assert agg["latency_p50_ms"] == 10.0


def test_faithfulness_judge_separates_support_from_invention(query_embedder: object) -> None:
    judge = similarity_judge(query_embedder)  # type: ignore[arg-type]
    assert judge("Alden, Brisk and Corra joined the pact", [GOOD])
    assert not judge("The budget of the pact is five million euros", [GOOD])
    s = score(
        ITEM,
        _answer(
            "Alden, Brisk and Corra joined [¶5]. The budget is vast [¶5].",
            [_cite("[¶5]", GOOD)],
            [GOOD],
        ),
        judge,
    )
    assert s.faithfulness == 0.5


def test_evaluate_aggregates_per_question_records(query_embedder: object) -> None:
    run = evaluate(
        [ITEM],
        lambda q: _answer(
            "Alden, Brisk and Corra joined the pact [¶5].", [_cite("[¶5]", GOOD)], [GOOD]
        ),
        similarity_judge(query_embedder),
    )  # type: ignore[arg-type]
    assert run["aggregate"]["fact_recall"] == 0.75
    assert run["questions"][0]["scores"]["missing_facts"] == ["orsa river"]
    assert Scores(**run["questions"][0]["scores"]).faithfulness == 1.0


def test_qa_eval_writes_results_report_chart_and_compares(
    real_assistant: Assistant,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("PESCO_QA_INDEX_DIR", str(real_assistant.settings.index_dir))
    gold = tmp_path / "gold.jsonl"
    lines = (Path(real_assistant.settings.gold_path)).read_text().splitlines()
    gold.write_text("\n".join(lines[:3] + lines[-1:]) + "\n")
    assert main(["eval", "--no-llm", "--gold", str(gold), "--out", str(tmp_path / "a")]) == 0
    for name in ("results.json", "report.md", "metrics.png"):
        assert (tmp_path / "a" / name).stat().st_size > 100
    data = json.loads((tmp_path / "a" / "results.json").read_text())
    run = data["runs"]["retrieval only"]
    assert len(run["questions"]) == 4 and run["aggregate"]["refusal_recall"] == 1.0
    assert {"answer", "citations", "retrieved"} <= set(run["questions"][0]["answer"])
    assert "# Evaluation report" in (tmp_path / "a" / "report.md").read_text()
    out = capsys.readouterr().out
    assert "| fact_recall |" in out

    assert (
        main(
            ["eval", "--no-llm", "--gold", str(gold), "--top-k", "1", "--out", str(tmp_path / "b")]
        )
        == 0
    )
    capsys.readouterr()
    assert (
        main(
            [
                "eval",
                "--compare",
                str(tmp_path / "a" / "results.json"),
                str(tmp_path / "b" / "results.json"),
                "--out",
                str(tmp_path / "c"),
            ]
        )
        == 0
    )
    table = capsys.readouterr().out
    assert "| hit_at_5 |" in table and (tmp_path / "c" / "compare.png").exists()


@pytest.mark.slow
def test_baseline_runs_the_tutorial_pipeline(real_assistant: Assistant) -> None:
    from evaluation.baseline import Baseline

    baseline = Baseline(real_assistant.corpus(), real_assistant.embedder, real_assistant.llm)  # type: ignore[arg-type]
    result = baseline("Which treaty introduced PESCO?")
    assert result["mode"] == "baseline" and result["citations"] == []
    assert len(result["retrieved"]) == 4 and result["timings"]["total_ms"] > 0


def test_a_careless_run_of_one_kind_records_each_corruption(
    real_assistant: Assistant, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`--models careless:number` corrupts every answer it can that way; each question's
    record says what was corrupted and whether it was shown (none is)."""
    monkeypatch.setenv("PESCO_QA_INDEX_DIR", str(real_assistant.settings.index_dir))
    gold = tmp_path / "gold.jsonl"
    lines = (Path(real_assistant.settings.gold_path)).read_text().splitlines()
    gold.write_text("\n".join(lines[:6]) + "\n")
    out = tmp_path / "careless"
    args = ["eval", "-q", "--gold", str(gold), "--out", str(out), "--models", "careless:number"]
    assert main(args) == 0
    run = json.loads((out / "results.json").read_text())["runs"]["careless (number)"]
    records = [q["corruption"] for q in run["questions"] if "corruption" in q]
    assert records and {r["kind"] for r in records} <= {"number", "organisation"}
    assert not any(r["shown"] for r in records)
    assert run["aggregate"]["corrupted_shown"] == 0
