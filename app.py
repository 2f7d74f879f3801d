"""The chat in the browser: a thin Gradio front end over `Assistant.stream_answer()`.

It parses input, calls the core, and renders: no retrieval or prompt logic lives here.
Everything from a document or the model is escaped before it reaches the page.

    python app.py [--host 127.0.0.1] [--port 7860] [--share] [--auth USER:PASS]
"""

from __future__ import annotations

import argparse
import html
import os
import re
import sys
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import gradio as gr

from qa.answer import Assistant
from qa.audit import NOT_FOUND, AuditItem
from qa.errors import IndexProblem, LLMError, QAError, QuestionError
from qa.settings import Settings
from qa.types import Answer, Citation

LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}
EXAMPLES = [
    "Which member states stay out of PESCO?",
    "What is EUROSUR?",
    "What does the HARMSPRO project do?",
    "Who is the President of France?",
]
CSS = """
#source-panel mark { background: #ffe58a; padding: 0 2px; }
#source-panel .meta { font-size: 0.9em; color: #444; margin-bottom: 0.5em; }
#source-panel blockquote { border-left: 3px solid #999; margin: 0; padding-left: 0.8em; }
#audit-panel .meta { font-size: 0.9em; margin-top: 0.8em; }
#audit-panel blockquote { border-left: 3px solid #999; margin: 0.2em 0; padding-left: 0.8em; }
"""
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|~>])")
_LABEL = re.compile(r"\\\[(¶?\d{1,3})\\\]")

Messages = list[dict[str, str]]
LLM_DOWN = "language model is unavailable"
# The page takes no files, but Gradio always serves /gradio_api/upload: cap it to nothing
# useful, so that no one can store large files through it.
MAX_UPLOAD = "1kb"


def safe_markdown(text: str) -> str:
    """Text from the model or a document as inert Markdown; citation labels in bold."""
    escaped = _MD_SPECIAL.sub(r"\\\1", html.escape(text, quote=False))
    return _LABEL.sub(r"**[\1]**", escaped)


def unexpected(exc: BaseException) -> str:
    """One line for a failure no check foresaw (the page never shows an empty error)."""
    detail = " ".join(str(exc).split())[:200]
    return f"unexpected failure: {exc.__class__.__name__}" + (f": {detail}" if detail else "")


def render_answer(answer: Answer) -> str:
    if answer.refused:
        return "🚫 *" + safe_markdown(answer.text) + "*"
    return safe_markdown(answer.text)


def status_line(answer: Answer) -> str:
    if answer.refused:
        return "**Not in the sources** — the assistant refused rather than guess."
    kinds = {
        "llm": "written by the model and verified against the cited passages",
        "extractive": "the sources' own sentences",
        "card": "from the article's record and its footnotes",
    }
    n = len({c.label for c in answer.citations})
    sources = "1 source cited" if n == 1 else f"{n} sources cited"
    return f"**Answer** — {kinds.get(answer.mode, answer.mode)}; {sources}."


def safe_link(url: str) -> str:
    """A link for an http(s) address only (never javascript: or data:), escaped."""
    if not url.startswith(("https://", "http://")):
        return "address not known"
    href = html.escape(url)
    return f'<a href="{href}" target="_blank" rel="noopener noreferrer">{href}</a>'


def source_html(c: Citation) -> str:
    """The cited passage with its supporting sentence highlighted, and its document."""
    where = (
        f"Footnote {c.footnote}" if c.footnote is not None else f"Article, paragraph {c.paragraph}"
    )
    link = safe_link(c.url)
    meta = " · ".join(html.escape(x) for x in (c.title, c.publisher, c.date) if x)
    at = c.text.find(c.sentence) if c.sentence else -1
    if at >= 0:
        body = (
            html.escape(c.text[:at])
            + "<mark>"
            + html.escape(c.sentence)
            + "</mark>"
            + html.escape(c.text[at + len(c.sentence) :])
        )
    else:
        body = html.escape(c.text)
    return (
        f'<div class="meta"><b>{html.escape(c.label)}</b> {where} · {meta} · {link}</div>'
        f'<blockquote class="passage">{body}</blockquote>'
    )


def corpus_html(assistant: Assistant) -> tuple[str, str]:
    """(the article's footnote list, the documents and whether their text is indexed)."""
    corpus = assistant.corpus()
    present = {d.source.id for d in corpus.documents}
    notes, docs = [], []
    for s in corpus.sources:
        addr = safe_link(s.url)
        if s.footnote is not None:
            notes.append(
                f"<li><b>[{s.footnote}]</b> {html.escape(s.cited_as)} — "
                f"<i>{html.escape(s.title)}</i>, {html.escape(s.publisher)}, "
                f"{html.escape(s.date)}; {addr}</li>"
            )
        state = "text indexed" if s.id in present else "text not present (citation only)"
        docs.append(f"<li><b>{html.escape(s.id)}</b>: {html.escape(s.title)} — {state}</li>")
    return "<ol class='notes'>" + "".join(notes) + "</ol>", "<ul>" + "".join(docs) + "</ul>"


def audit_html(items: list[AuditItem]) -> str:
    """The footnote audit: each verdict, the article's sentence and the source's, escaped."""
    if not items:
        return "<p>No claims to check.</p>"
    rows = []
    for item in items:
        claim = item.claim
        beside = ", ".join(map(str, claim.beside))
        where = f"footnote [{claim.footnote}]" if claim.footnote is not None else "unsourced"
        where += f", beside [{beside}]" if beside and claim.footnote is None else ""
        cited = f"{item.doc_id} — {item.title}" if item.doc_id else "no document"
        parts = [
            f'<div class="meta"><b>{html.escape(item.verdict)}</b> · {html.escape(where)} → '
            f"{html.escape(cited)}</div>",
            f"<blockquote><b>article {html.escape(claim.label)}</b>: "
            f"{html.escape(claim.text)}</blockquote>",
        ]
        side = "closest" if item.verdict == NOT_FOUND else "source"
        parts += [
            f"<blockquote><b>{side} {html.escape(p.label)}</b>: {html.escape(p.text)}</blockquote>"
            for p in item.evidence
        ]
        parts += [f"<div>differs: {html.escape(str(d))}</div>" for d in item.differences]
        if item.note:
            parts.append(f"<div><i>{html.escape(item.note)}</i></div>")
        rows.append(f'<li class="audit-item">{"".join(parts)}</li>')
    return "<ol class='audit'>" + "".join(rows) + "</ol>"


def build_app(assistant: Assistant) -> gr.Blocks:
    notes, docs = corpus_html(assistant)

    def respond(
        question: str, chat: Messages, history: list, top_k: float, retrieval_only: bool
    ) -> Iterator[tuple[Any, ...]]:
        chat = [*chat, {"role": "user", "content": safe_markdown(question or "")}]
        chat.append({"role": "assistant", "content": "…"})
        no_change = gr.update()
        yield (
            chat,
            history,
            [],
            gr.update(choices=[], value=None),
            "",
            "*Searching the sources…*",
            "",
        )
        use_llm = not retrieval_only
        note = ""
        while True:
            try:
                text, answer = "", None
                for event in assistant.stream_answer(
                    question, top_k=int(top_k), use_llm=use_llm, history=history
                ):
                    if isinstance(event, Answer):
                        answer = event
                    else:
                        text += event
                        chat[-1]["content"] = safe_markdown(text) + " ▌"
                        yield chat, history, no_change, no_change, no_change, no_change, ""
                break
            except LLMError as exc:  # offer the retrieval-only answer instead of nothing
                note = f"⚠️ The {LLM_DOWN} ({exc}). Retrieval-only answer:"
                use_llm = False
            except Exception as exc:  # a QAError's line, or one line for anything else
                known = isinstance(exc, QuestionError | IndexProblem | QAError)
                message = str(exc) if known else unexpected(exc)
                chat[-1]["content"] = "⚠️ " + safe_markdown(message)
                yield (
                    chat,
                    history,
                    [],
                    gr.update(choices=[], value=None),
                    "",
                    f"**Error:** {html.escape(message)}",
                    question,
                )
                return
        assert answer is not None
        chat[-1]["content"] = (safe_markdown(note) + "\n\n" if note else "") + render_answer(answer)
        if not answer.refused:
            history = [*history, (answer.standalone_question or answer.question, answer.text)]
        cites = [c.to_dict() for c in answer.citations]
        choices = [(f"{c['label']} {_short(c)}", str(i)) for i, c in enumerate(cites)]
        yield (
            chat,
            history,
            cites,
            gr.update(choices=choices, value=None),
            "",
            status_line(answer),
            "",
        )

    def show_source(choice: str | None, cites: list[dict]) -> str:
        if choice is None or not choice.isdigit() or int(choice) >= len(cites):
            return ""
        return source_html(Citation(**cites[int(choice)]))

    def clear() -> tuple[Any, ...]:
        return [], [], [], gr.update(choices=[], value=None), "", "", ""

    def check_footnotes(all_claims: bool) -> str:
        try:
            return audit_html(assistant.audit(all_claims=all_claims))
        except QAError as exc:
            return f"<p><b>Error:</b> {html.escape(str(exc))}</p>"

    def ask(question: str, top_k: int = 0, retrieval_only: bool = False) -> dict:
        """The same JSON contract as `qa ask --json`; a failing model gives the
        retrieval-only answer with a warning in its notes, never an empty error."""
        k = int(top_k or 0) or None
        try:
            try:
                return assistant.answer(question, top_k=k, use_llm=not retrieval_only).to_dict()
            except LLMError as exc:
                answer = assistant.answer(question, top_k=k, use_llm=False)
                warning = f"{LLM_DOWN} ({exc}); retrieval-only answer"
                return replace(answer, notes=(warning, *answer.notes)).to_dict()
        except QAError as exc:
            raise gr.Error(str(exc)) from exc
        except Exception as exc:  # one line, not Gradio's {"error": null}
            raise gr.Error(unexpected(exc)) from exc

    with gr.Blocks(title="pesco-qa: PESCO and migration") as demo:
        gr.Markdown(
            "## PESCO and migration — answers with citations\n"
            "Ask about the EUROPEUM article and the documents its footnotes cite. "
            "Select a citation to read the passage it comes from."
        )
        history = gr.State([])
        cites = gr.State([])
        with gr.Row():
            with gr.Column(scale=3):
                chat = gr.Chatbot(
                    label="Conversation", height=460, elem_id="chat", sanitize_html=True
                )
                status = gr.Markdown(elem_id="status")
                question = gr.Textbox(
                    label="Question",
                    elem_id="question",
                    max_lines=4,
                    placeholder="e.g. Which member states stay out of PESCO?",
                )
                with gr.Row():
                    ask_btn = gr.Button("Ask", variant="primary", elem_id="ask")
                    clear_btn = gr.Button("Clear", elem_id="clear")
                gr.Examples(EXAMPLES, inputs=question, label="Examples")
                with gr.Accordion("Settings", open=False):
                    top_k = gr.Slider(
                        1,
                        10,
                        value=assistant.settings.top_k,
                        step=1,
                        label="Passages retrieved (top-k)",
                    )
                    retrieval_only = gr.Checkbox(label="Retrieval only (no language model)")
            with gr.Column(scale=2):
                cited = gr.Radio(
                    choices=[], label="Citations: select one to see its source", elem_id="citations"
                )
                source = gr.HTML(elem_id="source-panel")
                with gr.Accordion("The article's footnotes", open=False):
                    gr.HTML(notes, elem_id="footnotes")
                with gr.Accordion("Indexed documents", open=False):
                    gr.HTML(docs, elem_id="documents")
                with gr.Accordion("Check the footnotes", open=False, elem_id="audit-accordion"):
                    gr.Markdown(
                        "Does each footnote back the sentence that cites it? Both sides "
                        "quoted; numbers, dates and names compared; the judgement is yours."
                    )
                    all_claims = gr.Checkbox(
                        label="Also the article's unsourced sentences with numbers, dates or names"
                    )
                    audit_btn = gr.Button("Check the footnotes", elem_id="audit")
                    audit_view = gr.HTML(elem_id="audit-panel")
        outputs = [chat, history, cites, cited, source, status, question]
        inputs = [question, chat, history, top_k, retrieval_only]
        for trigger in (ask_btn.click, question.submit):
            trigger(respond, inputs, outputs, concurrency_id="model", api_visibility="private")
        cited.change(show_source, [cited, cites], source, queue=False, api_visibility="private")
        clear_btn.click(clear, None, outputs, queue=False, api_visibility="private")
        audit_btn.click(
            check_footnotes, all_claims, audit_view, queue=False, api_visibility="private"
        )
        gr.api(ask, api_name="ask", concurrency_id="model")
    return demo


def _short(c: dict) -> str:
    if c.get("footnote") is not None:
        return f"— footnote {c['footnote']}: {c['title']}"
    return f"— article ¶{c['paragraph']}"


def launch(
    assistant: Assistant | None = None,
    *,
    host: str = "127.0.0.1",
    port: int = 7860,
    share: bool = False,
    auth: str | None = None,
    allow_public: bool = False,
    block: bool = True,
) -> gr.Blocks:
    """Start the app; binding beyond this machine needs --auth or --allow-public."""
    auth = auth or os.environ.get("PESCO_QA_AUTH") or None
    if host not in LOCAL_HOSTS and not auth and not allow_public:
        raise QAError(
            f"binding to {host} exposes the assistant to the network; "
            "pass --auth USER:PASS (or PESCO_QA_AUTH), or --allow-public"
        )
    credentials = None
    if auth:
        user, sep, password = auth.partition(":")
        if not sep or not user or not password:
            raise QAError("--auth must be USER:PASS")
        credentials = (user, password)
    assistant = assistant or Assistant(Settings.from_env())
    assistant.store  # noqa: B018 - load (or build) the index before the first question
    demo = build_app(assistant)
    demo.queue(default_concurrency_limit=1, max_size=64)
    demo.launch(
        server_name=host,
        server_port=port,
        share=share,
        auth=credentials,
        prevent_thread_lock=not block,
        show_error=False,
        allowed_paths=[],
        max_file_size=MAX_UPLOAD,
        quiet=not block,
        css=CSS,
    )
    return demo


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="qa serve", description="the chat in the browser")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=7860)
    parser.add_argument("--share", action="store_true", help="a public Gradio link (off)")
    parser.add_argument("--auth", help="USER:PASS required to open the page")
    parser.add_argument(
        "--allow-public", action="store_true", help="bind beyond localhost without a password"
    )
    args = parser.parse_args(argv)
    try:
        launch(
            host=args.host,
            port=args.port,
            share=args.share,
            auth=args.auth,
            allow_public=args.allow_public,
        )
    except (QAError, ValueError) as exc:  # ValueError: a bad PESCO_QA_* value
        print(f"qa: error: {exc}", file=sys.stderr)
        return 2
    except IndexProblem as exc:
        print(f"qa: error: {exc}", file=sys.stderr)
        return 4
    except OSError as exc:  # Gradio's "Cannot find empty port", or a bind refused
        print(
            f"qa: error: cannot serve on {args.host}:{args.port}: the port is in use or "
            f"cannot be bound ({exc.__class__.__name__}); choose another with --port",
            file=sys.stderr,
        )
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
