"""Question analysis, typed values, answerability from evidence and direct answers.

The sentences here are written for the tests (the fixture corpus is the invented river
pact); none comes from a gold set.
"""

from __future__ import annotations

import pytest

from index.types import Chunk, Sentence
from qa.analyze import YESNO, analyze, clean, split_parts
from qa.answer import Assistant
from qa.card import card_answer, notes_by_number
from qa.conversation import condense, needs_context
from qa.decide import (
    Decision,
    _rival,
    decide,
    first_in_succession,
    unknown_attribute,
    unknown_names,
)
from qa.entities import (
    Aliases,
    Day,
    countries,
    dates,
    names,
    numbers,
    spoken_years,
    states_negation,
    year_parts,
)
from qa.respond import provenance
from qa.thesaurus import opposed
from qa.types import Evidence
from tests.conftest import sentence_evidence as _evidence


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("When was the Water Board founded?", "date"),
        ("In what year did the ferry stop running?", "date"),
        ("How many stations does the board use?", "number"),
        ("How much does the treatment plant cost?", "amount"),
        ("What is the annual budget of the board?", "amount"),
        ("Who runs the board?", "agent"),
        ("Who is the director of the Water Board?", "person"),
        ("Why was the pact signed?", "reason"),
        ("On what exact date did the board meet?", "date"),
        ("Which precise year was the pact signed in?", "date"),
        ("Where does the board measure nitrate?", "place"),
        ("Which countries stayed out of the treaty?", "country"),
        ("Did Dunmore join the pact?", "yesno"),
        ("Isn't the board independent?", "yesno"),
        ("What does OVA stand for?", "expansion"),
        ("Which agency replaced the ferry service?", "named"),
        ("What is the river pact?", "definition"),
        ("Through which measures do the cities get more from their water spending?", "other"),
        ("What budget does the Water Board have?", "amount"),
        ("What is done at the stations where the board tests the water?", "other"),
        ("What did the towns who signed the pact promise?", "other"),
        ("why does the estuary even come up??", "other"),  # what the text says of it
        ("Why does the article mention Dunmore?", "other"),
        ("What does the author say about the estuary?", "other"),  # the author is no answer
    ],
)
def test_the_expected_answer_type_is_read_from_the_question(question: str, kind: str) -> None:
    assert analyze(question).kind == kind


def test_openers_and_two_part_questions() -> None:
    assert clean("quick q: how many stations are there?") == "How many stations are there?"
    assert clean("Can you tell me who runs the board?") == "Who runs the board?"
    assert clean("so what's the pact about") == "What's the pact about"
    assert split_parts("Who signed the pact, and when did the board start?") == (
        "Who signed the pact?",
        "when did the board start?",
    )
    assert split_parts("Which cities joined and stayed?") == ()


def test_values_are_compared_in_normal_form() -> None:
    assert numbers("Twenty-Five cities") == numbers("25 cities") == {25.0}
    assert numbers("one hundred and two") == {102.0}
    assert numbers("one of the cities") == set()  # "one of" is no count
    assert dates("13/11/2017") == dates("13 November 2017") == [Day(2017, 11, 13)]
    assert Day(2017).within(Day(2017, 11, 13)) and not Day(2018).within(Day(2017, 11, 13))
    assert Day(2018).given_by(Day(2018, 11)) and not Day(2018, 11).given_by(Day(2018))
    assert countries("the UK and Britain, Czechia") == {"united kingdom", "czech republic"}
    aliases = Aliases.of(["The Orsa Valley Authority (OVA) meets yearly."])
    assert aliases.expansions("OVA") == ["Orsa Valley Authority"]
    assert states_negation("Dunmore stayed out of it") and states_negation("except Malta")
    assert not states_negation("a mission carried out by the navy")


@pytest.mark.parametrize(
    "question",
    [
        "When did the treatment plants open?",  # named, but no date is given for them
        "Who chairs the Water Board?",  # a person is asked; none is named
        "How much did the new treatment plants cost?",  # no amount anywhere
        "Why did Dunmore stay out of the pact?",  # the sources give no reason
        "What is the population of Alden?",  # an attribute the corpus never mentions
        "Where is the Water Board headquartered?",  # asked in words the sources never use
    ],
)
def test_near_misses_are_refused_with_what_the_sources_do_say(
    fixture_assistant: Assistant, question: str
) -> None:
    answer = fixture_assistant.answer(question)
    assert answer.refused and answer.mode == "refusal"
    assert answer.text.startswith("The sources do not say")
    if answer.citations:  # the closest sentence about the subject, quoted and cited
        assert "What they say about it" in answer.text
        assert all(c.label in answer.text for c in answer.citations)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How many stations does the Water Board check nitrate at?", "twelve"),
        ("In which month and year was the river pact signed?", "March 2019"),
        ("Which city hosted the signing of the pact?", "Vienna"),
    ],
)
def test_typed_questions_get_the_sentence_holding_the_type(
    fixture_assistant: Assistant, question: str, expected: str
) -> None:
    answer = fixture_assistant.answer(question)
    assert not answer.refused and expected in answer.text and answer.direct


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Did Dunmore join the river pact?", "No."),
        ("Did Brisk join the river pact?", "Yes."),
        ("Did Dunmore stay out of the river pact?", "Yes."),
    ],
)
def test_yes_no_questions_get_yes_or_no(
    fixture_assistant: Assistant, question: str, lead: str
) -> None:
    answer = fixture_assistant.answer(question)
    assert answer.text.startswith(lead), answer.text
    assert answer.direct and answer.citations


def test_a_list_question_gets_every_item(fixture_assistant: Assistant) -> None:
    answer = fixture_assistant.answer("What measures are planned next?")
    assert "treatment plants" in answer.text and "Training inspectors" in answer.text


def test_questions_about_the_article_are_answered_from_its_card(
    fixture_assistant: Assistant,
) -> None:
    author = fixture_assistant.answer("Who wrote this article?")
    assert "Ada Tester" in author.text and author.mode == "card"
    note = fixture_assistant.answer("What does footnote 1 cite?")
    assert "Minutes of the founding meeting" in note.text and "[1]" in note.text
    assert note.citations[0].footnote == 1
    other = fixture_assistant.answer("What does footnote 2 cite?")
    assert "the note quotes: “The Water Board checks nitrate levels every month” [2]" in other.text
    publisher = fixture_assistant.answer("Was this article published by the Council of Vienna?")
    assert publisher.text.startswith("No") and "Test Institute" in publisher.text


def test_two_part_questions_answer_both_parts(fixture_assistant: Assistant) -> None:
    answer = fixture_assistant.answer(
        "Where was the river pact signed, and how often does the Water Board check nitrate?"
    )
    assert "Vienna" in answer.text and "every month" in answer.text
    assert answer.question_type == "two_part"


def test_a_yes_no_verdict_needs_the_subject_and_the_count(fixture_assistant: Assistant) -> None:
    """No Yes from a sentence that lacks the question's own name or number; a sentence
    stating another count or year for the same thing denies it."""
    counted = fixture_assistant.answer("Did five cities sign the river pact?")
    assert counted.text.startswith("No.") and "four cities" in counted.text, counted.text
    dated = fixture_assistant.answer("Was the river pact signed in 2016?")
    assert dated.text.startswith("No.") and "2019" in dated.text, dated.text
    absent = fixture_assistant.answer("Is the Water Board part of the Orsa ferry service?")
    assert not absent.text.startswith("Yes"), absent.text


def test_header_lines_are_never_evidence(fixture_assistant: Assistant) -> None:
    answer = fixture_assistant.answer("When will the treatment plants be finished?")
    assert "date:" not in answer.text and "publisher:" not in answer.text
    author = fixture_assistant.answer("Who wrote this?")
    assert author.citations[0].sentence.startswith("author:")


def test_a_follow_up_carries_the_asked_noun_not_the_polarity() -> None:
    from qa.conversation import condense

    asked = condense(
        [("Which member cities stayed out of the pact?", "")], "and which ones joined?"
    )
    assert "member cities" in asked and "stayed" not in asked and "out" not in asked.split()
    assert asked.startswith("and which member cities joined?")  # the noun where "ones" was


def test_a_reporting_frame_is_not_searched_for() -> None:
    q = analyze("What does the article say about treatment plants?")
    assert q.query == "What treatment plants?"
    assert "articl" not in q.terms and "say" not in q.terms
    q = analyze("According to the author, who monitors pollution?")
    assert q.query == "Who monitors pollution?" and q.kind == "agent"
    assert analyze("Who monitors pollution?").query == "Who monitors pollution?"


def test_a_which_question_prefers_the_sentence_naming_such_a_thing(
    fixture_assistant: Assistant,
) -> None:
    """Named class: "Which board …" (its -s word a verb, so one name) leads with the
    name the sentence gives the board, then the sentence."""
    reply = fixture_assistant.answer("Which board watches the river's pollution?", use_llm=False)
    assert reply.text.startswith("The Water Board [2]. The pact created the Water Board"), (
        reply.text
    )
    assert "Alden" not in reply.text


def test_a_sentence_holding_every_known_word_is_close_enough(
    fixture_assistant: Assistant,
) -> None:
    """A misspelt chatty question still finds the one sentence with its rare word."""
    reply = fixture_assistant.answer("wat does the text say abt inspectors", use_llm=False)
    assert not reply.refused and "Training inspectors" in reply.text, reply.text


def test_a_close_negated_sentence_answers_no_an_unrelated_affirmation_does_not(
    fixture_assistant: Assistant,
) -> None:
    """Yes/no class: a denial in other words settles "No"; an affirmation that shares few
    of the question's words settles nothing."""
    ctx = fixture_assistant.context
    q = analyze("Has the water board already finished a great deal of work?")
    denial = _evidence("The water board is still new and not much work has been finished yet.")
    assert decide(q, [(denial, 0.72)], ctx, 0.2).yes_no == "no"
    # "a great deal" / "not much" are opposites, which settle it at any distance; a
    # question the denial shares no predicate with gets no verdict from it
    assert decide(q, [(denial, 0.5)], ctx, 0.2).yes_no == "no"
    q = analyze("Has the water board made progress?")
    assert decide(q, [(denial, 0.5)], ctx, 0.2).yes_no == ""
    q = analyze("Is the board paid for by the estuary fishermen?")
    other = _evidence("The water board publishes a yearly report.")
    assert decide(q, [(other, 0.72)], ctx, 0.2).yes_no == ""


def test_a_seat_of_government_stands_for_what_it_governs(real_assistant: Assistant) -> None:
    """Near-miss class guard: "Brussels" for the EU is not a name the sources never use;
    a seat whose state the sources never name still is."""
    ctx = real_assistant.context
    assert unknown_names(analyze("What did Brussels decide on border guards?"), ctx) == []
    assert unknown_names(analyze("What did Ankara decide on border guards?"), ctx) == ["Ankara"]


def test_a_yes_no_verdict_weighs_the_rare_words_of_the_question(
    real_assistant: Assistant,
) -> None:
    """Sharing the corpus's common words ("PESCO", "member states": two thirds of the
    question's words) is not sharing what is asked ("mandatory"): no verdict."""
    ctx = real_assistant.context
    q = analyze("Is taking part in PESCO mandatory for the member states?")
    other = _evidence("Member States take part in PESCO with their own forces.")
    assert decide(q, [(other, 0.72)], ctx, 0.2).yes_no == ""
    # "by their own choice" says the opposite of "mandatory": it denies it
    chosen = _evidence("Member States take part in PESCO by their own choice.")
    assert decide(q, [(chosen, 0.72)], ctx, 0.2).yes_no == "no"
    same = _evidence("Taking part in PESCO is mandatory for the Member States.")
    assert decide(q, [(same, 0.72)], ctx, 0.2).yes_no == "yes"


def test_a_state_question_is_settled_by_the_sentence_listing_states(
    real_assistant: Assistant,
) -> None:
    """Yes/no class: an "all … except" sentence settles a state it does not name, even when
    a sentence sharing more words ranks above it."""
    reply = real_assistant.answer(
        "Going by the text, is Portugal a participant in the permanent structured cooperation?",
        use_llm=False,
    )
    assert reply.text.startswith("Yes.") and "except" in reply.text, reply.text


@pytest.mark.parametrize(
    ("question", "kind", "text"),
    [
        (
            "According to the article, why was the pact signed?",
            "reason",
            "Why was the pact signed?",
        ),
        ("Going by the text: who runs the board?", "agent", "Who runs the board?"),
        ("who runs the board acc to this", "agent", "Who runs the board"),
        (
            "Is the board independent, according to the article?",
            "yesno",
            "Is the board independent?",
        ),
        ("What do cities promise when they join the pact?", "other", None),
        ("Which board was set up when the pact was signed?", "named", None),
        ("When did the board start?", "date", None),
    ],
)
def test_an_attribution_or_an_embedded_when_does_not_set_the_type(
    question: str, kind: str, text: str | None
) -> None:
    q = analyze(question)
    assert q.kind == kind
    assert q.text == (text or question)


def test_a_question_about_what_a_note_says_is_not_a_card_question(
    fixture_assistant: Assistant,
) -> None:
    card = fixture_assistant.answer("Which footnote cites the Council of Vienna?", use_llm=False)
    assert card.mode == "card", card.text
    content = fixture_assistant.answer(
        "According to footnote 2, how often does the board check nitrate levels?", use_llm=False
    )
    assert content.mode != "card" and "every month" in content.text, content.text


def test_a_timeline_gives_the_dated_sentences_in_date_order(real_assistant: Assistant) -> None:
    """Timeline class: every dated sentence found, ordered by its date, none undated."""
    reply = real_assistant.answer(
        "Give me the chronology, from the refugee crisis to the review of the PESCO projects.",
        use_llm=False,
    )
    text = reply.text
    positions = [text.find(y) for y in ("2015", "2017", "2018", "2019")]
    assert -1 not in positions and positions == sorted(positions), text
    assert all(dates(c.text) for c in reply.citations), [c.text for c in reply.citations]


def test_a_footnote_is_given_in_its_own_words_too(real_assistant: Assistant) -> None:
    note = real_assistant.answer("What does footnote 1 cite?", use_llm=False)
    assert note.text.startswith("Footnote 1, “Foreign Affairs Council, 13/11/2017”, cites “")


def test_a_yes_no_question_about_the_only_one_or_about_two_things(
    fixture_assistant: Assistant,
) -> None:
    """Yes/no class: "the only X" against "one of the X" is No; a question that offers two
    predicates ("running or only planned?") asks which, and gets no Yes/No; a trait of
    what came after a succession ("A, later replaced by B's mission") is not A's, while a
    question about the succession itself is settled by the order of its names."""
    ctx = fixture_assistant.context
    q = analyze("Is the Orsa survey the only project the Water Board runs?")
    one_of = _evidence("One of the projects the Water Board runs is the Orsa survey.")
    assert decide(q, [(one_of, 0.6)], ctx, 0.2).yes_no == "no"
    q = analyze("Is the Orsa survey running already or only planned?")
    running = _evidence("The Orsa survey is running already.")
    assert decide(q, [(running, 0.7)], ctx, 0.2).yes_no == ""
    assert (
        decide(
            analyze("Is the Orsa survey running already or not?"), [(running, 0.7)], ctx, 0.2
        ).yes_no
        == "yes"
    )
    q = analyze("Was the Orsa ferry a Water Board service?")
    replaced = _evidence(
        "The Orsa ferry, a service run by the city of Alden, was later replaced by a "
        "Water Board service called Riverlink."
    )
    assert decide(q, [(replaced, 0.7)], ctx, 0.2).yes_no == "no"
    for question, verdict in (
        ("Was the Orsa ferry replaced by a Water Board service?", "yes"),
        ("Did a Water Board service replace the Orsa ferry?", "yes"),
        ("Did the Orsa ferry replace a Water Board service?", "no"),
        ("Did a Water Board service come after the Orsa ferry?", "yes"),  # in other words
        ("Did the Orsa ferry come before the Water Board service?", "yes"),
        ("Did the Orsa ferry follow the Water Board service?", "no"),
        ("Did a Water Board service precede the Orsa ferry?", "no"),
    ):
        assert decide(analyze(question), [(replaced, 0.7)], ctx, 0.2).yes_no == verdict


def test_a_question_about_all_of_something_against_a_sentence_excepting_some(
    fixture_assistant: Assistant,
) -> None:
    """Yes/no class: "all"/"every" against "almost all …, except …" is No; a question that
    names the exception itself is not."""
    ctx = fixture_assistant.context
    most = _evidence("Almost all riverside cities signed the river pact, except Dunmore.")
    for question, verdict in (
        ("Did every riverside city sign the river pact?", "no"),
        ("Did all riverside cities sign the river pact?", "no"),
        ("Did all riverside cities except Dunmore sign the river pact?", "yes"),
    ):
        assert decide(analyze(question), [(most, 0.7)], ctx, 0.2).yes_no == verdict


def test_a_footnote_entry_is_no_answer_to_a_question_about_the_subject(
    fixture_assistant: Assistant,
) -> None:
    """Typed class: a note's date is the cited document's date, not the fact asked."""
    reply = fixture_assistant.answer("When did the Water Board publish its first yearly report?")
    assert "Minutes of the founding meeting" not in reply.text.split("What they say")[0]


def test_a_who_question_takes_the_name_from_the_sentence_referred_back_to() -> None:
    """Typed class: "This agency coordinates…" names its agency the sentence before; the
    answer shows that sentence first. "It is clear that…" refers to nothing."""
    from qa.select import antecedent

    text = "Frontex is the EU border agency. This agency coordinates joint operations."
    first = Sentence(0, 32, 4)
    second = Sentence(33, len(text), 4)
    chunk = Chunk("c", "article", text, 0, len(text), 4, (first, second))
    ev = Evidence("[¶4]", chunk, second, text[33:], 1.0)
    before = antecedent(ev)
    assert before is not None and before.text.startswith("Frontex")
    expletive = "Frontex is busy. It is clear that borders matter."
    chunk = Chunk(
        "d", "article", expletive, 0, len(expletive), 4, (first, Sentence(17, len(expletive), 4))
    )
    ev = Evidence("[¶4]", chunk, chunk.sentences[1], expletive[17:], 1.0)
    assert antecedent(ev) is None
    assert not analyze("Which organisation is tasked with joint operations?").wants_list
    assert analyze("Which organisations are tasked with joint operations?").wants_list


@pytest.mark.parametrize(
    ("question", "refused"),
    [
        ("What is Ada Tester's job at the institute?", True),
        ("Where does the writer work?", True),
        ("What is the nationality of the author?", True),
        ("What role does the author see for the Water Board?", False),
        ("How does the writer see the Water Board's role?", False),  # the Board's role
        ("Who wrote this article?", False),
    ],
)
def test_a_personal_detail_of_the_author_is_refused_with_the_name_the_card_gives(
    fixture_assistant: Assistant, question: str, refused: bool
) -> None:
    """Near-miss class: the card knows the author's name, never a job or an age."""
    reply = fixture_assistant.answer(question, use_llm=False)
    assert reply.refused == refused, reply.text
    if refused:
        assert "Ada Tester" in reply.text and reply.citations


def test_a_question_about_content_the_article_sets_out_is_no_question_about_its_aim() -> None:
    from qa.card import card_field

    assert card_field(analyze("What does the article set out to do?")) == "aim"
    content = analyze("Give the steps the article sets out for the river pact and their dates")
    assert card_field(content) == ""


def test_a_name_the_corpus_writes_in_capitals_anchors_in_lower_case(
    real_assistant: Assistant,
) -> None:
    from qa.decide import _anchors

    ctx = real_assistant.context
    assert "frontex" in ctx.capitals
    assert "frontex" in _anchors(analyze("is frontex in charge of the sea borders"), ctx)


def test_a_synonym_from_the_thesaurus_vouches_for_a_yes_an_opposite_answers_no(
    fixture_assistant: Assistant, real_assistant: Assistant
) -> None:
    """Yes/no class: "keep track of" is said by "monitors"; a sentence saying "voluntary"
    denies "compulsory", and one that says the opposite of a question word never affirms
    the question, even where it shares too little to deny it."""
    q = analyze("Does the Water Board keep track of pollution?")
    said = _evidence("The Water Board monitors pollution and publishes a yearly report.")
    assert decide(q, [(said, 0.6)], fixture_assistant.context, 0.2).yes_no == "yes"
    q = analyze("Is taking part in PESCO compulsory for the member states?")
    other = _evidence("Member States take part in PESCO on a voluntary basis.")
    assert decide(q, [(other, 0.7)], real_assistant.context, 0.2).yes_no == "no"
    q = analyze("Does the Water Board watch the air over the estuary for pollution?")
    sea = _evidence("The Water Board watches the sea for pollution.")
    assert decide(q, [(sea, 0.7)], fixture_assistant.context, 0.2).yes_no != "yes"
    assert opposed("Is the survey mandatory?", "Cities join the survey voluntarily.") == {
        "mandatori"
    }
    assert not opposed("Is the survey mandatory?", "The survey is voluntary, then mandatory.")


def test_the_unions_short_form_anchors_nothing_and_a_names_word_is_no_predicate(
    real_assistant: Assistant,
) -> None:
    """Typed class: "the Union" stands for the EU, the article's frame, which anchors no
    sentence; the words of a name ("Coast Guard") do not say a question's verb
    ("guarded"), so the sentence saying the predicate comes first."""
    from qa.decide import _anchors, _predicate_share

    ctx = real_assistant.context
    q = analyze("Which body organises joint operations at the Union's borders?")
    assert "Union" not in _anchors(q, ctx)
    named = _evidence("The Coast Guard of Alden patrols the river.")
    said = _evidence("The river is guarded by volunteers from Alden.")
    asked = "Why is the river guarded?"
    assert _predicate_share(["guard"], named, asked) == 0.0
    assert _predicate_share(["guard"], said, asked) == 1.0


@pytest.mark.parametrize(
    ("question", "refused"),
    [
        ("What did the Dunmore council think about the river pact?", True),
        ("What was Alden's opinion of the Water Board?", True),
        ("What does the author think about the river pact?", False),
        ("What does the Water Board say about nitrate levels?", False),  # a quoted note
    ],
)
def test_a_view_the_sources_never_report_is_refused(
    fixture_assistant: Assistant, question: str, refused: bool
) -> None:
    """Near-miss class: the view of someone the sources name but never report (no
    reporting verb near them, no quotation of theirs) is not in the sources."""
    reply = fixture_assistant.answer(question, use_llm=False)
    assert reply.refused == refused, reply.text


def test_a_clause_before_the_question_does_not_hide_its_type() -> None:
    """Yes/no and typed classes: "Once a city joins, is …?" is a yes/no question, "After
    the flood, which city …?" asks for a name."""
    assert analyze("Once a city joins, is the pact binding on it?").kind == "yesno"
    assert analyze("After the founding meeting, how many cities signed?").kind == "number"


def test_a_graded_word_or_its_degree_does_not_block_an_answer(
    fixture_assistant: Assistant, real_assistant: Assistant
) -> None:
    """ "The ultimate purpose of X" asks X's aim: known where the corpus states aims ("The
    aim is…"), unknown where it never does; a quality the question asks ("obliged") is
    no Yes from a sentence silent on it."""
    from qa.decide import unknown_attribute
    from qa.thesaurus import graded

    ctx = fixture_assistant.context
    purpose = analyze("What is the ultimate purpose of the training?")
    assert not unknown_attribute(purpose, real_assistant.context)
    assert unknown_attribute(purpose, ctx)  # the river pact's article states no aim
    assert unknown_attribute(analyze("What is the annual budget of the Water Board?"), ctx)
    assert graded("Are the cities obliged to join?", "Alden, Brisk and Corra joined the pact.")
    assert not graded("Are the cities obliged to join?", "Cities join voluntarily.")
    q = analyze("Are the riverside cities obliged to join the river pact?")
    joined = _evidence("Alden, Brisk and Corra joined the river pact.")
    assert decide(q, [(joined, 0.8)], ctx, 0.2).yes_no == ""


def test_according_to_a_note_asks_what_it_says_not_what_it_cites(
    fixture_assistant: Assistant,
) -> None:
    """About-the-article class: "According to footnote 2, what does X check?" is answered
    from the note's words; "What does footnote 2 cite?" from the card."""
    from qa.card import card_field

    assert card_field(analyze("What does footnote 2 cite?")) == "footnote"
    asked = analyze("According to footnote 2, how often does the board check nitrate?")
    assert card_field(asked) == ""
    assert card_field(analyze("Per footnote 2, what does the board check?")) == ""


def test_a_note_that_only_names_a_document_is_no_quote_for_a_content_question() -> None:
    """A footnote entry naming a document ("Minutes …, Council of Vienna, 2019") states
    nothing; a note quoting a text does."""
    from qa.respond import _bare_citation

    def note(text: str) -> Evidence:
        sentence = Sentence(0, len(text), 9, (1,), role="note")
        chunk = Chunk("n", "article", text, 0, len(text), 9, (sentence,))
        return Evidence("[1]", chunk, sentence, text, 1.0)

    assert _bare_citation(note("Minutes of the founding meeting, Council of Vienna, 2019 ( )"))
    assert not _bare_citation(note("It checks nitrate every month”, Water Board ( )."))


def test_a_question_about_a_succession_takes_the_side_the_sentence_gives(
    fixture_assistant: Assistant,
) -> None:
    """Typed class: "What replaced A?" is answered by "A, later replaced by B"; "What did
    A replace?" is not (A is what was replaced there)."""
    from qa.decide import unknown_attribute

    ctx = fixture_assistant.context
    replaced = _evidence(
        "The Orsa ferry, a service run by the city of Alden, was later replaced by a "
        "Water Board service called Riverlink."
    )
    assert decide(analyze("Which service replaced the Orsa ferry?"), [(replaced, 0.7)], ctx, 0.2)
    replacing = decide(
        analyze("Which service did the Orsa ferry replace?"), [(replaced, 0.7)], ctx, 0.2
    )
    assert not replacing.answerable, replacing
    assert unknown_attribute(analyze("What is the intention of the river pact?"), ctx)


def test_a_yes_needs_what_is_asked_stated_as_a_fact(fixture_assistant: Assistant) -> None:
    """Yes/no class: a sentence that only expects what the question asks happened ("Did
    the cities approve…?" / "likely to be approved") gives no Yes; "their will" is no
    modal."""
    ctx = fixture_assistant.context
    expected = _evidence("The cities will most likely approve the treatment plants in 2021.")
    q = analyze("Did the cities approve the treatment plants in 2021?")
    assert decide(q, [(expected, 0.8)], ctx, 0.2).yes_no == ""
    done = _evidence("The cities approved the treatment plants in 2021, by their own will.")
    assert decide(q, [(done, 0.8)], ctx, 0.2).yes_no == "yes"


def test_a_yes_needs_the_asked_deed_not_just_its_doer_and_object(
    fixture_assistant: Assistant,
) -> None:
    """Yes/no class: "Is X funded by Y?" gets no Yes from a sentence naming X and Y but not
    the funding; a trait across a succession is denied only when the sentence states it
    ("Was the ferry a Water Board service?"), not when it says nothing of it ("Was the
    ferry paid for by the Water Board?")."""
    ctx = fixture_assistant.context
    both = _evidence("The Water Board monitors pollution for Alden and publishes a report.")
    q = analyze("Is the Water Board funded by Alden?")
    assert decide(q, [(both, 0.8)], ctx, 0.2).yes_no == ""
    replaced = _evidence(
        "The Orsa ferry, a service run by the city of Alden, was later replaced by a "
        "Water Board service called Riverlink."
    )
    q = analyze("Was the Orsa ferry paid for by the Water Board?")
    assert decide(q, [(replaced, 0.7)], ctx, 0.2).yes_no == ""


def test_a_negative_question_is_answered_as_its_positive() -> None:
    """Yes/no class: "Isn't X …?" asks whether X is, as "Is X …?" does (answered "Yes"
    when it is); "Is X not …?" asks the negation."""
    assert not analyze("Isn't the Water Board independent?").negative
    assert not analyze("so didn't the towns sign the river pact?").negative
    assert not analyze("Is it not true that the board is independent?").negative
    assert analyze("Is the Water Board not independent?").negative
    assert analyze("Didn't Dunmore stay out of the pact?").negative  # "stay out" is asked
    # "…, not just X" / "not only X but Y" widens what is asked: it negates nothing
    assert not analyze("Can the ferry carry cars, not just people?").negative
    assert not analyze("Does the board run not only the ferry but the bridge?").negative
    # being out is asked ("Is Dunmore out?"), a verb's particle is not ("carried out")
    assert analyze("Is Dunmore out?").negative
    assert analyze("Is Dunmore still out of the pact?").negative
    assert not analyze("Is the survey carried out?").negative
    # "and what about X, is it in?": the question proper follows the lead
    assert analyze("and what about Dunmore, is it in?").kind == YESNO
    # "uk" typed in lower case is the state, as "UK" is; "us" is not
    assert countries("is the uk out?") == {"united kingdom"} and not countries("tell us")


def test_another_name_in_the_same_slot_answers_no(fixture_assistant: Assistant) -> None:
    """Yes/no class: a name the sources never use, in the slot a sentence fills with
    another ("the Pact of Dunmore" / "the Pact of Alden"), answers No rather than
    refusing; without such a sentence the unknown name is still refused."""
    ctx = fixture_assistant.context
    signed = _evidence("The river pact was signed under the Pact of Alden by the three towns.")
    q = analyze("Was the river pact signed under the Pact of Kerrow?")
    assert decide(q, [(signed, 0.8)], ctx, 0.2).yes_no == "no"
    other = _evidence("The river pact was signed by the three towns.")
    decision = decide(q, [(other, 0.8)], ctx, 0.2)
    assert not decision.answerable and "Kerrow" in decision.reason


def test_a_yes_no_question_giving_a_reason_needs_that_reason_said(
    fixture_assistant: Assistant,
) -> None:
    """Near-miss class: "Did X do Y because Z?" asks the reason; a sentence saying X did Y
    but nothing of Z is no Yes (refused: no such reason), nor one naming Z without making
    it the cause."""
    ctx = fixture_assistant.context
    stopped = _evidence("The Orsa ferry stopped running in 2019 after the storms.")
    q = analyze("Did the Orsa ferry stop running because it lost money?")
    decision = decide(q, [(stopped, 0.8)], ctx, 0.2)
    assert not decision.answerable and "reason" in decision.reason
    q = analyze("Did the Orsa ferry stop running because of the storms?")
    assert decide(q, [(stopped, 0.8)], ctx, 0.2).yes_no == ""
    caused = _evidence("The Orsa ferry stopped running in 2019 because of the storms.")
    assert decide(q, [(caused, 0.8)], ctx, 0.2).yes_no == "yes"


def test_a_sentence_saying_the_opposite_of_the_asked_word_settles_it(
    fixture_assistant: Assistant,
) -> None:
    """Yes/no class: where no sentence says the question's word ("accomplished"), the one
    saying its opposite ("still at an early phase") is preferred to one sharing more of
    the question's other words, and answers No; "the only survey" against "one of the
    surveys" is No whatever else the sentence says."""
    ctx = fixture_assistant.context
    q = analyze("Has the Water Board already accomplished a lot on river pollution?")
    early = _evidence("The Water Board is still at an early phase and not much is done yet.")
    topic = _evidence("The Water Board projects on river pollution and river quality.")
    assert decide(q, [(topic, 0.8), (early, 0.65)], ctx, 0.2).yes_no == "no"
    q = analyze("Isn't the Orsa survey the only survey of the Water Board?")
    one_of = _evidence("One of the surveys the Water Board proposed is the Orsa survey.")
    assert decide(q, [(one_of, 0.5)], ctx, 0.2).yes_no == "no"


def test_how_many_are_not_counts_the_states_a_sentence_excepts(
    fixture_assistant: Assistant,
) -> None:
    """Number class: "How many states did not …?" is answered by counting the states an
    "all … except" sentence names, before a sentence giving a count of those that did;
    "How many did?" keeps the stated count."""
    from qa.respond import from_evidence

    ctx = fixture_assistant.context
    signed = _evidence("Nineteen states signed the water pact in 2019.")
    except_ = _evidence("Almost all states signed the water pact except for Austria and Slovenia.")
    q = analyze("How many states did not sign the water pact?")
    decision = decide(q, [(signed, 0.8), (except_, 0.7)], ctx, 0.2)
    reply = from_evidence(q, decision, 2)
    assert reply.text.startswith("Two: Austria and Slovenia [¶4]."), reply.text
    assert "Nineteen" not in reply.text
    q = analyze("How many states signed the water pact?")
    reply = from_evidence(q, decide(q, [(signed, 0.8), (except_, 0.7)], ctx, 0.2), 2)
    assert reply.text.startswith("Nineteen states"), reply.text


def test_a_yes_no_question_about_two_states_holds_only_if_both_clauses_do(
    fixture_assistant: Assistant,
) -> None:
    """Yes/no class: "Did A sign, while B stayed out?" asks two things of opposite
    polarity; each clause is read with its own, and the answer is Yes only if both hold."""
    ctx = fixture_assistant.context
    except_ = _evidence("Almost all states signed the water pact except for Austria and Slovenia.")
    for question, verdict in (
        ("Did Austria sign the water pact, while Slovenia stayed out?", "no"),
        ("Did France sign the water pact, while Slovenia stayed out?", "yes"),
        ("Did France sign the water pact, whereas Spain did not?", "no"),
    ):
        assert decide(analyze(question), [(except_, 0.7)], ctx, 0.2).yes_no == verdict, question


def test_a_question_for_the_articles_key_points_gets_its_first_list(
    fixture_assistant: Assistant,
) -> None:
    """About-the-article class: "the bullet points" / "a summary" of the article are the
    items of its first list, cited; "summarise what it says about X" asks for content."""
    for question in ("What are the bullet points of the article?", "Give me a quick summary"):
        reply = fixture_assistant.answer(question, use_llm=False)
        assert reply.mode == "card", (question, reply.text)
        assert "treatment plants" in reply.text and "Training inspectors" in reply.text
    reply = fixture_assistant.answer("Summarise what the article says about nitrate", use_llm=False)
    assert reply.mode != "card", reply.text


def test_a_thing_of_another_kind_answers_no(fixture_assistant: Assistant) -> None:
    """Yes/no class: "Is X (described as) a Y?" against "X is the Z …" with another head
    noun is No; the same head, or a reader word for it, is no denial."""
    ctx = fixture_assistant.context
    said = _evidence("The Orsa survey is the yearly count designed to measure nitrate.")
    for question, verdict in (
        ("Is the Orsa survey described as a water agency?", "no"),
        ("Is the Orsa survey a yearly count?", "yes"),
    ):
        assert decide(analyze(question), [(said, 0.8)], ctx, 0.2).yes_no == verdict, question


def test_another_month_state_or_body_in_the_asked_slot_answers_no(
    fixture_assistant: Assistant,
) -> None:
    """Yes/no class: another month of the same year ("in March 2019?" / "In May 2019");
    a body of another nation ("the Danish navy?" / "the Austrian Marine"), another
    organisation, or a name in the same slot after it ("the Northern estuary?" / "the
    Southern estuary"), answers No; a name the sources never use and no sentence
    settling No is still refused as never mentioned."""
    ctx = fixture_assistant.context
    may = _evidence("The cities approved the treatment plants in May 2021.")
    for question, verdict in (
        ("Did the cities approve the treatment plants in March 2021?", "no"),
        ("Did the cities approve the treatment plants in May 2021?", "yes"),
    ):
        assert decide(analyze(question), [(may, 0.8)], ctx, 0.2).yes_no == verdict, question
    ferry = _evidence("The Orsa ferry was a service carried out by the Austrian Marine.")
    q = analyze("Was the Orsa ferry run by the Danish navy?")
    assert decide(q, [(ferry, 0.8)], ctx, 0.2).yes_no == "no"
    run = _evidence("The Orsa ferry was a service run by the agency RIVERCO.")
    assert (
        decide(analyze("Was the Orsa ferry a Kerrowco service?"), [(run, 0.8)], ctx, 0.2).yes_no
        == "no"
    )
    unrelated = _evidence("The Water Board publishes a yearly report.")
    decision = decide(
        analyze("Was the Orsa ferry a Kerrowco service?"), [(unrelated, 0.8)], ctx, 0.2
    )
    assert not decision.answerable and "Kerrowco" in decision.reason


def test_a_when_question_with_a_light_verb_takes_the_date_of_its_subject(
    fixture_assistant: Assistant,
) -> None:
    """Typed class: "When did X happen?" asks X's date; a sentence dating X answers it
    though it never says "happened"; a reader's verb the corpus says in its own words
    ("ran" / "carried out") states the predicate."""
    ctx = fixture_assistant.context
    flood = _evidence("After the flood of 2019 the towns founded a Water Board.")
    decision = decide(analyze("When did the flood happen?"), [(flood, 0.8)], ctx, 0.2)
    assert decision.answerable and decision.support[0] is flood


def test_a_reader_name_for_a_corpus_name_is_no_rival_and_an_unknown_body_is_named(
    fixture_assistant: Assistant,
) -> None:
    """Yes/no class: "the Italian navy" is the thesaurus's reader name for "the Italian
    Marine", so a sentence naming that answers Yes, not No; an organisation's name the
    sources never use, though each of its words is known ("the Water Agency"), is
    refused as never mentioned unless a sentence settles No."""
    ctx = fixture_assistant.context
    ferry = _evidence("The Orsa ferry was a service carried out by the Italian Marine.")
    q = analyze("Was the Orsa ferry run by the Italian navy?")
    assert decide(q, [(ferry, 0.8)], ctx, 0.2).yes_no == "yes"
    assert "Board Water Agency" in unknown_names(
        analyze("Is the survey run by the Board Water Agency?"), ctx
    )


def test_card_questions_in_looser_words(fixture_assistant: Assistant) -> None:
    """About-the-article class: "roughly when", "this" for the article, and "published"
    after "when" ask the date, not the publisher; "what does the X footnote say it
    does?" asks the note's words."""
    from qa.card import card_field

    for question in (
        "Roughly when was the article written?",
        "What year was this written?",
        "When was the article published?",
    ):
        assert card_field(analyze(question)) == "date", question
    assert card_field(analyze("Who published the article?")) == "publisher"
    asked = analyze("What does the nitrate footnote say the board checks every month?")
    assert card_field(asked) == ""


def test_a_state_and_a_subject_never_named_together_are_refused(
    fixture_assistant: Assistant,
) -> None:
    """Near-miss class: "Does Austria run the Orsa survey?" when no sentence names both is
    refused, not answered from a sentence on one of them; "Was X the reason Y?" needs X
    said."""
    ctx = fixture_assistant.context
    survey = _evidence("The Orsa survey measures nitrate in the estuary every month.")
    austria = _evidence("Austria signed the water pact in 2019.")
    q = analyze("Does Austria run the Orsa survey?")
    decision = decide(q, [(survey, 0.7), (austria, 0.6)], ctx, 0.2)
    assert not decision.answerable and "together" in decision.reason
    stopped = _evidence("The Orsa ferry stopped running in 2019.")
    q = analyze("Was a lack of money the reason the Orsa ferry stopped running?")
    decision = decide(q, [(stopped, 0.8)], ctx, 0.2)
    assert not decision.answerable and "reason" in decision.reason


def test_a_list_asked_by_its_count_gets_the_sentence_announcing_it(
    fixture_assistant: Assistant,
) -> None:
    """List class: "What are the two measures?" is answered by the sentence announcing
    "Two measures … : • … • …", however chatty the question."""
    for question in ("What are the two measures planned?", "umm so what were the two measures?"):
        reply = fixture_assistant.answer(question, use_llm=False)
        assert not reply.refused, (question, reply.text)
        assert reply.text.startswith("Two measures are planned"), (question, reply.text)


def test_a_question_for_things_of_a_kind_the_sources_never_name_is_refused(
    fixture_assistant: Assistant,
) -> None:
    """Near-miss class: "What penalties does a town face …?" asks for penalties; a corpus
    that never names any cannot give them, however close its sentences are."""
    from qa.decide import unknown_attribute

    ctx = fixture_assistant.context
    asked = analyze("What penalties does a town face if it leaves the water pact?")
    assert unknown_attribute(asked, ctx) == ["penalties"]
    assert unknown_attribute(analyze("What measures are planned?"), ctx) == []


def test_a_bullet_headline_gives_way_to_the_body_sentence(fixture_assistant: Assistant) -> None:
    """Any class: a short bullet naming a point ("Securing the estuary") comes after the
    body sentence that makes it in full, so a close second does not lead the answer."""
    from qa.decide import Decision
    from qa.respond import from_evidence

    text = "Securing the estuary"
    sentence = Sentence(0, len(text), 3, (), "list")
    bullet = Evidence(
        "[¶3]", Chunk("b", "article", text, 0, len(text), 3, (sentence,)), sentence, text, 1.0
    )
    body = _evidence("The towns secure the estuary with three new treatment plants.")
    q = analyze("How do the towns secure the estuary?")
    reply = from_evidence(q, Decision(True, support=(bullet, body)), 1)
    assert reply.text.startswith("The towns secure the estuary"), reply.text


def test_a_question_asking_which_source_backs_a_statement_names_its_footnote(
    fixture_assistant: Assistant,
) -> None:
    """Provenance class: "where does the bit about X come from?", "which footnote backs
    the claim that X?" name the footnote the sentence saying X carries, with what it
    cites; a sentence carrying none is said to cite no source."""
    for question in (
        "Where does the bit about the cities signing the pact in Vienna come from?",
        "Which footnote supports the claim that the pact was signed in Vienna?",
    ):
        assert analyze(question).kind == "source", question
        reply = fixture_assistant.answer(question, use_llm=False)
        assert not reply.refused, reply.text
        assert "footnote 1" in reply.text and "Minutes of the founding meeting" in reply.text
        assert "[1]" in reply.text, reply.text
    reply = fixture_assistant.answer(
        "What's the source for the claim that Dunmore stayed out of the pact?", use_llm=False
    )
    assert reply.text.startswith("No footnote"), reply.text
    assert analyze("Where do the inspectors come from?").kind != "source"


def test_whether_someone_said_something_needs_a_reported_view(
    fixture_assistant: Assistant,
) -> None:
    """Near-miss class: "Has X ever said …?" asks for a view of X's the sources report;
    a sentence about X that reports none is no answer ("they report no view of X")."""
    ctx = fixture_assistant.context
    said = _evidence("Alden, Brisk and Corra joined the pact, while Dunmore stayed out of it.")
    q = analyze("Has Dunmore ever said it might join the pact later?")
    decision = decide(q, [(said, 0.8)], ctx, 0.2)
    assert not decision.answerable and "view" in decision.reason
    q = analyze("Did the author say Dunmore stayed out?")  # the article's own words
    assert decide(q, [(said, 0.8)], ctx, 0.2).answerable


def test_a_month_the_sources_never_give_is_refused(fixture_assistant: Assistant) -> None:
    """Near-miss class: a date given to the month that no passage states ("in July
    2020?") is never mentioned, in a yes/no question and in any other; the month the
    sources give is answered."""
    ctx = fixture_assistant.context
    said = _evidence("The cities are expected to approve the plants at the beginning of 2020.")
    for question in (
        "Did the cities approve the plants in July 2020?",
        "What did the cities approve in July 2020?",
    ):
        decision = decide(analyze(question), [(said, 0.8)], ctx, 0.2)
        assert not decision.answerable and "July 2020" in decision.reason, question
    signed = _evidence("The river pact was signed in Vienna in March 2019 by four cities.")
    q = analyze("Was the river pact signed in March 2019?")
    assert decide(q, [(signed, 0.8)], ctx, 0.2).yes_no == "yes"


def test_a_comparison_no_sentence_draws_is_refused_a_bound_on_a_count_is_not(
    fixture_assistant: Assistant,
) -> None:
    """Near-miss class: "Was X smaller than Y?" needs a sentence that compares; a bound on
    a count ("more than three cities?") is settled by the count the sentence gives."""
    ctx = fixture_assistant.context
    said = _evidence("The pact created the Water Board, which monitors pollution.")
    q = analyze("Is the Water Board bigger than the river pact's secretariat?")
    decision = decide(q, [(said, 0.8)], ctx, 0.2)
    assert not decision.answerable and "comparison" in decision.reason
    signed = _evidence("The river pact was signed in Vienna by four cities.")
    for question, verdict in (
        ("Was the river pact signed by more than three cities?", "yes"),
        ("Was the river pact signed by fewer than three cities?", "no"),
    ):
        assert decide(analyze(question), [(signed, 0.8)], ctx, 0.2).yes_no == verdict, question


def test_a_hyphenated_compound_of_the_sources_words_is_no_unknown_name(
    fixture_assistant: Assistant,
) -> None:
    """A compound a reader makes of the corpus's own words ("Water-Board-run") is known;
    one with a word the corpus never uses is not."""
    ctx = fixture_assistant.context
    assert unknown_names(analyze("How many Orsa-river stations are there?"), ctx) == []
    assert unknown_names(analyze("Is Orsa-Sealink part of the pact?"), ctx) == ["Orsa-Sealink"]


def test_a_list_of_who_takes_part_settles_taking_part_not_what_a_state_did(
    fixture_assistant: Assistant,
) -> None:
    """Yes/no class: "all except A" settles whether a state takes part; a question about
    something else the state did, in words the sources never use ("veto"), is not
    settled by it; a reader's word for taking part still is."""
    ctx = fixture_assistant.context
    said = _evidence("All cities of the valley joined the pact, except for Dunmore.")
    for question, verdict in (
        ("Did Dunmore veto the treatment plants?", ""),
        ("Is Dunmore taking part in the pact?", "no"),
    ):
        assert decide(analyze(question), [(said, 0.8)], ctx, 0.2).yes_no == verdict, question


def test_a_bullet_naming_a_point_settles_less_than_a_sentence(
    fixture_assistant: Assistant,
) -> None:
    """Yes/no class: a bullet without a full stop ("Measures on treatment plants near
    the estuary") names a point; a sentence stating it settles the question before it."""
    ctx = fixture_assistant.context
    text = "Measures on treatment plants near the estuary"
    line = Sentence(0, len(text), 4, role="list")
    chunk = Chunk("b", "article", text, 0, len(text), 4, (line,))
    bullet = Evidence("[¶4]", chunk, line, text, 1.0)
    said = _evidence("One of the measures is building treatment plants near the estuary.")
    q = analyze("Is there a measure on treatment plants near the estuary?")
    decision = decide(q, [(bullet, 0.62), (said, 0.55)], ctx, 0.2)
    assert decision.support[0].text == said.text and decision.yes_no == "yes"


def test_the_card_says_how_an_undated_article_is_dated(real_assistant: Assistant) -> None:
    """About-the-article class: an article without a printed date is dated by the latest
    event it reports and what it still expects; both sentences are cited."""
    reply = real_assistant.answer("Roughly when was the article written?", use_llm=False)
    assert reply.mode == "card" and "no printed date" in reply.text, reply.text
    assert "latest event it reports" in reply.text and "still expects" in reply.text
    assert len(reply.citations) >= 3, reply.citations  # the header and the two sentences


def test_besides_x_what_other_ys_needs_another_y_named(fixture_assistant: Assistant) -> None:
    """Near-miss class: "Besides X, what other Ys …?" is answered by a sentence naming
    another Y (one saying "Ys", or listing X with others); a sentence naming X alone, or
    only X's long form, gives no other."""
    ctx = fixture_assistant.context
    alone = _evidence("The pact created the Water Board, which monitors pollution.")
    q = analyze("Besides the Water Board, what other bodies did the pact create?")
    decision = decide(q, [(alone, 0.8)], ctx, 0.2)
    assert not decision.answerable and "no other bodies than Water Board" in decision.reason
    listed = _evidence("Alden, Brisk and Corra joined the pact, while Dunmore stayed out of it.")
    q = analyze("Besides Alden, which other cities joined the pact?")
    assert "no other" not in decide(q, [(listed, 0.8)], ctx, 0.2).reason


def test_a_note_closing_a_paragraph_backs_its_sentences(fixture_assistant: Assistant) -> None:
    """Provenance class: a sentence without a marker, in a paragraph whose last sentence
    carries note 2, is backed by note 2; the note is cited with what it cites."""
    first, last = "The board meets twice a year.", "It reports to the mayors."
    text = f"{first} {last}"
    a = Sentence(0, len(first), 7)
    b = Sentence(len(first) + 1, len(text), 7, (2,))
    chunk = Chunk("p", "article", text, 0, len(text), 7, (a, b))
    ev = Evidence("[¶7]", chunk, a, first, 1.0)
    store = fixture_assistant.store
    sources = {s.footnote: s for s in store.sources.values() if s.footnote}
    reply = provenance(Decision(True, support=(ev,)), sources, notes_by_number(store))
    assert reply is not None and "footnote 2" in reply.text and "[2]" in reply.text, reply
    assert "closes the paragraph" in reply.text


def test_a_negation_is_read_in_the_clause_that_says_what_is_asked(
    fixture_assistant: Assistant,
) -> None:
    """Yes/no class: "X is still at an early stage and not much has been built yet"
    affirms "Is X still at an early stage?" and denies "Has X already built a lot?"."""
    ctx = fixture_assistant.context
    said = _evidence("The Water Board is still at an early stage and not much has been built yet.")
    for question, verdict in (
        ("Is the Water Board still at an early stage?", "yes"),
        ("Has the Water Board already built a lot?", "no"),
    ):
        assert decide(analyze(question), [(said, 0.8)], ctx, 0.2).yes_no == verdict, question


def test_what_was_done_to_x_is_no_question_of_its_kind(fixture_assistant: Assistant) -> None:
    """Yes/no class: "Was X set up by the Y?" asks who set it up, not whether X is a Y:
    "X is a board … set up by the Y" settles it Yes."""
    ctx = fixture_assistant.context
    said = _evidence("The Water Board is a monitoring body created by the river pact.")
    q = analyze("Was the Water Board created by the river pact?")
    assert decide(q, [(said, 0.8)], ctx, 0.2).yes_no == "yes"


def test_money_a_year_or_an_expectation_asked_in_a_yes_no_question(
    fixture_assistant: Assistant,
) -> None:
    """Yes/no and near-miss classes: funding no retrieved sentence speaks of, and a year
    the sources never mention, are refused; a question asking what was expected is
    settled by the sentence stating the expectation."""
    ctx = fixture_assistant.context
    said = _evidence("The Water Board monitors pollution and publishes a yearly report.")
    for question, reason in (
        ("Is the Water Board funded by the cities' budgets?", "funding"),
        ("Was the Water Board set up in 2011?", "2011"),
    ):
        decision = decide(analyze(question), [(said, 0.8)], ctx, 0.2)
        assert not decision.answerable and reason in decision.reason, (question, decision)
    plans = _evidence("The cities are most likely to approve the plants at the start of 2021.")
    q = analyze("Were the plants expected to be approved at the start of 2021?")
    assert decide(q, [(plans, 0.8)], ctx, 0.2).yes_no == "yes"


def test_the_card_gives_the_conclusion_and_says_when_it_has_no_address(
    fixture_assistant: Assistant,
) -> None:
    """About-the-article class: "what's the article's bottom line" is its last body
    paragraph, cited; "what is the article's URL" with none recorded is a refusal that
    says so; "what did the cities conclude about X" asks the content, not the card."""
    reply = fixture_assistant.answer("whats the article's bottom line", use_llm=False)
    assert reply.mode == "card" and reply.text.startswith("The article concludes"), reply.text
    assert "treatment plants" in reply.text or "inspectors" in reply.text, reply.text
    reply = fixture_assistant.answer("What did the cities conclude about nitrate?", use_llm=False)
    assert reply.mode != "card", reply.text
    reply = fixture_assistant.answer("What is the URL of the article?", use_llm=False)
    assert reply.refused and "no web address" in reply.text, reply.text


def test_a_timeline_of_the_whole_article_gathers_every_dated_sentence(
    fixture_assistant: Assistant,
) -> None:
    """Timeline class: "give the timeline of events from 2019 to 2021" names no subject:
    every dated sentence of the article comes, in date order; the question's years bound
    the timeline and are no reason to drop a sentence that gives them."""
    reply = fixture_assistant.answer(
        "Give the timeline of events from 2019 to 2021 in the article.", use_llm=False
    )
    assert not reply.refused and "March 2019" in reply.text, reply.text


def _passage(*texts: str) -> list[Evidence]:
    """Sentences of one invented paragraph, in order, as evidence."""
    whole = " ".join(texts)
    spans, at = [], 0
    for t in texts:
        spans.append(Sentence(at, at + len(t), 4))
        at += len(t) + 1
    chunk = Chunk("c", "article", whole, 0, len(whole), 4, tuple(spans))
    return [Evidence("[¶4]", chunk, sp, t, 1.0) for sp, t in zip(spans, texts, strict=True)]


def test_a_question_for_a_date_about_plural_things_wants_one_date_not_a_list() -> None:
    """Date class: "By when were the projects to be approved?" names its subject in the
    plural; a listing request or a timeline makes a list, a plural noun does not."""
    assert not analyze("By when were the river projects expected to be approved?").wants_list
    assert not analyze("In which year should the three measures be reviewed?").wants_list
    assert analyze("List the dates of the river projects").wants_list
    assert analyze("Which measures does the pact plan?").wants_list


@pytest.mark.parametrize(
    "question",
    [
        "What reason did Dunmore give for staying out of the pact?",
        "What was the rationale behind the Water Board?",
        "What were the main reasons for the pact?",
        "On what grounds did Dunmore stay out?",
    ],
)
def test_reason_questions_in_other_words_ask_for_a_reason(question: str) -> None:
    """Reason class: "what reason", "the rationale behind", "on what grounds" ask why."""
    assert analyze(question).kind == "reason"


def test_a_got_passive_is_read_as_a_passive(fixture_assistant: Assistant) -> None:
    """Named class: "which ferry got replaced by X?" asks what "was replaced by X"."""
    ctx = fixture_assistant.context
    replaced = _evidence(
        "The Orsa ferry, a service run by Alden, was later replaced by the Water Board."
    )
    for question in (
        "Which service got replaced by the Water Board?",
        "Which service was replaced by the Water Board?",
    ):
        decision = decide(analyze(question), [(replaced, 0.7)], ctx, 0.2)
        assert decision.answerable, question


def test_a_question_on_what_happened_in_a_year_the_sources_only_look_ahead_to(
    fixture_assistant: Assistant,
) -> None:
    """Near-miss class: the sources speak of a year only as ahead of them ("will be
    reviewed in 2031"), so "What did the review find in 2031?" has no answer there; what
    they expect of it can still be asked."""
    from dataclasses import replace

    ctx = replace(
        fixture_assistant.context,
        passages=(
            "the pact was signed in 2019.",
            "the three plants will be built in 2030 and the board expects a review in 2031.",
        ),
    )
    assert ctx.anticipated_years == frozenset({"2030", "2031"})
    ahead = _evidence("The three plants will be built in 2030 and reviewed in 2031.")
    for question in (
        "What did the review find in 2031?",
        "Were the three plants built in 2030?",
        "How did the plants work out by 2031?",
    ):
        decision = decide(analyze(question), [(ahead, 0.7)], ctx, 0.2)
        assert (
            not decision.answerable
            and "before 2031" in decision.reason
            or ("before 2030" in decision.reason)
        ), question
    for question in ("What is expected in 2031?", "When will the plants be built?"):
        assert decide(analyze(question), [(ahead, 0.7)], ctx, 0.2).answerable, question
    signed = _evidence("The pact was signed in 2019.")
    assert decide(analyze("What happened in 2019?"), [(signed, 0.7)], ctx, 0.2).answerable


def test_a_question_asking_whether_a_thing_had_already_happened_that_is_only_expected(
    fixture_assistant: Assistant,
) -> None:
    """Yes/no class: "Had X already been approved?" against "X is likely to be approved
    next year" is No (not at the time of writing); "Was X approved?" stays open."""
    ctx = fixture_assistant.context
    expected = _evidence("The three plants are most likely to be approved at the start of 2031.")
    q = analyze("Had the three plants already been approved?")
    assert decide(q, [(expected, 0.7)], ctx, 0.2).yes_no == "no"
    q = analyze("Were the three plants approved?")
    assert decide(q, [(expected, 0.7)], ctx, 0.2).yes_no == ""


def test_besides_one_named_thing_a_count_may_stand_before_the_others_asked() -> None:
    """List class: "the other 16 projects besides X" asks for projects, like "other
    projects"."""
    from qa.decide import others_asked

    for text in (
        "What are the other 16 surveys besides Orsa?",
        "Apart from Orsa, name the other sixteen surveys",
        "Besides Orsa, what other surveys are there?",
    ):
        assert others_asked(analyze(text)) == ("surveys", "Orsa"), text


def test_a_clipped_long_name_is_the_name_it_clips(fixture_assistant: Assistant) -> None:
    """ "the Permanent Structure" for "Permanent Structured Cooperation": a reference to the
    thing the corpus names, as often as the full name is, not another thing."""
    from dataclasses import replace

    from qa.decide import name_share

    ctx = fixture_assistant.context
    aliases = Aliases({"rwc": "River Water Cooperation"})
    ctx = replace(
        ctx,
        aliases=aliases,
        passages=("the river water cooperation (rwc) met.", "the rwc grew.", "rain fell."),
    )
    assert name_share("River Water", ctx) == pytest.approx(2 / 3)
    assert name_share("Rain Board", ctx) == 0.0


def test_a_sentence_listing_who_is_out_is_about_staying_out(
    fixture_assistant: Assistant,
) -> None:
    """Country class: "Besides Austria, which other states stayed out?" is answered by
    "all signed except Austria and Slovenia": an exception sentence speaks of taking part."""
    ctx = fixture_assistant.context
    except_ = _evidence("Almost all states signed the water pact except for Austria and Slovenia.")
    q = analyze("Besides Austria, which other states stayed out of the water pact?")
    decision = decide(q, [(except_, 0.45)], ctx, 0.2)
    assert decision.answerable and decision.support[0] is except_


def test_a_sentence_carrying_on_about_another_thing_named_in_passing_is_left_out(
    fixture_assistant: Assistant,
) -> None:
    """Direct answers: "Who ran the ferry?" / "…the ferry, run by the city of Alden, was
    replaced by a service of the agency RIVERCO. This agency has many tasks." The second
    sentence is about RIVERCO, so it does not pad the answer; asked about RIVERCO, it does.
    The name after "run by" answers "who ran" first."""
    from qa.respond import from_evidence

    first, second = _passage(
        "The Orsa ferry, a service carried out by the City of Alden, was later replaced by a "
        "service of the agency RIVERCO called Riverlink.",
        "This agency has many tasks including testing water.",
    )
    q = analyze("Who ran the Orsa ferry?")
    reply = from_evidence(q, Decision(True, support=(first,)), 2)
    assert reply.text.startswith("The City of Alden [¶4]. "), reply.text
    assert "many tasks" not in reply.text
    q = analyze("What does the agency RIVERCO that runs Riverlink do?")
    reply = from_evidence(q, Decision(True, support=(first,)), 2)
    assert "many tasks" in reply.text


def test_a_comparison_with_something_the_sources_never_name_is_refused(
    fixture_assistant: Assistant,
) -> None:
    """Near-miss class: "How does X compare to NATO?" where the corpus never names NATO;
    "X versus Y: which was bigger?" where no sentence compares them."""
    ctx = fixture_assistant.context
    pact = _evidence("The river pact was signed in Vienna in March 2019 by four cities.")
    decision = decide(analyze("how does the river pact compare to nato"), [(pact, 0.7)], ctx, 0.2)
    assert not decision.answerable and "nato" in decision.reason
    q = analyze("The Orsa ferry versus the Water Board: which was bigger?")
    replaced = _evidence("The Orsa ferry was later replaced by the Water Board.")
    decision = decide(q, [(replaced, 0.7)], ctx, 0.2)
    assert not decision.answerable and "comparison" in decision.reason


def test_a_possessive_names_its_state() -> None:
    """ "Greece's navy" names Greece: a claim naming a state in the possessive is checked."""
    assert countries("Greece's navy and the UK's") == {"greece", "united kingdom"}


def test_a_question_putting_before_what_the_sentence_puts_after_is_answered_no(
    fixture_assistant: Assistant,
) -> None:
    """Yes/no class: "adopted before the flood of 2019?" / "After the flood of 2019 the
    rules were adopted": No; "after the flood?" Yes. "still exist?" / "disappeared": No."""
    ctx = fixture_assistant.context
    after = _evidence("After the flood of 2019 the cities adopted common rules for the Orsa.")
    for question, verdict in (
        ("Did the cities adopt common rules before the flood of 2019?", "no"),
        ("Did the cities adopt common rules after the 2019 flood?", "yes"),
    ):
        assert decide(analyze(question), [(after, 0.7)], ctx, 0.2).yes_no == verdict, question
    gone = _evidence("Since the river pact was signed, tolls on the Orsa disappeared.")
    q = analyze("Do tolls on the Orsa still exist under the river pact?")
    assert decide(q, [(gone, 0.7)], ctx, 0.2).yes_no == "no"


def test_a_when_question_gets_the_date_of_the_clause_saying_what_it_asks(
    fixture_assistant: Assistant,
) -> None:
    """Date class: "review the plants in 2030 and see the results in 2031": "when are the
    plants to be reviewed?" is 2030, "when will the results be seen?" 2031; the answer
    leads with it, and a model's claim giving the other date is stopped."""
    from qa.compose import Composer
    from qa.decide import asked_date
    from qa.respond import from_evidence

    text = (
        "Thus, it will be important to review the three plants in 2030 and see the "
        "results of the pact at the beginning of 2031."
    )
    ev = _evidence(text)
    reviewed = analyze("In which year should the three plants be reviewed?")
    assert asked_date(reviewed, text) == ("2030", True)
    assert asked_date(analyze("When will the results of the pact be seen?"), text) == (
        "2031",
        True,
    )
    reply = from_evidence(reviewed, Decision(True, support=(ev,)), 2)
    assert reply.text.startswith("2030 [¶4]. It will"), reply.text
    from tests.conftest import ScriptedLLM

    ctx = fixture_assistant.context
    wrong = Composer(ScriptedLLM("In 2031 [¶4]."), 64, None, ctx)
    assert "".join(wrong.run(reviewed, [ev])) == ""
    right = Composer(ScriptedLLM("In 2030 [¶4]."), 64, None, ctx)
    assert "".join(right.run(reviewed, [ev])).startswith("In 2030 [¶4]")


def test_a_count_of_other_things_does_not_answer_how_many(
    fixture_assistant: Assistant,
) -> None:
    """Number class: "how many boats crossed the Orsa?" / "This leads to two plans": a
    count of plans is no count of boats; "how many plans?" takes it, even when the
    short question is not close to the sentence."""
    ctx = fixture_assistant.context
    plans = _evidence("This leads to two possible plans for the Orsa river.")
    q = analyze("How many boats crossed the Orsa river in 2019?")
    assert not decide(q, [(plans, 0.35)], ctx, 0.2).answerable
    q = analyze("How many plans are there?")
    assert decide(q, [(plans, 0.25)], ctx, 0.2).answerable


def test_the_authors_view_of_a_thing_she_only_reports_is_not_given(
    fixture_assistant: Assistant,
) -> None:
    """Near-miss class: "What does the author think of Dunmore staying out?" where the
    sentences naming Dunmore only report it; a sentence weighing it ("an important
    loss") gives her view."""
    ctx = fixture_assistant.context
    q = analyze("What does the author think about Dunmore staying out of the pact?")
    reports = _evidence("Alden, Brisk and Corra joined the pact, while Dunmore stayed out of it.")
    decision = decide(q, [(reports, 0.6)], ctx, 0.2)
    assert not decision.answerable and "Dunmore" in decision.reason
    weighs = _evidence("Dunmore staying out of the pact is an important loss for the river.")
    assert decide(q, [(weighs, 0.6)], ctx, 0.2).answerable


def test_a_than_in_a_sentence_about_other_things_draws_no_comparison(
    fixture_assistant: Assistant,
) -> None:
    """Near-miss class: "Did the Water Board test more water than Alden?" is refused
    when the only "than" is in a sentence about something else."""
    ctx = fixture_assistant.context
    q = analyze("Did the Water Board test more water than Alden?")
    board = _evidence("The Water Board monitors pollution and publishes a yearly report.")
    other = _evidence("Brisk spends more on roads than on schools.")
    decision = decide(q, [(board, 0.6), (other, 0.4)], ctx, 0.2)
    assert not decision.answerable and "comparison" in decision.reason


def test_a_question_giving_another_date_than_the_clause_saying_what_it_asks_is_no(
    fixture_assistant: Assistant,
) -> None:
    """Yes/no class: "see the results at the start of 2030?" / "review the plants in 2030
    and see the results of the pact in 2031": No; "in 2031?": Yes. "Sitting out" is
    staying out; "tighter checks?" against "tolls disappeared" is No."""
    from qa.decide import dated_otherwise

    text = (
        "Thus, it will be important to review the three plants in 2030 and see the "
        "results of the pact at the beginning of 2031."
    )
    assert dated_otherwise(analyze("Should the results of the pact be seen in 2030?"), text)
    assert not dated_otherwise(analyze("Should the results of the pact be seen in 2031?"), text)
    assert not dated_otherwise(analyze("Should the three plants be reviewed in 2030?"), text)
    assert states_negation("Dunmore is sitting out the pact")
    ctx = fixture_assistant.context
    gone = _evidence("Since the river pact was signed, tolls on the Orsa disappeared.")
    q = analyze("Did the river pact bring tighter tolls on the Orsa?")
    assert decide(q, [(gone, 0.7)], ctx, 0.2).yes_no == "no"


def test_a_year_said_in_words_is_read_in_digits_and_a_count_is_not() -> None:
    """Number class: "twenty fifteen" and "two thousand and fifteen" are the year 2015;
    "twenty-five states" stays a count (a year said so has a second part of ten or more)."""
    assert spoken_years("what happened in twenty fifteen") == "what happened in 2015"
    assert spoken_years("in two thousand and seventeen?") == "in 2017?"
    assert spoken_years("nineteen ninety-nine") == "1999"
    assert spoken_years("Twenty-Five Member States") == "Twenty-Five Member States"
    assert (
        analyze("What happened in twenty fifteen?").kind == analyze("What happened in 2015?").kind
    )


def test_a_bound_on_a_count_is_no_negation_and_a_set_aside_lead_asks_yes_or_no() -> None:
    """Yes/no class: "no more than twenty" bounds a count, it does not negate the question;
    "Apart from A, is every …?" is a yes/no question about all but A, not a negative one."""
    assert not analyze("Did no more than twenty cities sign the pact?").negative
    assert analyze("Did no city sign the pact?").negative
    q = analyze("Apart from Dunmore, did every city sign the pact?")
    assert q.kind == YESNO and not q.negative
    q = analyze("Besides Alden, Brisk and Corra, did all cities join?")
    assert q.kind == YESNO and not q.negative


def test_a_bounded_count_is_settled_by_the_value_the_sentence_gives(
    fixture_assistant: Assistant,
) -> None:
    """Yes/no class: "above ten", "fewer than thirty", "no more than twenty" are compared
    with the sentence's count, in words or digits, not looked for as words."""
    ctx = fixture_assistant.context
    plants = _evidence("The Water Board plans 17 new treatment plants along the Orsa river.")
    for question, verdict in (
        ("Is the number of planned treatment plants above ten?", "yes"),
        ("Does the Water Board plan more than twenty treatment plants?", "no"),
        ("Does the Water Board plan fewer than thirty treatment plants?", "yes"),
        ("Does the Water Board plan no more than twelve treatment plants?", "no"),
        ("Does the Water Board plan at least seventeen treatment plants?", "yes"),
    ):
        assert decide(analyze(question), [(plants, 0.7)], ctx, 0.2).yes_no == verdict, question


def test_all_but_some_is_settled_by_what_the_sentence_excepts(
    fixture_assistant: Assistant,
) -> None:
    """Yes/no class: a question setting some aside ("Apart from Dunmore, did every …?") is
    Yes when the sentence excepts only those, No when it excepts others too."""
    ctx = fixture_assistant.context
    most = _evidence("Almost all riverside cities signed the river pact, except Dunmore and Brisk.")
    for question, verdict in (
        ("Apart from Dunmore, did every riverside city sign the river pact?", "no"),
        ("Besides Dunmore and Brisk, did all riverside cities sign the river pact?", "yes"),
        ("Other than Brisk, did each riverside city sign the river pact?", "no"),
    ):
        assert decide(analyze(question), [(most, 0.7)], ctx, 0.2).yes_no == verdict, question


def test_whether_the_sources_mention_a_name_is_asked_of_the_text(
    fixture_assistant: Assistant,
) -> None:
    """Yes/no class: "Does the article mention X?" is Yes with a sentence naming X, or No,
    the sources never do; it is not whether X takes part in what the sentence says."""
    for question, start in (
        ("Does the article mention Dunmore?", "Yes."),
        ("Is Dunmore mentioned in the text?", "Yes."),
        ("Does the article mention Kellsbridge?", "No: the sources never mention “Kellsbridge”"),
        ("Is Kellsbridge discussed in the article?", "No:"),
    ):
        answer = fixture_assistant.answer(question, use_llm=False)
        assert answer.text.startswith(start), (question, answer.text)
        assert not answer.refused
    named = fixture_assistant.answer("Does the article mention Dunmore?", use_llm=False)
    assert "Dunmore" in named.text and named.citations


def test_a_named_body_has_a_rival_of_its_own_kind_only() -> None:
    """Near-miss class: "Did the Harbour Parliament approve the plan?" against a sentence
    listing a plan and a framework (ORSAFLOW) names no rival parliament: the sources never
    mention it, so it is refused, not denied. A name that is its own head ("NATO") is
    rivalled by any body ("the agency ORSAFLOW"), and "an EU-run operation" names the EU."""
    listing = "The measures taken were the Clean River Plan and ORSAFLOW."
    q = analyze("Did the Harbour Parliament approve the Clean River Plan?")
    assert _rival(q, "Harbour Parliament", listing) == ""
    run = "The ferry is run by the agency ORSAFLOW."
    assert _rival(analyze("Did the Harbour Agency run the ferry?"), "Harbour Agency", run)
    assert _rival(analyze("Did NATO run the ferry?"), "NATO", run) == "ORSAFLOW"
    assert "EU" in names("Did an EU-run operation replace it?")


def test_which_came_first_is_answered_by_the_succession_a_sentence_states() -> None:
    """Timeline class: "Which came first, X or Y?" leads with the one the sentence's
    succession puts first (passive "X was later replaced by Y" or active "Y replaced X"),
    "later" with the other, as the sentence writes it; no succession, no lead."""
    passive = "The Orsa ferry, run by the town, was later replaced by a service called Riverlink."
    active = "In 2019 Riverlink replaced the Orsa ferry on the river."
    for text in (passive, active):
        assert first_in_succession(
            analyze("Which came first, the Orsa ferry or Riverlink?"), text
        ) == ("Orsa ferry")
        assert first_in_succession(
            analyze("Which came later, riverlink or the orsa ferry?"), text
        ) == ("Riverlink")
    assert first_in_succession(analyze("Which came first, Alden or Brisk?"), passive) == ""
    plain = "Riverlink and the Orsa ferry both cross the river."
    assert (
        first_in_succession(analyze("Which came first, the Orsa ferry or Riverlink?"), plain) == ""
    )


def test_a_part_asked_after_a_preposition_is_split_and_leans_on_the_first() -> None:
    """Two-part class: "When was X signed and by how many cities?" is two questions; the
    second ("by how many cities?") is half a question and takes the first's subject."""
    parts = split_parts("When was the river pact signed and by how many cities?")
    assert parts == ("When was the river pact signed?", "by how many cities?")
    assert needs_context("by how many cities?", parts[0])
    assert "river pact" in condense([(parts[0], "")], parts[1])


def test_a_refused_part_says_what_is_missing_without_quoting_again(
    fixture_assistant: Assistant,
) -> None:
    """Two-part class: a part the sources cannot answer is not dropped because its quote
    was the other part's answer: its refusal is said, its quote not repeated."""
    answer = fixture_assistant.answer(
        "Who does the Water Board report to and in which year did it stop monitoring?",
        use_llm=False,
    )
    assert "do not say" in answer.text, answer.text


def test_half_a_question_the_first_answer_already_gave_is_not_answered_again(
    fixture_assistant: Assistant,
) -> None:
    """Two-part class: "…, and in what year?" after an answer that dates it adds nothing:
    no second passage, no refusal of a year already given."""
    dated = fixture_assistant.answer(
        "Where was the river pact signed, and in what year?", use_llm=False
    )
    assert "2019" in dated.text and "do not say" not in dated.text, dated.text
    assert dated.text.count("[") <= 2, dated.text


def test_explain_says_how_the_question_was_read_and_what_the_evidence_allowed(
    fixture_assistant: Assistant,
) -> None:
    """`--explain` (the answer's notes) names the question type and the sentence that
    answered, settled or failed to settle it, or the reason for a refusal."""
    settled = fixture_assistant.answer("Did Dunmore join the river pact?", use_llm=False)
    assert any(n.startswith("question type: yes/no;") and "settles it" in n for n in settled.notes)
    refused = fixture_assistant.answer("Who chairs the Water Board?", use_llm=False)
    assert any("refused:" in n for n in refused.notes), refused.notes


def test_a_sentence_saying_both_sides_opposes_by_the_side_near_the_questions_words(
    fixture_assistant: Assistant,
) -> None:
    """Yes/no class: a sentence that says both a question word and its opposite ("the
    outer channel … since the pact, inner gates were removed") answers by the side that
    stands among the question's other words: "Did the pact do away with the outer
    gates?" is No, while a question about the outer channel's own clause is not opposed."""
    sentence = (
        "Sharing the upkeep of the outer channel is a step forward: since the river pact, "
        "inner gates were removed and boats still pass through the locks."
    )
    assert opposed("Did the river pact do away with the outer gates?", sentence) == {"outer"}
    assert not opposed("Is sharing the upkeep of the outer channel a step forward?", sentence)
    assert not opposed("Did the river pact do away with the inner gates?", sentence)
    q = analyze("Did the river pact do away with the outer gates?")
    said = _evidence(sentence)
    assert decide(q, [(said, 0.7)], fixture_assistant.context, 0.2).yes_no != "yes"
    q = analyze("Did the river pact get rid of the inner gates?")
    assert decide(q, [(said, 0.7)], fixture_assistant.context, 0.2).yes_no == "yes"


def test_what_a_name_only_listed_is_gets_a_refusal_naming_the_list(
    fixture_assistant: Assistant,
) -> None:
    """Near-miss class: "What is X?" / "What does X involve?" where every sentence at hand
    names X as one short item of a list says nothing of what X is: refused, with the list
    as what the sources do say; a name a sentence describes is answered."""
    ctx = fixture_assistant.context
    listed = _evidence("Alden, Brisk and Corra joined the pact, while Dunmore stayed out of it.")
    for question in ("What is Brisk?", "What exactly does Brisk involve?"):
        decision = decide(analyze(question), [(listed, 0.6)], ctx, 0.2)
        assert not decision.answerable, question
        assert "only as one item of a list" in decision.reason and decision.about == listed
    board = _evidence("The pact created the Water Board, which monitors pollution.")
    decision = decide(analyze("What is the Water Board?"), [(board, 0.6)], ctx, 0.2)
    assert decision.answerable
    # a list question about the items is no question of what one item is
    q = analyze("Which towns joined the pact besides Brisk?")
    assert "only as one item" not in decide(q, [(listed, 0.6)], ctx, 0.2).reason


def test_a_part_of_a_year_the_sentence_does_not_give_is_another_value(
    fixture_assistant: Assistant,
) -> None:
    """Yes/no class: "at the end of 2021?" against "at the beginning of 2021" states
    another time of that year: No; "early 2021" is the same part; and "Does the article say
    X has already been done?" against "X is likely to be done" is No, as the plain past
    question is."""
    ctx = fixture_assistant.context
    planned = _evidence(
        "The Water Board is most likely to approve the three treatment plants at the "
        "beginning of 2021."
    )
    for question, verdict in (
        ("Was the Water Board expected to approve the treatment plants at the end of 2021?", "no"),
        ("Was the Water Board expected to approve the treatment plants in early 2021?", "yes"),
        ("Does the article say the Water Board has already approved the treatment plants?", "no"),
    ):
        assert decide(analyze(question), [(planned, 0.7)], ctx, 0.2).yes_no == verdict, question
    assert year_parts("at the beginning of 2021 and late 2022") == {2021: {"early"}, 2022: {"late"}}


def test_a_state_never_named_is_unknown_unless_asked_whether_it_takes_part(
    fixture_assistant: Assistant,
) -> None:
    """Near-miss class: "What did Austria contribute to the pact?" asks what a state the
    sources never name did: refused; whether it is in or out may be settled by who the
    sources say is in ("Is Austria in the pact?", "Which of Austria and Dunmore stayed
    out?")."""
    ctx = fixture_assistant.context
    assert unknown_names(analyze("What did Austria contribute to the river pact?"), ctx) == [
        "Austria"
    ]
    for question in (
        "Is Austria in the river pact?",
        "Which of Austria and Dunmore are not in the river pact?",
        "How many states besides Austria joined the pact?",
    ):
        assert unknown_names(analyze(question), ctx) == [], question


def test_the_card_settles_yes_no_questions_about_its_author_and_address(
    fixture_assistant: Assistant,
) -> None:
    """About-the-article class: "Is X the author?", "Is the piece by X?" are settled by
    the card's author; "Does the article have a URL?" by its address (none recorded: No);
    "How does the author link X to Y?" asks the content, not the address."""
    for question, start in (
        ("Is Ada Tester the author?", "Yes: the article's author is Ada Tester"),
        ("Is the piece by John Smith?", "No: the article's author is Ada Tester"),
        ("Does the article have a URL?", "No: the article's copy carries no web address"),
    ):
        reply = fixture_assistant.answer(question, use_llm=False)
        assert reply.text.startswith(start), (question, reply.text)
    from qa.card import card_field

    assert card_field(analyze("How does the author link the estuary to the nitrate?")) != "url"


def test_the_card_settles_the_articles_publisher_and_year_and_refuses_what_it_lacks(
    fixture_assistant: Assistant,
) -> None:
    """About-the-article class: a publisher asked in other verbs ("put out", "issued") or
    named wrongly is the card's; a year asked ("from 2023?", "published in 2020?") is its
    date's; a trait it does not hold ("a Dutch think tank?", "Is the author Italian?") is
    refused with what it does hold; "Who is <author>?" is its author."""
    for question, start in (
        ("Was this analysis put out by the Delta Water Institute?", "No: the article's publisher"),
        ("Did the Test Institute publish this paper?", "Yes: the article's publisher"),
        ("Which organisation issued this analysis?", "The article was published by Test"),
        ("Is the article from 2023?", "No: the article carries no printed date"),
        ("Was this piece published in 2020?", "Yes: the article carries no printed date"),
        ("Was the article published by a Dutch think tank?", "The sources do not say"),
        ("Is the author Italian?", "The sources do not say"),
        ("Who is Ada Tester?", "Ada Tester is the article's author"),
    ):
        reply = fixture_assistant.answer(question, use_llm=False)
        assert reply.text.startswith(start), (question, reply.text)
        assert reply.citations and reply.citations[0].sentence.split(":")[0] in {
            "author",
            "publisher",
            "date",
        }, (question, reply.citations)


def test_a_statement_put_up_for_checking_is_a_yes_no_question() -> None:
    """Yes/no class: "I read that X — right?", "Quick check: X?", "X, correct?", "X was
    Y?" ask whether X holds, as "Is it true that X?" does; the frame's words are not
    asked; a question that already asks keeps its form."""
    for question in (
        "I read that Dunmore stayed out — right?",
        "Quick check: the Water Board publishes a yearly report?",
        "The pact was signed in Vienna, correct?",
        "the pact was signed in Vienna?",
        "Dunmore joined the pact, didn't it?",
    ):
        q = analyze(question)
        assert q.kind == YESNO and q.text.startswith("Is it true that"), (question, q.text)
        assert "true" not in q.terms and "right" not in q.terms, q.terms
    assert analyze("Did Dunmore join, right?").text == "Did Dunmore join?"
    assert analyze("What does the Water Board check?").kind != YESNO
    assert analyze("The pact was signed by whom?").kind != YESNO


def test_states_named_together_on_both_sides_of_an_exception_are_denied_together() -> None:
    """Country class: "Are France and Spain outside?" against "all … except Spain and
    Italy" is No (France is in); "Are Spain and Italy outside?" is not split."""
    from qa.decide import split_states

    out = "All member states take part except for Spain and Italy."
    assert split_states(analyze("Are France and Spain outside the pact?"), out)
    assert split_states(analyze("Do France and Spain take part?"), out)
    assert not split_states(analyze("Are Spain and Italy outside the pact?"), out)
    assert not split_states(analyze("Is Spain outside the pact?"), out)


def test_whether_an_acronym_stands_for_a_long_name_is_settled_by_the_corpus(
    real_assistant: Assistant,
) -> None:
    """Yes/no class: "Does X stand for Y?", "Is X short for Y?", "Is Y abbreviated as
    X?" compare Y with the long name the corpus defines for X (its start, or it with a
    noun after): Yes or No, with the defining sentence."""
    for question, verdict in (
        ("Does PESCO stand for Permanent Structured Cooperation?", "Yes."),
        ("Does PESCO stand for Permanent Security Cooperation?", "No."),
        ("Is CSDP short for Common Security and Defence Policy?", "Yes."),
        ("Is the Harbour & Maritime Surveillance and Protection project abbreviated as HARMSPRO?",
         "Yes."),
    ):  # fmt: skip
        reply = real_assistant.answer(question, use_llm=False)
        assert reply.text.startswith(verdict), (question, reply.text)


def test_a_bare_question_word_after_and_asks_it_of_the_first_part() -> None:
    """Two-part class: "Who signed the pact and when?" asks when of what the first part
    asks about; "What is X?" alone is one question."""
    assert split_parts("Who signed the pact and when?") == (
        "Who signed the pact?",
        "when signed the pact?",
    )
    assert split_parts("Who ran the ferry, and where?")[1] == "where ran the ferry?"


def test_a_mention_verb_that_only_says_which_thing_asks_no_mention() -> None:
    """Yes/no class: "Was the meeting cited in footnote 1 held in 2020?" asks when it was
    held, not whether the text cites it; "Does the article mention X?", "Is X discussed
    in the text?", "Is there any mention of X?" and "Does footnote 2 cite X?" do."""
    from qa.decide import _MENTION_RE, _asks_mention

    def asks(text: str) -> bool:
        verb = _MENTION_RE.search(text)
        return bool(verb and _asks_mention(text, verb))

    assert not asks("Was the Council meeting cited in footnote 1 held in 2020?")
    assert not asks("Is the Orsa river named after a town?")
    for question in (
        "Does the article mention Dunmore?",
        "Is Dunmore discussed in the text?",
        "Is there any mention of Dunmore?",
        "Does footnote 2 cite the Water Board?",
    ):
        assert asks(question), question


def test_a_note_settles_a_date_question_about_what_it_cites(
    fixture_assistant: Assistant,
) -> None:
    """Yes/no class: note 1 ("Minutes of the founding meeting, Council of Vienna, 2019")
    dates what it cites: "Did the Council of Vienna meet in 2020?" is No by the note, for
    a question naming what the note names; a note is no evidence for anything else."""
    ctx = fixture_assistant.context
    (note,) = [
        ev for ev in notes_by_number(fixture_assistant.store).values() if "Council" in ev.text
    ]
    q = analyze("Did the Council of Vienna meet in 2020?")
    assert decide(q, [(note, 0.6)], ctx, 0.2).yes_no == "no"
    q = analyze("Did the Water Board meet in 2020?")
    assert decide(q, [(note, 0.6)], ctx, 0.2).yes_no == ""


def test_another_state_doing_what_is_asked_denies_the_state_asked_about(
    fixture_assistant: Assistant,
) -> None:
    """Yes/no class: "Does Spain manage the Orsa locks?" against a sentence on the Orsa
    locks naming Austria as managing them is No (Austria does); a sentence naming no
    state leaves it refused, and one naming the state asked about is read as usual."""
    ctx = fixture_assistant.context
    managed = _evidence("Since 2019, Austria has been managing the Orsa river locks.")
    q = analyze("Does Spain manage the Orsa river locks?")
    decision = decide(q, [(managed, 0.7)], ctx, 0.2)
    assert decision.yes_no == "no" and decision.support == (managed,)
    unnamed = _evidence("The Orsa river locks are managed by the Water Board.")
    assert decide(q, [(unnamed, 0.7)], ctx, 0.2).yes_no == ""


def test_what_replaced_a_thing_is_the_name_after_the_succession() -> None:
    """Named class: "What replaced X?" / "Who took over from X?" is answered by the last
    name of the clause after "was later replaced", with X before it; a question asking
    no successor, or naming what the sentence does not put first, gets none."""
    from qa.decide import successor

    text = (
        "The Orsa ferry, a service run by Alden, was later replaced by a shuttle of the "
        "Water Board called Riverline."
    )
    assert successor(analyze("What replaced the Orsa ferry?"), text) == "Riverline"
    assert successor(analyze("who took over from the orsa ferry"), text) == "Riverline"
    assert successor(analyze("What replaced Riverline?"), text) == ""
    assert successor(analyze("Who ran the Orsa ferry?"), text) == ""
    # "What agency …?" asks the body the clause names, not the service it runs
    agency = (
        "The Orsa ferry was later replaced by a shuttle of the river agency RIVA called Riverline."
    )
    assert successor(analyze("What agency replaced the Orsa ferry?"), agency) == "RIVA"


def test_a_date_lead_keeps_the_part_of_the_year_the_sentence_gives() -> None:
    """Date class: the lead for "when should the results be seen?" is "at the beginning
    of 2022", as the sentence writes it, not the bare year."""
    from qa.entities import with_year_part

    text = "The board will inspect the plants in 2021 and see the results at the beginning of 2022."
    assert with_year_part(text, "2022") == "at the beginning of 2022"
    assert with_year_part(text, "2021") == "2021"


def test_a_yes_no_asking_when_needs_a_sentence_that_gives_a_date(
    fixture_assistant: Assistant,
) -> None:
    """Yes/no class: "Did the flood strike in 2013?" against "Since the flood, the board
    has monitored the Orsa" affirms nothing about 2013: no verdict; a year naming the
    thing ("the 2013 flood") asks no time of the sentence."""
    ctx = fixture_assistant.context
    since = _evidence("Since the great flood, the Water Board has monitored the Orsa river.")
    q = analyze("Did the great flood strike the Orsa river in 2013?")
    assert decide(q, [(since, 0.7)], ctx, 0.2).yes_no == ""
    # another sentence naming the flood by its year dates it: 2011, so not 2013
    named = _evidence("After the great flood of 2011 the board built new dykes on the Orsa.")
    assert decide(q, [(since, 0.7), (named, 0.5)], ctx, 0.2).yes_no == "no"
    q = analyze("Did the great flood strike the Orsa river in 2011?")
    assert decide(q, [(since, 0.7), (named, 0.5)], ctx, 0.2).yes_no == "yes"
    q = analyze("Did the board build dykes on the Orsa in 2013?")  # names no dated thing
    other = _evidence("The board built dykes on the Orsa since the great flood of 2011.")
    assert decide(q, [(other, 0.7)], ctx, 0.2).yes_no != "yes"
    from qa.decide import _TIME_ASKED_RE

    assert not _TIME_ASKED_RE.search("Has the board monitored it since the 2019 flood?")
    assert _TIME_ASKED_RE.search("Was it monitored at the end of 2019?")


def test_questions_for_the_articles_sources_and_the_point_of_a_thing(
    fixture_assistant: Assistant,
) -> None:
    """About-the-article class: "What sources does the article cite?" lists its notes;
    "What source backs the claim that X?" is the claim's; "the point of X" asks its aim
    and names no attribute the sources never use."""
    reply = fixture_assistant.answer("What sources does the article cite?", use_llm=False)
    assert reply.text.startswith("The article has two footnotes"), reply.text
    q = analyze("What source backs the claim that the pact was signed in Vienna?")
    assert card_answer(q, fixture_assistant.store) is None
    q = analyze("What is the point of the Water Board?")
    assert unknown_attribute(q, fixture_assistant.context) == ["point"]  # it states no aim


def test_a_sentence_opening_with_a_long_names_head_speaks_of_its_acronym(
    real_assistant: Assistant,
) -> None:
    """Paraphrase class: "The cooperation is expected to …" speaks of PESCO (the Permanent
    Structured Cooperation on …), so a question naming PESCO finds it by that word too;
    "The participants …" names none."""
    lexicon = real_assistant.lexicon
    assert lexicon.clipped("The cooperation is expected to ensure more protection.") == {"pesco"}
    assert lexicon.clipped("The participants identified a list.") == set()


def test_a_yes_no_about_a_note_is_settled_by_the_record_of_what_it_cites(
    fixture_assistant: Assistant,
) -> None:
    """About-the-notes class: a yes/no question on what a numbered note cites opens with
    Yes or No when the record settles it: another kind, date or name answers No."""

    def first(question: str) -> str:
        return fixture_assistant.answer(question, use_llm=False).text

    assert first("Is footnote 1 a press release?").startswith("Yes. Footnote 1"), first(
        "Is footnote 1 a press release?"
    )
    assert first("Is the second footnote a press release?").startswith("No. Footnote 2")
    assert first("Was the meeting footnote 1 cites held in April 2019?").startswith("No.")
    assert first("Does footnote 1 cite a document of the Council of Vienna?").startswith("Yes.")
    assert first("Is footnote 2 a quotation from the Council of Vienna?").startswith("No.")
    assert first("Does footnote 1 cite a paper by the Council of Vienna?").startswith("No.")
    assert first("Is footnote 2 a web page of the Water Board?").startswith("Yes.")


def test_a_follow_up_asks_its_own_field_and_did_x_write_asks_the_author(
    fixture_assistant: Assistant,
) -> None:
    """About-the-article class: "Who wrote it and which institute published it?" answers
    both fields; "Did X write the article?" is the author's yes/no."""
    reply = fixture_assistant.answer(
        "Who wrote the article and which institute published it?", use_llm=False
    )
    assert "Ada Tester" in reply.text and "Test Institute for Water Policy" in reply.text
    reply = fixture_assistant.answer("Did Ada Tester write the article?", use_llm=False)
    assert reply.text.startswith("Yes"), reply.text
    reply = fixture_assistant.answer("Did Bob Jones write this piece?", use_llm=False)
    assert reply.text.startswith("No"), reply.text


def test_a_bounded_count_is_checked_against_a_count_of_the_same_noun(
    fixture_assistant: Assistant,
) -> None:
    """Yes/no class: "more than 20 states?" is not denied by "17 projects"; a count of the
    states a sentence excepts from all settles a bound on those left out."""
    from qa.decide import excepted_count, states_other_value

    text = "The board listed 17 projects. Almost all member states take part except Alden."
    q = analyze("Are more than 20 member states taking part?")
    assert not states_other_value(q, text)
    q = analyze("Did more than 20 member states list projects?")
    assert not states_other_value(q, "Twenty-two member states listed 17 projects.")
    assert states_other_value(q, "Twelve member states listed 17 projects.")
    out = "All member states take part except for France, Spain and Italy."
    assert excepted_count(analyze("Are fewer than five member states staying out?"), out)
    assert excepted_count(analyze("Are four countries staying out?"), out) is False
    assert excepted_count(analyze("Are more than two states staying out?"), out)
    assert excepted_count(analyze("Is Spain staying out?"), out) is None


def test_a_kind_the_sentence_says_of_its_subject_is_no_other_kind(
    fixture_assistant: Assistant,
) -> None:
    """Yes/no class: "Is the pact a binding agreement?" against "The pact is a framework
    letting cities join a binding agreement" is no other kind; "mission" is a noun, not
    the polarity word "missing" that shares its stem."""
    ctx = fixture_assistant.context
    said = _evidence("The river pact is a framework that lets cities join a binding agreement.")
    q = analyze("Is the river pact a binding agreement?")
    assert decide(q, [(said, 0.7)], ctx, 0.2).yes_no != "no"
    listed = _evidence("One of the planned measures is the Orsa Watch.")
    q = analyze("Is the Orsa Watch a mission?")
    assert decide(q, [(listed, 0.7)], ctx, 0.2).yes_no != "yes"


def test_what_happened_in_a_year_prefers_the_sentence_placing_it_in_that_year() -> None:
    """Date class: "What happened in 2015?" takes "the flood of 2015" before "built
    after 2015"."""
    from qa.decide import _dates_within

    assert _dates_within("2015", "After the flood of 2015 the board was set up.")
    assert not _dates_within("2015", "New dykes were built after 2015.")


def test_words_only_a_cited_documents_title_uses_ask_about_that_document(
    real_assistant: Assistant,
) -> None:
    """About-the-notes class: "joint notification" is only in the title of what note 1
    cites: a yes/no or a count about it is answered from that record, cited [1]."""
    reply = real_assistant.answer(
        "Was the joint notification signed by 23 member states?", use_llm=False
    )
    assert reply.text.startswith("Yes") and "[1]" in reply.text, reply.text
    reply = real_assistant.answer(
        "How many member states put their names to the joint notification?", use_llm=False
    )
    assert reply.text.startswith("23 [1]"), reply.text


def test_which_things_with_names_needs_a_sentence_naming_them(
    fixture_assistant: Assistant,
) -> None:
    """Near-miss class: "Which treatment plants …?" where the sentences speak of plants
    but name none is refused, saying so; a sentence naming one ("the Orsa Watch, a
    mission") answers "Which missions …?"."""
    ctx = fixture_assistant.context
    from qa.decide import unnamed_instances

    generic = _evidence("Inspectors visit ports and airports along the river every month.")
    q = analyze("Which airports do the inspectors visit?")
    found = unnamed_instances(q, [(generic, 0.7)], ctx)
    assert found is not None and found[0] == "airports" and found[2]
    q = analyze("Which ministers signed the pact?")  # no sentence speaks of ministers
    found = unnamed_instances(q, [(generic, 0.7)], ctx)
    assert found is not None and found[0] == "ministers" and not found[2]
    named = _evidence("The board runs the Orsa Watch, a mission carried out by boat.")
    q = analyze("Which missions does the board run?")
    assert unnamed_instances(q, [(named, 0.7)], ctx) is None
    q = analyze("Which measures are planned?")  # measures are described, not named
    assert unnamed_instances(q, [(generic, 0.7)], ctx) is None


def test_a_which_country_question_needs_the_rare_word_that_picks_them(
    fixture_assistant: Assistant,
) -> None:
    """Near-miss class: "Which countries are the estuary members?" is not answered by the
    sentence naming the states that joined, when only another passage says "estuary"."""
    ctx = fixture_assistant.context
    joined = _evidence("France, Spain and Italy joined the pact.")
    q = analyze("Which countries are the estuary members?")
    assert not decide(q, [(joined, 0.7)], ctx, 0.2).answerable
    q = analyze("Which countries joined the pact?")
    assert decide(q, [(joined, 0.7)], ctx, 0.2).answerable


def test_a_question_for_what_a_thing_is_for_takes_the_sentences_saying_it(
    real_assistant: Assistant,
) -> None:
    """Purpose class: "What is X meant to achieve?" asks what X is for, not what X is:
    the sentences stating an aim or what X is expected to do, the one calling X by its
    long name's head ("The cooperation is expected to …") too; "What is the meaning of X?"
    is still a definition."""
    assert analyze("What are the goals of the pact?").kind != "definition"
    assert analyze("What is the pact supposed to do for farmers?").kind != "definition"
    assert analyze("What is the Treaty of Lisbon?").kind == "definition"
    assert analyze("What is the meaning of PESCO?").kind == "definition"
    reply = real_assistant.answer("What advantages should PESCO bring?", use_llm=False)
    assert "expected to ensure more protection" in reply.text, reply.text
    reply = real_assistant.answer("What is the meaning of PESCO?", use_llm=False)
    assert not reply.refused, reply.text


def test_a_yes_no_stating_a_succession_is_settled_by_the_sentences_order() -> None:
    """Yes/no class: "Did Y take over from X?" / "Was X replaced by Y?" against "X, later
    replaced by Y": Yes; the two names the other way round: No."""
    from qa.decide import succession_order

    text = "The Orsa ferry was later replaced by a shuttle of the Water Board called Riverline."
    names = ["Orsa", "Riverline"]
    assert succession_order(analyze("Did Riverline take over from the Orsa ferry?"), names, text)
    assert succession_order(analyze("Was the Orsa ferry replaced by Riverline?"), names, text)
    assert not succession_order(
        analyze("Did the Orsa ferry take over from Riverline?"), names, text
    )


def test_an_answer_does_not_open_with_the_articles_connective() -> None:
    """Clumsy-lead class: "Likewise, the board …" opens no answer: "The board …"."""
    from qa.respond import _unlinked

    assert (
        _unlinked("Likewise, the board checks the river [¶4].")
        == "The board checks the river [¶4]."
    )
    assert _unlinked("Thus, it will be built [¶5].") == "It will be built [¶5]."
    assert _unlinked("The board checks the river [¶4].") == "The board checks the river [¶4]."


def test_a_sentence_about_another_named_thing_is_not_what_the_asked_one_does(
    fixture_assistant: Assistant,
) -> None:
    """Attribution class: for "What does the Water Board do?", "RIVA is the framework …”,
    Water Board" (a quotation the board gives about RIVA) and "It aims to …" after it
    speak of RIVA, not of the board."""
    from qa.decide import _refers_elsewhere

    ctx = fixture_assistant.context
    quote = _evidence("“RIVA is the framework that links the river gauges”, Water Board ( ).")
    assert _refers_elsewhere(["Water Board"], quote, ctx)
    own = _evidence("The Water Board monitors pollution and publishes a yearly report.")
    assert not _refers_elsewhere(["Water Board"], own, ctx)


def test_a_question_of_only_its_type_and_polarity_finds_the_exception(
    real_assistant: Assistant,
) -> None:
    """Country class: "Which country stayed out?" asks nothing but who is out: the
    sentence excepting states from all answers it, singular or plural."""
    reply = real_assistant.answer("Which nation stayed out?", use_llm=False)
    assert "Denmark" in reply.text and not reply.refused, reply.text


def test_only_is_denied_by_a_sentence_joining_the_thing_with_another() -> None:
    """Yes/no class: "Can the river be crossed only by ferry?" against "crossed by ferry
    and by bridge" is No; "Are A and B the only states outside?" against "all except A,
    B and C" is No, with all three named Yes; a sentence saying neither settles nothing."""
    from qa.decide import only_verdict

    text = "Since the pact, the river can be crossed by the Orsa ferry and by the new bridge."
    assert only_verdict(analyze("Can the river be crossed only by bridge?"), text) == "no"
    assert only_verdict(analyze("Can the river be crossed by bridge?"), text) == ""
    out = "All member states take part except for France, Spain and Italy."
    assert only_verdict(analyze("Are France and Spain the only states outside?"), out) == "no"
    q = analyze("Are France, Spain and Italy the only states outside?")
    assert only_verdict(q, out) == "yes"
    assert only_verdict(analyze("Is it run only by the board?"), "The board runs it.") == ""


def test_a_claim_of_the_only_way_or_a_wrong_month_gets_no_yes(
    fixture_assistant: Assistant,
) -> None:
    """Yes/no class: "Is X the only way to Y?" is not affirmed by a sentence saying X
    does Y (it never says "only"); "Was X signed in December 2018?", a month the corpus
    never gives, is denied by the sentence dating the signing otherwise, not refused as
    an unknown name."""
    reply = fixture_assistant.answer(
        "Is the Water Board the only way to monitor pollution?", use_llm=False
    )
    assert not reply.text.startswith("Yes"), reply.text
    reply = fixture_assistant.answer("Was the river pact signed in December 2018?", use_llm=False)
    assert reply.text.startswith("No") and "March 2019" in reply.text, reply.text


def test_a_yes_no_on_a_reason_given_or_on_plans_needs_a_sentence_saying_one(
    fixture_assistant: Assistant,
) -> None:
    """Near-miss class: "Did X explain why …?" asks whether a reason was given, and "Is X
    planning to … later on?" asks for intentions: a sentence on X saying neither is no
    answer (refused, with what is said of X), while a sentence of plans answers."""
    for question in (
        "Did Dunmore explain why it stayed out of the pact?",
        "Is Dunmore planning to join the pact later on?",
    ):
        reply = fixture_assistant.answer(question, use_llm=False)
        assert reply.refused and "Dunmore" in reply.text, (question, reply.text)
    reply = fixture_assistant.answer(
        "Are the cities planning to build treatment plants?", use_llm=False
    )
    assert not reply.refused, reply.text


def test_capitalised_things_and_places_are_no_people() -> None:
    """Person class: "Member States", "the United Kingdom", "Permanent Structured
    Cooperation" are no person answering "Who was the chief …?"; a Firstname Lastname
    inside a sentence is."""
    from qa.entities import people

    text = (
        "In May, Member States of the United Kingdom and the Permanent Structured Cooperation met"
    )
    assert people(text) == []
    assert people("The board was chaired by Mira Holt in 2019.") == ["Mira Holt"]


def test_which_states_the_article_names_is_every_state_it_names(
    real_assistant: Assistant,
) -> None:
    """About-the-article class: "Which countries does the article mention?" lists every
    state the text names, each cited where it is first named, in the text's order; a
    question asking more of them ("named as staying out") is the content's."""
    from qa.card import card_answer

    store = real_assistant.store
    found = card_answer(analyze("What countries come up in the text?"), store)
    assert found is not None and found.text.startswith("The article names"), found
    named = [countries(e.text) for e in found.support]
    assert all(named) and set().union(*named) >= {"malta", "italy"}, found.text
    assert card_answer(analyze("Which countries are named as staying out?"), store) is None


def test_the_other_n_things_the_sources_only_count_are_refused(
    fixture_assistant: Assistant,
) -> None:
    """Near-miss class: "What are the other three cities?" where the sentence saying
    "cities" only counts them ("signed … by four cities") is refused; a noun followed by
    its list ("Two measures are planned: • …") answers "the other two measures"."""
    ctx = fixture_assistant.context
    counted = _evidence("The river pact was signed in Vienna in March 2019 by four cities.")
    q = analyze("What are the other three cities that signed the pact?")
    decision = decide(q, [(counted, 0.7)], ctx, 0.2)
    assert not decision.answerable and "none of the other" in decision.reason, decision
    listed = _evidence("Two measures are planned: • Building plants. • Training inspectors.")
    q = analyze("What are the other two measures planned?")
    assert decide(q, [(listed, 0.7)], ctx, 0.2).answerable
