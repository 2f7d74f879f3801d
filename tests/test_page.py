"""The page's markup and the `qa serve` face, without a browser."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from typing import Any

import pytest

import app
from app_page import label_of, render_answer, safe_markdown, source_html, status_line
from qa import cli
from qa.render import answer_markdown
from qa.types import Answer, Citation
from tests.conftest import ROOT


def _citation(label: str, footnote: int | None, doc_id: str = "article") -> Citation:
    return Citation(
        label, doc_id, footnote, "c1", "EUROSUR", "Frontex", "2017",
        "https://frontex.europa.eu/intelligence/eurosur/", "Before. The sentence. After.",
        "The sentence.", 0, 13, 21,
    )  # fmt: skip


def _answer(text: str, *citations: Citation, **kw: Any) -> Answer:
    return Answer("What is EUROSUR?", text, False, citations, (), "extractive", **kw)


def test_labels_link_to_their_turn_and_markup_stays_inert() -> None:
    text = safe_markdown("<b>x</b> (see) [2] and [¶6].", turn=3)
    assert "&lt;b&gt;" in text and "\\(see\\)" in text
    assert "(#cite-3-2)" in text and "(#cite-3-p6)" in text
    assert "#cite" not in safe_markdown("a question naming [2]")  # only answers link
    assert label_of("p6") == "[¶6]" and label_of("2") == "[2]"


def test_the_status_counts_labels_and_says_retrieval_only_only_when_chosen() -> None:
    two = _answer("A [2]. B [¶21].", _citation("[2]", 2), _citation("[¶21]", None))
    assert "2 sources cited" in status_line(two)
    assert "retrieval only" not in status_line(two)
    assert "(retrieval only, as chosen)" in status_line(two, retrieval_only=True)
    one = _answer("A [2].", _citation("[2]", 2), standalone_question="What does it do? (X)")
    assert "1 source cited" in status_line(one) and "Searched as" in status_line(one)


def test_the_refusal_marker_is_text() -> None:
    refused = Answer("q", "The sources do not say.", True, (), (), "refusal")
    assert render_answer(refused).startswith("**Not in the sources —**")


def test_an_article_sentence_citing_a_footnote_is_shown_as_the_articles() -> None:
    panel = source_html(_citation("[2]", 2))
    assert "Article, paragraph 21, citing footnote 2" in panel
    assert "<mark>The sentence.</mark>" in panel
    assert "Footnote 2 ·" in source_html(_citation("[2]", 2, doc_id="fn2"))
    linked = replace(_citation("[2]", 2), text="Said so, FRONTEX ( ). The sentence. After.")
    assert "FRONTEX." in source_html(linked) and "( )" not in source_html(linked)


def test_markdown_export_has_references_and_no_escapes() -> None:
    text = answer_markdown(_answer("EUROSUR (the framework) is *this* [2].", _citation("[2]", 2)))
    assert text.startswith("**Question:** What is EUROSUR?\n")
    assert "EUROSUR (the framework) is *this* [2]." in text
    assert "- [2] the article, paragraph 21, citing footnote 2: *EUROSUR*, Frontex, 2017." in text
    assert "https://frontex.europa.eu/intelligence/eurosur/" in text
    assert "  > “The sentence.”" in text


def test_qa_serve_takes_the_pages_options(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, Any] = {}
    monkeypatch.setattr(app, "launch", lambda **kw: seen.update(kw))
    assert cli.main(["serve", "--host", "localhost", "--port", "8123"]) == 0
    assert seen["host"] == "localhost" and seen["port"] == 8123
    with pytest.raises(SystemExit) as done:
        cli.main(["serve", "--help"])
    assert done.value.code == 0


def test_qa_serve_beyond_localhost_needs_a_password(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["serve", "--host", "0.0.0.0", "--port", "8123"]) == 2
    assert "exposes the assistant" in capsys.readouterr().err


def test_a_closed_pipe_is_no_traceback() -> None:
    shell = f"{sys.executable} -m qa.cli config | head -n 1"
    done = subprocess.run(shell, shell=True, cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.stdout.startswith("PESCO_QA_") and "Traceback" not in done.stderr


def test_the_header_says_which_cited_documents_are_indexed(fixture_assistant: Any) -> None:
    line = app.cited_text_line(fixture_assistant.corpus())
    assert "footnote [2]'s document is indexed" in line
    assert "qa sources fetch" in line and "sources/docs/" in line


def test_the_cli_quotes_a_note_once_without_empty_parentheses() -> None:
    from qa.render import in_quotes

    assert in_quotes("“The board checks it monthly”, Water Board ( ).") == (
        "“The board checks it monthly”, Water Board."
    )
    assert in_quotes("The board  checks it.") == "“The board checks it.”"
