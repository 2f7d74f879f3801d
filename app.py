"""The chat in the browser: a thin Gradio front end over `Assistant.stream_answer()`.

It parses input, calls the core, and renders: no retrieval or prompt logic lives here.
Everything from a document or the model is escaped before it reaches the page.

    python app.py [--host 127.0.0.1] [--port 7860] [--share] [--auth USER:PASS]
"""

from __future__ import annotations

import argparse
import html
import os
import sys
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import gradio as gr

from app_page import (
    COPY_SCRIPT,
    CSS,
    SCRIPT,
    audit_html,
    label_of,
    render_answer,
    safe_link,
    safe_markdown,
    source_html,
    status_line,
)
from index.sources import Corpus
from qa.answer import Assistant
from qa.conversation import Conversation
from qa.errors import IndexProblem, LLMError, QAError, QuestionError
from qa.render import answer_markdown
from qa.settings import Settings
from qa.types import Answer, Citation

__all__ = ["audit_html", "build_app", "launch", "main", "safe_markdown", "source_html"]

LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}
EXAMPLES = [
    "Which member states stay out of PESCO?",
    "What is EUROSUR?",
    "What does the HARMSPRO project do?",
    "Who is the President of France?",
]
WARM_QUESTION = "What is PESCO?"
PENDING = "*Answering…* Stop cancels it; a question sent with Enter now is answered after this one."

Messages = list[dict[str, str]]
Turns = list[tuple[str, str]]
LLM_DOWN = "language model is unavailable"
# The page takes no files, but Gradio always serves /gradio_api/upload: cap it to nothing
# useful, so that no one can store large files through it.
MAX_UPLOAD = "1kb"


def unexpected(exc: BaseException) -> str:
    """One line for a failure no check foresaw (the page never shows an empty error)."""
    detail = " ".join(str(exc).split())[:200]
    return f"unexpected failure: {exc.__class__.__name__}" + (f": {detail}" if detail else "")


def cited_text_line(corpus: Corpus) -> str:
    """Which cited documents' own text is indexed, and how to add the others."""
    present = {d.source.id for d in corpus.documents}
    cited = [s for s in corpus.sources if s.footnote is not None]
    have = [f"[{s.footnote}]" for s in cited if s.id in present]
    if len(have) == len(cited):
        return "The text of every document its footnotes cite is indexed too."
    said = (
        f"The text of footnote {', '.join(have)}'s document is indexed too; "
        if have
        else "None of the documents its footnotes cite is indexed yet (citations to them "
        "still resolve); "
    )
    others = "the others" if have else "them"
    return said + f"add {others} with `qa sources fetch` or a file in `sources/docs/`."


def corpus_html(corpus: Corpus) -> tuple[str, str]:
    """(the article's footnote list, the documents and whether their text is indexed)."""
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


def build_app(assistant: Assistant) -> gr.Blocks:
    corpus = assistant.corpus()
    notes, docs = corpus_html(corpus)

    with gr.Blocks(title="pesco-qa: PESCO and migration") as demo:
        gr.Markdown(
            "## PESCO and migration — answers with citations\n"
            f"Ask about the EUROPEUM article. {cited_text_line(corpus)} "
            "Click a label such as [¶6] in an answer, or select a citation, to read the "
            "passage it comes from."
        )
        saved = gr.BrowserState({}, storage_key="pesco-qa-conversation")
        messages = gr.State([])  # the conversation, held by the server: a queued question
        turns = gr.State([])  # sees the answers before it, whatever the page showed then
        by_turn = gr.State({})  # each answer's citations, by its message index
        cites = gr.State([])
        with gr.Row(equal_height=False):
            with gr.Column(scale=3):
                chat = gr.Chatbot(
                    label="Conversation", height=460, elem_id="chat", sanitize_html=True
                )
                status = gr.Markdown(elem_id="status")
            with gr.Column(scale=2, elem_id="source-column"):
                cited = gr.Radio(
                    choices=[], label="Citations: select one to see its source", elem_id="citations"
                )
                source = gr.HTML(elem_id="source-panel")
        question = gr.Textbox(
            label="Question",
            elem_id="question",
            max_lines=4,
            placeholder="e.g. Which member states stay out of PESCO?",
        )
        with gr.Row():
            ask_btn = gr.Button("Ask", variant="primary", elem_id="ask")
            stop_btn = gr.Button("Stop", elem_id="stop", interactive=False)
            clear_btn = gr.Button("Clear", elem_id="clear")
            copy_btn = gr.Button("Copy as Markdown", elem_id="copy")
        cite_request = gr.Textbox(elem_id="cite-request", show_label=False, container=False)
        gr.Examples(EXAMPLES, inputs=question, label="Examples")
        with gr.Accordion("The last answer as Markdown, with its references", open=False):
            export = gr.Textbox(
                elem_id="export", show_label=False, lines=8, interactive=False, buttons=["copy"]
            )
        with gr.Accordion("Settings", open=False):
            top_k = gr.Slider(
                1, 10, value=assistant.settings.top_k, step=1, label="Passages retrieved (top-k)"
            )
            retrieval_only = gr.Checkbox(label="Retrieval only (no language model)")
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

        def respond(
            asked_text: str,
            said: Messages,
            past: Turns,
            cited_by: dict[str, list[dict]],
            k: float,
            only_retrieval: bool,
        ) -> Iterator[dict[Any, Any]]:
            try:  # a question that cannot be asked never reaches the conversation
                asked = assistant.validate(asked_text)
            except QuestionError as exc:
                yield {status: f"**Not asked:** {safe_markdown(str(exc))}"}
                return
            said = [*said, {"role": "user", "content": safe_markdown(asked)}]
            said.append({"role": "assistant", "content": "…"})
            turn = len(said) - 1
            yield {
                chat: said,
                messages: said,
                question: "",
                cites: [],
                cited: gr.update(choices=[], value=None),
                source: "",
                status: PENDING,
                ask_btn: gr.update(interactive=False, value="Answering…"),
                stop_btn: gr.update(interactive=True),
            }
            answer, note = None, ""
            for event in _answer_events(assistant, asked, int(k), only_retrieval, past):
                if isinstance(event, Answer):
                    answer = event
                elif isinstance(event, QAError):
                    said[-1]["content"] = "⚠️ " + safe_markdown(str(event))
                    yield {
                        chat: said,
                        messages: said,
                        status: f"**Error:** {html.escape(str(event))}",
                        ask_btn: gr.update(interactive=True, value="Ask"),
                        stop_btn: gr.update(interactive=False),
                    }
                    return
                elif event.startswith(FALLBACK):
                    note = event
                else:
                    said[-1]["content"] = safe_markdown(event, turn) + " ▌"
                    yield {chat: said}
            assert answer is not None
            shown = (safe_markdown(note) + "\n\n" if note else "") + render_answer(answer, turn)
            said[-1]["content"] = shown
            conversation = Conversation(list(past))
            conversation.remember(answer)
            found = [c.to_dict() for c in answer.citations]
            cited_by = {**cited_by, str(turn): found}
            choices = [(f"{c['label']} {_short(c)}", str(i)) for i, c in enumerate(found)]
            yield {
                chat: said,
                messages: said,
                turns: conversation.turns,
                by_turn: cited_by,
                cites: found,
                cited: gr.update(choices=choices, value=None),
                status: status_line(answer, only_retrieval),
                export: answer_markdown(answer),
                ask_btn: gr.update(interactive=True, value="Ask"),
                stop_btn: gr.update(interactive=False),
                saved: {"messages": said, "turns": conversation.turns, "by_turn": cited_by},
            }

        def stopped(said: Messages) -> tuple[Any, ...]:
            said = [dict(m) for m in said]
            if said and said[-1]["role"] == "assistant":
                text = said[-1]["content"].removesuffix(" ▌").removesuffix("…")
                said[-1]["content"] = (text + " " if text else "") + "*(stopped)*"
            ready = gr.update(interactive=True, value="Ask")
            return (
                said,
                said,
                "Stopped: the answer was not finished.",
                ready,
                gr.update(interactive=False),
            )

        def show_source(choice: str | None, found: list[dict]) -> str:
            if choice is None or not choice.isdigit() or int(choice) >= len(found):
                return ""
            return source_html(Citation(**found[int(choice)]))

        def open_label(request: str, cited_by: dict[str, list[dict]]) -> str:
            """A label clicked in an answer: that answer's citation with that label."""
            turn, _, slug = request.partition("|")[0].partition("-")
            label = label_of(slug)
            for c in cited_by.get(turn, []):
                if c["label"] == label:
                    return source_html(Citation(**c))
            return f"<p>{html.escape(label)}: this answer is still being written.</p>"

        def restore(kept: Any) -> tuple[Any, ...]:
            """The conversation this browser kept, after a reload."""
            if not isinstance(kept, dict) or not kept.get("messages"):
                return [], [], [], {}
            said = kept["messages"]
            return said, said, [tuple(t) for t in kept.get("turns", [])], kept.get("by_turn", {})

        def clear() -> tuple[Any, ...]:
            return [], [], [], {}, [], gr.update(choices=[], value=None), "", "", "", {}

        def check_footnotes(every: bool) -> str:
            try:
                return audit_html(assistant.audit(all_claims=every))
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

        inputs = [question, messages, turns, by_turn, top_k, retrieval_only]
        outputs = [chat, messages, turns, by_turn, cites, cited, source, status, question]
        outputs += [export, ask_btn, stop_btn, saved]
        private: dict[str, Any] = {"api_visibility": "private"}
        asking: list[Any] = [
            ask_btn.click(respond, inputs, outputs, concurrency_id="model", **private),
            question.submit(
                respond, inputs, outputs, concurrency_id="model", trigger_mode="multiple", **private
            ),
        ]
        stop_btn.click(
            stopped,
            messages,
            [chat, messages, status, ask_btn, stop_btn],
            cancels=asking,
            queue=False,
            **private,
        )
        cited.change(show_source, [cited, cites], source, queue=False, **private)
        cite_request.change(open_label, [cite_request, by_turn], source, queue=False, **private)
        reset = [chat, messages, turns, by_turn, cites, cited, source, status, export, saved]
        clear_btn.click(clear, None, reset, queue=False, **private)
        copy_btn.click(None, export, export, js=COPY_SCRIPT, **private)
        audit_btn.click(check_footnotes, all_claims, audit_view, queue=False, **private)
        demo.load(restore, saved, [chat, messages, turns, by_turn], queue=False, **private)
        gr.api(ask, api_name="ask", concurrency_id="model")
    return demo


FALLBACK = f"⚠️ The {LLM_DOWN}"


def _answer_events(
    assistant: Assistant, asked: str, top_k: int, retrieval_only: bool, past: Turns
) -> Iterator[str | Answer | QAError]:
    """The core's stream, with its failures as events: an unusable model gives a notice and
    the retrieval-only answer instead of nothing; any other failure ends the stream."""
    use_llm = not retrieval_only
    while True:
        try:
            yield from assistant.stream_answer(
                asked, top_k=top_k, use_llm=use_llm, history=list(past)
            )
            return
        except LLMError as exc:
            if not use_llm:
                yield exc
                return
            yield f"{FALLBACK} ({exc}). Retrieval-only answer:"
            use_llm = False
        except QAError as exc:
            yield exc
            return
        except Exception as exc:  # one line for anything no check foresaw
            yield QAError(unexpected(exc))
            return


def _short(c: dict) -> str:
    if c.get("footnote") is not None:
        return f"— footnote {c['footnote']}: {c['title']}"
    return f"— article ¶{c['paragraph']}"


def warm(assistant: Assistant) -> None:
    """Load the index and the models before the first reader, so that the first answer
    comes as fast as any other (the model itself only when it has a part to play)."""
    assistant.answer(WARM_QUESTION, use_llm=False)
    if assistant.llm_role != "none":
        try:
            assistant.llm  # noqa: B018 - loads it
        except LLMError:
            pass  # the page says so, and answers from the evidence, when it is asked


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
    if block:
        print("qa: loading the index and the models…", file=sys.stderr, flush=True)
    warm(assistant)
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
        js=SCRIPT,
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
