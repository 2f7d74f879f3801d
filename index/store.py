"""The on-disk index: an exact FAISS index, the chunks, sentence vectors and build metadata.

Layout under the index folder::

    current -> builds/<id>     a symbolic link, swapped atomically when a build ends
    builds/<id>/faiss.index    IndexIDMap2(IndexFlatIP): exact cosine search
    builds/<id>/chunks.jsonl   one chunk a line, in FAISS id order
    builds/<id>/sentences.npy  a vector per sentence, in chunk then sentence order
    builds/<id>/meta.json      model, chunk settings, source hashes, versions, file checksums

A build is written to `builds/.tmp-*` and renamed into place, so a reader only ever
sees a finished build, and a build that dies leaves the previous one in use.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np

from index.errors import IndexCorrupt, IndexMissing
from index.text import terms
from index.types import Chunk, Source

FORMAT = 1
CURRENT = "current"
BUILDS = "builds"
FILES = ("faiss.index", "chunks.jsonl", "sentences.npy")


@dataclass
class Store:
    """A loaded index, ready to search."""

    path: Path
    meta: dict[str, Any]
    chunks: list[Chunk]
    faiss_index: Any
    sentence_vectors: np.ndarray  # (n_sentences, dim)
    sentence_rows: list[tuple[int, int]]  # row -> (chunk position, sentence position)
    sources: dict[str, Source] = field(default_factory=dict)
    _rows_by_chunk: dict[str, list[int]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for row, (ci, _) in enumerate(self.sentence_rows):
            self._rows_by_chunk.setdefault(self.chunks[ci].id, []).append(row)
        self.positions = {c.id: i for i, c in enumerate(self.chunks)}

    @cached_property
    def vocabulary(self) -> frozenset[str]:
        """Every term the chunks use."""
        return frozenset(t for c in self.chunks for t in terms(c.text))

    def chunk(self, chunk_id: str) -> Chunk:
        return self.chunks[self.positions[chunk_id]]

    def sentence_rows_of(self, chunk_id: str) -> list[int]:
        return self._rows_by_chunk.get(chunk_id, [])

    def search(self, vector: np.ndarray, k: int) -> list[tuple[int, float]]:
        """Positions and cosine scores of the k nearest chunks."""
        k = min(k, len(self.chunks))
        if k <= 0:
            return []
        scores, ids = self.faiss_index.search(vector.reshape(1, -1).astype(np.float32), k)
        return [(int(i), float(s)) for i, s in zip(ids[0], scores[0], strict=True) if i >= 0]

    @property
    def fingerprint(self) -> str:
        return str(self.meta.get("fingerprint", ""))


def fingerprint(settings: dict[str, object], hashes: dict[str, str], manifest_sha: str) -> str:
    """What an index was built from, in one hash: a change to any of it makes the index stale."""
    payload = json.dumps(
        {"format": FORMAT, "settings": settings, "sources": hashes, "manifest": manifest_sha},
        sort_keys=True,
    )
    return hashlib.sha256(payload.encode()).hexdigest()


def write_build(
    folder: Path,
    chunks: list[Chunk],
    chunk_vectors: np.ndarray,
    sentence_vectors: np.ndarray,
    meta: dict[str, Any],
) -> None:
    """Write a complete build into an empty folder (the caller renames it into place)."""
    import faiss

    folder.mkdir(parents=True, exist_ok=False)
    dim = int(chunk_vectors.shape[1])
    flat = faiss.IndexFlatIP(dim)
    index = faiss.IndexIDMap2(flat)
    index.add_with_ids(chunk_vectors.astype(np.float32), np.arange(len(chunks), dtype=np.int64))
    faiss.write_index(index, str(folder / "faiss.index"))
    write_chunks(folder / "chunks.jsonl", chunks)
    with (folder / "sentences.npy").open("wb") as fh:
        np.save(fh, sentence_vectors.astype(np.float32))
    meta = dict(meta)
    meta["format"] = FORMAT
    meta["files"] = {name: _sha256_file(folder / name) for name in FILES}
    (folder / "meta.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False))


def write_chunks(path: Path, chunks: list[Chunk]) -> None:
    """The index's one JSONL writer: one chunk a line, any Unicode kept as it is."""
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for chunk in chunks:
            out.write(json.dumps(chunk.to_dict(), ensure_ascii=False) + "\n")


def read_chunks(path: Path) -> list[Chunk]:
    """The index's one JSONL reader, the writer's inverse for any text.

    Lines end at "\n" only: `str.splitlines()` would also break at U+2028, U+2029 or
    U+0085, which `json.dumps(ensure_ascii=False)` leaves unescaped inside a string.
    """
    with path.open(encoding="utf-8", newline="") as fh:  # no newline translation either
        text = fh.read()
    return [Chunk.from_dict(json.loads(line)) for line in text.split("\n") if line.strip()]


def current_build(index_dir: Path) -> Path:
    link = index_dir / CURRENT
    if not link.exists():
        raise IndexMissing(f"no index in {index_dir}: run `qa index`")
    return link.resolve()


def read_meta(folder: Path) -> dict[str, Any]:
    try:
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise IndexCorrupt(f"index at {folder} has no meta.json") from exc
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise IndexCorrupt(f"index metadata at {folder} is unreadable: {exc}") from exc
    if not isinstance(meta, dict) or meta.get("format") != FORMAT:
        raise IndexCorrupt(f"index at {folder} has an unknown format")
    for key, kind in _META_TYPES.items():  # an edited meta.json is corrupt, not fresh
        if not isinstance(meta.get(key), kind):
            raise IndexCorrupt(
                f"index metadata at {folder} is damaged: {key!r} is not a {kind.__name__}"
            )
    files = meta["files"]
    if set(files) != set(FILES) or not all(isinstance(v, str) for v in files.values()):
        raise IndexCorrupt(f"index metadata at {folder} is damaged: 'files' lists other files")
    if not all(isinstance(s, dict) for s in meta["sources"]):
        raise IndexCorrupt(f"index metadata at {folder} is damaged: 'sources' is malformed")
    return meta


_META_TYPES: dict[str, type] = {
    "fingerprint": str,
    "settings": dict,
    "source_hashes": dict,
    "sources": list,
    "counts": dict,
    "files": dict,
}


def load_store(index_dir: Path) -> Store:
    """Load the current build, checking every file against the checksums in its metadata."""
    import faiss

    folder = current_build(index_dir)
    meta = read_meta(folder)
    if int(meta.get("counts", {}).get("chunks", 0)) < 50_000:
        # An exact search over a small index takes microseconds; OpenMP threads would only
        # contend with the BLAS threads of the question encoder (measured: +3 ms a query).
        faiss.omp_set_num_threads(1)
    for name in FILES:
        path = folder / name
        if not path.is_file():
            raise IndexCorrupt(f"index file {name} is missing in {folder}")
        if _sha256_file(path) != meta.get("files", {}).get(name):
            raise IndexCorrupt(f"index file {name} does not match its checksum (corrupt)")
    try:
        index = faiss.read_index(str(folder / "faiss.index"))
        chunks = read_chunks(folder / "chunks.jsonl")
        with (folder / "sentences.npy").open("rb") as fh:
            vectors = np.load(fh, allow_pickle=False)
    except (RuntimeError, ValueError, KeyError, json.JSONDecodeError) as exc:
        raise IndexCorrupt(f"index at {folder} is unreadable: {exc}") from exc
    rows = [(ci, si) for ci, c in enumerate(chunks) for si in range(len(c.sentences))]
    if index.ntotal != len(chunks) or vectors.shape[0] != len(rows):
        raise IndexCorrupt(f"index at {folder} is inconsistent: counts differ")
    sources = {s["id"]: Source(**s) for s in meta.get("sources", [])}
    return Store(folder, meta, chunks, index, vectors, rows, sources)


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
