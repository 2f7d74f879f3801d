"""Core types of the answering layer; with `index.types` they are the project's vocabulary."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from index.types import Chunk, Hit, Sentence, Source

__all__ = ["Answer", "Chunk", "Citation", "Evidence", "Hit", "Sentence", "Source"]


@dataclass(frozen=True)
class Evidence:
    """A sentence picked to support an answer, with the label it is cited by."""

    label: str  # "[2]" or "[¶4]"
    chunk: Chunk
    sentence: Sentence
    text: str  # the sentence as written in the source
    score: float

    @property
    def key(self) -> tuple[str, int]:
        return (self.chunk.doc_id, self.sentence.start)


@dataclass(frozen=True)
class Citation:
    """What a label in an answer points at: a passage and the document it comes from."""

    label: str
    doc_id: str
    footnote: int | None
    chunk_id: str
    title: str
    publisher: str
    date: str
    url: str
    text: str  # the passage (chunk) text
    sentence: str  # the sentence that supports the claim
    start: int  # the sentence's character span in its document
    end: int
    paragraph: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Answer:
    question: str
    text: str
    refused: bool
    citations: tuple[Citation, ...]
    retrieved: tuple[Hit, ...]
    mode: str  # "llm", "extractive" (retrieval only) or "refusal"
    timings: dict[str, float] = field(default_factory=dict)
    model: dict[str, Any] = field(default_factory=dict)
    notes: tuple[str, ...] = ()  # removed labels, dropped sentences, fallbacks
    standalone_question: str = ""  # the question as retrieved, when a follow-up was rewritten
    evidence: tuple[Citation, ...] = ()  # the quoted sentences the answer stands on
    question_type: str = ""  # the expected answer type (qa.analyze)
    direct: bool = False  # a direct answer: Yes/No, the asked type, or a verified claim

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract shared by `qa ask --json`, the UI and the evaluation."""
        return {
            "question": self.question,
            "answer": self.text,
            "refused": self.refused,
            "mode": self.mode,
            "citations": [c.to_dict() for c in self.citations],
            "retrieved": [
                {
                    "chunk_id": h.chunk.id,
                    "doc_id": h.chunk.doc_id,
                    "footnote": h.chunk.footnote,
                    "paragraph": h.chunk.paragraph,
                    "score": round(h.score, 6),
                    "dense": None if h.dense is None else round(h.dense, 6),
                    "lexical": None if h.lexical is None else round(h.lexical, 6),
                    "via": h.via,
                    "text": h.chunk.text,
                }
                for h in self.retrieved
            ],
            "timings": {k: round(v, 2) for k, v in self.timings.items()},
            "model": self.model,
            "notes": list(self.notes),
            "standalone_question": self.standalone_question or self.question,
            "evidence": [c.to_dict() for c in self.evidence],
            "question_type": self.question_type,
            "direct": self.direct,
        }
