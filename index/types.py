"""Core types of the index layer: what a document is, how it is cut, what a search returns.

They are frozen dataclasses so that a chunk's provenance (document, footnote,
paragraph, character span) cannot be changed after the chunker fixed it.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Source:
    """One document of the corpus: the article or a document one of its footnotes cites."""

    id: str  # "article", "fn1", "fn2", ...
    title: str
    publisher: str
    date: str
    kind: str
    url: str = ""  # "" when the public address is not known
    footnote: int | None = None  # the footnote that cites it; None for the article
    cited_as: str = ""  # the footnote's own wording
    author: str = ""
    verified: bool = False  # whether the address was checked
    file: str = ""  # path of its text under sources/, "" when the text is absent

    @property
    def has_text(self) -> bool:
        return bool(self.file)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Paragraph:
    """A block of a document's text, between blank lines."""

    number: int  # 1-based, in document order
    start: int  # character offsets into the document text
    end: int
    role: str  # "header", "body", "heading", "list" or "note" (an entry of the footnote list)
    note: int | None = None  # for a "note": the footnote number it defines


@dataclass(frozen=True)
class Sentence:
    """A sentence of a chunk, with its own provenance so that it can be cited alone."""

    start: int  # character offsets into the document text
    end: int
    paragraph: int
    footnotes: tuple[int, ...] = ()  # footnote markers it carries (or the note it belongs to)
    role: str = "body"  # the role of its paragraph: "body", "heading", "list", "note", "header"


@dataclass(frozen=True)
class Document:
    """A source with its text split into paragraphs."""

    source: Source
    text: str
    paragraphs: tuple[Paragraph, ...]
    sha256: str
    notes: dict[int, str] = field(default_factory=dict)  # footnote number -> its text


@dataclass(frozen=True)
class Chunk:
    """A retrievable passage. Never spans two documents."""

    id: str
    doc_id: str
    text: str
    start: int
    end: int
    paragraph: int  # the paragraph it belongs to (its first, if it joins a heading to a body)
    sentences: tuple[Sentence, ...]
    footnote: int | None = None  # the footnote whose document this is, or the first it carries
    footnotes: tuple[int, ...] = ()  # every footnote marker it carries

    @staticmethod
    def make_id(doc_id: str, start: int, end: int, text: str) -> str:
        """A stable id: the same text at the same place keeps its id across rebuilds."""
        digest = hashlib.sha256(f"{doc_id}:{start}:{end}:{text}".encode()).hexdigest()
        return f"{doc_id}-{digest[:12]}"

    def sentence_text(self, sentence: Sentence) -> str:
        return self.text[sentence.start - self.start : sentence.end - self.start]

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["sentences"] = [asdict(s) for s in self.sentences]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Chunk:
        sentences = tuple(
            Sentence(
                start=s["start"],
                end=s["end"],
                paragraph=s["paragraph"],
                footnotes=tuple(s.get("footnotes", ())),
                role=s.get("role", "body"),
            )
            for s in data["sentences"]
        )
        return cls(
            id=data["id"],
            doc_id=data["doc_id"],
            text=data["text"],
            start=data["start"],
            end=data["end"],
            paragraph=data["paragraph"],
            sentences=sentences,
            footnote=data.get("footnote"),
            footnotes=tuple(data.get("footnotes", ())),
        )


@dataclass(frozen=True)
class Hit:
    """A chunk found for a query, with the scores that ranked it."""

    chunk: Chunk
    score: float  # the fused score that orders the results
    dense: float | None = None  # cosine similarity, when the dense search found it
    lexical: float | None = None  # BM25 score, when the lexical search found it
    # "fused", "dense", "bm25", "sentence" (it holds a sentence close to the query) or
    # "footnote:<n>" (brought by expansion)
    via: str = "fused"
