"""The one settings object: every knob, its default, and the environment variable that sets it.

Each field is read from `PESCO_QA_<FIELD>` (upper case) and may be overridden by a CLI
flag. Nothing else in the project reads the environment for configuration.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from index.config import IndexConfig

PREFIX = "PESCO_QA_"
ROOT = Path(__file__).resolve().parent.parent


def _doc(text: str) -> Any:
    return {"doc": text}


@dataclass(frozen=True)
class Settings:
    sources_dir: Path = field(default=ROOT / "sources", metadata=_doc("documents and manifest"))
    index_dir: Path = field(default=ROOT / ".index", metadata=_doc("where index builds live"))
    cache_dir: Path = field(
        default=Path.home() / ".cache" / "pesco-qa", metadata=_doc("assembled model file")
    )
    gold_path: Path = field(default=ROOT / "gold" / "dev.jsonl", metadata=_doc("gold Q&A set"))
    embed_model: str = field(
        default="", metadata=_doc("sentence-transformers folder; '' = bundled")
    )
    chunk_size: int = field(default=700, metadata=_doc("characters at most per chunk"))
    chunk_overlap: int = field(default=1, metadata=_doc("sentences shared by split chunks"))
    top_k: int = field(default=5, metadata=_doc("passages retrieved per question"))
    rrf_k: int = field(default=60, metadata=_doc("reciprocal-rank-fusion constant"))
    evidence_sentences: int = field(
        default=6, metadata=_doc("sentences given to a generating model")
    )
    extract_sentences: int = field(default=2, metadata=_doc("sentences in a retrieval-only answer"))
    min_similarity: float = field(
        default=0.2, metadata=_doc("best sentence's cosine below which the answer is a refusal")
    )
    llm: str = field(default="auto", metadata=_doc("'auto', 'llama', 'openai' or 'none'"))
    model_path: str = field(default="", metadata=_doc("GGUF file; '' = the bundled Gemma 3 270M"))
    llm_url: str = field(default="", metadata=_doc("OpenAI-compatible server base URL"))
    llm_model: str = field(default="", metadata=_doc("model name sent to the server"))
    llm_api_key: str = field(default="", metadata=_doc("bearer token for the server, if any"))
    llm_timeout: float = field(default=60.0, metadata=_doc("seconds to wait on the LLM server"))
    prompt_style: str = field(
        default="auto",
        metadata=_doc("'completion', 'chat' or 'auto' (chat when a template exists)"),
    )
    llm_role: str = field(
        default="auto",
        metadata=_doc(
            "'generate' (the model writes, every claim verified), 'rank' (it chooses Yes/No "
            "by likelihood), 'none' (evidence only) or 'auto' (generate for a model you bring "
            "with --model or --llm-url; none for the bundled 270M, which measured no gain)"
        ),
    )
    rank_margin: float = field(
        default=1.0, metadata=_doc("log-likelihood margin a ranked choice needs to count")
    )
    max_tokens: int = field(default=96, metadata=_doc("tokens generated at most per answer"))
    n_ctx: int = field(default=2048, metadata=_doc("llama.cpp context length"))
    n_threads: int = field(default=0, metadata=_doc("llama.cpp threads; 0 = all cores"))
    max_question_chars: int = field(default=1000, metadata=_doc("longest question accepted"))
    audit_passages: int = field(
        default=3, metadata=_doc("source sentences `qa audit` quotes per claim")
    )
    audit_min_overlap: float = field(
        default=0.25,
        metadata=_doc("share of a claim's content words a source sentence needs to be about it"),
    )
    audit_min_shared: int = field(
        default=3, metadata=_doc("content words a source sentence shares with a claim at least")
    )
    audit_min_support: float = field(
        default=0.7,
        metadata=_doc("share of a claim's content words its evidence needs for 'supported'"),
    )

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None, **overrides: Any) -> Settings:
        """Defaults, then `PESCO_QA_*` variables, then explicit overrides (CLI flags)."""
        env = dict(os.environ if env is None else env)
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = env.get(PREFIX + f.name.upper())
            if raw is not None and raw != "":
                values[f.name] = _convert(f.type, raw, f.name)
        values.update({k: v for k, v in overrides.items() if v is not None})
        settings = cls(**values)
        settings.check()
        return settings

    def check(self) -> None:
        """ValueError, in one line, for a value no answer could be made with."""
        positive = ("top_k", "rrf_k", "evidence_sentences", "extract_sentences", "max_tokens",
                    "n_ctx", "max_question_chars", "audit_passages",
                    "audit_min_shared")  # fmt: skip
        for name in positive:
            if getattr(self, name) < 1:
                raise ValueError(
                    f"{PREFIX}{name.upper()} must be at least 1, not {getattr(self, name)}"
                )
        if self.n_threads < 0 or self.llm_timeout <= 0:
            raise ValueError(f"{PREFIX}N_THREADS must be ≥ 0 and {PREFIX}LLM_TIMEOUT > 0")
        if not -1.0 <= self.min_similarity <= 1.0:
            raise ValueError(f"{PREFIX}MIN_SIMILARITY must be between -1 and 1")
        for name in ("audit_min_overlap", "audit_min_support"):
            if not 0.0 <= getattr(self, name) <= 1.0:
                raise ValueError(f"{PREFIX}{name.upper()} must be between 0 and 1")
        for name in ("index_dir", "sources_dir", "cache_dir"):
            path = Path(getattr(self, name)).expanduser()
            if path.exists() and not path.is_dir():
                raise ValueError(f"{PREFIX}{name.upper()}={str(path)!r} is a file, not a folder")
        choices = {"llm": ("auto", "llama", "openai", "none"),
                   "llm_role": ("auto", "generate", "rank", "none"),
                   "prompt_style": ("auto", "completion", "chat")}  # fmt: skip
        for name, allowed in choices.items():
            if getattr(self, name) not in allowed:
                raise ValueError(f"{PREFIX}{name.upper()} must be one of {', '.join(allowed)}")

    def with_(self, **changes: Any) -> Settings:
        return replace(self, **{k: v for k, v in changes.items() if v is not None})

    def index_config(self) -> IndexConfig:
        from index.embed import bundled_model_path

        model = Path(self.embed_model) if self.embed_model else bundled_model_path()
        return IndexConfig(
            sources_dir=Path(self.sources_dir),
            index_dir=Path(self.index_dir),
            embed_model=model,
            chunk_size=self.chunk_size,
            chunk_overlap=self.chunk_overlap,
        )

    @classmethod
    def describe(cls) -> list[tuple[str, str, str]]:
        """(variable, default, meaning) for every field, for `qa config` and the README."""
        return [
            (PREFIX + f.name.upper(), str(f.default), f.metadata.get("doc", ""))
            for f in fields(cls)
        ]


def _convert(kind: Any, raw: str, name: str) -> Any:
    kind = str(kind)
    try:
        if "Path" in kind:
            return Path(raw).expanduser()
        if "int" in kind:
            return int(raw)
        if "float" in kind:
            return float(raw)
    except ValueError as exc:
        raise ValueError(f"{PREFIX}{name.upper()}={raw!r} is not a valid {kind}") from exc
    return raw
