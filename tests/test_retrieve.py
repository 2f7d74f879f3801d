"""Hybrid retrieval on the fixture corpus: fusion, exact top-1 chunks, footnote expansion."""

from __future__ import annotations

from qa.answer import Assistant
from qa.retrieve import PescoRetriever, rrf


def test_reciprocal_rank_fusion() -> None:
    fused = rrf([[1, 2, 3], [3, 1]], k=60)
    assert [item for item, _ in fused] == [1, 3, 2]
    assert fused[0][1] == 1 / 61 + 1 / 62
    assert rrf([[], []]) == []


def _chunk_with(assistant: Assistant, needle: str, doc: str = "article") -> str:
    return next(c.id for c in assistant.store.chunks if c.doc_id == doc and needle in c.text)


def test_top_hit_is_the_passage_that_answers(fixture_assistant: Assistant) -> None:
    cases = {
        "Which members did not join the pact?": _chunk_with(fixture_assistant, "Dunmore"),
        "How many cities signed the river pact?": _chunk_with(fixture_assistant, "Vienna"),
        "What measures are planned next?": _chunk_with(fixture_assistant, "treatment plants"),
    }
    for question, expected in cases.items():
        hits, _ = fixture_assistant.retrieve(question, 3)
        assert hits[0].chunk.id == expected, question
        assert hits[0].via in ("fused", "dense", "bm25")


def test_rare_word_is_found_by_the_lexical_side(fixture_assistant: Assistant) -> None:
    hits, _ = fixture_assistant.retrieve("estuary", 3)
    top = hits[0]
    assert "estuary" in top.chunk.text and top.lexical is not None and top.lexical > 0


def test_footnote_expansion_brings_the_cited_document(fixture_assistant: Assistant) -> None:
    hits, _ = fixture_assistant.retrieve("What does the Water Board do with its yearly report?", 1)
    assert hits[0].chunk.doc_id == "article" and 2 in hits[0].chunk.footnotes
    expanded = [h for h in hits if h.via == "footnote:2"]
    assert len(expanded) == 1 and expanded[0].chunk.doc_id == "fn2"


def test_langchain_retriever_returns_documents_with_provenance(
    fixture_assistant: Assistant,
) -> None:
    retriever = PescoRetriever(search=fixture_assistant.search, k=2)
    docs = retriever.invoke("Which members did not join the pact?")
    assert "Dunmore" in docs[0].page_content
    meta = docs[0].metadata
    assert meta["doc_id"] == "article" and meta["chunk_id"] == docs[0].id
    assert {"paragraph", "start", "end", "score", "footnote"} <= set(meta)


def test_the_passage_of_the_closest_sentence_is_brought(fixture_assistant: Assistant) -> None:
    """Paraphrase class: with one passage asked for, the passage holding the sentence
    closest to the question comes too when the passage search ranked it lower."""
    search = fixture_assistant.search
    question = "Who keeps an eye on how dirty the water is?"
    vector = search.embed_query(question)
    sims = search.store.sentence_vectors @ vector
    pos, _ = search.store.sentence_rows[int(sims.argmax())]
    hits = search.search(question, 1, vector)
    assert search.store.chunks[pos].id in {h.chunk.id for h in hits}
    brought = [h for h in hits if h.via == "sentence"]
    assert all(h.chunk.id != hits[0].chunk.id for h in brought)
