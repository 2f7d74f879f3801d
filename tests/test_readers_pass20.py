"""Classes of reader questions met in the twentieth pass's user trials and tune half,
each tested on sentences written for the tests (the fixture corpus is the invented river
pact); none comes from a gold set.
"""

from __future__ import annotations

from qa.analyze import YESNO, analyze
from qa.decide import (
    _ALL_COUNTED_RE,
    _OTHER_COUNT_RE,
    Decision,
    _closing_word,
    _counted_in,
    _state_modifiers,
    dated_pair,
    kind_of_another,
    only_verdict,
    order_asked,
    pairs_dates,
    sanctions_unsaid,
    unnumbered_part,
)
from qa.respond import _list_noun, definition, from_evidence
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
        assert sanctions_unsaid(analyze(text), binding), text
    fined = ["A city that misses the targets is fined by the Water Board."]
    assert not sanctions_unsaid(analyze("Is there a penalty for missing the targets?"), fined)
    assert not sanctions_unsaid(analyze("Is the commitment binding?"), binding)


def test_parts_of_a_place_are_no_numbered_parts_of_a_text() -> None:
    """Near-miss class kept to texts: "which article of the treaty" asks a numbered part;
    "which parts of the world" asks places, which a sentence may well name."""
    texts = ["The pact was introduced by the River Treaty."]
    assert unnumbered_part(analyze("Which article of the treaty introduced the pact?"), texts)
    world = analyze("Which parts of the world did the patrols mainly cover?")
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
    other = _OTHER_COUNT_RE.search("What are the names of the other sixteen joint plans?")
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
