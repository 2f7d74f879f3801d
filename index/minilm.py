"""A NumPy forward pass of a BERT sentence-transformers model (all-MiniLM-L6-v2).

Why: importing sentence-transformers costs ~10 s on a 2-core machine (it pulls in
torch, transformers, scikit-learn and SciPy), far over the 8 s budget of a cold
`qa ask`. The index is still built with sentence-transformers; questions are
embedded by this module from the same weights and tokenizer, which takes ~0.3 s
to load and a few milliseconds a question. A test checks that both give the same
vectors. Models that are not BERT + mean pooling + normalisation are not handled
here (`supports()` says so) and use sentence-transformers.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np

from index.errors import EmbedderError


def supports(path: Path) -> bool:
    """Whether the model folder is a BERT encoder with mean pooling and normalisation."""
    try:
        config = json.loads((path / "config.json").read_text())
        modules = json.loads((path / "modules.json").read_text())
        pooling = json.loads((path / "1_Pooling" / "config.json").read_text())
    except (OSError, ValueError):
        return False
    types = [m.get("type", "").rsplit(".", 1)[-1] for m in modules]
    return (
        config.get("model_type") == "bert"
        and config.get("hidden_act") == "gelu"
        and config.get("position_embedding_type", "absolute") == "absolute"
        and types == ["Transformer", "Pooling", "Normalize"]
        and pooling.get("pooling_mode_mean_tokens") is True
        and not any(pooling.get(k) for k in ("pooling_mode_cls_token", "pooling_mode_max_tokens"))
        and (path / "model.safetensors").is_file()
        and (path / "tokenizer.json").is_file()
    )


class NumpyMiniLM:
    """Embeds texts exactly as sentence-transformers would, without importing torch."""

    def __init__(self, path: Path) -> None:
        if not supports(path):
            raise EmbedderError(f"{path} is not a BERT mean-pooling model this encoder handles")
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        config = json.loads((path / "config.json").read_text())
        st_config = json.loads((path / "sentence_bert_config.json").read_text())
        self.heads = int(config["num_attention_heads"])
        self.layers = int(config["num_hidden_layers"])
        self.eps = float(config.get("layer_norm_eps", 1e-12))
        self.dim = int(config["hidden_size"])
        self.max_len = int(st_config.get("max_seq_length", 256))
        self.w = _prepare(load_file(str(path / "model.safetensors")), self.layers)
        self.tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
        self.tokenizer.enable_truncation(max_length=self.max_len)
        self.tokenizer.no_padding()
        self.name = path.name if path.name != "model" else path.parent.name
        self.path = path
        from threadpoolctl import threadpool_limits

        # The serving process does only small products (a question is ~15 tokens), and
        # OpenBLAS's worker threads keep spinning after a parallel product, taking cores
        # from llama.cpp while it reads the prompt. Measured on 2 cores: first token
        # ~470 ms with the default threads, ~380 ms with one. So this process's BLAS
        # runs on one thread from here on.
        threadpool_limits(limits=1, user_api="blas")

    def embed(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.stack([self._one(t) for t in texts]).astype(np.float32)

    def _one(self, text: str) -> np.ndarray:
        ids = np.asarray(self.tokenizer.encode(text).ids, dtype=np.int64)
        w = self.w
        x = (
            w["embeddings.word_embeddings.weight"][ids]
            + w["embeddings.position_embeddings.weight"][: len(ids)]
            + w["embeddings.token_type_embeddings.weight"][0]
        )
        x = self._norm(x, "embeddings.LayerNorm")
        for i in range(self.layers):
            x = self._layer(x, f"encoder.layer.{i}.")
        pooled = x.mean(axis=0)
        return pooled / max(float(np.linalg.norm(pooled)), 1e-12)

    def _layer(self, x: np.ndarray, p: str) -> np.ndarray:
        n, d = x.shape
        hd = d // self.heads
        qkv = self._linear(x, p + "attention.qkv").reshape(n, 3, self.heads, hd)
        q, k, v = (qkv[:, j].transpose(1, 0, 2) for j in range(3))
        scores = q @ k.transpose(0, 2, 1) / math.sqrt(hd)
        scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
        probs = scores / scores.sum(axis=-1, keepdims=True)
        context = (probs @ v).transpose(1, 0, 2).reshape(n, d)
        x = self._norm(
            self._linear(context, p + "attention.output.dense") + x,
            p + "attention.output.LayerNorm",
        )
        inner = _gelu(self._linear(x, p + "intermediate.dense"))
        return self._norm(self._linear(inner, p + "output.dense") + x, p + "output.LayerNorm")

    def _linear(self, x: np.ndarray, name: str) -> np.ndarray:
        return x @ self.w[name + ".weight_t"] + self.w[name + ".bias"]

    def _norm(self, x: np.ndarray, name: str) -> np.ndarray:
        mean = x.mean(axis=-1, keepdims=True)
        var = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
        return (x - mean) / np.sqrt(var + self.eps) * self.w[name + ".weight"] + self.w[
            name + ".bias"
        ]


def _prepare(w: dict[str, np.ndarray], layers: int) -> dict[str, np.ndarray]:
    """Transpose the dense weights once, and join query, key and value into one product."""
    out = dict(w)
    for name in [k[: -len(".weight")] for k in w if k.endswith(".weight") and w[k].ndim == 2]:
        out[name + ".weight_t"] = np.ascontiguousarray(w[name + ".weight"].T)
    for i in range(layers):
        p = f"encoder.layer.{i}.attention."
        parts = [p + f"self.{x}" for x in ("query", "key", "value")]
        out[p + "qkv.weight_t"] = np.ascontiguousarray(
            np.concatenate([w[n + ".weight"].T for n in parts], axis=1)
        )
        out[p + "qkv.bias"] = np.concatenate([w[n + ".bias"] for n in parts])
    return out


def _erf(x: np.ndarray) -> np.ndarray:
    """erf to float32 precision: the Chebyshev fit of erfc from Numerical Recipes (error < 1.2e-7).

    NumPy has no erf, and SciPy's import would cost more than the whole encoder.
    """
    t = 1.0 / (1.0 + 0.5 * np.abs(x))
    y = 1.0 - t * np.exp(
        -x * x
        - 1.26551223
        + t
        * (
            1.00002368
            + t
            * (
                0.37409196
                + t
                * (
                    0.09678418
                    + t
                    * (
                        -0.18628806
                        + t
                        * (
                            0.27886807
                            + t
                            * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))
                        )
                    )
                )
            )
        )
    )
    return np.where(x >= 0, y, -y)


def _gelu(x: np.ndarray) -> np.ndarray:
    """The exact (erf) GELU that BERT uses."""
    return 0.5 * x * (1.0 + _erf(x / math.sqrt(2.0)))
