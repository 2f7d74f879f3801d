"""Cut documents into chunks along sentence and paragraph lines.

A chunk is one paragraph, or a window of sentences of a long one; a heading joins
the paragraph after it. A chunk never spans two documents or two body paragraphs,
so its paragraph number and footnotes are exact.
"""

from __future__ import annotations

from index.sources import HEADER_KEYS
from index.text import MARKER_RE, split_sentences
from index.types import Chunk, Document, Paragraph, Sentence

# Bump when a change to parsing or chunking changes what an index holds: it makes
# every index built before it stale.
CHUNKER_VERSION = 3


def chunk_document(doc: Document, chunk_size: int = 700, overlap: int = 1) -> list[Chunk]:
    """Chunks of one document, in document order."""
    chunks: list[Chunk] = []
    pending: list[Sentence] = []  # headings waiting for the paragraph they introduce
    paras = doc.paragraphs
    i = 0
    while i < len(paras):
        para = paras[i]
        sentences = paragraph_sentences(doc, para)
        i += 1
        if not sentences:
            continue
        if para.role == "heading":
            pending.extend(sentences)
            continue
        if i < len(paras) and paras[i].role == "list" and _introduces(doc, sentences[-1]):
            sentences[-1] = _join(sentences[-1], paragraph_sentences(doc, paras[i]))
            i += 1  # "...two scenarios:" and its list read as one sentence
        if pending and para.role not in ("note", "header"):
            sentences = pending + sentences
        elif pending:
            chunks.extend(_windows(doc, pending, chunk_size, overlap))
        pending = []
        chunks.extend(_windows(doc, sentences, chunk_size, overlap))
    if pending:
        chunks.extend(_windows(doc, pending, chunk_size, overlap))
    return chunks


def _introduces(doc: Document, sentence: Sentence) -> bool:
    return doc.text[sentence.start : sentence.end].rstrip().endswith(":")


def _join(lead: Sentence, items: list[Sentence]) -> Sentence:
    if not items:
        return lead
    footnotes = tuple(sorted({n for s in (lead, *items) for n in s.footnotes}))
    return Sentence(lead.start, items[-1].end, lead.paragraph, footnotes, lead.role)


def paragraph_sentences(doc: Document, para: Paragraph) -> list[Sentence]:
    """The sentences of a paragraph with the footnotes each one carries."""
    if para.role == "header":
        return _header_lines(doc, para)
    text = doc.text[para.start : para.end]
    own = doc.source.footnote
    out = []
    for start, end in split_sentences(text, para.start):
        if para.role == "note" and start == para.start:
            m = MARKER_RE.match(doc.text, start)
            if m:  # the note's own "[2]" is its name, not part of its first sentence
                rest = doc.text[m.end() : end]
                start = m.end() + len(rest) - len(rest.lstrip())
        if start >= end:
            continue
        if own is not None:
            footnotes: tuple[int, ...] = (own,)
        elif para.note is not None:
            footnotes = (para.note,)
        else:
            found = (int(n) for n in MARKER_RE.findall(doc.text[start:end]))
            footnotes = tuple(sorted({n for n in found if n in doc.notes}))
        out.append(Sentence(start, end, para.number, footnotes, para.role))
    return out


def _header_lines(doc: Document, para: Paragraph) -> list[Sentence]:
    out, pos = [], para.start
    for line in doc.text[para.start : para.end].splitlines(keepends=True):
        key = line.partition(":")[0].strip().lower()
        if key in HEADER_KEYS and line.strip():
            out.append(Sentence(pos, pos + len(line.rstrip()), para.number, (), "header"))
        pos += len(line)
    return out


def _windows(doc: Document, sentences: list[Sentence], size: int, overlap: int) -> list[Chunk]:
    """Pack sentences into chunks of at most `size` characters, `overlap` sentences shared."""
    chunks = []
    i = 0
    while i < len(sentences):
        j = i + 1
        while j < len(sentences) and sentences[j].end - sentences[i].start <= size:
            j += 1
        chunks.append(_make_chunk(doc, sentences[i:j]))
        if j >= len(sentences):
            break
        i = max(j - overlap, i + 1)
    return chunks


def _make_chunk(doc: Document, sentences: list[Sentence]) -> Chunk:
    start, end = sentences[0].start, sentences[-1].end
    text = doc.text[start:end]
    footnotes = tuple(sorted({n for s in sentences for n in s.footnotes}))
    body = [s for s in sentences if s.role != "heading"] or sentences
    footnote = (
        doc.source.footnote
        if doc.source.footnote is not None
        else (footnotes[0] if footnotes else None)
    )
    return Chunk(
        id=Chunk.make_id(doc.source.id, start, end, text),
        doc_id=doc.source.id,
        text=text,
        start=start,
        end=end,
        paragraph=body[0].paragraph,
        sentences=tuple(sentences),
        footnote=footnote,
        footnotes=footnotes,
    )
