"""Classes of reader questions met in the seventeenth pass's user trials and tune half,
each tested on sentences written for the tests (the fixture corpus is the invented river
pact); none comes from a gold set.
"""

from __future__ import annotations

from qa.analyze import YESNO, analyze, split_parts
from qa.answer import Assistant
from qa.card import card_field
from qa.decide import only_possible, successor
from qa.entities import countries
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
    for the argument as a whole: what the article sets out to do and where it comes out.
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
    assert len(split_parts("Who wrote the article, and what's her point?")) == 2
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
    assert only_possible(analyze("Has the Water Board cut pollution?"), could)
    assert only_possible(analyze("Is it true that the Board has reduced pollution?"), could)
    assert not only_possible(analyze("Did the writer say the Board could cut pollution?"), could)
    signed = "The pact was signed by four cities that will meet every year."
    assert not only_possible(analyze("Did four cities sign the pact?"), signed)


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
    assert not countries("was it set up by the treaty of lisbon")
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
