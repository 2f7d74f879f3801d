"""Typos read as the corpus words they miss, and only those."""

from __future__ import annotations

from qa.answer import Assistant
from qa.spelling import Speller

_PASSAGES = [
    "The river pact was signed in Tarnholm by Alden, Brisk and Corra.",
    "The Water Board monitors pollution along the Orsa river every month.",
]


def test_a_misspelt_corpus_word_is_read_as_it() -> None:
    """A word neither English nor the corpus's, one edit from a corpus word, is that word,
    in the corpus's case."""
    speller = Speller(_PASSAGES)
    assert speller.correct("did tarnhlom host the signing?")[0] == "did Tarnholm host the signing?"
    assert speller.correct("who monitros pollution")[0] == "who monitors pollution"
    text, fixes = speller.correct("is the polution checked?")
    assert text == "is the pollution checked?" and fixes == [("polution", "pollution")]


def test_english_words_unknown_words_and_ambiguous_typos_are_left_alone() -> None:
    """An English word the corpus never uses is a question about something else; "wich"
    could be "which" or "with" (words of no content): no guess is made."""
    speller = Speller(_PASSAGES)
    for question in (
        "what are the roots of the pact?",  # English, not in the corpus
        "wich towns signed?",
        "is Zorblax a member?",  # far from every corpus word
        "did Alden sign?",
    ):
        assert speller.correct(question) == (question, [])


def test_an_acronym_is_read_as_a_word_only_when_that_word_is_an_acronym() -> None:
    """Acronym class: "ALDN" is no typo of "Alden" (a name the corpus spells otherwise), a
    question about another body; "WATR BORD" neither; a misspelt acronym of the corpus
    ("ORSAB" for "ORSA-B"-like forms) is still read as the acronym it misses."""
    speller = Speller([*_PASSAGES, "The ORSAB agency checks the Orsa river."])
    assert speller.correct("is the pact run by ALDN?") == ("is the pact run by ALDN?", [])
    assert speller.correct("what does ORSB check?")[0] == "what does ORSAB check?"


def test_the_assistant_answers_a_misspelt_question_and_says_how_it_read_it(
    fixture_assistant: Assistant,
) -> None:
    """End to end: the typo is corrected before retrieval and the note says so."""
    answer = fixture_assistant.answer("Did Dunmre join the pact?", use_llm=False)
    assert "Dunmore" in answer.text and not answer.refused
    assert any("Dunmre" in n and "Dunmore" in n for n in answer.notes)
