"""Shared fixtures: real models loaded once per session, data folders in temporary paths.

Nothing here fakes what is tested: the embedding model, the FAISS index and the bundled
LLM are the real ones. `ScriptedLLM` stands in for the model only in tests of the
prompt and citation logic around it.
"""

from __future__ import annotations

import os
import shutil
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from index.embed import bundled_model_path, load_embedder, load_query_embedder
from index.types import Chunk, Sentence
from qa.answer import Assistant
from qa.llm import Prompt
from qa.settings import Settings
from qa.types import Evidence

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_CORPUS = ROOT / "tests" / "fixtures" / "corpus"
ARTIFACTS = ROOT / "test-artifacts"


class ScriptedLLM:
    """A deterministic stand-in for the model: replies from a queue, records the prompts."""

    def __init__(self, *replies: str) -> None:
        self.replies = list(replies)
        self.prompts: list[Prompt] = []

    def stream(self, prompt: Prompt, max_tokens: int) -> Iterator[str]:
        self.prompts.append(prompt)
        reply = self.replies.pop(0) if self.replies else "NOT IN SOURCES"
        for i in range(0, len(reply), 7):  # arrive in pieces, as tokens do
            yield reply[i : i + 7]

    def info(self) -> dict[str, str]:
        return {"backend": "scripted", "name": "scripted"}


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, model_cache: Path) -> None:
    """Every test gets its own data folders; no test writes into the source tree."""
    for key in list(os.environ):
        if key.startswith("PESCO_QA_"):
            monkeypatch.delenv(key)
    monkeypatch.setenv("PESCO_QA_INDEX_DIR", str(tmp_path / "index"))
    monkeypatch.setenv("PESCO_QA_CACHE_DIR", str(model_cache))


@pytest.fixture(scope="session")
def model_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("model-cache")


@pytest.fixture(scope="session")
def model_path() -> Path:
    return bundled_model_path()


@pytest.fixture(scope="session")
def build_embedder(model_path: Path):  # type: ignore[no-untyped-def]
    """sentence-transformers: slow to import, so loaded once."""
    return load_embedder(model_path)


@pytest.fixture(scope="session")
def query_embedder(model_path: Path):  # type: ignore[no-untyped-def]
    return load_query_embedder(model_path)


def copy_corpus(dest: Path, source: Path = FIXTURE_CORPUS) -> Path:
    shutil.copytree(source, dest)
    return dest


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    """A private, writable copy of the fixture corpus."""
    return copy_corpus(tmp_path / "sources")


@pytest.fixture(scope="session")
def fixture_assistant(tmp_path_factory: pytest.TempPathFactory, build_embedder) -> Assistant:  # type: ignore[no-untyped-def]
    """The fixture corpus, indexed once, answering without a model."""
    base = tmp_path_factory.mktemp("fixture")
    settings = Settings(
        sources_dir=copy_corpus(base / "sources"), index_dir=base / "index", cache_dir=base
    )
    assistant = Assistant(settings, llm=None)
    assistant.build_index()
    return assistant


@pytest.fixture(scope="session")
def real_settings(tmp_path_factory: pytest.TempPathFactory, model_cache: Path) -> Settings:
    """The project's own corpus (read only) with its index in a temporary folder."""
    base = tmp_path_factory.mktemp("real")
    return Settings(sources_dir=ROOT / "sources", index_dir=base / "index", cache_dir=model_cache)


@pytest.fixture(scope="session")
def real_assistant(real_settings: Settings, build_embedder) -> Assistant:  # type: ignore[no-untyped-def]
    """The real corpus, the real embedding model and the bundled LLM (loaded on first use)."""
    assistant = Assistant(real_settings)
    assistant.build_index()
    return assistant


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def app_url(real_assistant: Assistant) -> Iterator[str]:
    """The Gradio app on 127.0.0.1, serving the real corpus with the bundled model."""
    import app

    demo = app.launch(real_assistant, port=(port := free_port()), block=False)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        demo.close()


def sentence_evidence(text: str, label: str = "[¶4]") -> Evidence:
    """One invented sentence as evidence: a passage of its own in paragraph 4."""
    sentence = Sentence(0, len(text), 4)
    chunk = Chunk("c", "article", text, 0, len(text), 4, (sentence,))
    return Evidence(label, chunk, sentence, text, 1.0)
