"""Classes of reader questions met in the fourteenth pass's user trial and tune halves,
each tested on sentences written for the tests (the fixture corpus is the invented river
pact); none comes from a gold set.
"""

from __future__ import annotations

from qa.analyze import COUNTRY, analyze, clean
from qa.answer import Assistant, _lead_of, _with_lead
from qa.compose import _addresses
from qa.conversation import condense
from qa.decide import (
    _counts_asked,
    _describing_reader_words,
    after_the_sources,
    decide,
    described_states,
    named_instance,
    names_cited_document,
)
from qa.respond import Reply, _adds
from qa.thesaurus import opposed
from tests.conftest import sentence_evidence as _evidence


def test_the_authors_view_frame_is_not_what_a_sentence_must_say() -> None:
    """Yes/no class, the author's view: "Does the author consider X to be Y?" asks
    whether the article says X is Y; "consider" is whose view, not a word to find. The
    same verb with another subject is what is asked."""
    asked = analyze("Does the author consider the Water Board to be at an early stage?")
    assert "consid" not in " ".join(asked.terms)
    assert "stage" in " ".join(asked.terms) or "stag" in asked.terms
    other = analyze("Did the Council consider the pact?")
    assert any(t.startswith("consid") for t in other.terms)
    viewed = analyze("In the writer's view, is the pact working?")
    assert not any(t.startswith("view") for t in viewed.terms)


def test_opposites_of_scope_replacement_and_strength() -> None:
    """Yes/no class, the opposite word: "a narrower approach?" against "a more
    comprehensive approach"; "replace the Board?" against "cooperation with the Board";
    "strengthen the internal checks?" against "internal checks disappeared"."""
    assert opposed(
        "After the flood, did the cities adopt a narrower approach?",
        "After the flood a more comprehensive approach was adopted by the cities.",
    )
    assert opposed(
        "Would the pact replace the Water Board?",
        "The pact foresees cooperation with the Water Board on inspections.",
    )
    assert opposed(
        "Did the pact strengthen the checks between cities?",
        "Since the pact, the checks between cities disappeared.",
    )
    # the same word on both sides is no opposite
    assert not opposed(
        "Did the cities adopt a comprehensive approach?",
        "After the flood a more comprehensive approach was adopted by the cities.",
    )


def test_a_question_dated_to_a_month_puts_that_months_sentence_first(
    fixture_assistant: Assistant,
) -> None:
    """Timeline class: "What happened in March 2019?" is answered by the sentence dated
    March 2019 before one that only names the year."""
    ctx = fixture_assistant.context
    yearly = _evidence("In 2019 the cities also began to publish a yearly report.")
    march = _evidence("The river pact was signed in Vienna in March 2019 by four cities.", "[¶3]")
    q = analyze("What happened in March 2019?")
    decision = decide(q, [(yearly, 0.7), (march, 0.5)], ctx, 0.2)
    assert decision.answerable
    assert decision.support[0].label == "[¶3]"


def test_chat_spellings_of_question_words_are_read() -> None:
    """Casual class: "wat replaced the old dam", "hw many cities" are what- and
    how-questions; a real word ("what", "whatever") is left alone."""
    assert clean("wat replaced the old dam").startswith("What replaced")
    assert clean("hw many cities joined").lower().startswith("how many")
    assert clean("whatever happened to the dam?").lower().startswith("whatever")


def test_who_did_not_take_part_asks_for_states() -> None:
    """Membership class: "Who isn't in the pact?", "who hasn't signed up", "the
    holdouts" ask which states stay out: states answer, not people."""
    for asked in (
        "Who isn't in the pact?",
        "who hasn't signed up for the pact",
        "Who are the holdouts?",
    ):
        assert analyze(asked).kind == COUNTRY, asked


def test_it_in_a_follow_up_stands_for_the_one_name_before() -> None:
    """Two-part and follow-up class: "what replaced it?" after "Who built the Orsa
    Dam?" asks what replaced the Orsa Dam; "is it true that …" has no antecedent."""
    assert condense([("Who built the Orsa Dam?", "")], "what replaced it?") == (
        "what replaced Orsa Dam?"
    )
    assert condense([("Who built the Orsa Dam?", "")], "and when did it open?") == (
        "and when did Orsa Dam open?"
    )
    kept = condense([("Who built the Orsa Dam?", "")], "is it true that it leaks?")
    assert "is it true" in kept
    # after "What replaced X?" the thing found may be "it": X does not stand for it
    found = condense([("What replaced the Orsa Dam?", "")], "who runs it?")
    assert "who runs it?" in found


def test_a_name_past_a_succession_is_not_what_the_question_names() -> None:
    """Which-noun class across a succession: "Which agency ran the Orsa Dam?" against
    "the Orsa Dam, a dam built by the Alden council that was later replaced by a weir of
    the river agency Corra" is not answered with Corra, the successor's agency."""
    text = (
        "The Orsa Dam, a dam run by the Alden council that was later replaced by a weir of "
        "the river agency Corra called Brisk Weir."
    )
    assert named_instance(analyze("Which agency ran the Orsa Dam?"), text) != "Corra"
    assert named_instance(analyze("Which agency runs Brisk Weir?"), text) == "Corra"


def test_a_second_parts_short_answer_is_said_beside_the_first() -> None:
    """Two-part class: when one quoted sentence answers both parts, the second part's
    direct value ("Corra") stands beside the first's, before the quote."""
    said = _evidence("The dam was built by Alden and later replaced by a weir run by Corra.")
    first = Reply(f"Alden [¶4]. {said.text} [¶4].", (said,), direct=True)
    second = Reply(f"Corra [¶4]. {said.text} [¶4].", (said,))
    value = _lead_of(second)
    assert value == "Corra [¶4]."
    combined = _with_lead([first], value)[0].text
    assert combined.startswith("Alden [¶4]. Corra [¶4]. The dam was built")
    # a long first sentence is no lead
    assert _lead_of(Reply(f"{said.text} [¶4]. Another sentence here [¶4].", (said,))) == ""


def test_an_unknown_name_with_nothing_shared_quotes_no_passage(
    fixture_assistant: Assistant,
) -> None:
    """Off-topic class: "What is the capital of Australia?" is refused as never
    mentioned, and a passage sharing none of its words is not offered as context."""
    ctx = fixture_assistant.context
    said = _evidence("Alden, Brisk and Corra joined the pact, while Dunmore stayed out of it.")
    decision = decide(analyze("What is the capital of Australia?"), [(said, 0.25)], ctx, 0.2)
    assert not decision.answerable
    assert decision.about is None


def test_a_count_in_the_corpus_word_answers_a_count_in_the_readers_word(
    fixture_assistant: Assistant,
) -> None:
    """Numeric class: "How many initiatives are on the list?" is answered by "a list of
    17 projects" (the thesaurus gives "projects" for "initiatives"), not refused as a count
    of other things."""
    ctx = fixture_assistant.context
    said = _evidence("The cities have drawn up a preliminary list of 17 projects for the river.")
    asked = analyze("How many initiatives are on the preliminary list?")
    assert _counts_asked(asked, said.text)
    decision = decide(asked, [(said, 0.6)], ctx, 0.2)
    assert decision.answerable


def test_a_year_asked_of_a_cited_document_is_the_notes_to_settle(
    fixture_assistant: Assistant,
) -> None:
    """About-the-notes class: a question naming a cited document by its title ("Minutes
    of the founding meeting") asks what its note says, not what happened after the
    article: no "they date from before" refusal."""
    ctx = fixture_assistant.context
    asked = analyze("Were the Minutes of the founding meeting published in 2031?")
    assert names_cited_document(asked, ctx)
    assert after_the_sources(asked, ctx) == ""
    assert not names_cited_document(analyze("Was the river cleaner in 2031?"), ctx)


def test_chat_fillers_explain_requests_and_in_or_out() -> None:
    """Casual class: "whats the pact lol" asks what the pact is; "explain the pact to me
    pls" too; "is Dunmore in or out of the pact" asks whether it is in."""
    assert "lol" not in clean("whats the pact lol").lower()
    assert clean("explain the pact to me pls") == "What is the pact?"
    assert clean("explain the Water Board like I'm five") == "What is the Water Board?"
    assert clean("is Dunmore in or out of the pact").lower() == "is dunmore in the pact"


def test_states_described_not_named_are_said_in_the_refusal(
    fixture_assistant: Assistant,
) -> None:
    """Which-states class: "Which cities carry the burden?" where a sentence speaks only
    of "frontline Member States" is refused (no state is named) with those words, so the
    refusal does not deny what its quote says."""
    text = "A common fund could lighten the load on frontline Member States along the river."
    assert described_states("Which states carry the burden?", text) == ["frontline Member States"]
    assert described_states("Which states signed?", "Twenty-Five Member States signed.") == []
    assert described_states("Which states?", "It is shared among member states.") == []
    ctx = fixture_assistant.context
    asked = analyze("Which countries carry the burden?")
    decision = decide(asked, [(_evidence(text), 0.6)], ctx, 0.2)
    assert not decision.answerable
    assert "frontline Member States" in decision.reason


def test_the_authors_career_and_other_writings_are_not_on_the_card(
    fixture_assistant: Assistant,
) -> None:
    """About-the-article class: "Is the author a former navy officer?", "Has the author
    written other articles on the pact?" are refused: the card gives the author's name
    and nothing more; "Who is the author?" is answered."""
    for asked in (
        "Is the author a former navy officer?",
        "Has the author written other articles on the pact?",
        "What other articles has the author published?",
    ):
        answer = fixture_assistant.answer(asked, use_llm=False)
        assert answer.refused, asked
        assert "Ada Tester" in answer.text
    assert not fixture_assistant.answer("Who is the author?", use_llm=False).refused


def test_a_second_sentence_adding_none_of_the_questions_words_is_padding(
    fixture_assistant: Assistant,
) -> None:
    """Padding class: a second-best sentence saying none of the question's words the best
    one lacks adds nothing to the answer; one saying some of them stays."""
    first = _evidence("The Water Board monitors pollution along the river.")
    pad = _evidence("Two measures are planned for the estuary.", "[¶5]")
    more = _evidence("The Water Board publishes a yearly report on nitrates.", "[¶6]")
    q = analyze("What does the Water Board monitor, and does it report on nitrates?")
    assert not _adds(q, first, pad)
    assert _adds(q, first, more)


def test_words_describing_a_readers_name_for_the_pact_ask_nothing_of_states(
    fixture_assistant: Assistant,
) -> None:
    """Which-states class: "Which cities chose to sit out the new joint water scheme?"
    ("water scheme" being a reader's phrase for the pact, as "defence scheme" is for PESCO):
    "new joint" describe the scheme; they are not words the states are asked of."""
    from qa import thesaurus

    saved = dict(thesaurus.READER_WORDS)
    thesaurus.READER_WORDS["pact"] = ("water scheme",)
    thesaurus._patterns.cache_clear()
    thesaurus.reader_phrases.cache_clear()
    try:
        asked = analyze("Which cities chose to sit out the new joint water scheme?")
        assert {"new", "joint"} <= _describing_reader_words(asked)
    finally:
        thesaurus.READER_WORDS.clear()
        thesaurus.READER_WORDS.update(saved)
        thesaurus._patterns.cache_clear()
        thesaurus.reader_phrases.cache_clear()


def test_a_yes_the_evidence_left_open_must_say_what_is_asked_of_the_names() -> None:
    """Claim-check class (a careless Yes): where the evidence settled nothing, a model's
    "Yes" stands only on a sentence saying what the question asks of its names, not on
    one that shares the names and a word or two: "guarding the borders between Orsa
    towns?" is not affirmed by "the security of the external border … with Orsa"."""
    q = analyze("Would the pact's role be about guarding the borders between Orsa towns?")
    body = "The pact discusses the security of the external border; inner ones vanished in Orsa."
    assert _addresses(q, body)  # half its words: enough to state a denial
    assert not _addresses(q, body, predicate_only=True)  # not what is asked of Orsa
    said = "The pact's role is guarding the borders between the Orsa towns."
    assert _addresses(q, said, predicate_only=True)
