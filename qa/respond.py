"""The answer the evidence itself gives, without a model: direct, short, cited.

- a refusal says what the sources do not give, then what they do say about the subject;
- a yes/no question gets Yes or No and the sentence that settles it, or "The article
  does not say directly" when the sentence does not settle it;
- a typed question gets the sentence that holds the answer of its type;
- a list gets every sentence that carries items, with the items a sentence announces.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping
from dataclasses import dataclass

from index.text import (
    STOPWORDS,
    drop_empty_parens,
    neutralise_labels,
    quotes,
    stem,
    strip_markers,
    terms,
    words,
)
from index.types import Source
from qa.analyze import AGENT, COUNTRY, DATE, DEFINITION, NAMED, PERSON, REASON, Question
from qa.card import asks_about_notes, cited, note_words
from qa.decide import (
    AGENT_NOUNS,
    ARTICLE_AIM_RE,
    DOCUMENT_ASKED_RE,
    EXPECTS_RE,
    Decision,
    announces,
    asked_date,
    asks_purpose,
    by_agent,
    dated_pair,
    excepted,
    first_in_succession,
    headed_name,
    in_year_asked,
    listed_items,
    named_instance,
    names_of_kind,
    order_asked,
    part_month,
    successor,
)
from qa.entities import Day, countries, dates, number_word, numbers, with_year_part
from qa.select import antecedent, continuations, extractive
from qa.thesaurus import vouched
from qa.types import Evidence


@dataclass(frozen=True)
class Reply:
    text: str
    support: tuple[Evidence, ...]
    refused: bool = False
    direct: bool = False  # a Yes/No or a sentence holding the asked type


def quoted(ev: Evidence) -> str:
    """A sentence as the answer states it: markers removed, its label at the end."""
    return f"{_inner(ev)} {ev.label}."


# a connective tying a sentence to the one before it in the article ("Likewise,",
# "Thus,"): an answer that opens with that sentence starts after it
_LINK_RE = re.compile(
    r"^(?:likewise|additionally|moreover|furthermore|thus|therefore|hence|similarly|"
    r"consequently|in addition|also),\s+(?=\S)",
    re.I,
)


def _unlinked(text: str) -> str:
    """The answer without the connective its first sentence opens with."""
    m = _LINK_RE.match(text)
    if not m:
        return text
    rest = text[m.end() :]
    return rest[0].upper() + rest[1:]


_SAYING = " What they say about it:"  # where a refusal's quote of the sources begins


def refusal(decision: Decision) -> Reply:
    text = f"The sources do not say: {decision.reason}."
    if decision.about is not None:
        text += f"{_SAYING} “{_inner(decision.about)}” {decision.about.label}."
        return Reply(text, (decision.about,), refused=True)
    return Reply(text, (), refused=True)


def unquoted(reply: Reply) -> Reply:
    """A refusal's statement of what the sources lack, without its quote (another part of
    the answer already shows that sentence)."""
    return Reply(reply.text.split(_SAYING)[0], (), refused=True)


_POLAR_OPENING_RE = re.compile(r"^(Yes|No)\.(?:\s+|$)")
_PART_ORDINALS = ("first", "second", "third", "fourth")
# a yes/no part the sources do not settle: "The article does not say directly; it says: …"
_UNSETTLED = "the article does not say directly"
_UNSETTLED_RE = re.compile(r"^(The article does not say directly); it says:\s+")


def checked_guess(reply: Reply, guess: str) -> Reply:
    """The reply to a wh-question that ends with the reader's guess of a number or a year
    ("How many signed — was it 23?"), opening with Yes when the answer states the guessed
    number and No when it states others; unchanged for a refusal, a guess of no number,
    or an answer stating none."""
    if reply.refused:
        return reply
    guessed_days = dates(guess)
    if guessed_days:  # "was it December 2017?": as finely as the guess gives it
        said_days = dates(strip_markers(reply.text))
        if not said_days:
            return reply
        fine = [d for d in guessed_days if d.month]
        hit = any(
            g.year == d.year and (not g.month or g.month == d.month)
            for g in (fine or guessed_days)
            for d in said_days
        )
        verdict = "Yes." if hit else "No."
        return Reply(f"{verdict} {reply.text}", reply.support, direct=True)
    wanted, said = numbers(guess), numbers(reply.text)
    if not wanted or not said:
        return reply
    verdict = "Yes." if wanted & said else "No."
    return Reply(f"{verdict} {reply.text}", reply.support, direct=True)


def named_option(reply: Reply, options: tuple[str, ...]) -> Reply:
    """The answer to a wh-question that offered options ("How many signed, 23 or 25?"),
    opening with the one option it states; unchanged when it states none or several, or
    is a refusal."""
    if reply.refused:
        return reply
    said = numbers(reply.text)
    low = strip_markers(reply.text).lower()
    stated = [
        o
        for o in options
        if (numbers(o) and numbers(o) <= said) or (not numbers(o) and o.lower() in low)
    ]
    if len(stated) != 1 or low.startswith(stated[0].lower()):  # "Triton [¶14]. …": named
        return reply
    return Reply(
        f"{stated[0][:1].upper()}{stated[0][1:]}. {reply.text}", reply.support, direct=True
    )


def polar_opening(text: str, unsettled: bool = False) -> bool:
    """Whether a text opens with a bare Yes or No (or, with `unsettled`, with the
    sources not settling a yes/no question)."""
    return bool(_POLAR_OPENING_RE.match(text) or (unsettled and _UNSETTLED_RE.match(text)))


def polar_parts(replies: list[Reply]) -> list[Reply]:
    """The replies to a question of several yes/no parts ("Is A out, and is B in?") with
    one opening that says which part gets which ("Yes to the first part, no to the
    second."), not a bare "Yes. No." whose order a reader must work out; unchanged unless
    every part opens with Yes or No."""
    opened = [_POLAR_OPENING_RE.match(r.text) or _UNSETTLED_RE.match(r.text) for r in replies]
    if len(replies) < 2 or len(replies) > len(_PART_ORDINALS) or not all(opened):
        return replies
    said = [m.group(1) for m in opened if m]
    if not {"Yes", "No"} & set(said):
        return replies  # no part settled: each says so itself
    if len(set(said)) == 1:
        lead = f"{said[0]} to both." if len(said) == 2 else f"{said[0]} to all {len(said)}."
    else:
        # "Yes to the first part, no to the second."; a part the sources do not settle
        # says so in its place ("the article does not say directly for the second")
        each = [
            f"{w.lower()} to the {o}" if w in {"Yes", "No"} else f"{_UNSETTLED} for the {o}"
            for w, o in zip(said, _PART_ORDINALS, strict=False)
        ]
        each[0] = re.sub(r"(to|for) the first$", r"\1 the first part", each[0])
        lead = ("; " if set(said) - {"Yes", "No"} else ", ").join(each)
        lead = lead[0].upper() + lead[1:] + "."
    rest = [r.text[m.end() :] if m else r.text for r, m in zip(replies, opened, strict=True)]
    first = Reply(" ".join([lead, rest[0]]).strip(), replies[0].support, direct=True)
    return [first] + [
        Reply(text, r.support, r.refused, r.direct)
        for r, text in zip(replies[1:], rest[1:], strict=True)
    ]


def _inner(ev: Evidence) -> str:
    """The sentence's words: no footnote markers, no empty "( )" left where the source
    had a link, no quotation marks around a quoted sentence (the answer quotes it)."""
    text = drop_empty_parens(strip_markers(ev.text))
    # '…at sea”, FRONTEX': a note's quotation and whom it quotes
    text = re.sub(r"”\s*,\s*([^”“]{1,60}?)[.\s]*$", r" (\1)", text.strip())
    text = neutralise_labels(text)  # a source's own "[¶99]" is no citation
    text = " ".join(text.split()).strip()
    text = text.lstrip('“"')
    text = text.replace("”,", ",").rstrip(' .;:”"')
    if text.count("“") > text.count("”"):  # 'building for “hotspots”.': keep its closing mark
        text += "”"
    return text


def yes_no(decision: Decision, verdict: str, q_text: str = "") -> Reply:
    if not decision.support:  # "Does the article mention Libya?" – "No: they never do."
        return Reply(f"{verdict.capitalize()}: {decision.reason}.", (), direct=True)
    if decision.counted is not None and verdict in {"yes", "no"}:  # "more X than Y?"
        return _counts_reply(decision, verdict.capitalize())
    ev = decision.support[0]
    if decision.events and (verdict in {"yes", "no"} or not decision.yes_no):
        # "Was X before Y?": both dates; "… before or after Y?": which, from them
        said = _in_time(decision.events)
        which = re.search(r"\) (?:came|falls) (before|after) ", said)
        word = verdict if decision.yes_no else (which.group(1) if which else "")
        lead = f"{word.capitalize()}: {said}" if word else said[:1].upper() + said[1:]
        timed = _distinct([e for _, e, _ in decision.events])
        return Reply(f"{lead} {' '.join(quoted(e) for e in timed)}", tuple(timed), direct=True)
    if verdict in {"before", "after"}:  # "Was X before or after Y?" / "X, later replaced by Y"
        return Reply(f"{verdict.capitalize()}. {quoted(ev)}", (ev,), direct=True)
    if verdict in {"yes", "no"}:  # with the sentence giving the date it rests on, if any
        shown = decision.support[:2]
        said = " ".join(quoted(e) for e in shown)
        return Reply(f"{verdict.capitalize()}. {said}", tuple(shown), direct=True)
    chosen = chosen_value(q_text, ev.text)
    if chosen:  # "Did 23 or 25 states sign?" / "Twenty-Five Member States … signed"
        return Reply(f"{chosen} {ev.label}. {quoted(ev)}", (ev,), direct=True)
    return Reply(f"The article does not say directly; it says: {quoted(ev)}", (ev,))


# two values offered to choose from: "23 or 25", "seventeen or twenty"
_VALUES_OFFERED_RE = re.compile(r"\b([\w-]+)\s+or\s+([\w-]+)\b")


def chosen_value(question: str, text: str) -> str:
    """For a question offering two numbers ("Did 23 or 25 states sign?"), the one the
    sentence states, as the question writes it; '' when it states neither or both."""
    for m in _VALUES_OFFERED_RE.finditer(question):
        one, other = numbers(m.group(1)), numbers(m.group(2))
        if not one and not other:  # "voluntary or compulsory?" / "… to voluntary join"
            picked = [w for w in m.groups() if _says_word(w, text)]
            plain = all(
                w.lower() in _WHEN_OFFERED
                or (w.lower() not in STOPWORDS | _NOT_OFFERED and len(w) > 3)
                for w in m.groups()
            )
            if len(picked) == 1 and plain:  # not "… help with migration or nah"
                return picked[0].capitalize()
            continue
        if not one or not other:
            continue
        said = numbers(strip_markers(text))
        picked = [w for w, v in ((m.group(1), one), (m.group(2), other)) if v & said]
        if len(picked) == 1:
            return picked[0].capitalize()
    return ""


_WHEN_OFFERED = frozenset({"before", "after", "earlier", "later"})  # "before or after 2015?"
_NOT_OFFERED = frozenset({"nah", "nope", "not", "something", "anything", "else", "what"})


def _says_word(word: str, text: str) -> bool:
    """Whether a text uses the word, in any of its forms ("voluntary" / "voluntarily")."""
    low = word.lower()
    return any(
        stem(w.lower()) == stem(low) or (len(low) >= 6 and w.lower()[:6] == low[:6])
        for w in words(strip_markers(text))
    )


def provenance(
    decision: Decision,
    sources: Mapping[int, Source],
    notes: Mapping[int, Evidence],
    whether: bool = False,
) -> Reply | None:
    """Which source stands behind a statement: the article's best sentence saying it and
    the footnote it carries (or that closes its paragraph), with what that footnote cites
    and the note itself as a citation; or that it carries none. A sentence of a cited
    document names that document. None when no sentence is at hand."""
    said = [e for e in decision.support if e.sentence.role != "heading"]
    if not said:
        return None
    ev = said[0]
    own = ev.chunk.footnote
    if ev.chunk.doc_id != "article" and own is not None and own in sources:
        src = sources[own]
        return Reply(
            f"It comes from the document footnote {own} cites, {cited(src)}: {quoted(ev)}",
            (ev,),
            direct=True,
        )
    numbers = [n for n in ev.sentence.footnotes if n in sources]
    closing = not numbers and ev.sentence.role != "note"
    if closing:  # a note at the end of its paragraph backs the paragraph's sentences
        numbers = [n for n in _closing_note(ev) if n in sources]
    if not numbers:
        return Reply(
            f"{'No' if whether else 'No footnote'}: the article says it in its own words and "
            f"cites no source for it: "
            f"“{_inner(ev)}” {ev.label}.",
            (ev,),
            direct=True,
        )
    backing = " and ".join(
        f"footnote {n}{note_words(sources[n]) or ','} which cites {cited(sources[n])}"
        + (f" {notes[n].label}" if n in notes else "")
        for n in numbers
    )
    where = "the note says" if ev.sentence.role == "note" else "the article's sentence is"
    if closing:
        where = "the note closes the paragraph of the article's sentence"
    support = (ev, *(notes[n] for n in numbers if n in notes))
    verdict = "Yes. " if whether and not closing else ""  # "Is X backed by a footnote?"
    return Reply(
        f"{verdict}It comes from {backing}: {where} “{_inner(ev)}” {ev.label}.",
        support,
        direct=True,
    )


def _closing_note(ev: Evidence) -> tuple[int, ...]:
    """The footnotes of the first later sentence of the same paragraph that carries any."""
    sentences = ev.chunk.sentences
    after = sentences[sentences.index(ev.sentence) + 1 :]
    for sentence in after:
        if sentence.paragraph != ev.sentence.paragraph:
            break
        if sentence.footnotes:
            return sentence.footnotes
    return ()


# a sentence opening a list in prose: "… includes some tools of the CSDP", "such as"
_INCLUDES_RE = re.compile(
    r"\b(?:includes?|including|such as|consists? of|comprises?|are the following)\s+"
    r"((?:[\w'’-]+\s+){0,4}[\w'’-]+)",
    re.I,
)


def _list_opener(q: Question, chosen: list[Evidence]) -> list[Evidence]:
    """The chosen sentence that opens, in prose, the list a question asks ("the approach
    includes some tools of the CSDP", followed by "An example is …", "Additionally, …"),
    with its items: its words of inclusion name the question's own thing, and two items
    or more follow. [] when no chosen sentence does."""
    for ev in chosen:
        m = _INCLUDES_RE.search(strip_markers(ev.text))
        items = continuations([ev]) if m and set(terms(m.group(1))) & set(q.terms) else []
        if len(items) >= 2:
            return [ev, *items]
    return []


# a list given as examples of more: "many tasks including A, B and C"
_SOME_OF_RE = re.compile(
    r"\b((?:many|several|various|numerous|other)\s+\w+)\s+(?:including|such\s+as)\b", re.I
)
# a sentence opening on a pronoun standing for what a sentence before it named
_PRONOUN_OPENS_RE = re.compile(r"^\W*(?:it|its|they|their|this|these|such)\b", re.I)


def from_evidence(q: Question, decision: Decision, limit: int) -> Reply:
    """The best sentence (a second only when nearly as good); for a list or a timeline,
    every sentence that carries items, in document order, with the items a sentence
    announces."""
    if decision.counted is not None:  # "How many more X than Y?": the difference
        c = decision.counted
        return _counts_reply(
            decision, number_word(abs(c.first.value - c.second.value)).capitalize()
        )
    if decision.events:  # "Put A, B and C in order": each with its date, earliest first
        return _in_order(decision)
    pair = decision.paired or dated_pair(q, [(e, 1.0) for e in decision.support[:2]])
    order = order_asked(q)
    if pair is not None and order is not None:  # "Which came first, X or Y?": the earlier
        return _ordered(pair, order, late=bool(_LATER_ASKED_RE.search(q.text)))
    if pair is not None:  # "How many years between X and Y?": the time from one to the other
        return _elapsed(pair)
    listed = listed_items(q, decision.support[0].text) if decision.support else []
    if listed:  # "How many measures does it list?": "Four: A, B, C and D"
        ev = decision.support[0]
        items = ", ".join(listed[:-1]) + " and " + listed[-1]
        how_many = number_word(len(listed)).capitalize()
        some = _SOME_OF_RE.search(strip_markers(ev.text))
        if some:  # "many tasks including A, B, C and D": four named, of more
            how_many = f"{how_many} are named, out of “{some.group(1)}”"
        text = f"{how_many}: {items} {ev.label}. {quoted(ev)}"
        return Reply(text, (ev,), direct=True)
    support = [e for e in decision.support if e.sentence.role != "heading"] or list(
        decision.support
    )  # a heading names a topic and states nothing
    # nor does a note that only names a document, unless its document is asked of ("Who
    # published the paper on …?": the decision put the note naming it first)
    of_document = bool(support) and DOCUMENT_ASKED_RE.search(q.text) and _bare_citation(support[0])
    if not asks_about_notes(q.text) and not of_document:
        support = [e for e in support if not _bare_citation(e)] or support
    # a bullet headline ("Ensuring security at the external border") names a point the
    # body makes in full: a body sentence goes first
    support = sorted(support, key=lambda e: e.sentence.role == "list" and len(e.text.split()) < 12)
    dated = _dated(q, support) if q.timeline else []
    timeline = len(dated) >= 2
    if timeline:
        support = dated
    announcing = [e for e in support if announces(q.text, e.text)]
    if announcing:  # "the (two) options" / "…two likely options: • …": the list announced
        chosen = _distinct(announcing[:1] + continuations(announcing[:1]))
        return Reply(" ".join(quoted(e) for e in chosen), tuple(chosen), direct=True)
    if q.wants_list:
        loose = q.typed or timeline  # every sentence that holds the asked type
        chosen = extractive(support, limit + 3, ratio=0.0 if loose else 0.8)
        if timeline:  # every dated sentence, not the best few: a timeline misses none
            chosen = support[:8]
        if q.kind == COUNTRY:  # "Name the states not in X": the sentences that name states
            chosen = [e for e in chosen if countries(e.text) or excepted(q, e.text)] or chosen
        noun = _list_noun(q.text)
        if noun and not timeline and q.kind != COUNTRY:  # "What are the expected benefits of
            # X?": the sentences saying benefits, in any words, where one does; one naming X
            # only ("In 2017 the states agreed to create X") lists none of them
            chosen = [e for e in chosen if noun in _says(q.text, e.text)] or chosen
        chosen += continuations(chosen)
        chosen = _distinct(chosen)
        opened = {e.key for e in ([] if timeline else _list_opener(q, chosen))}
        if opened:  # "X includes some tools of Y. An example is … Likewise …": the items
            # it opens answer; a sentence elsewhere naming the tools at large does not
            chosen = [e for e in chosen if e.key in opened]
        chosen.sort(key=lambda e: (e.chunk.doc_id != "article", e.chunk.doc_id, e.sentence.start))
        if timeline:  # by the earliest date a sentence gives; undated ones keep their place
            chosen = _by_date(chosen)
    elif len(in_year := in_year_asked(q, support)) >= 2:  # "What happens during 2018?"
        chosen = sorted(in_year[:3], key=lambda e: e.sentence.start)  # each thing in it
    else:
        chosen = extractive(support, limit, ratio=0.95)
        chosen = (
            chosen[:1]
            + [  # "…for hotspots. Likewise, …": another item, not more of it
                c
                for c in chosen[1:]
                if not (
                    c.sentence.paragraph == chosen[0].sentence.paragraph
                    and _next_item(chosen[0], c)
                )
                and not ARTICLE_AIM_RE.search(c.text)  # "this article aims to …": its own aim
                and (asks_purpose(q) or _adds(q, chosen[0], c))  # aims: each one says it
                # "It aims to …" from another passage, after a sentence on the agency: its
                # "It" would read as the agency; only its own antecedent may go before it
                and not (_PRONOUN_OPENS_RE.match(c.text) and c.chunk.id != chosen[0].chunk.id)
            ]
        )
        before = antecedent(chosen[0]) if chosen and q.kind in {AGENT, NAMED, PERSON} else None
        if chosen and q.kind == DEFINITION and _POINTER_RE.match(chosen[0].text):
            before = antecedent(chosen[0])  # "What is Frontex?" / "This agency has …"
        if chosen and q.kind == REASON:  # "It is clear that X has to …": why, the premise before
            before = antecedent(chosen[0], _CONCLUSION_RE)
        if before is not None and before.key not in {e.key for e in chosen}:
            chosen.insert(0, before)  # "This agency…" after the sentence naming it
        elif before is not None and q.kind == DEFINITION:  # already shown: before, not after
            chosen = [before, *(e for e in chosen if e.key != before.key)]
        chosen += [
            c
            for c in continuations(chosen[:1], limit=1)
            if not _elsewhere(q, chosen[0], c) and not _next_item(chosen[0], c)
        ]
        chosen = _distinct(chosen)
    items = excepted(q, chosen[0].text) if chosen else ""
    if items:  # "How many states are not …?" / "all … except A, B and C": three
        chosen = chosen[:1]  # another count there is of something else
    text = " ".join(quoted(e) for e in chosen)
    if chosen and not items:  # "Likewise, X …" opens no answer: "X …"
        text = _unlinked(text)
    if items:
        count = len(countries(items))
        text = f"{number_word(count).capitalize()}: {items} {chosen[0].label}. {text}"
    lead = successor(q, chosen[0].text) if chosen and not q.wants_list else ""
    if chosen and not lead and q.kind == NAMED:  # "which mission replaced X": the successor
        lead = named_instance(q, chosen[0].text)
    doer = q.kind != NAMED or bool(set(q.counted.split()) & AGENT_NOUNS)  # not "which mission"
    if chosen and not lead and q.kind in {AGENT, NAMED, PERSON} and doer:
        lead = by_agent(q, chosen[0].text)
    if chosen and q.kind == DATE and not q.wants_list:
        when, several = asked_date(q, chosen[0].text)
        late = when and strip_markers(chosen[0].text).find(when) > 40
        lead = when if several or late else ""  # which of its dates, or one deep inside
        lead = with_year_part(chosen[0].text, lead) if lead else ""  # "at the beginning of"
        day = dates(when)[0] if when and "/" in when and dates(when) else None
        if day is not None and day.day:  # "13/11/2017": written out, "On 13 November 2017"
            lead = f"on {day.day} {calendar.month_name[day.month]} {day.year}"
    if chosen and not lead and q.kind == NAMED and q.counted:  # "Which treaty …?"
        lead = headed_name(q.counted, chosen[0].text)  # "the Treaty of Lisbon"
    if chosen and not lead and not q.wants_list:  # "Which came first, X or Y?"
        lead = first_in_succession(q, chosen[0].text)
    if chosen and not lead and not q.wants_list:  # "What is the second scenario?"
        lead = ordinal_item(q.text, chosen[0].text)
    if lead:  # "Who ran X?" / "X, a mission carried out by the Italian Marine"
        text = f"{lead[0].upper()}{lead[1:]} {chosen[0].label}. {text}"
    return Reply(text, tuple(chosen), direct=q.typed)


_ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "fifth": 5, "5th": 5, "last": -1, "final": -1, "latter": -1, "former": 1,
}  # fmt: skip
_ORDINAL_ASKED_RE = re.compile(
    rf"\b(?:the\s+)?({'|'.join(_ORDINALS)})\s+(?:\w+\s+)?([a-z]+?)s?\b", re.I
)


def ordinal_item(question: str, text: str) -> str:
    """For "What is the second scenario?", the second item of the sentence's bulleted
    list of them ("two possible scenarios: • … • …"): the list's noun must be the
    question's; "" otherwise."""
    m = _ORDINAL_ASKED_RE.search(question)
    if not m or "•" not in text:
        return ""
    head, *items = strip_markers(text).split("•")
    noun = m.group(2).lower()
    if not re.search(rf"\b{re.escape(noun)}s?\b", head, re.I) or len(items) < 2:
        return ""
    place = _ORDINALS[m.group(1).lower()]
    if place > len(items):
        return ""
    return items[place - 1 if place > 0 else -1].strip().rstrip(".;")


# A sentence adding another item of an enumeration ("Likewise, …", "Additionally, …")
_NEXT_ITEM_RE = re.compile(
    r"^(?:additionally|moreover|furthermore|likewise|similarly|also|in addition|another|"
    r"second(?:ly)?|third(?:ly)?|finally|lastly)\b",
    re.I,
)
# A sentence announcing items that follow it ("…includes some tools:", "as follows")
_ANNOUNCES_RE = re.compile(
    r":\s*$|\b(?:as follows|the following)\b|"
    r"\binclude[sd]?\s+(?:some|several|many|various|a number of|a range of)\b",
    re.I,
)


# A sentence drawing a conclusion from the one before it
_CONCLUSION_RE = re.compile(
    r"^(?:it is (?:clear|evident|obvious) that|thus|therefore|hence|consequently|"
    r"this is why|that is why|for this reason|as a result)\b",
    re.I,
)


def _adds(q: Question, first: Evidence, other: Evidence) -> bool:
    """Whether a second-best sentence says some of the question's words that the best
    one does not: one saying only what the best already covers of the question is
    padding ("…two possible scenarios…" after the sentence that answers)."""
    have = set(terms(first.text))
    wanted = [t for t in q.terms if t not in have]
    return not wanted or bool(set(wanted) & set(terms(other.text)))


def _next_item(first: Evidence, after: Evidence) -> bool:
    """Whether a sentence after the answer's adds another item to an enumeration ("…for
    hotspots. Likewise, CSDP's tools include …"), where the answer's sentence is an item
    itself, not the one announcing them: for a question of one thing, another thing."""
    return bool(_NEXT_ITEM_RE.match(after.text)) and not _ANNOUNCES_RE.search(
        strip_markers(first.text).rstrip(" .")
    )


def _elsewhere(q: Question, before: Evidence, after: Evidence) -> bool:
    """Whether a sentence carrying on ("This agency has many tasks…") refers back to a
    thing the one before names in passing, not to what the question is about: "who ran
    Mare Nostrum?" / "…replaced by a mission of the EU agency FRONTEX called Triton. This
    agency…" is about FRONTEX. The noun's last mention there, standing beside a name
    ("agency FRONTEX"), says which thing it is; the question must name it."""
    m = _POINTER_RE.match(after.text)
    if not m:
        return False
    noun = m.group(1).lower()
    if stem(noun) in terms(q.text):
        return False  # "What does the agency that runs X do?": the question's own agency
    ws = strip_markers(before.text).split()
    at = [i for i, w in enumerate(ws) if w.lower().startswith(noun)]
    if not at or at[-1] + 1 >= len(ws) or not ws[at[-1] + 1][:1].isupper():
        return False  # no name beside it: the sentence's own subject, most likely
    name = []  # the name beside it, its capitalised words only ("FRONTEX", not "called Triton")
    for w in ws[at[-1] + 1 : at[-1] + 4]:
        if not w[:1].isupper():
            break
        name.append(w)
    return not set(terms(" ".join(name))) & set(terms(q.text))


_POINTER_RE = re.compile(
    r"^(?:this|these|that|the|such)\s+(project|agency|mission|mechanism|system|framework|"
    r"programme|program|initiative|operation|body|tool|measure)s?\b",
    re.I,
)


def _elapsed(pair: tuple[tuple[Evidence, Day], tuple[Evidence, Day]]) -> Reply:
    """The time between two dated events, from their two sentences: "About two years,
    from 2015 [¶8] to November 2017 [1]." followed by both sentences."""
    (first, start), (second, end) = sorted(pair, key=lambda p: (p[1].year, p[1].month))
    start_month = start.month or part_month(first.text, start)
    end_month = end.month or part_month(second.text, end)
    if start_month and end_month:
        months = (end.year - start.year) * 12 + end_month - start_month
        span = (
            "less than a year"  # "13 November 2017" and "late 2017": within the year
            if months <= 0
            else f"{number_word(months)} month{'s' * (months != 1)}"
            if months < 12
            else f"{number_word(round(months / 12))} year{'s' * (round(months / 12) != 1)}"
        )
    else:
        years = end.year - start.year
        span = f"{number_word(years)} year{'s' * (years != 1)}" if years else "less than a year"
    lead = (
        f"About {span}, from {_when(start, first)} {first.label} to {_when(end, second)} "
        f"{second.label}."
        if span != "less than a year"
        else f"Less than a year: both in {end.year} {first.label} {second.label}."
    )
    return _led_by(lead, first, second)


# "Which is newer, X or Y?": the later of the two is asked
_LATER_ASKED_RE = re.compile(r"\b(?:newer|newest|later|more\s+recent|most\s+recent)\b", re.I)


def _ordered(
    pair: tuple[tuple[Evidence, Day], tuple[Evidence, Day]],
    sides: tuple[str, str],
    late: bool = False,
) -> Reply:
    """Which of two dated events came first, from their two sentences: "The refugee
    crisis came first (2015 [¶8]), then the agreement (November 2017 [1])." followed by
    both sentences."""
    named = sorted(zip(sides, pair, strict=True), key=lambda s: (s[1][1].year, s[1][1].month or 0))
    (a, (first, start)), (b, (second, end)) = named
    lead = (
        f"{a[:1].upper() + a[1:]} came first ({_when(start, first)} {first.label}), then "
        f"{b} ({_when(end, second)} {second.label})."
    )
    if late:  # "Which is newer?": the later one named first
        lead = (
            f"{b[:1].upper() + b[1:]} came later ({_when(end, second)} {second.label}), "
            f"after {a} ({_when(start, first)} {first.label})."
        )
    return _led_by(lead, first, second)


def _in_order(decision: Decision) -> Reply:
    """Events in the order of their dates: "In order of time: the crisis (2015 [¶8]), then
    the Council (13 November 2017 [1])." and what no sentence dates, then each sentence."""
    steps = [f"{name} ({_when(day, ev)} {ev.label})" for name, ev, day in decision.events]
    lead = "In order of time: " + ", then ".join(steps) + "."
    if decision.undated:
        lead += f" The sources give no date for {_joined(list(decision.undated))}."
    shown = _distinct([ev for _, ev, _ in decision.events])
    return Reply(f"{lead} {' '.join(quoted(e) for e in shown)}", tuple(shown), direct=True)


def _in_time(events: tuple[tuple[str, Evidence, Day], ...]) -> str:
    """One event's date, or which of two came first: "the study (2016 [3]) came before the
    meeting (13 November 2017 [1])."."""
    (a, first, one), *rest = events
    if not rest:  # "… expected before the end of 2018?": what a sentence expects, expected
        verb = "is expected at" if EXPECTS_RE.search(first.text) else "dates from"
        return f"{a} {verb} {_when(one, first)} {first.label}."
    (b, second, other) = rest[0]
    month_one, month_other = (
        one.month or part_month(first.text, one),
        other.month or part_month(second.text, other),
    )
    order = "before" if (one.year, month_one) < (other.year, month_other) else "after"
    if (one.year, month_one) == (other.year, month_other) and second.sentence.role == "header":
        order = "before"  # the same month as the article's writing, which came after it
    # what a sentence only expects falls before or after; what happened came so
    verb = "falls" if any(EXPECTS_RE.search(e.text) for e in (first, second)) else "came"
    return (
        f"{a} ({_when(one, first)} {first.label}) {verb} {order} {b} "
        f"({_when(other, second)} {second.label})."
    )


def counted_names(which: Question, reply: Reply) -> Reply | None:
    """For a count of things the article names, given by naming them: the count and the
    names, from the sentences answering which they are ("Two are named: Mare Nostrum and
    Triton [¶14]."); None when that answer names none."""
    if reply.refused:
        return None
    names: list[str] = []
    naming: list[Evidence] = []
    for ev in reply.support:
        found = [n for n in names_of_kind(which, ev.text) if n.lower() not in map(str.lower, names)]
        if found:
            names += found
            naming.append(ev)
    if not names:
        return None
    how_many = number_word(len(names)).capitalize()
    labels = " ".join(dict.fromkeys(ev.label for ev in naming))
    verb = "is" if len(names) == 1 else "are"
    text = f"{how_many} {verb} named: {_joined(names)} {labels}. "
    text += " ".join(quoted(ev) for ev in naming)
    return Reply(text, tuple(naming), direct=True)


def _counts_reply(decision: Decision, lead: str) -> Reply:
    """Two counts set against each other, each with its sentence: "No: 17 (projects [¶6])
    against 25 (member states [¶3])." then the sentences."""
    c = decision.counted
    assert c is not None
    one, other = c.first, c.second
    text = (
        f"{lead}: {one.value} ({one.noun} {one.evidence.label}) against "
        f"{other.value} ({other.noun} {other.evidence.label})."
    )
    shown = _distinct([one.evidence, other.evidence])
    return Reply(f"{text} {' '.join(quoted(e) for e in shown)}", tuple(shown), direct=True)


def _joined(items: list[str]) -> str:
    """ "A", "A and B", "A, B and C"."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _led_by(lead: str, first: Evidence, second: Evidence) -> Reply:
    """A direct answer from two dated sentences: the lead, then each sentence once."""
    shown = _distinct([first, second])
    return Reply(f"{lead} {' '.join(quoted(e) for e in shown)}", tuple(shown), direct=True)


def _when(day: Day, ev: Evidence) -> str:
    """A date as a reader writes it: "November 2017", "the beginning of 2018", "2015"."""
    if day.month:
        on = f"{day.day} " if day.day else ""
        return f"{on}{calendar.month_name[day.month]} {day.year}"
    part = with_year_part(ev.text, str(day.year))
    return re.sub(r"^(?:at|in|by|around|towards?|from|until|since)\s+", "", part)


def _bare_citation(ev: Evidence) -> bool:
    """A footnote that names a document and quotes nothing ("Report, Council, 2016")."""
    return ev.sentence.role == "note" and not quotes(ev.text)


def _dated(q: Question, support: list[Evidence]) -> list[Evidence]:
    """For a timeline: the sentences that date something or name an event the question
    lists (not a name most of them carry: the article's subject)."""
    events = [
        n for n in q.names if sum(n.lower() in e.text.lower() for e in support) <= len(support) / 2
    ]
    return [e for e in support if dates(e.text) or any(n.lower() in e.text.lower() for n in events)]


def _by_date(evidence: list[Evidence]) -> list[Evidence]:
    """Sentences in the order of the dates they give (a stable sort: an undated sentence
    takes the date of the one before it, so it stays beside what it carries on)."""
    keyed, last = [], (0, 0, 0)
    for ev in evidence:
        found = dates(strip_markers(ev.text))
        if found:
            last = min((d.year, d.month, d.day) for d in found)
        keyed.append((last, ev))
    return [ev for _, ev in sorted(keyed, key=lambda k: k[0])]


def definition(
    q: Question, decision: Decision, limit: int, defining: tuple[str, str, Evidence] | None
) -> Reply:
    """What an acronym stands for, from the sentence that spells it out, then what the
    sources say it is."""
    if defining is None:
        return from_evidence(q, decision, limit)
    acronym, long, ev = defining
    if q.kind != "expansion" and not re.match(
        rf"^\W*(?:[\w'’]+\s+){{0,3}}?(?:the\s+)?{re.escape(acronym)}\b", q.text, re.I
    ):  # "What are the two scenarios for PESCO?": the scenarios are asked, not PESCO
        return from_evidence(q, decision, limit)
    lead = f"{acronym} stands for {long} {ev.label}."
    if q.kind == "expansion":
        return Reply(lead, (ev,), direct=True)
    rest = from_evidence(q, decision, limit)
    support = (ev, *[e for e in rest.support if e.key != ev.key])
    text = lead + " " + " ".join(quoted(e) for e in support[1:])
    return Reply(text.strip(), support, direct=True)


# "What are the (expected) benefits of X?": the plural noun a list question asks for
_ASKED_PLURAL_RE = re.compile(
    r"^(?:what|which)\s+(?:are|were)\s+(?:the\s+|its\s+|their\s+|some\s+)?(?:[\w-]+\s+){0,2}?"
    r"([a-z]{3,}s)\b(?=\s+(?:of|for|that|which|in|on|under|to|from)\b|\s*\??\s*$)",
    re.I,
)


def _list_noun(question: str) -> str:
    """The term of the plural noun a list question asks for, or ""."""
    m = _ASKED_PLURAL_RE.match(question)
    return stem(m.group(1).lower()) if m and not m.group(1).lower().endswith("ss") else ""


def _says(question: str, text: str) -> set[str]:
    """A sentence's terms, with the question's terms it says in other words."""
    have = set(terms(text))
    return have | vouched(question, have)


def _distinct(evidence: list[Evidence]) -> list[Evidence]:
    """Drop a sentence whose words another chosen sentence already says."""
    out: list[Evidence] = []
    for ev in evidence:
        mine = set(terms(ev.text))
        if any(mine and mine <= set(terms(o.text)) for o in out):
            continue
        out.append(ev)
    return out
