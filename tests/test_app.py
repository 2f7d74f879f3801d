"""The browser chat: driven in headless Chromium, and called through gradio_client."""

from __future__ import annotations

import shutil
import statistics
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import app
from app import EXAMPLES
from qa.answer import Assistant
from qa.errors import QAError
from tests.conftest import free_port

STATUS = "(document.querySelector('#status') || {innerText: ''}).innerText"
PENDING_JS = f"{STATUS}.includes('Answering')"
ANSWERED_JS = f"/Answer —|Not in the sources/.test({STATUS})"
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
    page.wait_for_function(  # type: ignore[attr-defined]
        "document.querySelector('#chat').innerText.includes('Not in the sources —')"
    )
    chat = page.locator("#chat").inner_text()  # type: ignore[attr-defined]
    assert "Not in the sources —" in chat and "🚫" not in chat  # no emoji font needed
    for pasted in ("why " * 300, "x" * 5000):  # rejected before it reaches the chat
        _ask(page, pasted)
        length = len(" ".join(pasted.split()))
        page.wait_for_function(  # type: ignore[attr-defined]
            f"{STATUS}.includes('Not asked: the question is {length} characters')",
            timeout=30_000,
        )
        assert "limit is 1000" in page.locator("#status").inner_text()  # type: ignore[attr-defined]
        assert page.locator("#chat").inner_text() == chat  # type: ignore[attr-defined]
        assert page.locator("#question textarea").input_value() == pasted  # type: ignore[attr-defined]
    page.screenshot(path=str(artifacts / "ui-refusal-error.png"), full_page=True)  # type: ignore[attr-defined]


def test_markup_in_a_question_is_shown_as_text(page: object) -> None:
    _ask(page, "What is <img src=x onerror=alert(1)> <script>alert(2)</script> PESCO?")
    page.wait_for_function(ANSWERED_JS, timeout=60_000)  # type: ignore[attr-defined]
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


# -- the page as a reader meets it: streaming, stop, labels, themes, phone ------------------

EUROSUR_REPLY = (
    "EUROSUR is the information-exchange framework designed to improve the management of "
    "Europe’s external borders [2]. It aims to support Member States by increasing their "
    "situational awareness and reaction capability [2]."
)


class SlowLLM:
    """A model that writes the same verified answer, a few characters every `delay` seconds."""

    def __init__(self, reply: str, delay: float) -> None:
        self.reply, self.delay = reply, delay

    def stream(self, prompt: object, max_tokens: int) -> Iterator[str]:
        for i in range(0, len(self.reply), 6):
            time.sleep(self.delay)
            yield self.reply[i : i + 6]

    def info(self) -> dict[str, str]:
        return {"backend": "scripted", "name": "slow"}


@pytest.fixture(scope="module")
def slow_url(real_settings: object, real_assistant: Assistant) -> Iterator[str]:
    """The page over a model that takes ~2 s a sentence: pending long enough to act on."""
    llm = SlowLLM(EUROSUR_REPLY, 0.1)
    slow = Assistant(real_settings, llm=llm, embedder=real_assistant.embedder)  # type: ignore[arg-type]
    slow.__dict__["store"] = real_assistant.store
    demo = app.launch(slow, port=(port := free_port()), block=False)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        demo.close()


def _open(browser: object, url: str, **options: object) -> object:
    page = browser.new_page(**({"viewport": {"width": 1280, "height": 900}} | options))  # type: ignore[attr-defined]
    page.goto(url)
    page.locator("#question textarea").wait_for()
    return page


def _bot_texts(page: object) -> list[str]:
    return page.locator("#chat .bot-row").all_inner_texts()  # type: ignore[attr-defined]


def test_text_is_visible_before_the_answer_completes(browser: object, slow_url: str) -> None:
    page = _open(browser, slow_url)
    _ask(page, "What is EUROSUR?")
    page.wait_for_function(  # type: ignore[attr-defined]
        "[...document.querySelectorAll('#chat .bot-row')].some("
        "m => m.innerText.includes('information-exchange framework'))",
        timeout=30_000,
    )
    assert page.evaluate(PENDING_JS)  # type: ignore[attr-defined]
    assert "aims to support" not in _bot_texts(page)[-1]  # the second sentence is still coming
    assert page.locator("#ask").is_disabled() and page.locator("#stop").is_enabled()  # type: ignore[attr-defined]
    page.wait_for_function(ANSWERED_JS, timeout=30_000)  # type: ignore[attr-defined]
    assert "aims to support" in _bot_texts(page)[-1]
    assert "written by the model" in page.locator("#status").inner_text()  # type: ignore[attr-defined]
    assert page.locator("#ask").is_enabled()  # type: ignore[attr-defined]
    page.close()  # type: ignore[attr-defined]


def test_stop_ends_the_answer_and_frees_ask(browser: object, slow_url: str) -> None:
    page = _open(browser, slow_url)
    _ask(page, "What is EUROSUR?")
    page.wait_for_function(PENDING_JS, timeout=30_000)  # type: ignore[attr-defined]
    page.locator("#stop").click()  # type: ignore[attr-defined]
    page.wait_for_function(  # type: ignore[attr-defined]
        "document.querySelector('#status').innerText.includes('Stopped')", timeout=10_000
    )
    assert "(stopped)" in _bot_texts(page)[-1]
    assert page.locator("#ask").is_enabled() and page.locator("#stop").is_disabled()  # type: ignore[attr-defined]
    page.wait_for_timeout(4_000)  # type: ignore[attr-defined]
    assert "aims to support" not in _bot_texts(page)[-1]  # nothing more arrived
    assert "Stopped" in page.locator("#status").inner_text()  # type: ignore[attr-defined]
    page.close()  # type: ignore[attr-defined]


def test_a_question_asked_while_one_is_pending_is_answered_after_it(
    browser: object, slow_url: str
) -> None:
    page = _open(browser, slow_url)
    _ask(page, "What is EUROSUR?")
    page.wait_for_function(PENDING_JS, timeout=30_000)  # type: ignore[attr-defined]
    assert page.locator("#ask").is_disabled()  # type: ignore[attr-defined]
    box = page.locator("#question textarea")  # type: ignore[attr-defined]
    box.fill("What does it aim to do?")
    box.press("Enter")
    page.wait_for_function(  # type: ignore[attr-defined]
        "document.querySelectorAll('#chat .bot-row').length == 2 && " + ANSWERED_JS,
        timeout=60_000,
    )
    chat = page.locator("#chat").inner_text()  # type: ignore[attr-defined]
    assert "What is EUROSUR?" in chat and "What does it aim to do?" in chat
    first, second = _bot_texts(page)
    assert "aims to support" in first and "aims to support" in second  # neither overwritten
    assert "Searched as: “What does EUROSUR aim to do?”" in _status(page)
    page.close()  # type: ignore[attr-defined]


def _status(page: object) -> str:
    return page.locator("#status").inner_text()  # type: ignore[attr-defined,no-any-return]


def test_three_turns_a_new_topic_is_not_bent_by_the_last(browser: object, app_url: str) -> None:
    page = _open(browser, app_url)
    for n, question in enumerate(
        ["Which member states stay out of PESCO?", "What is EUROSUR?", "What does it aim to do?"]
    ):
        _ask(page, question)
        page.wait_for_function(  # type: ignore[attr-defined]
            f"document.querySelectorAll('#chat .bot-row').length == {n + 1} && {ANSWERED_JS}",
            timeout=60_000,
        )
    first, second, third = _bot_texts(page)
    assert "Denmark" in first
    assert "information-exchange framework" in second and "PESCO" not in second
    assert "aims to support Member States" in third
    assert "Searched as: “What does EUROSUR aim to do?”" in _status(page)
    page.close()  # type: ignore[attr-defined]


def _answer_and_open_label(page: object, question: str, label: str) -> None:
    _ask(page, question)
    page.wait_for_function(ANSWERED_JS, timeout=60_000)  # type: ignore[attr-defined]
    page.locator("#chat .bot-row a", has_text=label).last.click()  # type: ignore[attr-defined]
    page.wait_for_selector("#source-panel mark", timeout=10_000)  # type: ignore[attr-defined]


def test_a_label_in_the_answer_opens_its_source(browser: object, app_url: str) -> None:
    page = _open(browser, app_url)
    _answer_and_open_label(page, "What is EUROSUR?", "[2]")
    panel = page.locator("#source-panel").inner_text()  # type: ignore[attr-defined]
    assert panel.startswith("[2]") and "citing footnote 2" in panel and "Frontex" in panel
    marked = page.locator("#source-panel mark").inner_text()  # type: ignore[attr-defined]
    assert marked[:40] in _bot_texts(page)[-1]  # the sentence the answer quotes
    assert page.url.endswith("/") or "#cite" not in page.url  # type: ignore[attr-defined]
    _ask(page, "Which member states stay out of PESCO?")  # an earlier answer's label still
    page.wait_for_function(  # type: ignore[attr-defined]
        "document.querySelectorAll('#chat .bot-row').length == 2 && " + ANSWERED_JS,
        timeout=60_000,
    )
    page.locator("#chat .bot-row").first.locator("a", has_text="[2]").first.click()  # type: ignore[attr-defined]
    page.wait_for_function(  # type: ignore[attr-defined]
        "document.querySelector('#source-panel').innerText.startsWith('[2]')", timeout=10_000
    )
    page.close()  # type: ignore[attr-defined]


CONTRAST_JS = """(selector) => {
  const rgb = (c) => (c.match(/[\\d.]+/g) || []).map(Number);
  const el = document.querySelector(selector);
  const fg = rgb(getComputedStyle(el).color);
  let node = el, bg = [255, 255, 255];
  while (node) {
    const c = rgb(getComputedStyle(node).backgroundColor);
    if (c.length === 3 || (c.length === 4 && c[3] > 0)) { bg = c; break; }
    node = node.parentElement;
  }
  const lum = (c) => {
    const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]);
  };
  const [hi, lo] = [lum(fg), lum(bg)].sort((a, b) => b - a);
  return {ratio: (hi + 0.05) / (lo + 0.05), fg: getComputedStyle(el).color, bg: bg.join(',')};
}"""


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_source_panel_is_readable_in_both_themes(
    browser: object, app_url: str, artifacts: Path, theme: str
) -> None:
    page = _open(browser, f"{app_url}/?__theme={theme}")
    _answer_and_open_label(page, "What is EUROSUR?", "[2]")
    for selector in ("#source-panel mark", "#source-panel .meta", "#source-panel blockquote"):
        got = page.evaluate(CONTRAST_JS, selector)  # type: ignore[attr-defined]
        assert got["ratio"] >= 4.5, (theme, selector, got)
    page.screenshot(path=str(artifacts / f"ui-{theme}.png"), full_page=True)  # type: ignore[attr-defined]
    page.close()  # type: ignore[attr-defined]


def test_on_a_phone_the_source_is_within_a_screen_of_the_answer(
    browser: object, app_url: str, artifacts: Path
) -> None:
    page = _open(browser, app_url, viewport={"width": 390, "height": 844}, is_mobile=True)
    _answer_and_open_label(page, "Which member states stay out of PESCO?", "[¶6]")
    answer = page.locator("#chat .bot-row").last.bounding_box()  # type: ignore[attr-defined]
    panel = page.locator("#source-panel").bounding_box()  # type: ignore[attr-defined]
    scroll = page.evaluate("window.scrollY")  # type: ignore[attr-defined]
    assert panel["y"] - (answer["y"] + answer["height"]) < 844, (answer, panel)
    assert 0 <= panel["y"] < 844, panel  # the click brought it into view
    page.evaluate("window.scrollTo(0, 0)")  # type: ignore[attr-defined]
    page.screenshot(path=str(artifacts / "ui-phone.png"), full_page=True)  # type: ignore[attr-defined]
    assert scroll >= 0
    page.close()  # type: ignore[attr-defined]


def test_copy_as_markdown_and_the_conversation_survives_a_reload(
    browser: object, app_url: str
) -> None:
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])  # type: ignore[attr-defined]
    page = context.new_page()
    page.goto(app_url)
    page.locator("#question textarea").wait_for()
    _ask(page, "What is EUROSUR?")
    page.wait_for_function(ANSWERED_JS, timeout=60_000)
    page.locator("#copy").click()
    copied = ""
    for _ in range(50):  # the clipboard is written a moment after the click, under load later
        copied = page.evaluate("navigator.clipboard.readText()")
        if copied.startswith("**Question:**"):
            break
        page.wait_for_timeout(200)
    assert copied.startswith("**Question:** What is EUROSUR?")
    assert "**References**" in copied and "- [2] the article, paragraph" in copied
    assert "*EUROSUR*, Frontex, European Border and Coast Guard Agency, 2017." in copied
    assert "https://frontex.europa.eu/intelligence/eurosur/" in copied
    assert "> “" in copied and "information-exchange framework" in copied
    assert "\\[" not in copied and "**[2]**" not in copied  # no escaped markup
    before = page.locator("#chat").inner_text()
    page.reload()
    page.locator("#question textarea").wait_for()
    page.wait_for_function(
        "document.querySelector('#chat').innerText.includes('information-exchange')",
        timeout=10_000,
    )
    assert page.locator("#chat").inner_text() == before
    page.locator("#chat .bot-row a", has_text="[2]").last.click()  # labels work after reload
    page.wait_for_selector("#source-panel mark", timeout=10_000)
    page.locator("#clear").click()
    # the cleared conversation is saved in the browser before the page is reloaded
    page.wait_for_function(
        "() => !JSON.stringify(Object.assign({}, localStorage)).includes('EUROSUR')",
        timeout=15_000,
    )
    page.reload()
    page.locator("#question textarea").wait_for()
    page.wait_for_timeout(1_500)
    assert "EUROSUR" not in page.locator("#chat").inner_text()
    context.close()


def test_first_visible_text_timing_is_reported(browser: object, app_url: str) -> None:
    """Press Ask -> the first answer text on screen, warm server, 10 questions (printed)."""
    page = _open(browser, app_url)
    questions = [*EXAMPLES, "What is PESCO?", "When was PESCO created?", "What is Triton?"]
    questions += ["What is Mare Nostrum?", "What is HARMSPRO?", "Who wrote the article?"]
    seconds = []
    for n, question in enumerate(questions[:10]):
        page.locator("#question textarea").fill(question)  # type: ignore[attr-defined]
        started = time.perf_counter()
        page.locator("#ask").click()  # type: ignore[attr-defined]
        page.wait_for_function(  # type: ignore[attr-defined]
            f"(() => {{ const m = document.querySelectorAll('#chat .bot-row')[{n}];"
            " return m && m.innerText.trim().length > 3; })()",
            polling=10,
            timeout=60_000,
        )
        seconds.append(time.perf_counter() - started)
        page.wait_for_function(ANSWERED_JS + f" && !{PENDING_JS}", timeout=60_000)  # type: ignore[attr-defined]
    print(
        f"\nfirst visible text after Ask, warm, {len(seconds)} questions: "
        f"p50 {statistics.median(seconds):.2f} s, max {max(seconds):.2f} s"
    )
    page.close()  # type: ignore[attr-defined]


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


def test_first_question_after_launch_is_timed(real_settings: object, artifacts: Path) -> None:
    """From a cold start (index and models not yet loaded) to the first answer through the
    API: printed, not asserted (the 3 s mark is reported, not enforced by a flaky test)."""
    from gradio_client import Client

    started = time.perf_counter()
    cold = Assistant(real_settings)  # type: ignore[arg-type]
    demo = app.launch(cold, port=(port := free_port()), block=False)
    opened = time.perf_counter() - started
    try:
        client = Client(f"http://127.0.0.1:{port}", verbose=False)
        t0 = time.perf_counter()
        got = client.predict("Which member states stay out of PESCO?", 5, False, api_name="/ask")
        first = time.perf_counter() - t0
    finally:
        demo.close()
    assert "Denmark" in got["answer"]
    line = f"launch to page open {opened:.2f} s; first question after launch {first:.2f} s"
    print(f"\n{line}")
    (artifacts / "first-question.txt").write_text(line + "\n")
