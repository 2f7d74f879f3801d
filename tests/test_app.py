"""The browser chat: driven in headless Chromium, and called through gradio_client."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

import app
from qa.answer import Assistant
from qa.errors import QAError
from tests.conftest import free_port

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is not installed (scripts/setup.sh installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: object, app_url: str) -> Iterator[object]:
    page = browser.new_page(viewport={"width": 1400, "height": 1000})  # type: ignore[attr-defined]
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(app_url)
    page.dialogs = dialogs
    yield page
    assert not dialogs, f"a script ran in the page: {dialogs}"
    page.close()


def _ask(page: object, question: str) -> None:
    page.locator("#question textarea").fill(question)  # type: ignore[attr-defined]
    page.locator("#ask").click()  # type: ignore[attr-defined]


def test_ask_see_citation_open_source(page: object, artifacts: Path) -> None:
    _ask(page, "Which member states stay out of PESCO?")
    page.wait_for_selector("#citations label", timeout=60_000)  # type: ignore[attr-defined]
    chat = page.locator("#chat").inner_text()  # type: ignore[attr-defined]
    assert "Denmark" in chat and "[¶6]" in chat
    assert "Answer" in page.locator("#status").inner_text()  # type: ignore[attr-defined]
    option = page.locator("#citations label").first  # type: ignore[attr-defined]
    label = option.inner_text().split()[0]
    assert label in chat
    option.click()
    page.wait_for_selector("#source-panel mark", timeout=10_000)  # type: ignore[attr-defined]
    panel = page.locator("#source-panel").inner_text()  # type: ignore[attr-defined]
    assert label in panel and "EUROPEUM Institute" in panel
    highlighted = page.locator("#source-panel mark").inner_text()  # type: ignore[attr-defined]
    assert "United Kingdom, Denmark and Malta" in highlighted
    page.screenshot(path=str(artifacts / "ui-answer.png"), full_page=True)  # type: ignore[attr-defined]


def test_refusal_and_errors_are_shown_not_hidden(page: object, artifacts: Path) -> None:
    _ask(page, "Who is the President of France?")
    page.wait_for_function(  # type: ignore[attr-defined]
        "document.querySelector('#status').innerText.includes('Not in the sources')", timeout=60_000
    )
    assert "🚫" in page.locator("#chat").inner_text()  # type: ignore[attr-defined]
    _ask(page, "why " * 200)
    page.wait_for_function(  # type: ignore[attr-defined]
        "document.querySelector('#status').innerText.includes('Error')", timeout=30_000
    )
    assert "limit is 500" in page.locator("#status").inner_text()  # type: ignore[attr-defined]
    page.screenshot(path=str(artifacts / "ui-refusal-error.png"), full_page=True)  # type: ignore[attr-defined]


def test_markup_in_a_question_is_shown_as_text(page: object) -> None:
    _ask(page, "What is <img src=x onerror=alert(1)> <script>alert(2)</script> PESCO?")
    page.wait_for_function(  # type: ignore[attr-defined]
        "/Answer|Not in the sources/.test(document.querySelector('#status').innerText)",
        timeout=60_000,
    )
    assert page.locator("#chat img[src=x]").count() == 0  # type: ignore[attr-defined]
    assert "<script>" in page.locator("#chat").inner_text()  # type: ignore[attr-defined]


def test_footnotes_and_documents_are_listed(page: object) -> None:
    page.get_by_text("The article's footnotes").click()  # type: ignore[attr-defined]
    notes = page.locator("#footnotes").inner_text()  # type: ignore[attr-defined]
    assert "EUROSUR" in notes and "Foreign Affairs Council" in notes
    page.get_by_text("Indexed documents").click()  # type: ignore[attr-defined]
    assert "text indexed" in page.locator("#documents").inner_text()  # type: ignore[attr-defined]


def test_the_footnote_audit_is_shown_in_the_page(page: object) -> None:
    page.locator("#audit-accordion").get_by_text("Check the footnotes").first.click()  # type: ignore[attr-defined]
    page.locator("#audit").click()  # type: ignore[attr-defined]
    panel = page.locator("#audit-panel")  # type: ignore[attr-defined]
    panel.locator("li.audit-item").first.wait_for(timeout=20_000)
    text = panel.inner_text()
    assert "source text missing" in text and "footnote [1]" in text
    assert "sources/docs/fn1.txt" in text


def test_gradio_client_gets_the_cli_contract(app_url: str, real_assistant: Assistant) -> None:
    from gradio_client import Client

    client = Client(app_url, verbose=False)
    got = client.predict("What is EUROSUR?", 5, False, api_name="/ask")
    expected = real_assistant.answer("What is EUROSUR?", top_k=5).to_dict()
    assert set(got) == set(expected)
    assert [r["chunk_id"] for r in got["retrieved"]] == [
        r["chunk_id"] for r in expected["retrieved"]
    ]
    assert {c["label"] for c in got["citations"]} and all(
        c["label"] in got["answer"] for c in got["citations"]
    )
    with pytest.raises(Exception, match="empty"):
        client.predict("", 5, False, api_name="/ask")


def test_binding_beyond_localhost_needs_a_password() -> None:
    with pytest.raises(QAError, match="exposes the assistant"):
        app.launch(host="0.0.0.0", port=free_port(), block=False)
    with pytest.raises(QAError, match="USER:PASS"):
        app.launch(host="0.0.0.0", port=free_port(), auth="nopassword", block=False)


def test_the_app_serves_no_file_outside_its_sources(
    app_url: str, real_assistant: Assistant
) -> None:
    import httpx

    model = real_assistant.llm.info()["model_file"]  # type: ignore[union-attr]
    for path in ("/etc/passwd", str(app.__file__), model):
        response = httpx.get(f"{app_url}/gradio_api/file={path}", timeout=10)
        assert response.status_code in (403, 404), path


def test_model_down_shows_the_retrieval_only_answer(
    browser: object, real_settings: object, artifacts: Path
) -> None:
    dead = Assistant(real_settings.with_(llm_url="http://127.0.0.1:9", llm_timeout=2))  # type: ignore[attr-defined]
    port = free_port()
    demo = app.launch(dead, port=port, block=False)
    try:
        page = browser.new_page()  # type: ignore[attr-defined]
        page.goto(f"http://127.0.0.1:{port}")
        _ask(page, "What is EUROSUR?")
        page.wait_for_selector("#citations label", timeout=60_000)
        chat = page.locator("#chat").inner_text()
        assert "language model is unavailable" in chat and "[2]" in chat
        assert "sources' own sentences" in page.locator("#status").inner_text()
        page.screenshot(path=str(artifacts / "ui-model-down.png"), full_page=True)
        page.close()
    finally:
        demo.close()


class _FailingLLM:
    """A model that fails in the way given: an LLMError, or something nobody foresaw."""

    def __init__(self, error: Exception) -> None:
        self.error = error

    def stream(self, prompt: object, max_tokens: int) -> Iterator[str]:
        raise self.error
        yield ""

    def info(self) -> dict[str, str]:
        return {"backend": "failing", "name": "failing"}


def test_the_api_falls_back_to_retrieval_only_and_never_shows_an_empty_error(
    fixture_assistant: Assistant,
) -> None:
    from gradio_client import Client

    from qa.errors import LLMError

    question = "Which member did not join the pact?"
    for error, expect in (
        (LLMError("LLM server at http://127.0.0.1:9 answered HTTP 500"), "fallback"),
        (RuntimeError("llama_decode returned -1"), "one line"),
    ):
        failing = Assistant(
            fixture_assistant.settings,
            llm=_FailingLLM(error),  # type: ignore[arg-type]
            embedder=fixture_assistant.embedder,
        )
        failing.__dict__["store"] = fixture_assistant.store
        demo = app.launch(failing, port=(port := free_port()), block=False)
        try:
            client = Client(f"http://127.0.0.1:{port}", verbose=False)
            if expect == "fallback":
                got = client.predict(question, 5, False, api_name="/ask")
                assert got["mode"] == "extractive" and "Dunmore" in got["answer"]
                assert "language model is unavailable" in got["notes"][0]
                assert "HTTP 500" in got["notes"][0] and got["citations"]
            else:
                with pytest.raises(Exception, match="unexpected failure: RuntimeError") as info:
                    client.predict(question, 5, False, api_name="/ask")
                assert "None" not in str(info.value)
        finally:
            demo.close()


def test_uploads_are_capped_the_page_takes_no_files(fixture_assistant: Assistant) -> None:
    import httpx

    demo = app.launch(fixture_assistant, port=(port := free_port()), block=False)
    try:
        url = f"http://127.0.0.1:{port}/gradio_api/upload"
        big = {"files": ("big.bin", b"\0" * (5 * 2**20), "application/octet-stream")}
        response = httpx.post(url, files=big, timeout=30)
        assert response.status_code == 413, response.text
        small = {"files": ("note.txt", b"hello", "text/plain")}
        assert httpx.post(url, files=small, timeout=30).status_code == 200  # under 1 KB
    finally:
        demo.close()
