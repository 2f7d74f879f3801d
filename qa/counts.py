"""Counts set against each other: "Are there more projects than member states?", "How
many more states signed than there are projects?". Each side is counted from the
sentence that gives a number for its noun ("a preliminary list of 17 projects",
"Twenty-Five Member States"), or, for the states left out, from the states a sentence
excepts from all ("all … except for A, B and C"). The answer states both counts with
their sentences; a side no sentence counts leaves the question to the other rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.text import STOPWORDS, stem, strip_markers, terms, words
from qa.analyze import LEFT_OUT_RE
from qa.entities import countries, dates, numbers
from qa.types import Evidence

# "Are there more projects than states?", "Were there fewer scenarios than states out?",
# "Does the article name more X than Y?"
_MORE_THAN_RE = re.compile(
    r"^(?:are|were|is|was)\s+there\s+(?P<cmp>more|fewer|less)\s+(?P<x>.+?)\s+than\s+"
    r"(?:there\s+are\s+|there\s+were\s+)?(?P<y>.+?)\W*$",
    re.I,
)
# "Are more states taking part than there are projects?", "Did fewer X … than Y?"
_MORE_X_THAN_RE = re.compile(
    r"^(?:are|were|did|do|does|have|has)\s+(?P<cmp>more|fewer|less)\s+(?P<x>.+?)\s+than\s+"
    r"(?:there\s+are\s+|there\s+were\s+)?(?P<y>.+?)\W*$",
    re.I,
)
# "By how many does the number of states exceed the number of projects?"
_EXCEEDS_RE = re.compile(
    r"^by\s+how\s+(?:many|much)\s+(?:does|do|did)\s+(?:the\s+number\s+of\s+)?(?P<x>.+?)\s+"
    r"(?:exceed|outnumber|top)\s+(?:the\s+number\s+of\s+)?(?P<y>.+?)\W*$",
    re.I,
)
# "How many more states signed than there are projects?"
_HOW_MANY_MORE_RE = re.compile(
    r"^how\s+many\s+(?P<cmp>more|fewer|less)\s+(?P<x>.+?)\s+than\s+"
    r"(?:there\s+are\s+|there\s+were\s+|are\s+|were\s+)?(?P<y>.+?)\W*$",
    re.I,
)
_EXCEPT_RE = re.compile(
    r"\b(?:all|every)\b.*?\b(?:except(?:\s+for)?|apart\s+from|but)\s+(.+)$", re.I
)
_STATE_WORDS = frozenset(stem(w) for w in "state states country countries member members".split())
# words that end a counted noun ("projects on the list", "states that signed")
_NOUN_ENDS = frozenset(
    "on in of at to for from that which who whose signed did do does are were is was have "
    "has had will would can could the a an there".split()
)


@dataclass(frozen=True)
class Count:
    """A count a sentence gives for the noun of one side of a comparison."""

    value: int
    evidence: Evidence
    noun: str  # the side as the question words it


@dataclass(frozen=True)
class Compared:
    """Two counts set against each other: the first side's, then the second's."""

    asked: str  # "more", "fewer" or "difference"
    first: Count
    second: Count

    @property
    def holds(self) -> bool:
        """Whether the first side's count is more (or fewer, as asked) than the second's."""
        if self.asked == "more":
            return self.first.value > self.second.value
        return self.first.value < self.second.value


def compares_counts(question: str) -> bool:
    """Whether a question sets two counts against each other."""
    return any(
        p.match(question) for p in (_MORE_THAN_RE, _MORE_X_THAN_RE, _HOW_MANY_MORE_RE, _EXCEEDS_RE)
    )


def compared_counts(question: str, evidence: list[Evidence]) -> Compared | None:
    """The two counts a question sets against each other, each from its sentence; None
    when the question compares no counts or a side is counted by no sentence at hand."""
    yes_no = _MORE_THAN_RE.match(question) or _MORE_X_THAN_RE.match(question)
    how_many = _HOW_MANY_MORE_RE.match(question) or _EXCEEDS_RE.match(question)
    m = yes_no or how_many
    if m is None:
        return None
    cmp = m.groupdict().get("cmp") or "more"
    asked = "more" if cmp.lower() == "more" else "fewer"
    x, y = _noun(m.group("x")), _noun(m.group("y"))
    if LEFT_OUT_RE.search(y) and not set(terms(y)) & _STATE_WORDS and set(terms(x)) & _STATE_WORDS:
        y = f"{x} {y}"  # "… in PESCO than outside it": the same states, those left out
    first, second = _count(x, evidence), _count(y, evidence)
    if first is None or second is None:
        return None
    if first.evidence.text == second.evidence.text and first.value == second.value:
        return None  # one number of one sentence read for both sides
    return Compared("difference" if how_many else asked, first, second)


def _noun(side: str) -> str:
    """The counted noun of a side ("Member States signed the PESCO list" -> "Member
    States"; "projects on the preliminary list" keeps "preliminary list" apart)."""
    ws = side.split()
    end = next((i for i, w in enumerate(ws) if i and w.lower() in _NOUN_ENDS), len(ws))
    plural = next((i for i, w in enumerate(ws[:end]) if re.fullmatch(r"[A-Za-z-]+[^s]s", w)), None)
    if plural is not None:  # "scenarios under PESCO": the plural heads it
        end = plural + 1
    head = " ".join(ws[:end])
    rest = " ".join(ws[end:])
    return f"{head} {rest}".strip() if LEFT_OUT_RE.search(rest) else head


def _count(side: str, evidence: list[Evidence]) -> Count | None:
    """The count a sentence gives for a side's noun: a number written just before it, or
    the states a sentence excepts from all when the side asks of those left out."""
    noun = [t for t in terms(side) if t not in STOPWORDS]
    if not noun:
        return None
    out = bool(LEFT_OUT_RE.search(side))  # "states staying out": those a sentence excepts
    head = stem(words(side)[-1].lower())  # "Member Cities": cities are counted
    for ev in evidence:
        plain = strip_markers(ev.text)
        if out:
            left = _EXCEPT_RE.search(plain)
            if left:
                return Count(_items(left.group(1)), ev, side)
            continue
        ws = words(plain)
        for i, w in enumerate(ws):
            if dates(w) or not numbers(w):
                continue
            after = {stem(x.lower()) for x in ws[i + 1 : i + 4]}
            if head in after:
                return Count(int(min(numbers(w))), ev, side)
    return None


def _items(listed: str) -> int:
    """How many things a list names ("the United Kingdom, Denmark and Malta": three)."""
    states = countries(listed)
    if states:
        return len(states)
    return len([p for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", listed.rstrip(". ")) if p])
