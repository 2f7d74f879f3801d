"""Pick the sentences of the retrieved passages that may answer a question, and label them.

Whether they do answer it is `qa.decide`'s judgement; this module only ranks: by a
sentence's own similarity to the question, the rare question words it contains, and
its passage's similarity. Text that addresses a model is never evidence.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from index.store import Store
from index.text import terms
from index.types import Hit, Sentence
from qa.types import Evidence

# Text that addresses a language model rather than informing a reader. A document
# carrying it is still indexed and shown, but such a sentence is never evidence.
_MACHINE = (
    r"(?:ai|a\.i\.|assistant|chatbot|chat ?bot|bot|llm|(?:large )?language model|model|"
    r"gpt|agent|crawler)"
)
_INSTRUCTION_RE = re.compile(
    r"\b(?:ignore|disregard|forget|override)\b[^.!?]{0,60}\b(?:instructions?|rules|prompt|"
    r"sources?|context|everything|above|previous)\b"
    r"|\b(?:system prompt|new instructions|you are (?:now )?(?:an?|the) (?:ai|assistant|model)|"
    r"as an ai\b|(?:assistant|model|ai) (?:must|should) (?:now )?(?:say|answer|reply|respond))"
    r"|\b(?:respond|reply|answer)\s+(?:only\s+)?with\b"
    r"|\b(?:note|message|instruction|reminder)s?\s+(?:to|for)\s+(?:the\s+)?(?:assistant|model|ai|"
    r"chatbot|llm|reader bot)\b"
    r"|\b(?:always|never)\s+(?:say|mention|answer|state|claim|reply|write)\b"
    # addressed to a reader that is a program: "Attention AI models: …", "if you are an LLM"
    rf"|\b(?:attention|dear|hey|hello)\s*,?\s+(?:all\s+)?(?:[\w.]+\s+){{0,2}}?{_MACHINE}s?\s*[:,!]"
    rf"|\bif you are (?:an? |the )?(?:[\w.]+\s+)?{_MACHINE}\b"
    rf"|\b{_MACHINE}s?\s+(?:reading|summari[sz]ing|processing)\s+this\b"
    # what to put in answers: "repeat this in every answer", "tell the user that …"
    r"|\b(?:repeat|include|mention|add|say|state)\b[^.!?]{0,60}\b(?:in|to) (?:every|each|all|any|"
    r"your) (?:answers?|responses?|replies|summar(?:y|ies))\b"
    r"|(?:^|[:;,.]\s*|\bplease\s+)(?:tell|inform|remind) (?:the |your |all )?(?:users?|readers?)\b"
    r"|\bwhen (?:you are )?asked (?:about|for|who|what|which)\b[^.!?]{0,80}\b(?:say|answer|reply|"
    r"respond|state)\b",
    re.IGNORECASE,
)


def looks_like_instruction(text: str) -> bool:
    """Whether a sentence reads as an instruction to the assistant (a prompt injection)."""
    return bool(_INSTRUCTION_RE.search(text))


def label_for(sentence: Sentence) -> str:
    """[n] for a sentence of footnote n's document or one carrying marker n; else [¶p]."""
    if sentence.footnotes:
        return f"[{sentence.footnotes[0]}]"
    return f"[¶{sentence.paragraph}]"


@dataclass(frozen=True)
class Lexicon:
    """Term statistics of the indexed corpus: how rare a word is, and whether it occurs at all."""

    idf: dict[str, float]
    unseen_idf: float
    # acronym -> the terms of its long name's head: a text spelling "European Union" out
    # has the term "eu" a query shortened to its acronym looks for
    acronyms: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # acronym -> the head noun of its long name ("cooperation" for the Permanent Structured
    # Cooperation on …): a sentence opening "The cooperation …" speaks of it
    heads: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(cls, store: Store, long_names: dict[str, str] | None = None) -> Lexicon:
        df: dict[str, int] = {}
        for chunk in store.chunks:
            for t in set(terms(chunk.text)):
                df[t] = df.get(t, 0) + 1
        n = max(1, len(store.chunks))
        heads = [
            (acronym, tuple(terms(" ".join(long.split()[:3]))))
            for acronym, long in (long_names or {}).items()
        ]
        nouns = [
            (acronym, terms(head)[-1])
            for acronym, long in (long_names or {}).items()
            if long.split()[0][:1].isupper()
            and (head := re.split(r"\s+(?:on|of|for|in)\s+", long)[0])
            and terms(head)
        ]
        return cls(
            {t: math.log(1 + n / d) for t, d in df.items()},
            math.log(1 + n),
            tuple((a, h) for a, h in heads if len(h) >= 2),
            tuple(nouns),
        )

    def clipped(self, sentence: str) -> set[str]:
        """The acronyms a sentence speaks of by their long name's head noun, as its subject
        ("The cooperation is expected to …": PESCO)."""
        m = re.match(r"^\W*(?:the|this)\s+(\w+)\b", sentence, re.I)
        if not m:
            return set()
        said = set(terms(m.group(1)))
        return {a for a, head in self.heads if head in said}

    def terms_of(self, text: str) -> set[str]:
        """A text's terms, with the acronym of each long name it spells out."""
        own = set(terms(text))
        return own | {a for a, head in self.acronyms if set(head) <= own}

    def weight(self, term: str) -> float:
        return self.idf.get(term, self.unseen_idf)

    def overlap(self, query: list[str], text_terms: set[str]) -> float:
        """IDF-weighted share of the query's terms found in a text; a term no passage uses
        ("help", "way") tells no passage from another and weighs nothing."""
        total = sum(self.weight(t) for t in query if self.knows(t))
        if not total:
            return 0.0
        return sum(self.weight(t) for t in query if _covered(t, text_terms)) / total

    def knows(self, term: str) -> bool:
        return _covered(term, self.idf.keys())


def select_evidence(
    query: list[str],
    vector: np.ndarray,
    hits: list[Hit],
    store: Store,
    limit: int,
    lexicon: Lexicon,
) -> list[Evidence]:
    """The best sentences of the retrieved passages, best first, each once.

    `query` is the question's content terms (stemmed), its vector `vector`.
    A sentence scores by its own similarity to the question, the rare question words
    it (and its passage) contain, and its passage's similarity; headings score lower,
    since they name a topic without saying anything about it.
    """
    seen: set[tuple[str, int]] = set()
    scored: list[Evidence] = []
    for hit in hits:
        rows = store.sentence_rows_of(hit.chunk.id)
        if not rows:
            continue
        chunk_terms = lexicon.terms_of(hit.chunk.text)
        chunk_overlap = lexicon.overlap(query, chunk_terms)
        chunk_sim = hit.dense if hit.dense is not None else 0.0
        sims = store.sentence_vectors[rows] @ vector
        for row, sim in zip(rows, sims, strict=True):
            _, si = store.sentence_rows[row]
            sentence = hit.chunk.sentences[si]
            key = (hit.chunk.doc_id, sentence.start)
            if key in seen:
                continue
            seen.add(key)
            text = hit.chunk.sentence_text(sentence)
            if looks_like_instruction(text) or sentence.role == "header":
                continue  # the header's "key: value" lines are the document card's
            own = lexicon.terms_of(text) | _metadata_terms(sentence, store) | lexicon.clipped(text)
            if si > 0 and _CONTINUES_RE.match(text):  # "This agency…" carries its antecedent
                own |= set(terms(hit.chunk.sentence_text(hit.chunk.sentences[si - 1])))
            score = (
                float(sim)
                + 0.4 * lexicon.overlap(query, own)
                + 0.15 * chunk_overlap
                + 0.2 * chunk_sim
            )
            if sentence.role == "heading":
                score -= 0.25
            scored.append(Evidence(label_for(sentence), hit.chunk, sentence, text, score))
    scored.sort(key=lambda e: -e.score)
    return scored[:limit]


def _metadata_terms(sentence: Sentence, store: Store) -> set[str]:
    """A footnote entry stands for the document it cites: its metadata counts as its words."""
    if sentence.role != "note" or not sentence.footnotes:
        return set()
    out: set[str] = set()
    for src in store.sources.values():
        if src.footnote in sentence.footnotes:
            out.update(terms(" ".join((src.title, src.publisher, src.kind, src.cited_as))))
    return out


def similarity(evidence: Evidence, vector: np.ndarray, store: Store) -> float:
    """Cosine between the question and one evidence sentence."""
    rows = store.sentence_rows_of(evidence.chunk.id)
    si = evidence.chunk.sentences.index(evidence.sentence)
    return float(store.sentence_vectors[rows[si]] @ vector)


def extractive(evidence: list[Evidence], n: int, ratio: float = 0.75) -> list[Evidence]:
    """The n best sentences, a further one only when it scores near the first.

    The first may have been put first by the decision (it holds the asked type); a
    sentence scoring above it then did not hold it, and does not follow."""
    if not evidence:
        return []
    best = evidence[0].score
    return [e for i, e in enumerate(evidence[:n]) if i == 0 or ratio * best <= e.score <= best]


# A noun phrase that refers back to what the sentence before named ("This agency…").
_BACK_REFERENCE = (
    r"(?:the|this|these|that|such) (?:project|agency|mission|mechanism|cooperation|system|"
    r"framework|programme|program|initiative|operation|body|tool|measure)s?"
)
# A sentence that carries on the one before: an enumeration marker ("Additionally"), or a
# reference back to what it named ("The project aims…", "This agency…", "It…").
_CONTINUES_RE = re.compile(
    r"^(?:an? (?:other )?example|for (?:example|instance)|additionally|moreover|furthermore|"
    r"likewise|similarly|also|another|first(?:ly)?|second(?:ly)?|third(?:ly)?|finally|lastly|"
    r"thus|therefore|hence|consequently|then|"
    rf"{_BACK_REFERENCE}|it|its|they|this|these)\b",
    re.IGNORECASE,
)


# The part of those openers that refers back to something the sentence before named.
_REFERS_RE = re.compile(
    rf"^(?:{_BACK_REFERENCE}|its|they|"
    r"it(?!\s+(?:is|was|will|would|seems|remains)\b))\b",  # not "It is clear that…"
    re.IGNORECASE,
)


def antecedent(ev: Evidence, pattern: re.Pattern[str] | None = None) -> Evidence | None:
    """The sentence before, in the same paragraph, when this one refers back to what it
    named ("This agency has many tasks…" after the sentence naming the agency), or opens
    as `pattern` says (a conclusion: "It is clear that …" after its premise)."""
    sentences = ev.chunk.sentences
    i = sentences.index(ev.sentence)
    if i == 0 or not (pattern or _REFERS_RE).match(ev.text):
        return None
    prev = sentences[i - 1]
    if prev.paragraph != ev.sentence.paragraph or prev.role in {"heading", "header"}:
        return None
    return Evidence(label_for(prev), ev.chunk, prev, ev.chunk.sentence_text(prev), ev.score)


def continuations(evidence: list[Evidence], limit: int = 3) -> list[Evidence]:
    """Sentences that carry on an enumeration a chosen sentence opens.

    "…includes some tools of the CSDP. An example is… Additionally… Likewise…": the
    items of a list written as prose follow the sentence that announces it, in the same
    passage, each opened by a marker. They go to the model with their opener.
    """
    chosen = {e.key for e in evidence}
    extra: list[Evidence] = []
    for ev in evidence:
        sentences = ev.chunk.sentences
        i = sentences.index(ev.sentence) + 1
        while i < len(sentences) and len(extra) < limit:
            nxt = sentences[i]
            text = ev.chunk.sentence_text(nxt)
            if nxt.paragraph != ev.sentence.paragraph or not _CONTINUES_RE.match(text):
                break
            if (ev.chunk.doc_id, nxt.start) not in chosen and not looks_like_instruction(text):
                chosen.add((ev.chunk.doc_id, nxt.start))
                extra.append(Evidence(label_for(nxt), ev.chunk, nxt, text, ev.score))
            i += 1
    return extra


def _covered(term: str, vocabulary: Iterable[str]) -> bool:
    if term in vocabulary:
        return True
    if len(term) >= 5:
        return any(len(v) >= 5 and (v.startswith(term) or term.startswith(v)) for v in vocabulary)
    return False
