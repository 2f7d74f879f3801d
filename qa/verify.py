"""Check generated sentences against the passages they cite.

A sentence is shown as fact only when its numbers, dates, names and addresses are
found (in any spelling) in the passages it cites or the question it answers, most of
its content words are too, and it keeps the passages' polarity ("except Denmark"
must not become "Denmark takes part"). Labels that name no given passage are removed
and reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from index.text import STOPWORDS, fold, stem, strip_markers, terms, words
from index.text import split_sentences as split_source
from qa.entities import (
    BOUND_RE,
    Aliases,
    countries,
    date_mentions,
    dates,
    names,
    number_mentions,
    numbers,
    states_negation,
)

if TYPE_CHECKING:
    from qa.analyze import Question

LABEL_RE = re.compile(r"\s*\[(¶?\s?\d{1,3}|[A-Za-z¶][^\]\n]{0,12})\]")
_URL_RE = re.compile(r"(?:https?://|www\.)\S+", re.I)
_SENTENCE_END_RE = re.compile(r"[.!?](?:\s*\[[^\]\n]{1,14}\])*(?=\s+[A-Z\"“(\d])")


@dataclass(frozen=True)
class Check:
    ok: bool
    reason: str = ""
    coverage: float = 0.0


def labels_in(text: str) -> list[str]:
    """Labels a sentence carries, normalised to "[n]" / "[¶n]"."""
    return [_normalise(m.group(1)) for m in LABEL_RE.finditer(text)]


def strip_labels(text: str) -> str:
    return LABEL_RE.sub("", text).strip()


def _normalise(inner: str) -> str:
    return "[" + inner.replace(" ", "") + "]"


def split_sentences(text: str) -> list[str]:
    """Split generated text into sentences, each keeping the labels that close it."""
    parts, start = [], 0
    for m in _SENTENCE_END_RE.finditer(text):
        parts.append(text[start : m.end()])
        start = m.end()
    parts.append(text[start:])
    return [p.strip() for p in parts if p.strip()]


def check_claim(
    claim: str,
    passages: list[str],
    question: Question | None = None,
    aliases: Aliases | None = None,
    yes_no: str = "",
    min_coverage: float = 0.5,
    frame: frozenset[str] = frozenset(),
    elsewhere: str = "",
    entries: frozenset[str] = frozenset(),
) -> Check:
    """Whether the passages (with the question a short answer completes) support a claim.

    Values are compared in normal form: numbers in digits or words, dates in any common
    format, states by canonical name, acronyms by the long names the corpus defines. A
    leading Yes/No must agree with the answer the evidence settled (`yes_no`); the rest
    must keep the passage's polarity. A claim that only restates the question fails.
    """
    claim = strip_markers(claim).strip()
    if claim.endswith(("?", ":")):
        return Check(False, "it is a question or an unfinished sentence")
    asked = question.text if question is not None else ""
    source = " ".join(strip_markers(p) for p in passages)
    # a bound's number ("more than 20?") is no value a claim may take from the question
    context = f"{source} {_OTHER_THAN_RE.sub(' ', BOUND_RE.sub(' ', asked))}"
    m = _YES_NO_RE.match(claim)
    said = m.group(1).lower() if m else ""
    rest = claim[m.end() :].strip() if m else claim
    unframed = _CLAIM_FRAME_RE.sub("", rest, count=1)
    if unframed != rest and terms(unframed):
        rest = unframed  # "The article dates the crisis to 2015": the frame needs no support
    if said and yes_no and said != yes_no:
        return Check(
            False, f"it answers {said.capitalize()}; the passage says {yes_no.capitalize()}"
        )
    if not terms(rest):
        if said and yes_no:
            return Check(True, "", 1.0)
        return Check(False, "too short to check against the passages")
    # A short fragment completes the question ("Denmark, Malta and the UK"), so its names
    # may come from the question; a full claim must find its names in the passages it
    # cites, or it pins their content on a name the question brought in.
    short = len(words(rest)) <= 8
    if yes_no == "no":
        # the evidence denies the question: a clause asserting a number the question gives
        # and the passage does not ("the article says twenty-seven states signed" for "Did
        # 27 sign?") restates the question's error as fact; a denial ("not 27") may
        # repeat it
        borrowed = numbers(asked) - numbers(source)
        for clause in _CLAUSE_RE.split(rest):
            if numbers(clause) & borrowed and not negated(clause):
                value = min(numbers(clause) & borrowed)
                return Check(
                    False, f"it asserts the question's {value:g}, which the passage denies"
                )
    # a verdict the evidence settled was checked against the question's own names
    names_in = context if short or yes_no else f"{source} {' '.join(frame)}"
    problem = _values_missing(rest, context, aliases, names_in=names_in)
    if problem:
        return Check(False, problem)
    claim_terms = terms(rest)
    context_terms = set(terms(context))
    coverage = sum(1 for t in claim_terms if _has(t, context_terms)) / len(claim_terms)
    if coverage < min_coverage:
        return Check(False, f"only {coverage:.0%} of its words are in the passage", coverage)
    asked_terms = set(question.terms) if question is not None else set()
    new = [t for t in claim_terms if t not in asked_terms]
    if question is not None and not new:
        return Check(False, "it only restates the question", coverage)
    source_terms = set(terms(source))
    if new and sum(1 for t in new if _has(t, source_terms)) / len(new) < min_coverage:
        return Check(False, "what it adds to the question is not in the passage", coverage)
    problem = (
        _entry_date(rest, passages, entries, frame)
        or _miscounted(rest, source)
        or _unbound(rest, source)
        or _misbound(
            rest,
            [strip_markers(p) for p in passages],
            elsewhere,
            frame,
            question.terms if question is not None else (),
        )
    )
    if problem:
        return Check(False, problem, coverage)
    stray = _stray_clause(rest, source_terms, asked_terms)
    if stray:
        return Check(False, f"its clause “{stray}” is not in the passage", coverage)
    # a short answer completing the question ("Three: A, B and C" to "How many … not …?")
    counts = {t for w in words(rest) if numbers(w) for t in terms(w)}
    fragment = short and not set(new) - source_terms - counts
    if not _same_polarity(rest, source, asked if fragment else ""):
        return Check(False, "it reverses the passage's negation or exception", coverage)
    return Check(True, "", coverage)


# "other than X" sets X aside: like a bound's number, X is no value to borrow
_OTHER_THAN_RE = re.compile(r"\bother\s+than\s+[\w-]+", re.I)


def _entry_date(
    claim: str, passages: list[str], entries: frozenset[str], frame: frozenset[str]
) -> str:
    """A date that, of the cited passages, only a footnote entry gives ("…, European
    Security and Defence College, 2016"): the cited document's own date, which dates
    only a claim naming what the entry names; "In 2016, the tools targeted …" does not.
    `entries` are the entries' texts, wherever they stand in a passage."""
    if not entries:
        return ""
    cited = [strip_markers(p) for p in passages]
    inside = [e for e in (strip_markers(x) for x in entries) if any(e in p for p in cited)]
    if not inside:
        return ""
    rest = []  # each passage without its entries
    for p in cited:
        for e in inside:
            p = p.replace(e, " ")
        rest.append(p)
    named = {t for e in inside for n in names(e) if n not in frame for t in terms(n)}
    # a name the rest of the passages use too ("CSDP" in the title and in the article's
    # sentence) is the article's subject, not the document's own
    named -= {t for p in rest for n in names(p) for t in terms(n)}
    said = {t for n in names(claim) if n not in frame for t in terms(n)}
    for _, day, _, _ in date_mentions(claim):
        if any(day.within(d) or d.within(day) for p in rest for d in dates(p)):
            continue
        if not said & named:
            return f"the date {day.year} is its cited document's own, not of what it says"
    return ""


def _stray_clause(claim: str, source_terms: set[str], asked_terms: set[str]) -> str:
    """A clause joined on ("…, yet running", "…, but it was cancelled") none of whose new
    words the passage has: it adds a claim of its own that nothing supports, however well
    the rest of the sentence matches."""
    for clause in CLAUSE_JOIN_RE.split(claim)[1:]:
        new = [t for t in terms(clause) if t not in asked_terms]
        if new and not any(_has(t, source_terms) for t in new):
            return clause.strip(" ,;.")
    return ""


# Where a sentence joins a clause on: a comma or semicolon before a conjunction.
CLAUSE_JOIN_RE = re.compile(
    r"(?:,|;)\s*(?=(?:and|but|yet|while|whereas|although|though|not)\b)|;\s*", re.I
)


def _misbound(
    claim: str,
    cited: list[str],
    elsewhere: str,
    frame: frozenset[str] = frozenset(),
    asked: tuple[str, ...] | list[str] = (),
) -> str:
    """A value the cited passage states of something else, while the given passages tie
    the word the claim says it of to another value of that kind: "accepted at the
    beginning of 2019" citing "… see the outcome … at the beginning of 2019" when another
    passage says "accepted at the beginning of 2018"; "the refugee crisis of 2016" citing
    a note "…, College, 2016" when another passage says "the Refugee crisis of 2015".
    Each content word just before the claim's value that stands near a rival value in
    the given passages must stand near the claim's value in a cited passage. A value with
    no word of its own before it ("In 2016; …" to "When did the crisis hit?") is said of
    what the question asks: one of the question's words tied to a rival value must stand
    near it. The corpus's frame names ("PESCO", in most passages) bind nothing."""
    if not elsewhere:
        return ""
    framed = {t for name in frame for t in terms(name)}
    claim_words = _word_spots(claim)
    spotted = [_spotted(p) for p in cited]  # positions count within each passage
    given_words, given_values = _spotted(elsewhere)  # the same for every check of an answer

    def tied_to(wanted: list[str], rivals: list[int]) -> bool:
        tied = [j for ts, j in given_words if any(_has(t, set(ts)) for t in wanted)]
        return any(abs(j - r) <= _NEAR for j in tied for r in rivals)

    def near_value(wanted: list[str], key: tuple[object, ...]) -> bool:
        for source_words, theirs in spotted:
            spots = [j for k, j, _ in theirs if _same_value(key, k)]
            uses = [j for ts, j in source_words if any(_has(t, set(ts)) for t in wanted)]
            if any(abs(j - v) <= _NEAR for j in uses for v in spots):
                return True
        return False

    values = _value_spots(claim)
    for key, at, written in values:
        if not any(_same_value(key, k) for _, theirs in spotted for k, _, _ in theirs):
            continue  # not in the passage (another check says so)
        rivals = [j for k, j, _ in given_values if k[0] == key[0] and not _same_value(key, k)]
        if not rivals:
            continue  # nothing to confuse it with
        own = False
        # the words before the value, back to the value before it ("Acceptance was expected
        # at the beginning of 2019": "acceptance", seven words back, is what it is said of)
        start = max([at - _BEFORE, *(j + 1 for _, j, _ in values if j < at)])
        for word, i in claim_words:
            if not start <= i < at or word in _DATE_WORDS:
                continue
            wanted = [t for t in terms(word) if not t.isdigit() and t not in framed]
            if not wanted:
                continue
            own = True
            if tied_to(wanted, rivals) and not near_value(wanted, key):
                return f"the passage states {written} of something other than “{word}”"
        if not own and asked:
            wanted = [t for t in asked if not t.isdigit() and t not in framed | _DATE_WORDS]
            tied = [t for t in wanted if tied_to([t], rivals)]
            if tied and not near_value(tied, key):
                return f"the passage states {written} of something other than what is asked"
    return ""


@lru_cache(maxsize=64)
def _spotted(
    text: str,
) -> tuple[list[tuple[list[str], int]], list[tuple[tuple[object, ...], int, str]]]:
    """A passage's words (as terms) and values, each with its position in words."""
    return [(terms(w), i) for w, i in _word_spots(text)], _value_spots(text)


def _same_value(mine: tuple[object, ...], theirs: tuple[object, ...]) -> bool:
    if mine[0] != theirs[0]:
        return False
    if mine[0] == "d":  # a year matches the same year, whatever its month there
        return mine[1] == theirs[1] and (not mine[2] or mine[2] == theirs[2])
    return mine == theirs


_DATE_WORDS = frozenset(
    """beginning start end early late middle mid year years month months since until
    before after around about by during first last""".split()
)


def _unbound(claim: str, source: str) -> str:
    """A value the passage states of something else: "implementation in 2019" against
    "monitor the implementation … in 2018 and see the outcome … of 2019". Where the passage
    gives two values of a kind, the content word just before the claim's value must stand
    nearest to that value there, not to the other one."""
    mine, theirs = _value_spots(claim), _value_spots(source)
    source_words = _word_spots(source)
    claim_words = _word_spots(claim)
    for key, at, written in mine:
        rivals = [(k, j) for k, j, _ in theirs if k[0] == key[0]]  # numbers, or dates
        if len({k for k, _ in rivals}) < 2 or key not in {k for k, _ in rivals}:
            continue  # one value of its kind (or none): nothing to confuse it with
        before = [w for w, i in claim_words if at - 3 <= i < at and w not in STOPWORDS]
        if not before:
            continue
        word = before[-1]
        bound = []  # for each use of the word near a value: whether it is the claim's
        for j in (j for w, j in source_words if _has(stem(word), {stem(w)})):
            nearest = min(rivals, key=lambda r: abs(r[1] - j))
            if abs(nearest[1] - j) <= _NEAR:  # a use far from every value binds nothing
                bound.append(nearest[0] == key)
        if bound and not any(bound):
            return f"the passage states {written} of something other than “{word}”"
    return ""


_NEAR = 8  # words
_BEFORE = 8  # words before a claim's value that may name what it is said of


def _word_spots(text: str) -> list[tuple[str, int]]:
    """Each word (lower case) and its position, in words, in the folded text."""
    return [(m.group(0).lower(), i) for i, m in enumerate(_WORD_RE.finditer(fold(text)))]


def _value_spots(text: str) -> list[tuple[tuple[object, ...], int, str]]:
    """Each number and date: its normal form, its position in words, and as written."""
    plain = fold(text)
    starts = [m.start() for m in _WORD_RE.finditer(plain)]

    def index(char: int) -> int:
        return next((i for i, s in enumerate(starts) if s >= char), len(starts))

    out: list[tuple[tuple[object, ...], int, str]] = [
        (("n", value), index(start), written) for written, value, start, _ in number_mentions(plain)
    ]
    out += [
        (("d", day.year, day.month), index(start), written)
        for written, day, start, _ in date_mentions(plain)
    ]
    return out


_WORD_RE = re.compile(r"\w[\w'’-]*")
_YES_NO_RE = re.compile(r"^(yes|no)\b[\s,.;:!—–-]*", re.I)


NOTE_NUMBER_RE = re.compile(r"\b(?:foot|end)?notes?\s+(?:no\.?\s*)?(\d{1,2})\b", re.I)


def _values_missing(
    claim: str, context: str, aliases: Aliases | None, names_in: str | None = None
) -> str:
    """The first number, date, address or name of the claim the context lacks; '' if none.

    Names are looked up in `names_in` (the cited passages alone, for a full claim).
    """
    folded = fold(context).lower()
    name_text = fold(names_in if names_in is not None else context).lower()
    for url in _URL_RE.findall(claim):
        if url.rstrip(".,;)").lower() not in folded:
            return f"address {url!r} is not in the passage"
    claim_dates = dates(claim)
    known_dates = dates(context)
    for day in claim_dates:
        if not any(day.given_by(k) for k in known_dates):
            return (
                f"date {day.year}{f'-{day.month:02d}' if day.month else ''} is not in the passage"
            )
    years = {float(d.year) for d in claim_dates}
    spelled = {float(v) for v in _day_numbers(claim)}
    # "footnote 2" points at a note (its label is checked as a citation), it counts nothing
    spelled |= {float(n) for n in NOTE_NUMBER_RE.findall(claim)}
    # "1) …; 2) …": the numbers of an enumeration (from one, in order) order items, they
    # count nothing
    enumerated = [int(a or b) for a, b in _ENUMERATOR_RE.findall(claim)]
    if enumerated == list(range(1, len(enumerated) + 1)):
        spelled |= {float(n) for n in enumerated}
    stated = numbers(context) | _listed_counts(context)
    for value in numbers(claim) - years - spelled:
        if value not in stated:
            return f"number {value:g} is not in the passage"
    known_states = countries(context)
    for state in sorted(countries(claim) - known_states):
        return f"state {state.title()!r} is not in the passage"
    name_terms = set(terms(name_text))
    for name in names(claim):
        if name.lower() in name_text:
            continue
        if countries(name) and countries(name) <= known_states:
            continue
        spellings = aliases.expansions(name) if aliases else []
        if any(sp.lower() in name_text for sp in spellings):
            continue
        if _has(stem(name), name_terms):
            continue
        return f"name {name!r} is not in the passage"
    return ""


_ENUMERATOR_RE = re.compile(
    r"(?:^|[\s;:,])\(?(\d{1,2})\)(?=\s)|(?:^|[;:]\s*)(?<!\S)(\d{1,2})\.(?=\s)"
)


def _listed_counts(text: str) -> set[float]:
    """How many items the text's lists name ("the United Kingdom, Denmark and Malta": 3),
    so that a claim may count them."""
    out: set[float] = set()
    for sentence in re.split(r"(?<=[.;:!?])\s+|\n", strip_markers(text)):
        if "," not in sentence:
            continue  # "… protection and security … crime and … networks and …": no list
        pieces = [p for p in re.split(r",\s*|\s+and\s+|\s+or\s+", sentence) if p.strip()]
        if len(pieces) >= 3 and all(len(words(p)) <= 5 for p in pieces[-2:]):
            short = [p for p in pieces if len(words(p)) <= 5]
            out.update({float(len(pieces)), float(len(short))})
    for m in _EXCEPTION_RE.finditer(text):  # "… except for A and B": 2
        if countries(m.group(1)):
            out.add(float(len(countries(m.group(1)))))
    return out


def _miscounted(claim: str, source: str) -> str:
    """A number the claim binds to a noun that the passage binds to another ("17 countries"
    where the passage has "17 projects"); '' when none."""
    source_words = [w.lower() for w in words(source)]
    for m in re.finditer(r"(\S+)\s+(?:[\w-]+\s+)?([A-Za-z]{3,})", claim):
        values = numbers(m.group(1))
        if not values or dates(m.group(1)) or m.group(1)[-1] in ":,.;)":
            continue  # "Seventeen: the participants…": the number stands alone
        between = m.group(0)[len(m.group(1)) :].split()[:-1]
        if any(w.lower() in STOPWORDS for w in between):
            continue
        noun = stem(m.group(2).lower())
        counted = []
        for i, w in enumerate(source_words):
            if numbers(w) & values:
                counted += [stem(x) for x in source_words[i + 1 : i + 4]]
        if counted and noun not in counted and noun not in STOP_STEMS:
            return f"the passage counts other things with {m.group(1)}"
    return ""


STOP_STEMS = frozenset(
    stem(w) for w in "of the and in on at for member members state states".split()
)


def _day_numbers(text: str) -> list[int]:
    """Day-of-month numbers inside written dates ("13 November 2017"): part of the date."""
    out = []
    for m in re.finditer(
        r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z][a-z]+\s+\d{4}|"
        r"\b[A-Z][a-z]+\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+\d{4}|"
        r"\b(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}",
        text,
    ):
        out += [int(g) for g in m.groups() if g]
    return out


def _same_polarity(claim: str, source: str, question: str) -> bool:
    """Each clause of the claim negates or excepts exactly when the source sentence it
    draws on does ("which was not replaced" against "was later replaced" fails).

    States are checked one by one and decide alone: a state inside an exception ("all ...
    except A") may not be stated as included, nor one outside it as excluded.
    """
    excepted = set()
    for m in _EXCEPTION_RE.finditer(source):
        excepted |= countries(m.group(1))
    clauses = [c for c in _CLAUSE_RE.split(claim) if terms(c)] or [claim]
    for clause in clauses:
        claim_neg = negated(clause) or (bool(question) and negated(question))
        named = countries(clause)
        if named and excepted:
            inside = named & excepted
            if inside and not claim_neg:
                return False
            if named - excepted and claim_neg:
                return False  # a state outside the exception named as excluded
            continue
        closest = _closest_sentence(terms(clause), source)
        if len(clauses) > 1 and len(terms(clause)) < 3:
            held = set(terms(closest))
            if not all(_has(t, held) for t in terms(clause)):
                continue  # too short to find the sentence it draws on
        if claim_neg != negated(closest) and not _partial_of(clause, closest, claim_neg):
            return False
    return True


def _partial_of(clause: str, closest: str, claim_neg: bool) -> bool:
    """Whether an affirmative clause saying "almost all" states what a sentence excepting
    some says ("Almost all states take part" / "Almost all … except A and B")."""
    plain = _EXCEPTION_RE.sub("", closest)
    return (
        not claim_neg
        and bool(_PARTIAL_RE.search(clause))
        and bool(_EXCEPTION_RE.search(closest))
        and not negated(plain)
    )


# A claim's reporting frame: the document or its author as the subject of a reporting verb.
_CLAIM_FRAME_RE = re.compile(
    r"^(?:the|this|its) (?:article|author|writer|text|paper|piece|note|footnote)\s+"
    r"(?:says|states|dates|describes|presents|names|lists|notes|mentions|calls|gives|places|"
    r"puts|argues|claims|suggests|expects|reports|explains|sets out|points out|counts|"
    r"refers to|describes it as)(?:\s+that)?\s+",
    re.I,
)
_PARTIAL_RE = re.compile(
    r"\b(?:almost all|nearly all|all but|most|the majority|virtually all)\b", re.I
)


_CLAUSE_RE = re.compile(
    r";|:\s|,\s*(?=(?:which|but|while|whereas|although|though|so|and then|yet)\b)", re.I
)


_EXCEPTION_RE = re.compile(
    r"\b(?:except(?:\s+for)?|excluding|apart from|other than|with the exception of|"
    r"save for|not including)\b([^.;:]*)",
    re.I,
)


def _has(term: str, vocabulary: set[str]) -> bool:
    if term in vocabulary:
        return True
    return len(term) >= 5 and any(
        len(v) >= 5 and (v.startswith(term) or term.startswith(v)) for v in vocabulary
    )


def negated(text: str) -> bool:
    """Whether a text states an exclusion or a negation ("except", "not", "stayed out")."""
    return states_negation(text)


def _closest_sentence(claim_terms: list[str], passage: str) -> str:
    """The passage sentence sharing most terms with the claim."""
    spans = split_source(passage) or [(0, len(passage))]
    wanted = set(claim_terms)
    best = max(spans, key=lambda se: len(wanted & set(terms(passage[se[0] : se[1]]))))
    return passage[best[0] : best[1]]
