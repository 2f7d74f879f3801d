"""Run the answer core under several models on one gold set, side by side.

`models` names what answers: `bundled` (the configured model: by default the bundled
Gemma 3 270M, in its ranking role), `none` (retrieval only), `perfect` and `careless`
(the scripted servers of `evaluation.scripted`, started on 127.0.0.1 for the run), or
`server` (the `--llm-url` given). Each run is scored the same way; a careless run also
counts the corrupted claims that reached an answer, per kind of corruption.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from contextlib import ExitStack
from typing import Any

from evaluation.evaluate import Answerer, evaluate
from evaluation.gold import GoldItem, Judge
from evaluation.scripted import KINDS, ScriptedModel, serve
from index.text import fold
from qa.errors import QuestionError
from qa.verify import strip_labels

MODELS = ("bundled", "none", "perfect", "careless", "server")
Progress = Callable[[str], Callable[[int, int, str], None]]


def run_models(
    make: Callable[..., Any],
    items: list[GoldItem],
    models: list[str],
    judge: Judge | None,
    progress: Progress,
) -> dict[str, dict[str, Any]]:
    """Evaluate each model; `make(**settings)` returns an Assistant for those settings."""
    runs: dict[str, dict[str, Any]] = {}
    for spec in models:
        name, _, role = spec.partition(":")  # "bundled:generate" sets the model's role
        kinds = (role,) if name == "careless" and role in KINDS else KINDS
        if name == "careless" and role in KINDS:
            role = ""  # "careless:number": every answer corrupted that one way, if it can be
        if name not in MODELS or role not in {"", "generate", "rank", "none"}:
            raise QuestionError(
                f"unknown model {spec!r}; choose from {', '.join(MODELS)}, "
                "optionally with :generate, :rank or :none (careless: one of "
                f"{', '.join(KINDS)})"
            )
        with ExitStack() as stack:
            scripted = None
            if name in {"perfect", "careless"}:
                scripted = ScriptedModel(items, name, kinds=kinds)
                url = stack.enter_context(serve(scripted))
                assistant = make(llm_url=url, llm="openai", llm_role="generate")
            elif name == "none":
                assistant = make(llm="none")
            else:
                assistant = make(llm_role=role or None)
                if assistant.settings.llm != "none" and assistant.llm_role != "none":
                    assistant.llm  # noqa: B018 - fail now, in one line, if it cannot load
            use_llm = name != "none"
            if name in {"perfect", "careless"} and role:
                raise QuestionError(f"{name} is a scripted writer; it takes no role")
            run = evaluate(items, _answerer(assistant, use_llm), judge, progress(name))
            if scripted is not None and scripted.kind == "careless":
                run["aggregate"].update(corrupted_shown(scripted, run))
            title = _title(name, assistant)
            runs[f"{title} ({kinds[0]})" if len(kinds) == 1 else title] = run
    return runs


def _title(name: str, assistant: Any) -> str:
    if name == "bundled":
        role = assistant.llm_role if assistant.settings.llm != "none" else "none"
        return f"bundled ({role})"
    return {"none": "retrieval only", "server": "server (generate)"}.get(name, name)


def _answerer(assistant: Any, use_llm: bool) -> Answerer:
    def answer(question: str) -> dict[str, Any]:
        try:
            return dict(assistant.answer(question, use_llm=use_llm).to_dict())
        except QuestionError as exc:
            return {
                "question": question,
                "answer": "",
                "refused": False,
                "citations": [],
                "retrieved": [],
                "timings": {},
                "model": {},
                "error": str(exc),
            }

    return answer


def corrupted_shown(model: ScriptedModel, run: dict[str, Any]) -> dict[str, float]:
    """How many corrupted claims an answer shows, in all and per kind of corruption."""
    by_id = {q["id"]: q for q in run["questions"]}
    answers = {i: fold(q["answer"]["answer"]).lower() for i, q in by_id.items()}
    out: dict[str, float] = {"corrupted_claims": 0.0, "corrupted_shown": 0.0}
    for item_id, c in model.corruptions.items():
        body = fold(strip_labels(c.text)).lower().rstrip(". ")
        said = answers.get(item_id, "")
        lead = re.match(r"^(yes|no)\b", body)
        if lead and c.kind == "negation":  # a flipped Yes/No, shown with the claim it opens
            rest = body[lead.end() :].strip(" .,:;")[:60]
            shown = said.startswith(lead.group(1)) and rest in said
        else:
            shown = bool(body) and body in said
        if item_id in by_id:  # each question's record says what was corrupted and if shown
            by_id[item_id]["corruption"] = {"kind": c.kind, "claim": c.text, "shown": shown}
        out["corrupted_claims"] += 1
        out["corrupted_shown"] += shown
        out[f"corrupted_shown_{c.kind}"] = out.get(f"corrupted_shown_{c.kind}", 0.0) + shown
        out[f"corrupted_{c.kind}"] = out.get(f"corrupted_{c.kind}", 0.0) + 1
    return out
