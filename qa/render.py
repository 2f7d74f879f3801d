"""Plain-text rendering of answers, sources and search results for the terminal."""

from __future__ import annotations

import re
import textwrap

from index.sources import Corpus
from index.types import Hit
from qa.types import Answer, Citation

_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """Text safe for a terminal: no escape sequences or other control characters."""
    return _CONTROL_RE.sub("", text.replace("\x1b", ""))


def one_line(text: str, width: int = 0) -> str:
    flat = " ".join(text.split())
    return textwrap.shorten(flat, width, placeholder=" …") if width else flat


def citation_block(c: Citation) -> str:
    """A cited source: label, footnote, title, publisher, date, address, then the sentence."""
    where = (
        f"footnote {c.footnote}" if c.footnote is not None else f"article, paragraph {c.paragraph}"
    )
    meta = " — ".join(x for x in (c.title, c.publisher, c.date) if x)
    lines = [f"{c.label} {where}: {meta}"]
    lines.append(f"    address: {c.url or 'not known'}")
    if c.doc_id != "article" or c.footnote is None:
        lines.append(f"    passage ({c.doc_id}, ¶{c.paragraph}): “{one_line(c.sentence)}”")
    else:
        lines.append(f"    article passage (¶{c.paragraph}) citing it: “{one_line(c.sentence)}”")
    return "\n".join(lines)


def sources_section(answer: Answer) -> str:
    """The evidence under the answer: each cited passage once, with its document."""
    shown = answer.evidence or answer.citations
    if not shown:
        return ""
    by_label: dict[str, list[Citation]] = {}
    for c in shown:
        group = by_label.setdefault(c.label, [])
        if all(c.sentence != g.sentence for g in group):
            group.append(c)
    title = "What the sources say:" if answer.refused else "Sources:"
    return title + "\n" + "\n".join(_label_block(group) for group in by_label.values())


def _label_block(group: list[Citation]) -> str:
    """A label's document once, then each of its quoted sentences."""
    first = citation_block(group[0])
    more = []
    for c in group[1:]:
        more.append(f"    also: “{one_line(c.sentence)}”")
    return "\n".join([first, *more])


def hits_table(hits: list[Hit]) -> str:
    rows = []
    for rank, h in enumerate(hits, 1):
        c = h.chunk
        fn = f" fn{c.footnote}" if c.footnote is not None else ""
        dense = "-" if h.dense is None else f"{h.dense:.3f}"
        bm25 = "-" if h.lexical is None else f"{h.lexical:.2f}"
        rows.append(
            f"{rank}. score {h.score:.4f} (dense {dense}, bm25 {bm25}, {h.via}) "
            f"{c.doc_id} ¶{c.paragraph}{fn} {c.id}\n   {one_line(c.text, 300)}"
        )
    return "\n".join(rows)


def corpus_table(corpus: Corpus) -> str:
    rows = []
    present = {d.source.id for d in corpus.documents}
    unreadable = dict((s.id, why) for s, why in corpus.unreadable)
    for s in corpus.sources:
        state = (
            f"text: {s.file}"
            if s.id in present
            else f"unreadable: {unreadable[s.id]}"
            if s.id in unreadable
            else "text missing (qa sources fetch, or drop a file in sources/docs/)"
        )
        fn = f"[{s.footnote}]" if s.footnote is not None else "article"
        rows.append(
            f"{s.id:8} {fn:8} {s.title}\n         {s.publisher}, {s.date}; "
            f"{s.kind}; {s.url or 'address not known'}\n         {state}"
        )
    return "\n".join(rows)
