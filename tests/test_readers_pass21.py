"""Classes of reader questions met in the twenty-first pass's user trials and tune half,
each tested on sentences written for the tests (invented names, or real state names in
invented sentences); none comes from a gold set.
"""

from __future__ import annotations

from index.text import stem
from qa.alternatives import choice
from qa.analyze import NUMBER, SOURCE, YESNO, analyze, guessed, premise
from qa.answer import Assistant
from qa.conversation import among_found, condense
from qa.decide import (
    _DOER_SUBJECT_RE,
    _SUBJECT_DEED_RE,
    _copular_subject,
    _said_in_other_names,
    other_purpose,
    replaced_by_other,
    sentence_stance,
    unsaid_topic,
)
from qa.entities import states_negation
from qa.respond import Reply, polar_parts
from qa.thesaurus import opposed

_PATROLS = (
    "Since 2010 Alden has been taking over the guarding of the upper river, above all with "
    "Orsa Watch, a patrol run by the Alden Guard that was later replaced by a patrol of the "
    "Water Board called Clearway."
)


def test_states_named_together_must_all_be_in_the_sentence_for_a_verdict() -> None:
    """Yes/no class: "Did A and B both run X?" against a sentence naming only A says
    nothing of B: no Yes (it said Yes). A sentence excepting some states from "all"
    still settles the states it does not list."""
    said = "Orsa Watch was a river patrol run by the Portuguese guard, based in Portugal."
    assert sentence_stance(analyze("Did Portugal and Austria both run Orsa Watch?"), said) is None
    assert sentence_stance(analyze("Did Portugal run Orsa Watch?"), said) is True
    every = "All member states signed the pact except for Austria and Ireland."
    assert sentence_stance(analyze("Did Portugal and Spain sign the pact?"), every) is True


def test_being_out_with_no_object_is_an_exclusion() -> None:
    """Yes/no class: "Is A out too?" asks whether A stays out, as "out of it" does; "out"
    in a verb that does something ("carried out", "set out") is no exclusion."""
    for text in ("Is Alden out too?", "Dunmore is out, right?", "Are both cities out?"):
        assert states_negation(text), text
    for text in (
        "Was the patrol carried out?",
        "Is the plan set out in 2010?",
        "Did they find out?",
    ):
        assert not states_negation(text), text


def test_yes_no_parts_say_which_part_gets_which_answer() -> None:
    """Two-part class: "Is A out, and is B in?" answered Yes and No opens "Yes to the
    first part, no to the second.", not "Yes. No."; the same word for both is said once
    for both."""
    yes, no = Reply("Yes. All cities signed [¶1].", (), direct=True), Reply("No.", (), direct=True)
    mixed = polar_parts([yes, no])
    assert mixed[0].text == "Yes to the first part, no to the second. All cities signed [¶1]."
    assert [r.text for r in polar_parts([yes, Reply("Yes.", (), direct=True)])][0].startswith(
        "Yes to both."
    )
    other = Reply("The pact was signed in 2010 [¶1].", ())
    assert polar_parts([yes, other]) == [yes, other]


def test_it_in_a_second_yes_no_part_is_the_first_parts_subject() -> None:
    """Two-part class: "Is X a Y patrol, and did it replace Z?": "it" is X, the first
    question's subject, not the Y said of it."""
    later = condense([("Is Clearway a Water Board patrol?", "")], "did it replace Orsa Watch?")
    assert later == "did Clearway replace Orsa Watch?"


def test_a_choice_of_two_is_asked_as_one_yes_no_question_per_option() -> None:
    """Choice class: "Was X run by A or by B?", "Which body did Y, A or B?", "Is X
    voluntary or binding?", "four or five cities?": one yes/no question per option; "or
    not", "yes or no" and a verb phrase whose start is unknown offer no choice."""
    by = choice("Was the patrol run by the Water Board or by the Harbour Office?")
    assert by is not None and by.questions == (
        "Was the patrol run by the Water Board?",
        "Was the patrol run by the Harbour Office?",
    )
    which = choice("Which body monitors pollution, the Water Board or the Harbour Office?")
    assert which is not None and which.questions[0] == (
        "Is it true that the Water Board monitors pollution?"
    )
    counts = choice("Did four or five cities sign the pact?")
    assert counts is not None and counts.options == ("four", "five")
    assert counts.questions[1] == "Did five cities sign the pact?"
    for text in (
        "Is the pact binding or not?",
        "the pact is binding, yes or no?",
        "Did Dunmore stay out of the pact or join it?",
        "Why did the patrol end, cost or politics?",
    ):
        assert choice(text) is None, text


def test_the_one_option_the_sources_affirm_is_the_answer(fixture_assistant: Assistant) -> None:
    """Choice class: the option the sources affirm, when they deny or never speak of the
    other, answers first; a refusal of an unknown option says it is never mentioned."""
    got = fixture_assistant.answer(
        "Which body monitors pollution, the Water Board or the Harbour Office?", use_llm=False
    )
    assert got.text.startswith("The Water Board.") and "never mention" in got.text, got.text


def test_whether_a_claim_is_backed_by_a_footnote_is_answered_yes_or_no(
    fixture_assistant: Assistant,
) -> None:
    """Provenance class: "Is the claim that X backed by a footnote?" asks whether a source
    stands behind X: Yes with the note its sentence carries, No when it carries none (it
    said Yes, quoting the sentence)."""
    assert (
        analyze("Is the claim that the pact was signed in Vienna backed by a footnote?").kind
        == SOURCE
    )
    assert analyze("Does the article cite a source for the rule on water quality?").kind == SOURCE
    assert analyze("Does any footnote support the statement about the Water Board?").kind == SOURCE
    assert analyze("Is the pact backed by four cities?").kind == YESNO
    noted = fixture_assistant.answer(
        "Is the claim that the pact was signed in Vienna backed by a footnote?", use_llm=False
    )
    assert noted.text.startswith("Yes.") and "footnote 1" in noted.text, noted.text
    bare = fixture_assistant.answer(
        "Is the rule on water quality backed by a footnote?", use_llm=False
    )
    assert bare.text.startswith("No:") and "cites no source" in bare.text, bare.text


def test_a_guessed_number_after_a_question_gets_yes_or_no(fixture_assistant: Assistant) -> None:
    """Readers' forms: "How many …, was it five?" (comma, dash or question mark before the
    guess) opens with No when the answer states another number, Yes when the guessed one."""
    assert guessed("How many cities signed the pact — was it five?") == "five"
    assert guessed("How many cities signed? Was it four?") == "four"
    no = fixture_assistant.answer("How many cities signed the pact, was it five?", use_llm=False)
    yes = fixture_assistant.answer("How many cities signed the pact — was it four?", use_llm=False)
    assert no.text.startswith("No.") and "four" in no.text, no.text
    assert yes.text.startswith("Yes."), yes.text


def test_how_the_article_opens_and_ends_are_its_first_and_last_paragraphs(
    fixture_assistant: Assistant,
) -> None:
    """About-the-article class: "How does the article begin?", "What does the article say
    first?" and "How does it end?" are the card's opening and closing paragraphs."""
    opens = fixture_assistant.answer("What does the article say first?", use_llm=False)
    assert opens.text.startswith("The article opens:") and "Vienna" in opens.text, opens.text
    ends = fixture_assistant.answer("How does the article end?", use_llm=False)
    assert ends.text.startswith("The article concludes:"), ends.text


def test_a_mention_of_a_thing_no_passage_names_is_a_no(fixture_assistant: Assistant) -> None:
    """Yes/no class: "Does the article mention any funding for X?" asks of funding, a word
    no passage uses: No, though X is named (it said Yes, quoting X's sentence)."""
    got = fixture_assistant.answer(
        "Does the article mention any funding for the treatment plants?", use_llm=False
    )
    assert got.text.startswith("No") and "funding" in got.text, got.text


def test_which_one_came_first_is_refused_where_no_order_is_given(
    fixture_assistant: Assistant,
) -> None:
    """Near-miss class: "Which was the first city to join?" where the sources name the
    members but no order among them."""
    got = fixture_assistant.answer("Which was the first city that joined the pact?", use_llm=False)
    assert got.refused and "first" in got.text, got.text


def test_the_doer_asked_is_denied_by_a_sentence_naming_another_as_its_subject() -> None:
    """Yes/no class: "Was it X that did Y?" (X a name the sources never use, nothing else
    named) against "Z did Y": the deed is another's; a sentence without a doer of its
    own denies nothing."""
    q = analyze("Was it the Harbour Office that voiced the wish to clean the river in 2019?")
    assert _DOER_SUBJECT_RE.match(q.text) is not None
    said = _SUBJECT_DEED_RE.search("In 2019, the Member Cities expressed their will to clean it.")
    assert said is not None and said.group("doer") == "Member Cities"
    assert _SUBJECT_DEED_RE.search("One of the projects proposed is on cleaning.") is None


def test_a_successor_asked_is_checked_against_the_one_the_sentence_names() -> None:
    """Yes/no class: "Was X replaced by an A guard patrol?" against "X was later replaced
    by a patrol of the Water Board called Clearway": another successor, a No."""
    said = _PATROLS
    assert replaced_by_other(analyze("Was Orsa Watch replaced by a Dunmore guard patrol?"), said)
    assert not replaced_by_other(analyze("Was Orsa Watch replaced by Clearway?"), said)
    assert not replaced_by_other(analyze("Was Orsa Watch replaced by a Water Board patrol?"), said)


def test_certainty_fewer_and_much_asked_against_their_opposites() -> None:
    """Yes/no class: "certainly adopted?" / "likely to be adopted", "less protection?" /
    "more protection", "a great deal achieved?" / "not much has been done": opposites."""
    assert opposed("Will the plants certainly be built?", "The plants are likely to be built.")
    assert opposed("Does it give less protection?", "It gives more protection to citizens.")
    assert opposed("Has a great deal been achieved?", "Not much has been done yet.")


def test_readers_word_orders_and_frames() -> None:
    """Readers' forms: "X is what exactly?", "what means X?", "how much cities …", "My
    draft says X. Is that accurate?", "X, yes or no?"."""
    assert analyze("pact is what exactly?").text == "What is pact?"
    assert analyze("what means Orsa?").text == "What does Orsa mean?"
    assert analyze("how much cities signed the pact").kind == NUMBER
    draft = analyze("My draft says Dunmore joined the pact in 2019. Is that accurate?")
    assert draft.kind == YESNO and draft.text.startswith("Is it true that Dunmore joined"), draft
    tagged = analyze("the board can detect nitrates, yes or no?")
    assert tagged.kind == YESNO and "yes" not in tagged.terms, tagged


def test_no_module_name_silently_replaced_in_decide() -> None:
    """The two word lists of determiners and of light heads serve different rules under
    different names (one used to replace the other)."""
    from qa import decide

    assert "my" in decide._DETERMINERS and "my" not in decide._NOUN_DETERMINERS
    assert stem("number") in decide._SLOT_LIGHT_HEADS


def test_a_why_question_whose_premise_the_sources_deny_says_so(
    fixture_assistant: Assistant,
) -> None:
    """False-premise class: "Why did Dunmore join the pact?" where the sources say it
    stayed out is refused, saying they say otherwise, with the sentence (it said only
    that they give no reason, as if Dunmore had joined)."""
    assert premise("Why did Dunmore join the pact?") == "Did Dunmore join the pact?"
    assert premise("Why didn't Dunmore join?") == ""
    got = fixture_assistant.answer("Why did Dunmore join the pact?", use_llm=False)
    assert got.refused and "they say otherwise" in got.text and "Dunmore" in got.text, got.text


def test_a_section_named_by_its_heading_is_its_paragraphs(fixture_assistant: Assistant) -> None:
    """About-the-article class: "What does the section 'X' cover?" is each of its
    paragraphs, opened; "What does the section on X say about Y?" asks for content."""
    got = fixture_assistant.answer(
        "What does the section Members of the pact cover?", use_llm=False
    )
    assert got.text.startswith("The section “Members of the pact”"), got.text
    assert "Dunmore" in got.text and "Water Board" in got.text, got.text


def test_page_numbers_the_sources_never_give_are_refused() -> None:
    """Near-miss class: "On which page of the report …?" where no passage gives a page."""
    q = analyze("On which page of the founding minutes is the pact described?")
    assert unsaid_topic(q, ["The minutes of the founding meeting describe the pact."])
    assert not unsaid_topic(q, ["The minutes (p. 4) describe the pact."])


def test_whether_the_notes_addresses_were_verified_is_a_yes_no_on_all_of_them(
    fixture_assistant: Assistant,
) -> None:
    """About-the-notes class: "Have the addresses of the footnoted documents been
    verified?" asks of every note: No when the record checked none, said first."""
    got = fixture_assistant.answer(
        "Have the web addresses given for the footnoted documents been verified?", use_llm=False
    )
    assert got.text.startswith(("No:", "Only in part.")), got.text


def test_a_question_about_a_section_holds_no_view_of_its_own() -> None:
    """Near-miss guard: "What does the section on X say about Y?" asks what a text says;
    a section, like a note, holds no view to be unreported."""
    from qa.decide import _TEXT_NOUNS

    assert {"section", "part", "heading"} <= _TEXT_NOUNS


def test_choices_offered_in_other_shapes() -> None:
    """Choice class: "an X or a Y" (the first from its article), "goods, or only people"
    (from the word repeated), "A, B, or both?", and a wh-question's options after it
    ("How many signed, four or five?"), answered without them."""
    article = choice("Is the board a monitoring body or a river patrol?")
    assert article is not None and article.options == ("a monitoring body", "a river patrol")
    repeated = choice("Does the board check nitrates in wells, or only nitrates in the river?")
    assert repeated is not None and repeated.options[0] == "nitrates in wells"
    both = choice("Does the board watch the river, the estuary, or both?")
    assert both is not None and both.options == ("the river", "the estuary")
    wh = choice("How many cities signed the pact, four or five?")
    assert wh is not None and wh.asked == "How many cities signed the pact?"
    assert wh.options == ("four", "five") and not wh.questions


def test_a_wh_question_with_options_names_the_one_its_answer_states(
    fixture_assistant: Assistant,
) -> None:
    """Choice class: "How many cities signed the pact, four or five?" is answered as asked
    without its options, then the option the answer states opens it."""
    got = fixture_assistant.answer("How many cities signed the pact, four or five?", use_llm=False)
    assert got.text.startswith("Four."), got.text


def test_a_guessed_month_is_checked_as_finely_as_given(fixture_assistant: Assistant) -> None:
    """Readers' forms: "When was it signed — was it May 2019?" against "in March 2019": a
    No, though the year is the same; a guess after "In which year …" is read too."""
    got = fixture_assistant.answer(
        "When was the river pact signed — was it May 2019?", use_llm=False
    )
    assert got.text.startswith("No."), got.text
    assert guessed("In which year was the pact signed — was it 2019?") == "2019"


def test_negative_and_bare_tagged_forms_typed_in_haste() -> None:
    """Readers' forms: "cant …" asks as "can …" does; a statement of four words or more
    ending in "right"/"yeah" is put up for checking whatever its verb."""
    q = analyze("cant you still reach the estuary thru the canal")
    assert q.kind == YESNO and not q.negative and "through" in q.text, q
    tagged = analyze("the board checks nitrates every month right")
    assert tagged.kind == YESNO and tagged.text.startswith("Is it true that"), tagged
    assert analyze("what is on the right").kind != YESNO


def test_keeping_a_thing_out_is_an_exclusion() -> None:
    """Yes/no class: "Did the pact keep the cities out of it?" denies taking part, with
    what is kept out standing between "keep" and "out"."""
    assert states_negation("Did the pact keep the northern cities out of the scheme?")
    assert not states_negation("Did the pact keep the river clean?")


def test_what_a_sentence_says_of_another_thing_is_no_verdict_on_the_subject() -> None:
    """Yes/no class: "Is PACT a Water Board patrol?" against a sentence on a Water Board
    patrol that never names PACT says nothing of PACT (it said Yes)."""
    assert _copular_subject(analyze("Is Clearway a Water Board patrol?")) == "Clearway"
    assert _copular_subject(analyze("Is it true that Clearway is a patrol?")) == "Clearway"
    assert _copular_subject(analyze("Did Clearway replace Orsa Watch?")) == ""


def test_a_mention_question_reads_the_thing_not_its_frame() -> None:
    """Yes/no class: "Is X mentioned anywhere?", "any mention of the point that …": the
    frame's words ("anywhere", "point") are no thing asked of."""
    from qa.decide import _MENTION_FRAME

    assert {stem("anywhere"), stem("point")} <= _MENTION_FRAME
    cited = analyze("Does the article cite anything for the point that four cities signed?")
    assert cited.kind == SOURCE


def test_them_in_a_second_part_is_the_things_the_first_part_asks_for() -> None:
    """Two-part class: "Which cities stayed out of the pact, and is Dunmore one of them?"
    asks whether Dunmore is one of the cities that stayed out (it was asked whether
    Dunmore is among the members, and said No)."""
    later = among_found("Which cities stayed out of the pact?", "is Dunmore one of them?")
    assert later == "is Dunmore one of the cities that stayed out of the pact?"
    assert among_found("What is the pact?", "is Dunmore one of them?") is None


def test_a_purpose_asked_against_a_sentence_stating_others_is_a_no() -> None:
    """Yes/no class: "Is the main aim of the board to stop fishing?" against "the aim is to
    check water quality, with the main objective of clean drinking water": the question's
    purpose shares no word with any the sentence states (it said Yes)."""
    said = (
        "The aim is to check water quality along the river, with the main objective of "
        "keeping drinking water clean."
    )
    assert other_purpose(analyze("Is the main aim of the board to stop fishing?"), said)
    assert not other_purpose(analyze("Is the aim of the board to check water quality?"), said)


def test_two_whole_questions_set_against_each_other_are_one_choice() -> None:
    """Choice class: "Must the cities sign, or may each choose?" offers two whole
    questions: the first's Yes or No answers it."""
    got = choice("Must the cities sign, or may each choose?")
    assert got is not None and got.clauses
    assert got.questions == ("Must the cities sign?", "may each choose?")


def test_a_mentioned_thing_needs_its_own_words_beside_its_names(
    fixture_assistant: Assistant,
) -> None:
    """Yes/no class: "Does the article name any treatment plant in Vienna?" asks of a plant
    in Vienna; a sentence naming Vienna alone does not mention one (it said Yes)."""
    got = fixture_assistant.answer(
        "Does the article name any specific inspector in Vienna?", use_llm=False
    )
    assert not got.text.startswith("Yes"), got.text


def test_a_sentence_joining_clauses_with_and_is_no_list_to_count() -> None:
    """Claim checks (careless writer, number kind): a sentence of clauses joined by "and",
    with no comma, lists nothing, so "four" for the two options announced before it is
    not a count the passage vouches for (a careless "four" got through in a stress run);
    "A, B and C" is still three."""
    from qa.verify import _listed_counts

    joined = (
        "Working with the river guard and the city boards to improve the banks and the locks "
        "with the aim of cutting dumping and stopping leaks and thus saving more fish."
    )
    assert not _listed_counts(joined)
    assert 3.0 in _listed_counts("The members are Alden, Brisk and Corra.")


def test_words_asked_that_stand_only_inside_another_name_are_not_said() -> None:
    """Yes/no class: "Is Clearway a river guard force?" against a sentence listing
    Clearway beside "the Upper River Guard Regulation" and saying "river" elsewhere: "guard"
    stands only inside that name, "force" nowhere, so the sentence says no guard force of
    anything (a trial found it said Yes)."""
    said = (
        "The main steps were Clearway, the Water Plan and the Upper River Guard Regulation, "
        "taken along the river."
    )
    assert _said_in_other_names(analyze("Is Clearway a river guard force?"), said)
    assert not _said_in_other_names(analyze("Is Clearway one of the main steps?"), said)
