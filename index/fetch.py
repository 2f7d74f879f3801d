"""Fetch the text of cited documents from their public addresses, for users who are online.

HTML is reduced to its main text with a readability extractor (trafilatura), PDF
to its text with pypdf. Each text is stored as `sources/docs/<id>.txt`, written
atomically, and `docs/fetched.json` records the address, date, type and SHA-256.
A document that cannot be fetched is reported in one line; the others go on.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from index.download import Limits, download
from index.errors import SourceError
from index.sources import DOCS_DIR, html_to_text, load_manifest, pdf_to_text, sha256_text
from index.types import Source

RECORD = "fetched.json"


@dataclass(frozen=True)
class FetchResult:
    source: Source
    ok: bool
    message: str  # what was stored, or why not
    path: Path | None = None


def fetch_sources(
    sources_dir: Path,
    *,
    only: list[str] | None = None,
    refresh: bool = False,
    timeout: float = 20.0,
    allow_private: bool = False,
) -> list[FetchResult]:
    """Fetch every cited document that has an address and (unless `refresh`) no text yet.

    Args:
        timeout: seconds for each document's whole download (DNS, redirects and body).
        allow_private: permit loopback, private and link-local addresses (a local mirror).

    Raises:
        SourceError: `fetched.json` is damaged; nothing is fetched, so it is not replaced.
    """
    read_record(sources_dir / DOCS_DIR / RECORD)
    limits = Limits(timeout=timeout, allow_private=allow_private)
    results = []
    for src in load_manifest(sources_dir):
        if src.id == "article" or (only and src.id not in only):
            continue
        if not src.url:
            results.append(FetchResult(src, False, "no public address is known"))
            continue
        if src.has_text and not refresh:
            results.append(FetchResult(src, True, f"already present ({src.file})"))
            continue
        try:
            text, kind = download_text(src.url, limits)
        except SourceError as exc:
            results.append(FetchResult(src, False, str(exc)))
            continue
        path = store_text(sources_dir, src, text, kind)
        results.append(FetchResult(src, True, f"stored {len(text)} characters", path))
    return results


def download_text(url: str, limits: Limits | None = None) -> tuple[str, str]:
    """(plain text, content type) of a web page or PDF, read within `limits`."""
    got = download(url, limits or Limits())
    kind, data = got.content_type, got.data
    if kind == "application/pdf" or data.startswith(b"%PDF"):
        return pdf_to_text(data, url), "application/pdf"
    text = got.text()
    if kind in ("text/plain", "text/markdown"):
        return text, kind
    return html_to_text(text, url), kind or "text/html"


def store_text(sources_dir: Path, src: Source, text: str, kind: str) -> Path:
    docs = sources_dir / DOCS_DIR
    docs.mkdir(parents=True, exist_ok=True)
    path = docs / f"{src.id}.txt"
    record_path = docs / RECORD
    record = read_record(record_path)
    _write_atomic(path, text)
    record[src.id] = {
        "url": src.url,
        "fetched_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "content_type": kind,
        "sha256": sha256_text(text),
        "file": path.name,
    }
    _write_atomic(record_path, json.dumps(record, indent=2, ensure_ascii=False) + "\n")
    return path


def read_record(path: Path) -> dict[str, Any]:
    """The fetch record; SourceError when it is damaged, so that its records are not lost."""
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise SourceError(
            f"{path} is damaged ({exc.__class__.__name__}); fix or remove it, "
            "it was not overwritten"
        ) from exc
    if not isinstance(record, dict):
        raise SourceError(f"{path} is damaged (not a JSON object); fix or remove it")
    return record


def _write_atomic(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
