"""Classes of reader questions met in the seventeenth pass's user trials and tune half,
each tested on sentences written for the tests (the fixture corpus is the invented river
pact); none comes from a gold set.
"""

from __future__ import annotations

from qa.analyze import PLACE, SOURCE, YESNO, analyze, split_parts
from qa.answer import Assistant
from qa.card import card_field
from qa.decide import expected_only, part_of_said, successor
from qa.entities import countries
from qa.respond import ordinal_item
from qa.spelling import Speller

_PATROLS = (
    "Since 2010 Alden has guarded the upper river, above all with Orsa Watch, a patrol run "
    "by the Alden Guard that was later replaced by a patrol of the Water Board called Clearway."
)


def test_a_successor_is_found_for_a_thing_described_not_named() -> None:
    """Named class: "Which patrol replaced the Alden one?" describes the first patrol by
    what the sentence says of it; the successor is the name after the verb. A description
    the sentence does not give ("the Brisk one") finds none."""
    assert successor(analyze("Which patrol replaced the Alden one?"), _PATROLS) == "Clearway"
    assert successor(analyze("What replaced Orsa Watch?"), _PATROLS) == "Clearway"
    assert successor(analyze("Which patrol replaced the Brisk one?"), _PATROLS) == ""


def test_the_argument_of_the_article_is_its_aim_and_its_end(
    fixture_assistant: Assistant,
) -> None:
    """About-the-article class: "What is the main argument?", "what's she getting at" ask
    for the argument as a whole: what the text aims at and how it ends.
    "What does the writer argue about Dunmore?" asks about a subject; "Does the writer
    argue X?" checks a statement."""
    for text in ("What is the article's main argument?", "what is she getting at"):
        assert card_field(analyze(text)) == "argument", text
    for text in ("What does the writer argue about Dunmore?", "Does she argue the pact failed?"):
        assert card_field(analyze(text)) != "argument", text
    reply = fixture_assistant.answer("What's the thesis of the piece?", use_llm=False).text
    assert "concludes" in reply, reply  # the invented article states no aim of its own


def test_her_point_is_asked_anew_after_who_wrote_it() -> None:
    """Two-part class: "Who wrote it, and what's her point?" asks two things; "What is X,
    and what's the point?" asks the first again."""
    assert len(split_parts("Who is the writer, and what's her point?")) == 2
    assert split_parts("What is the Water Board, and what's the point?") == (
        "What is the Water Board?",
    )


def test_an_unsaid_word_before_a_known_closing_noun_is_no_yes(
    fixture_assistant: Assistant,
) -> None:
    """Near-miss class: "Does the Board publish a satellite report?" asks of a kind of
    report no sentence names; the report itself is said. "… a yearly report?" is."""
    missing = fixture_assistant.answer(
        "Does the Water Board publish a satellite report?", use_llm=False
    ).text
    assert "nothing of “satellite”" in missing, missing
    said = fixture_assistant.answer("Does the Water Board publish a yearly report?", use_llm=False)
    assert said.text.startswith("Yes"), said.text


def test_a_possibility_is_no_result() -> None:
    """Near-miss class: "Has X cut pollution?" asks what happened; "X could be used to cut
    pollution" says what could. A question asking what was said or planned, or a plain
    fact with a "will" elsewhere, is no such case."""
    could = "The Water Board could be used to cut pollution along the river."
    assert expected_only(analyze("Has the Water Board cut pollution?"), could)
    assert expected_only(analyze("The Board has reduced pollution, right?"), could)
    assert not expected_only(analyze("Did the writer say the Board could cut pollution?"), could)
    signed = "The pact was signed by four cities that will meet every year."
    assert not expected_only(analyze("Did four cities sign the pact?"), signed)


def test_names_typed_in_lower_case_get_their_capitals() -> None:
    """Typist class: "did alden sign it in vienna" means the names the corpus writes with
    a capital inside a sentence; an everyday word written so in a name ("Board") and a
    word opening a sentence keep the reader's case."""
    speller = Speller(
        ["The pact was signed in Vienna by Alden.", "Later the Water Board met ORSA staff."]
    )
    fixed, typos = speller.correct("did alden sign it in vienna with orsa's board later")
    assert fixed == "did Alden sign it in Vienna with ORSA's board later", fixed
    assert not typos


def test_a_truth_tag_typed_without_its_comma_checks_the_statement() -> None:
    """Yes/no class: "dunmore is out of the pact right" is "…, right?" typed in haste;
    "Is that right" asks nothing of a statement."""
    assert analyze("dunmore is out of the pact right").kind == YESNO
    assert analyze("which cities are on the right").kind != YESNO


def test_a_seat_lower_case_in_a_treaty_name_is_no_state() -> None:
    """Country class: "the treaty of lisbon" names a treaty, as "the Treaty of Lisbon"
    does; "did lisbon stay out" still names Portugal's government."""
    assert not countries("the pact came from the treaty of lisbon")
    assert countries("did Lisbon stay out") == {"portugal"}


def test_coming_out_of_is_no_being_out() -> None:
    """Yes/no class: "something that comes out of the Council" asks where it comes from,
    not whether it is out; "Is Dunmore out of the pact?" is."""
    assert not analyze("Is the pact something that comes out of the Council of Vienna?").negative
    assert analyze("Is Dunmore out of the pact?").negative


def test_a_link_to_a_cited_document_named_by_its_maker(fixture_assistant: Assistant) -> None:
    """About-the-notes class: "Is there a web link for the Water Board's page?" names the
    cited document by its maker; its note and record settle it."""
    reply = fixture_assistant.answer(
        "Is there a web link for the Water Board page?", use_llm=False
    ).text
    assert reply.startswith("No") and "Footnote 2" in reply, reply


def test_an_ordinal_asks_for_that_item_of_a_bulleted_list() -> None:
    """List class: "What is the second measure?" is the second item of the sentence's
    list of measures; a list of other things, or no such item, gives none."""
    text = "Two measures are planned: • Building three plants. • Training inspectors."
    assert ordinal_item("What is the second measure?", text) == "Training inspectors"
    assert ordinal_item("and whats the 1st measure", text) == "Building three plants"
    assert ordinal_item("What is the third measure?", text) == ""
    assert ordinal_item("What is the second river?", text) == ""


def test_being_a_thing_of_a_kind_is_being_part_of_it() -> None:
    """Yes/no class: "Is the Water Board part of the Council?" is settled by "The Water
    Board is a specific Council body"; "The Board works with the Council" settles nothing."""
    asked = analyze("Is the Water Board part of the Council?")
    assert part_of_said(asked, "The Water Board is a specific Council body for rivers.")
    assert not part_of_said(asked, "The Water Board works with the Council on rivers.")
    assert part_of_said(
        analyze("The Water Board is a part of the Council, yes?"),
        "The Water Board, a Council body, meets monthly.",
    )


def test_a_plan_answers_no_to_had_it_already_happened(fixture_assistant: Assistant) -> None:
    """Yes/no class: "Had the plants already been built?" against "Two measures are
    planned: building three plants": not yet."""
    reply = fixture_assistant.answer(
        "Had the three treatment plants already been built by then?", use_llm=False
    ).text
    assert not reply.startswith("Yes"), reply


def test_a_city_question_wants_a_town_named() -> None:
    """Place class: "In which city was the pact signed?" is answered by a sentence naming
    a town ("in Vienna"), not by one naming states or regions only."""
    from qa.entities import cities

    assert cities("The river pact was signed in Vienna in March 2019.") == {"vienna"}
    assert not cities("Alden, Brisk and Corra joined; Denmark and Malta stayed out.")


def test_where_in_a_field_is_no_place() -> None:
    """Place class: "Where does the writer find scope for the pact to expand?" asks in
    what field;
    "Where was the pact signed?" asks a place."""
    assert analyze("Where does the writer find scope for the pact to expand?").kind != PLACE
    assert analyze("Where was the pact signed?").kind == PLACE


def test_which_ones_did_not_after_a_count_carries_its_noun_and_verb() -> None:
    """Two-part class: "How many cities joined, and which ones didn't?" asks which cities
    did not join."""
    parts = split_parts("How many cities joined the pact, and which ones didn't?")
    assert parts[1] == "Which cities did not joined the pact?", parts


def test_backing_a_plan_is_a_view_to_report() -> None:
    """Near-miss class: "Did Dunmore back the pact?" asks Dunmore's view; no sentence
    reports one."""
    from qa.decide import _VIEW_RE

    m = _VIEW_RE.search("Did Dunmore back the pact?")
    assert m is not None and m.group("who3") == "Dunmore"
    m = _VIEW_RE.search("Did the cities first announce the pact in 2018?")
    assert m is not None and m.group("who3") == "the cities"


def test_take_over_from_is_a_succession() -> None:
    """Yes/no class: "Did Clearway take over from Orsa Watch?" asks the order that
    "Orsa Watch … was later replaced by … Clearway" gives."""
    from qa.decide import _SUCCESSION_RE

    assert _SUCCESSION_RE.search("Did Clearway take over from Orsa Watch?")
    assert not _SUCCESSION_RE.search("Alden has been taking over the management of it.")


def test_explaining_the_article_asks_for_its_summary() -> None:
    """About-the-article class: "Explain the article simply", "break down this piece"
    ask for the summary; "explain the Water Board" asks what it is."""
    for text in ("Explain the article simply", "Can you break down this piece for me?"):
        assert card_field(analyze(text)) == "summary", text
    assert analyze("explain the Water Board to me").text == "What is the Water Board?"


def test_a_note_dated_to_the_day_settles_a_question_dated_to_the_day() -> None:
    """Yes/no class: "Did the Council meet on 2 Mar 2019?" against a note "Council of
    Vienna, 02/03/2019": the same day, in another format, is a Yes; another day a No; a
    question asking more than the day is not settled by it."""
    from qa.decide import _note_day

    note = "Council of Vienna, 02/03/2019 ( )"
    assert _note_day(analyze("Did the Council of Vienna meet on 2 Mar 2019?"), note) == "yes"
    assert _note_day(analyze("Did the Council of Vienna meet on 3 March 2019?"), note) == "no"
    assert _note_day(analyze("Did the Council of Vienna meet in 2019?"), note) == ""
    unanimous = analyze("Was the decision of 2 Mar 2019 at the Council of Vienna unanimous?")
    assert _note_day(unanimous, note) == ""  # more is asked than the day


def test_a_month_written_short_is_no_name() -> None:
    """Date class: "on 13 Nov 2017" names a month, not a thing a sentence must name."""
    from qa.entities import names

    assert names("Did the Council of Vienna meet on 13 Nov 2017?") == ["Council", "Vienna"]


def test_outside_a_place_is_no_exclusion() -> None:
    """Negation class: "crises outside Europe" says where; "Is Dunmore outside the pact?"
    and "they remain outside" say who is out."""
    from qa.entities import states_negation

    assert not states_negation("Did the pact make handling floods outside Europe a duty?")
    assert states_negation("Is Dunmore outside the pact?")
    assert states_negation("Are Alden, Brisk and Corra still outside?")


def test_a_terse_claim_is_checked() -> None:
    """Typist class: "dunmore out of the pact?", "plants built in 2019?" put a claim up
    for checking, with the being left out."""
    asked = analyze("dunmore out of the pact?")
    assert asked.kind == YESNO and asked.negative, asked
    assert analyze("plants built in 2019?").kind == YESNO


def test_explaining_a_thing_to_an_audience_asks_what_it_is() -> None:
    """Definition class: "Explain simply what the Water Board is, as if to a first-year
    student" asks what it is; the audience is no part of the question."""
    asked = analyze("Explain simply what the Water Board is, as if to a first-year student.")
    assert asked.text == "What is the Water Board?", asked.text
    assert analyze("Explain the pact to a high-school student").text == "What is the pact?"


def test_where_a_text_speaks_of_something_asks_for_the_passage() -> None:
    """Place class: "Where does the article talk about pollution?" asks which passage."""
    assert analyze("Where does the article talk about pollution?").kind != PLACE
    assert analyze("Where does the author mention Dunmore?").kind != PLACE


def test_the_main_point_is_the_argument() -> None:
    """About-the-article class: "main point pls" asks for the argument; "What are the
    main points?" for the summary's points."""
    assert card_field(analyze("main point pls")) == "argument"
    assert card_field(analyze("What are the main points?")) == "summary"


def test_whether_a_note_quotes_is_settled_by_the_note(fixture_assistant: Assistant) -> None:
    """About-the-notes class: "Is footnote 2 a quotation attributed to the Water Board?"
    (it quotes, and names the Board); footnote 1 quotes nothing."""
    quoting = fixture_assistant.answer(
        "Is footnote 2 a direct quotation attributed to the Water Board?", use_llm=False
    ).text
    assert quoting.startswith("Yes"), quoting
    plain = fixture_assistant.answer("Is footnote 1 a quotation?", use_llm=False).text
    assert plain.startswith("No"), plain


def test_a_text_says_without_holding_a_view() -> None:
    """Near-miss class: "What does the Water Board quote say?" asks what a text says;
    "What does Dunmore think of the pact?" asks a view."""
    from qa.decide import _TEXT_NOUNS, _VIEW_RE

    m = _VIEW_RE.search("what does the Water Board quote say about nitrates")
    assert m is not None and m.group("who").split()[-1] in _TEXT_NOUNS


def test_which_note_is_attached_asks_for_the_source() -> None:
    """Source class: "Which note is attached to the sentence on the Water Board?"."""
    assert analyze("Which note is attached to the sentence on the Water Board?").kind == SOURCE


def test_a_quotation_credited_to_a_name_never_used_is_denied_by_its_note(
    fixture_assistant: Assistant,
) -> None:
    """Changed-detail class: "Is the Water Board quotation attributed to Europol?": the
    note quoting it names whom it quotes, so No; without the note's quotation the name
    is still never mentioned."""
    reply = fixture_assistant.answer(
        "Is the Water Board quotation attributed to Europol?", use_llm=False
    ).text
    assert reply.startswith("No"), reply
    other = fixture_assistant.answer("Did Europol found the Water Board?", use_llm=False).text
    assert not other.startswith("Yes"), other
