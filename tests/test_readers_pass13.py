"""Classes of reader questions met in the thirteenth pass's trials and tune halves, each
tested on sentences written for the tests (the fixture corpus is the invented river
pact); none comes from a gold set.
"""

from __future__ import annotations

import pytest

from index.text import stem
from index.types import Chunk, Sentence
from qa.analyze import DEFINITION, NAMED, PERSON, analyze
from qa.answer import Assistant
from qa.decide import (
    Decision,
    decide,
    named_instance,
    other_doer,
    other_kind,
    slot_rival,
    successor,
    unsaid_words,
)
from qa.errors import QuestionError
from qa.respond import chosen_value, from_evidence
from qa.thesaurus import opposed
from qa.types import Evidence
from tests.conftest import sentence_evidence as _evidence


def test_a_kind_asked_of_doing_something_with_a_name_is_not_the_names_kind(
    fixture_assistant: Assistant,
) -> None:
    """Yes/no class: "Is joining the Water Board a free choice?" asks of the joining, so
    "The Water Board is a body letting cities join freely" says no other kind of it;
    "Is the Water Board a court?" still does."""
    text = "The Water Board is a body letting cities join a shared plan voluntarily."
    asked = "Is joining the Water Board a voluntary choice?"
    assert not other_kind(analyze(asked), text)
    assert other_kind(analyze("Is the Water Board a court?"), text)
    ctx = fixture_assistant.context
    said = _evidence(text)
    reply = decide(analyze(asked), [(said, 0.8)], ctx, 0.2)
    assert reply.yes_no != "no"


def test_a_close_affirming_sentence_in_other_words_answers_yes(
    fixture_assistant: Assistant,
) -> None:
    """Yes/no class, paraphrased Yes: a sentence close to the question (cosine 0.6 or
    more) that affirms it and says much of it in its own words answers Yes; the same
    sentence far from the question (a weak match) settles nothing."""
    ctx = fixture_assistant.context
    said = _evidence(
        "After the flood of 2019 a broader approach was adopted by the cities on managing "
        "the river: cleaning the water became an integral part of it."
    )
    asked = analyze("Did the 2019 flood push the cities to change how they look after the river?")
    assert decide(asked, [(said, 0.7)], ctx, 0.2).yes_no == "yes"
    assert decide(asked, [(said, 0.45)], ctx, 0.2).yes_no == ""


def test_a_word_never_used_in_a_slot_the_sentence_fills_otherwise_answers_no(
    fixture_assistant: Assistant,
) -> None:
    """Yes/no class, one wrong descriptive word: "spot dumping of weapons?" against "spot
    dumping of plastics and of oil" is No; a reader's word for one of them ("petroleum")
    is no rival and gets no No; the words the sentence uses answer Yes."""
    ctx = fixture_assistant.context
    text = "The Orsa sensors could be used to spot dumping of plastics and of oil."
    said = _evidence(text)
    weapons = analyze("Are the Orsa sensors meant to spot dumping of weapons?")
    assert slot_rival(weapons, text, ctx) is not None
    assert decide(weapons, [(said, 0.8)], ctx, 0.2).yes_no == "no"
    petroleum = analyze("Are the Orsa sensors meant to spot dumping of petroleum?")
    assert decide(petroleum, [(said, 0.8)], ctx, 0.2).yes_no != "no"
    oil = analyze("Are the Orsa sensors meant to spot dumping of oil?")
    assert slot_rival(oil, text, ctx) is None
    assert decide(oil, [(said, 0.8)], ctx, 0.2).yes_no == "yes"
    # "in the wake of" is a way of saying when, not a place the sentence fills otherwise
    wake = analyze("Did the Orsa sensors spot dumping in the wake of the flood?")
    assert slot_rival(wake, "They spot dumping in the Danube after the flood.", ctx) is None


def test_a_count_of_other_things_is_no_count_of_the_asked_noun(
    fixture_assistant: Assistant,
) -> None:
    """Count class, near miss: "How many fish has the pact saved?" against "two possible
    plans … and thus saving more fish" gives no count of fish: refused; "How many plans
    are there?" is answered by it."""
    ctx = fixture_assistant.context
    said = _evidence("This leads to two possible plans under the pact, thus saving more fish.")
    assert not decide(
        analyze("How many fish has the pact saved?"), [(said, 0.6)], ctx, 0.2
    ).answerable
    assert decide(analyze("How many plans are there?"), [(said, 0.6)], ctx, 0.2).answerable


def test_which_hotspots_names_none_when_the_sentences_speak_of_them_at_large(
    fixture_assistant: Assistant,
) -> None:
    """Naming class, near miss: "Which hotspots …?" when the sentence speaks of
    "hotspots" and names none is refused as naming none."""
    ctx = fixture_assistant.context
    said = _evidence("Another tool is training for the river “hotspots” along the banks.")
    reply = decide(analyze("Which hotspots does the article name?"), [(said, 0.5)], ctx, 0.2)
    assert not reply.answerable
    assert "name no hotspots" in reply.reason


def test_which_kind_of_thing_leads_with_the_name_given_to_that_kind() -> None:
    """Named class: "Which Austrian boat service came before the pact's ferry?" against
    "X, a service carried out by the Austrian Navy that was later replaced by a service of
    the agency ORSAFLOW called Y" leads with X (the kind's own words, "Austrian", stand in
    its clause), not with the navy that ran it; "Which service did ORSAFLOW run?" with Y;
    a name the question gives itself is no answer."""
    text = (
        "Boats went out especially with Danube Star, a service carried out by the Austrian "
        "Navy that was later replaced by a service of the agency ORSAFLOW called Riverlink."
    )
    assert named_instance(analyze("Which Austrian boat service came first?"), text) == "Danube Star"
    assert named_instance(analyze("Which service did ORSAFLOW run?"), text) == "Riverlink"
    assert named_instance(analyze("Which service replaced Danube Star?"), text) == "Riverlink"


def test_which_noun_with_a_verb_after_it_asks_for_one_name() -> None:
    """Kind class: "Which agency runs Riverlink?" is one name (the -s word is its verb);
    "Which tools are used?" a list; "What was the Austrian service called?" and "What is
    the name of X?" ask a name, of a person when X is a role."""
    assert analyze("Which agency runs Riverlink?").kind == NAMED
    assert analyze("Which tools are used?").kind != NAMED
    called = analyze("What was the Austrian boat service called?")
    assert called.kind == NAMED and "servic" in called.counted
    assert analyze("What is the name of the author?").kind == PERSON


def test_an_either_or_question_leads_with_the_word_the_sentence_says() -> None:
    """Alternative class: "Is the pact voluntary or compulsory?" against "lets cities
    voluntarily join" leads with "Voluntary"; a sentence saying both, or neither, picks
    none."""
    said = "The pact lets cities voluntarily join a binding plan."
    assert chosen_value("Is the pact voluntary or compulsory?", said) == "Voluntary"
    assert (
        chosen_value("Is the pact voluntary or compulsory?", "It is voluntary, not compulsory.")
        == ""
    )
    assert chosen_value("Is the pact strict or lax?", said) == ""
    later = "Different plans were launched after 2019 on cleaning the river."
    assert chosen_value("Were the plans launched before or after 2019?", later) == "After"
    assert chosen_value("so will the pact help the river or nah", said) == ""


def test_a_sentence_on_the_body_beside_a_name_the_question_names_is_left_out() -> None:
    """Padding class: "Which came first, the Orsa ferry or Riverlink?" / "…replaced by a
    service of the agency RIVERCO called Riverlink. This agency has many tasks": the second
    sentence is about RIVERCO (the name beside "agency"), not Riverlink, though the
    question names Riverlink; a question on "the agency that runs Riverlink" keeps it."""
    text = (
        "The Orsa ferry, a service carried out by the City of Alden, was later replaced by a "
        "service of the agency RIVERCO called Riverlink."
    )
    more = "This agency has many tasks including testing water."
    whole = text + " " + more
    first = Sentence(0, len(text), 4)
    second = Sentence(len(text) + 1, len(whole), 4)
    chunk = Chunk("c", "article", whole, 0, len(whole), 4, (first, second))
    ev = Evidence("[¶4]", chunk, first, text, 1.0)
    order = from_evidence(
        analyze("Which came first, the Orsa ferry or Riverlink?"), Decision(True, support=(ev,)), 2
    )
    assert "many tasks" not in order.text
    agency = from_evidence(
        analyze("What does the agency that runs Riverlink do?"), Decision(True, support=(ev,)), 2
    )
    assert "many tasks" in agency.text


def test_a_name_asked_of_a_kind_no_sentence_names_is_refused(
    fixture_assistant: Assistant,
) -> None:
    """Named class, near miss: "What's the name of the pact's naval mission?" against
    sentences naming other things (a river, a city) is refused as naming no such thing;
    "Which pilot project is proposed?" against "one of the pilot projects proposed is on
    River Sensing (RISE)" is answered."""
    ctx = fixture_assistant.context
    other = _evidence("The pact covers the Danube and the city of Linz in its first phase.")
    reply = decide(
        analyze("What's the name of the pact's naval mission?"), [(other, 0.6)], ctx, 0.2
    )
    assert not reply.answerable and "name no" in reply.reason
    pilot = _evidence("One of the pilot projects proposed is on River Sensing (RISE).")
    assert decide(analyze("Which pilot project is proposed?"), [(pilot, 0.6)], ctx, 0.2).answerable


def test_small_talk_and_nothing_close_get_no_quote(fixture_assistant: Assistant) -> None:
    """Bad input class: "ok thanks" is no question (one clear line); a question no
    passage is close to is refused without quoting an unrelated sentence."""
    with pytest.raises(QuestionError, match="no question"):
        fixture_assistant.validate("ok thanks!")
    assert fixture_assistant.validate("ok, is Linz in the pact?")
    ctx = fixture_assistant.context
    far = _evidence("The pact covers the Danube and the city of Linz in its first phase.")
    reply = decide(analyze("What is the capital of Peru?"), [(far, 0.05)], ctx, 0.2)
    assert not reply.answerable and reply.about is None


def test_a_question_in_another_language_gets_one_clear_line(fixture_assistant: Assistant) -> None:
    """Bad input class: a question plainly in French or German is refused with one line
    naming the language (the model and rules read English); names and a shared word
    ("Was the pact …?") do not make an English question foreign."""
    for question, language in (
        ("Qu'est-ce que le pacte et quels pays n'y participent pas ?", "French"),
        ("Was ist das Orsa Projekt und wer macht nicht mit?", "German"),
    ):
        with pytest.raises(QuestionError, match=language):
            fixture_assistant.validate(question)
    assert fixture_assistant.validate("Was the Orsa ferry an Austrian service?")


def test_a_place_asked_of_a_thing_one_passage_names_must_be_said_of_it(
    fixture_assistant: Assistant,
) -> None:
    """Place class, near miss: "Where are the inspectors trained?" where only the bullet
    on training inspectors uses that word, and the sentences naming places (Vienna) say
    nothing of inspectors: refused as naming no place for them; "Where was the pact
    signed?" is answered by the Vienna sentence."""
    ctx = fixture_assistant.context
    vienna = _evidence("The river pact was signed in Vienna in March 2019 by four cities.")
    bullet = _evidence("Training inspectors in every member city.", "[¶9]")
    reply = decide(
        analyze("Where are the inspectors trained?"), [(vienna, 0.5), (bullet, 0.4)], ctx, 0.2
    )
    assert not reply.answerable and "no place for" in reply.reason
    signed = decide(analyze("Where was the pact signed?"), [(vienna, 0.6), (bullet, 0.3)], ctx, 0.2)
    assert signed.answerable


def test_a_deed_asked_of_one_body_that_the_sentence_gives_another_answers_no(
    fixture_assistant: Assistant,
) -> None:
    """Yes/no class, role swap: "did riverco run the orsa ferry" against "the Orsa ferry,
    a service carried out by the City of Alden" is No; asked of the City of Alden, Yes."""
    ctx = fixture_assistant.context
    text = (
        "The Orsa ferry, a service carried out by the City of Alden, was later replaced by a "
        "service of the agency RIVERCO called Riverlink."
    )
    assert other_doer(analyze("did riverco run the orsa ferry"), text) == "the City of Alden"
    assert other_doer(analyze("Did the City of Alden run the Orsa ferry?"), text) == ""
    said = _evidence(text)
    reply = decide(analyze("Did RIVERCO run the Orsa ferry?"), [(said, 0.8)], ctx, 0.2)
    assert reply.yes_no == "no"


def test_a_word_never_used_where_a_preposition_puts_the_thing_asked_gets_no_yes(
    fixture_assistant: Assistant,
) -> None:
    """Yes/no class, one detail in a reader's word: "training for detention centres?"
    against "training for hotspots": no word of the sentence comes near "detention", so
    no Yes; "for inspectors" (the sentence's word) is affirmed; "at least" and "in the
    wake of" put no thing in question."""
    ctx = fixture_assistant.context
    said = _evidence("The pact provides training and technical support for inspectors.")
    detention = analyze("Does the pact provide training for detention centres?")
    assert unsaid_words(detention, said, ctx) == ["detention"]
    assert decide(detention, [(said, 0.8)], ctx, 0.2).yes_no != "yes"
    assert unsaid_words(analyze("Does the pact provide training for inspectors?"), said, ctx) == []
    assert (
        unsaid_words(analyze("Did it train at least ten people in the wake of it?"), said, ctx)
        == []
    )


def test_a_stage_or_load_word_against_its_opposite_gets_no_yes(
    fixture_assistant: Assistant,
) -> None:
    """Yes/no class, opposite words: "one of the final projects?" against "one of the
    pilot projects proposed"; "make the load heavier?" against "lighten the load": the
    thesaurus opposes them, so neither is affirmed."""
    ctx = fixture_assistant.context
    cases = (
        (
            "Was RISE described as one of the final projects?",
            "One of the pilot projects proposed is on River Sensing (RISE).",
            "final",
        ),
        (
            "Will the Water Board make the load heavier on member cities?",
            "The Water Board could lighten the load on member cities.",
            "heavier",
        ),
    )
    for question, text, word in cases:
        assert stem(word) in opposed(question, text)
        reply = decide(analyze(question), [(_evidence(text), 0.8)], ctx, 0.2)
        assert reply.yes_no != "yes", question


def test_what_a_cited_document_says_is_not_made_up_when_its_text_is_not_held(
    fixture_assistant: Assistant,
) -> None:
    """Footnote class: "Do the Council of Vienna minutes say anything about nitrate?"
    when the corpus holds no text of that document and its note quotes none: the text is
    not held, how to add it, and what the article cites it for; "Do you have the full
    text of the document footnote 1 cites?" is a No with the same."""
    reply = fixture_assistant.answer(
        "Do the minutes of the Council of Vienna say anything about nitrate?", use_llm=False
    )
    assert reply.refused and "is not held here" in reply.text and "fn1" in reply.text
    whole = fixture_assistant.answer(
        "Do you have the full text of the document footnote 1 cites?", use_llm=False
    )
    assert whole.text.startswith("No: the text of") and "[1]" in whole.text


def test_a_successor_asked_in_the_passive_or_at_the_end_leads_with_the_name() -> None:
    """Order class: "What was the Orsa ferry replaced by?" and "orsa ferry got replaced
    by what" ask for what came after, as "What replaced the Orsa ferry?" does; a question
    ending in its preposition asks no definition."""
    text = (
        "Boats went out with the Orsa ferry, a service carried out by the City of Alden that "
        "was later replaced a service of the agency RIVERCO called Riverlink."
    )
    for question in (
        "What replaced the Orsa ferry?",
        "What was the Orsa ferry replaced by?",
        "orsa ferry got replaced by what",
    ):
        assert successor(analyze(question), text) == "Riverlink", question
    assert analyze("What was the Orsa ferry replaced by?").kind != DEFINITION
    assert analyze("What is the Orsa ferry?").kind == DEFINITION


def test_how_many_counts_the_first_plural_after_it() -> None:
    """Count class: "How many possible river-pact scenarios …?" counts scenarios, not the
    compound before them."""
    assert analyze("How many possible river-pact scenarios does the author lay out?").counted == (
        "scenario"
    )


def test_a_bare_topic_asks_what_it_is() -> None:
    """Keyword class: "orsa ferry?" or "RIVERCO" alone asks what the sources say it is;
    "why?" or "and Malta?" are no topic of their own."""
    assert analyze("orsa ferry?").kind == DEFINITION
    assert analyze("RIVERCO").text == "What is RIVERCO?"
    assert analyze("and Linz?").text != "What is and Linz?"
