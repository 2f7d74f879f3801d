"""Check generated sentences against the passages they cite.

A sentence is shown as fact only when its numbers, names, addresses and nearly all
of its content words are found in a passage it cites, and it does not flip that
passage's polarity ("except Denmark" must not become "Denmark takes part").
Labels that name no given passage are removed and reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.text import STOPWORDS, fold, strip_markers, terms, words
from index.text import split_sentences as split_source

LABEL_RE = re.compile(r"\s*\[(¶?\s?\d{1,3}|[A-Za-z¶][^\]\n]{0,12})\]")
_URL_RE = re.compile(r"(?:https?://|www\.)\S+", re.I)
_NUMBER_RE = re.compile(r"\d+(?:[.,/]\d+)*")
_NEGATION = frozenset(
    "not no never none nor neither except excluding without outside apart n't cannot".split()
)
_EXCLUSION = _NEGATION | frozenset("out excluded absent non missing declined refused".split())
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


def check_sentence(
    sentence: str, passage: str, question: str = "", min_coverage: float = 0.75
) -> Check:
    """Whether one passage supports one generated sentence (labels already removed).

    A fragment ("Denmark, Malta and the United Kingdom": short, and sharing no word with
    the question) answers in the question's terms, so the question's polarity is its own.
    """
    claim = strip_markers(sentence).strip()
    if claim.endswith(("?", ":")):
        return Check(False, "it is a question or an unfinished sentence")
    source = strip_markers(passage)
    folded = fold(source).lower()
    claim_terms = terms(claim)
    if len(claim_terms) < 2:
        return Check(False, "too short to be a claim")
    for url in _URL_RE.findall(claim):
        if url.rstrip(".,;)").lower() not in folded:
            return Check(False, f"address {url!r} is not in the passage")
    for number in _NUMBER_RE.findall(claim):
        if not re.search(rf"(?<![\d]){re.escape(number)}(?![\d])", folded):
            return Check(False, f"number {number} is not in the passage")
    for name in _names(claim):
        if name.lower() not in folded:
            return Check(False, f"name {name!r} is not in the passage")
    source_terms = set(terms(source))
    found = sum(1 for t in claim_terms if _has(t, source_terms))
    coverage = found / len(claim_terms)
    if coverage < min_coverage:
        return Check(False, f"only {coverage:.0%} of its words are in the passage", coverage)
    fragment = len(words(claim)) <= 8 and not set(claim_terms) & set(terms(question))
    negated = _negated(claim) or (fragment and _negated(question))
    if negated != _negated(_closest_sentence(claim_terms, source)):
        return Check(False, "it reverses the passage's negation or exception", coverage)
    return Check(True, "", coverage)


def _names(text: str) -> list[str]:
    """Capitalised words after the first word, and acronyms anywhere."""
    ws = words(text)
    return [
        re.sub(r"'s$", "", w)
        for i, w in enumerate(ws)
        if ((i > 0 and w[:1].isupper()) or (w.isupper() and len(w) > 1))
        and w.lower() not in STOPWORDS
    ]


def _has(term: str, vocabulary: set[str]) -> bool:
    if term in vocabulary:
        return True
    return len(term) >= 5 and any(
        len(v) >= 5 and (v.startswith(term) or term.startswith(v)) for v in vocabulary
    )


def _negated(text: str) -> bool:
    """Whether a text states an exclusion or a negation ("except", "not", "stayed out")."""
    return any(w.lower() in _EXCLUSION or w.lower().endswith("n't") for w in words(text))


def _closest_sentence(claim_terms: list[str], passage: str) -> str:
    """The passage sentence sharing most terms with the claim."""
    spans = split_source(passage) or [(0, len(passage))]
    wanted = set(claim_terms)
    best = max(spans, key=lambda se: len(wanted & set(terms(passage[se[0] : se[1]]))))
    return passage[best[0] : best[1]]
