"""End to end on the real corpus with the real embedding model, FAISS index and bundled LLM."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from evaluation.gold import load_gold, score, supports
from qa.answer import Assistant
from qa.cli import main
from qa.settings import Settings
from tests.conftest import ROOT

GOLD = load_gold(ROOT / "gold" / "dev.jsonl")


def test_evidence_is_retrieved_for_nine_in_ten_questions(real_assistant: Assistant) -> None:
    answerable = [g for g in GOLD if g.answerable and g.evidence]
    found = 0
    for item in answerable:
        hits, _ = real_assistant.retrieve(item.question, 5)
        found += any(supports(h.chunk.text, item) for h in hits[:5])
    assert found / len(answerable) >= 0.9, f"hit@5 = {found}/{len(answerable)}"


def test_retrieval_only_answers_on_the_dev_set(real_assistant: Assistant) -> None:
    """The no-LLM answer: facts covered, nothing wrong, refusals right."""
    recalls, wrong, refusals = [], [], []
    for item in GOLD:
        answer = real_assistant.answer(item.question, use_llm=False).to_dict()
        s = score(item, answer)
        wrong.extend(s.wrong)
        if item.answerable:
            recalls.append(s.fact_recall or 0.0)
            assert not s.refused, item.question
        else:
            refusals.append(s.refused)
    assert not wrong
    assert all(refusals)
    assert sum(recalls) / len(recalls) >= 0.75


@pytest.mark.slow
def test_the_bundled_model_writing_never_shows_an_unchecked_claim(
    real_assistant: Assistant,
) -> None:
    """The real bundled model in its writing role (--llm-role generate): whatever it
    writes, the answer's sentences carry labels that resolve to passages supporting them."""
    writer = Assistant(real_assistant.settings.with_(llm_role="generate"))
    writer.__dict__["store"] = real_assistant.store
    for question in (
        "Which member states are not taking part in PESCO?",  # a list: the evidence's
        "What is EUROSUR?",
        "Which treaty introduced PESCO?",
        "What is the budget of the HARMSPRO project?",
    ):
        answer = writer.answer(question)
        assert answer.timings["total_ms"] > 0
        if answer.refused:
            assert "budget" in question
            continue
        if "not taking part" in question:
            assert answer.mode == "extractive" and "Denmark" in answer.text
        else:
            assert answer.model.get("backend") == "llama.cpp"
        labels = {c.label for c in answer.citations}
        assert labels and all(label in answer.text for label in labels)
        for c in answer.citations:
            # a note is shown as the article prints it, its number first ("[2] “EUROSUR …")
            text = re.sub(r"^\[\d+\] ", "", c.text) if c.footnote is not None else c.text
            assert c.sentence in c.text and text in _chunk_texts(real_assistant)
            if c.footnote is not None:
                assert c.title and c.publisher
        assert "denmark is taking part" not in answer.text.lower()


def _chunk_texts(assistant: Assistant) -> set[str]:
    return {c.text for c in assistant.store.chunks}


def _env(settings: Settings) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        PESCO_QA_INDEX_DIR=str(settings.index_dir), PESCO_QA_CACHE_DIR=str(settings.cache_dir)
    )
    return env


@pytest.mark.slow
def test_cli_ask_json_in_a_fresh_process(real_assistant: Assistant) -> None:
    """The installed console script, cold: JSON contract with resolvable citations."""
    qa = Path(sys.executable).parent / "qa"
    done = subprocess.run(
        [str(qa), "ask", "--json", "Which treaty introduced PESCO?"],
        capture_output=True,
        text=True,
        env=_env(real_assistant.settings),
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert {"question", "answer", "refused", "citations", "retrieved", "timings", "model"} <= set(
        answer
    )
    assert "lisbon" in answer["answer"].lower() and not answer["refused"]
    for c in answer["citations"]:
        assert {"label", "doc_id", "footnote", "chunk_id", "title", "url", "text"} <= set(c)
        assert c["label"] in answer["answer"]
    assert {"retrieve_ms", "total_ms"} <= set(answer["timings"])
    assert answer["direct"] and answer["question_type"] == "named" and answer["evidence"]


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_search_ask_batch_and_sources(
    real_assistant: Assistant,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PESCO_QA_INDEX_DIR", str(real_assistant.settings.index_dir))
    code, out, _ = _run(capsys, "search", "maritime surveillance project", "--top-k", "3")
    assert code == 0 and out.startswith("1. score") and "HARMSPRO" in out

    code, out, _ = _run(capsys, "ask", "--no-llm", "What is EUROSUR?")
    assert code == 0 and "[2]" in out
    assert "Sources:" in out and "footnote 2: EUROSUR" in out and "frontex.europa.eu" in out

    batch = tmp_path / "questions.jsonl"
    batch.write_text(
        '{"question": "What is PESCO?"}\n{"question": ""}\n'
        '{"question": "What is the population of Malta?"}\n'
        '{"q": 1}\n' + "[" * 5000 + "\n" + '{"question": ' + "9" * 5000 + "}\n"
        '{"question": "What is EUROSUR?"}\n'
    )
    code, out, err = _run(capsys, "ask", "--no-llm", "--jsonl", str(batch))
    rows = [json.loads(line) for line in out.splitlines()]
    # one bad line gives one error record, and the batch goes on
    assert [("error" in r) for r in rows] == [False, True, False, True, True, True, False]
    assert rows[2]["refused"] and code == 2 and "could not be answered" in err

    code, out, _ = _run(capsys, "sources")
    assert code == 0 and "fn3" in out and "text missing" in out

    code, out, _ = _run(capsys, "index")
    assert code == 0 and "up to date" in out


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        (["ask", ""], 2, "the question is empty"),
        (["ask", "x" * 1100], 2, "the limit is 1000"),
        (
            ["ask", "--model", "/nonexistent/model.gguf", "What is PESCO?"],
            3,
            "model file not found",
        ),
        (["ask", "--llm-url", "http://127.0.0.1:9", "What is PESCO?"], 3, "cannot reach"),
        (["ask", "--top-k", "0", "What is PESCO?"], 2, "--top-k"),
    ],
)
def test_cli_bad_input_gets_one_line_and_an_exit_code(
    real_assistant: Assistant,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
    code: int,
    message: str,
) -> None:
    monkeypatch.setenv("PESCO_QA_INDEX_DIR", str(real_assistant.settings.index_dir))
    got, out, err = _run(capsys, *argv)
    assert got == code
    lines = [ln for ln in err.splitlines() if ln.startswith("qa: error:")]
    assert len(lines) == 1 and message in lines[0]


def test_cli_rebuilds_a_corrupt_index(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    build_embedder: object,
) -> None:
    index_dir = tmp_path / "idx"
    monkeypatch.setenv("PESCO_QA_INDEX_DIR", str(index_dir))
    assert _run(capsys, "index")[0] == 0
    chunks = index_dir / "current" / "chunks.jsonl"
    chunks.write_text(chunks.read_text()[:50])
    code, out, err = _run(capsys, "ask", "--no-llm", "What is PESCO?")
    assert code == 0 and "index corrupt" in err and "[¶" in out


def test_cli_chat_keeps_the_conversation(
    real_assistant: Assistant,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import io

    monkeypatch.setenv("PESCO_QA_INDEX_DIR", str(real_assistant.settings.index_dir))
    monkeypatch.setattr(
        "sys.stdin", io.StringIO("Which operation replaced Mare Nostrum?\nand who ran it?\n\n")
    )
    code, out, _ = _run(capsys, "chat", "--no-llm")
    assert code == 0
    answers = out.split("you> ")[1:]
    assert len(answers) == 3 and "Triton" in answers[0]
    assert "FRONTEX" in answers[1] and "Sources:" in answers[1]
