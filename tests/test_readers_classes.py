"""Classes of reader questions met in the twelfth pass's trials, each tested on sentences
written for the tests (the fixture corpus is the invented river pact); none comes from a
gold set.
"""

from __future__ import annotations

from index.text import stem
from index.types import Chunk, Sentence
from qa.analyze import COUNTRY, analyze, clean, split_parts
from qa.answer import Assistant
from qa.card import card_field
from qa.conversation import condense
from qa.decide import (
    _typed_rival,
    by_agent,
    decide,
    excepted_count,
    headed_name,
    unknown_names,
)
from qa.respond import _CONCLUSION_RE, _next_item, chosen_value
from qa.select import antecedent
from qa.spelling import Speller
from qa.thesaurus import opposed
from qa.types import Evidence
from qa.verify import check_claim
from tests.conftest import sentence_evidence as _evidence


def test_a_body_the_sources_never_name_is_denied_by_the_body_in_its_slot(
    fixture_assistant: Assistant,
) -> None:
    """Yes/no class, one wrong detail never named: "Is X an operation of the Danube
    Support Office?" against "a mission of the EU agency ORSAFLOW called X" is No (an
    agency holds the slot an office would); a city or a person named instead has no such
    rival, and stays a question the sources never answer."""
    ctx = fixture_assistant.context
    said = _evidence(
        "Later the ferry became a mission of the EU agency ORSAFLOW called Water Board."
    )
    q = analyze("Is the Water Board an operation of the Danube Support Office?")
    assert "Danube Support Office" in unknown_names(q, ctx)
    assert decide(q, [(said, 0.7)], ctx, 0.2).yes_no == "no"
    city = analyze("Is the Water Board based in Salzburg?")
    assert not _typed_rival(city, "Salzburg", said.text)  # a city: no rival of its kind


def test_a_sentence_saying_what_a_thing_is_denies_another_kind(
    fixture_assistant: Assistant,
) -> None:
    """Yes/no class: "Is the Water Board a court?" against "The Water Board is the
    monitoring body of the pact" is No even when little else of the question is said."""
    ctx = fixture_assistant.context
    said = _evidence("“The Water Board is the monitoring body of the river pact.”")
    reply = decide(analyze("Is the Water Board a court?"), [(said, 0.3)], ctx, 0.2)
    assert reply.yes_no == "no"


def test_whose_mission_a_thing_is_answers_who_runs_it() -> None:
    """Agent class: "Who runs X?" / "a mission of the EU agency ORSAFLOW called X"
    leads with ORSAFLOW; a question that asks no running gets no such lead."""
    text = "The ferry was later replaced by a mission of the EU agency ORSAFLOW called Riverlink."
    assert by_agent(analyze("Who runs Riverlink?"), text) == "ORSAFLOW"
    assert by_agent(analyze("Who was in charge of Riverlink?"), text) == "ORSAFLOW"
    assert by_agent(analyze("Who likes Riverlink?"), text) == ""


def test_who_takes_part_asks_for_states() -> None:
    """Country class: "who" with taking part or staying out asks which states; typed
    without apostrophes ("whos", "isnt") it reads the same."""
    for question in ("Who stayed out of the pact?", "whos not in the pact", "who isnt part of it?"):
        assert analyze(question).kind == COUNTRY, question
    assert analyze("Who runs the board?").kind != COUNTRY
    assert clean("whos not in pesco").startswith("Who's not")
    assert clean("doesnt denmark take part?").startswith("Doesn't")
    assert "its" in clean("what are its aims?")  # a word of its own, left alone


def test_a_named_member_state_outside_the_exception_is_not_one_of_the_counted() -> None:
    """Count class: "Is Ireland one of the three states that stayed out?" against "all
    except the UK, Denmark and Malta" is No whatever the count; a state outside the EU
    is not settled by it."""
    text = "Almost all Member States take part except for the United Kingdom, Denmark and Malta."
    for state, settled in (("Ireland", False), ("Malta", True), ("Norway", None)):
        q = analyze(f"Is {state} one of the three states that stayed out?")
        assert excepted_count(q, text) is settled, state


def test_a_state_outside_the_union_is_one_the_sources_never_mention(
    fixture_assistant: Assistant,
) -> None:
    """Near-miss class: "Is Norway taking part too?" against a list of member states is
    refused (they never mention Norway); a member state is still settled by the list."""
    ctx = fixture_assistant.context
    assert unknown_names(analyze("Is Norway taking part in the pact too?"), ctx) == ["Norway"]
    assert unknown_names(analyze("Is Austria taking part in the pact?"), ctx) == []


def test_misspelt_states_and_lower_case_names() -> None:
    """Spelling class: a misspelt EU state is read as the state, though the corpus never
    names it; in a question typed all in lower case, a word neither English, nor the
    corpus's, nor one edit from an English word is a name ("europol"); a typo of an
    English word ("actualy") is not."""
    speller = Speller(["The Orsa river pact was signed by Alden."], gazetteer=["Ireland"])
    assert speller.correct("Is Irleand in the pact?")[0] == "Is Ireland in the pact?"
    text, _ = speller.correct("did europol sign the pact")
    assert "Europol" in text
    text, _ = speller.correct("when did they actualy sign")
    assert "Actualy" not in text
    text, _ = speller.correct("Did europol sign the pact?  Yes")  # not typed in lower case
    assert "europol" in text


def test_an_aside_after_the_question_and_a_restated_second_question_are_dropped() -> None:
    """Conversational class: "When was it written? I can't see a date." asks the first
    sentence; "why bring up the estuary? whats the connection" is one question."""
    assert clean("When was the article written? I can't see a date on it.") == (
        "When was the article written?"
    )
    assert split_parts("why does the author bring up the estuary? whats the connection") == ()
    assert split_parts("Who signed the pact, and when did the board start?")


def test_which_ones_after_how_many_takes_its_noun() -> None:
    """Two-part class: "How many cities signed, and which ones stayed out?" asks
    "which cities stayed out?" with no other word of the first part carried over."""
    asked = condense([("How many cities signed the pact?", "")], "which ones stayed out?")
    assert asked == "which cities stayed out?"


def test_a_footnote_named_by_its_document_and_its_link(fixture_assistant: Assistant) -> None:
    """About-the-notes class: a cited document named by its record's words ("the
    minutes of the Council of Vienna") rather than its number answers who made it and
    when; a question for a note's link says the note gives none; a note's citation
    shows the note as the article prints it, its number first."""
    made = fixture_assistant.answer(
        "Who published the minutes of the founding meeting, and when?", use_llm=False
    )
    assert "Council of Vienna" in made.text and "2019" in made.text, made.text
    link = fixture_assistant.answer("Does footnote 1 give a link?", use_llm=False)
    assert link.text.startswith("No.") and "gives no address" in link.text, link.text
    assert any(c.text.startswith("[1] Minutes") for c in link.citations), link.citations


def test_an_expectation_asked_is_settled_by_a_sentence_that_expects(
    fixture_assistant: Assistant,
) -> None:
    """Yes/no class: "Did the author expect the plants to be built in 2021?" asks the
    expectation, which "are most likely to be built in 2021" states: Yes."""
    ctx = fixture_assistant.context
    said = _evidence("The three treatment plants are most likely to be built in 2021.")
    q = analyze("Did the author expect the treatment plants to be built in 2021?")
    assert decide(q, [(said, 0.7)], ctx, 0.2).yes_no == "yes"


def test_a_choice_of_two_numbers_is_answered_with_the_one_the_sentence_states() -> None:
    """Yes/no-shaped choice: "Did 23 or 25 cities sign?" leads with the number the
    sentence states, in any spelling; neither or both stated: no lead."""
    text = "Twenty-Five cities have signed the pact."
    assert chosen_value("Did 23 or 25 cities sign?", text) == "25"
    assert chosen_value("Did 23 or 24 cities sign?", text) == ""
    assert chosen_value("Was it Alden or Brisk?", text) == ""


def test_an_answer_of_one_item_stops_before_the_next_item() -> None:
    """Padding class: "…technical support for hotspots. Likewise, the tools include law
    enforcement …" answers a question on hotspots with the first sentence only; a
    sentence announcing items ("includes some tools.") keeps the items after it."""
    item = _evidence("Another tool is training, including capacity building for hotspots.")
    after = _evidence("Likewise, the tools include law enforcement against smugglers.")
    announcing = _evidence("The approach includes some tools of the policy.")
    assert _next_item(item, after)
    assert not _next_item(announcing, after)
    assert not _next_item(item, _evidence("This agency has many tasks."))


def test_states_asked_of_a_thing_only_one_passage_names_need_a_sentence_naming_it(
    fixture_assistant: Assistant,
) -> None:
    """Near-miss class: "In which countries are the inspectors trained?" against a
    sentence naming states but not inspectors is refused (they name no state for it)."""
    ctx = fixture_assistant.context
    states = _evidence("Almost all states signed the water pact except for Austria and Slovenia.")
    q = analyze("In which countries are the inspectors trained?")
    decision = decide(q, [(states, 0.6)], ctx, 0.2)
    assert not decision.answerable and "inspectors" in decision.reason, decision.reason
    q = analyze("Which countries stayed out of the water pact?")
    assert decide(q, [(states, 0.6)], ctx, 0.2).answerable


def test_the_authors_other_writings_and_the_articles_gist(fixture_assistant: Assistant) -> None:
    """About-the-article class: what else the author wrote is no detail of the card
    (refused, not answered with a sentence of the article); "what's this piece actually
    about?" asks the article's aim."""
    other = fixture_assistant.answer("What else has Ada Tester written?", use_llm=False)
    assert other.refused and "other writings" in other.text, other.text
    assert card_field(analyze("what's this piece actually about?")) == "aim"


def test_a_corpus_name_with_a_head_word_added_is_known(fixture_assistant: Assistant) -> None:
    """Near-miss guard: "the Water Board Agency", where the corpus writes "the Water
    Board", is the reader's fuller name for it, not a name the sources never mention; a
    body of another name still is."""
    ctx = fixture_assistant.context
    assert unknown_names(analyze("What does the Water Board Agency publish?"), ctx) == []
    assert unknown_names(analyze("What does the Danube Agency publish?"), ctx)


def test_why_is_answered_with_the_premise_before_a_conclusion(fixture_assistant: Assistant) -> None:
    """Reason class: a conclusion ("It is clear that …", "Thus …") answers why only with
    the sentence before it, its premise; another sentence brings no premise along."""
    premise = "The river floods each spring in March."
    text = f"{premise} It is clear that the dams must be raised."
    sentence = Sentence(0, len(premise), 4)
    conclusion = Sentence(len(premise) + 1, len(text), 4)
    chunk = Chunk("c", "article", text, 0, len(text), 4, (sentence, conclusion))
    ev = Evidence("[¶4]", chunk, conclusion, chunk.sentence_text(conclusion), 1.0)
    before = antecedent(ev, _CONCLUSION_RE)
    assert before is not None and before.text.startswith("The river floods")
    plain = Evidence("[¶4]", chunk, sentence, chunk.sentence_text(sentence), 1.0)
    assert antecedent(plain, _CONCLUSION_RE) is None


def test_a_name_never_used_is_denied_by_the_sentence_saying_the_rest(
    fixture_assistant: Assistant,
) -> None:
    """Yes/no class, one wrong detail never named: "Did Europol monitor pollution on the
    Orsa?" against "The Water Board monitors pollution along the Orsa river." is No (the
    sentence says all else of the question, of another); a question whose predicate the
    sentence does not say ("Did Europol fund …?") stays refused."""
    ctx = fixture_assistant.context
    said = _evidence("The Water Board monitors pollution along the Orsa river.")
    q = analyze("Did Europol monitor pollution along the Orsa river?")
    assert decide(q, [(said, 0.7)], ctx, 0.2).yes_no == "no"
    q = analyze("Did Europol fund the cleaning of the Orsa river?")
    assert not decide(q, [(said, 0.7)], ctx, 0.2).answerable


def test_which_noun_leads_with_the_name_it_heads_and_hyphened_opposites() -> None:
    """Named class: "Which policy …?" leads with the name the noun heads, whole ("Common
    Security and Defence Policy" inside brackets); "air-defence" is the opposite of
    "maritime" as "air" is."""
    text = "PESCO is a specific CSDP (Common Security and Defence Policy) mechanism."
    assert headed_name(stem("policy"), text) == "Common Security and Defence Policy"
    assert headed_name(stem("treaty"), text) == ""
    assert opposed("Is the project an air-defence project?", "a maritime surveillance project")


def test_a_denied_question_s_number_is_no_claim_of_the_passage() -> None:
    """Careless-model class: for "Did 27 cities sign?", which the passage denies, "The
    article says twenty-seven cities signed the pact; Dunmore is not taking part" asserts
    the question's error as the passage's fact: stopped; a claim with the passage's own
    number passes."""
    passage = "Twenty-Five cities have signed the pact."
    q = analyze("Did 27 cities sign the pact?")
    bad = "The article says twenty-seven cities signed the pact; Dunmore is not taking part."
    assert not check_claim(bad, [passage], q, yes_no="no").ok
    assert check_claim("Twenty-five cities signed the pact.", [passage], q, yes_no="no").ok
