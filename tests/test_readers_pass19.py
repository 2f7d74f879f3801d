"""Classes of reader questions met in the nineteenth pass's user trials and tune half,
each tested on sentences written for the tests (the fixture corpus is the invented river
pact); none comes from a gold set.
"""

from __future__ import annotations

from dataclasses import replace

from qa.analyze import PERSON, YESNO, analyze
from qa.answer import _BACK_SOURCE_RE, _QUOTED_WHO_RE, Assistant
from qa.decide import (
    _ALL_COUNTED_RE,
    _CONTENT_RE,
    _REFERRING_OPENER_RE,
    Decision,
    _dated_verb,
    _dates_event,
    _gives_length,
    _heads_section,
    _kind_asked,
    _rival,
    _thing_named,
    dated_pair,
    decide,
    listed_items,
    money_unsaid,
    results_unsaid,
    set_against_said,
    succession_order,
    undefined_term,
)
from qa.respond import from_evidence
from qa.types import Chunk, Evidence, Sentence
from tests.conftest import sentence_evidence as _evidence

_PATROLS = (
    "Since 2010 Alden has been taking over the guarding of the upper river, above all with "
    "Orsa Watch, a patrol run by the Alden Guard that was later replaced by a patrol of the "
    "Water Board called Clearway."
)


def test_an_interjection_or_a_lead_phrase_leaves_the_question_it_opens() -> None:
    """Readers' forms: "wait,", "hmm," open a question without changing it; a lead phrase
    ("Under the pact, …", "For the first measure, …") comes before the question proper;
    "Is what the cities signed binding?" is a yes/no question whose subject is a "what"
    clause. A lead phrase holding a question word is the question ("For how long, …")."""
    for text in ("wait, did Dunmore join the pact?", "hmm, did Dunmore join the pact?"):
        q = analyze(text)
        assert q.kind == YESNO and q.text.startswith("Did"), q
    assert analyze("Under the pact, did Alden agree to common rules?").kind == YESNO
    assert analyze("For the first measure, are three plants planned?").kind == YESNO
    assert analyze("Is what the cities signed binding on them?").kind == YESNO
    assert analyze("For how long, did the Water Board run?").kind != YESNO


def test_taking_over_is_a_succession_and_a_truth_frame_makes_no_passive() -> None:
    """Yes/no class: "Did X take over from Y in the end?" asks the order of a succession;
    a name standing for one side ("a Water Board patrol") places it, though the sentence
    also says someone "has been taking over" something else. "Is it true that X replaced
    Y?" is active: the frame's "is" makes no passive."""
    asked = analyze("Did a Water Board patrol take over from Alden's Orsa Watch in the end?")
    assert succession_order(asked, ["Alden", "Orsa", "Watch"], _PATROLS) is True
    wrong_way = analyze("Is it true that Orsa Watch replaced Clearway?")
    assert succession_order(wrong_way, ["Orsa", "Watch", "Clearway"], _PATROLS) is False
    right_way = analyze("Is it true that Clearway replaced Orsa Watch?")
    assert succession_order(right_way, ["Orsa", "Watch", "Clearway"], _PATROLS) is True


def test_a_date_of_founding_answers_any_verb_of_founding() -> None:
    """Date class: "When was the Water Board introduced?" is answered by a sentence dating
    its creation in other words; "When was it dissolved?" is not. A capitalised word
    closing the question is a name, not the verb asked ("… in the upper Med?")."""
    created = _evidence("In 2019 the four cities decided to create the Water Board.")
    for text in ("When was the Water Board introduced?", "When was the Water Board established?"):
        q = analyze(text)
        assert _dates_event(q, _dated_verb(q), created), text
    dissolved = analyze("When was the Water Board dissolved?")
    assert _dated_verb(dissolved) == "dissolved"
    assert not _dates_event(dissolved, "dissolved", created)
    assert _dated_verb(analyze("When did patrols start being used in the upper Med?")) == ""
    assert _dated_verb(analyze("When did the Council of Vienna put out its minutes?")) == ""


def test_a_sentence_without_a_subject_of_its_own_takes_its_sections(
    fixture_assistant: Assistant,
) -> None:
    """Yes/no class: a sentence opening on a word that refers back ("The aim is …") is
    about what its section's heading names; a sentence naming its own subject is not."""
    ctx = replace(fixture_assistant.context, sections={0: "Current Water Board programmes"})
    aim = _evidence("The aim is to train inspectors in every member city.")
    assert _REFERRING_OPENER_RE.match(aim.text)
    assert _heads_section(["Water Board"], aim, ctx)
    own = _evidence("Alden trains inspectors in every member city.")
    assert not _heads_section(["Water Board"], own, ctx)
    assert not _heads_section(["Orsa Watch"], aim, ctx)


def _passage(*texts: str) -> list[Evidence]:
    """Sentences of one invented passage, each as evidence."""
    body = " ".join(texts)
    sentences, start = [], 0
    for text in texts:
        sentences.append(Sentence(start, start + len(text), 4))
        start += len(text) + 1
    chunk = Chunk("p", "article", body, 0, len(body), 4, tuple(sentences))
    return [Evidence("[¶4]", chunk, s, t, 1.0) for s, t in zip(sentences, texts, strict=True)]


def test_the_passages_dated_sentence_settles_a_year_asked(fixture_assistant: Assistant) -> None:
    """Yes/no class: a question naming a year is settled by the sentence of the closest
    passage that gives a year, though another sentence of it is closer in words."""
    early, dated = _passage(
        "The river pact is still at an early stage and little has been done yet.",
        "It will be important to watch the new plants in 2021 and judge the results in 2022.",
    )
    q = analyze("Does the writer say readers should hold off until 2024 to judge how the pact did?")
    decision = decide(q, [(early, 0.7), (dated, 0.3)], fixture_assistant.context, 0.2)
    assert decision.yes_no == "no" and decision.support[0] == dated, decision


def test_a_cited_documents_date_and_maker_come_from_its_note(
    fixture_assistant: Assistant,
) -> None:
    """Date and agent class: a question asking of a document a note names ("When did the
    Council of Vienna publish its report?", "Who published the minutes of the founding
    meeting?") is answered by the note, as a question asking of the notes is."""
    when = fixture_assistant.answer(
        "When did the Council of Vienna publish its report?", use_llm=False
    ).text
    assert "2019" in when and "[1]" in when.split("\n")[0], when
    who = fixture_assistant.answer(
        "Who published the minutes of the founding meeting?", use_llm=False
    ).text
    assert "Council of Vienna" in who.split("\n")[0], who


def test_any_organisation_is_a_body(fixture_assistant: Assistant) -> None:
    """Named class: "Which body …?" is answered by the name of a board, an agency or a
    council, as "Which board …?" would be."""
    reply = fixture_assistant.answer("Which body monitors pollution?", use_llm=False).text
    assert reply.startswith("The Water Board") or "Water Board" in reply.split("\n")[0], reply
    assert "do not say" not in reply.split("\n")[0]


def test_who_chaired_asks_a_person_no_record_gives(fixture_assistant: Assistant) -> None:
    """Near-miss class: only a person chairs or presides; a note naming a meeting names
    no one who chaired it."""
    assert analyze("Who chaired the founding meeting footnote 1 cites?").kind == PERSON
    reply = fixture_assistant.answer(
        "Who chaired the founding meeting footnote 1 cites?", use_llm=False
    ).text
    assert reply.startswith("The sources do not say"), reply


def test_the_publishers_name_asks_the_card(fixture_assistant: Assistant) -> None:
    """Meta class: the article's publisher or title named in a question about its date
    ("this Test Institute piece") still asks the card."""
    reply = fixture_assistant.answer(
        "roughly when was this Test Institute piece written?", use_llm=False
    ).text
    assert "2020" in reply.split("\n")[0], reply


def test_since_gives_a_length_for_its_own_clause_only() -> None:
    """Date class: "How long has Alden guarded the river?" is answered by "Since 2010
    Alden has …": the phrase gives the time from then on, for what its clause says; the
    patrol named after the clause ("above all with Orsa Watch") is given no length."""
    assert _gives_length(analyze("How long has Alden been guarding the upper river?"), _PATROLS)
    assert not _gives_length(analyze("How long did Orsa Watch last?"), _PATROLS)
    assert not _gives_length(analyze("When did Alden start guarding the river?"), _PATROLS)


def test_the_side_a_question_sets_against_settles_it() -> None:
    """Yes/no class: "Is the aim to give money rather than training?" is denied by a
    sentence saying training and nothing of money; "training rather than money" is not
    (it asks of the training the sentence says)."""
    aim = "The aim is to help member cities by training inspectors and sharing advice."
    assert set_against_said(
        analyze("the aim is to give the cities money rather than training, right?"), aim
    )
    assert not set_against_said(analyze("Is the aim to give training rather than money?"), aim)
    assert not money_unsaid(analyze("Is the aim to give training rather than money?"), [aim])


def test_a_date_question_is_answered_by_the_event_as_finely_as_asked(
    fixture_assistant: Assistant,
) -> None:
    """Date class: "In which month …?" takes the sentence giving a month, not an earlier
    one giving a year only."""
    reply = fixture_assistant.answer(
        "In which month was the river pact signed?", use_llm=False
    ).text
    assert "March 2019" in reply.split("\n")[0], reply


def test_what_a_named_maker_concluded_is_in_a_text_not_held(
    fixture_assistant: Assistant,
) -> None:
    """Near-miss class: "What did the Council of Vienna conclude?" asks what a cited
    document says; its maker named as the note names it picks the document, whose text
    is not held: the answer says so and how to add it."""
    reply = fixture_assistant.answer(
        "What did the Council of Vienna conclude about water quality?", use_llm=False
    ).text
    assert reply.startswith("The sources do not say: the text of"), reply
    assert "footnote 1" in reply, reply


def test_giving_way_puts_the_first_one_first() -> None:
    """Yes/no class: "Did X give way to Y?" says X came first, as "Was X replaced by Y?"
    does."""
    right = analyze("Did Orsa Watch give way to Clearway?")
    assert succession_order(right, ["Orsa", "Watch", "Clearway"], _PATROLS) is True
    wrong = analyze("Did Clearway give way to Orsa Watch?")
    assert succession_order(wrong, ["Orsa", "Watch", "Clearway"], _PATROLS) is False


def test_whether_the_article_says_how_many_is_the_count_asked() -> None:
    """Readers' forms: "Did the article say how many …?" asks the embedded question (a
    count), answered by a count or by a refusal, never by a bare Yes; "Does the author
    envisage X?" asks X, as "Does the author say X?" does."""
    q = analyze("Did the article say how many inspectors the Water Board trained?")
    assert q.text.startswith("How many") and q.kind != YESNO, q
    assert analyze("Does the article say why Dunmore stayed out?").text.startswith("Why")
    framed = analyze("Does the author envisage the cities training inspectors?")
    assert "envisag" not in framed.terms, framed.terms


def test_a_refusal_says_a_count_the_sources_never_give(fixture_assistant: Assistant) -> None:
    """Near-miss class: the count asked through the article's saying is refused."""
    reply = fixture_assistant.answer(
        "Did the article say how many inspectors the Water Board trained?", use_llm=False
    ).text
    assert reply.startswith("The sources do not say"), reply


def test_a_thing_named_in_apposition_is_no_person() -> None:
    """Near-miss class: "Who commanded Orsa Watch?" asks a person; "Orsa Watch, a patrol
    …" names a thing, and the sentence names no one else."""
    assert analyze("so who actually commanded Orsa Watch?").kind == PERSON
    assert _thing_named("Orsa Watch", _PATROLS)
    assert not _thing_named("Ada Tester", "The pact was drafted by Ada Tester, a director.")


def test_a_yardstick_is_no_slot_a_rival_fills() -> None:
    """Near-miss class: "Is X more effective than NATO?" names NATO as a yardstick; a
    sentence naming another body does not deny it, and the sources never mention NATO."""
    q = analyze("Is the Water Board more effective than NATO at checking pollution?")
    rival = "The pact created the Water Board and the Alden Guard, which monitor pollution."
    assert _rival(q, "NATO", rival) == ""


def test_a_month_asked_of_an_article_dated_by_season_is_not_known(
    fixture_assistant: Assistant,
) -> None:
    """Meta class: "Was the article published in March 2020?" asks a month the card does
    not hold (it holds a year): not said; "… in 2020?" is settled, "… in 2018?" denied."""
    month = fixture_assistant.answer("Was the article published in March 2020?", use_llm=False)
    assert month.text.startswith("The sources do not say"), month.text
    assert fixture_assistant.answer(
        "Was the article published in 2020?", use_llm=False
    ).text.startswith("Yes")
    assert fixture_assistant.answer(
        "Was the article published in 2018?", use_llm=False
    ).text.startswith("No")


def test_a_word_used_but_never_defined_is_refused() -> None:
    """Near-miss class: "What exactly is a checkpoint?" against sentences that use the
    word but never say what it is; a sentence defining it ("A checkpoint is …") answers."""
    using = [_evidence("Inspectors are trained to run “checkpoints” along the river.")]
    found = undefined_term(analyze('What exactly is a "checkpoint"?'), using)
    assert found is not None and found[0] == "checkpoint"
    defining = [_evidence("A checkpoint is a station where inspectors sample the water.")]
    assert undefined_term(analyze("what is a checkpoint?"), defining) is None


def test_a_counted_set_asked_whole_is_refused_where_few_are_named() -> None:
    """Near-miss class: "List the 3 treatment plants." asks every one of a counted set;
    sentences counting them and naming none answer no such list."""
    q = analyze("List the 3 treatment plants.")
    assert _ALL_COUNTED_RE.search(q.text)
    assert not _ALL_COUNTED_RE.search(analyze("List the treatment plants.").text)


def test_the_time_between_two_dated_events_is_worked_out(fixture_assistant: Assistant) -> None:
    """Timeline class: "How many years between X and Y?" is answered from the sentence
    dating each, with both cited."""
    first = _evidence("The cities first met to discuss the river in 2015.", "[¶2]")
    second = _evidence("In March 2019 the pact was signed in Vienna.", "[¶3]")
    q = analyze("How many years lie between the cities' first meeting and the pact's signing?")
    pair = dated_pair(q, [(first, 0.5), (second, 0.5)])
    assert pair is not None
    assert {pair[0][1].year, pair[1][1].year} == {2015, 2019}
    reply = from_evidence(q, Decision(True, support=(first, second)), 2)
    assert reply.text.startswith("About four years, from 2015 [¶2] to March 2019 [¶3]"), reply


def test_how_many_a_sentence_lists_is_counted() -> None:
    """Number class: "How many measures does it list?" against "the measures taken were
    A, B and C" (no number said): three, by its items; a name with "and" inside it stays
    one item."""
    text = (
        "The main measures that were taken were the Water Board, the Sampling and Testing "
        "Rules and Clearway."
    )
    q = analyze("How many measures are named?")
    assert listed_items(q, text) == [
        "the Water Board",
        "the Sampling and Testing Rules",
        "Clearway",
    ]
    assert listed_items(q, "The main measures were three, all of them new.") == []


def test_smaller_reader_forms() -> None:
    """Readers' forms: "Which CSDP missions operate …?" names its kind up to the plural
    noun; "How does X work?" asks what X is, as "What does X involve?" does; "med" is the
    Mediterranean."""
    assert _kind_asked(analyze("Which river patrols operate near Vienna?")) == "river patrols"
    assert _CONTENT_RE.search("How does the Water Board work?")
    assert "Mediterranean" in analyze("who runs the central med route?").text


def test_results_never_told_are_refused(fixture_assistant: Assistant) -> None:
    """Near-miss class: "What were the results of Clearway?" where every sentence naming
    Clearway tells what it is, and none what came of it."""
    clearway = _evidence(_PATROLS)
    q = analyze("What were the results of Clearway?")
    ranked = [(clearway, 0.6)]
    ctx = fixture_assistant.context
    assert results_unsaid(q, ["Clearway"], ranked, ctx) is clearway
    saved = _evidence("Clearway saved many boats and reduced pollution.")
    assert results_unsaid(q, ["Clearway"], [(saved, 0.6)], ctx) is None


def test_a_source_part_leaning_on_the_first_asks_its_claims_note() -> None:
    """Two-part class: "…, and what source is cited for that?" asks the note of the
    sentence the first part answered with; "… who is quoted for that?" the quoting note."""
    assert _BACK_SOURCE_RE.search("what source is cited for that?")
    assert _QUOTED_WHO_RE.search("who is quoted for that description?")
    assert not _QUOTED_WHO_RE.search("who runs it?")


def test_a_long_subject_keeps_a_question_passive() -> None:
    """Yes/no class: "Was the long-named X later succeeded by Y?" is passive however many
    words name X: X came first."""
    q = analyze("Was the upriver Orsa Watch patrol of Alden later succeeded by Clearway?")
    assert succession_order(q, ["Orsa", "Watch", "Alden", "Clearway"], _PATROLS) is True
