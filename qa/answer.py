"""The one core every front end calls: retrieve -> select -> (refuse | compose -> verify).

`Assistant.stream_answer()` yields verified text as it becomes available and ends with
the `Answer`; `Assistant.answer()` returns only the `Answer`. A generated sentence is
shown only after it has been checked against the passage it cites.
"""

from __future__ import annotations

import time
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np

from index.build import BuildReport, IndexStatus, build_index, check_index, ensure_index
from index.embed import Embedder, load_embedder, load_query_embedder
from index.fetch import FetchResult, fetch_sources
from index.sources import Corpus, load_corpus
from index.store import Store
from index.text import strip_markers, terms
from index.types import Hit
from qa.compose import Composer
from qa.conversation import condense
from qa.errors import LLMError, QuestionError
from qa.llm import LLM, make_llm
from qa.retrieve import HybridSearch
from qa.select import (
    Lexicon,
    check_answerable,
    continuations,
    extractive,
    select_evidence,
    similarity,
)
from qa.settings import Settings
from qa.types import Answer, Citation, Evidence

_AUTO = "auto"


@dataclass
class Draft:
    """What an answer is made of while it streams."""

    sentences: list[tuple[str, list[Evidence]]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(s for s, _ in self.sentences)


class Assistant:
    """Loads the index and models once, then answers any number of questions."""

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        llm: LLM | None | str = _AUTO,
        embedder: Embedder | None = None,
        notify: Callable[[str], None] | None = None,
    ) -> None:
        self.settings = settings or Settings.from_env()
        self._llm_choice = llm
        self._embedder = embedder
        self.notify = notify

    # -- loading ---------------------------------------------------------------------------
    @cached_property
    def embedder(self) -> Embedder:
        """The question encoder (fast to load)."""
        return self._embedder or load_query_embedder(self.settings.index_config().embed_model)

    def build_embedder(self) -> Embedder:
        """The encoder for index builds: sentence-transformers, loaded only when building."""
        return self._embedder or load_embedder(self.settings.index_config().embed_model)

    @cached_property
    def store(self) -> Store:
        return ensure_index(self.settings.index_config(), self.build_embedder, self.notify)

    @cached_property
    def search(self) -> HybridSearch:
        return HybridSearch(self.store, self.embedder, self.settings.rrf_k)

    @cached_property
    def lexicon(self) -> Lexicon:
        return Lexicon.of(self.store)

    @cached_property
    def llm(self) -> LLM | None:
        """The configured model, loaded on first use; raises LLMError when it cannot be."""
        if self._llm_choice == _AUTO:
            return make_llm(self.settings)
        return self._llm_choice  # type: ignore[return-value]

    # -- the corpus and its index, for front ends that manage them --------------------------
    def corpus(self) -> Corpus:
        return load_corpus(Path(self.settings.sources_dir))

    def index_status(self) -> IndexStatus:
        return check_index(self.settings.index_config())

    def build_index(self, force: bool = False) -> BuildReport:
        report = build_index(self.settings.index_config(), self.build_embedder, force=force)
        self.__dict__.pop("store", None)  # the next question loads the new build
        self.__dict__.pop("search", None)
        self.__dict__.pop("lexicon", None)
        return report

    def fetch_sources(self, **options: Any) -> list[FetchResult]:
        return fetch_sources(Path(self.settings.sources_dir), **options)

    # -- questions -------------------------------------------------------------------------
    def validate(self, question: object) -> str:
        """The question, cleaned; QuestionError with a one-line reason when it cannot be asked."""
        if not isinstance(question, str):
            raise QuestionError("the question must be text")
        cleaned = "".join(
            ch if unicodedata.category(ch)[0] != "C" or ch in "\t\n" else " " for ch in question
        )
        cleaned = " ".join(cleaned.split())
        if not cleaned:
            raise QuestionError("the question is empty")
        limit = self.settings.max_question_chars
        if len(cleaned) > limit:
            raise QuestionError(
                f"the question is {len(cleaned)} characters long; the limit is {limit}"
            )
        if not terms(strip_markers(cleaned)):
            raise QuestionError("the question has no words to search for")
        return cleaned

    def retrieve(self, question: str, top_k: int | None = None) -> tuple[list[Hit], np.ndarray]:
        vector = self.search.embed_query(question)
        return self.search.search(question, top_k or self.settings.top_k, vector), vector

    def answer(self, question: str, **options: object) -> Answer:
        result = None
        for event in self.stream_answer(question, **options):  # type: ignore[arg-type]
            if isinstance(event, Answer):
                result = event
        assert result is not None
        return result

    def stream_answer(
        self,
        question: str,
        *,
        top_k: int | None = None,
        use_llm: bool = True,
        history: list[tuple[str, str]] | None = None,
    ) -> Iterator[str | Answer]:
        """Yield pieces of verified answer text, then the finished Answer."""
        started = time.perf_counter()
        asked = self.validate(question)
        standalone = condense(history or [], asked)
        hits, vector = self.retrieve(standalone, top_k)
        s = self.settings
        evidence = select_evidence(
            standalone, vector, hits, self.store, s.evidence_sentences, self.lexicon
        )
        best = similarity(evidence[0], vector, self.store) if evidence else 0.0
        verdict = check_answerable(
            standalone, hits, self.store, best, s.min_similarity, self.lexicon
        )
        timings = {"retrieve_ms": _ms(started)}
        model: dict[str, object] = {"embedder": self.embedder.name}

        def refusal(reason: str, notes: list[str]) -> Answer:
            text = f"The sources do not say: {reason}."
            return self._finish(
                asked, standalone, text, True, "refusal", [], hits, timings, model, notes, started
            )

        if not verdict.answerable:
            refused = refusal(verdict.reason, [verdict.reason])
            yield refused.text
            yield refused
            return
        draft = Draft()
        mode = "extractive"
        llm = self.llm if use_llm else None
        if llm is not None:
            composer = Composer(llm, s.max_tokens)
            # Weak sentences cost prompt time and distract a small model.
            given = extractive(evidence, s.evidence_sentences, ratio=0.6)
            given += continuations(given)
            yield from composer.run(standalone, given, draft)
            timings.update(composer.timings)
            model.update(llm.info(), tokens=composer.tokens)
            if composer.said_not_found and not draft.sentences and best < s.min_similarity + 0.15:
                refused = refusal("the model found no answer in the passages", draft.notes)
                yield refused.text
                yield refused
                return
            if draft.sentences:
                mode = "llm"
            else:
                draft.notes.append(
                    "no generated sentence could be verified; "
                    "the answer is the best supporting sentences"
                )
        for ev in extractive(evidence, s.extract_sentences):
            if _redundant(ev.text, draft.text):
                continue
            piece = f"{strip_markers(ev.text).strip()} {ev.label}"
            yield (" " if draft.sentences else "") + piece
            draft.sentences.append((piece, [ev]))
        support = [ev for _, evs in draft.sentences for ev in evs]
        yield self._finish(
            asked,
            standalone,
            draft.text,
            False,
            mode,
            support,
            hits,
            timings,
            model,
            draft.notes,
            started,
        )

    def _finish(
        self,
        asked: str,
        standalone: str,
        text: str,
        refused: bool,
        mode: str,
        support: list[Evidence],
        hits: list[Hit],
        timings: dict[str, float],
        model: dict[str, object],
        notes: list[str],
        started: float,
    ) -> Answer:
        timings["total_ms"] = _ms(started)
        citations = tuple(dict.fromkeys(self.citation(ev) for ev in support))
        return Answer(
            question=asked,
            text=text,
            refused=refused,
            citations=citations,
            retrieved=tuple(hits),
            mode=mode,
            timings=timings,
            model=model,
            notes=tuple(notes),
            standalone_question=standalone if standalone != asked else "",
        )

    def citation(self, ev: Evidence) -> Citation:
        """Resolve a label: footnote n's metadata for [n], the passage's document for [¶p]."""
        footnote = int(ev.label[1:-1]) if ev.label[1:-1].isdigit() else None
        src = None
        if footnote is not None:
            src = next((x for x in self.store.sources.values() if x.footnote == footnote), None)
        src = src or self.store.sources.get(ev.chunk.doc_id)
        return Citation(
            label=ev.label,
            doc_id=ev.chunk.doc_id,
            footnote=footnote,
            chunk_id=ev.chunk.id,
            title=src.title if src else "",
            publisher=src.publisher if src else "",
            date=src.date if src else "",
            url=src.url if src else "",
            text=ev.chunk.text,
            sentence=ev.text,
            start=ev.sentence.start,
            end=ev.sentence.end,
            paragraph=ev.sentence.paragraph,
        )


def _redundant(sentence: str, text: str, threshold: float = 1.0) -> bool:
    """Whether the answer already says this sentence nearly word for word."""
    mine = set(terms(sentence))
    if not mine or not text:
        return False
    return len(mine & set(terms(text))) / len(mine) >= threshold


def _ms(since: float) -> float:
    return (time.perf_counter() - since) * 1000.0


__all__ = ["Assistant", "LLMError", "QuestionError"]
