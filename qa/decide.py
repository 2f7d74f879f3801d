"""Answerability from evidence, and the direct answer the evidence gives.

A question is answerable when a retrieved sentence is about what it asks (close to the
question, naming what the question names) *and* holds the kind of answer it wants (a
date for "when", a number for "how many", a state for "which countries") beyond the
question's own words. Otherwise the answer is a refusal that says what the sources do
say about the question's subject. A yes/no question is settled by the stance of the
sentence that addresses it: whether the named thing is inside or outside an exception,
a negation, or an "all ... except" list.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache

from index.text import STOPWORDS, fold, quotes, stem, strip_markers, terms, words
from qa.analyze import (
    AGENT,
    AMOUNT,
    AMOUNT_WORDS,
    COUNTRY,
    DATE,
    DEFINITION,
    EXPANSION,
    LEFT_OUT_RE,
    NAMED,
    NUMBER,
    OTHER,
    PERSON,
    PLACE,
    PROPORTION_ASKED_RE,
    REASON,
    REPORTING,
    SET_ASIDE_RE,
    SOURCE,
    TRUTH_FRAME_RE,
    WHETHER_TAG_RE,
    YESNO,
    Question,
    analyze,
    kind_phrase,
    polarity_words,
    whole_timeline,
)
from qa.card import asks_about_notes
from qa.counts import Compared, compared_counts
from qa.entities import (
    ABBREVIATIONS,
    BOUND_RE,
    CONTINENT_PLACES,
    COUNTRIES,
    DEMONYM_STATES,
    DEMONYMS,
    EU_2017,
    MONTH_WORDS,
    MONTHS,
    ORG_HEADS,
    REGIONS,
    Aliases,
    Day,
    cities,
    countries,
    date_mentions,
    dates,
    is_role_noun,
    names,
    numbers,
    organisations,
    people,
    places,
    season_fit,
    stands_for,
    states_amount,
    states_negation,
    states_reason,
    with_year_part,
    year_parts,
)
from qa.select import Lexicon, antecedent, label_for
from qa.thesaurus import (
    contrasted,
    expansions,
    graded,
    opposed,
    reader_phrases,
    said_terms,
    vouched,
)
from qa.types import Evidence

_EXCEPTION_RE = re.compile(
    r"\b(?:except(?:\s+for)?|excluding|apart from|other than|with the exception of|"
    r"but not|not including|save for)\b([^.;:]*)",
    re.I,
)
_ALL_RE = re.compile(r"\b(?:all|almost all|every|nearly all|most)\b", re.I)


@dataclass(frozen=True)
class Decision:
    """What the evidence allows: an answer from `support`, or a refusal naming `about`."""

    answerable: bool
    reason: str = ""
    support: tuple[Evidence, ...] = ()  # sentences that hold the answer, best first
    about: Evidence | None = None  # the closest sentence, for a refusal's "what they do say"
    yes_no: str = ""  # "yes", "no" or "" (not settled) for a yes/no question
    # events asked to be put in order, as the question names them, with the sentence and
    # date of each, earliest first; and those no sentence dates
    events: tuple[tuple[str, Evidence, Day], ...] = ()
    undated: tuple[str, ...] = ()
    # two events set against each other in time ("How long between X and Y?"): each
    # with its sentence and date, as the question names them
    paired: tuple[tuple[Evidence, Day], tuple[Evidence, Day]] | None = None
    # two counts set against each other ("more projects than states?"), each with its sentence
    counted: Compared | None = None


@dataclass(frozen=True)
class Context:
    """Corpus knowledge the decision needs: which words and names it ever uses."""

    lexicon: Lexicon  # the passages' terms and how rare each is
    passages: tuple[str, ...]  # every passage, lower case
    aliases: Aliases
    people: tuple[str, ...]  # person names the corpus knows (authors)
    topics: dict[str, str]  # cited document id -> its title: what its sentences are about
    capitals: frozenset[str] = frozenset()  # its all-capital names, lower case ("frontex")
    # each article sentence's section heading, by the sentence's start ("Possible link
    # between PESCO and Migration"): what the sentences under it are about
    sections: dict[int, str] = field(default_factory=dict)
    # how close two words are in meaning, 0..1 (the embedding model's cosine); None: unknown
    relatedness: Callable[[str, str], float] | None = None

    @cached_property
    def lowered_text(self) -> str:
        """The whole corpus, lower case, for name look-ups."""
        return " ".join(self.passages)

    @cached_property
    def vocabulary(self) -> frozenset[str]:
        """Every term the passages use."""
        return frozenset(self.lexicon.idf)

    def weight(self, term: str) -> float:
        """How rare a term is across the passages (one never used weighs most)."""
        return self.lexicon.weight(term)

    @cached_property
    def rarest(self) -> float:
        """The weight of a term a single passage uses."""
        return max(self.lexicon.idf.values(), default=0.0) - 1e-6

    @cached_property
    def knows_aim(self) -> bool:
        """Whether the corpus states what something is for ("the aim is", "objective")."""
        return bool({stem("aim"), stem("objective")} & self.vocabulary)

    @cached_property
    def anticipated_years(self) -> frozenset[str]:
        """Years the corpus gives only in sentences that look ahead ("will", "likely to
        be accepted at the beginning of 2018"): the time after it was written."""
        said: dict[str, bool] = {}
        for passage in self.passages:
            for sentence in re.split(r"(?<=[.!?])\s+", passage):
                ahead = bool(set(words(sentence)) & (_MODALS | {"expects", "expect"}))
                for year in re.findall(r"\b(?:19|20)\d\d\b", sentence):
                    said[year] = said.get(year, True) and ahead
        return frozenset(y for y, only_ahead in said.items() if only_ahead)

    @cached_property
    def dates(self) -> list[Day]:
        """Every date the corpus states."""
        return dates(self.lowered_text)

    @cached_property
    def numbers(self) -> set[float]:
        """Every number the corpus states, in digits or words."""
        return numbers(self.lowered_text)


def decide(
    q: Question,
    ranked: list[tuple[Evidence, float]],
    ctx: Context,
    min_similarity: float,
) -> Decision:
    """Decide from (evidence, cosine) pairs, best first."""
    if not ranked:
        return Decision(False, "no passage is about the question")
    best, best_sim = ranked[0]
    anchors = _anchors(q, ctx)
    about = _most_about(q, anchors, ranked, ctx) or best
    things = [a for a in anchors if not countries(a)]
    if q.kind == YESNO and things and len(things) < len(anchors):
        # "Is Italy the lead nation of HARMSPRO?": the state is the claim put up, the thing
        # it is claimed of the subject; what the sources say of that thing is shown
        about = _most_about(q, things, ranked, ctx) or about
    mention = figures_given(q, ranked, ctx) or mentioned(q, ranked, ctx)
    if mention is not None:  # "Does the article mention Libya?": a question of the text
        return mention
    expanded = expansion_verdict(q, ranked, ctx)
    if expanded is not None:  # "Does PESCO stand for …?": the long name the corpus gives
        return expanded
    named = unknown_names(q, ctx)
    listed_out = _listed_without(q, named, ranked) if named and q.kind == YESNO else None
    if listed_out is not None:  # "Were A and the X Code among the measures?" / "the measures
        # were A, B, C and D": a list given whole, without the name the sources never use
        return Decision(True, support=(listed_out,), about=listed_out, yes_no="no")
    outside = _outside_list(q, ranked, ctx) if listed_out is None else None
    if outside is not None:  # "Is the X Information System one of the measures?" / "the
        # measures were A, B, C and D": a name of several words the list does not hold
        return Decision(True, support=(outside,), about=outside, yes_no="no")
    unknown = named
    if q.kind == YESNO:  # "the Treaty of Maastricht?" where a passage says "of Lisbon"
        unknown = [n for n in named if not any(_rival(q, n, ev.text) for ev, _ in ranked[:6])]
    unknown = (
        unknown
        or unstated_dates(q, ranked, ctx)
        or unknown_attribute(q, ctx)
        or unknown_compared(q, ctx)
    )
    if unknown and named and set(unknown) <= set(named) and q.kind == YESNO:
        other = _said_without(q, named, anchors, ranked, ctx)
        if other is not None:  # "Did Europol run Triton?" / "a mission of … FRONTEX called Triton"
            return Decision(True, support=(other,), about=other, yes_no="no")
    if unknown:  # quoting what they say of it, when some sentence is close at all
        near = about if best_sim >= min_similarity or _says_every_term(q, best, ctx) else None
        rest = set(q.terms) - {t for n in unknown for t in terms(n)}
        if near is not None and not rest & set(terms(near.text)):
            near = None  # "the capital of Australia": a sentence sharing none of it is no context
        return Decision(
            False, f"the sources never mention {_quote(_whole(q, unknown))}", about=near
        )
    # "Did the Council meet before 2018?": an event the sources date, set against a year
    # they only look ahead to, is settled by its date
    timed = timed_against(q, ranked, ctx) if q.kind == YESNO else None  # once: used below
    dated_event = timed is not None
    later = "" if dated_event else after_the_sources(q, ctx)
    if later:  # "What did PESCO achieve by 2019?": that time lay ahead of the article
        ahead = [ev for ev, _ in ranked if later in ev.text] or [about]
        reason = f"they date from before {later} and only say what they expect of it"
        return Decision(False, reason, about=ahead[0])
    if named:  # each has a rival: a No that sentence settles, else still never mentioned
        # "Support" in "the European Asylum Support Office" anchors nothing: the name is unknown
        inside = {w for n in named for w in n.split()}
        known = [a for a in anchors if a not in inside]
        quoting = None if q.negative else _quoting_note(q, known, ranked, ctx)
        if quoting is not None:  # "Is the X quote attributed to Europol?": to whom it names
            return Decision(True, support=(quoting,), about=quoting, yes_no="no")
        settled = _decide_yes_no(q, known, ranked, ctx, about, timed)
        ev = settled.support[0] if settled.support else about
        if settled.yes_no != "no" and _rival_denies(q, named, known, ev, ctx):
            return Decision(True, support=(ev,), about=ev, yes_no="no")
        if settled.yes_no != "no":
            return Decision(
                False, f"the sources never mention {_quote(_whole(q, named))}", about=about
            )
        return settled
    besides = others_asked(q)
    if besides[0] and not any(_names_another(q, besides, ev, ctx) for ev, _ in ranked[:8]):
        noun, aside = besides
        reason = f"they name no other {noun} than {aside}"
        if q.kind == YESNO:  # "Does it name any project other than X?": No, none
            return Decision(True, reason, yes_no="no")
        return Decision(False, reason, about=about)
    counted = _OTHER_COUNT_RE.search(q.text)
    if counted and not besides[0]:
        noun = counted.group(1) or counted.group(2)
        # "the other projects" asks the rest of a set only where the sources count it
        counts = counted.group(1) or any(
            re.search(
                rf"\b(?:\d+|(?:twenty|thirty)-\w+|{_NUMBER_WORDS_RE})\s+(?:[\w-]+\s+){{0,2}}"
                rf"{re.escape(noun)}\b",
                p,
                re.I,
            )
            for p in ctx.passages
        )
        if counts and not any(_names_several(noun, ev, ctx) for ev, _ in ranked[:8]):
            # "What are the other sixteen projects?": the sources count them, name one
            return Decision(False, f"they name none of the other {noun}", about=about)
    every = _ALL_COUNTED_RE.search(q.text)
    if every and not besides[0]:
        count, noun = every.group(1), every.group(2).lower()
        # states are named as states ("except for the UK, Denmark and Malta"): as many
        # as counted, or fewer; other things as a list after their noun
        if stem(noun) in _STATE_NOUNS:
            most = max((len(countries(ev.text)) for ev, _ in ranked[:8]), default=0)
            listed = max(numbers(count), default=0) <= most
        else:
            listed = any(_names_several(noun, ev, ctx) for ev, _ in ranked[:8])
        if _counted_in(count, noun, [ev.text for ev, _ in ranked[:8]]) and not listed:
            # "List the 17 PESCO projects." / "a preliminary list of 17 projects": counted,
            # and one of them named
            return Decision(
                False, f"they count {count} {noun} but do not name them all", about=about
            )
    counts = compared_counts(q.text, [ev for ev, _ in ranked])
    if counts is not None:  # "Are there more projects than states?": each counted, compared
        shown = tuple(dict.fromkeys((counts.first.evidence, counts.second.evidence)))
        verdict = ("yes" if counts.holds else "no") if q.kind == YESNO else ""
        return Decision(True, support=shown, yes_no=verdict, counted=counts)
    compared = comparison(q.text)
    if compared and not any(
        _compares(compared, ev.text) and _names_anchors(anchors, ev, ctx) for ev, _ in ranked[:8]
    ):  # a comparison of the things asked about, not any "than"
        return Decision(False, f"they draw no comparison (“{compared} than”)", about=about)
    part = unnumbered_part(q, [ev.text for ev, _ in ranked[:8]])
    if part:  # "Which article of the Treaty introduces X?" / "introduced by the Treaty"
        return Decision(False, f"they cite no {part} of it, only the whole", about=about)
    unnamed = unnamed_instances(q, ranked, ctx)
    if unnamed is not None:  # "Which airports …?" / "through Member States and airports"
        noun, ev, spoken = unnamed
        reason = f"they name no {noun}" + (f", only speak of {noun} at large" if spoken else "")
        return Decision(False, reason, about=ev)
    listed_only = only_listed(q, anchors, ranked, ctx)
    if listed_only is not None:  # "What does Smart Borders involve?" / "…, Smart Borders and Y"
        what = _quote(_as_written(q.text, anchors))
        reason = f"they name {what} only as one item of a list, and say no more of it"
        return Decision(False, reason, about=listed_only)
    if q.kind == NUMBER and _UNION_SIZE_RE.search(q.text):
        # "How many member states are there in the EU?" / "Twenty-Five Member States …
        # signed": those that did something, not how many the union has
        counting = next((ev for ev, _ in ranked if _counts("stat", ev.text)), about)
        return Decision(False, "they give no count of the Union's member states", about=counting)
    pair = dated_pair(q, ranked, ctx) if q.kind != YESNO else None
    if pair is not None:  # "How many years between the crisis and PESCO?": two dated events
        return Decision(True, support=(pair[0][0], pair[1][0]), paired=pair)
    series, undated = dated_series(q, ranked, ctx) if q.kind != YESNO else ([], [])
    if series:  # "Put the crisis, the Council and the projects in order": each one's date
        shown = tuple(dict.fromkeys(ev for _, ev, _ in series))
        return Decision(True, support=shown, events=tuple(series), undated=tuple(undated))
    results = results_unsaid(q, anchors, ranked, ctx)
    if results is not None:  # "What were the results of Triton?" / "… called Triton."
        return Decision(False, "they say nothing of its results", about=results)
    topic = unsaid_topic(q, [ev.chunk.text for ev, _ in ranked[:8]])  # their passages
    if topic:  # "Which scenario does she prefer?" / "two possible scenarios"; "Is there a
        # penalty for breaking the commitments?" / "a binding commitment"
        return Decision(False, topic, about=about)
    term = undefined_term(q, [ev for ev, _ in ranked[:8]])
    if term is not None:  # "What exactly is a hotspot?" / "capacity building for “hotspots”"
        word, ev = term
        return Decision(False, f"they use the word “{word}” but do not say what it is", about=ev)
    holder = unreported_view(q, ctx)
    if holder:  # quoting what they say of the holder ("the British government": the UK)
        states_of = [
            DEMONYM_STATES[w.lower()] for w in words(holder) if w.lower() in DEMONYM_STATES
        ]
        ev = next(
            (e for e, _ in ranked if any(_names_focus(h, e.text) for h in [*states_of, holder])),
            about,
        )
        return Decision(False, f"they report no view of {_quote([holder])}", about=ev)
    judged = unjudged(q, ranked, ctx)
    if judged:  # "What does the author think of the UK staying out?": she only reports it
        ev = next((e for e, _ in ranked if _names_focus(judged, e.text)), about)
        return Decision(False, f"the author gives no view of {_quote([judged])}", about=ev)
    listed = q.wants_list and any(announces(q.text, ev.text) for ev, _ in ranked[:8])
    close = listed or dated_event  # "Was the paper out before 2018?": its note dates it
    if best_sim < min_similarity and not _says_every_term(q, best, ctx) and not close:
        # nothing close: any sentence quoted would be about something else
        return Decision(False, "no passage is close to the question")
    if q.kind == YESNO:  # "X rather than Y, right?" / "… by providing Y": Y, not X
        instead = next((ev for ev, _ in ranked[:3] if set_against_said(q, ev.text)), None)
        if instead is not None:
            return Decision(True, support=(instead,), about=instead, yes_no="no")
    if money_unsaid(q, [ev.text for ev, _ in ranked[:8]]):
        return Decision(False, "they say nothing of funding, costs or budgets", about=about)
    if q.kind == YESNO:
        return _decide_yes_no(q, anchors, ranked, ctx, about, timed)
    counted_list = next((ev for ev, _ in ranked[:8] if listed_items(q, ev.text)), None)
    if counted_list is not None:  # "How many measures does it list?" / "were A, B, C and D"
        return Decision(True, support=(counted_list,))
    if q.typed:
        notes = asks_about_notes(q.text)
        whole = whole_timeline(q)  # the article's events at large: any dated sentence
        held = [
            (ev, sim)
            for ev, sim in ranked
            if (
                whole
                or _is_about(q, anchors, ev, sim, ctx, strict=True)
                or _names_document(q, anchors, ev, ctx)
                or _same_day(q, ev.text)  # "Which body met on that very day?"
                or _meeting_noted(q, anchors, ev, ctx)  # "When did the Council meet?"
            )
            and (
                holds_text(q, _with_antecedent(q, ev), ctx)
                or bool(successor(q, ev.text))
                or _gives_length(q, ev.text)  # "How long …?" / "since the crisis"
            )
            and _same_succession(q, anchors, _with_antecedent(q, ev)) is not False
            # a note's date and maker are its document's: a question asking of the notes,
            # or of a document the note names ("When did the ESDC put out its paper?")
            # (or the very day it gives: "Which body met on 13 November?" / "Council, 13/11")
            and (
                ev.sentence.role != "note"
                or notes
                or _names_document(q, anchors, ev, ctx)
                or _same_day(q, ev.text)
                or _meeting_noted(q, anchors, ev, ctx)
            )
            # "Why did the EU change course?" / "this article aims to understand …": the
            # article's own aim is no reason for its subject
            and not (
                q.kind == REASON and ARTICLE_AIM_RE.search(ev.text) and not _OWN_RE.search(q.text)
            )
        ]
        if q.kind == DATE and held:
            # the sentences telling the event asked, as finely as asked, answer it
            done, grain = _dated_verb(q), _grain_asked(q)
            telling = [(ev, sim) for ev, sim in held if not done or _dates_event(q, done, ev)]
            fit = [(ev, sim) for ev, sim in telling if not grain or _has_grain(grain, ev.text)]
            best = (fit or held)[0][0]
            unmet = _date_unmet(q, best, done, grain, dated=bool(telling))
            if unmet:  # "How long …?", "When were they cancelled?", "In which month …?"
                return Decision(False, unmet, about=best)
            held = fit or held
            if not done and (_ONSET_VERBS | _FOUNDING_VERBS) & set(q.terms):
                # "When did PESCO start?": a thing starts when it is created; a sentence
                # founding it, saying every other word asked, dates its start
                held.sort(key=lambda es: not _founds_subject(q, es[0]))
        share = PROPORTION_ASKED_RE.search(q.text) if q.kind == NUMBER else None
        if share:  # "What percentage of the states stay out?": a share, given as one
            giving = _PERCENT_RE if share.group("pct") else _SHARE_RE
            held = [(ev, sim) for ev, sim in held if giving.search(strip_markers(ev.text))]
            if not held:
                what = "percentage" if share.group("pct") else "share or proportion"
                return Decision(False, f"they give no {what}", about=about)
        if q.kind == NUMBER and q.counted and not (_STATE_NOUNS | _TIME_NOUNS) & {q.counted}:
            # "how many people crossed …?" / "two possible scenarios": a count of other things
            # "How many lives were saved?" / "two possible scenarios … saving more lives":
            # a sentence saying the noun whose numbers count other things gives no count
            held = [
                (ev, sim)
                for ev, sim in held
                if _says_noun(q, q.counted, ev.text)
                and (_counts_asked(q, ev.text) or not _counts_something(ev.text))
            ] or ([] if all(_counts_something(ev.text) for ev, _ in held) else held)
        if q.kind == COUNTRY and held:  # "Which countries are the frontline states?"
            rare = [
                t
                for t in _state_modifiers(q)
                if t in ctx.vocabulary and ctx.weight(t) >= ctx.rarest
            ]
            said = [(e, sim) for e, sim in held if all(t in terms(e.text) for t in rare)]
            if not said:  # the one passage using the word names no state for it
                using = next((e for e, _ in ranked if set(rare) & set(terms(e.text))), about)
                return Decision(
                    False, f"they name no state as {_quote(rare_words(q, rare))}", about=using
                )
            # "In which countries are the hotspots?": a word one passage alone uses is what
            # the states are asked of; a sentence naming states without it does not answer
            focus = [
                t
                for t in q.terms
                if t in ctx.vocabulary
                and ctx.weight(t) >= ctx.rarest
                and t not in _TAKING_PART | _STATE_NOUNS | _ONSET_VERBS | _HAPPEN_VERBS
                and t not in rare
                and t not in _describing_reader_words(q)
                and not t.isdigit()  # "Which 3 countries …?": a count, checked as one
            ]
            if focus and not any(set(focus) & _said(q, e.text) for e, _ in held):
                using = next((e for e, _ in ranked if set(focus) & set(terms(e.text))), about)
                only = _states_described(q, using)
                reason = f"they name no state for {_quote(rare_words(q, focus))}{only}"
                return Decision(False, reason, about=using)
        if q.kind == REASON and held:  # "Why was a comprehensive approach adopted?"
            # a reason must be given for the thing asked: the closest sentence names it by
            # words only one or two passages use; one giving a reason ("This leads to …")
            # without any of them is about another thing
            closest = set(terms(ranked[0][0].text))
            # a year says when, a word of taking part who ("participating countries"):
            # neither is the thing the reason is for
            focus = [
                t
                for t in q.terms
                if t in closest
                and ctx.weight(t) >= ctx.rarest - _TWO_PASSAGES
                and not numbers(t)
                and t not in _TAKING_PART
            ]
            # "The project aims …": what it refers back to is the thing the reason is for
            given = [_said(q, " ".join(x.text for x in (antecedent(e), e) if x)) for e, _ in held]
            if focus and not any(set(focus) & g for g in given):
                using = next((e for e, _ in ranked if set(focus) & set(terms(e.text))), about)
                reason = f"they give no reason for {_quote(rare_words(q, focus))}"
                return Decision(False, reason, about=using)
            asked_states = set(q.countries)
            if asked_states and not any(asked_states & countries(e.text) for e, _ in held):
                # "Why did the UK stay out?": a reason given for no state ("with the aim
                # of allowing Member States to voluntary join") is none for the UK
                using = next((e for e, _ in ranked if asked_states & countries(e.text)), about)
                states = [c.title() for c in sorted(asked_states)]
                return Decision(
                    False, f"they give no reason concerning {_quote(states)}", about=using
                )
        if q.kind == PLACE and held:  # "Where are the hotspots located?"
            # a word one passage alone uses is what the place is asked of: a sentence
            # naming places without it ("the Sahel region") does not place it
            nouns = {
                stem(w.lower()) for w in words(q.text) if not w.lower().endswith(("ed", "ing"))
            }
            focus = [
                t
                for t in q.terms
                if t in ctx.vocabulary
                and ctx.weight(t) >= ctx.rarest
                and t not in _PLACE_FRAME
                and t in nouns  # "where were the tools used": no thing placed
                and not numbers(t)  # "which two areas": a count, no thing
            ]
            if focus and not any(set(focus) & _said(q, e.text) for e, _ in held):
                using = next((e for e, _ in ranked if set(focus) & set(terms(e.text))), about)
                return Decision(
                    False, f"they name no place for {_quote(rare_words(q, focus))}", about=using
                )
        seat = _WHERE_IS_RE.match(q.text) if q.kind == PLACE and held else None
        if seat and q.names and not any(_placed(q.names, e.text) for e, _ in held):
            # "Where is Frontex headquartered?" / "… a mission of the EU agency FRONTEX
            # called Triton" on the Central Mediterranean route: the route is no seat
            return Decision(False, "they give no place for it", about=held[0][0])
        if not held:
            # "Which states carry the burden …?" / "frontline Member States"
            only = _states_described(q, about) if q.kind == COUNTRY else ""
            what = _WHAT[q.kind]
            if q.kind == DATE and _DURATION_ASKED_RE.search(q.text):
                what = "length of time"  # "How long did X last?"
            return Decision(False, f"they give no {what}{only}", about=about)
        predicate = _predicate(q, anchors)
        # stable: the score breaks ties
        held.sort(key=lambda es: -_predicate_share(predicate, es[0], q.text))
        # "Who published the paper on …?": the note naming the document tells its maker
        held.sort(key=lambda es: not _names_document(q, anchors, es[0], ctx))
        if q.kind == NUMBER and q.counted:
            held.sort(key=lambda es: not _counts_asked(q, es[0].text))
            held.sort(key=lambda es: not excepted(q, es[0].text))  # "How many … not …?"
        if q.kind == NAMED and q.counted:  # "which treaty": a sentence naming a Treaty of …
            # "Which Italian port …?": "Italian" qualifies the kind ("Italian Marine" is no port)
            capital = {stem(w.lower()) for w in words(q.text)[1:] if w[:1].isupper()}
            noun = " ".join(w for w in q.counted.split() if w not in capital) or q.counted
            held.sort(key=lambda es: not _heads_name(noun, es[0].text))
            # "What's the name of the CSDP naval operation?": a name given to a thing of
            # that kind, or one headed by its noun; a sentence naming other things gives none
            # "Which EU body …?": a name of an agency, a council, a college is one of a body
            kinds = [noun] + list(_ORGANISATION_HEADS if noun in _GENERIC_BODIES else ())
            asked = [(k, _as_kind(q, noun, k)) for k in kinds]  # each analysed once
            naming = [
                (ev, sim)
                for ev, sim in held
                if any(_heads_name(k, ev.text) or _names_kind(a, ev.text) for k, a in asked)
            ]
            kind = set(q.counted.split()) & (_NAMING_NOUNS | AGENT_NOUNS | _THING_NOUNS)
            if kind and not naming:  # "which came first": no kind of thing asked
                return Decision(False, f"they name no {_kind_asked(q)}", about=held[0][0])
            held = naming or held
        return Decision(True, support=tuple(ev for ev, _ in held))
    # (not "What good is X supposed to do for Y?": its purposes, ordered below)
    beneficiary = _FOR_WHOM_RE.search(q.text) if q.kind == OTHER else None
    spelt = [beneficiary.group(1), *expansions(beneficiary.group(1))] if beneficiary else []
    whom = [set(terms(w)) - STOPWORDS for w in spelt]

    def naming_whom(ev: Evidence) -> int:  # how many of the reader's words for them it says
        return sum(bool(w) and w <= set(terms(ev.text)) for w in whom)

    if whom:  # "What does X do for ordinary people?" / "… to European citizens": the
        # sentence saying the corpus's words for whom the reader asks about
        ranked = sorted(ranked, key=lambda es: -naming_whom(es[0]))
    if anchors:  # "What does Frontex do?" / "It aims to …" after a sentence on EUROSUR
        ranked = sorted(ranked, key=lambda es: _refers_elsewhere(anchors, es[0], ctx))
    if asks_purpose(q):  # "What are PESCO's goals?": what it is for
        purposes = [(e, sim) for e, sim in ranked if _states_purpose(q, e.text, ctx)]
        most = max((naming_whom(e) for e, _ in purposes), default=0)
        if most:  # "What is X supposed to do for Europeans?": what it is for, for them
            purposes = [(e, sim) for e, sim in purposes if naming_whom(e) == most]
        # "What is the aim of the training offered to partner states?": the aims of the thing
        # named by words few passages use, where one states them; not another thing's aim
        rare = [
            t
            for t in q.terms
            if t in ctx.vocabulary and ctx.weight(t) >= ctx.rarest - _TWO_PASSAGES
        ]
        own = [(e, sim) for e, sim in purposes if rare and set(rare) <= _said(q, e.text)]
        purposes = (own or purposes)[:2]
        if purposes:  # each sentence saying it counts as much as the best of them
            top = max(e.score for e, _ in purposes)
            keys = {e.key for e, _ in purposes}
            ranked = [(replace(e, score=top), sim) for e, sim in purposes] + [
                (e, sim) for e, sim in ranked if e.key not in keys
            ]
    what_is = re.match(
        r"^(?:what|which)\s+(?:(?:kind|sort|type)\s+of\s+\w+\s+)?(?:is|are|was)\b", q.text, re.I
    )
    if q.kind == DEFINITION or (q.kind == OTHER and what_is and not q.wants_list):
        # "What is the EU's defence pact?" / "PESCO is a specific …":
        # the sentence saying what the thing asked (by name, or in the reader's words) is
        named = [*anchors, *(e for e in q.expansions if e[:1].isupper())]
        defining = [
            es
            for es in ranked[:8]
            if any(
                re.match(
                    rf"^(?:the\s+)?{re.escape(n)}\s+(?:is|was|are|were)\s+(?:a|an|the)\b",
                    strip_markers(es[0].text),
                    re.I,
                )
                for n in named
            )
        ]
        keys = {e.key for e, _ in defining}
        ranked = defining + [es for es in ranked if es[0].key not in keys]
    aim = ranked[0][0] if ranked and ARTICLE_AIM_RE.search(ranked[0][0].text) else None
    if aim is not None and not _AIM_ASKED_RE.search(q.text) and not asks_purpose(q):
        # "What risks does X pose to human rights?" / "this article aims to understand the
        # impact of X": the article's own aim, closest only for want of anything on words
        # no passage uses, answers nothing asked
        unused = [w for w in _unused_words(q, q.text, ctx) if stem(w.lower()) not in _SAYING]
        if unused:
            return Decision(False, f"they say nothing of {_quote(unused)}", about=aim)
    if q.kind == OTHER and _HOW_ASKED_RE.match(q.text):
        # "How could PESCO help frontline states?": the sentence saying the kind-word only
        # a passage or two use ("frontline"), before ones on the subject at large
        kind_terms = {t for t, _ in _kind_words(q, ctx)}
        rare = [
            t
            for t in q.terms
            if t in kind_terms
            and t in ctx.vocabulary
            and ctx.weight(t) >= ctx.rarest - _TWO_PASSAGES
            and t not in _name_terms(q)
        ]
        if rare:
            ranked = sorted(ranked, key=lambda es: not set(rare) <= _said(q, es[0].text))
    year = _IN_YEAR_RE.search(q.text)
    if year:  # "What happened in 2015?": "the crisis of 2015" before "launched after 2015"
        ranked = sorted(ranked, key=lambda es: not _dates_within(year.group(2), es[0].text))
        month = (year.group(1) or "").lower()
        if month in MONTHS:  # "in November 2017": a sentence of that month first
            ranked = sorted(ranked, key=lambda es: month not in es[0].text.lower())
    return Decision(True, support=tuple(ev for ev, _ in ranked))


# "How could X help Y?", "How does X affect Y?": a way, not a count, a length or a date
_HOW_ASKED_RE = re.compile(r"^\W*how\b(?!\s+(?:many|much|long|often|old|far|soon)\b)", re.I)
# "What does X do for ordinary people?", "What does it mean for the frontline states?"
_FOR_WHOM_RE = re.compile(
    r"\b(?:do|does|did|mean|means|offer|offers|bring|brings|give|gives|change|changes|"
    r"deliver|delivers)\s+for\s+(?P<whom>[\w' -]+?)\W*$",
    re.I,
)


def _refers_elsewhere(anchors: list[str], ev: Evidence, ctx: Context) -> bool:
    """Whether a sentence opens by referring back ("It …", "This agency …") to a sentence
    that names none of the question's anchors: it speaks of that other thing, whatever
    it names later ("… (FRONTEX)", the source of a quotation)."""
    plain = strip_markers(ev.text)
    # the sentence without the source a quotation is attributed to ("…”, FRONTEX")
    body = re.sub(r"[”\"]\s*,.*$|\s*\([^()]*\)\W*$", "", plain)
    subject = re.match(r"^\W*([A-Z][A-Z]{2,})\b", body)  # "EUROSUR is …"
    if subject and not any(ctx.aliases.names_all([a], body) for a in anchors):
        return subject.group(1).lower() not in {a.lower() for a in anchors}
    if not _REFERS_BACK_RE.match(plain):
        return False
    before = _previous(ev)
    return bool(before) and not any(ctx.aliases.names_all([a], before) for a in anchors)


# A question for what a thing is for, and a sentence saying what it is for
_PURPOSE_ASKED_RE = re.compile(
    r"\b(?:aims?|goals?|purposes?|objectives?|point|benefits?|advantages?|(?:supposed|meant|"
    r"expected|intended|designed)\s+to|what\s+\w+\s+(?:is|are)\s+for)\b",
    re.I,
)
_PURPOSE_SAID_RE = re.compile(
    r"\b(?:aims?|aimed|objectives?|purposes?|goals?|expected\s+to|intended\s+to|designed\s+to|"
    r"in\s+order\s+to|so\s+as\s+to)\b",
    re.I,
)


def asks_purpose(q: Question) -> bool:
    """Whether a question asks what a thing is for ("What are PESCO's goals?")."""
    return bool(_PURPOSE_ASKED_RE.search(q.text))


def _states_purpose(q: Question, text: str, ctx: Context) -> bool:
    """Whether a sentence says what the question's subject is for: a purpose word, and
    the subject named (in any spelling, or by its long name's head: "The cooperation")."""
    if not _PURPOSE_SAID_RE.search(text) or ARTICLE_AIM_RE.search(text):
        return False
    named = [n for n in q.names if n.lower() not in _FRAME_NAMES]
    # "what's the point of pesco": an acronym the corpus defines, in lower case
    named += [w for w in words(q.text) if w.islower() and w in ctx.aliases.pairs]
    if named and any(
        ctx.aliases.names_all([n], text) or n.lower() in ctx.lexicon.clipped(text) for n in named
    ):
        return True
    # "What do the missions aim to achieve in host countries?" / "The aim is to support
    # host countries …": the words of what it is for, that one passage alone uses
    own = _name_terms(q)
    shared = (set(q.terms) - own) & set(terms(text))
    rare = {t for t in shared if t in ctx.vocabulary and ctx.weight(t) >= ctx.rarest}
    return bool(rare) and len(shared) >= 2


_FRAME_NAMES = frozenset(["eu", "europe", "european union", "union", "member states"])
# a question about the text itself ("Why did the author write it?")
_OWN_RE = re.compile(r"\b(?:article|author|writer|paper|piece|text)\b", re.I)
# verbs of holding or stating a view: the frame of a question, not what it asks about
_SAYING = frozenset(
    stem(w)
    for w in "predict predicts forecast view views opinion think thinks recommend recommends "
    "suggest suggests claim claims argue argues believe believes say says".split()
)
# a question on the article's own aim, or on what it is about
_AIM_ASKED_RE = re.compile(
    r"\b(?:aims?|purpose|goals?|objectives?|sets?\s+out|about|point|focus|topic)\b", re.I
)
# "this article aims to …": the article's aim, not its subject's
ARTICLE_AIM_RE = re.compile(r"\b(?:this|the)\s+(?:article|paper|piece)\s+aims?\b", re.I)


# A year asked as the time of what is asked, not as a bound ("in 2015", "during 2015")
_IN_YEAR_RE = re.compile(
    r"\b(?:in|during|of|throughout)\s+(?:(early|late|mid|the (?:beginning|start|end) of|"
    + "|".join(MONTHS)
    + r")\s+)?((?:19|20)\d\d)\b",
    re.I,
)


def _state_modifiers(q: Question) -> list[str]:
    """The terms of words right before a state noun in the question ("the frontline
    Member States", "the southern countries"): what picks the states asked for."""
    ws = words(q.text)
    out = []
    for i, w in enumerate(ws):
        if stem(w.lower()) in _STATE_NOUNS:
            out += [
                t
                for x in ws[max(0, i - 2) : i]
                for t in terms(x)
                if t not in _STATE_NOUNS and not numbers(x)  # "the 3 states": a count
            ]
    return out


def rare_words(q: Question, rare: list[str]) -> list[str]:
    """The question's words, as written, for its terms ("frontline" for "frontlin")."""
    return [w for w in words(q.text) if stem(w.lower()) in rare] or rare


def in_year_asked(q: Question, evidence: list[Evidence]) -> list[Evidence]:
    """For "What happens during 2018?": the sentences placing something in that year
    ("in 2018", "at the beginning of 2018"), not only after or before it; [] for other
    questions."""
    m = _IN_YEAR_RE.search(q.text)
    if q.kind != OTHER or q.wants_list or not m or m.group(1):
        return []
    return [e for e in evidence if _dates_within(m.group(2), strip_markers(e.text))]


def _dates_within(year: str, text: str) -> bool:
    """Whether a sentence places something in the year ("of 2015", "in 2015", "the 2015
    crisis"), not only before, after or since it."""
    bounded = rf"\b(?:after|before|since|until|till|by|from)\s+(?:early\s+|late\s+)?{year}"
    return year in text and len(re.findall(year, text)) > len(re.findall(bounded, text, re.I))


# "Does the article mention X?", "Is X discussed in the text?": whether the sources name
# X at all, not anything they say of it
_MENTION_RE = re.compile(
    r"\b(?:mention\w*|nam(?:e|es|ed|ing)|cit(?:e|es|ed|ing)|discuss\w*|talk\w*\s+about|"
    r"refer\w*\s+to|speak\w*\s+(?:of|about)|br(?:ing|ings|ought)\s+up|say\s+anything\s+about)\b",
    re.I,
)
# the text itself, or its writer, as a question names them ("the article", "footnotes")
_TEXT_WORDS = "article author writer text paper piece source sources footnote footnotes notes"
_TEXT_RE = re.compile(rf"\b(?:{'|'.join(_TEXT_WORDS.split())})\b", re.I)


# "Does the article give any figures on X?", "Are there statistics about X?"
_FIGURES_ASKED_RE = re.compile(
    r"^(?:does|do|did|is|are)\b.*?\b(?:any|some)?\s*(?:figures?|numbers|statistics|stats|"
    r"numerical\s+data|data|counts?)\s+(?:on|about|for|of|regarding|concerning)\s+"
    r"(?P<what>.+?)\W*$",
    re.I,
)


def figures_given(
    q: Question, ranked: list[tuple[Evidence, float]], ctx: Context
) -> Decision | None:
    """For "Does the article give any figures on X?": Yes with the sentence on X that
    counts or measures something, or No, none of those on X gives a figure (a year is
    no figure); None for other questions."""
    m = _FIGURES_ASKED_RE.match(q.text)
    if q.kind != YESNO or not m or re.match(r"how\s+(?:many|much)\b", m.group("what"), re.I):
        return None  # "data on how many states take part": a count asked, answered as one
    what = [t for t in terms(m.group("what")) if t not in STOPWORDS]
    if not what:
        return None
    on = [ev for ev, _ in ranked[:8] if _found_share(what, _said(q, ev.text)) >= 0.5]
    counting = [ev for ev in on if _figures(ev.text, set(what))]
    if counting:
        return Decision(True, support=(counting[0],), about=counting[0], yes_no="yes")
    return Decision(True, f"they give no figures on {_quote([m.group('what')])}", yes_no="no")


def _figures(text: str, of: set[str] | None = None) -> bool:
    """Whether a sentence gives a figure (a number that is no year or date), of one of
    the words `of` where given ("17 projects"; "two possible scenarios" is no figure of
    lives saved)."""
    tokens = _without_dates(strip_markers(text)).split()
    for i, token in enumerate(tokens):
        if not numbers(token):
            continue
        after = {t for w in tokens[i + 1 : i + 4] for t in terms(w)}
        if of is None or after & of:
            return True
    return False


def mentioned(q: Question, ranked: list[tuple[Evidence, float]], ctx: Context) -> Decision | None:
    """For a yes/no question whether the sources mention a name ("Does the article mention
    Libya?"): Yes with a sentence naming it, or No, they never do; None for other
    questions (a state's name is not asked whether it takes part)."""
    verb = _MENTION_RE.search(q.text)
    if q.kind != YESNO or not verb or not _asks_mention(q.text, verb):
        return None
    if not _TEXT_RE.search(q.text) and re.match(r"nam|cit", verb.group(0), re.I):
        return None  # "Is X named after Y?", "Does X cite Y?": said of X, not the text
    unused = _unused_words(q, q.text[verb.end() :], ctx)
    if unused:  # "any mention of how much funding X gets?": a word the sources never use
        return Decision(True, f"the sources never mention {_quote(unused)}", yes_no="no")
    asked = [n for n in q.names if not _TEXT_RE.fullmatch(n.lower())]
    if not asked:
        return None
    missing = [n for n in asked if not ctx.aliases.names_all([n], ctx.lowered_text)]
    if missing:
        return Decision(True, f"the sources never mention {_quote(missing)}", yes_no="no")
    # "any specific CSDP mission in the Sahel?": the rest of the thing, said with its names
    named = {t for n in asked for t in terms(n)} | _MENTION_FRAME | _name_terms(q)
    rest = [
        t
        for t in terms(q.text[verb.end() :])
        if t not in named and t not in _TEXT_TERMS and not numbers(t)
    ]
    # "Are inspectors named with X?": the thing before the verb is what must be said
    said_with = re.match(r"\s+with\s+\w", q.text[verb.end() :], re.I)
    thing = [
        t
        for t in terms(q.text[: verb.start()])
        if t not in _POLAR and t not in _TEXT_TERMS and t not in _MENTION_FRAME
    ]
    naming = [
        ev
        for ev, _ in ranked
        if ctx.aliases.names_all(asked, ev.text)
        and (not rest or _coverage(rest, ev, ctx, q.text) >= 0.5)
        and (not said_with or set(thing) <= _said(q, ev.text))
    ]
    if not naming:
        return None
    return Decision(True, support=(naming[0],), about=naming[0], yes_no="yes")


def _unused_words(q: Question, thing: str, ctx: Context) -> list[str]:
    """The words of what a question asks to be mentioned ("of how much funding the
    projects get") that no passage uses, nor a reader's word for one of the corpus's: a
    thing the sources never speak of. Names are left to the name check."""
    named = _name_terms(q) | {t for w in _TEXT_RE.findall(thing) for t in terms(w)}
    rewritten = {t for p in reader_phrases(q.text) for t in terms(p)}
    out = []
    for w in words(thing):
        t = stem(w.lower())
        if w.lower() in STOPWORDS or t in named or t in rewritten or numbers(t):
            continue
        if t in _LIGHT_NOUNS or t in _LIGHT_VERBS or t in _MENTION_FRAME:
            continue
        if t not in ctx.vocabulary and not ctx.aliases.names_all([w], ctx.lowered_text):
            out.append(w)
    return out


# … and what a mention question's thing says of it ("any specific mission in …")
_TEXT_TERMS = frozenset(stem(w) for w in f"{_TEXT_WORDS} note specific particular".split())
# words around a mention question's thing that are no part of it ("how much", "receive",
# "anywhere", "the point that")
_MENTION_FRAME = frozenset(
    stem(w)
    for w in "how much many whether any anything something of about on get gets got receive "
    "receives received given give anywhere somewhere all point points claim claims idea "
    "ideas statement statements fact facts".split()
)


# What may follow a mention verb that ends the question: where ("in the article", "in
# footnote 2", "anywhere", "at all"), nothing that says more of the thing named
_MENTION_TAIL_RE = re.compile(
    r"^(?:\s+(?:in|by|within|throughout|the|this|its|article|text|paper|piece|sources?|"
    r"footnotes?|notes?|author|writer|any|anywhere|somewhere|at|all|\d+))*\s*\??\s*$",
    re.I,
)


def _asks_mention(text: str, verb: re.Match[str]) -> bool:
    """Whether a question asks if the text mentions something: the text is the subject
    ("Does the article mention X?"), the mention verb ends it ("Is X discussed in the
    text?"), or it asks for "any mention"; not "Was the meeting cited in footnote 1 held
    in December?", where the mention verb only says which meeting."""
    subject = r"^\W*(?:does|did|do|is|was)\s+(?:(?:the|this|its)\s+)?(?:\w+\s+)?"
    if re.match(subject + _TEXT_RE.pattern, text, re.I):
        return True
    if re.search(r"\b(?:any|a|no)\s+mention\b", text, re.I):
        return True
    if re.match(r"\s+with\s+\w", text[verb.end() :], re.I):
        return True  # "Is X mentioned (in connection) with Y?": said with Y, or never
    return bool(_MENTION_TAIL_RE.match(text[verb.end() :]))


# "Does X stand for Y?", "Is X short for Y?", "Is Y abbreviated as X?"
_STANDS_FOR_RES = (
    (re.compile(r"\b([A-Z][A-Za-z&]{1,11})\s+(?:stands?|stood)\s+for\s+(?:the\s+)?(.+?)\s*\??$"),
     False),
    (re.compile(r"\b(?:is|was)\s+([A-Z][A-Za-z&]{1,11})\s+(?:short|an?\s+(?:abbreviation|"
                r"acronym))\s+(?:for|of)\s+(?:the\s+)?(.+?)\s*\??$", re.I), False),
    (re.compile(r"\b(?:is|was)\s+(?:the\s+)?(.+?)\s+(?:abbreviated|shortened)\s+(?:as|to)\s+"
                r"([A-Z][A-Za-z&]{1,11})\s*\??$", re.I), True),
)  # fmt: skip


def expansion_verdict(
    q: Question, ranked: list[tuple[Evidence, float]], ctx: Context
) -> Decision | None:
    """For "Does PESCO stand for Permanent Structured Cooperation?": Yes when the long
    name asked is the one the corpus defines for the acronym (or its start), else No,
    with the sentence defining it; None for other questions or an acronym not defined."""
    if q.kind != YESNO:
        return None
    for pattern, reverse in _STANDS_FOR_RES:
        m = pattern.search(q.text)
        if not m:
            continue
        acronym, long = (m.group(2), m.group(1)) if reverse else (m.group(1), m.group(2))
        defined = ctx.aliases.pairs.get(acronym.lower())
        if not defined:
            return None
        asked, actual = terms(long), terms(defined)
        defining = [
            ev
            for ev, _ in ranked
            if acronym.lower() in ev.text.lower() and actual[0] in terms(ev.text)
        ]
        if not asked or not defining:
            return None
        same = actual[: len(asked)] == asked or asked[: len(actual)] == actual
        return Decision(
            True, support=tuple(defining[:1]), about=defining[0], yes_no="yes" if same else "no"
        )
    return None


def _all_except(text: str) -> re.Match[str] | None:
    """The exception a sentence makes from all ("Almost all … except for A, B and C"):
    its match, whose first group is what is excepted; None when it makes none."""
    plain = strip_markers(text)
    m = _EXCEPTION_RE.search(plain)
    return m if m and _ALL_RE.search(plain[: m.start()]) else None


def excepted(q: Question, text: str) -> str:
    """For "How many states are not …?": the states a sentence excepts from all ("all …
    except A, B and C"), as written; '' when it excepts none (or the question asks else)."""
    if q.kind != NUMBER or not q.negative or q.counted not in _STATE_NOUNS:
        return ""
    m = _all_except(text)
    if not m or not countries(m.group(1)):
        return ""
    return m.group(1).strip(" ,")


_STATE_NOUNS = frozenset(
    t
    for w in ("member", "state", "country", "countries", "nation", "governments")
    for t in (stem(w), *terms(w))
)


def announces(question: str, text: str) -> bool:
    """Whether a sentence announces the very list a question asks by its count and noun
    ("What are the two scenarios?" / "This leads to two possible scenarios: • … • …")."""
    m = _COUNTED_LIST_RE.search(question)
    plain = None if m else _PLURAL_ASKED_RE.search(question)  # "What are the scenarios?"
    if not m and not plain:
        return False
    count = numbers(m.group(1)) if m else None
    noun = stem((m.group(2) if m else plain.group(1) if plain else "").lower())
    for found in _COUNTED_LIST_RE.finditer(strip_markers(text)):
        same = count is None or numbers(found.group(1)) == count
        if same and stem(found.group(2).lower()) == noun:
            return "•" in text or ":" in text
    return False


# the kinds of thing a sentence announces a list of ("two possible scenarios: • … • …")
_LIST_KINDS = (
    "scenario option way step area point pillar goal aim task measure tool project reason "
    "phase stage element"
).split()
_COUNTED_LIST_RE = re.compile(
    r"\b(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[\w-]+\s+){0,2}?"
    rf"({'|'.join(f'{k}s?' for k in _LIST_KINDS)}|priorities|priority)\b",
    re.I,
)


# "Which are the likely options …?": the things of a kind asked, with no count
_PLURAL_ASKED_RE = re.compile(
    r"\b(?:what|which)\s+(?:are|were)\s+the\s+(?:[\w-]+\s+){0,2}?"
    rf"({'|'.join(f'{k}s' for k in _LIST_KINDS)}|priorities)\b",
    re.I,
)


def _says_every_term(q: Question, ev: Evidence, ctx: Context) -> bool:
    """Whether the sentence holds every content word of the question the corpus uses: close
    in words though not in meaning by embedding ("wat abt airports")."""
    known = [t for t in q.terms if t in ctx.vocabulary]
    return bool(known) and _found_share(known, set(terms(ev.text))) == 1.0


_WHAT = {
    NUMBER: "number for this",
    AMOUNT: "amount for this",
    DATE: "date for this",
    AGENT: "name for this",
    PERSON: "person for this",
    EXPANSION: "expansion of this abbreviation",
    NAMED: "name for this",
    PLACE: "place for this",
    COUNTRY: "state for this",
    REASON: "reason for this",
}


def unknown_names(q: Question, ctx: Context) -> list[str]:
    """Names and numbers in the question that the corpus never uses in any spelling.

    A state in a yes/no question is exempt: "Is Austria in PESCO?" is settled by
    "all Member States except ..." though Austria is never named.
    """
    out = []
    for name in q.names:
        low = name.lower()
        if _reworded(q, name):
            continue
        if q.kind == YESNO and (dates(name) or low.split()[0] in MONTHS):
            continue  # "… in December 2016?": a date, checked against the sentence's
        if low in ctx.lowered_text or any(
            a.lower() in ctx.lowered_text for a in ctx.aliases.expansions(name)
        ):
            continue
        if _headed_extension(name, q.text, ctx):
            continue  # "the European External Action Service" / "the European External Action"
        if (
            countries(name)
            and countries(name) <= EU_2017
            and (q.kind == YESNO or _on_taking_part(q))
        ):
            # "Which of Germany and France take part?", "Is Austria in?": the list of who is
            # out settles a member state; a state outside the EU (Norway) it never speaks of
            continue
        if stem(low) in ctx.vocabulary:
            continue
        parts = [p for p in re.split(r"[-‐–]", low) if p]
        if len(parts) > 1 and all(
            stem(p) in ctx.vocabulary or p in STOPWORDS or p in _COMPOUND_AFFIXES for p in parts
        ):
            continue  # "PESCO-on-migration", "PESCO-style": a compound of the corpus's words
        # "Brussels" for the EU, "British" for the United Kingdom: known if that is
        meant = stands_for(name) or DEMONYM_STATES.get(low, "")
        if meant and meant in ctx.lowered_text:
            continue
        covered = CONTINENT_PLACES.get(low, ())  # "an African region": the Sahel is one
        if any(re.search(rf"\b{p}\b", ctx.lowered_text) for p in covered):
            continue
        out.append(name)
    # a state written without a capital or opening the question ("libya coast guard
    # training"), never named by the sources: as unknown as a name
    named = {n.lower() for n in q.names}
    for state in q.countries:
        if state in named or re.search(rf"\b{re.escape(state)}\b", ctx.lowered_text):
            continue
        if state in EU_2017 and (q.kind == YESNO or _on_taking_part(q)):
            continue
        if DEMONYM_STATES.get(state, "") in ctx.lowered_text and DEMONYM_STATES.get(state):
            continue
        out.append(state.title())
    for phrase in _org_phrases(q.text):  # "the European Defence Agency": each word known
        low = phrase.lower()
        if low not in ctx.lowered_text and not expansions(low) and phrase not in out:
            if not _headed_extension(phrase, q.text, ctx):
                out.append(phrase)
    if q.kind != YESNO:
        union = rf"\b{len(EU_2017)}\s+(?:eu\s+)?(?:member\s+)?(?:states|countries|members)\b"
        for value in _counting_numbers(q.text, ctx):
            if value == len(EU_2017) and re.search(union, q.text, re.I):
                continue  # "How many of the 28 member states …?": the union of its time
            if value not in ctx.numbers:
                out.append(_fmt(value))
    return out


_BEING_IN_RE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|stay\w*|remain\w*)\s+(?:not\s+)?"
    r"(?:in|inside|outside|out of|part of)\b",
    re.I,
)


def _on_taking_part(q: Question) -> bool:
    """Whether a question may be settled by who takes part ("Which of Germany and France
    are in?", "How many states besides Germany?"), not asking what a state did."""
    return (
        q.kind in {COUNTRY, NUMBER}
        or q.negative
        or len(q.countries) > 1
        or bool(set(q.terms) & _TAKING_PART)
        or bool(_BEING_IN_RE.search(q.text))
    )


def unstated_dates(q: Question, ranked: list[tuple[Evidence, float]], ctx: Context) -> list[str]:
    """Dates the question gives that the sources never state: a month ("in March 2018")
    no passage gives, or a year none mentions ("in 2007"). They say nothing of that time.
    For a yes/no question, a date the retrieved sentences on what it names (else the
    closest) rival with another of the same precision is left to the No it settles."""
    out: list[str] = []
    asked = date_mentions(q.text)
    if q.timeline or not asked:  # "from 2010 to 2020": a timeline's bounds, not a time
        return out
    naming = [ev for ev, _ in ranked[:8] if q.names and ctx.aliases.names_all(q.names, ev.text)]
    given = [d for ev in (naming or [ev for ev, _ in ranked[:3]]) for d in dates(ev.text)]
    known = [*ctx.dates, *given]
    for raw, day, _, _ in asked:
        if day.month:
            if any(d.month and day.within(d) for d in known):
                continue
            if q.kind == YESNO and any(d.month and d.year == day.year for d in known):
                continue
            if q.kind == YESNO and any(d.month for d in given):
                continue  # "agreed in December 2016?" / "In November 2017, … agreed"
        else:
            if any(d.year == day.year for d in known):
                continue
            if q.kind == YESNO and given:  # "signed in 2007?" / "the crisis of 2015"
                continue
        out.append(raw)
    return out


def after_the_sources(q: Question, ctx: Context) -> str:
    """A year the question asks what happened in (past tense, no word of expectation)
    that the sources only look ahead to: every sentence giving it expects something
    ("will", "likely to") of it. They were written before it; "What was the outcome in
    2019?" has no answer there, however closely a sentence on 2019 matches it."""
    if q.timeline or not _DONE_RE.search(q.text) or _AHEAD_RE.search(q.text):
        return ""
    if names_cited_document(q, ctx):  # "Was X's report published in 2018?": its note dates it
        return ""
    if re.search(r"\b(?:between|from)\s+\S+\s+(?:and|to|until|till)\s+", q.text, re.I):
        # "What happened between 2015 and 2018?": a span the sources speak of in part
        years = {d.year for _, d, _, _ in date_mentions(q.text)}
        if any(str(y) not in ctx.anticipated_years for y in years):
            return ""
    for _, day, _, _ in date_mentions(q.text):
        year = str(day.year)
        if year in ctx.anticipated_years:
            return year
    return ""


def names_cited_document(q: Question, ctx: Context) -> bool:
    """Whether the question names a document a footnote cites, by most of its title's
    words ("Migration - how CSDP can support"): what it asks is the note's to answer."""
    asked = set(q.terms)
    for title in ctx.topics.values():
        own = set(terms(title))
        if len(own) >= 2 and len(own & asked) / len(own) >= 0.5:
            return True
    return False


# A question about what did happen ("What was…", "What did … achieve", "has … done")
_DONE_RE = re.compile(
    r"\b(?:did|was|were|had|has|have|happened|achieved|accomplished|delivered|produced|"
    r"turned out|resulted|came of|went)\b",
    re.I,
)
# A question about what was expected or planned ("What was expected for 2019?")
_AHEAD_RE = re.compile(
    r"\b(?:will|would|should|shall|could|might|may|expect\w*|plan(?:s|ned|ning)?|likely|hope\w*|"
    r"foresee\w*|supposed|meant|intend\w*|due|scheduled|recommend\w*|suggest\w*|"
    r"advis\w*|call\w* for|want\w*|need\w*|important|going to|to be|propos\w*|urg\w*)\b",
    re.I,
)


# Words asking who pays or what it costs: the words of an amount, less those of spending
# ("defence spending" is a topic the corpus has, not a question of who pays)
_MONEY_WORDS = AMOUNT_WORDS - {stem(w) for w in "spend spent expenditure".split()}


def _speaks_of_money(text: str) -> bool:
    """Whether a sentence states an amount or uses a word of money ("funded", "budget")."""
    return states_amount(text) or bool(set(terms(strip_markers(text))) & AMOUNT_WORDS)


def others_asked(q: Question) -> tuple[str, str]:
    """("projects", "HARMSPRO") for "Besides HARMSPRO, what other projects …?": the kind
    of thing asked for and the one the question sets aside; ('', '') for none."""
    given = _BESIDES_RE.search(q.text)
    other = _OTHER_NOUN_RE.search(q.text)
    if not given or not other:
        return ("", "")
    if re.match(r"else\b", other.group(0), re.I) and q.kind == COUNTRY:
        return ("states", given.group(1))  # "Who else stayed out besides the UK?": states
    if other.group(1).lower() == "than":  # "any project other than X?": the noun before
        before = re.search(r"\b([a-z]{3,})\s+other\s+than\b", q.text)
        return (before.group(1).lower(), given.group(1)) if before else ("", "")
    return (other.group(1).lower(), given.group(1))


def _names_another(q: Question, besides: tuple[str, str], ev: Evidence, ctx: Context) -> bool:
    """Whether a sentence names a thing of the asked kind that the question does not
    name: another state, for states; else an organisation or a capitalised name in a
    sentence that says the kind's noun (or the corpus's word for it) or lists the one set
    aside with others. The corpus's frame
    (a name in most passages) and the long forms of the question's acronyms are no other."""
    noun = stem(besides[0])
    text = strip_markers(ev.text)
    if noun in _STATE_NOUNS:
        return bool(countries(text) - set(q.countries))
    have = set(terms(text))
    listed = besides[1].lower() in text.lower()  # "A, B and C joined": a list of its kind
    if not listed and noun not in have and noun not in said_terms(besides[0], text, have):
        return False
    own = _own_spellings(q.text, ctx)
    return any(
        n.lower() not in own
        and n not in _FRAME_ORGS
        and name_share(n, ctx) <= 0.3
        and not re.search(r"\bmember states?\b", n, re.I)
        for n in [*organisations(text), *_capitalised(text)]
    )


_BESIDES_RE = re.compile(
    r"\b(?i:besides|apart from|other than|aside from|except(?:\s+for)?|in addition to|"
    r"beyond|on top of)\s+(?:the\s+)?([A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*)*)"
)
_OTHER_NOUN_RE = re.compile(
    r"\b(?:other|else|more|another|further)\s+(?:(?:\d+|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty)\s+)?(?:[A-Z]\w*\s+)?([a-z]{3,})\b"
)


# "the other sixteen projects", "the other 16 PESCO projects": others counted, asked for
_NUMBER_WORDS_RE = (
    r"(?:twenty|thirty)[-\s](?:one|two|three|four|five|six|seven|eight|nine)|"
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty"
)
# "List the 17 projects", "What are the 17 PESCO projects?": every one of a counted set
_ALL_COUNTED_RE = re.compile(
    rf"^(?:(?:(?:please\s+)?(?:list|name|give|enumerate|tell)\b|what\s+are\b|which\s+are\b)"
    rf"[^?]*?\b(?:the|all(?:\s+the)?)\s+|which\s+)"  # "Which 25 states signed …?" too
    rf"(\d+|{_NUMBER_WORDS_RE})\s+(?:[A-Za-z][\w-]*\s+)?"
    r"(?!(?:does|did|do|are|were|has|have|was|is)\b)([a-z]{3,}s)\b",
    re.I,
)
_OTHER_COUNT_RE = re.compile(
    rf"\bother\s+(?:\d+|{_NUMBER_WORDS_RE})\s+(?:[A-Z]\w*\s+|[a-z-]+\s+(?=[a-z]{{3,}}s\b))?"
    rf"([a-z]{{3,}})\b"  # "the other sixteen (joint) undertakings"
    # "the other PESCO projects": the rest of a set the sources count
    r"|\bthe\s+other\s+(?:[A-Za-z][\w-]*\s+)?([a-z]{3,}s)\b"
)


def _counted_in(count: str, noun: str, texts: list[str]) -> bool:
    """Whether a sentence gives the count asked for the noun ("Which 25 states …?" /
    "Twenty-Five Member States"): the same number, a few words before the noun or, for
    states, before any word for states."""
    wanted = numbers(count)
    kin = _STATE_NOUNS if stem(noun) in _STATE_NOUNS else {stem(noun)}
    for text in texts:
        ws = words(strip_markers(text))
        for i, w in enumerate(ws):
            if numbers(w) & wanted and any(stem(x.lower()) in kin for x in ws[i + 1 : i + 4]):
                return True
    return False


def _names_several(noun: str, ev: Evidence, ctx: Context) -> bool:
    """Whether a sentence names two things or more just after the noun ("two scenarios:
    • cooperation with the European Border and Coast Guard … • …"): a list of its
    instances. An acronym and its long name are one; the EU and "Member States" none."""
    text = strip_markers(ev.text)
    ws = text.split()
    at = [i for i, w in enumerate(ws) if stem(w.lower().strip(",.;:()")) == stem(noun)]
    if not at:
        return False
    window = " ".join(ws[at[0] + 1 : at[0] + 16])
    if ":" in ws[at[0]] or re.search(r"[:•]", " ".join(ws[at[0] + 1 : at[0] + 6])):
        return True  # "Two measures are planned: • …": a list of them follows
    if stem(noun) in _STATE_NOUNS:
        return len(countries(text)) >= 2  # "all … except the UK, Denmark and Malta"
    found = [
        n
        for n in dict.fromkeys([*organisations(window), *_capitalised(window)])
        if n not in _FRAME_ORGS and not re.search(r"\bmember states?\b", n, re.I)
    ]
    long_forms = {e.lower() for n in found for e in ctx.aliases.expansions(n)}
    return len([n for n in found if n.lower() not in long_forms]) >= 2


def comparison(text: str) -> str:
    """The comparative a question asks by ("smaller", "more effective"): "Was X a smaller
    operation than Y?"; '' for none, or for a bound on a count ("more than 20 states")."""
    for m in re.finditer(r"\bthan\s+(\S+)", text):
        if numbers(m.group(1)):
            continue
        before = text[: m.start()].split()[-4:]
        for i, w in enumerate(before):  # "more effective", "fewer staff"
            if w.lower() in {"more", "less", "fewer"}:
                return " ".join(before[i : i + 2]).lower()
        for w in reversed(before):  # "a smaller operation"
            if w.islower() and re.fullmatch(r"[a-z]{3,}er", w) and w not in _NOT_COMPARATIVE:
                return w
    which = _WHICH_MORE_RE.search(text)  # "X or Y: which was bigger?"
    if which and which.group(1).split()[-1].lower() not in _NOT_COMPARATIVE | _OF_TIME:
        # (not "Which is older, X or Y?": a question of time, which the dates answer)
        return which.group(1).lower()
    return ""


# comparatives of time: which of two came first is the dates' or a succession's to say
_OF_TIME = frozenset("older newer earlier later younger recent".split())


# "which was bigger", "who had more staff", "which one is the larger"
_WHICH_MORE_RE = re.compile(
    r"\b(?:which|who)\s+(?:one\s+|of\s+(?:the|them|these)\s+(?:two\s+)?)?(?:was|is|were|are|"
    r"had|has|did|does|got|cost)\s+(?:the\s+)?((?:more|less|fewer)\s+\w+|[a-z]{3,}er)\b",
    re.I,
)


def unknown_compared(q: Question, ctx: Context) -> list[str]:
    """What the question compares its subject with ("how does X compare to NATO?", "X
    versus Y"), when the corpus never uses its words: no sentence can compare them."""
    m = _COMPARED_WITH_RE.search(q.text)
    if not m:
        return []
    phrase = m.group(1)
    wanted = [t for t in terms(phrase) if not numbers(t)]
    spellings = [phrase, *ctx.aliases.expansions(phrase)]
    if not wanted or any(sp.lower() in ctx.lowered_text for sp in spellings):
        return []
    return [] if all(t in ctx.vocabulary for t in wanted) else [phrase]


# "compared to/with X", "X versus Y", "differ from X", "X's counterpart": the other side
_COMPARED_WITH_RE = re.compile(
    r"\b(?:compar\w*\s+(?:to|with|against)|versus|vs\.?|differ\w*\s+from|unlike|"
    r"similar\s+to|stack\s+up\s+against)\s+(?:the\s+|a\s+|an\s+)?([\w'’-]+(?:\s+(?!in\b|on\b|"
    r"at\b|for\b|of\b|when\b|as\b|regarding\b|and\b|or\b)[A-Za-z][\w'’-]*)?)",
    re.I,
)


def by_agent(q: Question, text: str) -> str:
    """Who a sentence says did what the question asks ("who ran X?" / "X, a mission
    carried out by the Italian Marine": "the Italian Marine"): the name after "by" where
    the verb before it is the question's own or the corpus's word for it, and the
    question's subject stands just before."""
    asked = set(terms(q.text))
    run = _RUN_ASKED_RE.search(q.text)
    # the name the question asks it of: the first after its verb of running, if any
    near = " ".join(q.text[run.end() :].split()[:4]) if run else ""  # "in charge of X"
    of = _capitalised(" " + near)[:1]
    for m in _BY_NAME_RE.finditer(strip_markers(text)):
        verb = m.group(1)
        have = set(terms(verb))
        if not (have & asked or said_terms(q.text, verb, have)):
            continue
        window = strip_markers(text)[max(0, m.start() - 160) : m.start()]
        before = set(terms(window))
        if not asked - have & before:
            continue
        # "Who ran FRONTEX …?" / "Mare Nostrum, a mission carried out by Y": Y ran the
        # thing named just before it, which the question must be asking of
        subject = _capitalised(" " + window)[-1:]
        if subject and of and not _word_in(of[0], subject[0]):
            continue
        return m.group(2).strip()
    if not run:
        return ""
    for m in _MISSION_OF_RE.finditer(strip_markers(text)):  # "a mission of the EU agency
        low = q.text.lower()  # FRONTEX called Triton": FRONTEX runs it, and is no answer
        if m.group(2).lower() in low and m.group(1).lower() not in low:  # to "who runs FRONTEX?"
            return m.group(1)
    return ""


def _runs_a_body(q: Question) -> bool:
    """Whether a who-question asks who runs, leads or heads a body ("Who runs FRONTEX?",
    "who leads the agency?"), not who carried out a mission."""
    m = _RUN_ASKED_RE.search(q.text) or re.search(
        r"\b(?:heads?|headed|chairs?|directs?)\b", q.text, re.I
    )
    if not m:
        return False
    after = q.text[m.end() :]
    return bool(organisations(after)) or any(w.lower() in ORG_HEADS for w in words(after))


def other_doer(q: Question, text: str) -> str:
    """For "Did X run Y?", the one the sentence says did it instead ("Y, a mission carried
    out by the Italian Marine"), where the question names no word of it; '' otherwise."""
    if q.kind != YESNO or not _DOER_ASKED_RE.match(q.text):
        return ""
    doer = by_agent(q, text)
    asked = {w.lower()[:4] for w in words(q.text)}
    own = [w for w in words(doer) if w.lower() not in STOPWORDS]
    if any(DEMONYM_STATES.get(w.lower()) in q.countries for w in own):
        return ""  # "Did Rome run it?" / "carried out by the Italian Marine": Italy's
    return doer if own and not any(w.lower()[:4] in asked for w in own) else ""


# "Did X run Y?", "Was Y run by X?": a doer named with the deed
_DOER_ASKED_RE = re.compile(
    r"^(?:did|does|do|was|were|is|has|had)\s+(?:the\s+)?\S+.*\b(?:run|ran|runs|running|"
    r"operated?|operates|led|leads?|conducted?|managed?|manages|carried|carry|carries|set up|"
    r"launched?|proposed?|published|written|wrote|created?|established?|funded?|chaired?|"
    r"headed?)\b",
    re.I,
)


# "who ran / runs / led / was in charge of X": whose mission X is answers it
_RUN_ASKED_RE = re.compile(
    r"\b(?:ran|run|runs|running|operated|operates|led|leads|conducted|conducts|manages|"
    r"managed|in charge|responsible)\b",
    re.I,
)
# "a mission of the EU agency FRONTEX called Triton": the body and what it runs
_MISSION_OF_RE = re.compile(
    r"\b(?:mission|operation|project|programme|program)\s+of\s+(?:the\s+)?(?:[A-Za-z]+\s+)"
    r"{0,2}?([A-Z][A-Z\d]+|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)\s+(?:called|named|known as)\s+"
    r"([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)"
)


# a participle and the capitalised name doing it: "carried out by the Italian Marine"
_BY_NAME_RE = re.compile(
    r"\b((?:carried|set|put|run|led|operated|conducted|managed|organi[sz]ed|launched|"
    r"proposed|coordinated|created|established|published|written|adopted|funded|financed|"
    r"chaired|headed|started|initiated|introduced)(?:\s+out|\s+up|\s+forward)?)\s+by\s+"
    r"((?:the\s+)?[A-Z][\w&'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w&'’-]*)*)"
)


def _compares(compared: str, text: str) -> bool:
    """Whether a sentence makes a comparison: "than", or the question's comparative."""
    low = strip_markers(text).lower()
    return bool(re.search(rf"\bthan\b|\b{re.escape(compared)}\b", low))


# Words ending in "-er" before "than" that compare nothing, or compare times (a
# succession, which the sentences' order of events settles)
_NOT_COMPARATIVE = frozenset(
    "other rather whether never over under after later earlier sooner either neither ever "
    "member members number numbers".split()
)


def _reworded(q: Question, name: str) -> bool:
    """Whether a name of the question is a word of a reader phrase the thesaurus gives
    the corpus's words for ("the Italian Navy": the Italian Marine)."""
    worded = " ".join(reader_phrases(q.text))
    return bool(re.search(rf"\b{re.escape(name.lower())}\b", worded))


def _org_phrases(text: str) -> list[str]:
    """Runs of two or more capitalised words ending in an organisation's head noun
    ("European Defence Agency"), after the question's first word."""
    rest = text.split(" ", 1)[1] if " " in text else ""
    runs = re.findall(r"\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)+", rest)
    return [r for r in runs if r.split()[-1].lower() in ORG_HEADS]


_ATTRIBUTE_RE = re.compile(
    r"^(?:what|which|who)(?:'s|\s+(?:is|are|was|were))\s+(?:the|its|their)\s+((?:[a-z-]+\s+){0,2}?[a-z-]+)"
    r"\s+(?:of|for|in|at)\b",
    re.I,
)


def unreported_view(q: Question, ctx: Context) -> str:
    """Who the question asks the view of ("What did the Italian government think of X?"),
    when no passage reports a view of theirs: a named holder near a reporting verb, or a
    quotation attributed to them. The author's view is the article's, never unreported."""
    m = _VIEW_RE.search(q.text)
    if not m:
        return ""
    who = m.group("who") or m.group("who2") or m.group("who3") or ""
    holder = re.sub(r"^(?:the|a|an)\s+", "", who.strip(), flags=re.I)
    wanted = terms(holder)
    if not wanted or set(wanted) & _SELF or holder.lower() in _PRONOUNS:
        return ""
    ends = {holder.split()[0].lower().rstrip("s"), holder.split()[-1].lower().rstrip("s")}
    if ends & _TEXT_NOUNS:  # "what does the Frontex quote say …?", "the section on X": a
        return ""  # text says, it holds no view
    # the holder as the question writes it, or in the corpus's words ("EU governments":
    # the Member States)
    spellings = [set(wanted), *(set(terms(e)) for e in expansions(holder) if terms(e))]
    # what the view is asked on ("of PESCO"): a passage quoting the holder on something
    # else ("EUROSUR is …", FRONTEX) reports no view on it
    on = set(q.terms) - set(wanted) - {stem(w) for w in _VIEW_VERBS}
    for text in ctx.passages:
        held = [h for h in spellings if h <= set(terms(text))]
        if not held or (on and not on & set(terms(text))):
            continue
        if quotes(text):
            return ""  # a quotation, attributed in the passage
        ws = [w.lower() for w in words(text)]
        spots = [i for i, w in enumerate(ws) if stem(w) in held[0]]
        verbs = [i for i, w in enumerate(ws) if w in _REPORTING_VERBS]
        if any(abs(a - b) <= 8 for a in spots for b in verbs):
            return ""
    return holder


# what says something without holding a view: a text, a quotation, a note
_TEXT_NOUNS = frozenset(
    "quote quotation note footnote passage text article page report release title document "
    "source sentence paragraph definition description entry record section part heading "
    "chapter".split()
)
_VIEW_VERBS = frozenset(
    "think feel believe say make view regard see react respond opinion reaction take".split()
)
_VIEW_RE = re.compile(
    r"\b(?:what|how)\s+(?:did|does|do|would|will)\s+(?P<who>[\w'’ -]+?)\s+"
    r"(?:think|feel|believe|say|make of|view|regard|see|react|respond)\b"
    # "How did the EU respond to the crisis?": meeting an event is acting, not a view
    r"(?!\s+to\s+(?:the\s+|this\s+|that\s+)?(?:[\w-]+\s+){0,3}?(?:crisis|crises|flows?|"
    r"influx|arrivals|emergency|pressures?|situation|attacks?|wars?|surge)\b)"
    r"|\b(?:what\s+(?:is|was|are|were)\s+)(?P<who2>[\w'’ -]+?)(?:'s|’s)\s+"
    r"(?:view|opinion|reaction|take)\b"
    # "Has Malta ever said it might join?": whether someone said something is a view too
    r"|^(?:has|have|had|did|does|do)\s+(?P<who3>[\w'’ -]+?)\s+(?:ever\s+|publicly\s+|"
    r"officially\s+|actually\s+|already\s+|first\s+|initially\s+|originally\s+|really\s+)?"
    # "Did every member state sign …?": "state" after "member" names, it does not say
    r"(?<!member\s)(?:said|say|stated|state|announced|announce|"
    r"claimed|claim|signalled|signaled|signal|hinted|hint|indicated|indicate|declared|declare|"
    r"expressed|express|voiced|voice|suggested|suggest|promised|promise|"
    # "Did Italy back handing it over?": taking a side is a view too
    r"back|backed|endorse|endorsed|welcome|welcomed|oppose|opposed|"
    r"favou?r|favou?red|object|objected|critici[sz]e|critici[sz]ed|resist|resisted)\b",
    re.I,
)


def unjudged(q: Question, ranked: list[tuple[Evidence, float]], ctx: Context) -> str:
    """What a question asks the author's view of ("What does the author think of
    Britain staying out?"), when no retrieved sentence naming it judges it: each only
    reports ("all take part except the UK"), with no word weighing it ("important",
    "could", "a step forward"). The focus is a state the question names, else its
    rarest name; '' when the question asks no view or has no such focus."""
    m = _VIEW_RE.search(q.text)
    who = (m.group("who") or m.group("who2") or "") if m else ""
    if not m or not set(terms(who)) & _SELF or not _JUDGE_Q_RE.search(q.text):
        return ""  # "How does the author see X's role?" asks what she says X does
    focus = [c.title() for c in q.countries] or sorted(
        (n for n in q.names if name_share(n, ctx) <= 0.3), key=lambda n: name_share(n, ctx)
    )
    if not focus:
        return ""
    naming = [ev for ev, _ in ranked[:8] if _names_focus(focus[0], ev.text)]
    if any(_JUDGING_RE.search(ev.text) for ev in naming):
        return ""
    return focus[0]


def _names_focus(focus: str, text: str) -> bool:
    """Whether a sentence names a state or a name, in any of its spellings."""
    low = text.lower()
    return focus.lower() in low or bool({c for c in countries(focus)} & countries(text))


# A question for a judgement ("think of", "her opinion on"), not a description
_JUDGE_Q_RE = re.compile(
    r"\b(?:think|feel|believe|make)\b(?:\s+\w+){0,2}?\s+(?:of|about)\b|"
    r"\b(?:opinion|take|stance|verdict|assessment|judgement|judgment)\s+(?:of|on|about)\b",
    re.I,
)
# Words that weigh what a sentence reports: modality, appraisal, the author's stance
_JUDGING_RE = re.compile(
    r"\b(?:clear|clearly|important|importance|should|must|need|needs|could|would|might|"
    r"likely|crucial|essential|significant|step forward|positive|negative|effective|"
    r"efficien\w*|enhance\w*|ease|lighten|success\w*|fail\w*|problem\w*|risk\w*|"
    r"believe|argue\w*|seems?|hope\w*|remain open|only)\b",
    re.I,
)
_SELF = frozenset(
    stem(w) for w in "author writer article text paper piece she he footnote note source".split()
)  # the article and its notes say what they quote: no holder of a view
_PRONOUNS = frozenset("they you i we it she he people anyone readers".split())
# verb forms that report a view ("stated", not "states": Member States are no verb)
_REPORTING_VERBS = frozenset(
    "say says said stated argue argues argued believe believes believed think thinks thought "
    "consider considers considered expressed expresses view views position according welcomed "
    "criticised criticized opposed supported declared announced describes described "
    "opinion stance".split()
)


def unknown_attribute(q: Question, ctx: Context) -> list[str]:
    """The X of "what is the X of Y?" when the corpus never uses X: it cannot give it."""
    m = _ATTRIBUTE_RE.search(q.text) or _FOCUS_ASKED_RE.search(q.text)
    if not m or q.kind in {SOURCE, REASON, DEFINITION, EXPANSION} or q.timeline:
        return []  # a note, a reason, a timeline; "the meaning of X" asks what X is; "the
        # full name of X" what it stands for
    wanted = [t for t in terms(m.group(1)) if t not in _DEGREE]
    if set(wanted) <= _NAME_WORDS:
        return []  # "What is the name of X?", "the names of the missions": names
    if set(wanted) & _AIM_WORDS and ctx.knows_aim:  # "the purpose of X": its aim
        return []
    if set(wanted) & vouched(q.text, set(ctx.vocabulary)):
        return []  # "the legal basis of X": a reader's words for a corpus word (the treaty)
    known = [
        t
        for t in wanted
        if t in ctx.vocabulary or any(v[:5] == t[:5] for v in ctx.vocabulary if len(t) >= 5)
    ]
    return [m.group(1)] if wanted and not known else []


# "What sanctions does a state face …?": a question asking for things of a kind policy
# texts often leave out (penalties, costs, staff, results), named by the question's noun.
_FOCUS_ASKED_RE = re.compile(
    r"^(?:what|which)\s+(?:kind\s+of\s+|sort\s+of\s+)?((?:[a-z-]+\s+)?(?:sanctions?|"
    r"penalt(?:y|ies)|fines?|punishments?|consequences?|costs?|fees?|salar(?:y|ies)|wages?|"
    r"staff|employees|headcount|headquarters|offices|budgets?|revenues?|profits?|"
    r"casualties|deaths|fatalities|votes?|polls?|surveys?|statistics|criticisms?|"
    r"objections?|disputes?|lawsuits?|court\s+cases?|legal\s+challenges?))\b",
    re.I,
)
_NAME_WORDS = frozenset(stem(w) for w in "name names title".split())
# Words for what something is for: the corpus's "aim" or "objective" answers them.
_AIM_WORDS = frozenset(
    stem(w) for w in "purpose purposes goal goals aim aims objective point intent idea".split()
)
# Words that grade an attribute without naming it ("the ultimate purpose", "the main aim")
_DEGREE = frozenset(
    stem(w)
    for w in "ultimate main overall real actual key primary chief exact precise specific "
    "official stated final basic principal underlying".split()
)


def _counting_numbers(text: str, ctx: Context) -> set[float]:
    """Numbers that count something the corpus talks about ("the other 16 projects")."""
    out: set[float] = set()
    tokens = text.split()  # whole tokens: "twenty-five" is one number, not "-five"
    for i, token in enumerate(tokens):
        value = numbers(token)
        after = [stem(w.lower()) for t in tokens[i + 1 : i + 3] for w in re.findall(r"\w+", t)]
        if value and after and after[-1] in ctx.vocabulary and not dates(token):
            out |= value
    return out


def _counts(noun: str, text: str) -> bool:
    """Whether a number in the text counts the noun ("17 projects", "Twenty-Five Member States")."""
    ws = words(strip_markers(text))
    for i, w in enumerate(ws):
        if numbers(w) and any(stem(x.lower()) == noun for x in ws[i + 1 : i + 4]):
            return True
    return False


def _counts_asked(q: Question, text: str) -> bool:
    """Whether a number in the text counts what a "how many" question counts, in its own
    word or the corpus's word for it ("how many initiatives" / "17 projects")."""
    # the corpus's words for the counted noun only, not for the rest of the question
    # ("How many countries signed the list of joint undertakings?": not "projects")
    m = re.search(r"\b(?:how many|number of)\s+((?:[\w'’-]+\s+){0,3})", q.text, re.I)
    phrase = m.group(1) if m else q.text
    nouns = {q.counted} | {t for e in expansions(phrase) if len(e.split()) == 1 for t in terms(e)}
    return any(_counts(noun, text) for noun in nouns if noun)


# units of time: "how many years between X and Y" is counted from dates, not stated
_TIME_NOUNS = frozenset(stem(w) for w in "years months weeks days decades".split())


def _says_noun(q: Question, noun: str, text: str) -> bool:
    """Whether a sentence names the thing a "how many" question counts, in its words or
    the corpus's words for them."""
    have = set(terms(text))
    return noun in have or noun in said_terms(q.text, text, have)


def _counts_something(text: str) -> bool:
    """Whether every number in the sentence counts a noun right after it ("two possible
    scenarios", "17 projects"): it says how many of those, not of anything else."""
    ws = words(strip_markers(text))
    counted = [i for i, w in enumerate(ws) if numbers(w) and not dates(w)]
    return bool(counted) and all(
        any(x.isalpha() and x.lower() not in STOPWORDS for x in ws[i + 1 : i + 3]) for i in counted
    )


def _heads_name(noun: str, text: str) -> bool:
    """Whether a capitalised name in the text is headed by the noun ("the Treaty of Lisbon"
    for "which treaty", "the Italian Marine" for "which navy" is not)."""
    return bool(headed_name(noun, text))


# a word for any organisation, and the nouns heading an organisation's name
_GENERIC_BODIES = frozenset("body bodies organisation organization institution entity".split())
_ORGANISATION_HEADS = tuple(
    """agency council commission college office authority service parliament court bank
    institute committee board bureau marine navy army guard police force forces""".split()
)


def _as_kind(q: Question, noun: str, kind: str) -> Question:
    """The question asked of another kind of thing ("Which EU agency …?" for "Which EU
    body …?")."""
    if kind == noun:
        return q
    return analyze(re.sub(rf"\b{re.escape(noun)}\b", kind, q.text, count=1))


def headed_name(noun: str, text: str) -> str:
    """The first capitalised name in the text headed by the noun, as the text writes it
    ("the Treaty of Lisbon" for "which treaty"); '' when there is none."""
    heads = set(noun.split()[:1])  # "which treaty gave birth": "treaty" heads the name
    plain = strip_markers(text)
    for m in _NAME_RUN_RE.finditer(plain):
        name = m.group(0)
        if m.start() == 0 or not any(stem(w.lower()) in heads for w in words(name)):
            continue  # a sentence's first word is no name's
        the = re.search(rf"\bthe\s+{re.escape(name)}", plain)
        return the.group(0) if the else name
    return ""


def _names_kind(q: Question, text: str) -> bool:
    """Whether the text names a thing of the kind asked (any of them, however many): a
    name given to it ("Mare Nostrum, a mission"), or a name within a few words of the
    kind's noun ("one of the pilot projects proposed is on … (HARMSPRO)")."""
    if named_instance(q, text, tied=True):
        return True
    kinds = set(q.counted.split()) | {
        stem(e.lower()) for e in expansions(_kind_asked(q)) if " " not in e
    }
    # "Which Italian port …?": "Italian" qualifies the kind, it is no kind ("Italian Marine")
    kinds -= {stem(w.lower()) for w in words(q.text)[1:] if w[:1].isupper()}
    ws = words(strip_markers(text))
    spots = [i for i, w in enumerate(ws) if stem(w.lower()) in kinds]
    names = [
        i
        for i, w in enumerate(ws)
        if i > 0 and w[:1].isupper() and w.lower() not in STOPWORDS and not _own_name(w, q.text)
    ]
    return any(-4 <= n - s <= 8 for n in names for s in spots)


def _kind_asked(q: Question) -> str:
    """The question's words for the kind of thing it asks the name of, as written, up to
    its noun ("CSDP missions" of "Which CSDP missions operate …?")."""
    phrase = kind_phrase(q.text).split()
    plural = [i for i, w in enumerate(phrase) if re.fullmatch(r"[a-z]+[^s]s", w)]
    if plural and _asks_plural(q):  # "Which CSDP missions operate …?": the plural heads it
        phrase = phrase[: plural[0] + 1]
    return " ".join(phrase) or "such thing"


def names_of_kind(q: Question, text: str) -> list[str]:
    """Every name a sentence gives a thing of the kind a "which <noun>s" question asks, in
    the order written: given to it ("Mare Nostrum, a mission …", "… called Triton"), or
    headed by the noun ("the Treaty of Lisbon"); [] when it names none."""
    found = named_instance(q, text, plural=True)
    if found:
        return found.split("\n")
    head = headed_name(q.counted, text) if q.counted and " " not in q.counted else ""
    return [head] if head else []


def named_instance(q: Question, text: str, tied: bool = False, plural: bool = False) -> str:
    """The name the text gives a thing of the kind a "which <noun>" question asks, in
    apposition ("Mare Nostrum, a mission carried out by the Italian Marine") or called so
    ("a mission of the EU agency FRONTEX called Triton"): the one whose own clause says
    most of the question's other words for it ("Italian", "naval"). '' when none stands
    out."""
    asked = q.counted.split()
    if not asked:
        return ""
    phrase = " ".join(w for w in words(q.text)[1:4])
    kinds = set(asked) | {stem(e.lower()) for e in expansions(phrase) if " " not in e}
    plain = strip_markers(text)
    scored: list[tuple[int, str]] = []
    for m, kind_words, clause in _kind_clauses(plain, (_APPOSED_RE, _CALLED_RE, _TITLED_RE)):
        said_kind = [w for w in kind_words if stem(w) in kinds]
        name = m.group("name")
        if not said_kind or name.split()[0].lower() in STOPWORDS or _own_name(name, q.text):
            continue  # "Which navy carried out Mare Nostrum?": not Mare Nostrum
        if not _asks_plural(q) and _past_succession(q, plain, m.start("name")):
            continue  # "Which agency ran Mare Nostrum?" / "…, later replaced by FRONTEX's"
            # ("Which two missions …?" asks each, before and after)
        noun = stem(said_kind[-1])
        said = {stem(w.lower()) for w in words(clause)} | set(vouched(q.text, set(terms(clause))))
        said |= {w.lower()[:4] for w in words(clause)}
        # the asked kind's own words weigh most ("Italian naval"), then the question's
        # names ("FRONTEX"), then its other words ("run" / "carried out")
        weights = {t: 1 for t in terms(q.text)}
        weights |= {t: 2 for n in q.names for t in terms(n)}
        weights |= {t: 3 for t in asked}
        hits = sum(w for t, w in weights.items() if t != noun and (t in said or t[:4] in said))
        scored.append((hits, name))
    if plural:  # every name of the kind, however many ("How many missions are named?")
        return "\n".join(sorted({n for _, n in scored}, key=plain.find))
    if _asks_plural(q) and len({n for _, n in scored}) > 1:  # "Which missions …?": each one
        found = sorted({n for _, n in scored}, key=plain.find)
        return ", ".join(found[:-1]) + " and " + found[-1]
    scored.sort(reverse=True)
    if not scored or (not tied and len(scored) > 1 and scored[0][0] == scored[1][0]):
        return ""  # `tied`: any name of the kind will do, even where two score alike
    return scored[0][1]


def _asks_plural(q: Question) -> bool:
    """Whether a "which <noun>" question asks for several ("Which missions are named?")."""
    m = re.match(r"^\W*(?:which|what)\s+(?:[\w-]+\s+){0,2}?([a-z]+s)\b", q.text, re.I)
    if m is None or m.group(1).lower().endswith("ss"):  # "which process": no plural
        return False
    return stem(m.group(1).lower()) in set(q.counted.split())


def _past_succession(q: Question, text: str, at: int) -> bool:
    """Whether a succession in the text ("X …, later replaced by Y …") puts the position
    `at` on the other side from every name the question gives, where the question asks
    no succession itself: a name there belongs to the successor, not to what is asked."""
    m = _SUCCESSION_RE.search(text)
    if not m or _SUCCESSION_RE.search(q.text) or _ASKED_SUCCESSION_RE.search(q.text):
        return False
    low = text.lower()
    spots = [i for n in q.names for i in (low.find(n.lower()),) if i >= 0]
    if not spots:
        return False
    before = all(i < m.start() for i in spots)
    after = all(i >= m.end() for i in spots)
    return (before and at >= m.end()) or (after and at < m.start())


def _kind_clauses(
    text: str, patterns: tuple[re.Pattern[str], ...]
) -> Iterator[tuple[re.Match[str], list[str], str]]:
    """Each thing the text names as one of a kind ("Mare Nostrum, a mission carried out by
    …", "a mission of the EU agency FRONTEX called Triton"): the match (its `name`), the
    words of its kind, and its own clause, up to a succession ("… later replaced …")."""
    for pattern in patterns:
        for m in pattern.finditer(text):
            kind_words = [w for w in (m.group("w1"), m.group("w2")) if w]
            yield m, kind_words, _CLAUSE_END_RE.split(m.group("clause"))[0]


def kind_of_another(q: Question, text: str) -> bool:
    """For "Is X a <qualified> <kind>?" ("Is Triton an Italian navy mission?"): whether the
    sentence names X and another thing as things of that kind, each with its own clause
    ("Mare Nostrum, a mission carried out by the Italian Marine …, a mission of the EU
    agency FRONTEX called Triton"), and the qualifiers asked stand in the other's clause,
    not in X's: the sentence gives them to the other one."""
    m = _KIND_ASKED_RE.match(q.text)
    if not m or q.negative:
        return False
    subject = [n.lower() for n in q.names if n.lower() in m.group("x").lower()]
    if len(subject) != 1:  # the one thing asked of ("Clearway", not the "Alden Guard")
        return False
    asked = subject[0]
    np_terms = terms(_NP_END_RE.sub("", m.group("np")))
    if len(np_terms) < 2:
        return False
    head, qualifiers = np_terms[-1], set(np_terms[:-1])
    plain = strip_markers(text)
    clauses: dict[str, set[str]] = {}
    for found, kind_words, clause in _kind_clauses(plain, (_APPOSED_RE, _CALLED_RE)):
        if head not in {stem(w) for w in kind_words}:
            continue
        said = set(terms(clause))
        clauses[found.group("name").lower()] = said | set(vouched(q.text, said))
    own = clauses.pop(asked, None)
    if own is None or qualifiers & own:
        return False
    return any(qualifiers <= said for said in clauses.values())


# "Mare Nostrum, a mission carried out by …": a name, then what kind of thing it is
_APPOSED_RE = re.compile(
    r"(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*),\s+(?:a|an|the)\s+(?P<w1>[a-z-]+)"
    r"(?:\s+(?P<w2>[a-z]+))?(?P<clause>[^.;]*)"
)
# "a mission of the EU agency FRONTEX called Triton": the kind, then the name
_CALLED_RE = re.compile(
    r"\b(?:a|an|the)\s+(?P<w1>[a-z-]+)(?:\s+(?P<w2>[a-z]+))?(?P<clause>(?:\s+[\w&'’-]+){0,8}?)\s+"
    r"(?:called|named|known as)\s+(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)"
)
# "the EU agency FRONTEX": the kind, the name right after it
_TITLED_RE = re.compile(
    r"\b(?P<w1>[a-z]+)(?P<w2>)\s+(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)(?P<clause>)"
)
# where a clause about one name ends and the next begins
_CLAUSE_END_RE = re.compile(r"\s+(?:that|which|who)\s+(?:was|were|is|are)\s+later\b|\s+later\s+")


# a run of capitalised words, with the connectors a name keeps ("(Common Security and
# Defence Policy)", "the Treaty of Lisbon")
_NAME_RUN_RE = re.compile(
    r"(?<![\w-])[A-Z][\w-]*(?:\s+(?:(?:of|on|for|and|&|the)\s+)*[A-Z][\w-]*)*"
)


def _fmt(value: float) -> str:
    return str(int(value)) if value.is_integer() else str(value)


def _with_antecedent(q: Question, ev: Evidence) -> str:
    """The sentence, after the one it refers back to when the question asks who or what
    ("This agency coordinates…": the agency is named the sentence before)."""
    before = antecedent(ev) if q.kind in {AGENT, NAMED, PERSON} else None
    return ev.text if before is None else before.text + " " + ev.text


def _anchors(q: Question, ctx: Context) -> list[str]:
    """The question's names that the corpus uses sparingly: a sentence about the question
    names them. A name in most passages (the article's own subject) anchors nothing; an
    acronym the corpus defines, or a name it writes in capitals, counts in lower case too
    ("whats harmspro", "is frontex in charge")."""
    found = list(q.names) + [
        w
        for w in words(q.text)
        if (w.lower() in ctx.aliases.pairs or w.lower() in ctx.capitals) and w not in q.names
    ]
    return [  # in any spelling: "ESDC" is the initials of a name the notes write in full
        n
        for n in found
        if any(s.lower() in ctx.lowered_text for s in (n, *ctx.aliases.expansions(n)))
        and max(name_share(n, ctx), _seat_share(n, ctx)) <= 0.3
        and not (q.kind == COUNTRY and _describes_the_state(n, q.text))
        and not _an_example(n, q.text)
    ]


def _an_example(name: str, text: str) -> bool:
    """Whether a name stands in the question as an example of a class ("countries on the
    edge such as Italy", "like Malta"): the class is asked about, not the example; a
    yes/no question asking of the example itself ("Is Italy such as …?") does not use it."""
    return bool(
        re.search(
            rf"\b(?:such as|like|e\.g\.|for example|for instance|including)\s+(?:the\s+)?"
            rf"{re.escape(name)}\b",
            text,
            re.I,
        )
    )


def _describes_the_state(name: str, text: str) -> bool:
    """Whether a name describes the state a "which state" question asks for ("the small
    northern nation on the Baltic", "a Baltic coastal state"): where the state lies, not
    what the answering sentence must name."""
    n = re.escape(name)
    return bool(
        re.search(
            rf"\b(?:nation|country|state)s?\s+(?:\w+\s+)?(?:in|on|of|from|by|near)\s+"
            rf"(?:the\s+)?{n}\b",
            text,
            re.I,
        )
        or re.search(rf"\b{n}\s+(?:\w+\s+){{0,2}}(?:nation|country|state)s?\b", text, re.I)
    )


def _seat_share(name: str, ctx: Context) -> float:
    """The share of what a short form or a seat stands for ("the Union", "Brussels": the
    EU, in most passages): the article's frame anchors nothing, however it is written."""
    meant = stands_for(name)
    if not meant:
        return 0.0
    short = [a for a, long in {**ctx.aliases.pairs, **ABBREVIATIONS}.items() if long == meant]
    return max([name_share(meant, ctx)] + [name_share(a, ctx) for a in short])


def name_share(name: str, ctx: Context) -> float:
    """The share of passages that name it, in any spelling the corpus gives it."""
    spellings = [name.lower(), *(e.lower() for e in ctx.aliases.expansions(name))]
    # a clipped long name ("the Permanent Structure" for the Permanent Structured
    # Cooperation) is spelt as the acronym it stands for is
    ws = name.lower().split()
    for acronym, long_name in ctx.aliases.pairs.items():
        full = long_name.lower().split()
        if (
            len(ws) >= 2
            and len(ws) <= len(full)
            and all(f.startswith(w) and len(w) >= 5 for w, f in zip(ws, full, strict=False))
        ):
            spellings += [acronym, long_name.lower()]
    hits = sum(1 for text in ctx.passages if any(sp in text for sp in spellings))
    return hits / max(1, len(ctx.passages))


def _is_about(
    q: Question, anchors: list[str], ev: Evidence, sim: float, ctx: Context, strict: bool = False
) -> bool:
    """Whether a sentence (or the sentence before it, which it may refer back to) names
    the question's own names; with none, whether it is close to the question.

    `strict` (typed questions) also wants the question's predicate: a date in a sentence
    that names X is no answer to "when was X founded?" unless the sentence is about X's
    founding (its words, or a close paraphrase), and X is not one item of a list there.
    """
    text = " ".join((ctx.topics.get(ev.chunk.doc_id, ""), _previous(ev), ev.text)).lower()
    if q.kind == NAMED and q.counted and _names_kind(q, ev.text):
        # "Which project is linked to migration?" / "One of the pilot projects … (HARMSPRO)"
        # under the heading "Possible link between PESCO and Migration": its section says it
        text += " " + _section(ev, ctx).lower()
    if anchors:
        if not ctx.aliases.names_all(anchors, text):
            return False
    elif sim < 0.3:  # not close, unless it says most of what a short question asks
        wanted = [t for t in q.terms if t not in _TYPE_TERMS | _POLAR] or [
            t for t in q.terms if t not in _TYPE_TERMS
        ]  # "Which country stayed out?": its polarity is all it asks
        have = set(terms(text))
        if _EXCEPTION_RE.search(ev.text) and countries(ev.text):
            have |= _TAKING_PART  # "all states take part except A and B": who is out
        if (
            not 0 < len(wanted) <= 4
            or _found_share(wanted, have | said_terms(q.text, text, have)) < 0.6
        ):
            return False
    if not strict or not anchors or q.kind in {EXPANSION, NAMED}:
        return True
    if all(_enumerated(a, ev.text) for a in anchors):
        return False
    predicate = _predicate(q, anchors)
    if not predicate:
        return True
    have = set(terms(text))
    if _EXCEPTION_RE.search(ev.text) and countries(ev.text):
        have |= _TAKING_PART  # "all states take part except A and B": who is in and out
    if _found_share(predicate, have | said_terms(q.text, ev.text, have)) >= 0.34:
        return True  # its words, or the corpus's words for them ("ran" / "carried out")
    # a close paraphrase counts, unless the predicate is in words the sources never use
    # ("headquartered"): then closeness comes from the names alone, not from what is asked
    return sim >= 0.45 and any(_found_share([t], ctx.vocabulary) for t in predicate)


def _section(ev: Evidence, ctx: Context) -> str:
    """The heading of the article section a sentence stands in; "" for a note's."""
    return ctx.sections.get(ev.sentence.start, "") if ev.chunk.doc_id == "article" else ""


def _predicate(q: Question, anchors: list[str]) -> list[str]:
    """What the question asks beyond its names and its answer type ("founded", "lead")."""
    named = _anchor_terms(q, anchors)
    return [t for t in q.terms if t not in named | _TYPE_TERMS | _SETTING_ASIDE]


# Words setting one thing aside to ask for the rest ("besides X", "apart from X"): they
# frame the question, they are not what a sentence must say
_SETTING_ASIDE = frozenset(stem(w) for w in "besides apart aside addition other else".split())


_ASPECT_START_RE = re.compile(
    r"\b(?:start|starts|started|starting|begin|begins|began|begun)\s+(?=to\s+\w|\w+ing\b)|"
    r"\bthe\s+(?:beginning|start)\s+of\b",  # "at the beginning of 2019": a time, no starting
    re.I,
)


def _predicate_share(predicate: list[str], ev: Evidence, asked: str = "") -> float:
    """How much of the question's predicate the sentence says, word for word; a word of a
    name the question does not use is no word of a predicate ("guarded" is not said by
    "the Coast Guard")."""
    if not predicate:
        return 0.0
    text = ev.text
    for name in _capitalised(text):
        if " " in name and name.lower() not in asked.lower():
            text = text.replace(name, " ")
    # "to start understanding how …": a verb of starting before another verb starts that
    # action, and says nothing of its subject starting
    text = _ASPECT_START_RE.sub(" ", text)
    have = set(terms(text))
    if asked:  # the reader's words the sentence says in the corpus's ("results" / "outcome")
        have |= vouched(asked, have)
    return round(sum(1 for t in predicate if t in have) / len(predicate), 1)


def _found_share(wanted: list[str], have: AbstractSet[str]) -> float:
    """The share of terms a text has, a shared five-letter start counting ("found")."""
    found = sum(
        1 for t in wanted if t in have or any(len(t) >= 5 and h.startswith(t[:5]) for h in have)
    )
    return found / len(wanted)


# Nouns that frame a topic without being one ("on the maritime side", "in terms of
# area", "when it comes to borders"): no sentence need say them to settle a question
_LIGHT_NOUNS = frozenset(
    stem(w)
    for w in "side sides front aspect aspects regard respect terms sort kind "
    # and words that hedge or carry no content of their own ("get the go-ahead around
    # the start of 2018": the approval and the date are what is asked)
    "around roughly approximately get gets got getting".split()
)
# light verbs: "when did X happen?" asks X's date, not a sentence saying "happened"; "did
# the crisis take place in 2015?" asks the date of the crisis
_HAPPEN_VERBS = frozenset(
    stem(w)
    for w in "happen happened happens occur occurred occurs take took place exist existed".split()
)
_TYPE_TERMS = _HAPPEN_VERBS | frozenset(
    stem(w)
    for w in "many much number year date month time when where who whom whose why which "
    "what place city country countries state states nation nations reason long cost".split()
)


def _anchor_terms(q: Question, anchors: list[str]) -> set[str]:
    """The anchors' own terms, and the noun that heads each in the question ("the
    Frontex agency"): part of the name, not of what is asked about it."""
    out = {t for a in anchors for t in terms(a)}
    ws = words(q.text)
    for i, w in enumerate(ws[:-1]):
        nxt = ws[i + 1]
        if w in anchors and nxt.islower() and not nxt.endswith(("ed", "ing")):  # a verb
            out.update(terms(nxt))
    return out


# "What does X involve / contain / consist of / mean?": what X is, in other words
_CONTENT_RE = re.compile(
    r"\b(?:involv\w*|contain\w*|consist\w*|entail\w*|compris\w*|includ\w*|mean|means|"
    r"meant|covers?|stands? for|(?:is|are|was|were) about)\b|\bdo(?:es)?\s*\?*\s*$|"
    r"^how\s+(?:does|do|did)\b.*\b(?:work|works|operate|operates|function|functions)\s*\?*\s*$",
    re.I,
)


# Nouns whose instances have proper names: "which airports?" asks for names
_NAMING_NOUNS = frozenset(
    stem(w)
    for w in "airport airports port ports city cities town towns agency agencies organisation "
    "organisations organization organizations institution institutions mission missions "
    "operation operations network networks gang gangs company companies firm firms ngo ngos "
    "official officials minister ministers leader leaders ship ships vessel vessels island "
    "islands treaty treaties hotspot hotspots camp camps centre centres center centers "
    "facility facilities harbour harbours harbor harbors base bases region regions".split()
)
# "Where is Frontex (based / headquartered)?": where a named thing itself is
_WHERE_IS_RE = re.compile(
    r"^\W*(?i:where)\s+(?i:is|are|was|were)\s+(?:(?i:the)\s+)?[A-Z][\w&-]*"
    r"(?:\s+(?:(?:of|and|for|on|&)\s+)?[A-Z][\w&-]*)*(?:['’]s)?(?:\s+(?i:located|based|"
    r"headquartered|headquarterd|headquarters|hq|seated|situated|found|housed))?\s*\??\s*$"
)


def _placed(names: tuple[str, ...], text: str) -> bool:
    """Whether a sentence names a place within a few words of one of the names."""
    ws = [w.lower() for w in words(strip_markers(text))]
    at = [i for n in names for i, w in enumerate(ws) if w == n.split()[0].lower()]
    spots = [i for p in places(text) for i, w in enumerate(ws) if w == p.split()[0].lower()]
    return any(abs(a - b) <= 5 for a in at for b in spots)


# words that ask where, not what of: "located", "based"
_PLACE_FRAME = frozenset(stem(w) for w in "located location based place places situated".split())
# things that bear names, besides places and bodies: "which project", "what programme"
_THING_NOUNS = frozenset(
    stem(w)
    for w in "project projects programme program mechanism framework regulation agenda "
    "policy document report study publication system route sea council meeting scheme "
    "initiative tool".split()
)
# people of office: the sources name none but the author
_PEOPLE_NOUNS = frozenset(
    stem(w) for w in "minister ministers official officials leader leaders".split()
)
_WHICH_RE = re.compile(
    r"\b(?:which|what)\s+((?:[a-z-]+\s+){0,2}?[a-z-]+)\s+(?:are|is|were|was|have|has|had|did|do|"
    r"does|will|would|can|could|[a-z]+ed)\b",
    re.I,
)


# "Which article of the Treaty …?", "what provision in the Regulation …": a numbered part
# of a text; not of the article itself ("which paragraph of the article …")
_PART_ASKED_RE = re.compile(
    r"\b(?:which|what)\s+(?P<part>article|clause|provision|chapter|section|paragraph|annex|"
    r"protocol|title|part)s?\s+(?:number\s+)?(?:of|in)\s+(?:the\s+|this\s+|that\s+)?"
    r"(?P<doc>[\w-]+)",
    re.I,
)
_SELF_WORDS = frozenset("article piece paper text essay report analysis author it".split())
# texts with numbered parts, written in lower case ("which article of the treaty")
_PARTED_TEXTS = frozenset(
    "treaty treaties regulation regulations directive decision agreement convention law "
    "act charter protocol study press release notification document strategy pact accord "
    "constitution statute code".split()
)


def unnumbered_part(q: Question, texts: list[str]) -> str:
    """For a question asking which numbered part of a text says something ("Which
    article of the Treaty introduces X?"): the part's noun when no sentence at hand cites
    one by its number ("Article 42", "Title V"), only the text whole; "" otherwise."""
    m = _PART_ASKED_RE.search(q.text)
    if not m or m.group("doc").lower() in _SELF_WORDS:
        return ""
    doc = m.group("doc")
    if not doc[:1].isupper() and doc.lower() not in _PARTED_TEXTS:
        return ""  # "parts of the world": no text, no numbered parts
    noun = m.group("part").lower()
    cited = re.compile(rf"\b{noun}s?\s+(?:\d|[IVXL]+\b)", re.I)
    return "" if any(cited.search(strip_markers(t)) for t in texts) else noun


def unnamed_instances(
    q: Question, ranked: list[tuple[Evidence, float]], ctx: Context
) -> tuple[str, Evidence, bool] | None:
    """For "Which airports …?", "Which smuggling networks …?" (a noun whose instances
    have names): (the noun, a sentence speaking of it, True) when the sentences that say
    the noun name none of them: no name within a few words of it but the corpus's frame
    ("Member States", in most passages) and the question's own; (the noun, the best
    sentence, False) when none says the noun in any words. None otherwise."""
    m = _WHICH_RE.search(q.text)
    if not m or q.kind not in {OTHER, NAMED, PERSON}:
        return None
    phrase = m.group(1)
    noun = stem(phrase.split()[-1].lower())
    if noun not in _NAMING_NOUNS:
        return None
    asked = {n.lower() for n in q.names}
    saying = []
    forms = _noun_forms(phrase.split()[-1].lower())
    for form in set(forms):  # "operation(s)": the corpus's "mission"
        for other in expansions(form):
            if " " not in other:
                forms |= _noun_forms(other.lower())
    scanned = [ev for ev, _ in ranked[:8]]
    for ev in scanned:
        ws = words(strip_markers(ev.text))
        spots = [i for i, w in enumerate(ws) if w.lower() in forms]
        if not spots:
            continue
        back = _REFERS_BACK_RE.match(strip_markers(ev.text))
        if back and (back.group(1) or "").lower() in forms | {""}:
            return None  # "This agency …": named in the sentence before
        before = antecedent(ev) if back else None
        if before is not None and before.key not in {e.key for e in scanned}:
            scanned.append(before)  # "This agency … operations": the agency's sentence too
        saying.append(ev)
        for name in _capitalised(strip_markers(ev.text)):
            if name.lower() in asked or name_share(name, ctx) > 0.3 or name.endswith("ing"):
                continue  # the frame; a list item's first word ("Ensuring security …")
            at = [i for i, w in enumerate(ws) if w == name.split()[0]]
            if any(-4 <= a - s <= 5 for a in at for s in spots):
                return None  # "Mare Nostrum, a mission", "the EU agency FRONTEX"
    if saying:
        return (phrase.split()[-1].lower(), saying[0], True)
    if noun not in _PEOPLE_NOUNS:
        return None
    # no sentence at hand speaks of such people, in any words: "Which ministers signed …?"
    said = any(noun in said_terms(q.text, ev.text, set(terms(ev.text))) for ev, _ in ranked[:8])
    return None if said or not ranked else (phrase.split()[-1].lower(), ranked[0][0], False)


_REFERS_BACK_RE = re.compile(r"^\W*(?:(?:this|that|these|those)\s+(\w+)|it|its|they)\b", re.I)


def _noun_forms(noun: str) -> set[str]:
    """A noun's singular and plural ("agency", "agencies"), not words sharing its stem
    ("organising" for "organisation")."""
    one = re.sub(r"ies$", "y", noun) if noun.endswith("ies") else re.sub(r"s$", "", noun)
    return {one, one + "s", re.sub(r"y$", "ies", one)}


# "What (exactly) is a hotspot?": a common noun whose meaning is asked
_WHAT_IS_A_RE = re.compile(
    r"^(?i:what\s+(?:exactly\s+|precisely\s+)?(?:is|are)\s+(?:a|an)\s+|"
    # "what are hotspots?", "what are these hotspots?"
    r"what\s+(?:exactly\s+|precisely\s+)?are\s+(?:these\s+|those\s+|such\s+)?"
    r"(?=[a-z][a-z-]+s\s*\??\s*$)|"
    r"what\s+(?:exactly\s+|precisely\s+)?(?:is|are)\s+(?=[\"“'])|"  # 'what is "hotspots"?'
    r"how\s+(?:does|do)\s+(?:the\s+)?(?:article|author|text|writer|it|she)\s+define\s+"
    r"(?:a\s+|an\s+|the\s+(?:term\s+|word\s+)?)?|define\s+(?:a\s+|an\s+|the\s+)?|"
    r"what\s+does\s+(?:the\s+(?:term|word)\s+)?)[\"“']?"
    r"(?P<x>[a-z][a-z-]+)[\"”']?(?i:\s+mean)?"
    r"(?i:\s+in\s+(?:the|this)\s+(?:article|text|piece|paper))?\s*\??\s*$"
    # a word quoted as the article's own: 'What are the "hotspots" the article talks about?'
    r"|^(?i:what\s+(?:exactly\s+)?(?:is|are)\s+(?:the|these|those|this)\s+)[\"“'](?P<q>[a-z][a-z-]+)"
    r"[\"”'](?i:\s+(?:that\s+|which\s+)?(?:the\s+)?(?:article|author|text|writer|she)\s+"
    r"(?:talks?|speaks?|writes?)\s+(?:about|of)|\s+(?:mentioned|referred\s+to))?\s*\??\s*$"
)


# "What were the results of Triton?", "What did X achieve?": what came of it
_RESULTS_ASKED_RE = re.compile(
    r"\b(?:results?|outcomes?|achievements?|achieved?|accomplish\w*|successes|"
    r"success(?:ful)?|track record|came of|come of|turned out|turn out)\b",
    re.I,
)  # not "impact" or "effect": "the effect of the crisis" a sentence of its aftermath tells
# what a sentence says came of something, or will
_RESULTS_SAID_RE = re.compile(
    r"\b(?:results?|outcomes?|achiev\w*|impact|effect\w*|success\w*|sav(?:e|ed|ing)|"
    r"reduc\w*|increas\w*|improv\w*|enhanc\w*|led to|lead to|leads to|done)\b",
    re.I,
)


def results_unsaid(
    q: Question, anchors: list[str], ranked: list[tuple[Evidence, float]], ctx: Context
) -> Evidence | None:
    """For "What were the results of X?" (not a yes/no question): the sentence naming X,
    where every sentence at hand naming X says nothing of what came of anything; None
    when one does, or none names X."""
    if q.kind == YESNO or not anchors or not _RESULTS_ASKED_RE.search(q.text):
        return None
    naming = [ev for ev, _ in ranked[:8] if _names_anchors(anchors, ev, ctx)]
    if not naming or any(_RESULTS_SAID_RE.search(ev.text) for ev in naming):
        return None
    if re.search(r"\b(?:came|come|turned|turn)\s+(?:of|out)\b", q.text, re.I) and any(
        _replaced_here(anchors, ev.text) for ev in naming
    ):
        return None  # "What came of Mare Nostrum?" / "… that was later replaced by …": that
    return naming[0]


# a claim that something held alone or all along: "by itself", "the whole time"
_THROUGHOUT_RE = re.compile(
    r"\b(?:by (?:itself|themselves|herself|himself)|on (?:its|their) own|alone|single-handedly|"
    r"the whole time|all along|all the time|throughout|ever since|always)\b",
    re.I,
)


# "Was X replaced by Y?", "taken over by Y", "succeeded by Y": the successor asked
_SUCCESSOR_CHECKED_RE = re.compile(
    r"\b(?:replaced|succeeded|superseded|taken\s+over|followed|supplanted)\s+by\s+"
    r"(?P<y>[^?,;]+)",
    re.I,
)
# the successor a sentence names: "later replaced (by) a patrol of the board X called Y"
_SUCCESSOR_SAID_RE = re.compile(
    r"\b(?:replaced|succeeded|superseded|supplanted)\s+(?:by\s+|with\s+)?(?P<z>[^.;]+)", re.I
)
# the kind words a successor is named with, which name no one in particular
_SUCCESSOR_HEADS = frozenset(
    stem(w)
    for w in "mission missions operation operations patrol patrols one new another body".split()
)


def replaced_by_other(q: Question, text: str) -> bool:
    """Whether a question asking "Was X replaced by Y?" meets a sentence naming another
    successor: none of Y's own words (nor its nation's) in the words after the sentence's
    succession word ("replaced a mission of the EU agency FRONTEX called Triton")."""
    asked = _SUCCESSOR_CHECKED_RE.search(q.text)
    said = _SUCCESSOR_SAID_RE.search(strip_markers(text))
    if not asked or not said:
        return False
    own = {t for t in terms(asked.group("y")) if t not in _SUCCESSOR_HEADS}
    named = set(terms(said.group("z")))
    named |= {t for w in words(said.group("z")) for t in terms(DEMONYM_STATES.get(w.lower(), ""))}
    return bool(own) and not own & named


# "Is the (main) aim of X to Y?", "Is X's objective to Y?": the purpose a question states
_AIM_CHECKED_RE = re.compile(
    r"\b(?:aim|objective|goal|purpose)s?\b[^?]*\bto\s+(?P<y>[^?]+?)\s*\??\s*$", re.I
)
# the purposes a sentence states: "the aim is to Z", "aims to Z", "with the objective of Z"
_AIMS_SAID_RE = re.compile(
    r"\b(?:aims?|objective|goal|purpose)\s+(?:is\s+|was\s+)?(?:to|of)\s+", re.I
)


# a name of several capitalised words, maybe joined by "and", "of", "for", "on"
_LONG_NAME_RE = re.compile(r"\b[A-Z][\w-]*(?:\s+(?:and\s+|of\s+|for\s+|on\s+)?[A-Z][\w-]*){2,}")


def _said_in_other_names(q: Question, text: str) -> bool:
    """Whether the words a copular question says of its subject ("Is X a border guard
    force?") that a sentence uses stand in it only inside names of several words the
    question does not use ("the European Border and Coast Guard Regulation"): the
    sentence says them of nothing, let alone of X."""
    if not _copular_subject(q):
        return False
    plain = strip_markers(text)
    inside = {
        t
        for m in _LONG_NAME_RE.finditer(plain)
        if not any(n.lower() in m.group(0).lower() for n in q.names)
        for t in terms(m.group(0))
    }
    outside = set(terms(_LONG_NAME_RE.sub(" ", plain)))
    asked = [t for t in q.terms if t not in _frame_terms(q) and not numbers(t)]
    borrowed = [t for t in asked if t in inside and t not in outside]
    said = [t for t in asked if t in outside]
    # "border guard force?" / "external borders … Border and Coast Guard Regulation":
    # "guard" only in a name, "force" nowhere: less than half of it said of anything
    return bool(borrowed) and len(said) < len(asked) / 2


def other_purpose(q: Question, text: str) -> bool:
    """Whether a question stating what something's aim is ("… to stop migration?") meets a
    sentence stating its aims in words sharing none of the question's ("… with the main
    objective of creating the conditions for economic growth"): another purpose."""
    asked = _AIM_CHECKED_RE.search(q.text)
    plain = strip_markers(text)
    said = [re.split(r"[.;:]", plain[m.end() :])[0] for m in _AIMS_SAID_RE.finditer(plain)]
    if not asked or not said:
        return False
    wanted = {t for t in terms(asked.group("y")) if t not in _name_terms(q)}
    return bool(wanted) and not any(wanted & _said(q, z) for z in said)


def _replaced_here(anchors: list[str], text: str) -> bool:
    """Whether the sentence says something it names before a succession word was replaced
    ("Mare Nostrum, … later replaced by Triton"): what came of it is that."""
    m = _SUCCESSION_RE.search(text)
    low = text.lower()
    return m is not None and any(0 <= low.find(a.lower()) < m.start() for a in anchors)


# What a question asks of sanctions: a penalty, a punishment, enforcement of rules, or what
# befalls one who breaks, leaves or fails them ("What happens if a state quits?")
_SANCTIONS_ASKED_RE = re.compile(
    r"\b(?:penalt(?:y|ies)|penali[sz]\w*|sanction\w*|punish\w*|fined|fines|"
    r"enforc\w*\s+(?:of\s+)?(?:the\s+|its\s+|their\s+|these\s+)?(?:commitments?|rules?|"
    r"obligations?|pledges?)|consequences?\s+(?:of|for)\s+(?:\w+\s+){0,2}(?:breaking|breaching|"
    r"violating|failing|not\b|leaving|quitting|ignoring)|"
    r"what\s+happens\b[^?]*?\b(?:breaks?|breach\w*|violat\w*|fails?|does\s+not|doesn['’]t|"
    r"don['’]t|do\s+not|miss(?:es)?|ignores?|leaves?|withdraws?|quits?|drops?\s+out))\b",
    re.I,
)
# what a sentence says of them
_SANCTIONS_SAID_RE = re.compile(
    r"\b(?:penalt|penali[sz]|sanction|punish|fined\b|fines\b|complian|comply|complie|"
    r"suspen|expel|expuls|exclu[ds]|breach|violat|withdr[ae]w)\w*",
    re.I,
)


# a preference asked ("Which scenario does she prefer?", "Does she favour the first?")
_PREFERENCE_ASKED_RE = re.compile(
    r"\b(?:prefer\w*|favou?r(?:s|ed|ite)?|recommend\w*|endorse\w*|advocat\w*|opt(?:s|ed)? for)\b",
    re.I,
)
# … and said: a choice made or urged among things ("the better option", "should")
_PREFERENCE_SAID_RE = re.compile(
    r"\b(?:prefer\w*|better|best|favou?r\w*|recommend\w*|should|ought|must|advocat\w*|"
    r"endorse\w*|rather than|instead of|(?:important|necessary|essential|vital) to|"
    r"ha(?:s|ve) to|needs? to)\b",
    re.I,
)


# Topics a question may ask of that no sentence at hand speaks of, in any words: what
# asks of it, what a sentence says of it, and what the refusal says
# which one of a kind did a thing first or last ("Which was the first country to sign?")
_FIRST_ONE_ASKED_RE = re.compile(
    r"\b(?:first|last|earliest|latest)\s+(?:[a-z]+\s+)?(?:country|countries|state|states|"
    r"city|cities|town|towns|"
    r"member|members|nation|nations|one|ones|body|bodies|agency|project|projects|mission|"
    r"missions|signatory|signatories)\s+(?:that|to|which|who)\b",
    re.I,
)
# … and said: an order among them
_FIRST_ONE_SAID_RE = re.compile(
    r"\b(?:first|last|earliest|initially|originally|pioneer\w*|spearhead\w*|followed by)\b",
    re.I,
)
# a page asked ("On which page of the paper …?") and given ("p. 12", "pages 4-6")
_PAGE_ASKED_RE = re.compile(r"\b(?:which|what)\s+pages?\b|\bpage\s+numbers?\b|\bon\s+page\b", re.I)
_PAGE_SAID_RE = re.compile(r"\b(?:p|pp|page|pages)\.?\s*\d", re.I)
_UNSAID_TOPICS = (
    (_PREFERENCE_ASKED_RE, _PREFERENCE_SAID_RE, "they state no preference among them"),
    (_PAGE_ASKED_RE, _PAGE_SAID_RE, "they give no page numbers"),
    (_FIRST_ONE_ASKED_RE, _FIRST_ONE_SAID_RE, "they do not say which one came first or last"),
    (
        _SANCTIONS_ASKED_RE,
        _SANCTIONS_SAID_RE,
        "they say nothing of penalties, or of what follows a breach or a departure",
    ),
)


def unsaid_topic(q: Question, texts: list[str]) -> str:
    """Why the sources cannot answer a question asking of a topic they never speak of
    ("Which scenario does the author prefer?", "Is there a penalty for breaking the
    commitments?": a binding commitment is no penalty for breaking it), or ""."""
    for asked, said, reason in _UNSAID_TOPICS:
        if asked.search(q.text) and not any(said.search(strip_markers(t)) for t in texts):
            return reason
    return ""


def undefined_term(q: Question, texts: list[Evidence]) -> tuple[str, Evidence] | None:
    """For "What is a hotspot?" (a common noun, in lower case): the word and the first
    sentence using it, where sentences use it but none says what it is (no "X is …",
    "X, a …", "X (…)", "called X"); None otherwise."""
    m = _WHAT_IS_A_RE.match(q.text)
    if not m:
        return None
    word = m.group("x") or m.group("q")
    form = rf"{re.escape(word)}(?:s|es)?"
    using = [ev for ev in texts if re.search(rf"\b{form}\b", ev.text, re.I)]
    if not using:
        return None
    defining = re.compile(
        rf"\b{form}[”\"]?\s*(?:,\s*(?:a|an|the|which|that)\b|\(|(?:is|are|means?|refers?)\b)|"
        rf"\b(?:called|known as|so-called|defined as)\s+[“\"]?{form}\b|"
        rf"\b{form}\b[^.:;]{{0,60}}:",  # "two possible scenarios under X: • …": listed
        re.I,
    )
    if any(defining.search(ev.text) for ev in using):
        return None
    return word, using[0]


def only_listed(
    q: Question, anchors: list[str], ranked: list[tuple[Evidence, float]], ctx: Context
) -> Evidence | None:
    """For a question asking what something is ("What is X?", "What does X involve?"): the
    list sentence, where every sentence at hand that names X names it as one short item of
    a list ("…, Smart Borders and EUROSUR"), which says nothing of what X is."""
    # "Who proposed X?", "Who is in charge of X?": a doer of X, which a list does not give
    if not anchors or q.wants_list or q.kind not in {DEFINITION, OTHER, AGENT, PERSON}:
        return None
    naming = [ev for ev, _ in ranked if ctx.aliases.names_all(anchors, ev.text)]
    defining = re.match(r"^\W*(?i:what\s+(?:is|are|was|were)\s+(?:the\s+|an?\s+)?)[A-Z]", q.text)
    if q.kind == OTHER and not _CONTENT_RE.search(q.text) and not defining:
        # ("What is the X Regulation?" asks what it is, as "What is EUROSUR?" does)
        # "What does the X Regulation change for border guards?": a list naming X, as the
        # question writes it, says none of what is asked of it
        naming = [ev for ev in naming if all(a.lower() in ev.text.lower() for a in anchors)]
        if not naming or not all(_lists_names(ev.text) for ev in naming):
            return None
        if max(_predicate_cover(q, ev, ctx) for ev in naming) >= 0.34:
            return None
    # (a note's parts — title, maker, year — are no list: "…, European Security and
    # Defence College, 2016" names the maker of the paper it cites)
    listed = [
        ev.sentence.role != "note" and any(_enumerated(a, ev.text) for a in anchors)
        for ev in naming
    ]
    if naming and all(listed):
        return naming[0]
    return None


def _lists_names(text: str) -> bool:
    """Whether a sentence lists three names or more ("the European Agenda on Migration,
    the X Regulation, Smart Borders and EUROSUR"), not a run of clauses."""
    items = re.split(r",\s*|\s+and\s+", strip_markers(text).rstrip(" .”"))
    return sum(bool(re.match(r"(?:the\s+)?[A-Z]", i.strip())) for i in items[1:]) >= 2


def _whole(q: Question, found: list[str]) -> list[str]:
    """The names found, each as the reader wrote it whole, once ("High Representative" for
    "High" and "Representative"; "European Parliament" for it and "Parliament")."""
    whole = []
    for name in (_as_written(q.text, [n])[0] if n[:1].isupper() else n for n in found):
        ws = name.split()
        while len(ws) > 1 and ws[0].lower() in STOPWORDS:  # "Did Europol …?": the verb
            ws = ws[1:]
        if " ".join(ws) not in whole:
            whole.append(" ".join(ws))
    return [n for n in whole if not any(n != o and n in o for o in whole)]


def _as_written(text: str, anchors: list[str]) -> list[str]:
    """Each anchor with the capitalised words around it in the question, once: the name
    as the reader wrote it ("Smart Borders" for the anchor "Smart")."""
    out: list[str] = []
    for a in anchors:
        m = re.search(
            rf"(?:[A-Z][\w&-]*\s+(?:(?:of|on|and|for|&)\s+)?)*{re.escape(a)}"
            rf"(?:\s+(?:(?:of|on|and|for|&)\s+)?[A-Z][\w&-]*)*",
            text,
        )
        name = m.group(0) if m else a
        if name not in out:
            out.append(name)
    return out


# the words opening a list: "the measures were A, B and C", "tools such as A, B and C"
_LIST_OPENS_RE = re.compile(r"\b(?:were|are|include|includes|including|such\s+as|namely)\s+")


def _enumerated(anchor: str, text: str) -> bool:
    """Whether the anchor is one short item of a list of three or more ("A, B, C and D")."""
    for clause in re.split(r"[:;]", strip_markers(text)):
        if " and " not in clause:
            continue
        items = [i for i in re.split(r",\s*|\s+and\s+", clause) if i.strip()]
        # "… the measures taken were A, B, C and D": the item is A, not what opens the list
        items = [_LIST_OPENS_RE.split(i)[-1] for i in items]
        short = [i for i in items if len(words(i)) <= 6]
        for item in short:
            if anchor.lower() in item.lower() and len(words(item)) <= 5 and len(short) >= 3:
                return True
    return False


def _previous(ev: Evidence) -> str:
    """The sentence before, in the same passage: "It …" may refer back to what it names."""
    sentences = ev.chunk.sentences
    i = sentences.index(ev.sentence)
    if i > 0 and sentences[i - 1].role not in {"heading", "header"}:
        return ev.chunk.sentence_text(sentences[i - 1])
    return ""


def _most_about(
    q: Question, anchors: list[str], ranked: list[tuple[Evidence, float]], ctx: Context
) -> Evidence | None:
    notes = asks_about_notes(q.text)
    for ev, sim in ranked:
        if (ev.sentence.role != "note" or notes) and _is_about(q, anchors, ev, sim, ctx):
            return ev
    return None


def _said(q: Question, text: str) -> set[str]:
    """The question's terms a sentence says, in its words or in the corpus's words for them."""
    have = set(terms(text))
    return have | said_terms(q.text, text, have)


# "since the eruption of the Refugee crisis", "since the creation of the Schengen area"
_SINCE_EVENT_RE = re.compile(r"\b[Ss]ince the (?:\w+ ){0,3}(?:of )?(?:the )?[A-Z]\w+")


_CITY_ASKED_RE = re.compile(
    r"\b(?:which|what)\s+(?:\w+\s+)?(?:city|cities|town|towns|capital)\b", re.I
)


def _thing_named(name: str, text: str) -> bool:
    """Whether the text names a thing by the name, in apposition: "Mare Nostrum, a
    mission …" (not "Ada Tester, a director …": a role is a person's)."""
    m = re.search(rf"\b{re.escape(name)},\s+(?:a|an|the)\s+([a-z]+)", text)
    return m is not None and not is_role_noun(m.group(1))


def holds_text(q: Question, sentence: str, ctx: Context) -> bool:
    """Whether a sentence holds an answer of the question's type that the question lacks."""
    text = strip_markers(sentence)
    asked = q.text
    if q.kind == NUMBER:
        years = {float(d.year) for d in dates(text)}
        if PROPORTION_ASKED_RE.search(asked) and _SHARE_RE.search(text):
            return True  # "What share of the states take part?" / "Almost all …"
        return bool(numbers(text) - years - numbers(asked)) or bool(excepted(q, text))
    if q.kind == AMOUNT:
        return states_amount(text)
    if q.kind == DATE and re.search(r"\bsince when\b", asked, re.I):
        # "Since when has Italy managed the route?" / "Since the eruption of the crisis, …":
        # an event that starts it answers as a date does
        if _SINCE_EVENT_RE.search(text):
            return True
    if q.kind == DATE:  # a timeline's dates ("from 2015 to 2019") bound it, they are no answer
        return bool(dates(text)) if q.timeline else bool(set(dates(text)) - set(dates(asked)))
    if q.kind == COUNTRY:
        return bool(countries(text) - countries(asked)) or bool(
            re.search(r"\bmember states\b", text, re.I) and _EXCEPTION_RE.search(text)
        )
    if q.kind == PLACE:
        if _CITY_ASKED_RE.search(asked):  # "In which city was it signed?": a town's name
            return bool(cities(text) - cities(asked))
        return bool(places(text) - places(asked))
    if q.kind in {AGENT, PERSON}:
        # the question's own names, and what its acronyms stand for ("HARMSPRO": the
        # Harbour & Maritime Surveillance and Protection project is no agent found)
        own = _own_spellings(asked, ctx)
        # "Mare Nostrum, a mission …": a name the sentence gives a thing is no person's
        found = [n for n in people(text, ctx.people) if not _thing_named(n, text)]
        if q.kind == AGENT and _runs_a_body(q):
            # "Who runs FRONTEX?": a person, or who the sentence says runs it; a body the
            # sentence only names beside it ("FRONTEX deploys … Coast Guard teams") is not
            agent = by_agent(q, text)  # not the body asked about ("FRONTEX" for "FRONTEX?")
            return bool(agent and agent.lower() not in own) or any(
                is_role_noun(w.lower()) for w in words(text)
            )
        if q.kind == AGENT:
            found += organisations(text)
            if _RECEIVING_RE.search(asked) and _GROUP_RE.search(text):
                return True  # "Who receives training?" / "training … for security forces"
        return any(name.lower() not in own for name in found)
    if q.kind == EXPANSION:
        low = text.lower()
        return any(
            long.lower() in low and len(long.split()) > 1
            for w in words(asked)
            for long in ctx.aliases.expansions(w)
        )
    if q.kind == NAMED:  # "Which board …?": a name headed by "board" is no name it gives
        if q.counted and _heads_name(q.counted, text):
            return True
        return any(not _own_name(n, asked) for n in organisations(text) + _capitalised(text))
    if q.kind == REASON:
        return states_reason(text)
    return True


# "Who receives …?", "who benefits?": a group answers, named by its noun ("the forces")
_RECEIVING_RE = re.compile(
    r"\bwho\s+(?:receives?|received|gets?|got|benefits?|benefited|is\s+given|are\s+given|"
    r"is\s+trained|are\s+trained|is\s+helped|are\s+helped|is\s+supported|are\s+supported)\b",
    re.I,
)
_GROUP_RE = re.compile(
    r"\b(?:forces|authorities|agencies|migrants|refugees|citizens|teams|guards|officers|staff|"
    r"personnel|institutions|governments|states|countries)\b",
    re.I,
)
# States named by what sets them apart rather than by name: "frontline Member States",
# "countries of transit or origin"
_DESCRIBED_STATES_RE = re.compile(
    r"\b([a-z][\w-]+)\s+(?:member\s+)?(?:states|countries)\b"
    r"|\b(?:member\s+)?(?:states|countries)\s+(?:of|at|on)\s+(?:the\s+)?([a-z][\w-]+)",
    re.I,
)
# words by "states" that count them or place them in the EU, not describe them
_PLAIN_STATE_WORDS = frozenset(
    "eu european all most many some other several these those the its their our member "
    "participating union almost both each every few among between amongst for with to from "
    "by of in on at and or than across".split()
)


def described_states(asked: str, text: str) -> list[str]:
    """The states a sentence describes rather than names, with a word the question lacks
    ("frontline Member States", "countries of transit or origin"); not a count
    ("Twenty-Five Member States") nor the EU's states at large ("all Member States")."""
    own = set(terms(asked))
    out = []
    for m in _DESCRIBED_STATES_RE.finditer(strip_markers(text)):
        word = (m.group(1) or m.group(2)).lower()
        if word in _PLAIN_STATE_WORDS or word in STOPWORDS or numbers(word):
            continue
        if word.endswith(("ing", "ed")):  # "allowing Member States": a verb's object
            continue
        if not terms(word) or set(terms(word)) & own:
            continue
        out.append(m.group(0))
    return out


def _describing_reader_words(q: Question) -> set[str]:
    """The terms of the words right before a reader's phrase for a corpus name ("new
    joint" in "the EU's new joint defence scheme", the thesaurus's "defence scheme" for
    PESCO): they describe the thing named, they ask nothing of the states."""
    low = q.text.lower()
    out: set[str] = set()
    for phrase in reader_phrases(q.text):
        at = low.find(phrase)
        if at > 0:
            out.update(t for w in words(low[:at])[-2:] for t in terms(w))
    return out


def _states_described(q: Question, about: Evidence) -> str:
    """For a "which states" question no sentence answers by name: the states the sentence
    the refusal quotes describes instead ("frontline Member States"), for the refusal to
    say ("; they speak only of “frontline Member States”"); else ''."""
    said = described_states(q.text, about.text)
    return f"; they speak only of {_quote(said[:2])}" if said else ""


def _own_spellings(asked: str, ctx: Context) -> str:
    """The question, lower case, with the long forms of its acronyms: the names it gives."""
    return " ".join([asked, *(e for w in words(asked) for e in ctx.aliases.expansions(w))]).lower()


def _own_name(name: str, asked: str) -> bool:
    """Whether the question names it already, in full or by its last word ("the Union's
    borders" names the European Union)."""
    own = asked.lower()
    last = (words(name) or [""])[-1].lower()
    return name.lower() in own or (
        len(last) > 2 and re.search(rf"\b{re.escape(last)}\b", own) is not None
    )


def _capitalised(text: str) -> list[str]:
    """Capitalised names after a sentence's first word ("the Treaty of Lisbon")."""
    found = re.findall(
        r"(?<=\s)[A-Z][\w-]+(?:\s+(?:(?:of|on|for|and|&|the)\s+)*[A-Z][\w-]+)*", text
    )
    return [f for f in found if f.lower() not in {"the", "a", "an"}]


# -- yes / no -----------------------------------------------------------------------------
# a year as written: "2019"
_YEARS_RE = re.compile(r"\b(?:19|20)\d\d\b")
_YEAR_WEIGHT = 0.3  # what giving the year asked adds to a sentence's score


def set_against_said(q: Question, text: str) -> bool:
    """Whether a yes/no question sets one thing against another ("Is the aim to give
    money rather than training?") and the sentence says the other ("by providing
    training"), in all its words, and not the thing asked: the sentence takes the side
    the question sets against, so it denies the question."""
    m = _CONTRAST_SIDE_RE.search(q.text)
    if not m or q.negative:
        return False
    own = set(terms(m.group(1))) - _POLAR
    other = set(terms(m.group(2)))
    have = set(terms(strip_markers(text)))
    return bool(own and other) and other <= have and not own & have


# "… give money rather than training and advice?": the word asked, and the side against it
_CONTRAST_SIDE_RE = re.compile(
    r"\b(\w+)\s*,?\s+(?:rather than|instead of|as opposed to)\s+([^?.;,]+)", re.I
)


def money_unsaid(q: Question, texts: list[str]) -> bool:
    """Whether a yes/no question asks of money ("Is X funded by the EU budget?") and no
    sentence speaks of money. A reason ("because of its price") is asked elsewhere;
    a kind ("Is X a funding scheme?") is settled by a sentence saying what X is."""
    if q.kind != YESNO or not set(q.terms) & _MONEY_WORDS or _asked_cause(q):
        return False
    against = _CONTRAST_SIDE_RE.search(q.text)  # "training rather than money": not asked
    if against and not set(terms(q.text[: against.end(1)])) & _MONEY_WORDS:
        return False
    if any(other_kind(q, text) for text in texts):
        return False
    return not any(_speaks_of_money(text) for text in texts)


# A question asking a length of time, not a point in it ("how long ago" asks a point)
_DURATION_ASKED_RE = re.compile(
    r"\bhow long\b(?!\s+ago)|\bfor how many (?:years|months|weeks|days)\b|\bduration\b",
    re.I,
)
# a length of time as a sentence gives it: "for two years", "18 months", "from 2015 to 2017"
_DURATION_RE = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|many)\s+"
    r"(?:years?|months?|weeks?|days?|decades?)\b|\bfrom\s+\d{4}\s+(?:to|until|till)\s+\d{4}\b|"
    r"\b(?:\d{4})\s*[-–]\s*\d{4}\b",
    re.I,
)
# "Since the crisis, Italy has …": a length of time, from then on, for what the clause says
_SINCE_RE = re.compile(r"\bsince\s+(?:the\s+|its\s+|\d{4}\b)", re.I)


# "When were the projects cancelled?", "When did Triton end?": the event a date is asked of
_DATED_VERB_RE = re.compile(
    r"^(?:when|(?:on|in)\s+what\s+(?:date|year)|what\s+(?:date|year))\s+(?P<aux>was|were|did|"
    r"has|have|had|will|would)\s+[^?]*?\b(?P<verb>[a-z]+)\s*\??\s*$",
    re.I,
)


_ONSET_VERBS = frozenset(
    stem(w)
    for w in """start started begin began begun erupt erupted break broke out emerge emerged
    arise arose peak peaked hit strike struck unfold unfolded escalate escalated""".split()
)


# verbs of a thing coming into being: a date one of them gives is the date another asks
# ("When was PESCO brought in?" / "In November 2017, … expressed their will to create …")
_FOUNDING_VERBS = frozenset(
    stem(w)
    for w in """introduce introduced create created launch launched establish established
    found founded set form formed inaugurate inaugurated initiate initiated institute
    instituted bring brought roll rolled unveil unveiled activate activated kick kicked
    open opened made""".split()
)


def _founds_subject(q: Question, ev: Evidence) -> bool:
    """Whether a sentence tells the founding of what a "When did X start?" question asks
    of: a verb of founding, and every other word of the question."""
    said = _said(q, ev.text)
    rest = [t for t in q.terms if t not in _ONSET_VERBS | _FOUNDING_VERBS | _TYPE_TERMS]
    return bool(_FOUNDING_VERBS & said) and bool(rest) and all(t in said for t in rest)


# irregular participles and the verb a sentence uses for them
_PARTICIPLES = {
    "seen": "see", "done": "do", "taken": "take", "given": "give", "made": "make",
    "held": "hold", "begun": "begin", "written": "write", "known": "know", "shown": "show",
    "run": "run", "met": "meet", "set": "set", "put": "put", "brought": "bring",
    "chosen": "choose", "won": "win", "led": "lead", "kept": "keep", "sent": "send",
}  # fmt: skip


def _dates_event(q: Question, verb: str, ev: Evidence) -> bool:
    """Whether a sentence (or the one before) tells the event a date question closes on:
    its verb said, literally or through the thesaurus, or, for a thing coming into being,
    any verb of founding ("created" for "introduced")."""
    text = _previous(ev) + " " + ev.text
    have = set(terms(text))
    # said in its words or the corpus's; not its opposite ("expected" is no "completed")
    if stem(verb) in have | vouched(q.text, have):
        return True
    base = _PARTICIPLES.get(verb.lower(), "")
    if base and stem(base) in have:
        return True  # "When will the outcome be seen?" / "… and see the outcome in 2019"
    if len(stem(verb)) >= 5 and any(t.startswith(stem(verb)) for t in have):
        return True  # its noun: "implemented" is told by "the implementation … in 2018"
    if stem(verb) in _MEETING_TERMS and ev.sentence.role == "note":
        return True  # a note dating a body: the day it met (checked by `_meeting_noted`)
    return stem(verb) in _FOUNDING_VERBS and bool(_FOUNDING_VERBS & set(terms(text)))


# "How many years lie between X and Y?", "How long between X and Y?"
# "How much time passed between …?", "What is the gap between …?", "How far apart are X
# and Y?", "How many years separate X from Y?"
_BETWEEN_RE = re.compile(
    r"^(?:(?:about|roughly|approximately|around|so|and|but)\s+)?"
    r"(?:(?:how\s+(?:many\s+(?:years|months)|long|much\s+time)|what(?:'s|\s+is|\s+was)\s+"
    r"the\s+(?:time\s+)?(?:gap|interval|span|time|distance|lag|difference\s+in\s+time))\b"
    r"(?:,?\s+[\w']+){0,4}?,?\s+between\s+(?P<a>.+?)\s+and\s+(?P<b>.+?)|how\s+far\s+apart\s+"
    r"(?:are|were|is|was)\s+(?P<a2>.+?)\s+and\s+(?P<b2>.+?)|how\s+(?:much\s+time|many\s+"
    r"(?:years|months)|long)\s+(?:separates?|separated|lies?|lay)\s+(?P<a3>.+?)\s+"
    r"(?:and|from)\s+(?P<b3>.+?))\s*\??\s*$",
    re.I,
)

# "How long after the crisis did the states agree?", "How many years before X was Y?":
# the event named after "after"/"before", and the one the question closes on
_HOW_LONG_AFTER_RE = re.compile(
    r"^(?:(?:about|roughly|approximately|around|so|and|but)\s+)?how\s+(?:many\s+(?:years|months)|long|much\s+(?:time|later))\s+(?:after|before|"
    r"following)\s+(?P<a>.+?)\s+(?:did|was|were|had|has|have|do|does|is|are|came|come)\s+"
    r"(?P<b>.+?)\s*\??\s*$",
    re.I,
)

# "What happened first: the crisis or the agreement?", "Which came earlier, X or Y?"
_WHICH_FIRST_RE = re.compile(
    r"^(?:what|which)\s+(?:\w+\s+)?(?:happened|came|comes|come|was|were|occurred|took\s+place|"
    r"is)\s+(?:first|earlier|sooner|older|(?:the\s+)?(?:older|oldest|newer|newest|later|"
    r"more\s+recent|most\s+recent)|newer|later|more\s+recent|most\s+recent)\b\s*[,:;—–-]*\s*(?P<a>.+?)\s+or\s+"
    r"(?P<b>.+?)\s*\??\s*$",
    re.I,
)


def _paired_dates(q: Question) -> re.Match[str] | None:
    """The question's two events set against each other in time ("How many years
    between X and Y?", "How long after X did Y?", "Which came first, X or Y?"), as groups
    `a` and `b`; None for other questions."""
    for pattern in (_BETWEEN_RE, _HOW_LONG_AFTER_RE, _WHICH_FIRST_RE):
        m = pattern.match(q.text)
        if m:
            return m
    return None


def _sides(m: re.Match[str]) -> tuple[str, str]:
    """The two events of a paired-dates match, whichever of its forms matched."""
    for a, b in (("a", "b"), ("a2", "b2"), ("a3", "b3")):
        if a in m.re.groupindex and m.group(a):
            one, other = m.group(a), m.group(b)
            # "How long before the article was written did the crisis erupt?": the second
            # auxiliary parts the two events, the first belongs to the first event's clause
            again = re.match(r"(?P<rest>.+?)\s+(?:did|does|do)\s+(?P<b>.+)$", other, re.I)
            if m.re is _HOW_LONG_AFTER_RE and again:
                aux = m.group(0)[m.end(a) : m.start(b)].strip()
                one, other = f"{one} {aux} {again.group('rest')}", again.group("b")
            return one, other
    raise ValueError("no sides")


# the article's own writing named as an event ("the article was written", "this piece
# came out", "the article's publication"): dated by its card
_ARTICLE_EVENT_RE = re.compile(
    r"^(?:(?:the|this|her)\s+(?:article|piece|text|paper|essay)(?:['’]s)?\s*(?:(?:was|got|had\s+"
    r"been|is)\s+)?(?:written|published|came\s+out|come\s+out|appeared|released|dated|writing|"
    r"publication|penned)?|(?:the\s+)?(?:writing|publication)\s+of\s+(?:the|this)\s+(?:article|"
    r"piece|text|paper|essay))\W*$",
    re.I,
)


def names_the_article(side: str) -> bool:
    """Whether an event a question dates is the article's own writing."""
    return bool(_ARTICLE_EVENT_RE.match(side.strip()))


def _article_day(ranked: list[tuple[Evidence, float]]) -> tuple[Evidence, Day] | None:
    """The article's date, from its card's date line ("date: late 2017 (inferred …)")."""
    for ev, _ in ranked:
        if ev.sentence.role == "header" and ev.text.lower().startswith("date:"):
            found = date_mentions(ev.text.split("(")[0])
            if found:
                return ev, found[0][1]
    return None


def pairs_dates(q: Question) -> bool:
    """Whether the question sets events against each other in time ("How long between X
    and Y?", "Was X before Y?", "Put A, B and C in order"): each needs its own dated
    sentence."""
    return (
        _paired_dates(q) is not None
        or bool(_TIMED_AGAINST_RE.match(q.text))
        or len(events_to_order(q)) >= 2
    )


def event_sides(q: Question) -> list[str]:
    """The events a question sets against each other in time, as written."""
    paired = _paired_dates(q)
    if paired:
        return list(_sides(paired))
    timed = _TIMED_AGAINST_RE.match(q.text)
    if timed:
        return [timed.group("a"), timed.group("b")]
    return events_to_order(q)


def dating(q: Question, evidence: list[Evidence], ctx: Context) -> list[Evidence]:
    """The sentences that date an event the question sets against another ("the ESDC
    paper" / the note "…, European Security and Defence College, 2016")."""
    sides = event_sides(q)
    return [e for e in evidence if any(_event_day(q, s, [(e, 1.0)], ctx) for s in sides)]


# "Put these in order: A, B, C", "In what order did A, B and C happen?", "Arrange A, B
# and C chronologically"
_ORDER_ASKED_RE = re.compile(
    r"\bin\s+(?:what|which)\s+order\b|\bchronolog\w*|\bput\s+(?:these|them|the\s+following)"
    r"(?:\s+\w+)?\s+in\s+order\b|\b(?:order|sort|arrange|sequence|rank)\s+(?:these|the\s+"
    r"following)\b|\b(?:earliest|oldest|first)\s+to\s+(?:latest|newest|last|most\s+recent)\b",
    re.I,
)
_ORDER_ITEMS_RE = re.compile(
    r"\border\s+(?:did|do|were|was|are|is)\s+(?P<items>.+?)\s+(?:happen|occur|take\s+place|"
    r"come|unfold|arrive)\w*\b|^(?:please\s+)?(?:put|order|sort|arrange|list|rank)\s+"
    r"(?P<items2>.+?)\s+(?:in\s+(?:chronological\s+)?order|chronologically|by\s+date|from\s+"
    r"(?:earliest|oldest|first))\b",
    re.I,
)


def events_to_order(q: Question) -> list[str]:
    """The events a question asks to put in order of time, as written; [] for others."""
    if not _ORDER_ASKED_RE.search(q.text):
        return []
    head, colon, tail = q.text.rpartition(":")
    m = _ORDER_ITEMS_RE.search(q.text)
    listing = tail if colon and len(tail.split()) >= 3 else (m and (m["items"] or m["items2"]))
    if not listing:
        return []
    parts = re.split(r"\s*[,;]\s*(?:and\s+|or\s+|then\s+)?|\s+(?:and|or|then)\s+", listing)
    items = [p.strip(" .?!") for p in parts if p.strip(" .?!")]
    items = [i for i in items if i.lower() not in {"these", "them", "the following"}]
    return items if len(items) >= 2 else []


def dated_series(
    q: Question, ranked: list[tuple[Evidence, float]], ctx: Context | None = None
) -> tuple[list[tuple[str, Evidence, Day]], list[str]]:
    """For "Put A, B and C in order": the events the sentences date, in order of their
    dates, each with its sentence and date; and the events none dates. ([], []) unless
    at least two are dated, on different dates."""
    named = events_to_order(q)
    found = [(e, _event_day(q, e, ranked, ctx)) for e in named]
    dated = [(e, d[0], d[1]) for e, d in found if d is not None]
    if len(dated) < 2 or len({(d.year, d.month, d.day) for _, _, d in dated}) < 2:
        return [], []
    dated.sort(key=lambda x: (x[2].year, x[2].month or part_month(x[1].text, x[2])))
    return dated, [e for e, d in found if d is None]


# the month a part of the year stands for ("the beginning of 2018": about January)
_PART_MONTHS = {"beginning": 1, "start": 1, "early": 2, "mid": 6, "middle": 6, "end": 12}
_PART_MONTHS |= {"late": 11}


def part_month(text: str, day: Day) -> int:
    """The month a sentence's part of the year stands for, or 0 when it gives none."""
    part = with_year_part(text, str(day.year)).lower()
    return next((m for w, m in _PART_MONTHS.items() if re.search(rf"\b{w}\b", part)), 0)


def order_asked(q: Question) -> tuple[str, str] | None:
    """The two events a "which came first" question names, as written; None for others."""
    m = _WHICH_FIRST_RE.match(q.text)
    return _sides(m) if m else None


def dated_pair(
    q: Question, ranked: list[tuple[Evidence, float]], ctx: Context | None = None
) -> tuple[tuple[Evidence, Day], tuple[Evidence, Day]] | None:
    """For "How many years between X and Y?": for each of X and Y, the closest sentence
    (in ranked order) saying most of its words and giving a date, with the date written
    nearest them; None unless both are found, as two dates."""
    m = _paired_dates(q)
    if not m:
        return None
    found = [_event_day(q, side, ranked, ctx) for side in _sides(m)]
    if found[0] is None or found[1] is None or found[0][1] == found[1][1]:
        return None
    return found[0], found[1]


# "Was X published before Y?", "Did X come after 2015?", "Did X precede Y?"
_TIMED_AGAINST_RE = re.compile(
    r"^(?:was|were|did|is|are|had|has|have)\s+(?P<a>.+?)\s+(?:(?P<either>before\s+or\s+after|"
    r"after\s+or\s+before|earlier\s+or\s+later)|(?P<before>before|earlier\s+than|"
    r"prior\s+to|ahead\s+of|precede[sd]?|older\s+than)|(?P<after>after|later\s+than|follow(?:s|ed)?|"
    r"newer\s+than|more\s+recent\s+than|younger\s+than))\s+"
    r"(?P<b>.+?)\W*$",
    re.I,
)
_EITHER_WHEN_RE = re.compile(r"\b(?:before\s+or\s+after|after\s+or\s+before)\b", re.I)
# a question in the past: what a sentence only expects does not settle it
_PAST_ASKED_RE = re.compile(r"^(?:was|were|did|had)\b", re.I)
# what a sentence expects ("most likely to be accepted", "will work"; not "their will to")
EXPECTS_RE = re.compile(
    r"\b(?:likely|expected|planned|intended|future|upcoming|would\s+\w+)\b|"
    r"(?<!their\s)(?<!its\s)(?<!the\s)\bwill\s+(?!to\b)\w+",
    re.I,
)


def timed_against(
    q: Question, ranked: list[tuple[Evidence, float]], ctx: Context
) -> tuple[str, tuple[Evidence, ...], tuple[tuple[str, Evidence, Day], ...]] | None:
    """For "Was X before Y?" (Y an event or a date): "yes" or "no" from the dates the
    sentences give each, with those sentences and each event named with its sentence
    and date (Y's only when an event); None when either is undated, both fall in
    the same year with no finer date to part them, or a past-tense question meets a date
    a sentence only expects ("most likely to be accepted at the beginning of 2018")."""
    m = _TIMED_AGAINST_RE.match(q.text)
    if not m or q.negative:
        return None
    first = _event_day(q, m.group("a"), ranked, ctx)
    if first is None:
        return None
    # "… before 2018?", "… after the end of 2017?": a date; "… after the crisis of 2011?":
    # an event, dated by the sentences (the year the reader gives it is checked elsewhere)
    given = dates(m.group("b")) if _only_a_date(m.group("b")) else []
    second = (first[0], given[0]) if given else _event_day(q, m.group("b"), ranked, ctx)
    if second is None:
        return None
    if _PAST_ASKED_RE.match(q.text) and any(
        EXPECTS_RE.search(strip_markers(ev.text)) for ev in {first[0], second[0]}
    ):
        return None
    one, other = first[1], second[1]
    # a part of the year stands for a month ("the beginning of 2018" / "the end of 2018")
    month_one = one.month or part_month(first[0].text, one)
    month_other = other.month or part_month(m.group("b") if given else second[0].text, other)
    reported = [  # the article is written after each past event it reports
        names_the_article(m.group(side)) and not given and not EXPECTS_RE.search(other_ev.text)
        for side, other_ev in (("a", second[0]), ("b", first[0]))
    ]
    if one.year != other.year:
        earlier = one.year < other.year
    elif month_one and month_other and month_one != month_other:
        earlier = month_one < month_other
    elif any(reported):  # "Was the article written before the 13 November Council?"
        earlier = reported[1]  # the article (after what it reports) is the second side
    else:
        return None
    answer = "yes" if earlier == bool(m.group("before")) else "no"
    if m.group("either"):  # "… before or after the crisis?": which, not whether
        answer = ""
    shown = (first[0],) if given or second[0] is first[0] else (first[0], second[0])
    events: tuple[tuple[str, Evidence, Day], ...] = ((_event_name(m.group("a")), *first),)
    if not given:
        events += ((_event_name(m.group("b")), *second),)
    return answer, shown, events


def _without_dates(text: str) -> str:
    """The text with each date it gives blanked out (the same length, so that what
    follows keeps its place): the words around the dates."""
    for _, _, start, end in date_mentions(text):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _only_a_date(text: str) -> bool:
    """Whether a phrase is a date and nothing else ("2018", "the end of 2017", "November
    2017"), not an event with its date ("the refugee crisis of 2011")."""
    found = date_mentions(text)
    if not found:
        return False
    return not [t for t in terms(_without_dates(text)) if t not in STOPWORDS | _DATE_FRAME]


_DATE_FRAME = frozenset(terms("year end beginning start early late mid middle month day"))


def _event_name(side: str) -> str:
    """An event as a question names it, without the verb it closes on ("the study
    published" -> "the study", "the meeting take place" -> "the meeting")."""
    ws = side.split()
    for _ in range(5):  # "the outcome expected to be seen" -> "the outcome"
        last = ws[-1].lower() if len(ws) > 1 else ""
        if last.endswith("ed") or last in _CLOSING_VERBS:
            ws = ws[:-1]
    return " ".join(ws)


_CLOSING_VERBS = frozenset(
    "come happen occur take place begin start made held set up out issued written done "
    "begun run seen be been being is are was were to both".split()
)


# what a note's document is and what it was: a reader's words for it
_DOCUMENT_TERMS = frozenset(
    terms("study paper report document publication published issued released written source")
)


# a year given as a bound ("after 2015", "since 2015", "before 2019"), read backwards
_BOUND_BEFORE_RE = re.compile(
    r"\b(?:after|since|from|beyond|before|until|till|prior\s+to|by)\s+(?:the\s+(?:end|"
    r"beginning|start|middle)\s+of\s+)?$",
    re.I,
)


def _event_day(
    q: Question, side: str, ranked: list[tuple[Evidence, float]], ctx: Context | None = None
) -> tuple[Evidence, Day] | None:
    """The date of an event a question names ("the ESDC study", "the refugee crisis"):
    the closest sentence (in ranked order) saying most of its words and giving a date,
    with the date written nearest them; None when none does."""
    if names_the_article(side):  # "… before the article was written?": its card's date
        return _article_day(ranked)
    numbered = re.search(r"\b(?:foot|end)?note\s*(\d{1,2})\b", side, re.I)
    if numbered:  # "the paper behind note 2": that note, dated as its document is
        for ev, _ in ranked:
            found = date_mentions(strip_markers(ev.text))
            if ev.sentence.role == "note" and ev.chunk.footnote == int(numbered.group(1)) and found:
                return ev, found[0][1]
    given = [d for d in dates(side) if d.day]
    if given:  # "the 13 November 2017 Council": the sentence giving that very day
        for ev, _ in ranked:
            if given[0] in dates(strip_markers(ev.text)):
                return ev, given[0]
    wanted = {t for t in terms(side) if t not in STOPWORDS | _HAPPEN_VERBS}
    # a name the reader abbreviates or spells out another way than the sentence ("ESDC")
    spelt = [w for w in words(side) if w[:1].isupper() and ctx and ctx.aliases.expansions(w)]
    # the names the event is of ("FRONTEX" in "FRONTEX was created"), each to be said
    own = [n for n in q.names if re.search(rf"\b{re.escape(n)}\b", side)]
    bare = bool(own) and wanted <= {t for n in own for t in terms(n)}
    best: tuple[float, Evidence, Day] | None = None
    for ev, _ in ranked:  # the best eight, and every dated sentence the answer adds
        plain_text = strip_markers(ev.text)
        # "launched after 2015": a bound on when, not the date of what is named
        mentions = [
            m for m in date_mentions(plain_text) if not _BOUND_BEFORE_RE.search(plain_text[: m[2]])
        ]
        if not wanted or not mentions:
            continue
        named = {t for w in spelt if ctx and ctx.aliases.names_all([w], ev.text) for t in terms(w)}
        if ctx and own and not ctx.aliases.names_all(own, _previous(ev) + " " + ev.text):
            continue  # "FRONTEX created": a sentence on another thing created is not its date
        # its words or the corpus's for them, a shared start counting ("acceptance")
        have = set(terms(ev.text)) | _said(q, ev.text) | named
        if ev.sentence.role == "note":  # a note cites a document, dated when it came out
            have |= _DOCUMENT_TERMS
        share = _found_share(sorted(wanted), have)
        if bare and _FOUNDING_VERBS & set(terms(ev.text)):
            share += 0.1  # "PESCO" alone: the sentence founding it dates it, not its plans
        if share >= 0.5 and (best is None or share > best[0]):
            low = fold(strip_markers(ev.text)).lower()
            # where its words stand, or the corpus's words for them ("results": outcome)
            said = [*wanted, *(w.lower() for w in expansions(side))]
            spots = [i for t in said for i in (low.find(t),) if i >= 0] or [0]
            best = (share, ev, _date_near(mentions, low, spots))
    return None if best is None else (best[1], best[2])


def listed_items(q: Question, text: str) -> list[str]:
    """For "How many measures are named?": the names a sentence lists for
    the noun counted, where it gives them as a list after it ("the most significant
    measures that were taken were A, B, C and D"), and no number of them; [] otherwise."""
    if q.kind != NUMBER or not q.counted or " " in q.counted.strip():
        return []
    plain = strip_markers(text).rstrip(" .”")
    m = re.search(
        rf"\b{re.escape(q.counted)}\w*\b(?:\s+[\w-]+){{0,5}}\s+(?:were|are|include|includes|"
        rf"included|including|is|was)\s+(?P<items>.+)$|\b{re.escape(q.counted)}\w*\s*:\s*(?P<colon>.+)$",
        plain,
        re.I,
    )
    if not m or _counts_something(text):
        return []
    # commas part the items, and the last "and" the last two ("the European Border and
    # Coast Guard Regulation, Smart Borders and EUROSUR": an "and" inside a name stays)
    parts = [i.strip() for i in re.split(r",\s*(?:and\s+)?", m.group("items") or m.group("colon"))]
    if all(re.match(r"[a-z]+ing\b", p) for p in parts):
        # "many tasks including monitoring A, monitoring B, coordinating and organising C
        # and deploying D": deeds, the last two parted by the "and" before a deed of
        # several words ("coordinating and organising" is one)
        last, start = [], 0
        for cut in re.finditer(r"\s+and\s+(?=[a-z]+ing\b)", parts[-1]):
            if len(parts[-1][start : cut.start()].split()) >= 2:
                last.append(parts[-1][start : cut.start()])
                start = cut.end()
        items = [i for i in [*parts[:-1], *last, parts[-1][start:]] if i]
        return items if len(items) >= 2 else []
    head, _, last_one = parts[-1].rpartition(" and ")
    items = [i for i in [*parts[:-1], head, last_one] if i]
    named = [i for i in items if re.match(r"(?:the\s+)?[A-Z]", i)]
    return items if len(items) >= 2 and len(named) == len(items) else []


def _date_near(mentions: list[tuple[str, Day, int, int]], low: str, spots: list[int]) -> Day:
    """The date written in the clause of the words at `spots`, else the nearest ("in 2018
    and see the outcome … at the beginning of 2019": the outcome's is 2019)."""
    breaks = [b.start() for b in _CLAUSE_BREAK_RE.finditer(low)]

    def clause(i: int) -> int:
        return sum(b < i for b in breaks)

    near = min(
        mentions,
        key=lambda d: (
            all(clause(d[2]) != clause(i) for i in spots),
            min(abs(d[2] - i) for i in spots),
        ),
    )
    return near[1]


def _gives_length(q: Question, text: str) -> bool:
    """Whether a question asks a length of time and the sentence gives one."""
    if q.kind != DATE or not _DURATION_ASKED_RE.search(q.text):
        return False
    plain = strip_markers(text)
    if _DURATION_RE.search(plain):
        return True
    since = _SINCE_RE.search(plain)
    named = [*q.names, *q.countries]
    if not since or not named:
        return False
    # "How long has Italy managed the route?" / "Since the crisis, Italy has been taking
    # over the management of the route, especially with X": the phrase and its clause
    # name what is asked of (not X, after the clause)
    parts = plain[since.start() :].split(",")
    fronted = not re.search(r"\b(?:has|have|had|is|are|was|were)\b", parts[0])
    clause = ",".join(parts[: 2 if fronted else 1]).lower()  # "Since X, Italy has …"
    return all(n.lower() in clause for n in named)


_NOUN_DETERMINERS = frozenset("the a an its their his her this that these those our your".split())


# a percentage given ("12 %", "twelve per cent"), or any share in words as well
_PERCENT_RE = re.compile(r"\d\s*%|\bper\s*cent\b|\bpercent(?:age)?\b", re.I)
_SHARE_RE = re.compile(
    rf"{_PERCENT_RE.pattern}|\b(?:half|halves|third|thirds|quarter|quarters|majority|minority|"
    r"almost all|nearly all|most of|all but|one in \w+)\b",
    re.I,
)


def _dated_verb(q: Question) -> str:
    """The verb a date question asks the date of, where it closes the question ("When
    were the projects cancelled?", "When did Triton end?"): a participle after "was",
    "were", "has"; a bare verb after "did"; "" when none (or a verb of happening)."""
    m = _DATED_VERB_RE.match(q.text)
    if not m:
        return ""
    verb, aux = m.group("verb"), m.group("aux").lower()
    if not verb.islower():
        return ""  # "… in the central Med?": a name closes it, not a verb
    if verb in STOPWORDS or stem(verb) in _HAPPEN_VERBS | _ONSET_VERBS:
        return ""  # "When did the crisis break out?": the date of the event itself
    if verb in {n.lower() for n in q.names}:
        return ""
    if aux in {"will", "would"} and not re.search(r"\bbe\s+\w+\W*$", q.text, re.I):
        return ""  # "When will PESCO work?" asks the event; "… be completed?" a deed
    if aux != "did" and not verb.endswith(("ed", "en", "t")):
        return ""  # "When was the report drafted?" ends on a participle; "… in 2015" not
    before = q.text[: m.start("verb")].split()
    if before and before[-1].lower() in _NOUN_DETERMINERS:
        return ""  # "When did the ESDC put out its paper?": a noun closes it, not a verb
    return verb


# A date question asking a finer time than a year: "which month", "the exact day"
_MONTH_ASKED_RE = re.compile(r"\b(?:which|what)\s+month\b", re.I)
_DAY_ASKED_RE = re.compile(
    r"\b(?:exact|precise|specific|actual)\s+(?:date|day)\b|\b(?:which|what)\s+day\b|"
    r"\bday and month\b",
    re.I,
)


def _grain_asked(q: Question) -> str:
    """ "day" or "month" when a date question asks a time that fine ("On what exact date
    …?", "In which month …?"); "" otherwise."""
    if _DAY_ASKED_RE.search(q.text):
        return "day"
    return "month" if _MONTH_ASKED_RE.search(q.text) else ""


# a question asking of a document, not of what it tells ("its paper", "the study")
DOCUMENT_ASKED_RE = re.compile(
    r"\b(?:paper|publication|report|study|document|press release|web ?page|booklet|handbook|"
    r"published|publish|put out|issued|brought out)\b",
    re.I,
)


def _meeting_noted(q: Question, anchors: list[str], ev: Evidence, ctx: Context) -> bool:
    """Whether a note dating a body ("Foreign Affairs Council, 13/11/2017") answers when
    that body met: a date question on the meeting of the body the note names."""
    if ev.sentence.role != "note" or q.kind != DATE or not _MEETING_TERMS & set(q.terms):
        return False
    # the body as named ("the Foreign Affairs Council"), or in lower case ("that council")
    body = [t for t in q.terms if t not in _MEETING_TERMS | _TYPE_TERMS]
    if not (_names_anchors(anchors, ev, ctx) if anchors else body):
        return False
    if not anchors and not set(body) <= set(terms(ev.text)):
        return False
    # the note names the body and a date, and no document title ("Migration - how …")
    plain = _without_dates(strip_markers(ev.text))
    rest = [w for w in words(plain) if w.lower() not in {"of", "and", "the", "on", "for"}]
    return bool(rest) and all(w[:1].isupper() for w in rest)


def _names_document(q: Question, anchors: list[str], ev: Evidence, ctx: Context) -> bool:
    """Whether a sentence is a note naming the document a question asks of: the question
    speaks of a document (its paper, published) and names what the note names ("the
    European Security and Defence College")."""
    if ev.sentence.role != "note" or not anchors or not DOCUMENT_ASKED_RE.search(q.text):
        return False
    return _names_anchors(anchors, ev, ctx)


def _date_unmet(q: Question, best: Evidence, done: str, grain: str, dated: bool) -> str:
    """Why the sentence best holding a date does not answer a date question, or "": it
    gives a point in time where a length is asked ("How long will the projects last?" /
    "accepted at the beginning of 2018"); the date of another event than the one the
    question closes on (`done`), told by no sentence holding a date (`dated` false: "When
    were the projects cancelled?"); or a coarser time than asked (`grain`: "In which
    month …?" / "at the beginning of 2019")."""
    if _DURATION_ASKED_RE.search(q.text) and not _gives_length(q, best.text):
        return "they give no length of time"
    if done and not dated:
        return f"they give no date for “{done}”"
    if grain and not _has_grain(grain, best.text):
        return f"they give no {grain}, only a coarser time"
    return ""


def _has_grain(grain: str, text: str) -> bool:
    """Whether a sentence gives a date as fine as asked (a month, or a day)."""
    found = dates(strip_markers(text))
    return any(d.day if grain == "day" else d.month for d in found)


# what a term's weight loses from one passage using it to two (the lexicon's idf)
_TWO_PASSAGES = math.log(2) + 0.01


# "Is X one of the (two) scenarios?", "Is one of the scenarios about X?"
_MEMBER_ASKED_RE = re.compile(
    r"^(?:is|was|are|were)\s+(?:(?P<x>.+?)\s+(?:one|among|part)\s+of\s+the\s+"
    r"(?:\w+\s+){0,2}?(?P<noun>\w+s)\b(?:\s+[\w-]+){0,4}?\W*$|one\s+of\s+the\s+(?:\w+\s+){0,2}?(?P<noun2>\w+s)\s+"
    r"(?:about|on|for|concerned with)\s+(?P<x2>.+?)\W*$)",
    re.I,
)


def list_membership(q: Question, evidence: list[Evidence]) -> tuple[str, Evidence] | None:
    """For "Is X one of the three options?": ("yes", the sentence) when a sentence at hand
    announces the scenarios and lists them in bullets and one of them says X (most of its
    words, none set against it: "external" for "internal"); ("no", the sentence) when none
    does. None when no sentence lists the things asked of."""
    m = _MEMBER_ASKED_RE.match(TRUTH_FRAME_RE.sub("", q.text).strip())
    if not m:
        return None
    x, noun = (m.group("x") or m.group("x2")), stem(m.group("noun") or m.group("noun2"))
    wanted = [t for t in terms(x) if t not in _POLAR]
    if not wanted:
        return None
    for ev in evidence:
        head, _, rest = strip_markers(ev.text).partition("•")
        if not rest or noun not in terms(head):
            continue
        for item in rest.split("•"):
            share = len(set(wanted) & set(terms(item))) / len(wanted)
            if share >= 0.6 and not opposed(x, item):
                return "yes", ev
        return "no", ev
    return None


def _decide_yes_no(
    q: Question,
    anchors: list[str],
    ranked: list[tuple[Evidence, float]],
    ctx: Context,
    about: Evidence,
    timed: tuple[str, tuple[Evidence, ...], tuple[tuple[str, Evidence, Day], ...]] | None = None,
) -> Decision:
    """Settle a yes/no question by the stance of the best sentence that addresses it
    (`timed`: what `timed_against` found for it, worked out once by the caller)."""
    listed = list_membership(q, [ev for ev, _ in ranked[:8]])
    if listed is not None:  # "Is X one of the three options?" / "three options: • …"
        answer, ev = listed
        return Decision(True, support=(ev,), about=ev, yes_no=answer)
    for ev, _ in ranked[:3]:  # "Is Triton an Italian navy mission?" / "Mare Nostrum, a
        if kind_of_another(q, ev.text):  # mission carried out by the Italian Marine"
            return Decision(True, support=(ev,), about=ev, yes_no="no")
    if _THROUGHOUT_RE.search(q.text) and not q.negative:
        # "Did Italy handle the route by itself the whole time?" / "… Mare Nostrum, … later
        # replaced by a mission of FRONTEX": what it did was handed on to another
        own = [*q.names, *(c.title() for c in q.countries)]
        for ev, _ in ranked[:3]:
            if own and _replaced_here(own, strip_markers(ev.text)):
                return Decision(True, support=(ev,), about=ev, yes_no="no")
    if timed is not None:  # "Was the study published before the Council met?": two dates
        answer, shown, events = timed  # no answer: "before or after?", the events say which
        return Decision(True, support=shown, about=shown[0], yes_no=answer, events=events)
    wanted = [t for t in q.terms if t not in _POLAR | _LIGHT_NOUNS | _HAPPEN_VERBS]
    # a count and its bound ("above ten", "fewer than thirty") are checked as values, not
    # looked for as words; "the number of" frames them
    counting = _count_terms(q)
    wanted = [t for t in wanted if t not in counting] or wanted
    best: tuple[float, Evidence, float, float] | None = None  # score, sentence, cosine, cover
    dated: list[tuple[float, Evidence, float, float]] = []  # those giving a year
    candidates = ranked[:6]
    settling = [(ev, sim) for ev, sim in ranked if _settles_country(q, ev)]
    if anchors:  # "Does Italy lead HARMSPRO?": a sentence on Italy, not HARMSPRO, settles none
        settling = [(ev, sim) for ev, sim in settling if _names_anchors(anchors, ev, ctx)]
    if settling:  # a question about a state: only a sentence naming states can settle it
        candidates = settling
    elif anchors:  # "Is X …?": a sentence about X settles it, where one is at hand; one
        # in a section headed by X's name is about X ("Current CSDP programs" / "The aim is …")
        candidates = [
            (e, sim)
            for e, sim in candidates
            if _names_anchors(anchors, e, ctx) or _heads_section(anchors, e, ctx)
        ] or candidates
    said_anywhere = {t for ev, _ in candidates for t in terms(ev.text)}
    rare = [
        t
        for t in wanted
        if t in ctx.vocabulary
        and ctx.weight(t) >= ctx.rarest - _TWO_PASSAGES
        and not numbers(t)
        and t not in _name_terms(q)
    ]
    notes = asks_about_notes(q.text)  # "Was the meeting footnote 1 cites held in …?"
    years = set(_YEARS_RE.findall(q.text))
    for ev, sim in candidates:
        # a note naming a document asserts nothing, except its document's own date and
        # maker, for a question naming what it names ("Did the Council meet on 13 …?")
        cites = bool(anchors) and _names_anchors(anchors, ev, ctx)
        naming = ev.sentence.role == "note" and not quotes(ev.text) and not (notes or cites)
        if ev.sentence.role == "heading" or naming:
            continue  # a heading names a topic, a note naming a document: they assert nothing
        cover = _coverage(wanted, ev, ctx, asked=q.text)
        score = sim + 0.5 * cover + (0.3 if _settles_country(q, ev) else 0.0)
        # the question's words the sentence before says, and it does not, count for less
        # ("… for hotspots. Likewise, CSDP's tools include …": the first speaks of hotspots)
        borrowed = set(terms(_previous(ev))) - set(terms(ev.text))
        total = sum(ctx.weight(t) for t in set(wanted))
        lent = sum(ctx.weight(t) for t in set(wanted) & borrowed)
        score -= 0.2 * lent / total if total else 0.0
        # the sentence saying what is asked of the subject ("adopted" / "accepted"), over
        # one saying its words elsewhere ("the outcome at the beginning of 2019")
        if not _KIND_ASKED_RE.match(q.text):  # "Is X a mission?": what X is, not its verbs
            score += 0.2 * _predicate_cover(q, ev, ctx)
        score -= 0.1 * _headline(ev)  # a bullet naming a point states less than a sentence
        score += 0.3 * _names_anchors(anchors, ev, ctx)
        # "Did every state join?": a sentence excepting some of them answers the "every"
        every_state = bool(_EVERY_STATE_RE.search(q.text))  # "Did every state sign up?"
        joining = (bool(set(q.terms) & _TAKING_PART) or every_state) and _all_but_some(q, ev)
        score += 0.3 * (joining and bool(_EXCEPTION_RE.search(ev.text)))
        # "Are fewer than five states staying out?": the sentence excepting states counts
        # those out; one counting states that signed counts others
        out_counted = bool(_bounds(q.text)) and bool(LEFT_OUT_RE.search(q.text) or q.negative)
        score += 0.4 * (out_counted and bool(_all_except(ev.text)))
        score -= 0.3 * graded(q.text, ev.text)  # silent on the quality asked ("obliged")
        # it says the opposite of a question word no sentence says ("achieved"/"early phase")
        score += 0.3 * bool(opposed(q.text, ev.text) - said_anywhere)
        # "… wait till early 2019?": the sentence giving the year asked, over one sharing
        # a plain word ("an early phase")
        # … and a sentence saying what is asked of it with another year settles it as well
        # ("adopted in early 2019?" / "accepted early in 2018")
        given = set(_YEARS_RE.findall(ev.text))
        predicate = _predicate_cover(q, ev, ctx)
        dates_it = bool(years and given) and predicate >= 0.5
        # (the year asked, said of something else: "the outcome … at the beginning of
        # 2018?" / "projects … accepted at the beginning of 2018" weighs as a plain word)
        score += _YEAR_WEIGHT * (bool(years & given) or dates_it)
        # the words of the question only one or two passages use ("the outcome … seen?"):
        # the sentence saying them tells the event asked, whatever year it gives
        if rare and years:  # ("… seen at the beginning of 2018?": the outcome's sentence)
            score += 0.3 * sum(t in _said(q, ev.text) for t in rare) / len(rare)
        # "Did 23 member states sign up?": a sentence counting the same things settles it
        score += _YEAR_WEIGHT * counts_same(q, ev.text)
        if best is None or score > best[0]:
            best = (score, ev, sim, cover)
        if years and _YEARS_RE.search(ev.text):
            dated.append((score, ev, sim, cover))
    if best is None:
        return Decision(False, "no passage addresses the question", about=about)
    passage = [d for d in dated if d[1].chunk.id == best[1].chunk.id]
    if passage and not _YEARS_RE.search(best[1].text):
        # "… hold off till 2020 before judging?" / "at an early phase. Thus, … see the outcome at
        # the beginning of 2019": the passage's sentence giving a year settles the year
        top = max(passage, key=lambda d: d[0])  # addressed as closely as its passage is
        best = (top[0], top[1], max(top[2], best[2]), max(top[3], best[3]))
    _, ev, sim, cover = best
    day = _note_day(q, ev.text) if ev.sentence.role == "note" else ""
    if day and _names_anchors(anchors, ev, ctx):  # "Did the Council meet on 13 Nov 2017?"
        return Decision(True, support=(ev,), about=ev, yes_no=day)  # / "…, 13/11/2017"
    if cover < 0.34 and sim < 0.5 and not _settles_country(q, ev):
        # "Is EUROSUR a naval mission?" / "EUROSUR is the information-exchange framework":
        # a sentence saying what the subject is, of another kind, denies it in its own words
        kind = [e for e, _ in candidates if anchors and _names_anchors(anchors, e, ctx)]
        kind = [e for e in kind if not q.negative and other_kind(q, e.text)]
        if kind:
            return Decision(True, support=(kind[0],), about=kind[0], yes_no="no")
        return Decision(False, "no passage addresses the question", about=about)
    if q.countries and anchors and not settling:  # "Does Italy lead HARMSPRO?"
        other = _other_state(q, anchors, candidates, ctx)
        if other is not None:  # "Does Spain manage the route?" / "Italy … the management"
            return Decision(
                True, support=(other,), about=other, yes_no="yes" if q.negative else "no"
            )
        states = [c.title() for c in q.countries if c not in {a.lower() for a in anchors}]
        together = _quote([*states, *anchors])
        return Decision(False, f"no passage speaks of {together} together", about=ev)
    cause = _asked_cause(q)
    if cause:  # "Did X end Y because it cost too much?" asks the reason: it must be said
        said = [t for t in terms(cause.group(1)) if t not in _name_terms(q)]
        if said and not any(_coverage(said, e, asked=q.text) > 0.5 for e, _ in candidates):
            return Decision(False, "they give no such reason", about=ev)
    if _WHY_EMBEDDED_RE.search(q.text) and not any(
        (states_reason(e.text) or _CAUSE_WORDS_RE.search(e.text))
        and _names_anchors(anchors, e, ctx)
        for e, _ in candidates
    ):  # "Did Malta explain why it stays out?": a reason must be said
        return Decision(False, "they give no reason for it", about=ev)
    if _PLANS_ASKED_RE.search(q.text) and not any(
        _FUTURE_RE.search(strip_markers(e.text)) and _names_anchors(anchors, e, ctx)
        for e, _ in candidates
    ):  # "Is Denmark planning to join later?": a sentence of its plans must say them
        return Decision(False, "they say nothing of plans or of what comes later", about=ev)
    if _LATER_ASKED_RE.search(q.text) and not any(
        _LATER_RE.search(strip_markers(_previous(e) + " " + e.text))
        and (_names_anchors(anchors, e, ctx) or set(q.countries) & countries(e.text))
        for e, _ in candidates
    ):  # "Did Denmark eventually opt in?": a sentence of its own time says nothing later
        return Decision(False, "they say nothing of what came later", about=ev)
    if _asks_asking(q) and not any(
        _ASKING_RE.search(strip_markers(e.text)) for e, _ in candidates
    ):  # "Did Italy ask for X to be replaced?": no sentence says anyone asked for anything
        return Decision(False, "they say nothing of anyone asking for it", about=ev)
    if not q.negative and replaced_by_other(q, ev.text):
        # "replaced by an Italian coast guard mission?" / "replaced a mission of the EU
        # agency FRONTEX called Triton": the successor is another
        return Decision(True, support=(ev,), about=ev, yes_no="no")
    order = succession_order(q, anchors, ev.text)
    if _DURATION_RE.search(q.text) and not _DURATION_RE.search(strip_markers(ev.text)):
        order = None  # "Did X run for two years before Y?": how long is not said
    if _TIME_ASKED_RE.search(q.text) and not dates(_previous(ev) + " " + ev.text):
        order = None  # "Did Y replace X in 2017?": the succession is told, not its year
    sides = _TIMED_AGAINST_RE.match(q.text)
    deed = sides.group("a").split()[-1] if sides else ""
    dated_other = bool(sides and dates(sides.group("b")))  # "… of 2015?"
    if (
        dated_other
        and deed.endswith("ed")
        and stem(deed) not in _said(q, _previous(ev) + " " + ev.text)
    ):
        order = None  # "Was FRONTEX created before the crisis?" / "Since the crisis, … the
        # agency FRONTEX": its creation is not told, only that it acted after
    if order is not None and _EITHER_WHEN_RE.search(q.text):
        # "Was X before or after Y?" / "X, later replaced by Y": which, not whether
        return Decision(True, support=(ev,), about=ev, yes_no="before" if order else "after")
    if order is not None:  # "Did X come before Y?" / "X, later replaced by Y": settled
        answer = "yes" if order != q.negative else "no"
        return Decision(True, support=(ev,), about=ev, yes_no=answer)
    alone = only_verdict(q, ev.text)
    if alone:  # "only through airports?" / "through frontline states and airports"
        return Decision(True, support=(ev,), about=ev, yes_no=alone)
    left_out = excepted_count(q, ev.text)
    if left_out is not None:  # "Are fewer than five states staying out?" / "all except A, B, C"
        return Decision(True, support=(ev,), about=ev, yes_no="yes" if left_out else "no")
    if split_states(q, ev.text) and not _state_clauses(q):
        # "Are Ireland and Malta outside?" / "all except the UK, Denmark and Malta": one is
        # out, the other in; the two do not share what is asked of them together
        return Decision(True, support=(ev,), about=ev, yes_no="no")
    aside = set_aside(q, ev.text)
    if aside is not None:  # "Apart from the UK, is every state in?" / "all except A, B, C"
        return Decision(True, support=(ev,), about=ev, yes_no="yes" if aside else "no")
    answer = _verdict(q, anchors, ev, sim, wanted, cause, ctx)
    named = None if answer else _named_year(q, wanted, ranked)
    if named is not None:  # "Did the crisis break out in 2013?" / "the crisis of 2015"
        found, same = named
        return Decision(True, support=(found,), about=found, yes_no="yes" if same else "no")
    if not answer and part_of_said(q, ev.text):  # "Is X part of Y?" / "X is a specific Y …"
        answer = "yes"
    if answer in {"yes", ""} and expected_only(q, ev.text, _predicate(q, anchors)):
        if _ALREADY_RE.search(q.text):  # "Had X already been adopted?" / "X is likely to
            return Decision(True, support=(ev,), about=ev, yes_no="no")  # be accepted": not yet
        # "Has X cut smuggling?" / "X could be used to detect smuggling": a possibility,
        # or a plan, is no result
        return Decision(False, "they say only what could happen, not that it did", about=ev)
    foreign = _closing_word(q) if answer == "yes" else ""
    if foreign and _asked_word_unknown(foreign, q, _previous(ev) + " " + ev.text, ctx):
        # "Will PESCO create a European army?" / "… expressed their will to create PESCO":
        # the thing asked of is a word the sources never use, in any words
        return Decision(False, f"they say nothing of {_quote([foreign])}", about=ev)
    if answer == "yes" and only_past(q, ev.text):
        # "Is X still going on?" / "Y was later replaced by X": what was, not what still is
        return Decision(False, "they say what was, not whether it still is", about=ev)
    unsaid = "" if answer else unsaid_object(q, ev, ctx)
    if unsaid and _coverage([t for t in wanted if t != stem(unsaid)], ev, ctx, q.text) >= 0.5:
        # "Does X use drones?": the sentence says the rest of it, and nothing of the thing
        # asked of, nor anything near it in meaning
        return Decision(False, f"they say nothing of {_quote([unsaid])}", about=ev)
    claims = _state_clauses(q)
    if claims and _settles_country(q, ev):  # "Is A in, while B stays out?": both must hold
        held = [sentence_stance(c, ev.text) for c in claims]
        truths = [None if h is None else h != c.negative for h, c in zip(held, claims, strict=True)]
        answer = "no" if False in truths else "yes" if all(truths) else ""
    return Decision(True, support=(*_dated_by(q, ev, ranked), ev), about=ev, yes_no=answer)


# A question asking whether something goes on at the time of asking ("still", "to this day")
_STILL_ASKED_RE = re.compile(
    r"\b(?:still|any ?more|any longer|to this day|nowadays|these days|currently|ongoing)\b", re.I
)
# what makes a clause speak of a state that holds, not of an event that was
_HOLDS_RE = re.compile(
    r"\b(?:is|are|am|remains?|continues?|continuing|ongoing|still|currently|now|today|has|"
    r"have|since)\b",
    re.I,
)


def only_past(q: Question, text: str) -> bool:
    """Whether a question asking if something still holds ("Is X still going on?") meets
    a sentence that names X only in clauses telling what was ("Y was later replaced by
    X"): the sentence does not say it holds at its own time, let alone after."""
    if not q.names or not _STILL_ASKED_RE.search(q.text):
        return False
    clauses = [c for c in re.split(r"[,;:•]", strip_markers(text)) if c.strip()]
    naming = [c for c in clauses if any(_names_focus(n, c) for n in q.names)]
    return bool(naming) and not any(_HOLDS_RE.search(c) for c in naming)


def _same_day(q: Question, text: str) -> bool:
    """Whether a sentence gives the very day a question dates its event to (the day, not
    just the month or year): "on 2 May 2019?" / "Council of Vienna, 02/05/2019"."""
    asked = [d for d in dates(q.text) if d.day]
    return bool(asked) and any(d in asked for d in dates(strip_markers(text)) if d.day)


def _note_day(q: Question, text: str) -> str:
    """For a question dating what a note names to the day ("Did the Council meet on 13
    Nov 2017?"), the note's own day settles it ("Foreign Affairs Council, 13/11/2017"):
    "yes" when it is that day, "no" when another; "" when either gives no day."""
    asked = [d for d in dates(q.text) if d.day]
    said = [d for d in dates(strip_markers(text)) if d.day]
    if not asked or not said:
        return ""
    named = {t for n in q.names for t in terms(n)} | set(terms(text))
    rest = {t for t in q.terms if t not in named and not numbers(t) and t not in _MONTHS}
    if rest - _MEETING_TERMS:  # "Was the decision on 13 Nov taken unanimously?": more asked
        return ""
    return "yes" if any(a == d for a in asked for d in said) else "no"


# what a question asking only when something met or happened says besides its names
_MEETING_TERMS = frozenset(
    terms(
        "meet meets met meeting held hold holds take takes took taken place happen happened "
        "convene convened gather gathered session sit sat date dated day occur occurred really"
    )
)


# "Is X part of Y?", "Does X belong to Y?", "X is a part of Y, yes?"
_PART_OF_RE = re.compile(
    r"^\W*(?:(?i:is|was|does|did)\s+)?(?:the\s+)?(?P<x>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*)\s+"
    r"(?:(?i:is|was)\s+)?(?:(?:a|one)\s+)?(?:part of|belong(?:s)? to|fall(?:s)? (?:under|within)|"
    r"come(?:s)? under|sit(?:s)? (?:under|within)|a component of|an element of|"
    r"one of the tools of)\s+(?:the\s+)?(?P<y>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*)\W*$"
)


def part_of_said(q: Question, text: str) -> bool:
    """Whether a sentence says X is one of Y's kind ("X is a specific Y mechanism", "X, a
    Y tool") for "Is X part of Y?": being a Y thing is being part of Y."""
    m = _PART_OF_RE.match(TRUTH_FRAME_RE.sub("", q.text))
    if not m:
        return False
    x, y = (re.escape(m.group(g)) for g in ("x", "y"))
    return bool(
        re.search(rf"\b{x}\b(?:\s+is|,)\s+(?:a|an|one)\s+(?:[a-z]+\s+){{0,2}}{y}\b", text, re.I)
    )


# A question asking whether something happened or was achieved ("Has X cut …?", "Did X
# reduce …?"), not what could be or what someone says
_HAPPENED_ASKED_RE = re.compile(
    r"^\W*(?:has|have|did|had)\b|\b(?:has|have|had)\s+(?:\w+ly\s+|already\s+)?\w+(?:ed|en)\b",
    re.I,
)
_POSSIBLE_ASKED_RE = re.compile(  # besides _AHEAD_RE's words of expectation: saying, trying
    r"\b(?:can|aim\w*|potential\w*|possib\w*|say|says|said|argu\w*|think|thinks|thought|"
    r"claim\w*|mention\w*|envisag\w*|seek\w*|tr(?:y|ies|ied)|design\w*|set up to)\b",
    re.I,
)
# what makes a sentence's verb a possibility or a plan: a modal or "expected/likely to"
_POSSIBLE_SAID_RE = re.compile(
    r"\b(?:could|would|might|may|can|will|should|shall|(?:aims?|expected|likely|intended|meant|"
    r"designed|planned|going) to)\b",
    re.I,
)


def expected_only(q: Question, text: str, predicate: Iterable[str] = ()) -> bool:
    """Whether a question asking whether something happened ("Has X cut smuggling?",
    "Were they approved?", "Does it say they have been adopted?") is met by a sentence
    saying only that it could, should or is expected to happen ("X could be used to
    detect smuggling", "most likely to be accepted"): a word of the question's own, or of
    its predicate, in the ten words after a modal or a word of expectation, in the same
    clause. A question asking the possibility or the plan itself is not."""
    asked = TRUTH_FRAME_RE.sub("", q.text)
    reported = _REPORTED_PAST_RE.search(asked)  # "Does it say X has been approved?"
    if not (_HAPPENED_ASKED_RE.search(asked) or _PAST_RE.match(asked) or reported):
        return False
    if _AHEAD_RE.search(asked) or _EXPECTED_RE.search(asked):
        return False  # "Were they expected to be accepted?" asks the expectation itself
    if not reported and _POSSIBLE_ASKED_RE.search(asked):
        return False  # "Did the writer say X could …?"
    named = _name_terms(q)
    wanted = {t for t in q.terms if t not in _POLAR} | set(predicate)
    wanted = (wanted | {t for c in expansions(q.text) for t in terms(c)}) - named
    for clause in re.split(r"[,;:•]", strip_markers(text)):
        for m in _POSSIBLE_SAID_RE.finditer(clause):
            before = clause[: m.start()].split()[-1:]
            if m.group(0).lower() == "will" and before and before[0].lower() in _DETERMINERS:
                continue  # "by their own will": a noun, no modal
            if m.group(0).lower() == "may" and re.match(r"\s+\d", clause[m.end() :]):
                continue  # "May 2021": a month
            window = " ".join(words(clause[m.end() :])[:10])
            have = set(terms(window))
            if (have | said_terms(q.text, window, have)) & wanted:  # "adopted" / "accepted"
                return True
    return False


def _dated_by(q: Question, ev: Evidence, ranked: list[tuple[Evidence, float]]) -> list[Evidence]:
    """For a yes/no question asking a time ("… in November 2017?"), the sentence before
    that gives the date the answering sentence lacks ("In November 2017, states expressed
    their will …" / "Twenty-Five states have signed …"): cited with it, so the date the
    verdict rests on is shown."""
    if not dates(q.text) or dates(strip_markers(ev.text)):
        return []
    before = " ".join(strip_markers(_previous(ev)).split())
    if not before or not dates(before):
        return []
    return [e for e, _ in ranked if " ".join(strip_markers(e.text).split()) == before][:1]


# A yes/no question asking when something happened: a time adverbial with a year ("in
# 2013", "by the end of 2018"), not a year naming a thing ("the 2015 crisis")
_TIME_ASKED_RE = re.compile(
    r"\b(?:in|during|by|before|after|since|until|on|around|at the (?:beginning|start|end) of)"
    r"\s+(?:(?:early|late|mid|\w+ \d{1,2},?|\d{1,2} \w+)\s+)?(?:19|20)\d\d\b",
    re.I,
)


# A thing named by its year: "the Refugee crisis of 2015", "the 2015 crisis"
_NAMED_YEAR_RE = re.compile(
    r"((?:[A-Za-z][\w-]*\s+){1,3})of\s+((?:19|20)\d\d)\b|\b((?:19|20)\d\d)((?:\s+[A-Za-z][\w-]*){1,3})"
)


# a count the question states and the noun it counts ("23 member states")
_STATED_COUNT_RE = re.compile(r"\b(\d+|[a-z]+-[a-z]+|[a-z]+)\s+([a-z]+(?:\s+[a-z]+)?)", re.I)


# "How many member states are there in the EU?", "… does the EU have?": its size
_UNION_SIZE_RE = re.compile(
    r"\bhow\s+(?:many|much)\s+(?:eu\s+)?(?:member\s+)?(?:states|countries|members)\s+"
    r"(?:are\s+there(?:\s+in\s+(?:the\s+)?(?:eu|european\s+union|union))?|(?:are|were)\s+in\s+"
    r"(?:the\s+)?(?:eu|european\s+union|union)|(?:does|did|has)\s+the\s+(?:eu|european\s+union|"
    r"union)(?:\s+have)?)\b(?!.*\b(?:sign|join|particip|take|taking|stay|out|pesco)\w*)",
    re.I,
)
# "every EU member state", "all the countries": the whole union asked of
_EVERY_STATE_RE = re.compile(
    r"\b(?:every|all(?:\s+the)?|each)\s+(?:(?:eu|european|single)\s+)*(?:member\s+)?"
    r"(?:states?|countries|country|nations?|members?)\b",
    re.I,
)


def _fewer_than_all(q: Question, text: str) -> bool:
    """Whether a question asks something of every member state and the sentence counts
    fewer states than the union had ("Did every member state sign?" / "Twenty-Five
    Member States … signed": 25 of 28)."""
    if not _EVERY_STATE_RE.search(q.text):
        return False
    for m in _STATED_COUNT_RE.finditer(strip_markers(text)):
        value = numbers(m.group(1))
        if not value or _YEARS_RE.fullmatch(m.group(1)):
            continue
        if _STATE_NOUNS & set(terms(m.group(2))) and max(value) < len(EU_2017):
            return True
    return False


def counts_same(q: Question, text: str) -> bool:
    """Whether a yes/no question states a count of something ("23 member states") and
    the sentence gives a count (another year is no count) of the same thing."""
    plain = strip_markers(text)
    for m in _STATED_COUNT_RE.finditer(q.text):
        value = numbers(m.group(1))
        if not value or _YEARS_RE.fullmatch(m.group(1)):
            continue
        # the two words after the count, or the first alone ("25 states sign up")
        nouns = [
            [t for t in terms(w) if t not in STOPWORDS] for w in (m.group(2), m.group(2).split()[0])
        ]
        for said in _STATED_COUNT_RE.finditer(plain):
            if not numbers(said.group(1)) or _YEARS_RE.fullmatch(said.group(1)):
                continue
            if any(noun and set(noun) <= set(terms(said.group(2))) for noun in nouns):
                return True
    return False


def _named_year(
    q: Question, wanted: list[str], ranked: list[tuple[Evidence, float]]
) -> tuple[Evidence, bool] | None:
    """For "Did the refugee crisis break out in 2013?" when the sentence that says it
    gives no date: a sentence naming the thing asked about by its year ("the Refugee
    crisis of 2015") dates it; (that sentence, whether its year is the one asked).
    The name, two words or more, must be the question's subject: its first words.
    None when no sentence names it so."""
    asked = _TIME_ASKED_RE.search(q.text)
    if not asked or q.negative:
        return None
    year = asked.group(0)[-4:]
    subject = [t for t in wanted if not numbers(t)]
    for ev, _ in ranked:
        if ev.sentence.role == "note":
            continue
        for m in _NAMED_YEAR_RE.finditer(strip_markers(ev.text)):
            name = set(terms(m.group(1) or m.group(4) or ""))
            if len(name) >= 2 and set(subject[: len(name)]) == name:
                return ev, (m.group(2) or m.group(3)) == year
    return None


def _other_state(
    q: Question, anchors: list[str], candidates: list[tuple[Evidence, float]], ctx: Context
) -> Evidence | None:
    """For "Does Spain manage the route?": a sentence on what it asks about (its anchors,
    most of its predicate) that names another state and none of the question's: that
    state does it, so the one asked about is denied. None when no sentence says so."""
    for ev, _ in candidates:
        said = countries(ev.text)
        if not said or said & set(q.countries) or not _names_anchors(anchors, ev, ctx):
            continue
        if _predicate_cover(q, ev, ctx) >= 0.5 and not _EXCEPTION_RE.search(ev.text):
            return ev
    return None


def _kind_words(q: Question, ctx: Context) -> tuple[tuple[str, str], ...]:
    """The question's words (term, as written) that the sources write before the same
    noun ("frontline member state"): a kind of thing they name, not a reader's word met
    by chance ("people-smuggling" / "of goods and of people"). Worked out once per
    question: each candidate sentence of a yes/no question asks it again."""
    return _kind_words_in(q.text, ctx.lowered_text)


@lru_cache(maxsize=64)
def _kind_words_in(question: str, lowered_text: str) -> tuple[tuple[str, str], ...]:
    ws = [w.lower() for w in words(question)]
    return tuple(
        (stem(w), w)
        for w, head in zip(ws, ws[1:], strict=False)
        if not w.endswith(("ed", "ing"))  # "carried out": a verb, no kind of thing
        and head not in STOPWORDS
        and not numbers(head)  # "early 2018": a time, checked as one
        and w not in _YEAR_PART_WORDS
        and re.search(rf"\b{re.escape(w)} {re.escape(head[:3])}", lowered_text)
    )


def rare_unsaid(q: Question, ev: Evidence, ctx: Context) -> list[str]:
    """The question's words that only one or two passages use and that the sentence (or
    the one before) does not say, in its words or the corpus's: what a Yes would affirm
    without the sentence saying it."""
    named = _name_terms(q)
    said = _said(q, ev.chunk.text)  # its passage: "… (X). This is only one the initial list"
    # said of the thing asked as what it is ("Is Italy a frontline state?", "one of the
    # frontline states"), not the name of what is asked of ("the river pact")
    phrased = {
        t
        for t, w in _kind_words(q, ctx)
        if re.search(
            rf"\b(?:an?|(?:one|any|none|some)\s+of\s+the|among\s+the)\s+(?:\w+\s+)?{re.escape(w)}\b",
            q.text,
            re.I,
        )
    }
    return [
        t
        for t in q.terms
        if t in phrased
        and t in ctx.vocabulary
        and ctx.weight(t) >= ctx.rarest - _TWO_PASSAGES
        and t not in named
        and t not in _POLAR | _LIGHT_NOUNS | _LIGHT_VERBS | _RELATION_NOUNS
        and not numbers(t)
        and t not in said
    ]


_YEAR_PART_WORDS = frozenset("early late mid beginning end start middle".split())
# nouns that frame a relation rather than name a thing ("part of", "example of")
_RELATION_NOUNS = frozenset(
    stem(w)
    for w in "part parts example examples element elements piece member one ones kind type".split()
)


def _verdict(
    q: Question,
    anchors: list[str],
    ev: Evidence,
    sim: float,
    wanted: list[str],
    cause: re.Match[str] | None,
    ctx: Context,
) -> str:
    """The sentence's answer to a yes/no question: "yes", "no", or "" (no verdict) when
    it shares too little of the question's words or a rule finds it says less or other
    than asked. Each rule names the class of question it serves."""
    unshared = without_shared_negation(q.text, ev.text) if q.negative else None
    if unshared is not None:  # "… say not much has been done?" / "not much has been done"
        q = replace(q, text=unshared[0], negative=False)
        ev = replace(ev, text=unshared[1])
    stance = sentence_stance(q, ev.text)
    weighted = _coverage(wanted, ev, ctx, q.text)
    # a close negated sentence denies in other words, if it says some of what is asked
    denies = stance is False and not q.negative and sim >= _CLOSE_DENIAL and weighted >= 0.2
    # … but not of a predicate it never speaks to ("Will PESCO fail?" / "not much has
    # been done yet": failing is not said, nor denied)
    denies = denies and _predicate_cover(q, ev, ctx) > 0
    # an affirming sentence saying half of what is asked, and half its predicate, shares it
    half = stance is True and weighted >= 0.5 and _predicate_cover(q, ev, ctx) >= 0.5
    # a close affirming sentence saying much of what is asked in its own words shares it
    # ("push the EU to change how it deals with migration" / "a more comprehensive
    # approach was adopted on managing migration")
    close = stance is True and sim >= _CLOSE_AFFIRMING and weighted >= 0.4
    shared = weighted >= 0.59 or half or close
    if not _names_country(q, ev) and not q.countries and not shared and not denies:
        stance = None  # the sentence does not share the question's predicate: no verdict
    passive = _BY_AGENT_RE.search(q.text)  # "Is X funded by Y?": "funded" is what is asked
    if stance and passive and _coverage(terms(passive.group(1)), ev, asked=q.text) < 1:
        stance = None  # a sentence naming X and Y but not the funding does not say it
    if stance and _TIME_ASKED_RE.search(q.text) and not dates(_previous(ev) + " " + ev.text):
        stance = None  # "Did the crisis break out in 2013?" / "Since the eruption of the crisis"
    about = _names_anchors(anchors, ev, ctx) or _heads_section(anchors, ev, ctx)
    subject = _copular_subject(q)
    if subject and not ctx.aliases.names_all([subject], _previous(ev) + " " + ev.text):
        about = False  # "Is PESCO a Frontex mission?" / "a mission of … FRONTEX called Triton":
        # what is said is said of another thing than the one asked of
    if not about or not _has_numbers(q, ev):
        stance = None  # "Is Triton a PESCO project?" against a sentence without Triton
    if stance and cause and not (states_reason(ev.text) or _CAUSE_WORDS_RE.search(ev.text)):
        stance = None  # the sentence names the cause but does not make it one
    if stance and graded(q.text, ev.text):
        stance = None  # "Are states obliged to take part?" / "almost all take part"
    opposite = opposed(q.text, ev.text)  # "compulsory?" / "join voluntarily"
    # "up to each country rather than forced?" / "join voluntarily": the side set against
    # what is asked, denied, affirms it when nothing else settles it
    affirmed = (
        stance is not False
        and not opposite
        and _names_anchors(anchors, ev, ctx)
        and bool(contrasted(q.text, ev.text))
    )
    if reversed_time(q.text, ev.text):  # "before the crisis?" / "after the crisis"
        opposite = opposite | {"before"}
    if stance is not False and _names_anchors(anchors, ev, ctx) and not q.countries:
        # the sentence says what the question asks with another value, makes the one
        # thing asked about one of several, excepts some of what the question says all
        # of, or says the opposite of the question's word:
        # it denies the question as asked
        rest = [t for t in wanted if not t.isdigit() and not numbers(t) and t not in _MONTHS]
        if asks_about_notes(q.text):  # "the meeting cited in footnote 1": words of the note
            rest = [t for t in rest if t not in _NOTE_TERMS] or rest
        if _coverage(rest, ev, asked=q.text) >= 0.5 and (
            _other_value(q, ev, ctx)
            or _one_of_several(q, ev)
            or _all_but_some(q, ev)
            or _fewer_than_all(q, ev.text)
            or opposite
            or rival_modifier(q, ev.text, ctx)
            or dated_otherwise(q, ev.text)
        ):
            stance = False
    if stance is not False and season_fit(q.text, _previous(ev) + " " + ev.text) is False:
        stance = False  # "in the spring of 2017?" / "In November 2017, …": another season
    if stance and _said_in_other_names(q, ev.text):
        stance = None  # "Is X a border guard force?" / "… X, the European Border and Coast
        # Guard Regulation, …": the words asked are another name's, said of nothing
    if stance and other_purpose(q, ev.text):
        stance = False  # "Is the main objective of X to stop migration?" / "with the main
        # objective of creating the conditions for economic growth": another purpose
    if stance and _DURATION_RE.search(q.text) and not _DURATION_RE.search(strip_markers(ev.text)):
        stance = None  # "Did X run for two years?" / a sentence giving no length of time
    if stance and unsaid_verb(q, ev.text):
        stance = None  # "Does the author criticise X?" / a sentence telling X, judging nothing
    if stance and only_required(q, ev.text):
        stance = None  # "Is X supported by Y?" / "X has to be supported by Y": a need, not a fact
    if stance and other_doer(q, ev.text) and not _EXCLUSIVE_RE.search(q.text):
        stance = False  # "Did Frontex run Mare Nostrum?" / "carried out by the Italian Marine"
        # ("Is X the only mission Frontex ran?" asks whether it ran others: not settled)
    if stance is not False and _names_anchors(anchors, ev, ctx) and other_kind(q, ev.text):
        stance = False  # "Is X a mission?" / "X is the information-exchange framework"
    if (
        stance is not False
        and _names_anchors(anchors, ev, ctx)
        and one_of_its_kind(q, ev.text, ev.chunk.text)
    ):
        stance = False  # "Is X the only project …?" / "One of the projects is X"
    if stance and opposite:
        stance = None  # it says the opposite of a question word: never a Yes
    every = _ALL_OF_RE.search(q.text) or _THROUGHOUT_RE.search(q.text)
    if stance and every and not _UNIVERSAL_RE.search(strip_markers(ev.text)):
        stance = None  # "Are all 17 projects about migration?": a sentence on the 17 projects
        # that says nothing of every one of them affirms it of none in particular
    slot = slot_rival(q, ev.text, ctx) if stance else None
    if slot is not None and slot[1] < _SAME_WORD:
        stance = None  # "smuggling of cargo?" / "of goods": near, not the same: no Yes
    if stance is not None and rare_unsaid(q, ev, ctx):
        stance = None  # "Is Italy a frontline state?" / a sentence on Italy's route: a word
        # one or two passages use, said of other things there, is neither affirmed nor
        # denied of it here ("Is Malta a frontline state?" / "all take part except Malta")
    if stance and (unsaid_words(q, ev, ctx) or unsaid_object(q, ev, ctx)):
        # "capacity building for detention centres?" / "for hotspots": a word the sources
        # never use, nor anything near it in meaning, is not affirmed: no Yes
        stance = None
    if stance and _across_succession(_framed(q, anchors), ev.text):
        # "X, later replaced by Y's mission": Y's traits are not X's, so "Was X Y's?" is
        # denied; a question about the succession itself is not settled by the stance.
        # Only a trait the sentence states: "Was X paid for by Y?" is not denied by it.
        trait = [t for t in wanted if t not in _name_terms(q)]
        if _ORDER_RE.search(q.text):
            stance = _same_succession(q, anchors, ev.text)
        else:  # most of what the question says of them, stated
            stance = False if _coverage(trait, ev, asked=q.text) > 0.5 else None
    if stance is not None and _EXCEPTION_RE.search(ev.text) and unsaid_predicate(q, ev, ctx):
        stance = None  # "Did Malta veto a project?" / "all except Malta": no word of vetoing
    if stance and _asks_asking(q) and not _ASKING_RE.search(_previous(ev) + " " + ev.text):
        stance = None  # "Did Italy ask for X to be replaced?" / "X was later replaced": who
        # asked for it is not said
    if stance and not _EXCEPTION_RE.search(ev.text) and _predicate_cover(q, ev, ctx) < 0.34:
        stance = None  # "Did Italy ask others for help with X?" / "Italy ran X": names only
    if stance is not None and _LATER_RE.search(q.text) and not _LATER_RE.search(ev.text):
        stance = None  # "Did Malta join later?": a sentence of its time says nothing later
    if _ALTERNATIVE_RE.search(q.text) and not _shares_choice(q.text, ev.text):
        stance = None  # "is it running or only proposed?" asks which, not whether
    if stance and _EXCLUSIVE_RE.search(q.text) and not _EXCLUSIVE_RE.search(strip_markers(ev.text)):
        stance = None  # "Is X the only way to Y?" / "X could help Y": one way, not the only
    if stance is None and affirmed:
        stance = True
    return "" if stance is None else ("yes" if stance != q.negative else "no")


# "Is X a …?", "X is a …": the name a yes/no question says what it is
_COPULAR_RE = re.compile(
    r"^\W*(?:(?i:is|was|are|were)\s+(?i:the\s+)?(?P<x>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*)|"
    r"(?i:the\s+)?(?P<y>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*)\s+(?i:is|was|are|were))\s+"
    r"(?i:a|an|one|the\s+\w+\s+of)\b",
)


def _copular_subject(q: Question) -> str:
    """The name a yes/no question asks what it is ("Is PESCO a Frontex mission?" ->
    PESCO), when it is one of the question's names; "" otherwise."""
    m = _COPULAR_RE.match(TRUTH_FRAME_RE.sub("", q.text))
    if not m:
        return ""
    name = m.group("x") or m.group("y") or ""
    if countries(name):  # "Is Italy one of the participants?": "all … except" settles states
        return ""
    return name if name in q.names or set(name.split()) <= set(q.names) else ""


def without_shared_negation(question: str, sentence: str) -> tuple[str, str] | None:
    """The question and the sentence with a negation they share ("not much", "no
    longer") taken out of both, or None when they share none: "Did the author say not
    much has been done?" / "not much has been done yet" asks whether much has been done
    in the words the sentence uses, a positive question the sentence affirms."""
    said = strip_markers(sentence)
    shared = [
        m.group(1)
        for m in re.finditer(r"\b(?:not|no|never)\s+([a-z]+)\b", question, re.I)
        if re.search(rf"\b(?:not|no|never)\s+{re.escape(m.group(1))}\b", said, re.I)
    ]
    if not shared:
        return None
    for word in shared:
        drop = re.compile(rf"\b(?:not|no|never)\s+(?={re.escape(word)}\b)", re.I)
        question, said = drop.sub("", question), drop.sub("", said)
    return question, said


_MONTHS = frozenset(stem(m) for m in MONTH_WORDS)
_NOTE_TERMS = frozenset(
    stem(w) for w in "footnote footnotes note notes endnote cite cites cited citing".split()
)


def _predicate_cover(q: Question, ev: Evidence, ctx: Context) -> float:
    """The rarity-weighted share of the question's words for what it asks, other than its
    names, states and light words, that a sentence says (in any words): 1.0 when none."""
    skip = _frame_terms(q) | _TYPE_TERMS
    predicate = [t for t in q.terms if t not in skip and not numbers(t)]
    return _coverage(predicate, ev, ctx, q.text) if predicate else 1.0


def _frame_terms(q: Question) -> set[str]:
    """The question's terms that frame what it asks rather than say it: its names and
    states, its polarity, light nouns ("side") and light verbs ("chose", "actually")."""
    states = {t for c in q.countries for t in terms(c)}
    states |= {t for w in words(q.text) if countries(w.upper()) for t in terms(w)}  # "uk"
    return _name_terms(q) | states | _POLAR | _LIGHT_NOUNS | _LIGHT_VERBS


# A yes/no question asking what came after the time the sources speak of
_LATER_WORDS = (
    r"later|afterwards|eventually|subsequently|since then|ever since|in the end|ultimately"
)
# ("ultimately meant to …", "in the end aimed at …": the purpose, not a time)
_LATER_ASKED_RE = re.compile(
    rf"\b(?:{_LATER_WORDS})\b(?!\s+(?:meant|intended|aimed|designed|supposed|about|for)\b)",
    re.I,
)
# "later", "since then", "eventually": the time after the one a sentence speaks of
_LATER_RE = re.compile(rf"\b(?:{_LATER_WORDS}|by now|nowadays|today|replaced|then|future)\b", re.I)


def unsaid_predicate(q: Question, ev: Evidence, ctx: Context) -> list[str]:
    """For a question about a state, its words for what the state did ("veto", "changed
    its mind") that the corpus never uses and a sentence listing who takes part neither
    says otherwise nor contradicts: taking part is all such a sentence settles."""
    have = set(terms(ev.text + " " + _previous(ev)))
    skip = have | said_terms(q.text, ev.text, have) | _frame_terms(q) | _TAKING_PART
    skip |= {t for p in reader_phrases(q.text) for t in terms(p)}  # "judge": a corpus word's
    return [
        t
        for t in q.terms
        if t not in skip and t not in _TYPE_TERMS and not numbers(t) and t not in ctx.vocabulary
    ]


# Words for taking part: what a sentence listing the states in and out settles
_TAKING_PART = frozenset(
    stem(w)
    for w in "join joined joining member members membership part take taking took participate "
    "participating participation participant participants in inside outside signed sign "
    "involved included belong belongs belonged opt opted stay stayed left leave "
    "sit sits sitting sat staying stays opting opts leaving among one".split()
)


# Verbs and adverbs that frame a predicate without being one ("chose not to take part",
# "is it meant to", "did it actually"): a question may use them where no sentence does
_LIGHT_VERBS = frozenset(
    stem(w)
    for w in "chose choose chosen decide decided want wanted meant mean try tried seem seems "
    "manage managed tend happen happened actually really mainly mostly ever still already "
    "currently officially formally eventually end ended up".split()
)


def _headline(ev: Evidence) -> bool:
    """Whether a sentence is a bullet that names a point without a full stop ("Possible
    projects involved in migration management"): a headline, not a statement."""
    return ev.sentence.role == "list" and not strip_markers(ev.text).rstrip().endswith(".")


def _state_clauses(q: Question) -> list[Question]:
    """A yes/no question's clauses about different states ("Is A in PESCO, while B stays
    out?"), each as a question of its own polarity; [] for a question of one clause."""
    parts = [p for p in _STANCE_CLAUSE_RE.split(q.text) if countries(p)]
    if len(parts) < 2:
        return []
    return [
        replace(
            q,
            text=p,
            countries=tuple(sorted(countries(p))),
            names=tuple(n for n in q.names if n.lower() in p.lower()),
            negative=states_negation(p),
        )
        for p in parts
    ]


def _name_terms(q: Question) -> set[str]:
    """The terms of the names the question uses."""
    return {t for n in q.names for t in terms(n)}


_BY_AGENT_RE = re.compile(r"\b(\w+(?:ed|en|led|run|paid|set up))\s+by\b", re.I)
_EXPECTED_RE = re.compile(
    r"\b(?:expected|likely|planned|supposed|meant|due|set|scheduled|foreseen|intended)\s+to\b|"
    r"\b(?:expect|expects|anticipat\w+|predict\w*|forecast\w*|foresee\w*)\b",
    re.I,
)
_PAST_RE = re.compile(r"^(?:did|was|were|has|have|had)\b", re.I)
_REPORTED_PAST_RE = re.compile(
    r"\b(?:say|says|said|claim\w*|state\w*|suggest\w*|report\w*|mention\w*)\s+(?:that\s+)?"
    r"[^?]*\b(?:has|have|had|was|were)\s+(?:already\s+)?(?:been\s+)?\w+(?:ed|en)\b",
    re.I,
)
# a question about whether something had happened by the time of writing
_ALREADY_RE = re.compile(
    r"\b(?:already|yet|by then|so far|by the time|when (?:the|this) (?:article|piece|paper)|"
    r"at the time (?:of writing|it was written))\b",
    re.I,
)
_MODALS = frozenset("will would could should may might likely expected planned shall".split())
_DETERMINERS = frozenset("the their its his her our your my a political good free own".split())


def no_verdict(q: Question, text: str, ctx: Context) -> bool:
    """Whether no sentence can settle the question with Yes or No: it offers two
    predicates, or the sentence puts its names on both sides of a succession."""
    framed = _framed(q, _anchors(q, ctx))
    choosing = _ALTERNATIVE_RE.search(q.text) and not _shares_choice(q.text, text)
    return bool(choosing) or _across_succession(framed, text)


def _shares_choice(question: str, text: str) -> bool:
    """Whether every "A or B" of a question stands in the sentence too ("countries of
    transit or origin?" / "country of transit or origin"): a phrase both use, no choice
    offered between predicates."""
    pairs = re.findall(r"\b(\w+)\s+or\s+(\w+)\b", question, re.I)
    low = strip_markers(text).lower()
    return bool(pairs) and all(
        re.search(rf"\b{re.escape(a.lower())}\s+or\s+{re.escape(b.lower())}\b", low)
        for a, b in pairs
    )


def _framed(q: Question, anchors: list[str]) -> list[str]:
    """The question's anchors and the names in its frame ("Was X a Frontex operation?"
    names Frontex): both sides a succession can put them on."""
    return list(dict.fromkeys([*anchors, *q.names]))


def _across_succession(anchors: list[str], text: str) -> bool:
    """Whether the question's names fall on both sides of a succession in the sentence
    ("Mare Nostrum, a mission by Italy, later replaced by Frontex's Triton")."""
    m = _SUCCESSION_RE.search(text)
    if not m or len(anchors) < 2:
        return False
    before, after = text[: m.start()].lower(), text[m.end() :].lower()
    sides = {(a.lower() in before, a.lower() in after) for a in anchors}
    return any(b and not f for b, f in sides) and any(f and not b for b, f in sides)


def _same_succession(q: Question, anchors: list[str], text: str) -> bool | None:
    """Whether the question puts its names in the order the sentence's succession does
    ("Was X replaced by Y?" / "X, later replaced by Y"; "Did Y replace X?"); None when the
    question asks about order in other words ("Did Y come after X?")."""
    mq, ms = _SUCCESSION_RE.search(q.text), _SUCCESSION_RE.search(text)
    if not mq or not ms or not anchors:  # no names to put in order
        return None

    # the names both say, as words ("Med" is no word of "Mediterranean")
    both = [a for a in anchors if _word_in(a, text) and _word_in(a, q.text)]

    def first(t: str, m: re.Match[str]) -> list[bool]:
        return [_word_in(a, t[: m.start()]) for a in both]

    def verb_end(m: re.Match[str]) -> int:  # "swapped for": the verb is "swapped"
        return m.start() + len(m.group(0).split()[0])

    asked = q.text[: verb_end(mq)]
    # "Was a patrol run by Alden's guard later swapped for …": a long subject between
    # ("… was run by the Italian Navy and later replaced": a passive of two verbs)
    passive_q = _ASKED_PASSIVE_RE.search(asked) or (
        re.match(r"^\W*(?:was|were)(?:n['’]t)?\b", asked, re.I)
        and re.search(r"\w+(?:ed|en)$", asked)
    )
    passive = passive_q, _PASSIVE_RE.search(text[: verb_end(ms)])
    same = first(q.text, mq) == first(text, ms)
    return same if bool(passive[0]) == bool(passive[1]) else not same


# Asking for something to be done: a speech act a sentence must say to affirm it
_ASKING_RE = re.compile(
    r"\b(?:ask(?:s|ed|ing)?|request(?:s|ed|ing)?|"
    r"call(?:s|ed|ing)?\s+for|demand(?:s|ed|ing)?|urg(?:e|es|ed|ing)|push(?:es|ed|ing)?\s+for|"
    r"lobb(?:y|ies|ied|ying)|press(?:es|ed|ing)?\s+for|plead(?:s|ed|ing)?)\b",
    re.I,
)


def _asks_asking(q: Question) -> bool:
    """Whether a yes/no question asks if someone asked for something ("Did Italy ask for
    help?"); the author's "call for" is her view, not an act the sources report."""
    return bool(_ASKING_RE.search(q.text)) and not re.search(
        r"\b(?:author|writer|article|piece|paper|text|she|he)\b", q.text, re.I
    )


def _word_in(name: str, text: str) -> bool:
    return bool(re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text, re.I))


# a participle after "was" or "got" (a few words between): "X was (later) replaced",
# "Was X replaced", "which op got replaced"
def _passive(most: int, word: str) -> re.Pattern[str]:
    """A clause ending on a participle after a form of "be" or "get", at most `most`
    words (of the `word` pattern) between them."""
    return re.compile(
        r"\b(?:(?:was|were|is|are)(?:n['’]t)?|been|being|be|get|gets|got|gotten|getting)"
        rf"(?:\s+{word}){{0,{most}}}?\s+\w+(?:ed|en)$",
        re.I,
    )


_PASSIVE_RE = _passive(5, r"[\w']+")


# a question's passive, its subject a long name ("Was the Italian Mare Nostrum operation
# later succeeded …?")
_ASKED_PASSIVE_RE = _passive(8, r"[\w'’]+")


def succession_order(q: Question, anchors: list[str], text: str) -> bool | None:
    """For a question on which of two names came first in other words than the
    sentence's ("Did X come before Y?", "Did Y follow X?"), whether the sentence's
    succession ("X, later replaced by Y"; "Y replaced X") puts them in that order;
    None when the question asks no order or the sentence holds no succession of both."""
    asked = _BEFORE_AFTER_RE.search(q.text)
    said = _SUCCESSION_RE.search(text)
    stated = _ASKED_SUCCESSION_RE.search(q.text)  # "Did Y take over from X?"
    if stated and said:
        asked = None
    elif not asked or not said or _SUCCESSION_RE.search(q.text):
        return None
    low_q, low_s = q.text.lower(), text.lower()
    named = [a.lower() for a in anchors if a.lower() in low_q and a.lower() in low_s]
    # "Did a patrol of the agency take over from X?": a name standing for one side
    named += [
        n.lower()
        for n in q.names
        if n.lower() not in named
        and re.search(rf"\b{re.escape(n.lower())}\b", low_q)
        and re.search(rf"\b{re.escape(n.lower())}\b", low_s)
    ]
    # the sentence: who stands before "replaced" came first if it is passive
    # ("X was later replaced by Y"), last if active ("Y replaced X")
    front = frozenset(a for a in named if a in low_s[: said.start()])
    back = frozenset(named) - front
    # the question: who stands before "before" came first; before "after", last
    verb = asked or stated
    assert verb is not None
    ahead = frozenset(a for a in named if a in low_q[: verb.start()])
    behind = frozenset(named) - ahead
    if not front or not back or {ahead, behind} != {front, back}:
        return None  # not the same two names on the two sides
    first_said = front if _PASSIVE_RE.search(text[: said.end()]) else back
    if asked is None and any(n.lower() not in low_s for n in q.names):
        return None  # "replaced by a mission of the European Defence Agency?": not said
    if asked is None:  # "Did Y take over from X?": X first; "Was X replaced by Y?": X
        # ("Is it true that X replaced Y?": the frame's "is" makes no passive)
        frame = TRUTH_FRAME_RE.match(q.text)
        clause = q.text[frame.end() if frame else 0 : verb.end()]
        # "Did X give way to Y?": X first, as "Was X replaced by Y?"
        yielded = re.search(r"\bway\s+(?:to|for)\b", verb.group(0))
        first_asked = ahead if _ASKED_PASSIVE_RE.search(clause) or yielded else behind
        return first_asked == first_said
    earlier = asked.group(0).lower().startswith(("before", "earlier", "preced", "prior", "ahead"))
    first_asked = ahead if earlier else behind
    return first_asked == first_said


# "Which came first, X or Y?", "Was X or Y earlier?": one of two names, by time
_WHICH_TIME_RE = re.compile(
    r"\b(?:which|what|who|was|were|did)\b.*\b(first|earlier|sooner|older|before|"
    r"later|last|second|after|newer|more recent)\b",
    re.I,
)


def first_in_succession(q: Question, text: str) -> str:
    """For "Which came first, X or Y?", the one of the two names a sentence's succession
    ("X, later replaced by Y"; "Y replaced X") puts first (or last, for "later"); "" when
    the question asks no such choice or the sentence does not put both in succession."""
    asked = _WHICH_TIME_RE.search(q.text)
    said = _SUCCESSION_RE.search(text)
    if not asked or not said or " or " not in q.text.lower():
        return ""
    low = text.lower()
    both = _alternatives(q.text, text)
    front = [n for n in both if low.find(n.lower()) < said.start()]
    back = [n for n in both if low.find(n.lower()) > said.start()]
    if len(front) != 1 or len(back) != 1:
        return ""
    first, last = (front, back) if _PASSIVE_RE.search(text[: said.end()]) else (back, front)
    late = asked.group(1).lower() in {"later", "last", "second", "after", "newer", "more recent"}
    return (last if late else first)[0]


# "What replaced X?", "Who took over from X?", "Which mission succeeded X?"
_SUCCESSOR_ASKED_RE = re.compile(
    r"^\W*(?:what|which|who)\b(?:(?!\b(?:when|while|after|before|since|once)\b)[^?])*?"
    r"\b(?:replac(?:ed|es)|succeed(?:ed|s)|superseded|"
    r"took over from|takes over from|came after|followed)\s+(?!by\s*\??$)(?:the\s+)?(.+?)\s*\??$",
    re.I,
)


# the passive: "What was X replaced by?", "X got replaced by what"
_SUCCESSOR_PASSIVE_RE = re.compile(
    r"^\W*(?:(?:what|which)\b[^?]*?\b(?:was|were|is|got|has been)\s+(?:the\s+)?(.+?)\s+"
    r"(?:later\s+)?(?:replaced|succeeded|superseded|followed|taken over)\s+by\s*\??$|"
    r"(?:the\s+)?(?!(?:what|which|who)\b)(.+?)\s+(?:was|were|is|got|has been|been)\s+"
    r"(?:later\s+)?(?:replaced|succeeded|superseded|followed|taken over)\s+by\s+"
    r"(?:what|which|whom|who)\b[^?]*\??$)",
    re.I,
)


def successor(q: Question, text: str) -> str:
    """For "What replaced X?": the name a sentence's succession puts after X ("X … that
    was later replaced [by] a mission of the agency FRONTEX called Triton": Triton, the
    last name of the clause after the verb); "" when the sentence names X before a
    passive succession verb and no name after it, or the question asks no successor."""
    asked = _SUCCESSOR_ASKED_RE.search(q.text) or _SUCCESSOR_PASSIVE_RE.search(q.text)
    plain = strip_markers(text)
    said = _SUCCESSION_RE.search(plain)
    if not asked or not said or not _PASSIVE_RE.search(plain[: said.end()]):
        return ""
    thing = next(g for g in asked.groups() if g)
    before = plain[: said.start()].lower()
    if not _names_before(thing, before):
        return ""
    clause = re.split(r"[.;:]", plain[said.end() :])[0]
    kind = re.match(r"^\W*(?:what|which)\s+(\w+)\b", q.text, re.I)
    if kind and kind.group(1).lower() in _BODY_NOUNS:  # "What agency replaced X?": the
        # agency the clause names ("a mission of the EU agency FRONTEX"), not its mission
        body = re.search(rf"\b{kind.group(1).lower()}\s+([A-Z][\w&-]*)", clause, re.I)
        return body.group(1) if body else ""
    found = re.findall(r"\b[A-Z][\w&-]*(?:\s+(?:of\s+)?[A-Z][\w&-]*)*", clause)
    return found[-1] if found else ""


_BODY_NOUNS = frozenset("agency organisation organization body institution".split())
# words that name a thing's kind, not which one it is ("the Italian one", "the mission")
_KIND_TERMS = frozenset(terms("one mission operation programme project agency"))


def _names_before(thing: str, before: str) -> bool:
    """Whether the text before a succession names the thing asked, by name ("X") or by
    what it says of it ("the Alden one" for "X, a mission run by Alden, was replaced")."""
    if not terms(thing):
        return False
    if thing.lower() in before:
        return True
    have = set(terms(before))
    said = set(terms(thing)) - _KIND_TERMS
    return bool(said) and said <= have | vouched(thing, have)


def _alternatives(question: str, text: str) -> list[str]:
    """The two things "X or Y" offers, each as the longest run of words next to "or" (up
    to three) that the text says, as the text writes it: "first, Mare Nostrum or Triton?"."""
    low_text = text.lower()
    m = re.search(r"^(.*?)\s+or\s+(.*)$", question.strip(" ?"), re.I)
    if not m:
        return []
    out = []
    after = words(m.group(2))
    while after and after[0].lower() in {"the", "a", "an"}:
        after = after[1:]
    for side, near_end in ((words(m.group(1)), True), (after, False)):
        for n in (3, 2, 1):
            run = side[-n:] if near_end else side[:n]
            if run and run[0].lower() in {"the", "a", "an"}:
                continue
            phrase = " ".join(run)
            found = re.search(rf"\b{re.escape(phrase.lower())}\b", low_text)
            if len(run) == n and terms(phrase) and found:
                out.append(text[found.start() : found.end()])
                break
    return out if len(out) == 2 else []


def asked_date(q: Question, text: str) -> tuple[str, bool]:
    """The date a sentence gives for what a "when" question asks, as written, and whether
    the sentence gives other dates too ("monitor … in 2018 and see the outcome … at the
    beginning of 2019": "when should they be monitored?" is 2018). With several, the
    date of the clause that says the question's predicate (its words or the corpus's
    words for them); ('', …) when no single clause does."""
    plain = fold(strip_markers(text))
    found = date_mentions(plain)
    if not found:
        return ("", False)
    several = len({d for _, d, _, _ in found}) > 1
    if not several:
        return (found[0][0], False)
    skip = _name_terms(q) | _TYPE_TERMS | _POLAR | _LIGHT_VERBS
    wanted = [t for t in q.terms if t not in skip and not numbers(t)]
    bounds = [0, *(m.end() for m in _CLAUSE_BREAK_RE.finditer(plain)), len(plain)]
    scored: list[tuple[float, str]] = []
    for raw, _, start, _ in found:
        i = max(k for k, b in enumerate(bounds[:-1]) if b <= start)
        clause = plain[bounds[i] : bounds[i + 1]]
        have = set(terms(clause))
        have |= said_terms(q.text, clause, have)
        scored.append((_found_share(wanted, have) if wanted else 0.0, raw))
    scored.sort(key=lambda sr: -sr[0])
    if scored[0][0] > 0 and (len(scored) == 1 or scored[0][0] > scored[1][0]):
        return (scored[0][1], True)
    return ("", True)


def dated_otherwise(q: Question, text: str) -> bool:
    """Whether a sentence giving several dates gives another than the question's for
    what it asks ("see the outcome at the start of 2018?" / "monitor … in 2018 and see
    the outcome … in 2019"): the date of the clause saying it is not the one asked. With
    several dates asked ("monitor in 2019 and see the outcome in 2020?"), each is set
    against the sentence's date whose clause shares its words."""
    asked = date_mentions(q.text)
    if len(asked) > 1 and _clause_dates_differ(q.text, asked, strip_markers(text)):
        return True
    when, several = asked_date(q, text)
    if not asked or not several or not when:
        return False
    said = [d for _, d, _, _ in date_mentions(when)]
    return not any(a.within(d) or d.within(a) for _, a, _, _ in asked for d in said)


def _clause_dates_differ(question: str, asked: list[tuple[str, Day, int, int]], text: str) -> bool:
    """Whether some date the question gives is set, by the words of its clause (the
    few before it), against a date of the sentence whose clause says them too, and the
    two differ."""
    plain = fold(text)
    said = date_mentions(plain)
    if len(said) < 2:
        return False
    folded = fold(question)

    def lead(whole: str, start: int, before: int) -> set[str]:
        return set(terms(" ".join(whole[before:start].split()[-6:]))) - _POLAR

    previous = 0
    for _, day, start, _ in asked:
        mine = lead(folded, start, previous)
        previous = start
        best, overlap, last = None, 0, 0
        for _, other, s_start, _ in said:
            shared = len(mine & lead(plain, s_start, last))
            last = s_start
            if shared > overlap:
                best, overlap = other, shared
        if best is not None and overlap >= 2 and not (day.within(best) or best.within(day)):
            return True
    return False


# where one clause of a sentence ends and the next begins
_CLAUSE_BREAK_RE = re.compile(r",\s+|;\s+|:\s+|\s+and\s+(?=(?:to\s+)?[a-z]+\s)")


def reversed_time(question: str, text: str) -> bool:
    """Whether a sentence puts something after what the question puts it before, or the
    reverse, relative to the same thing ("adopted before the 2015 crisis?" / "After the
    crisis of 2015 … was adopted"): the words after each share a term."""
    plain = strip_markers(text)
    for asked_re, said_re in ((_BEFORE_RE, _AFTER_RE), (_AFTER_RE, _BEFORE_RE)):
        asked = asked_re.search(question)
        said = said_re.search(plain)
        if not asked or not said or asked_re.search(plain):
            continue
        after_asked = set(terms(" ".join(question[asked.end() :].split()[:6])))
        after_said = set(terms(" ".join(plain[said.end() :].split()[:6])))
        if after_asked & after_said - _POLAR:
            return True
    return False


_BEFORE_RE = re.compile(r"\b(?:before|prior to|ahead of|preceding|earlier than)\b", re.I)
_AFTER_RE = re.compile(r"\b(?:after|following|in the wake of|since|later than)\b", re.I)
# words putting two things in order without naming a succession
_BEFORE_AFTER_RE = re.compile(
    r"\b(?:before|earlier than|preced\w*|prior to|ahead of|after|later than|follow\w*)\b",
    re.I,
)
_ORDER_RE = re.compile(
    r"\b(?:replac\w*|succe\w*|supersed\w*|took over|take over|follow\w*|preced\w*|before|"
    r"swapped|switched|taken over|"
    r"after|earlier|later|first|then|predecessor|instead)\b",
    re.I,
)
# a succession a yes/no question states: "Did Y take over from X?", "Was X replaced by Y?"
_ASKED_SUCCESSION_RE = re.compile(
    r"\b(?:replac(?:e|es|ed)|succeed(?:s|ed)?|supersed(?:e|es|ed)|t(?:ake|akes|ook|aking)\s+over\s+from|"
    r"(?:give|gives|gave|given|giving)\s+way\s+to|ma(?:ke|kes|de|king)\s+way\s+for)\b",
    re.I,
)
_SUCCESSION_RE = re.compile(
    r"\b(?:replac\w*|succeed\w*|superseded|instead of|t(?:ook|ake|akes|aking) over from|"
    r"gave way to|"
    r"swapped (?:for|out for)|switched to|taken over by)\b",
    re.I,
)
# "or" before a lower-case word joins two predicates ("running or only proposed"), not
# two names ("Denmark or Malta"), nor a tag asking whether ("or not", "or nah").
_ALTERNATIVE_RE = re.compile(r"\bor\s+(?!(?:not|nah|no|nope|what|something|so)\b)[a-z]")


# ("missing" and "mission" share a stem: the noun is what a question asks about)
_POLAR = frozenset(stem(w) for w in polarity_words()) - {stem("mission")}
# A negated sentence this close to a positive question denies it in other words ("Has X
# achieved much?" / "not much has been done yet"); an affirmative one this close may still
# differ in what it affirms ("compulsory" / "voluntary"), so it settles nothing alone.
_CLOSE_DENIAL = 0.65
_CLOSE_AFFIRMING = 0.6


def _coverage(
    wanted: list[str], ev: Evidence, ctx: Context | None = None, asked: str = ""
) -> float:
    """The share of the question's terms in the sentence and the one before it; with the
    corpus's `ctx`, each weighted by its rarity: the rare words carry what is asked
    ("compulsory"), the corpus's common ones ("member states", "PESCO") say little."""
    if not wanted:
        return 1.0
    have = set(terms(ev.text + " " + _previous(ev)))
    if asked:  # the question's reader words the sentence says in the corpus's words, or
        # contradicts with their opposite: either way it speaks to the question's predicate
        have |= said_terms(asked, ev.text, have)
    if ctx is None:
        return _found_share(wanted, have)
    total = sum(ctx.weight(t) for t in wanted)
    return sum(ctx.weight(t) for t in wanted if _found_share([t], have)) / total


def _settles_country(q: Question, ev: Evidence) -> bool:
    """Whether the sentence can settle a question about a state: it names it, or it says
    "all (member states) … except …"."""
    if not q.countries:
        return False
    text = strip_markers(ev.text)
    return _names_country(q, ev) or bool(_ALL_RE.search(text) and _EXCEPTION_RE.search(text))


# a sentence opening on a word that refers back has no subject of its own ("The aim is …")
_REFERRING_OPENER_RE = re.compile(r"^(?:the|this|these|those|it|its|such|they|their)\b", re.I)


def _heads_section(anchors: list[str], ev: Evidence, ctx: Context) -> bool:
    """Whether a sentence with no subject of its own ("The aim is to …") stands in a
    section whose heading names every anchor ("Current CSDP programs on migration")."""
    if not _REFERRING_OPENER_RE.match(ev.text):
        return False
    heading = _section(ev, ctx)
    return bool(heading) and ctx.aliases.names_all(
        [a for a in anchors if not countries(a)], heading
    )


def _names_anchors(anchors: list[str], ev: Evidence, ctx: Context) -> bool:
    """Whether the sentence (or the one before it) names every anchor of the question."""
    text = _previous(ev) + " " + ev.text
    # a state is settled by the stance ("all … except A, B")
    return ctx.aliases.names_all([a for a in anchors if not countries(a)], text)


def _has_numbers(q: Question, ev: Evidence) -> bool:
    """Whether the counts the question states ("30 projects") are the sentence's."""
    years = {float(d.year) for d in dates(q.text)}
    given = numbers(strip_markers(ev.text))
    bounds = _bounds(q.text)  # "more than 20 states": a count above 20 is the sentence's
    if any(not any(_BOUNDS[b](g, v) for g in given) for b, v, _ in bounds):
        return False
    return numbers(q.text) - years - {v for _, v, _ in bounds} <= given


# A yes/no question's reason clause ("…, because it cost too much?", "due to …").
_CAUSE_RE = re.compile(
    r"\b(?:because(?:\s+of)?|due\s+to|owing\s+to|as\s+a\s+result\s+of|on\s+account\s+of)"
    r"\s+(.+?)\s*\??$",
    re.I,
)

# "Was X the reason Y …?", "Is X why …?": X is the cause asked about
_REASON_ASKED_RE = re.compile(
    r"^(?:was|is|were|are)\s+(.+?)\s+(?:the\s+(?:main\s+|real\s+)?(?:reason|cause)|why)\b",
    re.I,
)


def _asked_cause(q: Question) -> re.Match[str] | None:
    """The cause a yes/no question asks about ("…, because it cost too much?", "Was X the
    reason …?"), its words in group 1; None when it asks none."""
    return _CAUSE_RE.search(q.text) or _REASON_ASKED_RE.search(q.text)


# A yes/no question asking whether a reason was given: "Did X explain why …?", "Did X
# give a reason for …?", "Has X justified …?"
_WHY_EMBEDDED_RE = re.compile(
    r"\b(?:explain\w*|say|said|state\w*|tell|told|give|gave|given|offer\w*)\s+(?:\w+\s+)?"
    r"(?:why|(?:a|any|the|its|their|his|her)\s+(?:\w+\s+)?(?:reasons?|rationale|"
    r"justification|motives?))\b|\bjustif(?:y|ied|ies)\b",
    re.I,
)
# A yes/no question on intentions or what is to come: "Is X planning to …?", "Does X
# intend to …?", "Will X join later on?"
_PLANS_ASKED_RE = re.compile(
    r"\b(?:plan(?:s|ning|ned)?\s+to|intend(?:s|ing|ed)?\s+to|going\s+to|later\s+on|"
    r"in\s+(?:the\s+)?future|one\s+day|at\s+some\s+point)\b",
    re.I,
)
# What a sentence says of plans or of the time ahead
_FUTURE_RE = re.compile(
    r"\b(?:will|would|shall|plan\w*|intend\w*|expect\w*|future|later|likely|going to|"
    r"remain\w* open|perspectives?|prospects?|next|upcoming)\b",
    re.I,
)
# Words making a cause that a sentence stating a reason (`states_reason`) may also use
_CAUSE_WORDS_RE = re.compile(
    r"\b(?:result\w*|(?:led|leading) to|caus\w+|reasons?|consequen\w+|driven by|prompted)\b",
    re.I,
)


def _other_value(q: Question, ev: Evidence, ctx: Context) -> bool:
    """Whether the question states a year or a count that the sentence (with the one
    before) lacks while stating another ("Did the crisis break out in 2013?" / "the crisis
    of 2015"; "Did thirty states sign?" / "Twenty-five states signed")."""
    return states_other_value(q, _previous(ev) + " " + ev.text, ctx)


def states_other_value(q: Question, text: str, ctx: Context | None = None) -> bool:
    """Whether a text states another year, month or count than the question's, and not
    its own, or another name in the slot of one of the question's names (of a kind — a
    nation's, an organisation's — only for a name the corpus, `ctx`, never uses)."""
    text = strip_markers(text)
    asked_dates, given_dates = dates(q.text), dates(text)
    asked_years = {d.year for d in asked_dates}
    given_years = {d.year for d in given_dates}
    # "in 2016?" / "launched after 2015": a year within the sentence's bound is not another
    within = {
        y
        for y in asked_years
        for m in _YEAR_BOUND_RE.finditer(text)
        if (m.group(1).lower() in _AFTER_WORDS and y > int(m.group(2)))
        or (m.group(1).lower() not in _AFTER_WORDS and y < int(m.group(2)))
    }
    if asked_years and given_years and not asked_years & given_years and not within:
        return True
    given_months = {(d.year, d.month) for d in given_dates if d.month}
    for d in asked_dates:  # "in December 2017?" / "In November 2017, …"
        months = {m for y, m in given_months if y == d.year}
        if d.month and months and d.month not in months:
            return True
    given_parts = year_parts(text)  # "at the end of 2018?" / "at the beginning of 2018"
    for year, parts in year_parts(q.text).items():
        if given_parts.get(year) and not parts & given_parts[year]:
            return True
    asked = numbers(q.text) - {float(y) for y in asked_years}
    given = numbers(text) - {float(y) for y in given_years}
    for bound, value, noun in _bounds(q.text):  # "more than 20 states?" / "Twenty-five states"
        asked.discard(value)
        # only a number counting what the bound counts: "17 projects" counts no states
        counted = {g for g in given if not noun or _counts_as(g, noun, text)}
        if counted and not any(_BOUNDS[bound](g, value) for g in counted):
            return True
    if asked and given and not asked & given:
        # "Did twenty-five states take part?" / "… a list of 17 projects": a count of
        # other things is no other value for the one asked
        nouns = _counted_nouns(q.text)
        if not all(nouns.get(v) for v in asked) or any(
            _counts_as(g, nouns[v], text) for g in given for v in asked
        ):
            return True
    unknown = unknown_names(q, ctx) if ctx is not None else []
    named = [*q.names, *(u for u in unknown if u not in q.names)]
    return any(_rival(q, name, text, kinds=name in unknown) for name in named)


# A year a sentence gives as a bound ("after 2015", "before 2019"), not as a date
_YEAR_BOUND_RE = re.compile(
    r"\b(after|since|from|beyond|before|until|till|prior to)\s+((?:19|20)\d\d)\b", re.I
)
_AFTER_WORDS = frozenset({"after", "since", "from", "beyond"})


def slot_rival(q: Question, text: str, ctx: Context) -> tuple[str, float] | None:
    """The question's word, one the corpus never uses, whose place the sentence fills
    with other words ("the smuggling of weapons?" / "smuggling of goods and of people";
    "lives in the desert?" / "lives at sea"), and how close in meaning the nearest of
    them is (0..1; 0 without an embedding model). None when there is no such word."""
    plain = strip_markers(text)
    vouched_terms = said_terms(q.text, plain, set(terms(plain)))
    for m in _SLOT_RE.finditer(q.text):
        head, word = m.group("head").lower(), m.group("word")
        if word[0].isupper() or word.lower() in STOPWORDS or not word.isalpha():
            continue  # a name is checked as a name; "of them" fills no slot
        said = stem(word.lower())
        if said in ctx.vocabulary or said in vouched_terms or stem(head) in _SLOT_LIGHT_HEADS:
            continue
        fillers = _slot_fillers(head, m.group("prep"), plain)
        if not fillers or said in {stem(f) for f in fillers}:
            continue
        relate = ctx.relatedness
        closest = max(relate(word.lower(), f) for f in fillers) if relate else 0.0
        return word, closest
    return None


def _content_tokens(text: str) -> list[str]:
    """A text's words in order, lower case, without the light ones ("and", "the")."""
    return [w.lower() for w in words(strip_markers(text)) if w.lower() not in STOPWORDS]


def _asked_word_unknown(word: str, q: Question, text: str, ctx: Context) -> bool:
    """Whether a question's word is one the corpus never uses and the sentence does not
    say in other words (the thesaurus): a reader's own word for the detail asked."""
    said = stem(word)
    if not word.isalpha() or len(word) < 3 or said in ctx.vocabulary:
        return False
    if word.endswith("s") and stem(word[:-1]) in ctx.vocabulary:
        return False  # "commitments": the stemmer takes one ending at a time
    if said in _frame_terms(q) or said in _TYPE_TERMS or said in _FRAME_WORDS:
        return False
    have = set(terms(text))
    return said not in have and said not in said_terms(q.text, text, have)


def unsaid_words(q: Question, ev: Evidence, ctx: Context) -> list[str]:
    """The question's words the corpus never uses, standing where a preposition puts the
    thing asked of ("for detention centres", "in the desert"), that nothing in the
    sentence (or the one before) comes near in meaning: details it cannot affirm."""
    if ctx.relatedness is None:
        return []
    text = _previous(ev) + " " + ev.text
    near = _near_words(ev)
    asked = [w.lower() for w in words(strip_markers(q.text))]
    # "Is X a satellite tracking project?": the modifiers of a short kind asked are a slot too
    kind = _KIND_ASKED_RE.match(q.text)
    np = [w.lower() for w in words(kind.group("np"))] if kind else []
    plain = 2 <= len(np) <= 4 and not set(np) & (_NP_LINKS | _AUXILIARY_WORDS)
    kind_words = set(np[:-1]) if plain and kind and " " not in kind.group("x").strip() else set()
    out = []
    for i, word in enumerate(asked):
        k = i - 1
        while k >= 0 and asked[k] in {"the", "a", "an"}:
            k -= 1
        slot = k >= 0 and asked[k] in _SLOT_PREPOSITIONS
        if not (slot or word in kind_words) or word in STOPWORDS | _IDIOM_WORDS:
            continue  # "at least", "in fact", "in early 2021": no thing asked of
        if word in MONTH_WORDS or numbers(word):
            continue  # a date or a count is checked as a value
        if i + 1 < len(asked) and asked[i + 1] == "of":
            continue  # "in the wake of", "on behalf of": a preposition of several words
        if not _asked_word_unknown(word, q, text, ctx):
            continue
        if not _comes_near(word, near, ctx):
            out.append(word)
    return out


def _near_words(ev: Evidence) -> list[str]:
    """The content words of a sentence and the one before it: what a question's word may
    be said by in other words."""
    return [w for w in _content_tokens(_previous(ev) + " " + ev.text) if w.isalpha()]


def _comes_near(word: str, near: list[str], ctx: Context) -> bool:
    """Whether any of the words comes near the question's word in meaning."""
    relate = ctx.relatedness
    return relate is not None and any(relate(word, w) >= _UNSAID_WORD for w in near)


def _closing_words(q: Question) -> list[str]:
    """A yes/no question's words, in lower case, when the word closing it may name the
    thing asked of ("Does X use drones?"); [] when it is a function word, a frame noun or
    a participle ("… mainly applied?", "on a voluntary basis"), or the question is short."""
    text = WHETHER_TAG_RE.sub("", q.text)
    against = _CONTRAST_SIDE_RE.search(text)  # "training rather than money?": "training"
    asked = [w.lower() for w in words(strip_markers(text[: against.end(1)] if against else text))]
    if len(asked) < 4:
        return []
    word = asked[-1]
    if word in STOPWORDS | _IDIOM_WORDS | _FRAME_NOUNS or word.endswith(("ed", "ing")):
        return []
    return asked


def _closing_word(q: Question) -> str:
    """The word closing a yes/no question where it may name the thing asked of ("… a
    European army?"); "" for a function word, a frame noun, a participle, a name, a
    number or a month."""
    asked = _closing_words(q)
    word = asked[-1] if asked else ""
    if not word or word in {w.lower() for n in q.names for w in words(n)}:
        return ""
    if asked[-2] in _NAMING_DETERMINERS and asked[-3] in {"before", "after", "since", "under"}:
        return ""  # "… before the pact?", "… under the pact?": a thing in view, by the
    if _in_view(asked):  # reader's own name ("… before the new pact?")
        return ""
    return "" if numbers(word) or word in MONTH_WORDS else word


def unsaid_object(q: Question, ev: Evidence, ctx: Context) -> str:
    """The word closing a yes/no question, where it names the thing asked of ("Does X use
    drones?", "… paid in bitcoin?"), when the corpus never uses it and nothing in the
    sentence (or the one before) comes near it in meaning; "" otherwise. A participle
    ("… mainly applied?") or a frame noun ("on a voluntary basis") names no such thing."""
    if q.kind != YESNO or ctx.relatedness is None:
        return ""
    asked = _closing_words(q)
    if not asked:
        return ""
    word = asked[-1]
    if asked[-2] in _NAMING_DETERMINERS or _in_view(asked):  # "… signed up to the pact?",
        # "… the new pact?": a thing named, its name the reader's own; "use drones" asks of
        # the thing
        return ""
    # "Does X include cyber projects?": the words before a known closing noun say which
    # of them is asked of; each must be said (up to two, after the first three words; a
    # name or a count ends them: "embrace PESCO projects" is a verb before the name)
    closing = [word]
    named = {t.lower() for n in q.names for t in words(n)} | ctx.capitals
    # "judge PESCO", "Is X a cyber project?" (what X is is weighed as a kind): no modifiers
    if stem(word) in ctx.vocabulary and word not in named and not _KIND_ASKED_RE.match(q.text):
        for i in (len(asked) - 2, len(asked) - 3):
            stop = STOPWORDS | _NAMING_DETERMINERS | _AUXILIARY_WORDS | named
            if i < 3 or asked[i] in stop or numbers(asked[i]):
                break  # "contain seventeen projects": a count opens the noun phrase
            closing.append(asked[i])
    near = _near_words(ev)
    for w in closing:
        if numbers(w) or w in MONTH_WORDS or not _asked_word_unknown(w, q, ev.text, ctx):
            continue
        if not _comes_near(w, near, ctx):
            return w
    return ""


_NAMING_DETERMINERS = frozenset("the this that these those its their our your my his her".split())
# adjectives pointing back at a thing already in view ("the new pact", "this whole scheme")
_REFERRING = frozenset("new same whole current latest recent entire present former".split())


def _in_view(asked: list[str]) -> bool:
    """Whether a question's words close on a thing already in view, named by a determiner
    and a word pointing back at it ("… the new pact", "… this whole scheme")."""
    return len(asked) > 2 and asked[-3] in _NAMING_DETERMINERS and asked[-2] in _REFERRING


# Nouns and adverbs closing a question that frame what is asked rather than name it
_FRAME_NOUNS = frozenset(
    "basis way manner sense extent degree respect regard level terms today nowadays anymore "
    "though also too either anyway now yet already far date nah ok okay lol right correct "
    "true well again instead overall".split()
)


# words that make a noun phrase more than a kind: a clause or a prepositional phrase
_NP_LINKS = frozenset("of for in on at to with by from where which that who whose".split())
_AUXILIARY_WORDS = frozenset("is are was were be been do does did has have had".split())
# words a preposition takes in set phrases ("at least", "in fact", "in total")
_IDIOM_WORDS = frozenset(
    "least most all first last fact general particular total short brief addition turn "
    "time order case sum practice principle theory future past early late mid middle "
    "beginning end start spring summer autumn fall winter".split()
)
_SLOT_PREPOSITIONS = frozenset(
    "for of in at on by from into through across via against towards toward".split()
)
_UNSAID_WORD = 0.5  # a word nothing in the sentence comes this near is not said there
# words that ask about the text rather than say what it says
_FRAME_WORDS = frozenset(
    stem(w)
    for w in "article author writer text paper piece say says said claim claims mention "
    "mentions describe described suggest suggests state states think thinks true correct "
    "right really actually".split()
)


def _slot_fillers(head: str, prep: str, text: str) -> list[str]:
    """The words filling a noun's slot after a preposition of the kind of `prep` in a
    text, with those joined to them: "smuggling of goods and of people" → goods, people."""
    out: list[str] = []
    kind = _PREP_KIND.get(prep.lower(), prep.lower())
    for found in _SLOT_RE.finditer(text):
        if stem(found.group("head").lower()) != stem(head):
            continue
        if _PREP_KIND.get(found.group("prep").lower(), found.group("prep").lower()) != kind:
            continue
        out.append(found.group("word").lower())
        rest = text[found.end("word") :]
        while joined := _JOINED_RE.match(rest):
            out.append(joined.group(1).lower())
            rest = rest[joined.end() :]
    return [w for w in out if w not in STOPWORDS]


def rival_modifier(q: Question, text: str, ctx: Context) -> bool:
    """Whether the sentence fills a slot of the question's with words of other meaning
    than the question's word there: "weapons?" / "goods and people" (a cosine under
    `_RIVAL_WORD`); it denies the question as asked."""
    found = slot_rival(q, text, ctx)
    return found is not None and found[1] < _RIVAL_WORD


# A noun and what fills its slot after a preposition: "smuggling of weapons", "lives at sea"
_SLOT_RE = re.compile(
    r"\b(?P<head>[A-Za-z][\w-]+)\s+(?=(?P<prep>of|in|at|on|from|for|into|across|through|as)"
    r"\s+(?:(?:the|a|an)\s+)?(?P<word>[A-Za-z][\w-]*)\b(?!\s+of\b))"
)
# prepositions of one kind: a place ("in the desert" / "at sea") is a rival of a place
_PREP_KIND = {"in": "at", "at": "at", "on": "at", "into": "at", "across": "at", "through": "at"}
# what joins a second filler to the first: "of goods and of people", "at sea or on land"
_JOINED_RE = re.compile(r"\s*(?:,|and|or)\s+(?:(?:of|in|at|on|the|a|an)\s+)*([A-Za-z][\w-]*)")
_RIVAL_WORD = 0.5  # below this cosine, two words in one slot name different things
_SAME_WORD = 0.65  # from this cosine, a reader's word for the sources' one
# heads too light to hold a slot of their own ("one of", "part of", "number of")
_SLOT_LIGHT_HEADS = frozenset(
    stem(w) for w in "one part number kind sort type lot rest most some".split()
)


def _count_terms(q: Question) -> set[str]:
    """The question's terms that state a count or bound it ("twenty", "fewer than"), and
    "number" framing a bounded count ("is the number of projects above ten?")."""
    out = {t for t in q.terms if numbers(t) and not dates(t)}  # a year is a date, no count
    for m in BOUND_RE.finditer(q.text):
        out |= set(terms(m.group(0))) | {stem("number"), stem("total")}
    return out


def _bounds(text: str) -> list[tuple[str, float, set[str]]]:
    """The bounds a question puts on a count ("more than 20", "fewer than ten"), each with
    the terms of the noun it counts ("member states"; none when no noun follows)."""
    out = []
    for m in BOUND_RE.finditer(text):
        value = numbers(m.group(2))
        if value:
            noun = _noun_after(words(text[m.end() :]))
            out.append((" ".join(m.group(1).lower().split()), min(value), noun))
    return out


# words that end the noun a bound counts ("more than 20 states are taking part")
_NOUN_ENDS = frozenset(
    "are is were was have has had do does did will would can could "
    "of in on to that which who and or".split()
)


def _counted_nouns(text: str) -> dict[float, set[str]]:
    """For each count a question states, the terms of the noun it counts ("twenty-five
    member states" -> member states); empty where no noun follows."""
    ws = words(text)
    out: dict[float, set[str]] = {}
    for i, w in enumerate(ws):
        if dates(w):
            continue
        for value in numbers(w):
            noun = _noun_after(ws[i + 1 :])
            if noun and noun <= _ANY_COUNTED:
                noun = set()  # "27 items in the list": whatever the list holds
            out[value] = noun | _STATE_NOUNS if noun & _STATE_NOUNS else noun  # states, countries
    return out


# nouns that count whatever a list holds ("27 items", "ten entries")
_ANY_COUNTED = frozenset(
    stem(w) for w in "item items entry entries element elements thing things".split()
)


def _noun_after(following: list[str]) -> set[str]:
    """The terms of the noun a count is followed by: up to three words, ending before a
    verb or a linking word ("20 states are taking part" -> states)."""
    after = following[:3]
    end = next((i for i, w in enumerate(after) if w.lower() in _NOUN_ENDS), len(after))
    return set(terms(" ".join(after[:end])))


def _counts_as(value: float, noun: set[str], text: str) -> bool:
    """Whether the text gives the value as a count of the noun ("Twenty-Five Member
    States" for "member states"): a word of the noun within three words after it."""
    ws = words(strip_markers(text))
    return any(
        value in numbers(w) and any(t in noun for x in ws[i + 1 : i + 4] for t in terms(x))
        for i, w in enumerate(ws)
    )


_BOUNDS: dict[str, Callable[[float, float], bool]] = {
    **dict.fromkeys(
        ("more than", "over", "above", "greater than", "higher than", "in excess of"),
        lambda g, v: g > v,
    ),
    **dict.fromkeys(("at least", "no fewer than", "no less than"), lambda g, v: g >= v),
    **dict.fromkeys(
        ("fewer than", "less than", "lower than", "under", "below"), lambda g, v: g < v
    ),
    **dict.fromkeys(("up to", "at most", "no more than"), lambda g, v: g <= v),
}


def _rival(q: Question, name: str, text: str, kinds: bool = True) -> str:
    """Another name in the slot the question's name fills, when the text lacks the
    question's own: a name of the question's heads both ("the Treaty of Maastricht" /
    "the Treaty of Lisbon"; "the Eastern Mediterranean" / "the Central Mediterranean");
    with `kinds`, also another nation's adjective ("the Spanish navy" / "the Italian
    Marine") or another organisation ("a Europol operation" / "FRONTEX")."""
    if name.lower() in text.lower() or _reworded(q, name):
        return ""
    if re.search(
        rf"\b(?:than|compared (?:to|with)|versus|vs\.?)\s+(?:the\s+)?{re.escape(name)}\b",
        q.text,
        re.I,
    ):
        return ""  # "more effective than NATO?": a yardstick, no slot another name fills
    m = re.search(rf"\b([A-Z][\w-]*)\s+(of\s+(?:the\s+)?)?{re.escape(name)}\b", q.text)
    if m and m.group(1) in q.names:  # "the Treaty of A" / "the Treaty of B"
        slot = rf"\b{re.escape(m.group(1))}\s+{m.group(2) or ''}([A-Z][\w-]*)"
        if other := _other_in_slot(slot, name, text):
            return other
    m = re.search(rf"\b{re.escape(name)}\s+([A-Z][\w-]*)", q.text)
    if m and m.group(1) in q.names:  # "the Eastern Mediterranean" / "the Central Mediterranean"
        slot = rf"\b([A-Z][\w-]*)\s+{re.escape(m.group(1))}\b"
        if other := _other_in_slot(slot, name, text):
            return other
        # "the Maastricht Treaty" / "the Treaty of Lisbon": the same head, written after
        slot = rf"\b{re.escape(m.group(1))}\s+of\s+(?:the\s+)?([A-Z][\w-]*)"
        if other := _other_in_slot(slot, name, text):
            return other
    m = re.search(rf"\b{re.escape(name)}\s+([a-z][\w-]{{2,}})\b", q.text) if kinds else None
    if m and m.group(1) not in STOPWORDS:  # "the Aegean route" / "the Central Mediterranean
        # Route"; "the Nice treaty" / "the Treaty of Lisbon": the same head, named so
        head = re.escape(m.group(1))
        for slot in (
            rf"\b([A-Z][\w-]*)\s+(?i:{head})\b",
            rf"\b(?i:{head})\s+of\s+(?:the\s+)?([A-Z][\w-]*)",
        ):
            if other := _other_in_slot(slot, name, text):
                return other
    if _a_region(name, q.text):  # "the Heart of Europe?" / "in the Sahel region"
        asked = q.text.lower()
        others = sorted(r for r in REGIONS if re.search(rf"\b{r}\b", text, re.I) and r not in asked)
        if others:
            return others[0]
    if not kinds:
        return ""
    nation = name.split()[0].lower()  # "the Spanish Navy": its nation is what is asked
    if nation in DEMONYMS:  # "the Spanish navy" / "the Italian Marine"
        nations = [w for w in words(text) if w.lower() in DEMONYMS and w.lower() != nation]
        return nations[0] if nations else ""
    if name.lower() in _THING_HEADS:
        return ""  # "the European Defence Fund?": a fund, whose rival is no body
    if not countries(name):  # "a Europol operation", "the European Defence Agency" / "FRONTEX"
        asked = q.text.lower()
        orgs = [o for o in organisations(text) if o.lower() not in asked and o not in _FRAME_ORGS]
        # a name with a head ("the European Parliament") has a rival of its head only
        # ("the European Parliament" / "the Council", no; "an agency" / "the EU agency
        # FRONTEX", yes): a policy or a framework is no rival of a parliament
        heads = {w.lower() for w in words(name) if w.lower() in ORG_HEADS}
        if heads & _BODY_HEADS:  # "the European Asylum Support Office" / "the EU agency X"
            heads |= _BODY_HEADS
        if heads and len(words(name)) > 1:  # "NATO" heads itself: any other is its rival
            orgs = [o for o in orgs if _headed(o, heads, text)]
        return orgs[0] if orgs else ""
    return ""


def _a_region(name: str, question: str) -> bool:
    """Whether a name is a region, or part of one the question names ("Heart" in "the
    Heart of Europe")."""
    low = name.lower()
    if low in REGIONS:
        return True
    m = re.search(rf"\b{re.escape(name)}\s+of\s+(?:the\s+)?([A-Z][\w-]*)", question)
    return bool(m and m.group(1).lower() in REGIONS)


def _rival_denies(
    q: Question, named: list[str], anchors: list[str], ev: Evidence, ctx: Context
) -> bool:
    """For "Is Triton an operation of the European Asylum Support Office?": the sentence
    about the question's known names ("a mission of the EU agency FRONTEX called Triton")
    puts another name in the slot of each name the sources never use, so it denies the
    question. A question with no known name to pin the sentence to is not denied."""
    outer = [n for n in named if not any(n != m and n in m.split() for m in named)]
    return (
        not q.negative
        and bool(anchors)
        and _names_anchors(anchors, ev, ctx)
        and all(_typed_rival(q, n, ev.text) for n in outer)
        and sentence_stance(q, ev.text) is not False
    )


# Second halves of compounds that add no subject: "PESCO-style", "EU-led", "border-related"
_COMPOUND_AFFIXES = frozenset(
    "style like type based led related linked wide oriented focused driven specific run "
    "level scale".split()
)


# a list a sentence gives whole: "the measures taken were A, B, C and D"
_LIST_FRAME_RE = re.compile(
    r"\b(?:were|are|was|is|include[sd]?|including|namely)\s+(?:the\s+)?"
    r"(?P<items>[^.;:]+?,[^.;:]+?\band\b[^.;:]+)",
    re.I,
)
_AMONG_RE = re.compile(r"\b(?:among|amongst|one of|part of|on the list|in the list|listed)\b", re.I)


def _listed_without(
    q: Question, unknown: list[str], ranked: list[tuple[Evidence, float]]
) -> Evidence | None:
    """For "Were A and B among the measures?" where B is a name the sources never use:
    the sentence giving the list whole ("the measures taken were A, C, D and E") with a
    name the question gives in it and B not: B is not one of them."""
    missing = {u.lower() for u in unknown}
    known = [n.lower() for n in q.names if n.lower() not in missing]
    # "Were the measures A, B, C and the X Statement?": a list asked whole, one item unknown
    enumerated = len(re.findall(r",", q.text)) >= 2 and len(known) >= 3
    if not _AMONG_RE.search(q.text) and not enumerated:
        return None
    for ev, _ in ranked[:6]:
        m = _LIST_FRAME_RE.search(strip_markers(ev.text))
        if not m:
            continue
        items = m.group("items").lower()
        if any(n in items for n in known) and not any(u in items for u in missing):
            return ev
    return None


# a name of several capitalised words ("the Schengen Information System")
_NAME_PHRASE_RE = re.compile(r"(?<!^)\b[A-Z][\w-]*(?:\s+(?:of\s+|and\s+|for\s+)?[A-Z][\w-]*)+")


def _outside_list(
    q: Question, ranked: list[tuple[Evidence, float]], ctx: Context
) -> Evidence | None:
    """For "Is the A B System one of the measures?" where the sources never write "A B
    System" whole (though they use each word): the sentence giving the list whole ("the
    measures taken were C, D and E") that says the rest of the question and lacks the
    name: it is not one of them. None otherwise."""
    if q.kind != YESNO or q.negative or not _AMONG_RE.search(q.text):
        return None
    whole = [
        m.group(0)
        for m in _NAME_PHRASE_RE.finditer(q.text)
        if m.group(0).lower() not in ctx.lowered_text
    ]
    if not whole:
        return None
    own = {t for w in whole for t in terms(w)}
    rest = [t for t in q.terms if t not in own]
    for ev, _ in ranked[:6]:
        m = _LIST_FRAME_RE.search(strip_markers(ev.text))
        if not m or any(w.lower() in m.group("items").lower() for w in whole):
            continue
        if _coverage(rest, ev, ctx, q.text) >= 0.6:
            return ev
    return None


def _said_without(
    q: Question,
    named: list[str],
    anchors: list[str],
    ranked: list[tuple[Evidence, float]],
    ctx: Context,
) -> Evidence | None:
    """For a yes/no question whose one wrong detail is a name the sources never use ("Did
    Europol run Triton?"): the sentence on the question's known names that says its
    predicate, affirmed, without that name ("a mission of the EU agency FRONTEX called
    Triton"): it says the thing of another, so the question is denied. None when no
    known name pins the sentence, or none says most of what is asked."""
    inside = {w.lower() for n in named for w in n.split()}
    known = [a for a in anchors if a.lower() not in inside]
    drop = {t for n in named for t in terms(n)}
    asked = replace(q, terms=tuple(t for t in q.terms if t not in drop))
    if not known and not q.negative:
        return _done_by_another(q, named, asked, ranked, ctx)
    if not known or q.negative:
        return None
    quoting = _quoting_note(q, known, ranked, ctx)
    if quoting is not None:  # "Is the EUROSUR quote attributed to Europol?"
        return quoting
    for ev, _ in ranked[:6]:
        if ev.sentence.role in {"heading", "header", "note"} or not _names_anchors(known, ev, ctx):
            continue
        if sentence_stance(asked, ev.text) is False:
            continue
        if _predicate_cover(asked, ev, ctx) >= 0.6 and _coverage(list(asked.terms), ev, ctx) >= 0.6:
            return ev
    return None


# "Was it X that …?", "Did X …?", "Has X …?": the question's subject is its first words
_DOER_SUBJECT_RE = re.compile(
    r"^\W*(?i:(?:was|is|were)\s+it\s+(?:really\s+|actually\s+)?|"
    r"(?:did|does|has|had|have)\s+)(?i:the\s+)?(?P<doer>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)"
)
# a sentence's own doer: a capitalised subject before its past-tense verb ("In November
# 2017, EU Member States expressed their will …")
_SUBJECT_DEED_RE = re.compile(
    r"(?:^|[,;:]\s+)(?:the\s+)?(?P<doer>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s+"
    r"(?:have\s+|has\s+|had\s+)?(?:[a-z]+ed|made|took|gave|set|led|ran|sent|chose|wrote)\b"
)


def _done_by_another(
    q: Question,
    named: list[str],
    asked: Question,
    ranked: list[tuple[Evidence, float]],
    ctx: Context,
) -> Evidence | None:
    """For "Was it X that did Y?" where X is a name the sources never use and the
    question names nothing else to pin a sentence to: the sentence saying Y, affirmed,
    with another doer as its subject ("EU Member States expressed their will …"): Y was
    done by another, so the question is denied. None when the question's subject is not
    the unknown name or no sentence names its own doer."""
    m = _DOER_SUBJECT_RE.match(q.text)
    if not m or not any(m.group("doer").lower().startswith(n.lower()) for n in named):
        return None
    question_words = {w.lower() for w in words(q.text)}
    for ev, _ in ranked[:6]:
        if ev.sentence.role in {"heading", "header", "note"}:
            continue
        doer = _SUBJECT_DEED_RE.search(strip_markers(ev.text))
        own = [w for w in words(doer.group("doer")) if w.lower() not in STOPWORDS] if doer else []
        if not own or any(w.lower() in question_words for w in own):
            continue
        if sentence_stance(asked, ev.text) is False:
            continue
        said = _coverage(list(asked.terms), ev, ctx, q.text)
        if _predicate_cover(asked, ev, ctx) >= 0.6 and said >= 0.6:
            return ev
    return None


def _quoting_note(
    q: Question, known: list[str], ranked: list[tuple[Evidence, float]], ctx: Context
) -> Evidence | None:
    """For "Is the X quotation attributed to Y?" (Y a name the sources never use): the
    note quoting X, which names whom it quotes; None when no such note is at hand."""
    if not known or not _ATTRIBUTED_RE.search(q.text):
        return None
    notes = [
        ev
        for ev, _ in ranked[:6]
        if ev.sentence.role == "note" and quotes(ev.chunk.text) and _names_anchors(known, ev, ctx)
    ]
    if not notes:
        return None
    # its sentences that are the quotation's: the one naming its author ("…”, FRONTEX")
    same = [
        e
        for e in (
            Evidence(label_for(s), notes[0].chunk, s, notes[0].chunk.sentence_text(s), 0.0)
            for s in notes[0].chunk.sentences
        )
        if re.search(r"(?:\([A-Z][\w .&-]*\)|[”\"],?\s*[A-Z][\w .&-]*)[\s().]*$", e.text)
    ]
    return same[0] if same else notes[0]


# asking whom a quotation or a claim is credited to
_ATTRIBUTED_RE = re.compile(
    r"\b(?:attribut\w*|credited|quot(?:e|es|ed|ing|ation)\s+(?:from|of|by)|sourced from)\b", re.I
)


def _headed_extension(name: str, text: str, ctx: Context) -> bool:
    """Whether a name (or a word of one) is a corpus name with a body's head word added, as
    the question writes it: "the European External Action Service" where the corpus
    writes "the European External Action"; "Service" alone, so written, is that head."""
    for m in re.finditer(r"[A-Z][\w-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w-]*)+", text):
        full = m.group(0).split()
        if full[-1].lower() not in ORG_HEADS or name.lower() not in m.group(0).lower():
            continue
        shorter = " ".join(full[:-1]).lower()
        if len(full) > 2 and shorter in ctx.lowered_text:
            return True
    return False


def _typed_rival(q: Question, name: str, text: str) -> bool:
    """A rival of the name's own kind: in its head's slot ("the Treaty of A" / "of B"),
    another nation's ("the Spanish navy" / "the Italian Marine"), or, for a name headed
    as a body ("the … Office"), another body. A city or a person has no such rival."""
    if _rival(q, name, text, kinds=False):
        return True
    typed = name.split()[0].lower() in DEMONYMS or any(w.lower() in ORG_HEADS for w in words(name))
    return typed and bool(_rival(q, name, text))


def _headed(org: str, heads: set[str], text: str) -> bool:
    """Whether an organisation is one of `heads` ("agency"): its name ends in one, or the
    text puts one just before it ("the EU agency FRONTEX")."""
    if {w.lower() for w in words(org)} & heads:
        return True
    before = "|".join(re.escape(h) for h in heads)
    return bool(re.search(rf"\b(?:{before})\s+(?:\w+\s+)?{re.escape(org)}\b", text, re.I))


def _other_in_slot(slot: str, name: str, text: str) -> str:
    """The first match of `slot` in the text whose name (its group 1) is not `name`."""
    found = (r for r in re.finditer(slot, text) if r.group(1).lower() != name.lower())
    return next((r.group(0) for r in found), "")


_FRAME_ORGS = frozenset({"EU", "European Union"})
# heads of named things that are no body ("the European Defence Fund", "the Dublin
# Regulation"): a body the sentence names does not fill their place
_THING_HEADS = frozenset(
    """fund regulation agenda programme program strategy policy initiative declaration
    directive framework mechanism facility instrument plan pact treaty""".split()
)
# heads of a public body that does a job: one is the other's rival ("an office" / "an agency")
_BODY_HEADS = frozenset({"agency", "office", "authority", "service", "body"})
# what a "which <noun>" question asks of a doer: a body, a nation's force, a person
AGENT_NOUNS = frozenset(
    stem(w)
    for w in "agency agencies office authority service body bodies organisation organization "
    "institution navy marine force forces army guard country state government ministry "
    "council commission person people official minister".split()
)


_ONLY_RE = re.compile(r"\b(?:only|sole|single|solely|exclusively|just one)\b", re.I)
_SEVERAL_RE = re.compile(
    r"\b(?:one of|among|amongst|including|includes|such as|for example|for instance|e\.g\.)",
    re.I,
)


def _one_of_several(q: Question, ev: Evidence) -> bool:
    """Whether the question asks if something is the only one, and the sentence makes it one
    of several ("Is X the only project?" / "One of the projects proposed is X")."""
    return (
        bool(_ONLY_RE.search(q.text))
        and bool(_SEVERAL_RE.search(strip_markers(ev.text)))
        and not _narrowed_unsaid(q, ev.chunk.text)
    )


def other_kind(q: Question, text: str) -> bool:
    """Whether the sentence says what the question's subject is, and it is a thing of
    another kind than the question asks ("Is X described as a mission?" / "X is the
    information-exchange framework …"): the two head nouns differ, and the sentence's
    words do not say the asked one in other words."""
    m = _KIND_ASKED_RE.match(q.text)
    if not m or _VERB_IN_SUBJECT_RE.search(m.group("x")):
        return False  # "Was X introduced by the Treaty …?" asks what was done, not a kind
    asked = _head(m.group("np"))
    if asked in _LIGHT_HEADS:
        return False  # "Is joining a matter of choice?" asks of the choice, not a kind
    plain = re.sub(r"\s*\([^)]*\)", "", strip_markers(text))
    for name in q.names:
        at = m.group("x").lower().find(name.lower())
        if at < 0 or _SUBJECT_LEAD_RE.sub("", m.group("x")[:at]).strip():
            continue  # "Is joining PESCO a free choice?": the subject is the joining
        said = re.search(
            rf"\b{re.escape(name)}(?:\s+\w+){{0,2}}?\s+(?:is|was|are|were)\s+(?:a|an|the)\s+"
            r"(?P<np>[^,;.]+)",
            plain,
            re.I,
        )
        if said:
            given = _head(said.group("np"))
            vouched = said_terms(q.text, plain, set(terms(plain)))
            # "Is PESCO a binding commitment?" / "PESCO is a mechanism … to join a binding
            # commitment": the sentence says the kind asked, all its words, of the subject
            # (not inside a name: "the Treaty of Lisbon" makes nothing a treaty)
            unnamed = re.sub(r"\b[A-Z][\w-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w-]*)*", " ", plain)
            whole = set(terms(_NP_END_RE.sub("", m.group("np")))) <= set(terms(unnamed))
            return bool(asked and given) and asked != given and asked not in vouched and not whole
    return False


# Head nouns that name no kind of thing ("a matter of choice", "a question of money")
_LIGHT_HEADS = frozenset(
    stem(w)
    for w in """matter question case issue thing way tool tools instrument instruments means
    setup set-up arrangement device kind sort type form example part piece step effort idea
    approach vehicle""".split()
)
# What may stand before the name in a subject that is the name itself: "the EU's X"
_SUBJECT_LEAD_RE = re.compile(r"\b(?:the|a|an|this|that|its|eu'?s?|european|union'?s)\b", re.I)
_KIND_ASKED_RE = re.compile(
    r"^(?:is|was|are|were|isn't|wasn't)\s+(?P<x>.+?)\s+(?:(?:described|seen|called|"
    r"considered|presented|defined)\s+as\s+)?(?:a|an|the)\s+(?P<np>[^?,;]+?)\s*\??$",
    re.I,
)
# A participle or a preposition ending the subject: "X introduced by", "X set up in"
_VERB_IN_SUBJECT_RE = re.compile(
    r"\b[a-z]+(?:ed|en)\b|\s(?:by|in|of|to|for|with|from|under|at|on|into|after|before)$"
)
_NP_END_RE = re.compile(
    r"\s+(?:of|for|in|on|under|by|that|which|who|with|to|from|at|designed|aimed|meant|"
    r"introduced|carried|run|set|created|used|called)\b.*$",
    re.I,
)


def _head(np: str) -> str:
    """The head noun of a noun phrase, as a term ("the information-exchange framework
    designed to …" → "framework")."""
    found = terms(_NP_END_RE.sub("", np))
    return found[-1] if found else ""


# verbs of judging, and the verb after "will": what a question asks to be said of its
# subject ("Does the author criticise X?", "Will PESCO stop irregular migration?")
_JUDGING_VERB_RE = re.compile(
    r"\b(criticis\w*|criticiz\w*|prais\w*|condemn\w*|blam\w*|welcom\w*|applaud\w*|"
    r"endors\w*|oppos\w*|approv\w*|disapprov\w*|reject\w*|attack\w*)\b",
    re.I,
)
_WILL_VERB_RE = re.compile(r"\b(?:will|would)\s+(?:not\s+)?([a-z]{3,})\b")


def unsaid_verb(q: Question, text: str) -> bool:
    """Whether a yes/no question's verb of judging, or its verb after "will", is said
    by the sentence neither in its words nor in the corpus's for them: the sentence may
    tell of the thing, but does not say that."""
    verbs = [m.group(1) for m in _JUDGING_VERB_RE.finditer(q.text)]
    verbs += [m.group(1) for m in _WILL_VERB_RE.finditer(q.text) if m.group(1) not in STOPWORDS]
    said = _said(q, text)
    light = {"have", "be", "take", "make", "get", "do", "give", "help", "bring", "go", "come"}
    return any(stem(v.lower()) not in said for v in verbs if v.lower() not in light)


# what must be, or should be, done: "has to be supported", "should be monitored"
_REQUIRED_RE = re.compile(
    r"\b(?:(?:has|have|had|needs?|ought)\s+to|must|should)\s+be\s+(?:\w+ly\s+)?(\w+)", re.I
)
_MODAL_ASKED_RE = re.compile(
    r"\b(?:should|must|ought|need|needs|has\s+to|have\s+to|required|necessary)\b", re.I
)


def only_required(q: Question, text: str) -> bool:
    """Whether a sentence says that what a plain question asks is needed, not that it is
    so ("Is X supported by a common mechanism?" / "X has to be supported by a common
    mechanism"); a question asking what should be is answered by it."""
    if _MODAL_ASKED_RE.search(q.text):
        return False
    return any(stem(m.group(1).lower()) in q.terms for m in _REQUIRED_RE.finditer(text))


def one_of_its_kind(q: Question, text: str, passage: str = "") -> bool:
    """Whether the sentence makes the question's "only <noun>" one of several <noun>s."""
    m = re.search(r"\b(?:only|sole|single)\s+((?:\S+\s+){0,1}\S+)", q.text, re.I)
    several = re.search(
        r"\b(?:one|some|each) of (?:the |its |their )?((?:\S+\s+){0,3}\S+)",
        strip_markers(text),
        re.I,
    )
    if not (m and several and set(terms(m.group(1))) & set(terms(several.group(1)))):
        return False
    return not _narrowed_unsaid(q, passage or text)


def _narrowed_unsaid(q: Question, text: str) -> bool:
    """Whether a question asking if X is the only one of a kind narrows the kind by words
    the passage does not say ("the only mission X has run?" / "one of the pilot
    projects"): the others may all be of another sort."""
    m = re.search(r"\b(?:only|sole|single)\s+(?:[A-Z]\w*\s+)?(\w+)", q.text)
    if not m:
        return False
    rest = [t for t in terms(q.text[m.end() :]) if t not in STOPWORDS and not numbers(t)]
    said = _said(q, text)
    return sum(t in said for t in rest) < len(rest) / 2  # most of it said: the same kind


_EVERY_RE = re.compile(r"\b(?:all|every|each)\b", re.I)
# a yes/no question claiming something of every one of a set: "Are all of the projects …?",
# "Is every project …?", "Do all 17 projects …?"
_ALL_OF_RE = re.compile(
    r"^(?:is|are|was|were|do|does|did|have|has|will|can)\s+(?:all|every|each)\b", re.I
)
_UNIVERSAL_RE = re.compile(
    r"\b(?:all|every|each|whole|entire|without exception|always|none|no)\b", re.I
)
_SOME_RE = re.compile(
    r"\b(?:almost|nearly|most(?!\s+\w+ly\b)|not all|not every|except|apart from|but not)\b",
    re.I,
)


# A claim that something is the only one of its kind: "the only way", "solely", "sole"
_EXCLUSIVE_RE = re.compile(r"(?<!\bnot )\b(?:only|sole|solely|exclusively|unique)\b", re.I)
# "only through airports", "solely by the Council": what the question says is the only one
_ONLY_WHAT_RE = re.compile(
    r"\b(?:only|solely|exclusively)\s+(?:(?:through|by|via|in|with|for|from|to|on|at|about)\s+)?"
    r"(?:the\s+|a\s+|an\s+)?([\w-]+(?:\s+[\w-]+){0,2})",  # "only the smuggling of people"
    re.I,
)


def only_verdict(q: Question, text: str) -> str:
    """For a yes/no question saying "only" ("Can the EU be entered only through
    airports?", "Are the UK and Denmark the only states outside?"): "no" when the sentence
    joins the thing asked with another ("through frontline Member States and airports")
    or excepts more states than the question names; "yes" when it excepts just those;
    "" when it says neither. The sentence's own "only" settles nothing here."""
    plain = strip_markers(text)
    if not re.search(r"\b(?:only|solely|exclusively)\b", q.text, re.I) or re.search(
        r"\bonly\b", plain, re.I
    ):
        return ""
    said = _all_except(plain)
    if q.countries and q.negative and said:
        out = countries(said.group(1))  # "all … except A, B and C"
        return "yes" if out == set(q.countries) else "no" if set(q.countries) < out else ""
    m = _ONLY_WHAT_RE.search(q.text)
    if not m:
        return ""
    heads = [t for t in terms(m.group(1)) if t not in STOPWORDS]
    if not heads:
        return ""
    ws = [w.lower() for w in words(plain)]
    for i, w in enumerate(ws):  # "X and airports", "airports and X", "X, airports"
        if stem(w) not in heads:  # each word asked: "smuggled goods" / "goods and people"
            continue
        near = ws[max(0, i - 4) : i] + ws[i + 1 : i + 3]
        if {"and", "or"} & set(near) or (i and plain.lower().find(", " + w) >= 0):
            return "no"
    return ""


_NUMBER_OF_STATES_RE = re.compile(
    r"\bnumber\s+of\b[^?]*?\b(?:states|countries|members|nations)\b", re.I
)


def excepted_count(q: Question, text: str) -> bool | None:
    """For a count of the states left out ("Are fewer than five states staying out?",
    "Do three countries not take part?") and a sentence excepting states from all ("all …
    except A, B and C"): whether the count of those it names meets the question's; None
    for other questions or sentences."""
    said = _all_except(text)
    if not (q.negative or LEFT_OUT_RE.search(q.text)) or not said:
        return None
    out = countries(said.group(1))
    left = len(out)
    # "Is the number of non-participating states under five?": the bound's noun before it
    states_counted = bool(_NUMBER_OF_STATES_RE.search(q.text))
    bounds = [
        (b, v)
        for b, v, noun in _bounds(q.text)
        if noun & _STATE_NOUNS or (not noun and states_counted)
    ]
    ws = words(q.text)  # "three (member) states"
    stated = [
        v
        for i, w in enumerate(ws)
        for v in numbers(w)
        if any(stem(x.lower()) in _STATE_NOUNS for x in ws[i + 1 : i + 3]) and not dates(w)
    ]
    if not left or (not bounds and not stated) or BOUND_RE.search(q.text) and not bounds:
        return None
    if set(q.countries) - out:  # "Is Ireland one of the three states staying out?"
        # a member state named and not excepted is not out, whatever the count; another
        # state (Norway) is no member the sentence speaks of
        return False if set(q.countries) <= EU_2017 else None
    if bounds:
        return all(_BOUNDS[b](left, v) for b, v in bounds)
    return all(v == left for v in stated)


def split_states(q: Question, text: str) -> bool:
    """Whether a sentence excepting states from all ("all … except A, B and C") puts the
    member states a question names together on both sides: some excepted, some not."""
    said = _all_except(text)
    named = set(q.countries)
    if not said or len(named) < 2 or not named <= EU_2017:
        return False
    out = countries(said.group(1))
    return bool(named & out) and bool(named - out)


def set_aside(q: Question, text: str) -> bool | None:
    """For a question about all but some ("Apart from the UK, is every member state taking
    part?") and a sentence excepting some ("all … except A, B and C"): whether the
    sentence excepts nothing the question does not set aside; None when it names none."""
    said = _EXCEPTION_RE.search(strip_markers(text))
    if not (said and SET_ASIDE_RE.search(q.text) and _EVERY_RE.search(q.text)) or q.negative:
        return None
    clause = said.group(0)
    states = countries(clause)
    others = {n.lower() for n in names(clause) if not countries(n)}
    if not states and not others:
        return None
    asked = {n.lower() for n in q.names}
    return states <= set(q.countries) and others <= asked


def _all_but_some(q: Question, ev: Evidence) -> bool:
    """Whether the question says all of something and the sentence excepts some ("Do all
    member states take part?" / "almost all take part, except A and B")."""
    return (
        bool(_EVERY_RE.search(q.text))
        and not _SOME_RE.search(q.text)
        and not _EXCEPTION_RE.search(q.text)
        and bool(_SOME_RE.search(strip_markers(ev.text)))
    )


def _names_country(q: Question, ev: Evidence) -> bool:
    return bool(set(q.countries) & countries(ev.text))


def _asks_taking_part(q: Question, text: str) -> bool:
    """Whether all a question asks of its states, besides what the sentence says in its
    own words, is taking part ("Is France in PESCO?", "Did Spain sign up?"), not some
    other deed ("Did France lead its creation?")."""
    said = set(terms(strip_markers(text)))
    said |= {t for p in reader_phrases(q.text) for t in terms(p)}  # "the defence pact"
    skip = _frame_terms(q) | _STATE_NOUNS | REPORTING | _LIST_TERMS | _CONTRAST_TERMS
    skip |= _STATE_TERMS  # "Did A sign, whereas B did not?": each clause's state, and the other's
    rest = [t for t in q.terms if t not in skip and not numbers(t)]
    return all(t in said or t in _TAKING_PART for t in rest)


_STATE_TERMS = frozenset(t for c in COUNTRIES for t in terms(c))
# what joins a question's clauses about different states ("…, whereas B did not")
_CONTRAST_TERMS = frozenset(stem(w) for w in "whereas while whilst although though but".split())
# "one of the states the article lists as …": the list, not a deed
_LIST_TERMS = frozenset(stem(w) for w in "list lists listed listing named names".split())


def sentence_stance(q: Question, sentence: str) -> bool | None:
    """True when the sentence affirms the question's proposition (taken positively),
    False when it denies it, None when it cannot tell.

    The stance is read in the clause that names what the question names ("A and B
    joined, while C stayed out": C's clause is negative); a name inside an exception
    ("all ... except C") is excluded; a member state left out of an "all ... except"
    list is included.
    """
    text = strip_markers(sentence)
    excepted_text = " ".join(m.group(1) for m in _EXCEPTION_RE.finditer(text))
    excepted = countries(excepted_text)
    named = set(q.countries)
    if named:
        if named & excepted:
            return False
        # "all Member States take part except A, B": a state not listed takes part, and
        # that is all it settles ("Did France lead the creation of X?" is not settled)
        in_all = bool(excepted and _ALL_RE.search(text)) and _asks_taking_part(q, text)
        if not named & countries(text):
            if in_all and named <= EU_2017:
                return True  # "all Member States ... except A, B": a state not listed is in
            return None
        unnamed = named - countries(text)
        if unnamed and not (in_all and unnamed <= EU_2017):
            return None  # "Did Italy and Greece run X?" / "Italy ran X": Greece is unsaid
    subjects = [n for n in q.names if n.lower() in text.lower()] or [
        c for c in named if c in text.lower()
    ]
    if subjects and excepted_text and all(s.lower() in excepted_text.lower() for s in subjects):
        return False
    for clause in _STANCE_CLAUSE_RE.split(text):
        if subjects and all(s.lower() in clause.lower() for s in subjects):
            return _affirms(q, _before_exception(clause))
    if _EXCEPTION_RE.search(text):
        return not states_negation(_before_exception(text))
    return _affirms(q, text)


def _affirms(q: Question, text: str) -> bool:
    """Whether a text states the question's proposition without negating it. A negation
    is read in the clause that says most of what the question asks: "X is still at an
    early phase and not much has been done yet" affirms "Is X at an early phase?"."""
    if not states_negation(text):
        return True
    asked = set(q.terms) - _POLAR - _name_terms(q)

    def says(clause: str) -> set[str]:  # the asked terms a clause says, in any words
        have = set(terms(clause))
        return asked & (have | vouched(q.text, have))

    clauses = [c for c in _ANY_CLAUSE_RE.split(text) if c.strip()]
    if len(clauses) > 1:
        most = max(len(says(c)) for c in clauses)
        best = [c for c in clauses if len(says(c)) == most]
        if most and not any(states_negation(c) for c in best):
            return True  # the clause saying it is affirmative; a tie with a negated one is not
    return False


# Clause breaks: a semicolon, a comma, or a conjunction joining two statements
_ANY_CLAUSE_RE = re.compile(r";|,|\s+(?:and|but|while|whereas|although|though)\s+", re.I)
_STANCE_CLAUSE_RE = re.compile(r";|,?\s+(?:while|whereas|but|although|though)\s+", re.I)


def _before_exception(text: str) -> str:
    m = _EXCEPTION_RE.search(text)
    return text[: m.start()] if m else text


def _quote(items: list[str]) -> str:
    return ", ".join(f"“{i}”" for i in items)
