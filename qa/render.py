"""Plain-text rendering of answers, sources and search results for the terminal."""

from __future__ import annotations

import re
import textwrap
from collections import Counter

from index.sources import Corpus
from index.text import drop_empty_parens
from index.types import Hit
from qa.audit import NOT_FOUND, VERDICTS, AuditItem
from qa.types import Answer, Citation

# Terminal escape sequences whole (CSI, OSC, DCS and two-byte ESC forms, 7- and 8-bit),
# then any other C0/C1 control and the bidirectional overrides that reorder what is shown.
_ESCAPE_RE = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[ -/]*[0-~]?"
)
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """Text safe for a terminal: no escape sequences or other control characters."""
    return _CONTROL_RE.sub("", _ESCAPE_RE.sub("", text))


def one_line(text: str, width: int = 0) -> str:
    flat = " ".join(text.split())
    return textwrap.shorten(flat, width, placeholder=" …") if width else flat


def in_quotes(text: str) -> str:
    """A source's sentence in quotation marks, once: a note that opens with its own quote
    keeps it, and the empty parentheses where the article had a link are dropped."""
    flat = one_line(drop_empty_parens(text))
    if flat.startswith(("“", '"')):
        return flat
    return f"“{flat}”"


def cited_where(c: Citation) -> str:
    """Where a cited passage stands: "footnote n" (the document footnote n cites), "article,
    paragraph p", or, for an article sentence carrying marker n, "article, paragraph p,
    citing footnote n" (the article's text, naming its source)."""
    if c.footnote is None:
        return f"article, paragraph {c.paragraph}"
    if c.doc_id == "article":
        return f"article, paragraph {c.paragraph}, citing footnote {c.footnote}"
    return f"footnote {c.footnote}"


def citation_block(c: Citation) -> str:
    """A cited source: label, footnote, title, publisher, date, address, then the sentence."""
    where = (
        f"footnote {c.footnote}" if c.footnote is not None else f"article, paragraph {c.paragraph}"
    )
    meta = " — ".join(x for x in (c.title, c.publisher, c.date) if x)
    lines = [f"{c.label} {where}: {meta}"]
    lines.append(f"    address: {c.url or 'not known'}")
    if c.doc_id != "article" or c.footnote is None:
        lines.append(f"    passage ({c.doc_id}, ¶{c.paragraph}): {in_quotes(c.sentence)}")
    else:
        lines.append(f"    article passage (¶{c.paragraph}) citing it: {in_quotes(c.sentence)}")
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
        more.append(f"    also: {in_quotes(c.sentence)}")
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


def audit_report(items: list[AuditItem], all_claims: bool = False) -> str:
    """The footnote audit: a summary line, then each claim with both sides quoted."""
    counts = Counter(i.verdict for i in items)
    summary = ", ".join(f"{counts[v]} {v}" for v in VERDICTS if counts[v])
    blocks = [f"Footnote audit: {len(items)} claims — {summary or 'none'}"]
    blocks += [_audit_block(i) for i in items]
    if not all_claims:
        blocks.append(
            "(qa audit --all-claims also checks the article's unsourced sentences that hold "
            "a number, a date or a name)"
        )
    return printable("\n\n".join(blocks))


def _audit_block(item: AuditItem) -> str:
    claim = item.claim
    cited = f"{item.doc_id} “{item.title}”" if item.doc_id else "no document"
    if claim.footnote is not None:
        head = f"{item.verdict.upper()} · footnote [{claim.footnote}] → {cited}"
    else:
        beside = f", beside [{', '.join(map(str, claim.beside))}]" if claim.beside else ""
        against = f"[{item.footnote}] {cited}" if item.doc_id else "the cited documents"
        head = f"{item.verdict.upper()} · unsourced{beside} → compared with {against}"
    lines = [head, f"    article {claim.label}: “{one_line(claim.text)}”"]
    side = "closest" if item.verdict == NOT_FOUND else "source"
    lines += [f"    {side} {p.label}: “{one_line(p.text)}”" for p in item.evidence]
    lines += [f"    differs: {d}" for d in item.differences]
    if item.found or item.missing:
        found = ", ".join(item.found) or "—"
        missing = ", ".join(item.missing) or "—"
        lines.append(f"    found: {found}; not found: {missing}")
    if item.note:
        lines.append(f"    note: {item.note}")
    return "\n".join(lines)


def answer_markdown(answer: Answer) -> str:
    """An answer as Markdown to paste elsewhere: the question, the answer as written, and a
    reference for each label (title, publisher, date, address and the quoted sentence)."""
    lines = [f"**Question:** {one_line(answer.question)}"]
    if answer.standalone_question:
        lines.append(f"*Searched as:* {one_line(answer.standalone_question)}")
    marker = "*Not in the sources:* " if answer.refused else ""
    lines += ["", marker + one_line(answer.text)]
    if answer.citations:
        lines += ["", "**References**", ""]
    for c in answer.citations:
        where = cited_where(c)
        where = f"the {where}" if where.startswith("article") else where
        meta = ", ".join(x for x in (f"*{c.title}*" if c.title else "", c.publisher, c.date) if x)
        lines.append(f"- {c.label} {where}: {meta}. {c.url or 'Address not known'}.")
        lines.append(f"  > {in_quotes(c.sentence)}")
    return printable("\n".join(lines)) + "\n"
