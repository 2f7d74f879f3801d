"""Load the corpus: the manifest, the article with its footnotes, and any cited document's text.

The article starts with a `key: value` header and ends with its footnote list
(`[1] ...`). Each paragraph knows which footnote markers it carries; what follows
the last footnote (page furniture such as "Leave a Reply") is not part of the text.
"""

from __future__ import annotations

import hashlib
import tomllib
from dataclasses import dataclass, replace
from pathlib import Path

from index.errors import SourceError
from index.text import MARKER_RE, is_heading, is_list, split_blocks
from index.types import Document, Paragraph, Source

MANIFEST = "manifest.toml"
DOCS_DIR = "docs"
TEXT_SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf")


@dataclass(frozen=True)
class Corpus:
    """Every source of the manifest, and the documents whose text is present."""

    sources: tuple[Source, ...]
    documents: tuple[Document, ...]
    missing: tuple[Source, ...]  # cited documents without text
    unreadable: tuple[tuple[Source, str], ...] = ()  # (source, reason)

    def source(self, doc_id: str) -> Source | None:
        return next((s for s in self.sources if s.id == doc_id), None)

    def by_footnote(self, number: int) -> Source | None:
        return next((s for s in self.sources if s.footnote == number), None)

    @property
    def hashes(self) -> dict[str, str]:
        return {d.source.id: d.sha256 for d in self.documents}


def load_manifest(sources_dir: Path) -> tuple[Source, ...]:
    """Read sources/manifest.toml and find each document's text file."""
    path = sources_dir / MANIFEST
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise SourceError(f"no manifest at {path}") from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise SourceError(f"cannot read {path}: {exc}") from exc
    sources = []
    for entry in data.get("document", []):
        src = Source(
            id=str(entry["id"]),
            title=str(entry.get("title", "")),
            publisher=str(entry.get("publisher", "")),
            date=str(entry.get("date", "")),
            kind=str(entry.get("kind", "")),
            url=str(entry.get("url", "")),
            footnote=entry.get("footnote"),
            cited_as=str(entry.get("cited_as", "")),
            author=str(entry.get("author", "")),
            verified=bool(entry.get("verified", False)),
            file=str(entry.get("file", "")),
        )
        sources.append(replace(src, file=_find_text_file(sources_dir, src)))
    return tuple(sources)


def _find_text_file(sources_dir: Path, src: Source) -> str:
    if src.file and (sources_dir / src.file).is_file():
        return src.file
    for suffix in TEXT_SUFFIXES:
        candidate = Path(DOCS_DIR) / f"{src.id}{suffix}"
        if (sources_dir / candidate).is_file():
            return candidate.as_posix()
    return ""


def load_corpus(sources_dir: Path) -> Corpus:
    """Load every source whose text is present; name the missing and unreadable ones."""
    sources = load_manifest(sources_dir)
    documents, missing, unreadable = [], [], []
    for src in sources:
        if not src.has_text:
            missing.append(src)
            continue
        try:
            raw = read_text_file(sources_dir / src.file)
        except SourceError as exc:
            unreadable.append((src, str(exc)))
            continue
        if src.id == "article":
            documents.append(parse_article(src, raw))
        else:
            documents.append(parse_document(src, raw))
    return Corpus(tuple(sources), tuple(documents), tuple(missing), tuple(unreadable))


MAX_SOURCE_BYTES = 20_000_000


def read_text_file(path: Path) -> str:
    """The plain text of a txt, md, html or pdf file.

    A symbolic link is refused (a link to /etc/passwd must not become footnote 1's text),
    and so is a file over MAX_SOURCE_BYTES, before it is read.
    """
    try:
        if path.is_symlink():
            raise SourceError(f"{path} is a symbolic link; copy the document there instead")
        size = path.stat().st_size
        if size > MAX_SOURCE_BYTES:
            raise SourceError(f"{path} is {size // 1_000_000} MB; the limit is 20 MB")
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(f"cannot read {path}: {exc.strerror or exc}") from exc
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return pdf_to_text(data, path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SourceError(f"cannot read {path}: not UTF-8 text") from exc
    if suffix in (".html", ".htm"):
        return html_to_text(text, path)
    return text


def html_to_text(html: str, where: Path | str = "") -> str:
    """Main text of a web page (readability extraction), paragraphs kept apart."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=True)
    if not text or not text.strip():
        raise SourceError(f"no readable text in {where}")
    return text.replace("\n", "\n\n")


def pdf_to_text(data: bytes, where: Path | str = "") -> str:
    import io

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError) as exc:
        raise SourceError(f"cannot read PDF {where}: {exc}") from exc
    text = "\n\n".join(p.strip() for p in pages if p.strip())
    if not text:
        raise SourceError(f"no text in PDF {where}")
    return text


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def split_header(raw: str) -> tuple[dict[str, str], str]:
    """Split a `key: value` header (up to the first blank line) from the text."""
    head, sep, body = raw.partition("\n\n")
    lines = head.splitlines()
    if sep and lines and all(":" in ln and not ln.startswith(" ") for ln in lines):
        header = {}
        for ln in lines:
            key, _, value = ln.partition(":")
            header[key.strip().lower()] = value.strip()
        return header, body
    return {}, raw


def parse_article(src: Source, raw: str) -> Document:
    """Parse the article: header, paragraphs, footnote markers and the footnote list.

    Offsets are into the whole file. The header's publisher, author and date lines
    form paragraph 1, so that "who wrote it" is answered from the article itself.
    """
    text = raw.replace("\r\n", "\n")
    _, body = split_header(text)
    offset = len(text) - len(body)
    paragraphs: list[Paragraph] = []
    span = _header_span(text[:offset])
    if span:
        paragraphs.append(Paragraph(1, span[0], span[1], "header"))
    blocks = [(s + offset, e + offset) for s, e in split_blocks(body)]
    note_at = [i for i, (s, e) in enumerate(blocks) if _note_number(text[s:e]) is not None]
    # The footnote list is the run of note blocks at the end; a marker-like block
    # earlier in the body is just text.
    first_note = note_at[0] if note_at else len(blocks)
    last_note = note_at[-1] if note_at else len(blocks) - 1
    notes = {}
    for i, (s, e) in enumerate(blocks[: last_note + 1]):
        block = text[s:e]
        number = len(paragraphs) + 1
        note = _note_number(block) if i >= first_note else None
        if note is not None:
            notes[note] = MARKER_RE.sub("", block, count=1).strip()
            paragraphs.append(Paragraph(number, s, e, "note", note))
        elif i >= first_note:
            continue  # text between notes is not body text
        else:
            paragraphs.append(Paragraph(number, s, e, _role(block)))
    return Document(src, text, tuple(paragraphs), sha256_text(raw), notes)


HEADER_KEYS = ("publisher", "author", "date")  # the title is the manifest's


def _header_span(head: str) -> tuple[int, int] | None:
    """The run of header lines that describe the article (not ids or notes about the file)."""
    spans, pos = [], 0
    for line in head.splitlines(keepends=True):
        key = line.partition(":")[0].strip().lower()
        if key in HEADER_KEYS and line.strip():
            spans.append((pos, pos + len(line.rstrip())))
        pos += len(line)
    return (spans[0][0], spans[-1][1]) if spans else None


def parse_document(src: Source, raw: str) -> Document:
    """A cited document: plain paragraphs, all of them under its footnote."""
    text = raw.replace("\r\n", "\n")
    paragraphs = tuple(
        Paragraph(i + 1, s, e, _role(text[s:e])) for i, (s, e) in enumerate(split_blocks(text))
    )
    return Document(src, text, paragraphs, sha256_text(raw))


def _note_number(block: str) -> int | None:
    m = MARKER_RE.match(block)
    return int(m.group(1)) if m else None


def _role(block: str) -> str:
    if is_list(block):
        return "list"
    if is_heading(block):
        return "heading"
    return "body"
