"""Let the model compose from the selected sentences, and keep only what verifies.

Generated text is cut into sentences as it streams. Each sentence keeps the labels
that name a given passage supporting it; a wrong or missing label is replaced by the
passage that does support it; a sentence no passage supports is dropped. Every change
is recorded in the answer's notes.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import TYPE_CHECKING

from qa.llm import LLM
from qa.prompt import NOT_FOUND, build_prompt, passages
from qa.types import Evidence
from qa.verify import check_sentence, labels_in, split_sentences, strip_labels

if TYPE_CHECKING:
    from qa.answer import Draft


class Composer:
    def __init__(self, llm: LLM, max_tokens: int) -> None:
        self.llm = llm
        self.max_tokens = max_tokens
        self.timings: dict[str, float] = {}
        self.tokens = 0
        self.said_not_found = False
        self.raw = ""
        self.question = ""

    def run(self, question: str, evidence: list[Evidence], draft: Draft) -> Iterator[str]:
        """Generate, verify sentence by sentence, and yield the text that passed."""
        self.question = question
        by_label = {label: text for label, text in passages(evidence)}
        prompt = build_prompt(question, evidence)
        started = time.perf_counter()
        buffer = ""
        for token in self.llm.stream(prompt, self.max_tokens):
            if not self.tokens:
                self.timings["first_token_ms"] = (time.perf_counter() - started) * 1000
            self.tokens += 1
            self.raw += token
            buffer += token
            parts = split_sentences(buffer)
            while len(parts) > 1:
                yield from self._accept(parts.pop(0), by_label, evidence, draft)
            buffer = parts[0] if parts else ""
        if buffer.strip():
            yield from self._accept(buffer, by_label, evidence, draft)
        self.timings["generate_ms"] = (time.perf_counter() - started) * 1000

    def _accept(
        self, raw: str, by_label: dict[str, str], evidence: list[Evidence], draft: Draft
    ) -> Iterator[str]:
        claim = strip_labels(raw).strip()
        if NOT_FOUND.lower() in claim.lower() or not claim:
            self.said_not_found = self.said_not_found or bool(claim)
            return
        labels = list(dict.fromkeys(labels_in(raw)))
        for label in labels:
            if label not in by_label:
                draft.notes.append(f"removed label {label}: it names no given passage")
        body = claim.rstrip(" .;,")
        checks = {lb: check_sentence(body, text, self.question) for lb, text in by_label.items()}
        kept = [lb for lb in labels if lb in checks and checks[lb].ok]
        if not kept:
            kept = [lb for lb, check in checks.items() if check.ok][:1]
            if kept:
                draft.notes.append(f"cited {kept[0]} for a sentence that lacked its label")
        if not kept:
            why = [checks[lb].reason for lb in labels if lb in checks]
            reason = why[0] if why else "no passage supports it"
            draft.notes.append(f"dropped an unsupported sentence ({reason}): {body}")
            return
        support = [ev for ev in evidence if ev.label in kept]
        piece = f"{body} {''.join(kept)}."
        yield (" " if draft.sentences else "") + piece
        draft.sentences.append((piece, support))
