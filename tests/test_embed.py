"""The question encoder must give the vectors sentence-transformers gives."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from index.minilm import NumpyMiniLM, supports

TEXTS = [
    "What is PESCO?",
    "Almost all Member States are participating in PESCO except for the United Kingdom.",
    "é ü — “quotes” [1] 13/11/2017 HARMSPRO & co.",
    "word " * 400,  # longer than the 256-token limit: truncated the same way
    "x",
]


def test_numpy_encoder_matches_sentence_transformers(
    model_path: Path, build_embedder: object
) -> None:
    reference = build_embedder.embed(TEXTS)  # type: ignore[attr-defined]
    ours = NumpyMiniLM(model_path).embed(TEXTS)
    assert ours.shape == reference.shape
    assert np.abs(ours - reference).max() < 1e-4
    assert ((ours * reference).sum(axis=1) > 0.99999).all()


def test_other_models_are_left_to_sentence_transformers(tmp_path: Path) -> None:
    (tmp_path / "config.json").write_text('{"model_type": "mpnet", "hidden_act": "gelu"}')
    assert not supports(tmp_path)
