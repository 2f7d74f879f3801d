"""The FAISS store: metadata, staleness, corruption, atomic builds."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.build import build_index, check_index, ensure_index
from index.config import IndexConfig
from index.errors import IndexCorrupt
from index.store import load_store, read_chunks, write_chunks
from index.types import Chunk, Sentence


def _config(corpus_dir: Path, tmp_path: Path, model_path: Path, **kw: object) -> IndexConfig:
    return IndexConfig(
        sources_dir=corpus_dir, index_dir=tmp_path / "idx", embed_model=model_path, **kw
    )  # type: ignore[arg-type]


def test_build_writes_metadata_and_is_a_no_op_when_fresh(
    corpus_dir: Path, tmp_path: Path, model_path: Path, build_embedder: object
) -> None:
    config = _config(corpus_dir, tmp_path, model_path)
    report = build_index(config, lambda: build_embedder)  # type: ignore[arg-type,return-value]
    assert report.built and report.missing == ("fn1",)
    meta = json.loads((report.path / "meta.json").read_text())
    assert meta["embed_model"]["dim"] == 384
    assert meta["settings"]["chunk_size"] == config.chunk_size
    assert set(meta["source_hashes"]) == {"article", "fn2"}
    assert {"faiss-cpu", "sentence-transformers", "torch"} <= set(meta["versions"])
    assert meta["built_at"]
    assert check_index(config).state == "fresh"

    def no_model() -> object:
        raise AssertionError("a fresh index must not load the model")

    again = build_index(config, no_model)  # type: ignore[arg-type]
    assert not again.built and again.path == report.path


def test_edited_source_and_changed_settings_make_it_stale(
    corpus_dir: Path, tmp_path: Path, model_path: Path, build_embedder: object
) -> None:
    config = _config(corpus_dir, tmp_path, model_path)
    build_index(config, lambda: build_embedder)  # type: ignore[arg-type,return-value]
    article = corpus_dir / "article.txt"
    article.write_text(article.read_text().replace("four cities", "five cities"))
    status = check_index(config)
    assert status.state == "stale" and "article" in status.reason
    build_index(config, lambda: build_embedder)  # type: ignore[arg-type,return-value]
    assert check_index(config).usable
    other = _config(corpus_dir, tmp_path, model_path, chunk_size=300)
    assert check_index(other).state == "stale"


def test_corrupt_index_is_detected_and_rebuilt(
    corpus_dir: Path, tmp_path: Path, model_path: Path, build_embedder: object
) -> None:
    config = _config(corpus_dir, tmp_path, model_path)
    report = build_index(config, lambda: build_embedder)  # type: ignore[arg-type,return-value]
    faiss_file = report.path / "faiss.index"
    faiss_file.write_bytes(faiss_file.read_bytes()[:100])  # truncated
    with pytest.raises(IndexCorrupt):
        load_store(config.index_dir)
    messages: list[str] = []
    store = ensure_index(config, lambda: build_embedder, messages.append)  # type: ignore[arg-type,return-value]
    assert len(store.chunks) > 5
    assert messages and "corrupt" in messages[0]


def test_unreadable_metadata_is_corrupt(
    corpus_dir: Path, tmp_path: Path, model_path: Path, build_embedder: object
) -> None:
    config = _config(corpus_dir, tmp_path, model_path)
    report = build_index(config, lambda: build_embedder)  # type: ignore[arg-type,return-value]
    (report.path / "meta.json").write_text("{not json")
    assert check_index(config).state == "corrupt"


def test_failed_build_leaves_the_previous_index_in_use(
    corpus_dir: Path, tmp_path: Path, model_path: Path, build_embedder: object
) -> None:
    config = _config(corpus_dir, tmp_path, model_path)
    first = build_index(config, lambda: build_embedder)  # type: ignore[arg-type,return-value]

    class Broken:
        name, dim = "broken", 384
        calls = 0

        def embed(self, texts: list[str]) -> np.ndarray:
            self.calls += 1
            if self.calls > 1:  # dies half-way: after the chunks, before the sentences
                raise RuntimeError("disk full")
            return build_embedder.embed(texts)  # type: ignore[attr-defined,no-any-return]

    (corpus_dir / "article.txt").write_text(
        (corpus_dir / "article.txt").read_text().replace("four cities", "six cities")
    )
    with pytest.raises(RuntimeError):
        build_index(config, Broken)
    store = load_store(config.index_dir)  # the old build, whole
    assert store.path == first.path
    assert any("four cities" in c.text for c in store.chunks)
    builds = list((config.index_dir / "builds").iterdir())
    assert not any(p.name.startswith(".tmp-") for p in builds)


def test_missing_index_is_built_on_demand(
    corpus_dir: Path, tmp_path: Path, model_path: Path, build_embedder: object
) -> None:
    config = _config(corpus_dir, tmp_path, model_path)
    assert check_index(config).state == "missing"
    store = ensure_index(config, lambda: build_embedder)  # type: ignore[arg-type,return-value]
    assert store.sentence_vectors.shape == (len(store.sentence_rows), 384)


@settings(max_examples=200, deadline=None)
@given(
    texts=st.lists(
        st.text(  # every code point a UTF-8 file can hold: line and paragraph separators,
            alphabet=st.characters(exclude_categories=["Cs"]),  # NEL, controls, BOM…
            max_size=80,
        ),
        min_size=1,
        max_size=4,
    ),
    doc_id=st.text(alphabet=st.characters(exclude_categories=["Cs"]), min_size=1, max_size=8),
)
def test_any_unicode_text_round_trips_through_chunks_jsonl(
    texts: list[str], doc_id: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    chunks = [
        Chunk(
            id=Chunk.make_id(doc_id, i, i + len(t), t),
            doc_id=doc_id,
            text=t,
            start=i,
            end=i + len(t),
            paragraph=i,
            sentences=(Sentence(i, i + len(t), i, (i,), "body"),),
            footnote=i or None,
            footnotes=(i,),
        )
        for i, t in enumerate(texts)
    ]
    path = tmp_path_factory.mktemp("jsonl") / "chunks.jsonl"
    write_chunks(path, chunks)
    assert read_chunks(path) == chunks
