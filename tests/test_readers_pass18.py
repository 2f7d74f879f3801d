"""Classes of reader questions met in the eighteenth pass's user trials and tune half,
each tested on sentences written for the tests (the fixture corpus is the invented river
pact); none comes from a gold set.
"""

from __future__ import annotations

from qa.analyze import TRUTH_FRAME_RE, YESNO, analyze
from qa.answer import Assistant
from qa.decide import (
    _LATER_ASKED_RE,
    _VIEW_RE,
    _WHERE_IS_RE,
    _dated_verb,
    _placed,
    decide,
    list_membership,
    money_unsaid,
    only_past,
    unnumbered_part,
)
from qa.respond import _list_opener
from qa.spelling import Speller
from qa.thesaurus import opposed
from qa.types import Chunk, Evidence, Sentence
from tests.conftest import sentence_evidence as _evidence


def unreported_view_asked(text: str) -> bool:
    """Whether the question asks someone's view, as the view check reads it."""
    return bool(_VIEW_RE.search(analyze(text).text))


_PATROLS = (
    "Since 2010 Alden has guarded the upper river, above all with Orsa Watch, a patrol run "
    "by the Alden Guard that was later replaced by a patrol of the Water Board called Clearway."
)


def test_a_thing_told_only_as_what_was_is_not_said_to_go_on() -> None:
    """Near-miss class: "Is Clearway still running?" asks whether something holds at the
    time of asking; a clause telling only that it replaced another says what was. A clause
    saying what holds ("has guarded … since") or a question without "still" is no such
    case."""
    assert only_past(analyze("Is Clearway still running?"), _PATROLS)
    assert only_past(analyze("Does the Water Board still run Clearway today?"), _PATROLS)
    assert not only_past(analyze("Is Alden still guarding the upper river?"), _PATROLS)
    assert not only_past(analyze("Did Clearway replace Orsa Watch?"), _PATROLS)


def test_a_question_of_kind_is_no_question_of_money() -> None:
    """Yes/no class: "Is X funded by the budget?" asks of money, which no sentence here
    speaks of; "Is X a funding scheme?" asks what kind of thing X is, which a sentence
    defining X settles (No: another kind)."""
    defined = ["The Water Board is the monitoring body that checks nitrate levels."]
    assert money_unsaid(analyze("Is the Water Board funded by the city budget?"), defined)
    assert not money_unsaid(analyze("Is the Water Board a funding scheme?"), defined)
    assert money_unsaid(analyze("Is Orsa Watch a funding scheme?"), defined)


def test_the_sentence_with_the_year_asked_settles_a_yes_no(
    fixture_assistant: Assistant,
) -> None:
    """Yes/no class: a year in the question points to the sentence giving it, over one
    that only shares a plain word with the question."""
    reply = fixture_assistant.answer(
        "Did four cities agree the river rules in 2019?", use_llm=False
    ).text
    assert "2019" in reply, reply


def test_a_coarser_time_is_no_answer_to_a_finer_one(fixture_assistant: Assistant) -> None:
    """Near-miss class: "On what exact day …?" and "In which month …?" ask a time finer
    than a year; a sentence giving only the year (or only the month, for a day) says what
    it knows, and no more. A plain "When …?" takes the year."""
    for text in (
        "On what exact day was the river pact signed?",
        "which day did the four cities sign the pact",
    ):
        reply = fixture_assistant.answer(text, use_llm=False)
        assert reply.refused and "no day" in reply.text, reply.text
    month = fixture_assistant.answer("In which month was the river pact signed?", use_llm=False)
    assert not month.refused and "March" in month.text, month.text
    when = fixture_assistant.answer("When was the river pact signed?", use_llm=False)
    assert not when.refused and "2019" in when.text, when.text


def test_a_numbered_part_of_a_text_must_be_cited(fixture_assistant: Assistant) -> None:
    """Near-miss class: "Which article of the X Treaty …?" asks a numbered part of a text;
    a sentence naming the text whole cites none. The article's own paragraphs are no such
    part."""
    assert unnumbered_part(
        analyze("Which article of the pact sets the water rules?"), ["The pact sets rules."]
    )
    assert not unnumbered_part(
        analyze("Which clause of the pact sets the water rules?"),
        ["Clause 4 of the pact sets the water rules."],
    )
    assert not unnumbered_part(
        analyze("Which paragraph of the article names the Board?"), ["The pact sets rules."]
    )
    reply = fixture_assistant.answer(
        "Which section of the pact created the Water Board?", use_llm=False
    )
    assert reply.refused and "no section" in reply.text, reply.text


def test_names_of_several_words_typed_in_lower_case_get_their_capitals() -> None:
    """Lower-case class: "water board" and "council of vienna" are the corpus's names of
    several words, "european parliament" an EU body it never names: a question typed in
    lower case means them. A question with capitals inside is left as typed."""
    speller = Speller(
        ["The Water Board met the Council of Vienna.", "The board met."],
        bodies=["European Parliament"],
    )
    fixed, _ = speller.correct("did the water board meet the council of vienna")
    assert "Water Board" in fixed and "Council of Vienna" in fixed, fixed
    fixed, _ = speller.correct("what did the european parliament decide")
    assert "European Parliament" in fixed, fixed
    fixed, _ = speller.correct("Did the water board meet the Council?")
    assert "water board" in fixed, fixed


def test_a_name_never_used_is_quoted_whole(fixture_assistant: Assistant) -> None:
    """Near-miss class: a name of several words the sources never use is quoted as the
    reader wrote it, not word by word, nor with the question's verb."""
    reply = fixture_assistant.answer(
        "Did the Grand Harbour Authority sign the pact?", use_llm=False
    )
    assert "“Grand Harbour Authority”" in reply.text, reply.text


def test_meeting_an_event_is_no_view() -> None:
    """Why/how class: "How did X respond to the crisis?" asks what X did; "How did X react
    to the plan?" asks a view."""
    assert not unreported_view_asked("How did the Water Board respond to the flood crisis?")
    assert unreported_view_asked("How did Dunmore react to the pact?")


def test_a_request_for_every_thing_of_a_kind_is_a_list_question() -> None:
    """List class: "Name all the Xs mentioned", "List the Xs that …", "What are the Xs that
    …?" ask for every X, like "Which Xs …?". "What are the duties of X?" and "Name the
    author" are left as they are."""
    for text, asked in (
        ("Name all the cities mentioned in the article.", "Which cities are mentioned?"),
        ("list the cities that joined the pact", "Which cities joined the pact?"),
        ("What are the cities that joined?", "Which cities joined?"),
        ("Give me the cities that stayed out", "Which cities stayed out?"),
    ):
        q = analyze(text)
        assert q.text == asked and q.wants_list, (text, q.text)
    assert analyze("What are the duties of the Board?").text == "What are the duties of the Board?"
    assert analyze("Name the author").text == "Name the author"


def test_a_reason_must_be_given_for_the_thing_asked(fixture_assistant: Assistant) -> None:
    """Why class: the closest sentence names the yearly report; a sentence giving a reason
    ("This leads to …", "in order to …") without naming it answers no "why" about the
    report, and the sentence on the report is what the sources say of it. A reason about
    the report answers."""
    ctx = fixture_assistant.context
    report = _evidence("The Water Board publishes a yearly report.", "[¶5]")
    other = _evidence("This leads to two new plants in order to clean the estuary.", "[¶7]")
    q = analyze("Why does the Water Board publish a yearly report?")
    decision = decide(q, [(report, 0.6), (other, 0.55)], ctx, 0.2)
    assert not decision.answerable and "no reason" in decision.reason, decision
    assert decision.about is not None and decision.about.label == "[¶5]"
    why = _evidence("The Board publishes a yearly report in order to inform the cities.", "[¶6]")
    decision = decide(q, [(why, 0.6), (other, 0.5)], ctx, 0.2)
    assert decision.answerable and decision.support[0].label == "[¶6]", decision


def test_a_list_opened_in_prose_is_answered_by_its_items(fixture_assistant: Assistant) -> None:
    """List class: "the pact includes some measures of the Board. An example is …
    Additionally, …": the sentence opening the list and its items answer "which measures";
    a sentence elsewhere naming the measures at large does not."""
    text = (
        "The pact includes some measures of the Board. An example is the testing of wells. "
        "Additionally, another measure is the closing of old drains."
    )
    first, second, third = (s.strip() + "." for s in text.rstrip(".").split(". "))
    sentences = []
    at = 0
    for s in (first, second, third):
        start = text.index(s[:-1], at)
        sentences.append(Sentence(start, start + len(s), 6))
        at = start + len(s)
    chunk = Chunk("m", "article", text, 0, len(text), 6, tuple(sentences))
    opener = Evidence("[¶6]", chunk, sentences[0], first, 1.0)
    aside = _evidence("After the flood the cities adopted measures of the Board.", "[¶2]")
    q = analyze("Which measures of the Board does the pact include?")
    assert _list_opener(q, [aside, opener])[0] == opener
    assert _list_opener(q, [aside]) == []


def test_membership_of_a_bulleted_list_is_settled_by_its_items() -> None:
    """Yes/no class: "Is X one of the two measures?" is settled by the sentence announcing
    the measures and listing them: Yes when an item says X, No when none does, or when
    the item says the opposite of a word of X ("old" for "new")."""
    listed = _evidence(
        "Two measures are planned:\n  • Building three new treatment plants near the "
        "estuary.\n  • Training inspectors in every member city."
    )
    plain = _evidence("The Water Board publishes a yearly report.")
    for text, answer in (
        ("Is training inspectors one of the two measures?", "yes"),
        ("Is one of the measures about new treatment plants?", "yes"),
        ("Is building a dam one of the two measures?", "no"),
        ("Is the Water Board one of the measures planned?", "no"),
    ):
        found = list_membership(analyze(text), [plain, listed])
        assert found is not None and found[0] == answer, (text, found)
    assert list_membership(analyze("Is the report one of the measures?"), [plain]) is None


def test_a_date_is_for_the_event_asked(fixture_assistant: Assistant) -> None:
    """Near-miss class: "When was the pact cancelled?" asks the date of an event no sentence
    dates; the sentence dating the signing gives another event's date. "When was the pact
    signed?" and "When did the flood start?" (an event's own date) are asked as before."""
    for text in ("When was the river pact cancelled?", "When were the water rules dropped?"):
        reply = fixture_assistant.answer(text, use_llm=False)
        assert reply.refused and "no date for" in reply.text, reply.text
    signed = fixture_assistant.answer("When was the river pact signed?", use_llm=False)
    assert not signed.refused and "2019" in signed.text, signed.text
    assert _dated_verb(analyze("When did the flood start?")) == ""
    assert _dated_verb(analyze("When was the Board founded?")) == "founded"


def test_a_topic_and_a_relation_typed_alone_are_a_question() -> None:
    """Terse class: "orsa watch replaced by", "clearway run by", "pact members number"
    stand for the question they abbreviate; a bare topic is still asked what it is."""
    assert analyze("orsa watch replaced by").text == "What replaced orsa watch?"
    assert analyze("clearway run by").text == "Who ran clearway?"
    assert analyze("pact members number").text == "How many members does pact have?"
    assert analyze("water board").text == "What is water board?"


def test_a_yes_needs_the_thing_asked_of_said(fixture_assistant: Assistant) -> None:
    """Near-miss class: "Did the pact create a river police?" closes on a thing the
    sources never name in any words; a sentence sharing the rest ("the pact created the
    Water Board") gives no Yes. A thing they do name is asked as before."""
    reply = fixture_assistant.answer("Did the pact create a river police?", use_llm=False)
    assert not reply.text.startswith("Yes"), reply.text
    said = fixture_assistant.answer("Did the pact create the Water Board?", use_llm=False)
    assert said.text.startswith("Yes"), said.text


def test_a_length_of_time_is_no_point_in_it(fixture_assistant: Assistant) -> None:
    """Near-miss class: "How long …?" asks a length of time; a sentence dating an event
    gives a point in time. "How long ago …?" asks a point."""
    reply = fixture_assistant.answer("How long did the signing of the pact take?", use_llm=False)
    assert reply.refused and "length of time" in reply.text, reply.text


def test_a_qualifier_of_the_kind_asked_is_no_kind(fixture_assistant: Assistant) -> None:
    """Named class: "Which Alden patrol …?" asks a patrol; "Alden" qualifies it. A name
    holding the qualifier ("the Alden Guard") names no patrol."""
    ctx = fixture_assistant.context
    said = _evidence(_PATROLS)
    q = analyze("Which Alden harbour did the Alden Guard use?")
    decision = decide(q, [(said, 0.6)], ctx, 0.2)
    assert not decision.answerable, decision


def test_reader_frames_around_a_yes_no_question() -> None:
    """Yes/no class: "Isn't it true that X?" asks whether X holds, like "Is it true that
    X?"; "in the author's view" and "in her view" say whose view, not what is asked;
    "ultimately meant to" asks a purpose, not a later time."""
    asked = "Isn't it true that Dunmore stayed out?"
    assert TRUTH_FRAME_RE.sub("", asked) == "Dunmore stayed out?"
    assert analyze(asked).kind == YESNO
    assert "view" not in analyze("Would the pact help the cities, in the author's view?").text
    assert "view" not in analyze("Would the pact help the cities, in her view?").text
    assert not _LATER_ASKED_RE.search("Is the report ultimately meant to inform the cities?")
    assert _LATER_ASKED_RE.search("Did Dunmore eventually join?")


def test_more_opposites_a_reader_sets_against_the_sources() -> None:
    """Yes/no class: "advanced" against "early", "add to the load" against "lighten the
    load", "eastern" against "central": the sentence says the other side."""
    assert opposed("Is the pact at an advanced stage?", "The pact is still at an early phase.")
    assert opposed(
        "Would the pact add to the load on the cities?", "It could lighten the load on the cities."
    )
    assert opposed("Is the patrol on the eastern river route?", "It runs on the Central route.")
    assert not opposed("Is the pact at an early stage?", "The pact is still at an early phase.")


def test_misspelt_question_words_are_read_as_meant() -> None:
    """Typo class: "wich", "waht", "hwo" open a question as "which", "what", "how" do."""
    assert analyze("wich city signed the pact?").text.startswith("Which city")
    assert analyze("waht is the water board").kind != YESNO
    assert analyze("hwo many cities joined?").text.lower().startswith("how many")


def test_where_a_named_thing_is_needs_a_place_beside_its_name() -> None:
    """Near-miss class: "Where is the Water Board based?" asks the seat of a named thing;
    a sentence naming it far from any place (a river route further on) places something
    else. A place beside the name places it."""
    far = (
        "The Water Board, which checks nitrate levels every month and reports to the "
        "mayors, works along the Orsa river route."
    )
    near = "The Water Board sits in Vienna."
    assert not _placed(("Water Board",), far)
    assert _placed(("Water Board",), near)
    assert _WHERE_IS_RE.match("Where is the Water Board headquartered?")
    assert _WHERE_IS_RE.match("Where is Clearway?")
    assert not _WHERE_IS_RE.match("Where were the tools of the Board mainly used?")
    assert not _WHERE_IS_RE.match("Where did the Board test the wells?")
