"""Classes of reader questions met in the fifteenth pass's user trials and tune half,
each tested on sentences written for the tests (the fixture corpus is the invented river
pact); none comes from a gold set.
"""

from __future__ import annotations

from index.types import Chunk, Sentence
from qa.analyze import COUNTRY, NAMED, analyze, clean
from qa.answer import Assistant
from qa.card import card_field
from qa.decide import (
    _asks_asking,
    _dated_by,
    _describes_the_state,
    _rival,
    _runs_a_body,
    _same_succession,
    decide,
    holds_text,
    other_doer,
    other_kind,
    others_asked,
    states_other_value,
    unreported_view,
)
from qa.entities import countries, places, states_negation
from qa.thesaurus import contrasted, opposed
from qa.types import Evidence
from tests.conftest import sentence_evidence as _evidence


def test_a_states_people_name_the_state() -> None:
    """Membership class, everyday names: "the Brits", "the Danes", "the Dutch" name their
    state; a demonym before a noun still names no people ("the Italian navy" is Italy's
    by other rules, not by this list)."""
    assert countries("Who else stayed out besides the Brits?") == {"united kingdom"}
    assert countries("Did the Danes join?") == {"denmark"}
    assert countries("Are the Dutch in?") == {"netherlands"}
    assert countries("Did the poles of the debate meet?") == set()


def test_everyday_ways_of_staying_out_and_taking_part() -> None:
    """Membership class: "sitting this one out", "on the sidelines" say a state stays out;
    "on board", "signed on", "involved" that it takes part; "came out of" and "born out
    of" say where a thing comes from, no exclusion."""
    assert states_negation("Is Dunmore sitting this one out?")
    assert states_negation("Is Dunmore on the sidelines of the pact?")
    assert not states_negation("Did the pact come out of the Vienna meeting?")
    assert not analyze("Was the pact born out of the Vienna meeting?").negative
    assert analyze("Is Dunmore out of the pact?").negative
    assert analyze("Who is on board with the pact?").kind == COUNTRY
    assert analyze("Who signed on to the pact?").kind == COUNTRY


def test_who_else_besides_a_state_asks_for_states() -> None:
    """Besides class: "Who else stayed out besides the UK?" asks for other states, not
    for other things called "stayed"."""
    assert others_asked(analyze("Who else stayed out besides Dunmore?"))[0] == "states"
    assert others_asked(analyze("What other projects besides Brisk Weir?"))[0] == "projects"


def test_the_side_a_question_sets_against_what_it_asks_is_not_asked(
    fixture_assistant: Assistant,
) -> None:
    """Yes/no class, "A rather than B?": a sentence saying the opposite of B affirms A
    ("up to each city rather than forced?" / "join voluntarily"), and B is no word of the
    question a sentence can contradict; without the contrast the same word is asked."""
    said = "Cities join the pact voluntarily and may leave it."
    asked = "Is joining the pact up to each city rather than forced on them?"
    assert contrasted(asked, said)
    assert not opposed(asked, said)
    assert opposed("Is joining the pact forced on the cities?", said)
    ctx = fixture_assistant.context
    decision = decide(analyze(asked), [(_evidence(said), 0.6)], ctx, 0.2)
    assert decision.yes_no == "yes"


def test_a_name_written_before_its_head_has_a_rival_written_after(
    fixture_assistant: Assistant,
) -> None:
    """Yes/no class, another name in the slot: "the Paris Council?" against "the Council
    of Vienna" is denied, as "the Council of Paris?" is."""
    ctx = fixture_assistant.context
    said = _evidence("The pact was set up by the Council of Vienna for four cities.")
    for asked in (
        "Was the pact set up by the Paris Council?",
        "Did the pact come out of the Paris Council?",
        "Was the pact set up by the Council of Paris?",
    ):
        decision = decide(analyze(asked), [(said, 0.6)], ctx, 0.2)
        assert decision.answerable and decision.yes_no == "no", asked


def test_everyday_ways_of_asking_who_published_the_article() -> None:
    """About-the-article class: "Who put this article out?", "which outfit released this
    paper?" ask for the publisher."""
    for asked in ("Who put this article out?", "which outfit released this paper?"):
        assert card_field(analyze(asked)) == "publisher", asked


def test_a_light_head_noun_names_no_kind() -> None:
    """Yes/no class, the kind asked: "Is the Water Board a matter of choice?" asks of the
    choice, so "the Water Board is a monitoring body" is no other kind than a "matter"."""
    said = "The Water Board is a monitoring body of four cities."
    assert not other_kind(analyze("Is the Water Board a matter of choice?"), said)
    assert other_kind(analyze("Is the Water Board a treaty?"), said)


def test_coming_back_and_more_work_are_opposites_of_what_was_said() -> None:
    """Yes/no class, the opposite verb: "did the checks come back?" against "the checks
    disappeared"; "pile more work onto the cities?" against "lighten the load"."""
    assert opposed(
        "Did the checks come back after the pact?", "Since the pact, the checks disappeared."
    )
    assert opposed(
        "Does the pact pile more work onto the cities?",
        "The pact could lighten the load on cities.",
    )
    assert opposed(
        "Do the cities fight pollution by limiting data sharing?",
        "The cities fight pollution by strengthening data sharing.",
    )


def test_swapped_for_is_a_succession_in_the_order_written() -> None:
    """Yes/no class, succession: "Was X swapped for Y?" is "Was X replaced by Y?"."""
    said = "The Orsa Dam was later replaced by Brisk Weir."
    names = ["Orsa Dam", "Brisk Weir"]
    assert _same_succession(analyze("Was the Orsa Dam later swapped for Brisk Weir?"), names, said)
    assert not _same_succession(
        analyze("Was Brisk Weir later swapped for the Orsa Dam?"), names, said
    )


def test_a_region_asked_where_the_sentence_names_another_has_a_rival() -> None:
    """Yes/no class, another value: "the Heart of Europe?" against "in the Sahel region"
    is another region in the same place, as "the Treaty of A" against "of B" is."""
    said = "The cities act mainly along the river and in the Sahel region."
    asked = analyze("Do the cities act mainly in the Heart of Europe?")
    assert _rival(asked, "Heart", said) == "sahel"
    assert _rival(asked, "Europe", said) == "sahel"


def test_where_the_asked_state_lies_describes_it() -> None:
    """Which-state class: "the small northern nation on the Baltic" describes the state
    asked for; "missions in the Baltic" is what the sentence must say."""
    assert _describes_the_state("Baltic", "What small northern nation on the Baltic left?")
    assert _describes_the_state("Baltic", "Which Baltic coastal state stayed out?")
    assert not _describes_the_state("Baltic", "Which states run missions in the Baltic?")


def test_a_place_noun_inside_a_name_places_nothing() -> None:
    """Where class: "Harbour & Maritime Surveillance" is a project's name, not a harbour;
    "through frontline Member States and airports" names places."""
    assert places("One of the projects is on Harbour & Maritime Surveillance (HARMSPRO).") == set()
    found = places("Entry remained possible through frontline Member States and airports.")
    assert {"airports", "frontline member states"} <= found


def test_who_runs_a_body_wants_who_runs_it(fixture_assistant: Assistant) -> None:
    """Who class: "Who runs the Council of Vienna?" asks a person or whoever the sources
    say runs it; a sentence saying what the Council does names no one."""
    ctx = fixture_assistant.context
    asked = analyze("Who runs the Council of Vienna?")
    assert _runs_a_body(asked)
    assert not holds_text(asked, "The Council of Vienna keeps the minutes of the pact.", ctx)
    assert holds_text(asked, "The Council of Vienna is chaired by its president.", ctx)
    assert not _runs_a_body(analyze("Who ran the Orsa Dam?"))


def test_a_quotation_on_something_else_is_no_view_on_what_is_asked(
    fixture_assistant: Assistant,
) -> None:
    """View class: the notes quote the Water Board on nitrate levels; "What does the Water
    Board think of the pact?" asks a view the sources never report."""
    ctx = fixture_assistant.context
    assert unreported_view(analyze("What does the Water Board think of the pact?"), ctx)
    assert not unreported_view(analyze("What does the Water Board say about nitrate?"), ctx)


def test_names_of_things_ask_for_names_and_a_length_is_no_content() -> None:
    """Named class and requests: "What are the names of the treatment plants?" asks for
    names (no unknown attribute "names"); "in two or three sentences" says how long."""
    asked = analyze("What are the names of the treatment plants?")
    assert asked.kind == NAMED
    assert clean("Summarise the article in two or three sentences.") == "Summarise the article."
    assert card_field(analyze("Summarise the article in a few lines.")) == "summary"


def test_a_yes_on_a_date_cites_the_sentence_giving_the_date(
    fixture_assistant: Assistant,
) -> None:
    """Yes/no class, a date asked: "Did the cities sign in March 2019?" rests on the
    sentence before ("In March 2019, the cities met …"), which is cited with the one
    that answers."""
    text = "In March 2019, the four cities met in Vienna. They signed the river pact there."
    first, second = Sentence(0, 45, 4), Sentence(46, len(text), 4)
    chunk = Chunk("c", "article", text, 0, len(text), 4, (first, second))
    dated = Evidence("[¶4]", chunk, first, text[:45], 1.0)
    answering = Evidence("[¶4]", chunk, second, text[46:], 1.0)
    asked = analyze("Did the cities sign the river pact in March 2019?")
    ranked = [(answering, 0.7), (dated, 0.5)]
    assert _dated_by(asked, answering, ranked) == [dated]
    assert _dated_by(analyze("Did the cities sign the river pact?"), answering, ranked) == []


def test_which_missions_asks_for_named_missions() -> None:
    """Named class, plural: "Which missions operate in the Sahel?" asks for missions'
    names, as "Which mission …?" does."""
    assert analyze("Which CSDP missions are operating in the Sahel region?").kind == NAMED
    assert analyze("Which treaties are mentioned?").kind == NAMED


def test_the_other_members_of_a_counted_set(fixture_assistant: Assistant) -> None:
    """Others class: "What are the other treatment plants?" asks the rest of a set the
    sources count ("three new treatment plants") and name none of: refused; "the other
    rules" of a set they never count is not read so."""
    ctx = fixture_assistant.context
    said = _evidence(
        "Two measures are planned: building three new treatment plants near the estuary."
    )
    decision = decide(
        analyze("Can you list the names of the other treatment plants?"), [(said, 0.6)], ctx, 0.2
    )
    assert not decision.answerable and "other plants" in decision.reason, decision.reason


def test_asking_for_something_must_be_said(fixture_assistant: Assistant) -> None:
    """Yes/no class, a speech act: "Did Alden ask for the Water Board to be created?" is
    not affirmed by "the pact created the Water Board" (nobody is said to ask): refused;
    the author's "call for" is her view, not an act, and is not read so."""
    ctx = fixture_assistant.context
    said = _evidence("Alden joined the pact, and the pact created the Water Board.")
    asked = decide(
        analyze("Did Alden ask for the Water Board to be created?"), [(said, 0.6)], ctx, 0.2
    )
    assert not asked.answerable and "asking" in asked.reason, asked.reason
    assert _asks_asking(analyze("Did Alden request help with the Water Board?"))
    assert not _asks_asking(analyze("Does the author call for monitoring the Water Board?"))


def test_sitting_a_thing_out_and_a_seat_for_its_state() -> None:
    """Membership class: "sat the pact out" says a state stayed out, with the pact
    between; a seat of government names its state ("copenhagen" is Denmark), but not
    inside a treaty's name ("the Lisbon Treaty", "the Treaty of Lisbon")."""
    assert states_negation("The UK sat the pact out, didn't it?")
    assert countries("copenhagen stayed out too, didn't it?") == {"denmark"}
    assert countries("Was it introduced by the Lisbon Treaty?") == set()
    assert countries("Was it introduced by the Treaty of Lisbon?") == set()


def test_non_words_are_the_opposite_of_the_word() -> None:
    """Yes/no class, a prefixed negation: "a non-binding pact?" against "a binding pact"
    is its opposite; the question itself asks of a kind, it negates nothing."""
    assert opposed("Is the pact a non-binding commitment?", "Cities join a binding commitment.")
    assert not analyze("Is the pact a non-binding commitment?").negative
    assert analyze("Is the pact not binding?").negative


def test_generic_heads_and_names_make_no_other_kind() -> None:
    """Yes/no class, the kind asked: "a tool of the policy?" against "a mechanism of the
    policy" is no other kind (a tool is any means); "the Treaty of Vienna" inside the
    sentence makes the pact no treaty."""
    said = "The Water Board is a monitoring mechanism set up by the Treaty of Vienna."
    assert not other_kind(analyze("Is the Water Board a tool of the pact?"), said)
    assert other_kind(analyze("Is the Water Board a treaty?"), said)


def test_a_year_within_a_bound_is_no_other_year() -> None:
    """Yes/no class, dates: "in 2021?" against "launched after 2020" is within the bound
    (no denial); against "launched in 2020" it is another year."""
    asked = analyze("Was the yearly report launched in 2021?")
    assert not states_other_value(asked, "Several reports were launched after 2020.")
    assert states_other_value(asked, "The yearly report was launched in 2020.")


def test_a_fund_has_no_body_for_a_rival() -> None:
    """Yes/no class, another name in the slot: "the Orsa Fund?" is a fund; the pact's
    cities in the sentence are no rival of it (no No from them)."""
    said = "Alden, Brisk and Corra signed the pact with the Council of Vienna."
    assert _rival(analyze("Is the pact paid for by the Orsa Fund?"), "Fund", said) == ""


def test_a_statement_with_its_own_verb_and_a_question_mark_is_checked() -> None:
    """Yes/no class, declarative: "After the flood the cities adopted a plan?" is asked
    as whether it is true; a topic with no verb ("Schengen and borders?") is not."""
    assert clean("After the flood the cities adopted a common plan?").startswith("Is it true that")
    assert not clean("The Water Board and the cities?").startswith("Is it true that")


def test_a_seat_and_the_nation_of_its_navy_are_one_doer() -> None:
    """Yes/no class, who did it: "Did Rome run the mission?" against "a mission carried
    out by the Italian Marine" names no other doer."""
    said = "The Orsa mission was carried out by the Italian Marine and later ended."
    assert other_doer(analyze("Did Rome run the Orsa mission?"), said) == ""
    assert other_doer(analyze("Did Madrid run the Orsa mission?"), said)


def test_launched_and_founded_are_the_corpus_word_created() -> None:
    """Date class, a beginning in other words: "When was the pact launched / founded?"
    is searched with the corpus's "create"."""
    assert "create" in analyze("When was the pact launched?").expansions
    assert "create" in analyze("When was the pact founded?").expansions
