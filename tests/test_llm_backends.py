"""The OpenAI-compatible backend against local servers, and model-file errors."""

from __future__ import annotations

import json
import time
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from qa.errors import LLMError
from qa.llm import LlamaCpp, OpenAICompatible, Prompt, make_llm
from qa.settings import Settings
from tests.servers import keep_alive, reply, serve

PROMPT = Prompt(completion="Q: hi\nA:", system="rules", user="Q: hi", stop=("\n",))


def _sse(*pieces: str) -> bytes:
    lines = [
        "data: " + json.dumps({"choices": [{"delta": {"content": p}}]}) + "\n\n" for p in pieces
    ]
    return ("".join(lines) + "data: [DONE]\n\n").encode()


def test_streams_from_an_openai_compatible_server() -> None:
    with serve(
        {"/v1/chat/completions": reply(_sse("Dun", "more [¶5]."), "text/event-stream")}
    ) as url:
        llm = OpenAICompatible(url, model="tiny")
        assert "".join(llm.stream(PROMPT, 10)) == "Dunmore [¶5]."
        assert llm.info()["backend"] == "openai-compatible"


@pytest.mark.parametrize(
    ("routes", "message"),
    [
        ({"/v1/chat/completions": reply(b"oops", "text/plain", 500)}, "HTTP 500"),
        ({"/v1/chat/completions": reply(b"<html>garbage</html>", "text/html")}, "unreadable"),
        (
            {"/v1/chat/completions": reply(b"data: {bad json\n\n", "text/event-stream")},
            "unreadable",
        ),
    ],
)
def test_server_faults_are_clear_errors(routes: dict, message: str) -> None:
    with serve(routes) as url, pytest.raises(LLMError, match=message):
        list(OpenAICompatible(url).stream(PROMPT, 10))


def test_unreachable_and_slow_servers() -> None:
    with pytest.raises(LLMError, match="cannot reach"):
        list(OpenAICompatible("http://127.0.0.1:9", timeout=2).stream(PROMPT, 10))

    def slow(req: BaseHTTPRequestHandler) -> None:
        time.sleep(2)
        reply(_sse("late"), "text/event-stream")(req)

    with serve({"/v1/chat/completions": slow}) as url, pytest.raises(LLMError, match="timed out"):
        list(OpenAICompatible(url, timeout=0.5).stream(PROMPT, 10))


def test_missing_and_corrupt_model_files(tmp_path: Path) -> None:
    with pytest.raises(LLMError, match="model file not found"):
        make_llm(Settings(model_path=str(tmp_path / "nope.gguf")))
    bad = tmp_path / "bad.gguf"
    bad.write_bytes(b"GGUF" + b"\x00" * 64)
    with pytest.raises(LLMError, match="not a valid GGUF"):
        LlamaCpp(bad)
    assert make_llm(Settings(llm="none")) is None
    with pytest.raises(LLMError, match="needs a server address"):
        make_llm(Settings(llm="openai"))


def test_the_timeout_is_a_total_limit_and_null_deltas_are_empty() -> None:
    """A server that keeps the stream alive with comments forever is cut off in time."""

    with serve({"/v1/chat/completions": keep_alive(40, 0.25)}) as url:
        started = time.monotonic()
        with pytest.raises(LLMError, match="timed out"):
            list(OpenAICompatible(url, timeout=1.0).stream(PROMPT, 10))
        assert time.monotonic() - started < 5
    null = b'data: {"choices": [{"delta": null}]}\n\ndata: [DONE]\n\n'
    with serve({"/v1/chat/completions": reply(null, "text/event-stream")}) as url:
        assert list(OpenAICompatible(url).stream(PROMPT, 10)) == []


@pytest.mark.slow
def test_the_local_model_trims_passages_to_its_context(model_cache: Path) -> None:
    """A prompt far over the context is refitted, never 'Requested tokens exceed context'."""
    from qa.llm import bundled_model
    from qa.prompt import build_prompt, fit

    llm = LlamaCpp(bundled_model(model_cache), n_ctx=512, n_threads=1, base_model=True)
    built: list[int] = []

    def refit(chars: int) -> Prompt:
        built.append(chars)
        text = fit([("[2]", huge)], chars)[0][1]
        body = f'Sources:\n[2] "{text}"\nQuestion: How often?\nAnswer:'
        return Prompt(body, "rules", body, ("\n",), len(text), refit)

    huge = "The Water Board checks nitrate levels every month, " * 600  # about 30 KB
    prompt = refit(len(huge))
    fitted, allowance = llm.fit(prompt, 96)
    assert len(built) > 1 and fitted.passage_chars < len(huge) // 10
    assert llm._count(fitted) + allowance <= 512 and allowance >= 16
    try:
        assert isinstance("".join(llm.stream(prompt, 8)), str)  # no error from llama.cpp
    finally:
        llm._llm.close()  # not left to interpreter shutdown
    assert build_prompt("How often?", []).refit is not None  # the real prompt offers it too
