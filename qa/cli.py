"""`qa`: the command line. It parses, calls the `Assistant` core, and renders; nothing more.

Exit codes: 0 done; 1 unexpected failure; 2 bad input or usage; 3 the language model
cannot be used; 4 the index or a source cannot be used.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from qa.errors import IndexProblem, LLMError, QAError, QuestionError
from qa.settings import Settings

EXIT_OK, EXIT_FAIL, EXIT_INPUT, EXIT_LLM, EXIT_INDEX = 0, 1, 2, 3, 4


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["serve"]:  # its options are the page's own (`qa serve --port 8000`)
        return cmd_serve(argparse.Namespace(args=argv[1:]))
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return EXIT_INPUT
    try:
        return int(args.run(args) or EXIT_OK)
    except QuestionError as exc:
        return _fail(str(exc), EXIT_INPUT)
    except LLMError as exc:
        return _fail(f"{exc} (use --no-llm for a retrieval-only answer)", EXIT_LLM)
    except IndexProblem as exc:
        return _fail(str(exc), EXIT_INDEX)
    except QAError as exc:
        return _fail(str(exc), EXIT_FAIL)
    except ValueError as exc:  # a bad PESCO_QA_* value
        return _fail(str(exc), EXIT_INPUT)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `qa config | head`: the reader left; nothing more to say
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="qa", description="Cited answers about the EUROPEUM article 'PESCO and migration'."
    )
    sub = parser.add_subparsers(dest="command")

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--index-dir", type=Path, help="index folder (PESCO_QA_INDEX_DIR)")
    common.add_argument("--sources-dir", type=Path, help="sources folder (PESCO_QA_SOURCES_DIR)")
    common.add_argument("-q", "--quiet", action="store_true", help="no progress messages")

    answering = argparse.ArgumentParser(add_help=False, parents=[common])
    answering.add_argument("--top-k", type=int, help="passages retrieved (PESCO_QA_TOP_K)")
    answering.add_argument("--model", help="a GGUF file instead of the bundled model")
    answering.add_argument(
        "--llm-url", help="an OpenAI-compatible server (llama.cpp, Ollama, vLLM)"
    )
    answering.add_argument("--llm-model", help="model name to ask the server for")
    answering.add_argument(
        "--llm-role",
        choices=["auto", "generate", "rank", "none"],
        help="what the model does (PESCO_QA_LLM_ROLE): generate, rank Yes/No, or none",
    )
    answering.add_argument(
        "--no-llm",
        action="store_true",
        help="retrieval-only answer: the best supporting sentences, cited",
    )

    p = sub.add_parser("index", parents=[common], help="build the index (no-op when fresh)")
    p.add_argument("--force", action="store_true", help="rebuild even when fresh")
    p.set_defaults(run=cmd_index)

    p = sub.add_parser("search", parents=[common], help="ranked passages with provenance")
    p.add_argument("query")
    p.add_argument("--top-k", type=int)
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_search)

    p = sub.add_parser("ask", parents=[answering], help="answer a question with citations")
    p.add_argument("question", nargs="?")
    p.add_argument("--json", action="store_true", help="print the answer as JSON")
    p.add_argument(
        "--jsonl",
        type=Path,
        metavar="FILE",
        help='answer each {"question": ...} line of FILE, one JSON line each',
    )
    p.add_argument("--explain", action="store_true", help="show what the checks removed")
    p.set_defaults(run=cmd_ask)

    p = sub.add_parser("chat", parents=[answering], help="a conversation in the terminal")
    p.add_argument(
        "--jsonl",
        action="store_true",
        help='one conversation from stdin, a question a line (text or {"question": ...}); '
        "one answer contract (as `qa ask --json`) a line on stdout",
    )
    p.set_defaults(run=cmd_chat)

    p = sub.add_parser("sources", parents=[common], help="list the documents; `fetch` them")
    p.add_argument("action", nargs="?", choices=["list", "fetch"], default="list")
    p.add_argument("--only", nargs="*", help="ids to fetch (fn1 fn2 ...)")
    p.add_argument("--refresh", action="store_true", help="fetch again even if present")
    p.add_argument(
        "--timeout",
        type=float,
        default=20.0,
        help="seconds for each document's whole download, redirects included",
    )
    p.add_argument(
        "--allow-private",
        action="store_true",
        help="permit loopback, private and link-local addresses (refused by default)",
    )
    p.set_defaults(run=cmd_sources)

    p = sub.add_parser(
        "audit", parents=[common], help="check each footnote against the document it cites"
    )
    p.add_argument(
        "--all-claims",
        action="store_true",
        help="also the article's unsourced sentences with numbers, dates or names",
    )
    p.add_argument("--json", action="store_true", help="one JSON item per claim")
    p.set_defaults(run=cmd_audit)

    p = sub.add_parser("eval", parents=[answering], help="score answers against a gold set")
    p.add_argument("--gold", type=Path, help="gold JSONL (default: the project's dev set)")
    p.add_argument("--out", type=Path, default=Path("results"), help="output folder")
    p.add_argument(
        "--baseline",
        action="store_true",
        help="also run the plain LangChain tutorial pipeline, side by side",
    )
    p.add_argument(
        "--compare",
        nargs=2,
        type=Path,
        metavar=("A.json", "B.json"),
        help="compare two results.json files instead of running",
    )
    p.add_argument("--limit", type=int, help="only the first N questions")
    p.add_argument(
        "--models",
        help="comma-separated runs, side by side: bundled, none (retrieval only), perfect and "
        "careless (scripted servers on 127.0.0.1; careless:number, :country, :negation or "
        ":organisation corrupts every answer that one way), server (the --llm-url given)",
    )
    p.set_defaults(run=cmd_eval)

    p = sub.add_parser("serve", help="the chat in the browser (python app.py)", add_help=False)
    p.add_argument("args", nargs=argparse.REMAINDER)
    p.set_defaults(run=cmd_serve)

    p = sub.add_parser("config", help="every setting, its variable and its default")
    p.set_defaults(run=cmd_config)
    return parser


def make_assistant(args: argparse.Namespace) -> Any:
    from qa.answer import Assistant

    overrides: dict[str, Any] = {
        "index_dir": getattr(args, "index_dir", None),
        "sources_dir": getattr(args, "sources_dir", None),
        "top_k": getattr(args, "top_k", None),
        "model_path": getattr(args, "model", None),
        "llm_url": getattr(args, "llm_url", None),
        "llm_model": getattr(args, "llm_model", None),
        "llm_role": getattr(args, "llm_role", None),
    }
    if getattr(args, "no_llm", False):
        overrides["llm"] = "none"
    if overrides["top_k"] is not None and overrides["top_k"] < 1:
        raise QuestionError("--top-k must be at least 1")
    settings = Settings.from_env(**overrides)
    if settings.model_path and not Path(settings.model_path).expanduser().is_file():
        raise LLMError(f"model file not found: {settings.model_path}")
    quiet = getattr(args, "quiet", False)
    return Assistant(settings, notify=None if quiet else _progress)


def cmd_index(args: argparse.Namespace) -> int:
    assistant = make_assistant(args)
    report = assistant.build_index(force=args.force)
    for doc_id in report.missing:
        _progress(f"{doc_id}: text not present; indexed its citation only (qa sources fetch)")
    for line in report.unreadable:
        _progress(f"skipped unreadable source {line}")
    if report.built:
        print(
            f"built index: {report.chunks} chunks, {report.sentences} sentences "
            f"in {report.seconds:.1f} s ({report.reason}) -> {report.path}"
        )
    else:
        print(f"index is up to date: {report.chunks} chunks ({report.path})")
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    from qa.render import hits_table

    assistant = make_assistant(args)
    query = assistant.validate(args.query)
    hits, _ = assistant.retrieve(query, args.top_k)
    if args.json:
        rows = [
            {
                "chunk_id": h.chunk.id,
                "doc_id": h.chunk.doc_id,
                "footnote": h.chunk.footnote,
                "paragraph": h.chunk.paragraph,
                "start": h.chunk.start,
                "end": h.chunk.end,
                "score": h.score,
                "dense": h.dense,
                "lexical": h.lexical,
                "via": h.via,
                "text": h.chunk.text,
            }
            for h in hits
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        print(_safe(hits_table(hits)))
    return EXIT_OK


def cmd_ask(args: argparse.Namespace) -> int:
    assistant = make_assistant(args)
    if args.jsonl:
        return _ask_batch(assistant, args.jsonl, sys.stdout)
    if args.question is None:
        raise QuestionError("give a question, or --jsonl FILE")
    use_llm = not args.no_llm
    if args.json:
        answer = assistant.answer(args.question, use_llm=use_llm)
        print(json.dumps(answer.to_dict(), ensure_ascii=False, indent=2))
        return EXIT_OK
    _stream(assistant.stream_answer(args.question, use_llm=use_llm), sys.stdout, args.explain)
    return EXIT_OK


def _ask_batch(assistant: Any, path: Path, out: TextIO) -> int:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise QuestionError(f"cannot read {path}: {exc}") from exc
    failed = 0
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            question = item.get("question") if isinstance(item, dict) else None
            if not isinstance(question, str):
                raise QuestionError(f'line {n}: expected {{"question": "..."}}')
            record = assistant.answer(question).to_dict()
        except QuestionError as exc:
            failed += 1
            record = {"line": n, "error": str(exc)}
        except (ValueError, RecursionError, KeyError, TypeError):  # bad JSON, deep, huge
            failed += 1
            record = {"line": n, "error": f'line {n}: not a JSON object {{"question": "..."}}'}
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        out.flush()
    if failed:
        _progress(f'{failed} line(s) could not be answered; see their "error" fields')
    return EXIT_INPUT if failed else EXIT_OK


def _stream(events: Iterator[Any], out: TextIO, explain: bool = False) -> Any:
    from qa.render import printable, sources_section
    from qa.types import Answer

    answer = None
    for event in events:
        if isinstance(event, Answer):
            answer = event
        else:
            out.write(printable(event))
            out.flush()
    out.write("\n")
    if answer is None:
        return None
    section = sources_section(answer)
    if section:
        out.write("\n" + printable(section) + "\n")
    if explain and answer.notes:
        out.write("\nChecks:\n" + "\n".join(f"  - {n}" for n in answer.notes) + "\n")
    return answer


def cmd_chat(args: argparse.Namespace) -> int:
    from qa.conversation import Conversation

    assistant = make_assistant(args)
    conversation = Conversation()
    if args.jsonl:
        return _chat_jsonl(assistant, conversation, sys.stdin, sys.stdout, not args.no_llm)
    print("Ask about the article and its sources. Empty line or /quit ends; /clear forgets.")
    while True:
        try:
            question = input("\nyou> ").strip()
        except EOFError:
            print()
            return EXIT_OK
        if question in ("", "/quit", "/exit"):
            return EXIT_OK
        if question == "/clear":
            conversation.clear()
            continue
        try:
            answer = _stream(
                assistant.stream_answer(
                    question, use_llm=not args.no_llm, history=conversation.turns
                ),
                sys.stdout,
            )
        except QuestionError as exc:
            print(_safe(f"qa: {exc}"), file=sys.stderr)
            continue
        if answer is not None:
            if answer.standalone_question:
                print(f"(searched as: {answer.standalone_question})")
            conversation.remember(answer)


def _chat_jsonl(
    assistant: Any, conversation: Any, lines: TextIO, out: TextIO, use_llm: bool
) -> int:
    """One conversation, scripted: follow-ups lean on the earlier lines' answers.

    A line that cannot be asked gets one {"line", "error"} record; the conversation goes
    on without it. "/clear" starts a new conversation.
    """
    failed = 0
    for n, line in enumerate(lines, 1):
        text = line.strip()
        if not text:
            continue
        if text == "/clear":
            conversation.clear()
            continue
        try:
            question = _chat_question(text, n)
            answer = assistant.answer(question, use_llm=use_llm, history=conversation.turns)
            conversation.remember(answer)
            record = answer.to_dict()
        except QuestionError as exc:
            failed += 1
            record = {"line": n, "error": str(exc)}
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        out.flush()
    if failed:
        _progress(f'{failed} line(s) could not be answered; see their "error" fields')
    return EXIT_INPUT if failed else EXIT_OK


def _chat_question(text: str, n: int) -> str:
    """A line's question: the line itself, or the "question" of a JSON object line."""
    if not text.startswith("{"):
        return text
    try:
        item = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise QuestionError(f'line {n}: not a JSON object {{"question": "..."}}') from exc
    question = item.get("question") if isinstance(item, dict) else None
    if not isinstance(question, str):
        raise QuestionError(f'line {n}: expected {{"question": "..."}}')
    return question


def cmd_sources(args: argparse.Namespace) -> int:
    from qa.render import corpus_table

    assistant = make_assistant(args)
    if args.action == "list":
        print(_safe(corpus_table(assistant.corpus())))
        return EXIT_OK
    failed = 0
    if not args.timeout > 0:
        raise QuestionError("--timeout must be more than 0 seconds")
    for result in assistant.fetch_sources(
        only=args.only, refresh=args.refresh, timeout=args.timeout, allow_private=args.allow_private
    ):
        mark = "ok  " if result.ok else "FAIL"
        print(_safe(f"{mark} {result.source.id}: {result.message}"))
        failed += not result.ok
    if failed:
        _progress("some documents could not be fetched; drop their files in sources/docs/")
    return EXIT_FAIL if failed else EXIT_OK


def cmd_audit(args: argparse.Namespace) -> int:
    """Each footnote's claim against its cited document: a verdict, both sides quoted."""
    from qa.render import audit_report

    items = make_assistant(args).audit(all_claims=args.all_claims)
    if args.json:
        print(json.dumps([i.to_dict() for i in items], ensure_ascii=False, indent=2))
    else:
        print(audit_report(items, args.all_claims))
    return EXIT_OK


def cmd_eval(args: argparse.Namespace) -> int:
    from datetime import UTC, datetime

    from evaluation.evaluate import JUDGE_NAME, similarity_judge
    from evaluation.gold import load_gold
    from evaluation.report import compare, table, write_outputs
    from evaluation.run import run_models

    if args.compare:
        for path in args.compare:
            if not path.is_file():
                raise QuestionError(f"no results file at {path}")
        print(compare(args.compare[0], args.compare[1], args.out))
        print(f"wrote {args.out / 'compare.md'} and {args.out / 'compare.png'}")
        return EXIT_OK
    assistant = make_assistant(args)
    gold = args.gold or Path(assistant.settings.gold_path)
    try:
        items = load_gold(gold)[: args.limit or None]
    except (OSError, ValueError) as exc:
        raise QuestionError(f"cannot read the gold set: {exc}") from exc
    if not items:
        raise QuestionError(f"the gold set {gold} has no questions")
    models = [m.strip() for m in (args.models or "").split(",") if m.strip()]
    if not models:
        models = ["none"] if args.no_llm else ["server" if args.llm_url else "bundled"]
    judge = similarity_judge(assistant.embedder)

    def make(**changes: Any) -> Any:
        from qa.answer import Assistant

        return Assistant(
            assistant.settings.with_(**changes), embedder=assistant.embedder, notify=None
        )

    runs = run_models(make, items, models, judge, _progress_bar)
    if args.baseline:
        from evaluation.baseline import Baseline
        from evaluation.evaluate import evaluate

        llm = make(llm="auto").llm
        if llm is None:
            raise QuestionError("--baseline needs the language model")
        baseline = Baseline(assistant.corpus(), assistant.embedder, llm)
        runs["baseline"] = evaluate(items, baseline, judge, _progress_bar("baseline"))
    meta = {
        "gold": str(gold),
        "judge": JUDGE_NAME,
        "started": datetime.now(UTC).isoformat(timespec="seconds"),
        "config": {"top_k": assistant.settings.top_k, "models": models},
    }
    paths = write_outputs(runs, args.out, meta)
    print(table({n: r["aggregate"] for n, r in runs.items()}))
    print("wrote " + ", ".join(str(p) for p in paths))
    return EXIT_OK


def _progress_bar(name: str) -> Any:
    """A bar on a terminal; one line at the end otherwise (logs stay readable)."""
    tty = sys.stderr.isatty()

    def show(n: int, total: int, question: str) -> None:
        if tty:
            done = int(30 * n / total)
            bar = f"[{'#' * done}{'.' * (30 - done)}] {n}/{total} {question[:40]:40}"
            print(f"\r{name:12.12} {bar}", end="", file=sys.stderr, flush=True)
        if n == total:
            print(
                ("\n" if tty else "") + f"qa: {name}: {total} questions answered",
                file=sys.stderr,
                flush=True,
            )

    return show


def cmd_serve(args: argparse.Namespace) -> int:
    import app

    return app.main(args.args)


def cmd_config(args: argparse.Namespace) -> int:
    for variable, default, meaning in Settings.describe():
        print(f"{variable}\n    {meaning} (default: {default})")
    return EXIT_OK


def _safe(text: str) -> str:
    """Text for the terminal: a source's escape sequences are removed, never run."""
    from qa.render import printable

    return printable(text)


def _progress(message: str) -> None:
    print(_safe(f"qa: {message}"), file=sys.stderr, flush=True)


def _fail(message: str, code: int) -> int:
    print(_safe(f"qa: error: {message}"), file=sys.stderr)
    return code


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
