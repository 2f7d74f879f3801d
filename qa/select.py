"""Pick the sentences that answer a question, label them, and decide whether to refuse.

The refusal check does not trust similarity alone: a question about something the
sources never mention still finds "similar" passages. It asks whether the question's
key terms (its focus, names and numbers) occur in the retrieved evidence.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from index.store import Store
from index.text import STOPWORDS, stem, strip_markers, terms, words
from index.types import Chunk, Hit, Sentence
from qa.types import Evidence

# Words that frame a question rather than name what it is about.
FRAMING = frozenset(
    stem(w)
    for w in """article text source sources document documents say says said describe
    described explain explained according suggest suggests give given list
    name named mean means refer refers discuss discussed talk tell example examples kind kinds
    type types main key primary role purpose happen happened need needs use used make made
    take took way ways do get know mention mentioned according regarding concerning acronym
    abbreviation stand stands full form called call meaning""".split()
)
# Bibliographic questions use verbs whose answer sits in a metadata field.
SYNONYMS = {
    stem(k): tuple(stem(v) for v in vs)
    for k, vs in {
        "wrote": ("author",),
        "written": ("author",),
        "write": ("author",),
        "writer": ("author",),
        "published": ("publisher", "date"),
        "publish": ("publisher", "date"),
        "cite": ("footnote",),
        "cites": ("footnote",),
        "cited": ("footnote",),
    }.items()
}
_COPULA = {"is", "are", "was", "were", "'s"}
_WH = {"what", "who", "which", "whom", "whose"}
_PREPOSITIONS = {"of", "in", "for", "at", "on", "by", "to", "from", "with", "about", "under"}
_NUMBER_RE = re.compile(r"^\d+(?:[.,]\d+)*$")


# Text that addresses a language model rather than informing a reader. A document
# carrying it is still indexed and shown, but such a sentence is never evidence.
_INSTRUCTION_RE = re.compile(
    r"\b(?:ignore|disregard|forget|override)\b[^.!?]{0,60}\b(?:instructions?|rules|prompt|"
    r"sources?|context|everything|above|previous)\b"
    r"|\b(?:system prompt|new instructions|you are (?:now )?(?:an?|the) (?:ai|assistant|model)|"
    r"as an ai\b|(?:assistant|model|ai) (?:must|should) (?:now )?(?:say|answer|reply|respond))"
    r"|\b(?:respond|reply|answer)\s+(?:only\s+)?with\b",
    re.IGNORECASE,
)


def looks_like_instruction(text: str) -> bool:
    """Whether a sentence reads as an instruction to the assistant (a prompt injection)."""
    return bool(_INSTRUCTION_RE.search(text))


@dataclass(frozen=True)
class Verdict:
    answerable: bool
    reason: str = ""
    missing: tuple[str, ...] = ()


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

    @classmethod
    def of(cls, store: Store) -> Lexicon:
        df: dict[str, int] = {}
        for chunk in store.chunks:
            for t in set(terms(chunk.text)):
                df[t] = df.get(t, 0) + 1
        n = max(1, len(store.chunks))
        return cls({t: math.log(1 + n / d) for t, d in df.items()}, math.log(1 + n))

    def weight(self, term: str) -> float:
        return self.idf.get(term, self.unseen_idf)

    def overlap(self, query: list[str], text_terms: set[str]) -> float:
        """IDF-weighted share of the query's terms found in a text."""
        total = sum(self.weight(t) for t in query)
        if not total:
            return 0.0
        return sum(self.weight(t) for t in query if _covered(t, text_terms)) / total

    def knows(self, term: str) -> bool:
        return _covered(term, self.idf.keys())


def select_evidence(
    question: str,
    vector: np.ndarray,
    hits: list[Hit],
    store: Store,
    limit: int,
    lexicon: Lexicon,
) -> list[Evidence]:
    """The best sentences of the retrieved passages, best first, each once.

    A sentence scores by its own similarity to the question, the rare question words
    it (and its passage) contain, and its passage's similarity; headings score lower,
    since they name a topic without saying anything about it.
    """
    query, _ = key_terms(question)
    seen: set[tuple[str, int]] = set()
    scored: list[Evidence] = []
    for hit in hits:
        rows = store.sentence_rows_of(hit.chunk.id)
        if not rows:
            continue
        chunk_terms = set(terms(hit.chunk.text))
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
            if looks_like_instruction(text):
                continue
            own = set(terms(text)) | _metadata_terms(sentence, store)
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
    """The n best sentences, a further one only when it scores near the best."""
    if not evidence:
        return []
    best = evidence[0].score
    return [e for i, e in enumerate(evidence[:n]) if i == 0 or e.score >= ratio * best]


_CONTINUES_RE = re.compile(
    r"^(?:an? (?:other )?example|for (?:example|instance)|additionally|moreover|furthermore|"
    r"likewise|similarly|also|another|first(?:ly)?|second(?:ly)?|third(?:ly)?|finally|lastly)\b",
    re.IGNORECASE,
)


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


def check_answerable(
    question: str,
    hits: list[Hit],
    store: Store,
    best_similarity: float,
    min_similarity: float,
    lexicon: Lexicon,
) -> Verdict:
    """Refuse when retrieval is weak or the question's key terms are not in the evidence.

    A focus word (a name, a number, the X of "what is the X of ...") that the whole
    corpus never uses means the sources cannot answer; one the corpus uses elsewhere
    counts like any other key term. More than half of the key terms missing from the
    retrieved passages also means a refusal.
    """
    if best_similarity < min_similarity:
        return Verdict(False, f"no passage is close to the question ({best_similarity:.2f})")
    key, focus = key_terms(question)
    if not key:
        return Verdict(True)
    vocabulary = _evidence_terms(hits, store)
    missing = tuple(t for t in key if not _covered(t, vocabulary))
    unknown = [w for w in focus if not lexicon.knows(stem(w.lower()))]
    unknown = [w for w in unknown if not _covered(stem(w.lower()), vocabulary)]
    shown = tuple(dict.fromkeys(unknown or [_surface(question, t) for t in missing]))
    if unknown or len(missing) / len(key) > 0.5:
        return Verdict(False, "the sources never mention " + _quote(shown), shown)
    return Verdict(True, missing=shown)


def key_terms(question: str) -> tuple[list[str], list[str]]:
    """(stemmed content terms, focus words that must be found).

    The focus is what the question asks about: names, numbers, and the noun phrase
    of "what is the X of ..." / "who is the X of ...".
    """
    key = [t for t in terms(question) if t not in FRAMING]
    ws = words(question)
    focus: list[str] = []
    for i, w in enumerate(ws):
        if w.lower() in STOPWORDS:
            continue
        if _NUMBER_RE.match(w) or (w[:1].isupper() and i > 0) or (w.isupper() and len(w) > 1):
            focus.append(w)
    lower = [w.lower() for w in ws]
    if len(lower) > 2 and lower[0] in _WH and lower[1] in _COPULA:
        j = 2
        while j < len(lower) and lower[j] in {"the", "a", "an"}:
            j += 1
        phrase: list[str] = []
        while j < len(lower) and lower[j] not in _PREPOSITIONS and len(phrase) < 3:
            if lower[j] not in STOPWORDS and stem(lower[j]) not in FRAMING:
                phrase.append(ws[j])
            j += 1
        if j < len(lower):  # only "the X of/in ...": a bare "what is X" names X already
            focus.extend(phrase)
    return list(dict.fromkeys(key)), list(dict.fromkeys(focus))


def _evidence_terms(hits: list[Hit], store: Store) -> set[str]:
    """Terms of the retrieved passages, and of the metadata of the sources they cite."""
    vocab: set[str] = set()
    for hit in hits:
        sentences = (hit.chunk.sentence_text(s) for s in hit.chunk.sentences)
        text = " ".join(t for t in sentences if not looks_like_instruction(t))
        vocab.update(terms(strip_markers(text)))
        for src in _cited_sources(hit.chunk, store):
            vocab.update(terms(" ".join((src.title, src.publisher, src.kind, src.date))))
            if src.author:
                vocab.update(terms("author " + src.author))
    return vocab


def _cited_sources(chunk: Chunk, store: Store) -> list:
    found = []
    for src in store.sources.values():
        if src.id == chunk.doc_id or (src.footnote is not None and src.footnote in chunk.footnotes):
            found.append(src)
    return found


def _covered(term: str, vocabulary: Iterable[str]) -> bool:
    if term in vocabulary:
        return True
    if any(_covered(alt, vocabulary) for alt in SYNONYMS.get(term, ())):
        return True
    if len(term) >= 5:
        return any(len(v) >= 5 and (v.startswith(term) or term.startswith(v)) for v in vocabulary)
    return False


def _surface(question: str, term: str) -> str:
    for w in words(question):
        if stem(w.lower()) == term:
            return w
    return term


def _quote(items: tuple[str, ...]) -> str:
    return ", ".join(f"“{i}”" for i in items)
