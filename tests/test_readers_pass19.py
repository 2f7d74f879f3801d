"""Classes of reader questions met in the nineteenth pass's user trials and tune half,
each tested on sentences written for the tests (the fixture corpus is the invented river
pact); none comes from a gold set.
"""

from __future__ import annotations

from dataclasses import replace

from qa.analyze import PERSON, YESNO, analyze
from qa.answer import Assistant
from qa.decide import (
    _REFERRING_OPENER_RE,
    _dated_verb,
    _dates_event,
    _heads_section,
    decide,
    succession_order,
)
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
    """Yes/no class: "Did X end up taking over from Y?" asks the order of a succession;
    a name standing for one side ("a Water Board patrol") places it, though the sentence
    also says someone "has been taking over" something else. "Is it true that X replaced
    Y?" is active: the frame's "is" makes no passive."""
    asked = analyze("So did a Water Board patrol end up taking over from Alden's Orsa Watch?")
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
    q = analyze("Does the author say we should wait until 2024 to judge how the pact worked?")
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
