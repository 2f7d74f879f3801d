"""Classes of reader questions met in the sixteenth pass's user trials and tune half,
each tested on sentences written for the tests (the fixture corpus is the invented river
pact); none comes from a gold set.
"""

from __future__ import annotations

from index.text import terms
from qa.analyze import NAMED, PLACE, YESNO, analyze
from qa.answer import Assistant
from qa.card import card_field, naming_sentences
from qa.conversation import refers_to_found
from qa.decide import by_agent, decide, states_other_value, unsaid_object
from qa.entities import season_fit, states_negation
from qa.thesaurus import expansions, opposed, vouched
from tests.conftest import sentence_evidence as _evidence


def test_a_lead_phrase_before_the_question_leaves_it_a_yes_no() -> None:
    """Yes/no class: "Even with X, can …?", "Despite X, did …?", "Put simply, what …?"
    open with a phrase before the question itself, which keeps its kind."""
    assert analyze("Even with the pact, can towns still draw water freely?").kind == YESNO
    assert analyze("Despite the floods, did Alden join the pact?").kind == YESNO
    asked = analyze("Put simply, what do inspectors check at the places where towns draw water?")
    assert asked.kind != PLACE


def test_would_you_say_puts_a_statement_up_for_checking() -> None:
    """Yes/no class: "Would you say X?", "Is it fair to say X?", "Do you agree that X?"
    ask whether X holds; "Could you tell me …" stays a request."""
    for text in (
        "Would you say the pact is still young?",
        "Would it be fair to say the pact is still young?",
        "Do you agree that Dunmore stayed out?",
    ):
        asked = analyze(text)
        assert asked.kind == YESNO, text
    assert analyze("Could you tell me who wrote it?").kind != YESNO


def test_a_statement_reporting_an_embedded_how_is_checked() -> None:
    """Yes/no class: "The writer says it's too soon to judge how the pact is doing?" is a
    statement put up for checking (its "how" opens a clause); "The pact was signed in
    which city?" still asks which."""
    assert analyze("The writer says it's too soon to judge how the pact is doing?").kind == YESNO
    assert analyze("The pact was signed in which city?").kind != YESNO


def test_hedging_adverbs_are_not_what_is_asked() -> None:
    """Yes/no class: "basically", "really", "in essence" say how sure the reader is; no
    sentence need say them."""
    asked = analyze("Is the Water Board basically a monitoring body, really?")
    assert not {"basical", "real"} & set(asked.terms)
    assert "monitor" in " ".join(asked.terms)


def test_a_later_it_stands_for_the_thing_the_first_part_found() -> None:
    """Two-part class: "Which body replaced X, and who ran it?": "it" is the body found,
    not X; after "Who ran X, and …it?" or "What is X …?" the "it" is X (None here)."""
    later = refers_to_found(
        "Which board replaced the Orsa Council?", NAMED, "who ran it?", "Water Board"
    )
    assert later == "who ran Water Board?"
    assert refers_to_found("Who ran the Orsa Dam?", "agent", "what replaced it?", "Alden") is None
    assert refers_to_found("Which board replaced X?", NAMED, "who ran it?", "") is None


def test_what_the_author_concludes_is_no_question_of_who_wrote() -> None:
    """About-the-article class: "What does the author conclude?" asks the conclusion;
    "Who is the author?" the author."""
    assert card_field(analyze("What does the author conclude?")) == "conclusion"
    assert card_field(analyze("Who is the author?")) == "author"


def test_everyday_words_for_the_articles_key_words() -> None:
    """Paraphrase class: the thesaurus gives the corpus's words for "team up", "pooling",
    "fewer deaths"; a burden named ("more work") is only related to lightening it and
    affirms nothing."""
    assert "team" in vouched("Could they team up with the agency?", set(terms("cooperation")))
    assert "pool" in " ".join(vouched("Does it mean pooling assets?", set(terms("combing"))))
    assert "cooperation" in expansions("Could they team up?")
    assert not vouched("Does it make more work for them?", set(terms("lighten the load")))


def test_the_doer_of_a_named_thing_is_not_the_doer_of_another(
    fixture_assistant: Assistant,
) -> None:
    """Who class: "Who ran the Water Board?" is not answered by "the Orsa Dam, a project
    run by the Council of Vienna" (the Council ran the dam); "Who ran the Orsa Dam?" is."""
    text = "Alden built the Orsa Dam, a project carried out by the Council of Vienna."
    assert by_agent(analyze("Who ran the Orsa Dam?"), text) == "the Council of Vienna"
    assert by_agent(analyze("Who ran the Water Board when Alden built the Orsa Dam?"), text) == ""


def test_a_later_change_is_not_said_by_a_sentence_of_its_time(
    fixture_assistant: Assistant,
) -> None:
    """Yes/no class, time: "Did Dunmore later join?" is refused when no sentence on it
    speaks of later; "Was the Council later replaced?" is settled by one that does."""
    ctx = fixture_assistant.context
    said = _evidence("Alden, Brisk and Corra joined the pact, while Dunmore stayed out of it.")
    asked = decide(analyze("Did Dunmore sign up to the pact later?"), [(said, 0.6)], ctx, 0.2)
    assert not asked.answerable and "later" in asked.reason, asked.reason


def test_a_season_is_checked_against_the_month_given() -> None:
    """Yes/no class, time: "in the autumn of 2019?" agrees with "in November 2019",
    "in the spring of 2019?" does not; no season, or no month that year: no verdict."""
    said = "The pact was signed in Vienna in November 2019 by four cities."
    assert season_fit("Was it signed in the autumn of 2019?", said) is True
    assert season_fit("Was it signed in the spring of 2019?", said) is False
    assert season_fit("Was it signed in 2019?", said) is None
    assert season_fit("Was it signed in the spring of 2018?", said) is None


def test_a_purpose_clause_does_not_make_the_question_negative() -> None:
    """Yes/no class: "… so people can't slip across?" says what a thing is for; the
    question still asks whether it is so, and "… not …" outside such a clause negates."""
    assert not analyze("Does the Board test the water so towns can't be poisoned?").negative
    assert analyze("Does the Board not test the water?").negative


def test_the_object_closing_a_question_must_be_said_or_near(
    fixture_assistant: Assistant,
) -> None:
    """Near-miss class, shaped as yes/no: "Does the Water Board use drones?" against a
    sentence saying what the Board does and nothing near drones is refused, naming the
    word; a reader's own name for a thing ("… the pact?") is no object asked of."""
    ctx = fixture_assistant.context
    said = _evidence("The pact created the Water Board, which monitors pollution.")
    asked = analyze("Does the Water Board monitor pollution with drones?")
    assert unsaid_object(asked, said, ctx) == "drones"
    assert unsaid_object(analyze("Did every city sign up to the pact?"), said, ctx) == ""
    assert unsaid_object(analyze("Does the Water Board monitor pollution?"), said, ctx) == ""


def test_a_count_of_other_things_is_no_other_value() -> None:
    """Yes/no class, numbers: "Did four cities sign?" is denied by "three cities signed",
    not by "a list of 17 projects" before it: a count of other things."""
    asked = analyze("Did four cities sign the pact?")
    assert states_other_value(asked, "Three cities signed the pact.")
    assert not states_other_value(asked, "The cities agreed a list of 17 projects.")
    assert states_other_value(analyze("Did four members sign?"), "Three cities signed.")


def test_a_generic_noun_for_the_subject_is_said_but_not_searched() -> None:
    """Paraphrase class: "the pact" is said by a sentence naming PESCO, yet adds no
    corpus word to what is searched (it is in nearly every question about it)."""
    assert "pact" in vouched("Did every state join the pact?", set(terms("PESCO")))
    assert "PESCO" not in expansions("Did every state join the pact?")


def test_doing_little_is_said_as_a_negation() -> None:
    """Yes/no class: "has achieved little" and "little has been done" deny the doing, as
    "not much has been done" does; "achieved a lot" does not."""
    assert states_negation("The pact has achieved little so far.")
    assert states_negation("Little has been done under the pact.")
    assert not states_negation("The pact has achieved a lot.")
    assert not opposed("Has the pact achieved little?", "The pact is at an early phase.")


def test_a_summary_gives_the_aim_the_points_and_the_end(fixture_assistant: Assistant) -> None:
    """About-the-article class: "Summarise the article" gives what it sets out to do, its
    points and how it ends; "What do the bullet points cover?" the points alone."""
    whole = fixture_assistant.answer("Summarise the article.", use_llm=False).text
    points = fixture_assistant.answer(
        "What do the bullet points in the article cover?", use_llm=False
    ).text
    assert "points" in whole and "concludes" in whole, whole
    assert "concludes" not in points, points


def test_a_quoted_phrase_of_the_article_names_no_cited_document(
    fixture_assistant: Assistant,
) -> None:
    """Definition class: "explain what "treatment plants" means for the pact" quotes the
    article's words; it asks nothing of a document the notes cite."""
    reply = fixture_assistant.answer(
        'Please explain what "treatment plants" means for the river pact.', use_llm=False
    )
    assert "is not held here" not in reply.text, reply.text


def test_the_sentences_naming_a_kind_are_gathered(fixture_assistant: Assistant) -> None:
    """Named class: "Which body …?" gathers the sentences naming a body ("the Water
    Board"), however far the question's words are from them."""
    found = naming_sentences(fixture_assistant.store, "board")
    assert any("Water Board" in ev.text for ev in found)
    assert not naming_sentences(fixture_assistant.store, "")


def test_a_later_its_stands_for_the_note_a_source_question_found() -> None:
    """Two-part class: "What source backs X, and is its address verified?": "its" is the
    footnote the first part found."""
    later = refers_to_found(
        "What source backs the founding?", "source", "is its address verified?", "Footnote 1"
    )
    assert later == "is Footnote 1's address verified?"
