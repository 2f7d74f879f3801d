"""Scripted models that judge the answer core: a perfect one and a careless one.

Both speak the OpenAI API (`/v1/chat/completions`, `/v1/completions`, streamed as
server-sent events) on 127.0.0.1, so `qa eval --llm-url` and the tests use them like
any server. They read the question and the labelled passages out of the prompt:

- **perfect** answers with the gold reference answer, labelled with the given passage
  that holds the gold evidence, and NOT IN SOURCES for an unanswerable question;
- **careless** answers with the same reference corrupted once: a number changed, a
  state swapped, a negation flipped, or an invented organisation added; it records
  each corruption so that the evaluation can count those shown.

A good core lets the first through and stops the second.
"""

from __future__ import annotations

import hashlib
import json
import re
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Any

from evaluation import local_server
from evaluation.gold import GoldItem
from index.text import fold, terms
from qa.analyze import clean

NOT_FOUND = "NOT IN SOURCES"
KINDS = ("number", "country", "negation", "organisation")
_PASSAGE_RE = re.compile(r'^(\[[^\]\n]{1,8}\]) "(.*)"\s*$', re.M)
_QUESTION_RE = re.compile(r"Question:\s*(.+?)\s*(?:\nAnswer:|$)", re.S)
_SWAP = {
    "denmark": "Portugal", "malta": "Austria", "united kingdom": "Ireland", "uk": "Ireland",
    "italy": "Greece", "italian": "Spanish", "britain": "Ireland",
}  # fmt: skip
_NUMBER_WORDS = {
    "two": "four", "three": "five", "seventeen": "nineteen", "twenty-five": "twenty-seven",
    "twenty five": "twenty seven",
}  # fmt: skip


@dataclass
class Corruption:
    kind: str
    text: str  # the corrupted answer as sent (labels removed)


@dataclass
class ScriptedModel:
    """Answers a prompt from the gold set, perfectly or carelessly."""

    items: list[GoldItem]
    kind: str = "perfect"  # or "careless"
    corruptions: dict[str, Corruption] = field(default_factory=dict)  # gold id -> what it did
    kinds: tuple[str, ...] = KINDS  # the corruptions a careless model makes (one per answer)

    def reply(self, prompt: str) -> str:
        question = _last_question(prompt)
        item = self.match(question)
        if item is None or not item.answerable:
            if self.kind == "careless" and item is not None:
                claim = "The Nordic Maritime Authority is responsible for this"
                self.corruptions[item.id] = Corruption("organisation", claim)
                return f"{claim} {_label(prompt, item)}."
            return NOT_FOUND
        answer = item.answer.strip()
        if self.kind == "careless":
            original = answer
            answer, how = corrupt(answer, item.id, self.kinds)
            self.corruptions[item.id] = Corruption(how, _changed_sentence(original, answer))
        label = _label(prompt, item)
        return _with_label(answer, label)

    def match(self, question: str) -> GoldItem | None:
        """The gold item asked (the core may strip openers or ask one part at a time)."""
        wanted = set(terms(question))
        asked = fold(question).lower()
        best, best_score = None, 0.0
        for item in self.items:
            # the question as typed, or as the core's reading rewrote it before asking
            # ("explain pesco to me pls" is asked as "What is pesco?")
            if asked in {fold(item.question).lower(), fold(clean(item.question)).lower()}:
                return item
            own = set(terms(item.question))
            if not own or not wanted:
                continue
            score = len(own & wanted) / len(wanted)
            if score > best_score:
                best, best_score = item, score
        return best if best_score >= 0.6 else None


def corrupt(answer: str, key: str, kinds: tuple[str, ...] = KINDS) -> tuple[str, str]:
    """The answer with one error in it, of a kind chosen by the item's id when it applies
    (`kinds` narrows the choice: a stress run of one kind)."""
    start = int(hashlib.sha256(key.encode()).hexdigest(), 16) % len(kinds)
    for i in range(len(kinds)):
        kind = kinds[(start + i) % len(kinds)]
        changed = _CORRUPT[kind](answer)
        if changed != answer:
            return changed, kind
    return _invent(answer), "organisation"


def _sentences(text: str) -> list[str]:
    return [p for p in re.split(r"(?<=[.!?])\s+(?=[A-Z])", text) if p.strip()]


def _changed_sentence(original: str, corrupted: str) -> str:
    """The one sentence the corruption changed (a bare Yes/No counts with what follows)."""
    before, after = _sentences(original), _sentences(corrupted)
    for i, (a, b) in enumerate(zip(before, after, strict=False)):
        if a != b:
            if re.fullmatch(r"(?:Yes|No)[.!]?", b.strip()) and i + 1 < len(after):
                return b.rstrip(".! ") + " " + after[i + 1]
            return b
    return corrupted


def _change_number(text: str) -> str:
    m = re.search(r"\b(\d+)\b", text)
    if m:
        value = int(m.group(1))
        changed = value + 1 if 1900 <= value <= 2100 else value + 3
        return text[: m.start()] + str(changed) + text[m.end() :]
    for word, other in _NUMBER_WORDS.items():
        m2 = re.search(rf"\b{word}\b", text, re.I)
        if m2:
            return text[: m2.start()] + other + text[m2.end() :]
    return text


def _swap_country(text: str) -> str:
    for name, other in _SWAP.items():
        m = re.search(rf"\b{re.escape(name)}\b", text, re.I)
        if m:
            return text[: m.start()] + other + text[m.end() :]
    return text


def _flip(text: str) -> str:
    m = re.match(r"^(Yes|No)\b", text)
    if m:
        return ("No" if m.group(1) == "Yes" else "Yes") + text[m.end() :]
    for pattern, repl in (
        (r"\b(is|are|was|were|does|do|did|has|have|can|will) not\b", r"\1"),
        (r"\bnot\b ", ""),
        (r"\b(is|are|was|were)\b", r"\1 not"),
        (r"\b(aims|lets|includes|says|replaced|supports)\b", r"does not \1"),
    ):
        new = re.sub(pattern, repl, text, count=1)
        if new != text:
            return new.replace("does not aims", "does not aim").replace(
                "does not lets", "does not let"
            )
    return text


def _invent(text: str) -> str:
    return text.rstrip(". ") + ", together with the Nordic Maritime Authority."


_CORRUPT = {
    "number": _change_number,
    "country": _swap_country,
    "negation": _flip,
    "organisation": _invent,
}


def _last_question(prompt: str) -> str:
    found = _QUESTION_RE.findall(prompt)
    return found[-1].strip() if found else prompt.strip().splitlines()[-1]


def _passages(prompt: str) -> list[tuple[str, str]]:
    """The (label, text) lines of the last Sources block."""
    tail = prompt[prompt.rfind("Sources:") :] if "Sources:" in prompt else prompt
    return [(m.group(1), m.group(2)) for m in _PASSAGE_RE.finditer(tail)]


def _label(prompt: str, item: GoldItem) -> str:
    """The label of the given passage holding the gold evidence; else the closest one."""
    given = _passages(prompt)
    if not given:
        return ""
    for label, text in given:
        folded = fold(text).lower().replace("'", "'")
        for ev in item.evidence:
            quote = fold(ev["quote"]).lower().replace('"', "'")
            if quote in folded:
                return label
    wanted = set(terms(item.answer))
    return max(given, key=lambda lt: len(wanted & set(terms(lt[1]))))[0]


def _with_label(answer: str, label: str) -> str:
    """Put the label before the final full stop of every sentence."""
    if not label:
        return answer
    parts = re.split(r"(?<=[.!?])\s+(?=[A-Z])", answer)
    return " ".join(p.rstrip(".!? ") + f" {label}." for p in parts if p.strip())


# -- the HTTP face -------------------------------------------------------------------------
def serve(model: ScriptedModel, port: int = 0) -> AbstractContextManager[str]:
    """Serve the model on 127.0.0.1 (an OpenAI-compatible API); enter it for the base URL."""

    def answer(req: BaseHTTPRequestHandler, chat: bool) -> None:
        length = int(req.headers.get("Content-Length") or 0)
        try:
            body = json.loads(req.rfile.read(length) or b"{}")
        except json.JSONDecodeError:
            req.send_error(400)
            return
        if chat:
            prompt = "\n".join(str(m.get("content", "")) for m in body.get("messages", []))
        else:
            prompt = str(body.get("prompt", ""))
        text = model.reply(prompt)
        req.send_response(200)
        if body.get("stream"):
            req.send_header("Content-Type", "text/event-stream")
            req.end_headers()
            for token in _tokens(text):
                delta: dict[str, Any] = {"delta": {"content": token}} if chat else {"text": token}
                req.wfile.write(f"data: {json.dumps({'choices': [delta]})}\n\n".encode())
            req.wfile.write(b"data: [DONE]\n\n")
            return
        choice = {"message": {"content": text}} if chat else {"text": text}
        payload = json.dumps({"choices": [choice]}).encode()
        req.send_header("Content-Type", "application/json")
        req.send_header("Content-Length", str(len(payload)))
        req.end_headers()
        req.wfile.write(payload)

    return local_server.serve(
        {
            "/v1/chat/completions": lambda req: answer(req, chat=True),
            "/v1/completions": lambda req: answer(req, chat=False),
        },
        port,
    )


def _tokens(text: str) -> list[str]:
    """Tokens as servers send them: words carrying their trailing or leading spaces."""
    pieces = re.findall(r"\S+\s*", text)
    out: list[str] = []
    for i, piece in enumerate(pieces):
        if i % 2 and out and out[-1].endswith(" "):  # alternate: "word " then " word"
            out[-1] = out[-1].rstrip(" ")
            piece = " " + piece
        out.append(piece)
    return out


def main(argv: list[str] | None = None) -> None:
    """`python -m evaluation.scripted --gold gold/test.jsonl --kind careless --port 8765`:
    serve a scripted model for `qa ask|eval --llm-url http://127.0.0.1:8765`."""
    import argparse
    import time
    from pathlib import Path

    from evaluation.gold import load_gold

    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--gold", type=Path, required=True)
    parser.add_argument("--kind", choices=["perfect", "careless"], default="perfect")
    parser.add_argument("--port", type=int, default=8765)
    args = parser.parse_args(argv)
    model = ScriptedModel(load_gold(args.gold), args.kind)
    with serve(model, args.port) as url:
        print(f"{args.kind} model on {url} (Ctrl-C to stop)", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
