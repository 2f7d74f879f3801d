"""Bad questions, refusals, settings and follow-ups."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa.answer import Assistant
from qa.conversation import condense, needs_context
from qa.errors import QuestionError
from qa.settings import Settings


@pytest.mark.parametrize(
    ("question", "why"),
    [
        ("", "empty"),
        ("   \n\t ", "empty"),
        ("\x00\x01\x02", "empty"),
        ("x " * 600, "limit is 1000"),
        ("[2]", "no words"),
        (b"bytes", "must be text"),
    ],
)
def test_bad_questions_get_one_clear_reason(
    fixture_assistant: Assistant, question: object, why: str
) -> None:
    with pytest.raises(QuestionError, match=why) as info:
        fixture_assistant.validate(question)
    assert "\n" not in str(info.value)


def test_control_characters_are_cleaned(fixture_assistant: Assistant) -> None:
    assert fixture_assistant.validate("Who\x00 joined\u200b the pact?") == "Who joined the pact?"


@pytest.mark.parametrize(
    "question",
    [
        "What is the annual budget of the Water Board?",
        "Who is the mayor of Paris?",
        "What did NATO decide about the river pact?",
        "What is the population of Alden?",
    ],
)
def test_questions_the_sources_cannot_answer_are_refused(
    fixture_assistant: Assistant, question: str
) -> None:
    answer = fixture_assistant.answer(question)
    assert answer.refused and answer.mode == "refusal"
    assert answer.text.startswith("The sources do not say")
    # it says what the sources do say about the subject, cited
    for c in answer.citations:
        assert c.label in answer.text and c.sentence in c.text


@pytest.mark.parametrize(
    "question",
    [
        "Which member did not join the pact?",
        "How often does the Water Board check nitrate levels?",
        "What measures are planned?",
        "Who wrote the article?",
    ],
)
def test_answerable_questions_are_answered_with_citations(
    fixture_assistant: Assistant, question: str
) -> None:
    answer = fixture_assistant.answer(question)
    assert not answer.refused and answer.citations
    for c in answer.citations:
        assert c.label in answer.text
        assert c.sentence in c.text  # the cited sentence is inside the cited passage


def test_follow_up_questions_are_made_standalone(fixture_assistant: Assistant) -> None:
    assert needs_context("and who replaced it?")
    assert not needs_context("Which member did not join the pact?")
    history = [("Which member did not join the pact?", "Dunmore stayed out.")]
    condensed = condense(history, "and why did it stay out?")
    assert "pact" in condensed and "not" not in condensed  # the subject, never the polarity
    assert "following" not in condensed  # no word the reader did not type
    answer = fixture_assistant.answer("And which ones did join?", history=history)
    assert answer.standalone_question.startswith("And which member did join?")  # for "ones"
    assert "Alden" in answer.text


def test_settings_read_the_environment_and_overrides(tmp_path: Path) -> None:
    env = {"PESCO_QA_TOP_K": "7", "PESCO_QA_INDEX_DIR": str(tmp_path), "PESCO_QA_LLM": "none"}
    settings = Settings.from_env(env, top_k=3)
    assert settings.top_k == 3 and settings.index_dir == tmp_path and settings.llm == "none"
    with pytest.raises(ValueError, match="PESCO_QA_TOP_K"):
        Settings.from_env({"PESCO_QA_TOP_K": "many"})
    assert all(var.startswith("PESCO_QA_") and doc for var, _, doc in Settings.describe())


def test_a_reworded_question_searches_with_the_corpus_words_but_is_judged_by_its_own() -> None:
    """Paraphrase class: "the border agency" searches FRONTEX too; "compulsory" searches
    "voluntary" but never becomes a word a Yes must find."""
    from qa.analyze import analyze
    from qa.thesaurus import expansions

    assert "FRONTEX" in expansions("Which border agency runs the sea patrols?")
    assert expansions("What does FRONTEX do?") == ()  # already in the corpus's words
    assert expansions("Who relies on Frontex-style border agency-wide rules?") == ()
    q = analyze("Is taking part compulsory for the river cities?")
    assert "voluntary binding" in q.expansions and "voluntari" not in q.terms
    assert "voluntari" in q.search_terms and q.query.endswith("voluntary binding")
