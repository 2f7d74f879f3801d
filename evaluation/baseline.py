"""The plainest pipeline a LangChain tutorial builds from the same parts, to measure against.

Fixed-size splitter (RecursiveCharacterTextSplitter, 1,000 characters, 200 overlap) over
every document, dense FAISS only (LangChain's vector store), the same LLM and one "stuff"
prompt (the tutorial's). No hybrid retrieval, footnote expansion, refusal check or
citation verification; it cites nothing.
"""

from __future__ import annotations

import time
from typing import Any

from langchain_core.documents import Document
from langchain_core.embeddings import Embeddings
from langchain_text_splitters import RecursiveCharacterTextSplitter

from index.embed import Embedder
from index.sources import Corpus
from qa.llm import LLM, Prompt

STUFF_PROMPT = """Use the following pieces of context to answer the question at the end. \
If you don't know the answer, just say that you don't know, don't try to make up an answer.

{context}

Question: {question}
Helpful Answer:"""
NAME = "baseline: fixed-size chunks, dense FAISS, stuff prompt"


class _Embeddings(Embeddings):
    def __init__(self, embedder: Embedder) -> None:
        self.embedder = embedder

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.embedder.embed(texts).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.embedder.embed([text])[0].tolist()


class Baseline:
    def __init__(self, corpus: Corpus, embedder: Embedder, llm: LLM, k: int = 4) -> None:
        from langchain_community.vectorstores import FAISS

        splitter = RecursiveCharacterTextSplitter(
            chunk_size=1000, chunk_overlap=200, add_start_index=True
        )
        docs = [
            Document(page_content=doc.text, metadata={"doc_id": doc.source.id})
            for doc in corpus.documents
        ]
        chunks = splitter.split_documents(docs)
        for i, chunk in enumerate(chunks):
            chunk.metadata["chunk_id"] = f"baseline-{i}"
        self.store = FAISS.from_documents(chunks, _Embeddings(embedder))
        self.llm = llm
        self.k = k

    def __call__(self, question: str) -> dict[str, Any]:
        started = time.perf_counter()
        found = self.store.similarity_search_with_score(question, k=self.k)
        retrieve_ms = (time.perf_counter() - started) * 1000
        context = "\n\n".join(d.page_content for d, _ in found)
        prompt = STUFF_PROMPT.format(context=context, question=question)
        text, first, tokens = "", None, 0
        gen_start = time.perf_counter()
        for piece in self.llm.stream(Prompt(prompt, "", prompt, ("\n\n", "Question:")), 128):
            if first is None:
                first = (time.perf_counter() - gen_start) * 1000
            text += piece
            tokens += 1
        text = text.strip()
        return {
            "question": question,
            "answer": text,
            "refused": "don't know" in text.lower() or "do not know" in text.lower(),
            "mode": "baseline",
            "citations": [],
            "retrieved": [
                {
                    "chunk_id": d.metadata["chunk_id"],
                    "doc_id": d.metadata["doc_id"],
                    "footnote": None,
                    "score": float(s),
                    "text": d.page_content,
                }
                for d, s in found
            ],
            "timings": {
                "retrieve_ms": retrieve_ms,
                "first_token_ms": first or 0.0,
                "generate_ms": (time.perf_counter() - gen_start) * 1000,
                "total_ms": (time.perf_counter() - started) * 1000,
            },
            "model": {**self.llm.info(), "tokens": tokens, "pipeline": NAME},
            "notes": [],
        }
