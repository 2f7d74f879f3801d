"""Classes of reader questions met in the twenty-third pass's user trials and tune half,
each tested on sentences written for the tests (invented names and events) or on the
fixture corpus; none comes from a gold set.
"""

from __future__ import annotations

from qa.analyze import NUMBER, YESNO, analyze, clean, naming_question
from qa.answer import Assistant
from qa.conversation import about_the_subject
from qa.decide import _dated_verb, _dates_event, names_of_kind
from qa.respond import Reply, counted_names
from tests.conftest import sentence_evidence as _evidence


def test_a_readers_politeness_around_the_question_is_set_aside() -> None:
    """Chatty class: a lead ("Just to check, …", "I was wondering — …"), an aside set off
    by commas ("…, if you don't mind me asking, and …"), a request after a dash and
    thanks say nothing of what is asked; "I was wondering whether X" asks whether X."""
    assert clean("Just to check, what replaced the Harbour Watch? Thanks ever so much.") == (
        "What replaced the Harbour Watch?"
    )
    assert clean("I was wondering — has much been done under the pact yet?") == (
        "Has much been done under the pact yet?"
    )
    assert clean("Who chairs the board, if you don't mind me asking, and who set it up?") == (
        "Who chairs the board and who set it up?"
    )
    assert clean("Is it right, just to check, that Dunmore joined the pact?") == (
        "Is it true that Dunmore joined the pact?"
    )
    assert (
        clean(
            "I was wondering whether the article says how many inspectors the board has — "
            "could you tell me the number?"
        )
        == "How many inspectors the board has?"
    )
    assert clean("I was wondering if Brisk joined the pact.") == (
        "Is it true that Brisk joined the pact?"
    )
    # "I read somewhere that X — is that right, or did some stay out?": one check of X
    assert (
        clean(
            "I read somewhere that every city joined the pact — is that right, or did some "
            "stay out?"
        )
        == "Is it true that every city joined the pact?"
    )


def test_would_it_be_wrong_to_say_asks_whether_the_claim_is_false() -> None:
    """Yes/no class: "Would it be wrong to say that X?" is answered Yes when X does not
    hold, as "Is it false that X?" is."""
    plain = analyze("Is it true that Dunmore joined the pact?")
    wrong = analyze("Would it be wrong to say that Dunmore joined the pact?")
    assert wrong.kind == YESNO and wrong.text == plain.text
    assert wrong.negative != plain.negative
    mistake = analyze("Is it a mistake to claim the board publishes a yearly report?")
    assert mistake.text.startswith("Is it true that the board publishes")


def test_just_before_a_list_restricts_it_as_only_does() -> None:
    """Yes/no class: "were just A and B" claims A and B alone; "has just joined" is a
    time, left as it is."""
    assert "only the Alden plant" in clean("Were the measures just the Alden plant?")
    assert "were only the Alden plant and" in clean("The measures were just the Alden plant and X?")
    assert "just joined" in clean("Has Corra just joined the pact?")


def test_a_list_and_its_count_asked_together_are_one_count_question() -> None:
    """List class: "Which cities stayed out, and how many are there?" and "How many
    plants are planned, and which?" ask one count whose answer names the things."""
    assert clean("Which member cities stayed out, and how many are there?") == (
        "How many member cities stayed out?"
    )
    assert clean("How many plants are planned, and which ones?") == ("How many plants are planned?")
    assert analyze("Which cities stayed out and how many of them are there?").kind == NUMBER


def test_a_count_of_things_the_article_names_is_the_number_it_names() -> None:
    """Count class: "How many missions does the article mention?" is answered by naming
    them, when no sentence gives the number: "Two are named: A and B"."""
    assert naming_question("How many missions does the article mention?") == (
        "Which missions does the article mention?"
    )
    assert naming_question("How many treaties are named in the text?") == (
        "Which treaties does the article mention?"
    )
    assert naming_question("How many cities joined the pact?") == ""
    text = (
        "Since the flood, Alden has run the Harbour Watch, a mission carried out by its "
        "coast guard that was later replaced by a mission of the Water Board called Tidewater."
    )
    which = analyze("Which missions does the article mention?")
    assert names_of_kind(which, text) == ["Harbour Watch", "Tidewater"]
    ev = _evidence(text, "[¶7]")
    counted = counted_names(which, Reply(text, (ev,), direct=True))
    assert counted is not None
    assert counted.text.startswith("Two are named: Harbour Watch and Tidewater [¶7].")
    treaty = analyze("Which treaties does the article mention?")
    signed = _evidence("The board was set up by the Treaty of Orsa in 2019.", "[¶3]")
    one = counted_names(treaty, Reply(signed.text, (signed,), direct=True))
    assert one is not None and one.text.startswith("One is named: the Treaty of Orsa [¶3].")
    assert counted_names(which, Reply("x", (signed,), direct=True)) is None


def test_a_date_of_what_is_only_expected_is_no_date_of_its_completion() -> None:
    """Timeline class: "When will the plants be completed?" against "the plants are
    expected to be accepted in 2021": the verb asked is not told (its opposite is no
    telling); "When will the plans be implemented?" is told by "the implementation of
    the plans in 2021"."""
    q = analyze("When will the treatment plants be completed?")
    assert _dated_verb(q) == "completed"
    expected = _evidence("The treatment plants are likely to be approved early in 2021.", "[¶5]")
    assert not _dates_event(q, "completed", expected)
    later = analyze("When will the plans be implemented?")
    told = _evidence("It will be important to monitor the implementation of the plans in 2021.")
    assert _dates_event(later, _dated_verb(later), told)
    assert _dated_verb(analyze("When will the board work?")) == ""


def test_it_after_the_article_is_the_article_not_its_subject() -> None:
    """Plain-words class: "What does the text say it tries to show?": "it" is the
    article; "what is this thing for?" alone is the subject's question."""
    asked = "What does the text say it tries to show?"
    assert about_the_subject(asked, "the pact") == asked
    assert about_the_subject("what is this thing for?", "the pact") == "what is the pact for?"


def test_the_notes_are_picked_out_by_their_records_kind_and_year(
    fixture_assistant: Assistant,
) -> None:
    """Sourcing class: "Which footnote cites a press release?", "Which notes are from
    2019?", "… from 2015?" (none), "Do any two footnotes share a publisher?", "What kind
    of document does each note cite?" are answered from the record; "Does the article
    have a title?" and "Is there an author?" are settled by the card."""

    def ask(text: str) -> str:
        return fixture_assistant.answer(text, use_llm=False).text

    assert ask("Which footnote cites a press release?").startswith("Footnote 1. Footnote 1")
    assert ask("Which footnotes are from 2019?").startswith("Footnotes 1 and 2.")
    assert ask("How many footnotes are from 2019?").startswith("Two: footnote")
    assert ask("Which footnotes are from 2015?").startswith("None: footnote 1: press release")
    assert ask("Do any two footnotes share a publisher?").startswith(
        "No: footnote 1: Council of Vienna; footnote 2: Water Board."
    )
    kinds = ask("What kind of document does each footnote cite?")
    assert kinds.startswith("Footnote 1 cites a press release"), kinds
    assert "footnote 2 cites a web page" in kinds
    assert ask("Is there an author?").startswith("Yes: the article was written by Ada Tester")


def test_an_either_or_of_two_clauses_is_answered_by_the_first(
    fixture_assistant: Assistant,
) -> None:
    """Yes/no class: "Has X happened yet, or is it still early?" offers two clauses, no
    two options; the first clause's Yes or No answers it (an empty pair of options was
    read as the corpus's own "or" and the choice was never made)."""
    text = fixture_assistant.answer(
        "Did Dunmore join the pact, or did it stay out?", use_llm=False
    ).text
    assert text.startswith("No."), text


def test_a_share_asked_needs_a_share_given() -> None:
    """Near-miss class: "What percentage of the cities stayed out?" needs a percentage;
    "What share of the cities joined?" is answered by "almost all" as well; a count alone
    gives neither."""
    from qa.analyze import PROPORTION_ASKED_RE
    from qa.decide import _PERCENT_RE, _SHARE_RE

    pct = analyze("What percentage of the cities stayed out of the pact?")
    assert pct.kind == NUMBER
    m = PROPORTION_ASKED_RE.search(pct.text)
    assert m is not None and m.group("pct")
    assert not _PERCENT_RE.search("Almost all cities joined the pact except Dunmore.")
    assert _PERCENT_RE.search("Some 12 % of the water is tested.")
    share = PROPORTION_ASKED_RE.search("What share of the cities joined?")
    assert share is not None and not share.group("pct")
    assert _SHARE_RE.search("Almost all cities joined the pact except Dunmore.")
    assert not _SHARE_RE.search("Three cities joined the pact.")


def test_the_articles_own_writing_is_dated_by_its_card() -> None:
    """Timeline class: "How long before the article was written did the flood happen?"
    dates the article's writing by its card's date line; a side giving its own day ("the
    1 March 2019 meeting") is the sentence giving that day; the second auxiliary parts
    the two events."""
    from index.types import Chunk, Sentence
    from qa.decide import dated_pair, names_the_article
    from qa.types import Evidence

    assert names_the_article("the article was written")
    assert names_the_article("the article's publication")
    assert not names_the_article("the pact was signed")
    line = "date: late 2020 (inferred from the events it reports)"
    sentence = Sentence(0, len(line), 1, (), role="header")
    chunk = Chunk("h", "article", line, 0, len(line), 1, (sentence,), None, ())
    header = Evidence("[¶1]", chunk, sentence, line, 1.0)
    flood = _evidence("After the great flood of 2017 the cities changed course.", "[¶2]")
    q = analyze("How long before the article was written did the great flood happen?")
    pair = dated_pair(q, [(flood, 0.5), (header, 0.2)])
    assert pair is not None
    assert {pair[0][1].year, pair[1][1].year} == {2017, 2020}
    met = _evidence("The council met on 1 March 2019 in Vienna.", "[¶3]")
    q = analyze("How long after the 1 March 2019 meeting was the article written?")
    pair = dated_pair(q, [(met, 0.4), (header, 0.2)])
    assert pair is not None and pair[0][0] is met


def test_a_count_naming_the_set_is_not_the_claim_asked() -> None:
    """Yes/no class: "Is Dunmore one of the 3 member cities?": the count names the set
    the question asks about; the claim is membership."""
    assert clean("Is Dunmore one of the 3 member cities?") == "Is Dunmore one of the member cities?"
    assert "17" in clean("How many of the 17 plans were approved?")


def test_mentioned_in_connection_with_asks_for_both_said_together() -> None:
    """Yes/no class: "Are inspectors named in relation to X?" asks whether a
    sentence says hotspots with X; the connection is no word to find."""
    assert clean("Are inspectors mentioned in connection with the Water Board?") == (
        "Are inspectors mentioned with the Water Board?"
    )


def test_which_is_older_or_newer_is_a_question_of_time() -> None:
    """Timeline class: "Which is older, X or Y?" is answered by dates or a succession,
    not refused as a comparison the sources never draw; "Which is newer?" names the later
    first."""
    from qa.decide import comparison, dated_pair, order_asked
    from qa.respond import _ordered

    assert comparison("Which is older, the Harbour Watch or Tidewater?") == ""
    assert comparison("Which was bigger, the Harbour Watch or Tidewater?") == "bigger"
    q = analyze("Which is newer, the great flood or the Water Board?")
    assert order_asked(q) == ("the great flood", "the Water Board")
    flood = _evidence("After the great flood of 2012 the cities changed course.", "[¶2]")
    board = _evidence("In May 2016 the four cities decided to create the Water Board.", "[¶3]")
    pair = dated_pair(q, [(flood, 0.5), (board, 0.5)])
    assert pair is not None
    reply = _ordered(pair, ("the great flood", "the Water Board"), late=True)
    assert reply.text.startswith("The Water Board came later (May 2016 [¶3]), after the great")


def test_greetings_reported_claims_and_embedded_questions_are_read_as_asked() -> None:
    """Chatty class: "Hi! Quick question — …", "My colleague says X; is she right?",
    "Would you happen to know what X was in 2017?" (an embedded question's order put
    back), "Any idea when X was set up?"."""
    assert clean("Hi! Quick question — who chairs the Water Board? Cheers!") == (
        "Who chairs the Water Board?"
    )
    assert clean("My colleague says Dunmore joined the pact; is she right?") == (
        "Is it true that Dunmore joined the pact?"
    )
    assert clean("Would you happen to know what the budget of the board was in 2019?") == (
        "What was the budget of the board in 2019?"
    )
    assert (
        clean("Any idea when the Water Board was created?") == "When was the Water Board created?"
    )
    # not an embedded question: left alone
    assert clean("How long after the flood was the Water Board created?") == (
        "How long after the flood was the Water Board created?"
    )
    assert analyze("Who funds the Water Board?").kind != "amount"


def test_options_before_or_after_a_colon_are_a_choice() -> None:
    """Choice class: "A or B: which one …?" and "Which …: A or B?" offer two options, as
    "Which …, A or B?" does; "Which participates in X, A or B?" asks each."""
    from qa.alternatives import choice

    assert clean("Alden or Brisk: which one stayed out of the pact?") == (
        "Which one stayed out of the pact, Alden or Brisk?"
    )
    assert clean("Which city stayed out: Dunmore or Corra?") == (
        "Which city stayed out, Dunmore or Corra?"
    )
    offered = choice("Which participates in the pact, Dunmore or Corra?")
    assert offered is not None
    assert offered.questions == (
        "Is it true that Dunmore participates in the pact?",
        "Is it true that Corra participates in the pact?",
    )


def test_a_rare_word_asked_must_be_said_for_a_yes_or_a_no() -> None:
    """Yes/no class: "Is Alden a frontline city?" against a sentence on Alden that never
    says "frontline" (a word one passage uses, of others): no verdict either way."""
    from types import SimpleNamespace

    from qa.decide import rare_unsaid

    q = analyze("Is Alden a frontline city?")
    ctx = SimpleNamespace(
        vocabulary={"frontlin", "city", "alden", "guard"},
        weight=lambda t: 3.0 if t == "frontlin" else 1.0,
        rarest=3.0,
        lowered_text="frontline cities such as alden guard the river.",
    )
    ev = _evidence("Since the flood, Alden has been guarding the upper river.", "[¶4]")
    assert rare_unsaid(q, ev, ctx) == ["frontlin"]  # type: ignore[arg-type]
    said = _evidence("Frontline cities such as Alden guard the river.", "[¶5]")
    assert rare_unsaid(q, said, ctx) == []  # type: ignore[arg-type]


def test_an_event_named_is_dated_only_by_a_sentence_naming_it() -> None:
    """Timeline class: "When was the Water Board created, before or after 2015?" is not
    dated by a sentence creating something else; a bare name ("the pact") is dated by
    the sentence founding it rather than by its plans."""
    from qa.decide import _event_day

    q = analyze("How many years between the great flood and the Water Board?")
    flood = _evidence("After the great flood of 2012 the cities changed course.", "[¶2]")
    other = _evidence("In May 2016 the four cities decided to create a river fund.", "[¶3]")
    assert _event_day(q, "Water Board", [(flood, 0.5), (other, 0.5)], _ctx()) is None
    pact = analyze("Which came first, the great flood or RIVERPACT?")
    plans = _evidence("RIVERPACT plans are most likely to be accepted in 2021.", "[¶6]")
    founded = _evidence("In 2019 the cities agreed to create RIVERPACT.", "[¶3]")
    found = _event_day(pact, "RIVERPACT", [(plans, 0.6), (founded, 0.5)], _ctx())
    assert found is not None and found[0] is founded


def _ctx():  # type: ignore[no-untyped-def]
    """A context whose aliases know no names beyond the words as written."""
    from types import SimpleNamespace

    class _Aliases:
        def names_all(self, names: list[str], text: str) -> bool:
            return all(n.lower() in text.lower() for n in names)

        def expansions(self, word: str) -> list[str]:
            return []

    return SimpleNamespace(aliases=_Aliases())


def test_a_keyword_search_is_read_as_the_question_it_stands_for() -> None:
    """Keyword class: "tidewater start date", "riverpact lead country", "date of article"
    are the questions "When did X start?", "Which country leads X?", "When was the
    article written?"; a typed question is left as it is."""
    assert clean("tidewater start date") == "When did tidewater start?"
    assert clean("riverpact lead country") == "Which country leads riverpact?"
    assert clean("water board budget") == "How much does water board cost?"
    assert clean("date of article") == "When was the article written?"
    assert clean("article author") == "Who wrote the article?"
    assert clean("What is the start date?") == "What is the start date?"


def test_a_state_never_named_is_unknown_however_it_is_typed() -> None:
    """Near-miss class: "libya coast guard training" names a state the sources never
    name, though typed in lower case or opening the question."""
    from types import SimpleNamespace

    from qa.decide import unknown_names

    ctx = SimpleNamespace(
        lowered_text="the river pact joined alden and brisk; italy ran the harbour watch.",
        aliases=SimpleNamespace(expansions=lambda n: [], names_all=lambda n, t: False),
        vocabulary=set(),
        numbers=set(),
    )
    found = unknown_names(analyze("libya coast guard training"), ctx)  # type: ignore[arg-type]
    assert "Libya" in found
    assert "Italy" not in unknown_names(analyze("italy harbour watch"), ctx)  # type: ignore[arg-type]


def test_a_bare_which_after_a_count_asks_which_of_the_things_counted() -> None:
    """Two-part class: "How many member cities are in the pact, and which stay out?":
    "which stay out" asks which member cities; "members states" is read as typed."""
    from qa.conversation import condense

    asked = condense([("How many member cities are in the pact?", "")], "which stay out?")
    assert asked.lower().startswith("which member cities stay out"), asked
    typo = condense([("How many members states are in the pact?", "")], "which stay out?")
    assert typo.lower().startswith("which members states stay out"), typo


def test_a_reason_asked_after_a_yes_no_part_is_its_own_part() -> None:
    """Two-part class: "Is Dunmore in the pact, and what is the reason?" asks why, not
    the same question again."""
    from qa.analyze import split_parts

    parts = split_parts("Is Dunmore in the pact, and what is the reason?")
    assert len(parts) == 2 and parts[1].lower().startswith("why"), parts
    assert analyze("What is the full name of RIVERPACT?").kind == "expansion"
    assert analyze("what mean RIVERPACT, the letters?").kind == "expansion"


def test_a_succession_told_without_its_year_settles_no_year() -> None:
    """Yes/no class: "Did Tidewater replace the Harbour Watch in 2019?" against a sentence
    telling the succession and no year: no Yes."""
    from qa.decide import _TIME_ASKED_RE

    assert _TIME_ASKED_RE.search("Did Tidewater replace the Harbour Watch in 2019?")
    assert not _TIME_ASKED_RE.search("Did Tidewater replace the Harbour Watch?")


def test_plain_words_for_a_stage_and_for_being_done() -> None:
    """Plain-words class: "the status of X" is its phase; "already adopted" and "fully
    implemented" are set against "proposed" and "early phase"."""
    from qa.thesaurus import opposed

    assert "early phase" in expansions_of("What is the status of the pact?")
    assert opposed("Has the plan already been adopted?", "One of the plans proposed is X.")
    assert opposed("Is the pact fully implemented?", "The pact is still at an early phase.")


def expansions_of(text: str) -> tuple[str, ...]:
    from qa.thesaurus import expansions

    return expansions(text)


def test_more_forms_of_counts_set_against_each_other() -> None:
    """Count class: "Are more cities taking part than there are plans?" and "By how many
    does the number of cities exceed the number of plans?" compare two counts too."""
    from qa.counts import compared_counts

    plans = _evidence("The cities have drawn up a first list of 12 plans for the river.", "[¶5]")
    cities = _evidence("Fifteen Member Cities of the league have signed the river pact.", "[¶3]")
    more = compared_counts(
        "Are more Member Cities taking part than there are plans on the list?", [plans, cities]
    )
    assert more is not None and more.holds
    gap = compared_counts(
        "By how many does the number of Member Cities exceed the number of plans?",
        [plans, cities],
    )
    assert gap is not None and gap.asked == "difference"


def test_an_irregular_participle_is_told_by_its_verb_and_a_question_is_no_lead_clause() -> None:
    """Timeline class: "When will the outcome be seen?" is told by "see the outcome … in
    2021"; "When was the Treaty of Orsa, which made the board, signed?" is a date question
    (its first clause is a question, not a clause leading one)."""
    q = analyze("When will the outcome of the plans be seen?")
    told = _evidence("The board means to see how the plans fare in 2021.")
    assert _dates_event(q, _dated_verb(q), told)
    assert analyze("When was the Treaty of Orsa, which made the board, signed?").kind == "date"
    assert analyze("Once a city joins, is it bound?").kind == "yesno"


def test_thanks_and_a_request_to_name_them_are_set_aside() -> None:
    assert clean("Thanks a lot! What are the 12 plans, could you name them all?") == (
        "What are the 12 plans?"
    )
    assert clean("Hi, just to check: is Dunmore in the pact?") == "Is Dunmore in the pact?"


def test_a_year_given_as_a_bound_does_not_date_what_is_named() -> None:
    """Timeline class: "Which came first, the plan study or the gauge network?" against
    "Measures were taken after 2012, among them the gauge network": "after 2012" bounds
    when, it dates nothing; the study's own year still dates it."""
    from qa.decide import _event_day

    q = analyze("Which came first, the plan study or the gauge network?")
    bound = _evidence("Measures were taken after 2012, among them the gauge network.", "[¶4]")
    study = _evidence("The plan study came out in 2016.", "[¶6]")
    assert _event_day(q, "the gauge network", [(bound, 0.5), (study, 0.4)], _ctx()) is None
    found = _event_day(q, "the plan study", [(bound, 0.5), (study, 0.4)], _ctx())
    assert found is not None and found[1].year == 2016
