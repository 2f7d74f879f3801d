"""Gold Q&A sets and the scores of an answer against one gold item.

Format: `gold/README.md`. A retrieved or cited passage supports the answer when it
contains an evidence quote after folding white space; a fact is covered when the
answer contains one of its spellings (case-insensitive); a `wrong` string in the
answer is a wrong statement.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from index.text import fold
from qa.verify import labels_in, split_sentences, strip_labels


@dataclass(frozen=True)
class GoldItem:
    id: str
    question: str
    answer: str
    facts: tuple[tuple[str, ...], ...]
    evidence: tuple[dict[str, str], ...]
    footnotes: tuple[int, ...]
    answerable: bool
    wrong: tuple[str, ...] = ()
    kind: str = ""  # the reader's question class ("paraphrase", "yesno", "near_miss", ...)
    yes_no: str = ""  # "yes" or "no" for a yes/no question


def load_gold(path: Path) -> list[GoldItem]:
    items = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
            items.append(
                GoldItem(
                    id=str(d["id"]),
                    question=d["question"],
                    answer=d.get("answer", ""),
                    facts=tuple(tuple(f) for f in d.get("facts", [])),
                    evidence=tuple(d.get("evidence", [])),
                    footnotes=tuple(int(x) for x in d.get("footnotes", [])),
                    answerable=bool(d.get("answerable", True)),
                    wrong=tuple(d.get("wrong", [])),
                    kind=str(d.get("class", "")),
                    yes_no=str(d.get("yesno", "")).lower(),
                )
            )
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise ValueError(f"{path}:{n}: not a gold item ({exc})") from exc
    return items


def supports(passage: str, item: GoldItem) -> bool:
    text = fold(passage).lower()
    return any(fold(e["quote"]).lower() in text for e in item.evidence)


@dataclass
class Scores:
    """Per-question scores; None where a metric does not apply."""

    hit_at_1: float | None = None
    hit_at_5: float | None = None
    reciprocal_rank: float | None = None
    fact_recall: float | None = None
    all_facts: float | None = None
    wrong: list[str] = field(default_factory=list)
    citation_precision: float | None = None
    footnote_recall: float | None = None
    cited_sentences: float | None = None
    faithfulness: float | None = None
    refused: bool = False
    missing_facts: list[str] = field(default_factory=list)
    yes_no_right: float | None = None  # a yes/no question: the answer opens with the right word
    direct: float | None = None  # answered directly (Yes/No, the asked type, a verified claim)
    words: int = 0  # words in the answer, labels excluded


Judge = Callable[[str, list[str]], bool]  # (sentence, cited passages) -> supported?


def score(item: GoldItem, answer: dict[str, Any], judge: Judge | None = None) -> Scores:
    """Score one answer (the JSON contract) against its gold item.

    `judge` decides whether passages support a sentence; it gives faithfulness, and the
    precision of citations on items whose gold gives no evidence quote.
    """
    s = Scores(refused=bool(answer["refused"]))
    text = answer["answer"].lower() if not answer["refused"] else ""
    s.words = len(strip_labels(answer["answer"]).split())
    if item.yes_no:
        first = (text.split() or [""])[0].strip(".,:;!—-")
        s.yes_no_right = float(first == item.yes_no)
    if item.answerable:
        s.direct = float(bool(answer.get("direct")) and not s.refused)
    s.wrong = [w for w in item.wrong if w.lower() in text]
    if not item.answerable or s.refused:
        if item.answerable:
            s.fact_recall, s.all_facts = (0.0, 0.0) if item.facts else (None, None)
            s.missing_facts = [f[0] for f in item.facts]
            _retrieval(item, answer, s)
        return s
    _retrieval(item, answer, s)
    covered = [any(alt.lower() in text for alt in fact) for fact in item.facts]
    if item.facts:
        s.fact_recall = sum(covered) / len(covered)
        s.all_facts = float(all(covered))
        s.missing_facts = [f[0] for f, ok in zip(item.facts, covered, strict=True) if not ok]
    cits = answer["citations"]
    sentences = split_sentences(answer["answer"])
    if sentences:
        s.cited_sentences = sum(bool(labels_in(x)) for x in sentences) / len(sentences)
    if cits and item.evidence:
        good = [supports(c["text"], item) for c in cits]
        s.citation_precision = sum(good) / len(good)
    elif cits and judge is not None:
        good = [judge(_citing_sentence(c["label"], sentences), [c["text"]]) for c in cits]
        s.citation_precision = sum(good) / len(good)
    if item.footnotes:
        cited = {c["footnote"] for c in cits}
        s.footnote_recall = sum(n in cited for n in item.footnotes) / len(item.footnotes)
    if judge is not None:
        labelled = [x for x in sentences if labels_in(x)]
        if labelled:
            ok = 0
            for sentence in labelled:
                passages = [c["text"] for c in cits if c["label"] in labels_in(sentence)]
                ok += bool(passages) and judge(strip_labels(sentence), passages)
            s.faithfulness = ok / len(labelled)
    return s


def _citing_sentence(label: str, sentences: list[str]) -> str:
    return next((strip_labels(x) for x in sentences if label in labels_in(x)), "")


def _retrieval(item: GoldItem, answer: dict[str, Any], s: Scores) -> None:
    if not item.evidence:
        return
    ranks = [i for i, r in enumerate(answer["retrieved"]) if supports(r["text"], item)]
    s.hit_at_1 = float(bool(ranks) and ranks[0] < 1)
    s.hit_at_5 = float(bool(ranks) and ranks[0] < 5)
    s.reciprocal_rank = 1.0 / (ranks[0] + 1) if ranks else 0.0
