"""Compare a claim with source passages value by value: numbers, dates, states, names.

"Twenty-Five Member States" and "23 member states" count the same thing with different
numbers, so they differ; "four cities" and "4 cities" agree. A number is set against the
source's numbers that count the same noun; a date against the dates of passages about
the same subject, in normal form ("13/11/2017" is "13 November 2017"); a list of states
against the states the passages name. Names (acronyms, organisations) are found or not.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cached_property

from index.text import STOPWORDS, fold, stem, strip_markers, terms, words
from qa.entities import (
    Aliases,
    Day,
    countries,
    date_mentions,
    number_mentions,
    organisations,
    words_to_number,
)


@dataclass(frozen=True)
class Passage:
    """A sentence of a cited document, quoted as evidence."""

    doc_id: str
    paragraph: int
    text: str

    @property
    def label(self) -> str:
        return f"{self.doc_id} ¶{self.paragraph}"

    @cached_property
    def values(self) -> Values:
        """The values it states, parsed once however many claims it is compared with."""
        return Values.of(self.text)


@dataclass(frozen=True)
class Difference:
    """A value of one kind that the article and the source state differently."""

    kind: str  # "number", "date" or "states"
    article: str  # as the article writes it
    source: str  # as the source writes it
    about: str = ""  # what the number counts, as the article writes it

    def to_dict(self) -> dict[str, str]:
        data = {"kind": self.kind, "article": self.article, "source": self.source}
        if self.about:
            data["about"] = self.about
        return data

    def __str__(self) -> str:
        about = f" ({self.about})" if self.about else ""
        return f"{self.kind}{about} — article: {self.article}; source: {self.source}"


@dataclass(frozen=True)
class Count:
    """A number as written, its value, and the words after it (what it counts)."""

    written: str
    value: float
    noun: tuple[str, ...]  # stems of the next content words
    noun_text: str  # those words as written

    def counts_same(self, other: Count) -> bool:
        return bool(self.noun and other.noun) and (
            self.noun[0] in other.noun or other.noun[0] in self.noun
        )


@dataclass(frozen=True)
class Values:
    """The typed values a text states."""

    counts: tuple[Count, ...]
    dates: tuple[tuple[str, Day], ...]
    states: frozenset[str]
    names: tuple[str, ...]  # acronyms and organisation names, as written

    @classmethod
    def of(cls, text: str) -> Values:
        plain = fold(strip_markers(text))
        counts = tuple(_count(plain, w, v, end) for w, v, _, end in number_mentions(plain))
        dates = tuple((w, d) for w, d, _, _ in date_mentions(plain))
        found = countries(plain)
        names = []
        for phrase in organisations(plain):
            name = _organisation(phrase)
            if name and name not in names and not countries(name):
                names.append(name)
        return cls(counts, dates, frozenset(found), tuple(names))

    @property
    def any(self) -> bool:
        return bool(self.counts or self.dates or self.states or self.names)


def _organisation(phrase: str) -> str:
    """The organisation a capitalised phrase names: "Member States of the European Union"
    names the European Union."""
    tail = re.split(r"\s+(?:of|for)\s+(?:the\s+)?", phrase)[-1]
    if tail != phrase and organisations(tail):
        return tail
    kept = phrase.split()
    while kept and words_to_number(kept[0]) is not None:
        kept.pop(0)
    return " ".join(kept)


def _count(plain: str, written: str, value: float, end: int) -> Count:
    after = [w for w in words(plain[end : end + 80])[:3] if w.lower() not in STOPWORDS]
    return Count(written, value, tuple(stem(w) for w in after[:2]), " ".join(after[:2]))


@dataclass(frozen=True)
class Comparison:
    """What the evidence holds of a claim."""

    shared: frozenset[str]  # the claim's content words it holds
    found: tuple[str, ...]
    missing: tuple[str, ...]
    differences: tuple[Difference, ...]


def content_terms(text: str) -> frozenset[str]:
    """A claim's content words (stemmed), its numbers and dates left out: they are values."""
    plain = fold(strip_markers(text))
    for written, *_ in [*number_mentions(plain), *date_mentions(plain)]:
        plain = plain.replace(written, " ")
    return frozenset(terms(plain))


def shared_terms(wanted: frozenset[str], vocabulary: set[str]) -> frozenset[str]:
    """The wanted terms a vocabulary holds, a long stem matching its longer or shorter form."""
    return frozenset(t for t in wanted if _has(t, vocabulary))


def _has(term: str, vocabulary: set[str]) -> bool:
    if term in vocabulary:
        return True
    return len(term) >= 5 and any(
        len(v) >= 5 and (v.startswith(term) or term.startswith(v)) for v in vocabulary
    )


def ranked(wanted: frozenset[str], passages: list[Passage]) -> list[tuple[Passage, frozenset[str]]]:
    """Passages with the claim's words each shares, best first: rare shared words weigh most
    (inverse document frequency over the passages), document order breaks ties."""
    vocabularies = [set(terms(p.text)) for p in passages]
    n = len(passages)
    weight = {t: math.log(1 + n / (1 + sum(1 for v in vocabularies if _has(t, v)))) for t in wanted}
    scored = []
    for i, (p, vocabulary) in enumerate(zip(passages, vocabularies, strict=True)):
        shared = shared_terms(wanted, vocabulary)
        scored.append((-sum(weight[t] for t in shared), -len(shared), i, p, shared))
    scored.sort(key=lambda s: s[:3])
    return [(p, shared) for *_, p, shared in scored]


def compare(claim: str, evidence: list[Passage], aliases: Aliases | None = None) -> Comparison:
    """Each value of the claim found, missing, or stated differently in the evidence."""
    mine = Values.of(claim)
    theirs = [p.values for p in evidence]
    source = fold(" ".join(p.text for p in evidence))
    found: list[str] = []
    missing: list[str] = []
    differences: list[Difference] = []
    counts = [c for v in theirs for c in v.counts]
    for c in mine.counts:
        rival = [o for o in counts if c.counts_same(o)]
        if any(o.value == c.value for o in counts):
            found.append(c.written)
        elif rival:
            differences.append(Difference("number", c.written, rival[0].written, c.noun_text))
        else:
            missing.append(c.written)
    dates = [d for v in theirs for d in v.dates]
    for written, day in mine.dates:
        if any(day.within(d) for _, d in dates):
            found.append(written)
        elif dates:
            closest = min(dates, key=lambda d: _distance(day, d[1]))
            differences.append(Difference("date", written, closest[0]))
        else:
            missing.append(written)
    states = frozenset(s for v in theirs for s in v.states)
    found += [s.title() for s in sorted(mine.states & states)]
    if mine.states - states and states - mine.states:
        differences.append(Difference("states", _listed(mine.states), _listed(states)))
    else:
        missing += [s.title() for s in sorted(mine.states - states)]
    low = source.lower()
    for name in mine.names:
        # a long form's head is enough: "Permanent Structured Cooperation (on security …)"
        spellings = [
            name,
            *(" ".join(e.split()[:3]) for e in (aliases or Aliases()).expansions(name)),
        ]
        (found if any(s.lower() in low for s in spellings) else missing).append(name)
    shared = shared_terms(content_terms(claim), set(terms(source)))
    return Comparison(shared, tuple(found), tuple(missing), tuple(differences))


def _distance(a: Day, b: Day) -> tuple[int, int, int]:
    return (abs(a.year - b.year), abs((a.month or b.month) - (b.month or a.month)), 0)


def _listed(states: frozenset[str]) -> str:
    return ", ".join(s.title() for s in sorted(states))
