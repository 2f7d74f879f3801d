"""Classes of reader questions met in the twentieth pass's user trials and tune half,
each tested on sentences written for the tests (the fixture corpus is the invented river
pact); none comes from a gold set.
"""

from __future__ import annotations

from qa.analyze import AMOUNT, YESNO, analyze
from qa.answer import Assistant
from qa.conversation import refers_to_found
from qa.decide import (
    _ALL_COUNTED_RE,
    _OTHER_COUNT_RE,
    _THROUGHOUT_RE,
    Decision,
    _closing_word,
    _counted_in,
    _counts_asked,
    _listed_without,
    _replaced_here,
    _state_modifiers,
    dated_otherwise,
    dated_pair,
    decide,
    kind_of_another,
    only_verdict,
    order_asked,
    pairs_dates,
    undefined_term,
    unnumbered_part,
    unsaid_topic,
    without_shared_negation,
)
from qa.respond import _list_noun, definition, from_evidence
from qa.thesaurus import opposed
from tests.conftest import sentence_evidence as _evidence

_PATROLS = (
    "Since 2010 Alden has been taking over the guarding of the upper river, above all with "
    "Orsa Watch, a patrol run by the Alden Guard that was later replaced by a patrol of the "
    "Water Board called Clearway."
)


def test_a_label_before_a_colon_opens_the_question_it_names() -> None:
    """Readers' forms: "quick one:", "one more:", "follow-up:" label the question after
    them; the label is no part of it, so a yes/no question stays one."""
    for text in (
        "quick one: is Alden part of the pact?",
        "one more: did the cities sign in Vienna?",
        "follow-up: is Dunmore outside the pact?",
    ):
        q = analyze(text)
        assert q.kind == YESNO and q.text[:3] in {"Is ", "Did"}, q


def test_a_statement_in_the_irregular_past_is_put_up_for_checking() -> None:
    """Yes/no class: a declarative question whose verb is an irregular past ("kept",
    "left", "took") is checked like one ending in "-ed", after a single word too."""
    for text in ("so Dunmore kept its river tolls?", "the cities took the Vienna route?"):
        q = analyze(text)
        assert q.kind == YESNO and q.text.startswith("Is it true that"), q


def test_only_one_thing_against_a_sentence_naming_it_with_another_is_a_no() -> None:
    """Yes/no class: "Is X only about A, not B?" against "… of A and of B": the sentence
    joins another thing to the one asked, whichever of the asked words it repeats."""
    q = analyze("Isn't the sampling plan only about dumped oil, not waste water?")
    said = "The plan could be used to find dumping of oil and of waste water in the river."
    assert only_verdict(q, said) == "no"
    assert only_verdict(q, "The plan could be used to find oil in the river.") == ""


def test_a_penalty_asked_where_no_sentence_speaks_of_one_is_refused() -> None:
    """Near-miss class: a penalty, a sanction, or what befalls one who breaks or leaves a
    commitment, asked where the sentences speak only of the commitment."""
    binding = ["The pact lets the cities join a binding commitment on water quality."]
    for text in (
        "What happens to a city that breaks its pact commitments - is there a penalty?",
        "What happens if a city quits the pact?",
        "Are there sanctions for cities that miss the targets?",
    ):
        assert unsaid_topic(analyze(text), binding).startswith("they say nothing of penalties"), (
            text
        )
    fined = ["A city that misses the targets is fined by the Water Board."]
    assert not unsaid_topic(analyze("Is there a penalty for missing the targets?"), fined)
    assert not unsaid_topic(analyze("Is the commitment binding?"), binding)


def test_parts_of_a_place_are_no_numbered_parts_of_a_text() -> None:
    """Near-miss class kept to texts: "which article of the treaty" asks a numbered part;
    "which regions of the globe" asks places, which a sentence may well name."""
    texts = ["The pact was introduced by the River Treaty."]
    assert unnumbered_part(analyze("Which article of the treaty introduced the pact?"), texts)
    world = analyze("Which regions of the globe did the patrols mostly work in?")
    assert unnumbered_part(world, texts) == ""


def test_a_kind_qualified_by_another_things_maker_is_a_no() -> None:
    """Yes/no class: "Is Clearway an Alden Guard patrol?" against a sentence giving the
    Alden Guard's patrol (Orsa Watch) and the Water Board's (Clearway), each in its own
    clause: No. Asked of Orsa Watch, the qualifiers stand in its own clause: no verdict
    from this rule."""
    assert kind_of_another(analyze("Is Clearway an Alden Guard patrol?"), _PATROLS)
    assert not kind_of_another(analyze("Is Orsa Watch an Alden Guard patrol?"), _PATROLS)
    assert not kind_of_another(analyze("Is Clearway a patrol?"), _PATROLS)


def test_how_long_after_and_which_came_first_take_two_dated_sentences() -> None:
    """Timeline class: "How long after X did Y?" is the time between two dated events;
    "Which came first, X or Y?" names the earlier, with both dates and sentences."""
    first = _evidence("The cities first met to discuss the river in 2015.", "[¶2]")
    second = _evidence("In March 2019 the pact was signed in Vienna.", "[¶3]")
    after = analyze("How long after the cities' first meeting was the pact signed?")
    assert pairs_dates(after)
    assert dated_pair(after, [(first, 0.5), (second, 0.5)]) is not None
    reply = from_evidence(after, Decision(True, support=(first, second)), 2)
    assert reply.text.startswith("About four years, from 2015 [¶2] to March 2019 [¶3]"), reply
    order = analyze("Which came first: the signing of the pact or the cities' first meeting?")
    assert order_asked(order) is not None and pairs_dates(order)
    reply = from_evidence(order, Decision(True, support=(second, first)), 2)
    assert reply.text.startswith(
        "The cities' first meeting came first (2015 [¶2]), then the signing of the pact "
        "(March 2019 [¶3])."
    ), reply


def test_which_of_a_counted_set_are_named_only_where_the_sources_count_it() -> None:
    """Near-miss class: "Which 25 states signed?", "the names of all 17 plans" ask every
    one of a set the sources count; "the other sixteen joint plans" the rest of it. A
    count the sources never give is not theirs to refuse on; a count of states is met by
    as many states named."""
    for text in ("Which 25 cities signed the pact?", "What are the names of all 17 plans?"):
        assert _ALL_COUNTED_RE.search(text), text
    m = _ALL_COUNTED_RE.search("Which two scenarios does the report describe?")
    assert m and m.group(2) == "scenarios"
    other = _OTHER_COUNT_RE.search("Name the other sixteen joint plans, please.")
    assert other and other.group(1) == "plans"
    counted = ["Twenty-Five cities have signed the pact."]
    assert _counted_in("25", "cities", counted)
    assert not _counted_in("4", "cities", counted)
    q = analyze("Which 3 countries stay out of the pact?")
    assert _state_modifiers(q) == []


def test_an_acronym_is_spelt_out_only_when_it_is_what_is_asked() -> None:
    """Definition class: "What is the RWB?" opens with what it stands for; "What are
    the two aims of the RWB?" asks the aims, and its answer opens with them."""
    spelt = _evidence("RWB stands for the River Water Board.", "[1]")
    aims = _evidence("The RWB has two aims: cleaner water and safer banks.", "[¶5]")
    decision = Decision(True, support=(aims,))
    asked = definition(
        analyze("What is the RWB?"), decision, 2, ("RWB", "River Water Board", spelt)
    )
    assert asked.text.startswith("RWB stands for River Water Board [1]."), asked
    other = analyze("What are the two aims of the RWB?")
    reply = definition(other, decision, 2, ("RWB", "River Water Board", spelt))
    assert not reply.text.startswith("RWB stands for"), reply


def test_a_list_question_keeps_the_sentences_that_say_its_noun() -> None:
    """List class: "What are the expected benefits of X?" is answered by the sentences
    saying benefits (in the corpus's words, "expected to ensure"), not by those naming
    X only."""
    assert _list_noun("What are the expected benefits of the pact?") == "benefit"
    assert _list_noun("What are the main tasks of the Water Board?") == "task"
    assert _list_noun("What is the process?") == ""
    named = _evidence("In 2019 the cities agreed to create the pact.", "[1]")
    benefits = _evidence("The pact is expected to ensure cleaner water for the cities.", "[¶6]")
    q = analyze("What are the expected benefits of the pact?")
    reply = from_evidence(q, Decision(True, support=(named, benefits)), 2)
    assert reply.text.startswith("The pact is expected to ensure"), reply


def test_a_thing_in_view_closing_a_question_is_no_unknown_word() -> None:
    """Yes/no class: "… before the new pact?" names a thing already in view by the
    reader's own word; "… create a river army?" asks of a thing."""
    assert _closing_word(analyze("Were the cities already cooperating before the new pact?")) == ""
    assert _closing_word(analyze("Will the Water Board create a river army?")) == "army"


def test_that_kind_in_a_second_part_stands_for_the_thing_the_first_found() -> None:
    """Two-part class: "Which treaty set up X, and when was that treaty signed?" asks
    the second part of the treaty the first part found, by its name."""
    later = refers_to_found(
        "Which treaty set up the Water Board?",
        "named",
        "when was that treaty signed?",
        "The River Treaty",
    )
    assert later == "when was the River Treaty signed?"


def test_a_count_of_one_thing_is_not_met_by_a_count_of_another_the_question_names() -> None:
    """Number class: "How many cities signed the roster of joint plans?"
    counts cities; "17 plans" counts the plans the question also names."""
    q = analyze("How many cities signed the roster of joint projects?")
    assert not _counts_asked(q, "The cities have drawn up a first list of 17 projects.")
    assert _counts_asked(q, "Twenty-Five cities have signed the list.")


def test_how_much_progress_asks_how_far_not_an_amount() -> None:
    """Kind class: "how much progress" or "how much headway" asks how far a thing has
    come; "how much does it cost" an amount."""
    assert analyze("How much progress has the Water Board made?").kind != AMOUNT
    assert analyze("How much does the Water Board cost?").kind == AMOUNT


def test_whether_the_notes_addresses_were_checked_is_the_records_to_say(
    fixture_assistant: Assistant,
) -> None:
    """About-the-notes class: "Which of the footnotes' sources have verified
    addresses?" is answered from the record of each document: which were checked."""
    found = fixture_assistant.answer(
        "Which of the footnote sources have verified addresses?", use_llm=False
    )
    assert "checked against the document" in found.text, found.text


def test_a_claim_the_article_is_said_to_make_is_its_content_not_its_card(
    fixture_assistant: Assistant,
) -> None:
    """Yes/no class: "Is it true the article says four cities signed and published the
    rules?" checks what it says; its publishing words are the claim's, not a question of
    who published the article. "Written by A for B?" is checked against the author and
    the publisher both."""
    said = fixture_assistant.answer(
        "Is it true that the article says four cities signed the pact in Vienna and published "
        "common rules?",
        use_llm=False,
    )
    assert "publisher" not in said.text, said.text
    both = fixture_assistant.answer(
        "The article was written by Ada Tester for the Delors Institute — correct?", use_llm=False
    )
    assert both.text.startswith("No:") and "Test Institute for Water Policy" in both.text, both.text
    day = fixture_assistant.answer("On what exact day was the article published?", use_llm=False)
    assert "2020" in day.text, day.text


def test_a_negation_the_claim_and_the_sentence_share_makes_no_negative_question() -> None:
    """Yes/no class: "Did the author say not much has been done?" against "not much has
    been done yet" asks whether the sentence says it: the shared "not much" is taken out
    of both, leaving a positive question the sentence affirms."""
    shared = without_shared_negation(
        "Did the author say not much has been done yet?", "Not much has been done yet [1]."
    )
    assert shared is not None and shared[0] == "Did the author say much has been done yet?"
    assert shared[1].startswith("much has been done yet")
    assert without_shared_negation("Is Dunmore not in the pact?", "Dunmore stayed out.") is None


def test_each_date_asked_is_set_against_the_date_of_its_own_clause() -> None:
    """Yes/no class: "monitor the plants in 2022 and see the results in 2023?" against
    "monitor the plants in 2021 and see the results at the beginning of 2022": each
    date asked meets the date of the clause sharing its words, and differs."""
    text = (
        "It will be important to monitor the three plants in 2021 and see the results of "
        "the work at the beginning of 2022."
    )
    off = analyze(
        "Does the author want to monitor the three plants in 2022 and see the results in 2023?"
    )
    assert dated_otherwise(off, text)
    right = analyze(
        "Does the author want to monitor the three plants in 2021 and see the results in 2022?"
    )
    assert not dated_otherwise(right, text)


def test_checking_forms_put_a_statement_up_as_a_yes_no_question() -> None:
    """Readers' forms: "Am I right that X?", "X — is that what the article says?" and a
    statement saying what a name stands for ("RWB stands for …?") are yes/no questions."""
    for text in (
        "Am I right that Dunmore is one of the cities outside the pact?",
        "The pact was signed in Vienna — is that what the article says?",
        "RWB stands for River Water Board?",
    ):
        assert analyze(text).kind == YESNO, text


def test_only_a_thing_of_several_words_is_checked_word_by_word() -> None:
    """Yes/no class: "detect only the smuggling of people" against "smuggling of goods and
    of people": the sentence joins goods to people: No."""
    q = analyze("Was the plan designed to detect only the dumping of oil?")
    assert only_verdict(q, "It could be used to detect dumping of waste and of oil.") == "no"


def test_an_obligation_asked_against_a_voluntary_sentence_is_opposed() -> None:
    """Yes/no class: "Do cities have to join?" against "cities may join voluntarily": the
    obligation asked is the opposite of what is said; "unnecessary" the opposite of "has
    to be"."""
    assert opposed("Do the cities have to join the pact?", "Cities may voluntarily join the pact.")
    assert opposed(
        "Does the author think the Water Board is unnecessary?",
        "It is clear that the pact has to be supported by the Water Board.",
    )


def test_a_quoted_word_the_article_talks_about_is_asked_to_be_defined() -> None:
    """Near-miss class: 'What are the "hubs" the article talks about?' asks what the word
    means; sentences using it without saying what it is give no definition."""
    q = analyze('What are the "hubs" the article talks about?')
    used = _evidence("The measures include training for “hubs” along the river.")
    found = undefined_term(q, [used])
    assert found is not None and found[0] == "hubs"


def test_what_came_of_a_thing_replaced_is_its_replacement() -> None:
    """Near-miss class: "What came of X?" asks its results; where the sentence says X was
    replaced, that is what came of it; of the thing that replaced it, nothing is said."""
    assert _replaced_here(["Orsa Watch"], _PATROLS)
    assert not _replaced_here(["Clearway"], _PATROLS)


def test_a_reason_asked_of_a_state_needs_a_sentence_naming_the_state(
    fixture_assistant: Assistant,
) -> None:
    """Near-miss class: "Why did Malta stay out?" against a sentence giving the aim of the
    pact at large ("to let Member States join voluntarily") and one naming Malta among
    those out: no reason is given for Malta."""
    ctx = fixture_assistant.context
    aim = _evidence("The pact was created with the aim of letting Member States join voluntarily.")
    out = _evidence("All Member States joined the pact except Malta.", "[¶3]")
    q = analyze("Why did Malta stay out of the pact?")
    decision = decide(q, [(aim, 0.7), (out, 0.6)], ctx, 0.2)
    assert not decision.answerable and "Malta" in decision.reason, decision


def test_is_it_false_that_reverses_the_answer_of_the_claim() -> None:
    """Yes/no class: "Is it false that X?" is Yes when X does not hold: X asked with its
    answer reversed."""
    false = analyze("Is it false that Dunmore joined the pact?")
    true = analyze("Is it true that Dunmore joined the pact?")
    assert false.kind == YESNO and false.negative and not true.negative
    assert false.text == true.text


def test_a_claim_of_all_of_a_set_needs_a_sentence_saying_all(
    fixture_assistant: Assistant,
) -> None:
    """Yes/no class: "Are all of the three plants near the estuary?" against a sentence on
    the three plants that says nothing of each one: no Yes. The side compared against in
    "more cities in than staying out" negates nothing."""
    ctx = fixture_assistant.context
    q = analyze("Are all of the planned plants going to be built near the estuary?")
    plants = _evidence("Building three new treatment plants near the estuary is planned.")
    assert decide(q, [(plants, 0.8)], ctx, 0.2).yes_no != "yes"
    assert not analyze("Are more cities taking part in the pact than staying out of it?").negative


def test_a_list_given_whole_without_the_name_asked_denies_it() -> None:
    """Yes/no class: "Were the Water Board and the River Code among the measures?" where
    the sentence gives the measures whole ("were A, B and C") without the River Code."""
    q = analyze("Were the Water Board and the River Code among the measures taken?")
    listed = _evidence(
        "The measures that were taken were the Water Board, the Sampling Rules and Clearway."
    )
    assert _listed_without(q, ["Code"], [(listed, 0.7)]) is listed
    assert _listed_without(q, ["Code"], [(_evidence("The Water Board was set up."), 0.7)]) is None


def test_a_series_of_questions_is_split_into_each_and_its_kind_ends_at_its_verb() -> None:
    """Two-part class: "Who ran X, what replaced it, and which body ran that?" is three
    questions; "which body ran …" asks a body, "ran" is its verb."""
    q = analyze("Who ran Orsa Watch, what replaced it, and which body ran the replacement?")
    assert q.parts == (
        "Who ran Orsa Watch?",
        "what replaced it?",
        "which body ran the replacement?",
    ), q.parts
    assert "ran" not in analyze("Which body ran Clearway?").counted


def test_who_receives_is_answered_by_the_group_a_sentence_names(
    fixture_assistant: Assistant,
) -> None:
    """Agent class: "Who receives the training?" is answered by the group the sentence
    gives it to ("for river inspectors and city staff"), though it names no one."""
    ctx = fixture_assistant.context
    q = analyze("Who receives the training?")
    said = _evidence("The plan provides training for river inspectors and city staff.")
    assert decide(q, [(said, 0.7)], ctx, 0.2).answerable


def test_a_preference_asked_where_none_is_stated_is_refused() -> None:
    """Near-miss class: "Which of the two measures does the author prefer?" where the
    sentences set the measures out and weigh neither."""
    q = analyze("Which of the two measures does the author prefer?")
    assert unsaid_topic(q, ["Two measures are planned: new plants and training."]) == (
        "they state no preference among them"
    )
    assert not unsaid_topic(q, ["The plants are the better of the two measures."])


def test_a_second_part_saying_the_first_and_more_stands_alone(
    fixture_assistant: Assistant,
) -> None:
    """Two-part class: "Which document is cited in footnote 1, and what is it used for in the
    text?": the second answer repeats the first and adds the sentence it backs; it is
    given once."""
    found = fixture_assistant.answer(
        "Which document is cited in footnote 1, and what is it used for in the text?", use_llm=False
    )
    assert found.text.count("Footnote 1") == 1 and "backs the sentence" in found.text, found.text


def test_a_guess_after_a_question_is_settled_by_its_answer() -> None:
    """Readers' forms: "Who published it, was it a think tank in Vienna?" asks who; the
    guess after it is the reader's, settled by the answer, and asks nothing new. Two
    questions ("What is X? Is it binding?") stay two."""
    assert analyze("who published the report, was it some think tank in Vienna?").text == (
        "Who published the report?"
    )
    assert analyze("What is the pact? Is it binding?").parts == (
        "What is the pact?",
        "Is it binding?",
    )


def test_a_thing_done_all_along_is_denied_by_its_handing_over() -> None:
    """Yes/no class: "Did Alden guard the river by itself the whole time?" against "Alden
    …, with Orsa Watch, … later replaced by a patrol of the Water Board": No."""
    assert _THROUGHOUT_RE.search("Did Alden guard the upper river by itself the whole time?")
    assert _replaced_here(["Alden"], _PATROLS)


def test_what_are_a_plural_word_asks_what_it_means() -> None:
    """Near-miss class: "what are hubs?" (a bare plural) asks what the word means."""
    used = _evidence("The measures include training for “hubs” along the river.")
    found = undefined_term(analyze("what are hubs?"), [used])
    assert found is not None and found[0] == "hubs"
