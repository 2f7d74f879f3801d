"""Conversations: follow-ups resolved against earlier turns, new topics left alone."""

from __future__ import annotations

import io
import json

import pytest

from qa import cli
from qa.conversation import Conversation, condense, needs_context
from qa.settings import Settings

PESCO = "Which member states stay out of PESCO?"


def test_a_question_that_names_its_own_subject_stands_alone() -> None:
    history = [(PESCO, "Denmark, Malta and the United Kingdom [¶6].")]
    assert condense(history, "What is EUROSUR?") == "What is EUROSUR?"
    assert condense(history, "what is eurosur?") == "what is eurosur?"  # new to the talk
    assert condense(history, "What is PESCO?") == "What is PESCO?"  # a name of its own
    assert not needs_context("What is EUROSUR?", PESCO)


def test_a_follow_up_borrows_only_the_readers_words() -> None:
    history = [("What is EUROSUR?", "EUROSUR is the information-exchange framework [2].")]
    standalone = condense(history, "What does it aim to do?")
    assert standalone == "What does EUROSUR aim to do?"
    assert needs_context("Why?", "What is EUROSUR?")
    assert needs_context("Members?", PESCO)  # nothing new of its own


def test_a_refused_turn_is_not_leaned_on(fixture_assistant: object) -> None:
    conversation = Conversation()
    answer = fixture_assistant.answer("Who is the President of France?")  # type: ignore[attr-defined]
    assert answer.refused
    conversation.remember(answer)
    assert conversation.turns == []


@pytest.mark.slow
def test_chat_jsonl_three_turns_and_a_bad_line(
    real_settings: Settings,
    real_assistant: object,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    lines = [PESCO, "What is EUROSUR?", '{"question": 5}', "What does it aim to do?"]
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(lines) + "\n"))
    argv = ["chat", "--jsonl", "-q", "--no-llm", "--index-dir", str(real_settings.index_dir)]
    code = cli.main([*argv, "--sources-dir", str(real_settings.sources_dir)])
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert code == cli.EXIT_INPUT and len(records) == 4
    first, second, bad, third = records
    assert "Denmark" in first["answer"] and "[¶6]" in first["answer"]
    assert second["standalone_question"] == "What is EUROSUR?"  # no PESCO carried over
    assert "EUROSUR" in second["answer"] and "PESCO" not in second["answer"]
    assert "PESCO" not in json.dumps(second["citations"])
    assert bad == {"line": 3, "error": 'line 3: expected {"question": "..."}'}
    assert third["question"] == "What does it aim to do?"
    assert third["standalone_question"] == "What does EUROSUR aim to do?"
    assert "aims to support Member States" in third["answer"] and "[2]" in third["answer"]
    for record in (first, second, third):
        assert set(record) >= {"question", "answer", "citations", "standalone_question"}


def test_a_reference_back_to_a_numbered_note_names_the_note() -> None:
    """Follow-up class: "that note", "the same footnote", "that document" after a
    question naming footnote N is footnote N (or the document it cites)."""
    before = [("When was the meeting cited in note 2 held?", "")]
    assert condense(before, "and what kind of document does that note cite?") == (
        "and what kind of document does footnote 2 cite?"
    )
    assert condense(before, "who published that document?") == (
        "who published the document footnote 2 cites?"
    )
