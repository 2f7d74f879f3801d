"""The footnote audit: verdicts on fixture documents written for these tests, the CLI on the
real article with a dropped-in footnote 1, and a document `qa sources fetch` stored."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from index.sources import load_corpus
from qa.audit import (
    DISAGREES,
    MISSING,
    NOT_FOUND,
    PARTLY,
    SUPPORTED,
    AuditItem,
    article_claims,
    audit,
)
from qa.compare import Values
from tests.conftest import ROOT, copy_corpus
from tests.servers import minimal_pdf, reply, serve
from tests.test_end_to_end import _run
from tests.test_fetch import _manifest

# The fixture article's claim: "The river pact was signed in Vienna in March 2019 by four
# cities[1]." Each text below is a footnote-1 document invented for one verdict.
SUPPORTS = "Four cities signed the river pact in Vienna in March 2019."
AGREEING_DATE = "The river pact was signed in Vienna by four cities on 15/03/2019."
DIGITS = "The river pact was signed in Vienna in March 2019 by 5 cities."
OTHER_DATE = "The river pact was signed in Vienna by four cities on 12/04/2019."
UNRELATED = "The Council of Vienna also looks after the city's parks and its libraries."

# Footnote 1 of the real article, in words written for this test: 23 states, 13/11/2017.
COUNCIL_NOTE = """Ministers sign a notice on PESCO

At their meeting in Brussels on 13 November 2017, foreign and defence ministers from 23 member \
states signed a joint notice saying that their governments intend to take part in the \
Permanent Structured Cooperation (PESCO).

The notice now goes to the Council, which is expected to set PESCO up before the year ends.
"""
# The same fact, worded tersely: only what is counted ("member states") is shared.
TERSE_NOTE = "On 13 November 2017, ministers from 23 member states signed a joint notification.\n"


def _audit_fn1(corpus_dir: Path, text: str | None, all_claims: bool = False) -> AuditItem:
    if text is not None:
        (corpus_dir / "docs" / "fn1.txt").write_text(text, encoding="utf-8")
    items = audit(load_corpus(corpus_dir), all_claims=all_claims)
    return next(i for i in items if i.claim.footnote == 1)


@pytest.mark.parametrize("text", [SUPPORTS, AGREEING_DATE])
def test_a_source_that_says_the_same_supports_it(corpus_dir: Path, text: str) -> None:
    item = _audit_fn1(corpus_dir, text)
    assert item.verdict == SUPPORTED, item
    assert item.doc_id == "fn1" and item.differences == ()
    assert item.evidence[0].text == text and item.evidence[0].label == "fn1 ¶1"
    assert {"four", "March 2019"} <= set(item.found)


def test_a_number_in_words_against_digits_disagrees(corpus_dir: Path) -> None:
    item = _audit_fn1(corpus_dir, DIGITS)
    assert item.verdict == DISAGREES
    assert [d.to_dict() for d in item.differences] == [
        {"kind": "number", "article": "four", "source": "5", "about": "cities"}
    ]
    assert str(item.differences[0]) == "number (cities) — article: four; source: 5"


def test_a_date_in_another_format_that_differs_disagrees(corpus_dir: Path) -> None:
    item = _audit_fn1(corpus_dir, OTHER_DATE)
    assert item.verdict == DISAGREES
    assert [(d.kind, d.article, d.source) for d in item.differences] == [
        ("date", "March 2019", "12/04/2019")
    ]
    assert "four" in item.found


def test_a_source_about_something_else_does_not_hold_it(corpus_dir: Path) -> None:
    item = _audit_fn1(corpus_dir, UNRELATED)
    assert item.verdict == NOT_FOUND
    assert item.differences == () and "fn1" in item.note


def test_a_missing_source_says_how_to_add_it(corpus_dir: Path) -> None:
    item = _audit_fn1(corpus_dir, None)
    assert item.verdict == MISSING and item.doc_id == "fn1" and item.evidence == ()
    assert "qa sources fetch" in item.note and "sources/docs/fn1.txt" in item.note


def test_claims_are_marked_sentences_and_with_all_claims_unsourced_values(
    corpus_dir: Path,
) -> None:
    article = next(d for d in load_corpus(corpus_dir).documents if d.source.id == "article")
    marked = article_claims(article)
    assert [(c.footnote, c.paragraph) for c in marked] == [(1, 3), (2, 6)]
    assert marked[0].text.endswith("four cities[1].")  # the marker inside the full stop
    assert marked[1].text.endswith("a yearly report.[2]")  # and after it
    every = article_claims(article, all_claims=True)
    unsourced = [c for c in every if c.footnote is None]
    assert all(Values.of(c.text).any for c in unsourced)
    assert any(c.text.startswith("Building three new treatment") for c in unsourced)
    assert all("Minutes of the founding meeting" not in c.text for c in every)  # the note list


def test_an_unsourced_sentence_is_checked_against_the_documents_present(
    corpus_dir: Path,
) -> None:
    article = corpus_dir / "article.txt"
    text = article.read_text().replace("It sets common", "Since 2019 it has set common")
    article.write_text(text)
    (corpus_dir / "docs" / "fn1.txt").write_text(
        "Since 2019 the pact has set common rules for water quality along the Orsa river."
    )
    items = audit(load_corpus(corpus_dir), all_claims=True)
    rules = next(i for i in items if i.claim.text.startswith("Since 2019 it has set"))
    assert rules.claim.footnote is None and rules.claim.beside == (1,)
    assert rules.verdict == SUPPORTED and rules.doc_id == "fn1"
    water = next(i for i in items if i.claim.footnote == 2)
    assert water.verdict in (PARTLY, SUPPORTED) and water.doc_id == "fn2"


@pytest.mark.parametrize("note", [COUNCIL_NOTE, TERSE_NOTE])
def test_cli_flags_twenty_five_against_a_dropped_in_fn1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], note: str
) -> None:
    sources = copy_corpus(tmp_path / "sources", ROOT / "sources")
    (sources / "docs" / "fn1.txt").write_text(note, encoding="utf-8")
    code, out, _ = _run(capsys, "audit", "--all-claims", "--json", "--sources-dir", str(sources))
    assert code == 0
    items = json.loads(out)
    assert all({"verdict", "footnote", "doc_id", "claim", "evidence", "differences"} <= set(i)
               for i in items)  # fmt: skip
    twenty_five = next(i for i in items if i["claim"].startswith("Twenty-Five Member States"))
    assert twenty_five["verdict"] == DISAGREES and twenty_five["doc_id"] == "fn1"
    assert not twenty_five["marked"] and twenty_five["footnote"] == 1
    assert {"kind": "number", "article": "Twenty-Five", "source": "23"}.items() <= (
        twenty_five["differences"][0].items()
    )
    assert "23 member states" in twenty_five["evidence"][0]["text"]
    by_note = {i["footnote"]: i for i in items if i["marked"]}
    assert by_note[1]["verdict"] in (PARTLY, SUPPORTED)
    assert by_note[2]["verdict"] == by_note[3]["verdict"] == MISSING

    code, out, _ = _run(capsys, "audit", "--all-claims", "--sources-dir", str(sources))
    assert code == 0
    assert "differs: number (Member States) — article: Twenty-Five; source: 23" in out
    assert "article ¶3: “Twenty-Five Member States" in out
    first = "¶2: “At their meeting" if note == COUNCIL_NOTE else "¶1: “On 13 November 2017"
    assert f"source fn1 {first}" in out


def test_cli_plain_audit_and_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sources = copy_corpus(tmp_path / "sources")
    code, out, _ = _run(capsys, "audit", "--sources-dir", str(sources))
    assert code == 0
    assert out.startswith("Footnote audit: 2 claims")
    assert "SOURCE TEXT MISSING · footnote [1] → fn1" in out and "--all-claims" in out
    (sources / "article.txt").unlink()
    code, out, err = _run(capsys, "audit", "--sources-dir", str(sources))
    assert code == 4 and out == ""
    assert err.strip() == "qa: error: the article's text is missing (sources/article.txt)"
    code, _, err = _run(capsys, "audit", "--sources-dir", str(tmp_path / "nowhere"))
    assert code == 4 and err.count("\n") == 1 and "no manifest" in err


def test_a_fetched_document_is_audited_the_same_way(
    corpus_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = (
        b"<html><body><article><h1>Minutes</h1><p>The river pact was signed in Vienna in "
        b"March 2019 by 5 cities, after two years of talks between their mayors.</p>"
        b"</article></body></html>"
    )
    board = minimal_pdf("The Water Board publishes a report each year.")
    routes = {
        "/minutes": reply(page, "text/html; charset=utf-8"),
        "/board.pdf": reply(board, "application/pdf"),
    }
    with serve(routes) as base:
        _manifest(corpus_dir, {"fn1": base + "/minutes", "fn2": base + "/board.pdf"})
        code, out, _ = _run(
            capsys, "sources", "fetch", "--allow-private", "--sources-dir", str(corpus_dir)
        )
    assert code == 0 and "ok   fn1" in out
    code, out, _ = _run(capsys, "audit", "--json", "--sources-dir", str(corpus_dir))
    items = {i["footnote"]: i for i in json.loads(out)}
    assert items[1]["verdict"] == DISAGREES
    assert items[1]["differences"][0]["article"] == "four"
    assert items[1]["differences"][0]["source"] == "5"
    assert items[2]["verdict"] != MISSING and items[2]["doc_id"] == "fn2"


def test_the_page_escapes_both_sides(corpus_dir: Path) -> None:
    import app
    from qa.audit import Claim
    from qa.compare import Difference, Passage

    hostile = Claim("<script>alert(1)</script> Four cities[1].", 3, 1)
    item = AuditItem(
        DISAGREES, hostile, 1, "fn1", "<b>Minutes</b>",
        (Passage("fn1", 1, "5 cities <img src=x onerror=alert(2)>"),),
        (Difference("number", "Four", "<5>", "cities"),),
    )  # fmt: skip
    page = app.audit_html([item])
    assert "<script>" not in page and "<img" not in page and "<b>Minutes" not in page
    assert "&lt;script&gt;" in page and "article: Four; source: &lt;5&gt;" in page
    assert "source fn1 ¶1" in page and "disagrees" in page
    assert "source text missing" in app.audit_html(audit(load_corpus(corpus_dir)))
