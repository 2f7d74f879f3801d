"""The claim checks judged by two scripted models served on 127.0.0.1: a perfect one whose
correct answers must get through, and a careless one whose corrupted answers must not.

The questions and reference answers are written for these tests, not taken from a gold
set; the passages are the real article's.
"""

from __future__ import annotations

from dataclasses import replace

import httpx
import pytest

from evaluation.gold import GoldItem
from evaluation.scripted import ScriptedModel, corrupt, serve
from qa.answer import Assistant
from qa.types import Answer


def _item(id_: str, question: str, answer: str, quote: str, answerable: bool = True) -> GoldItem:
    evidence = ({"doc": "article", "quote": quote},) if quote else ()
    return GoldItem(id_, question, answer, (), evidence, (), answerable)


ITEMS = [
    _item(
        "t1",
        "Which member states do not participate in PESCO?",
        "The UK, Denmark and Malta do not participate in PESCO.",
        "except for the United Kingdom, Denmark and Malta",
    ),
    _item(
        "t2",
        "What mission replaced Mare Nostrum?",
        "Mare Nostrum was replaced by Triton, a mission of the EU agency FRONTEX.",
        "later replaced a mission of the EU agency FRONTEX called Triton",
    ),
    _item(
        "t3",
        "How many projects did the participants list in their preliminary list?",
        "Seventeen: the participants identified a preliminary list of 17 projects.",
        "preliminary list of 17 projects",
    ),
    _item(
        "t4",
        "Does Denmark take part in PESCO?",
        "No. Denmark is one of the Member States that do not participate in PESCO.",
        "except for the United Kingdom, Denmark and Malta",
    ),
    _item(
        "t5",
        "In which month and year did EU Member States express their will to create PESCO?",
        "They did so in November 2017.",
        "In November 2017, EU Member States expressed their will",
    ),
    _item("t6", "What is the annual budget of HARMSPRO?", "", "", answerable=False),
    _item(
        "t7",
        "Give me the order of events the article expects for PESCO's projects, start to review.",
        "Member States said they wanted PESCO in November 2017; the 17 projects should be "
        "accepted at the beginning of 2018; their outcomes should be seen early in 2019.",
        "In November 2017, EU Member States expressed their will",
    ),
]
ANSWERABLE = [i for i in ITEMS if i.answerable]


def _ask(real_assistant: Assistant, url: str, question: str) -> Answer:
    settings = real_assistant.settings.with_(llm_url=url, llm="openai", llm_role="generate")
    assistant = Assistant(settings, embedder=real_assistant.embedder)
    assistant.__dict__["store"] = real_assistant.store
    return assistant.answer(question)


@pytest.fixture(scope="module")
def perfect_url() -> object:
    with serve(ScriptedModel(ITEMS, "perfect")) as url:
        yield url


def test_perfect_answers_get_through_with_their_labels(
    real_assistant: Assistant, perfect_url: str
) -> None:
    for item in ITEMS[:5]:
        answer = _ask(real_assistant, perfect_url, item.question)
        assert answer.mode == "llm", (item.question, answer.notes)
        assert not answer.refused and answer.direct
        for c in answer.citations:
            assert c.label in answer.text
    short = _ask(real_assistant, perfect_url, ITEMS[0].question)
    assert "UK" in short.text  # an abbreviation of a state the passage names in full
    yes_no = _ask(real_assistant, perfect_url, ITEMS[3].question)
    assert yes_no.text.startswith("No.")


def test_a_sentence_joining_three_passages_cites_each(
    real_assistant: Assistant, perfect_url: str
) -> None:
    """Each clause is checked against the passage it rests on, and each is cited."""
    answer = _ask(real_assistant, perfect_url, ITEMS[6].question)
    assert answer.mode == "llm", answer.notes
    assert "2019" in answer.text and "2018" in answer.text, answer.text
    assert len({c.label for c in answer.citations}) >= 3, answer.text


def test_a_capable_models_not_in_sources_is_heeded(
    real_assistant: Assistant, perfect_url: str
) -> None:
    answer = _ask(real_assistant, perfect_url, ITEMS[5].question)
    assert answer.refused and answer.mode == "refusal"


@pytest.mark.parametrize("kind", ["number", "country", "negation", "organisation"])
def test_no_corrupted_claim_is_shown(real_assistant: Assistant, kind: str) -> None:
    """Each kind of corruption, on every reference it applies to, is blocked."""
    from evaluation import scripted

    applied = 0
    for item in ANSWERABLE:
        changed = scripted._CORRUPT[kind](item.answer)
        if changed == item.answer:
            continue
        applied += 1
        # a careless model whose one corruption the test chooses: it answers `changed`
        with serve(ScriptedModel([replace(item, answer=changed)], "perfect")) as url:
            answer = _ask(real_assistant, url, item.question)
        bad = scripted._changed_sentence(item.answer, changed).rstrip(".")
        assert bad.lower() not in answer.text.lower(), (kind, answer.text)
        if kind == "negation" and bad.startswith(("Yes", "No")):
            assert not answer.text.startswith(bad.split()[0]), answer.text
    assert applied, f"no reference admits a {kind} corruption"


def test_a_question_the_core_rewrote_is_still_the_gold_items() -> None:
    """The scripted models know each gold question as typed and as the core asks it
    ("explain pesco to me pls" is asked as "What is pesco?"), so a rewrite of the
    reader's words does not lose the item to a looser match."""
    items = [
        *ITEMS,
        _item("t8", "explain pesco to me pls", "PESCO is a CSDP mechanism.", "PESCO is a specific"),
    ]
    model = ScriptedModel(items, "perfect")
    found = model.match("What is pesco?")
    assert found is not None and found.id == "t8"


def test_corrupt_changes_one_thing() -> None:
    text = "Seventeen: the participants identified a preliminary list of 17 projects."
    changed, kind = corrupt(text, "any")
    assert changed != text and kind in {"number", "country", "negation", "organisation"}


def test_streamed_tokens_keep_their_spaces(real_assistant: Assistant, perfect_url: str) -> None:
    """The server sends words with trailing and leading spaces; none may be glued."""
    body = {
        "messages": [{"role": "user", "content": f"Question: {ITEMS[1].question}"}],
        "stream": True,
    }
    with httpx.stream("POST", perfect_url + "/v1/chat/completions", json=body) as r:
        lines = [ln for ln in r.iter_lines() if ln.startswith("data:") and "[DONE]" not in ln]
    assert any('" ", ' not in ln and ('content": " ' in ln or ' "}' in ln) for ln in lines)
    answer = _ask(real_assistant, perfect_url, ITEMS[1].question)
    assert "Mare Nostrum was replaced by Triton" in answer.text
    assert "NostrumWas" not in answer.text and "replacedby" not in answer.text
