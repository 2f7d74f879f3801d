"""Hybrid retrieval: dense (FAISS) and lexical (BM25) rankings fused by reciprocal rank,
then the passages of the sentences closest to the question, then footnote expansion: an
article passage that carries marker [n] brings the best passage of the document footnote
n cites, when that document's text is indexed.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict
from rank_bm25 import BM25Okapi

from index.embed import Embedder
from index.store import Store
from index.text import terms
from index.types import Hit


def rrf(rankings: list[list[int]], k: int = 60) -> list[tuple[int, float]]:
    """Reciprocal rank fusion of several rankings of the same items, best first."""
    scores: dict[int, float] = {}
    for ranking in rankings:
        for rank, item in enumerate(ranking):
            scores[item] = scores.get(item, 0.0) + 1.0 / (k + rank + 1)
    return sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))


class HybridSearch:
    """Dense + BM25 search over one loaded store."""

    def __init__(self, store: Store, embedder: Embedder, rrf_k: int = 60) -> None:
        self.store = store
        self.embedder = embedder
        self.rrf_k = rrf_k
        self._bm25 = BM25Okapi([terms(c.text) or ["_"] for c in store.chunks])
        self._by_footnote: dict[int, list[int]] = {}
        for pos, chunk in enumerate(store.chunks):
            src = store.sources.get(chunk.doc_id)
            if src is not None and src.footnote is not None:
                self._by_footnote.setdefault(src.footnote, []).append(pos)

    def embed_query(self, question: str) -> np.ndarray:
        return self.embedder.embed([question])[0]

    def search(self, question: str, k: int = 5, vector: np.ndarray | None = None) -> list[Hit]:
        """The k best passages, then those footnote expansion brings."""
        if vector is None:
            vector = self.embed_query(question)
        pool = min(len(self.store.chunks), max(4 * k, 20))
        dense = self.store.search(vector, pool)
        dense_score = dict(dense)
        lexical = self._lexical(question, pool)
        lexical_score = dict(lexical)
        fused = rrf([[p for p, _ in dense], [p for p, _ in lexical]], self.rrf_k)
        hits = [
            Hit(
                self.store.chunks[pos],
                score,
                dense_score.get(pos),
                lexical_score.get(pos),
                "fused"
                if pos in dense_score and pos in lexical_score
                else ("dense" if pos in dense_score else "bm25"),
            )
            for pos, score in fused[:k]
        ]
        hits += self._by_sentence(hits, vector)
        return hits + self._expand(hits, vector)

    def _by_sentence(self, hits: list[Hit], vector: np.ndarray, n: int = 3) -> list[Hit]:
        """The passages holding the n sentences closest to the question, when the passage
        search missed them: a paraphrase close to one sentence can be far from the passage
        around it, whose other sentences dilute its vector (sentence-window retrieval)."""
        seen = {h.chunk.id for h in hits}
        sims = self.store.sentence_vectors @ vector
        extra: list[Hit] = []
        for row in np.argsort(-sims)[:n]:
            pos, _ = self.store.sentence_rows[int(row)]
            chunk = self.store.chunks[pos]
            if chunk.id in seen:
                continue
            seen.add(chunk.id)
            extra.append(Hit(chunk, 0.0, self._cosine(pos, vector), None, "sentence"))
        return extra

    def _lexical(self, question: str, pool: int) -> list[tuple[int, float]]:
        query = terms(question)
        if not query:
            return []
        scores = self._bm25.get_scores(query)
        order = np.argsort(-scores)[:pool]
        return [(int(i), float(scores[i])) for i in order if scores[i] > 0]

    def _expand(self, hits: list[Hit], vector: np.ndarray) -> list[Hit]:
        seen = {h.chunk.id for h in hits}
        extra: list[Hit] = []
        for hit in hits:
            if hit.chunk.doc_id != "article":
                continue
            for number in hit.chunk.footnotes:
                candidates = [
                    p
                    for p in self._by_footnote.get(number, ())
                    if self.store.chunks[p].id not in seen
                ]
                if not candidates:
                    continue
                scored = [(self._cosine(p, vector), p) for p in candidates]
                best_score, best = max(scored)
                chunk = self.store.chunks[best]
                seen.add(chunk.id)
                extra.append(Hit(chunk, hit.score, best_score, None, f"footnote:{number}"))
        return extra

    def _cosine(self, pos: int, vector: np.ndarray) -> float:
        return float(np.dot(self.store.faiss_index.reconstruct(pos), vector))


def hit_to_document(hit: Hit) -> Document:
    c = hit.chunk
    return Document(
        page_content=c.text,
        id=c.id,
        metadata={
            "chunk_id": c.id,
            "doc_id": c.doc_id,
            "footnote": c.footnote,
            "footnotes": list(c.footnotes),
            "paragraph": c.paragraph,
            "start": c.start,
            "end": c.end,
            "score": hit.score,
            "dense": hit.dense,
            "lexical": hit.lexical,
            "via": hit.via,
        },
    )


class PescoRetriever(BaseRetriever):
    """The hybrid search as a LangChain retriever, for use in LangChain chains."""

    model_config = ConfigDict(arbitrary_types_allowed=True)
    search: Any
    k: int = 5

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[Document]:
        return [hit_to_document(h) for h in self.search.search(query, self.k)]
