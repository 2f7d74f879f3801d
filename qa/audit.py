"""Footnote audit: does footnote [n] back the sentence that cites it, and do the article's
unsourced figures agree with the documents it cites?

A claim (a sentence of the article) is set beside the sentences of a cited document that
share most of its content words, and its values are compared explicitly (`qa.compare`):
numbers in digits or words, dates in any common format, states, organisation names. The
verdict follows from those comparisons alone (no model is consulted), quotes both sides,
and leaves the judgement to the reader.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cached_property

from index.chunking import paragraph_sentences
from index.errors import SourceError
from index.sources import Corpus
from index.types import Document, Sentence
from qa.compare import (
    Comparison,
    Difference,
    Passage,
    Values,
    compare,
    content_terms,
    ranked,
)
from qa.entities import Aliases

SUPPORTED = "supported"
PARTLY = "partly supported"
DISAGREES = "disagrees"
NOT_FOUND = "not found in the cited source"
MISSING = "source text missing"
VERDICTS = (DISAGREES, NOT_FOUND, PARTLY, SUPPORTED, MISSING)  # most telling first


@dataclass(frozen=True)
class Claim:
    """A sentence of the article: one that carries footnote marker [n], or one without."""

    text: str  # as written, markers kept
    paragraph: int
    footnote: int | None = None  # the marker it carries; None for an unsourced sentence
    beside: tuple[int, ...] = ()  # markers of the sentences next to it in its paragraph

    @property
    def label(self) -> str:
        return f"¶{self.paragraph}"

    @cached_property
    def values(self) -> Values:
        """The numbers, dates, states and names it states."""
        return Values.of(self.text)


@dataclass(frozen=True)
class AuditItem:
    """The verdict on one claim against one cited document, with both sides quoted."""

    verdict: str  # one of VERDICTS
    claim: Claim
    footnote: int | None  # the footnote whose document was compared
    doc_id: str | None
    title: str = ""
    evidence: tuple[Passage, ...] = ()  # the document's sentences closest to the claim
    differences: tuple[Difference, ...] = ()
    found: tuple[str, ...] = ()  # the claim's values and names the evidence holds
    missing: tuple[str, ...] = ()  # those it lacks
    coverage: float = 0.0  # share of the claim's content words the evidence holds
    note: str = ""  # why not found, or how to add a missing text

    def to_dict(self) -> dict[str, object]:
        """The JSON contract of `qa audit --json`."""
        return {
            "verdict": self.verdict,
            "footnote": self.footnote,
            "doc_id": self.doc_id,
            "title": self.title,
            "marked": self.claim.footnote is not None,
            "paragraph": self.claim.paragraph,
            "claim": self.claim.text,
            "evidence": [
                {"paragraph": p.paragraph, "label": p.label, "text": p.text} for p in self.evidence
            ],
            "differences": [d.to_dict() for d in self.differences],
            "found": list(self.found),
            "missing": list(self.missing),
            "coverage": round(self.coverage, 2),
            "note": self.note,
        }


@dataclass(frozen=True)
class Thresholds:
    """How much a passage must share with a claim (see `Settings.audit_*`)."""

    passages: int = 3  # source sentences quoted per claim
    min_overlap: float = 0.25  # share of the claim's content words a passage needs to count
    min_support: float = 0.7  # share of them the evidence needs for "supported"
    min_shared: int = 3  # content words a passage shares with the claim at least (or all)


def audit(
    corpus: Corpus, *, all_claims: bool = False, thresholds: Thresholds | None = None
) -> list[AuditItem]:
    """Every footnote marker of the article checked against the document it cites.

    Args:
        corpus: the loaded sources; the article's text must be present.
        all_claims: also check the article's unsourced sentences that hold a number, a
            date or a name, against every cited document whose text is present.
        thresholds: overlap and support shares; the defaults when None.

    Returns:
        One item per claim (per marker, for a sentence with two), in article order.
    """
    limits = thresholds or Thresholds()
    article = next((d for d in corpus.documents if d.source.id == "article"), None)
    if article is None:
        raise SourceError("the article's text is missing (sources/article.txt)")
    cited = {d.source.id: d for d in corpus.documents if d.source.footnote is not None}
    auditor = _Auditor(
        corpus,
        cited,
        {doc_id: _passages(doc) for doc_id, doc in cited.items()},
        Aliases.of(d.text for d in corpus.documents),
        limits,
    )
    return [
        auditor.marked(claim) if claim.footnote is not None else auditor.unsourced(claim)
        for claim in article_claims(article, all_claims)
    ]


def article_claims(article: Document, all_claims: bool = False) -> list[Claim]:
    """The article's sentences carrying a marker; with `all_claims`, also those without one
    that hold a number, a date, a state or an organisation. Its footnote list is no claim."""
    out: list[Claim] = []
    for para in article.paragraphs:
        if para.role not in ("body", "list"):
            continue
        sentences = paragraph_sentences(article, para)
        for i, s in enumerate(sentences):
            text = article.text[s.start : s.end]
            if s.footnotes:
                out.extend(Claim(text, para.number, n) for n in s.footnotes)
            elif all_claims:
                near = {n for j in (i - 1, i + 1) for n in _markers(sentences, j)}
                claim = Claim(text, para.number, None, tuple(sorted(near)))
                if claim.values.any:
                    out.append(claim)
    return out


def _markers(sentences: list[Sentence], i: int) -> tuple[int, ...]:
    return sentences[i].footnotes if 0 <= i < len(sentences) else ()


def _passages(doc: Document) -> list[Passage]:
    return [
        Passage(doc.source.id, s.paragraph, doc.text[s.start : s.end])
        for para in doc.paragraphs
        for s in paragraph_sentences(doc, para)
    ]


@dataclass(frozen=True)
class _Auditor:
    """What every claim is checked against: the cited documents present, their sentences,
    the acronyms the corpus defines, and the thresholds."""

    corpus: Corpus
    cited: dict[str, Document]
    sentences: dict[str, list[Passage]]
    aliases: Aliases
    limits: Thresholds

    def marked(self, claim: Claim) -> AuditItem:
        """A sentence carrying [n] against the document footnote n cites."""
        assert claim.footnote is not None
        source = self.corpus.by_footnote(claim.footnote)
        if source is None:
            return AuditItem(
                MISSING, claim, claim.footnote, None,
                note=f"the manifest names no document for footnote [{claim.footnote}]",
            )  # fmt: skip
        if source.id not in self.cited:
            return AuditItem(
                MISSING, claim, claim.footnote, source.id, source.title,
                note=_how_to_add(self.corpus, source.id),
            )  # fmt: skip
        return self.check(claim, source.id)

    def unsourced(self, claim: Claim) -> AuditItem:
        """The claim against every cited document present; the most telling result wins,
        and the document of a marker beside it wins a tie."""
        if not self.cited:
            near = [s for n in claim.beside if (s := self.corpus.by_footnote(n)) is not None]
            if near:
                note = _how_to_add(self.corpus, near[0].id)
                return AuditItem(
                    MISSING, claim, near[0].footnote, near[0].id, near[0].title, note=note
                )
            return AuditItem(
                MISSING, claim, None, None,
                note="no cited document has text: add them with `qa sources fetch` or as "
                "sources/docs/fnN.txt",
            )  # fmt: skip
        results = [self.check(claim, doc_id) for doc_id in self.cited]
        best = min(results, key=lambda r: _rank(r, claim))
        if best.verdict == NOT_FOUND and len(results) > 1:
            checked = ", ".join(self.cited)
            note = f"no cited document present ({checked}) is about it; {best.note}"
            return replace(best, note=note)
        return best

    def check(self, claim: Claim, doc_id: str) -> AuditItem:
        """The verdict on a claim against one document's sentences."""
        doc, limits = self.cited[doc_id], self.limits
        wanted = content_terms(claim.text)
        scored = ranked(wanted, self.sentences[doc_id])
        footnote, title = doc.source.footnote, doc.source.title
        relevant = [
            p
            for p, shared in scored
            if _about(shared, wanted, limits) or _values_alike(claim.values, p, shared)
        ][: limits.passages]
        if not relevant:
            best = scored[0] if scored else None
            note = (
                f"no sentence of {doc_id} shares enough of the claim's words (the closest "
                f"has {len(best[1])} of its {len(wanted)})"
                if best
                else f"{doc_id} has no sentences"
            )
            closest = (best[0],) if best and best[1] else ()
            return AuditItem(NOT_FOUND, claim, footnote, doc_id, title, closest, note=note)
        result: Comparison = compare(claim.text, relevant, self.aliases)
        coverage = len(result.shared) / len(wanted) if wanted else 1.0
        if result.differences:
            verdict = DISAGREES
        elif not result.missing and coverage >= limits.min_support:
            verdict = SUPPORTED
        else:
            verdict = PARTLY
        return AuditItem(
            verdict, claim, footnote, doc_id, title, tuple(relevant),
            result.differences, result.found, result.missing, coverage,
        )  # fmt: skip


def _rank(item: AuditItem, claim: Claim) -> tuple[int, int, float, int]:
    telling = {DISAGREES: 0, SUPPORTED: 0, PARTLY: 1, NOT_FOUND: 2}.get(item.verdict, 3)
    return (telling, item.footnote not in claim.beside, -item.coverage, item.footnote or 0)


def _about(shared: frozenset[str], wanted: frozenset[str], limits: Thresholds) -> bool:
    """Whether a passage is about what the claim is about: a few of its words (a place and
    a common noun alone are not enough), and a fair share of them."""
    enough = min(limits.min_shared, len(wanted))
    return len(shared) >= enough and len(shared) >= limits.min_overlap * len(wanted)


def _values_alike(mine: Values, passage: Passage, shared: frozenset[str]) -> bool:
    """Whether the passage states a value of the same fact as the claim, however differently
    the rest is worded: a number of the same thing ("Twenty-Five Member States" and "23
    member states"), or the claim's date with a word besides ("In November 2017, Member
    States …" and "On 13 November 2017, ministers from 23 member states …")."""
    if not (mine.counts or mine.dates):
        return False
    theirs = passage.values
    if any(c.noun and c.noun == o.noun for c in mine.counts for o in theirs.counts):
        return True
    dated = any(day.within(d) or d.within(day) for _, day in mine.dates for _, d in theirs.dates)
    return dated and len(shared) >= 2


def _how_to_add(corpus: Corpus, doc_id: str) -> str:
    unreadable = dict((s.id, why) for s, why in corpus.unreadable)
    if doc_id in unreadable:
        return f"{doc_id} cannot be read ({unreadable[doc_id]})"
    source = corpus.source(doc_id)
    fetch = f"`qa sources fetch --only {doc_id}`, or " if source and source.url else ""
    return f"add its text with {fetch}a file sources/docs/{doc_id}.txt"
