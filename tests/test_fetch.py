"""Fetching cited documents from a local HTTP server: HTML and PDF, failures reported."""

from __future__ import annotations

import json
from pathlib import Path

from qa.answer import Assistant
from qa.settings import Settings
from tests.servers import minimal_pdf, reply, serve

PAGE = b"""<html><head><title>Minutes</title><script>alert('x')</script></head><body>
<nav>Home | About | Contact</nav>
<article><h1>Minutes of the founding meeting</h1>
<p>The four mayors met in the town hall of Vienna and agreed that the pact would take effect
on the first day of April 2019, with the Water Board starting work in the same month.</p>
<p>They also agreed to meet again every autumn to review the state of the river.</p>
</article><footer>Copyright</footer></body></html>"""


def _manifest(corpus_dir: Path, urls: dict[str, str]) -> None:
    text = (corpus_dir / "manifest.toml").read_text()
    text = text.replace('url = "https://example.org/river-pact"', f'url = "{urls["fn1"]}"')
    text = text.replace('url = ""', f'url = "{urls["fn2"]}"')
    (corpus_dir / "manifest.toml").write_text(text)
    (corpus_dir / "docs" / "fn2.txt").unlink()


def test_fetch_html_and_pdf_then_index_them(
    corpus_dir: Path, tmp_path: Path, build_embedder: object
) -> None:
    routes = {
        "/minutes": reply(PAGE, "text/html; charset=utf-8"),
        "/board.pdf": reply(
            minimal_pdf("The Water Board samples the river at twelve stations."), "application/pdf"
        ),
    }
    with serve(routes) as base:
        _manifest(corpus_dir, {"fn1": base + "/minutes", "fn2": base + "/board.pdf"})
        settings = Settings(sources_dir=corpus_dir, index_dir=tmp_path / "idx", cache_dir=tmp_path)
        assistant = Assistant(settings, llm=None, embedder=build_embedder)  # type: ignore[arg-type]
        results = {r.source.id: r for r in assistant.fetch_sources()}
    assert results["fn1"].ok and results["fn2"].ok
    minutes = (corpus_dir / "docs" / "fn1.txt").read_text()
    assert "first day of April 2019" in minutes
    assert "alert(" not in minutes and "Home | About" not in minutes
    assert "twelve stations" in (corpus_dir / "docs" / "fn2.txt").read_text()
    record = json.loads((corpus_dir / "docs" / "fetched.json").read_text())
    assert record["fn1"]["url"].endswith("/minutes") and len(record["fn2"]["sha256"]) == 64
    assert record["fn2"]["content_type"] == "application/pdf"

    report = assistant.build_index()
    assert report.missing == ()
    answer = assistant.answer("When did the pact take effect?")
    assert "April 2019" in answer.text
    cited = [c for c in answer.citations if c.doc_id == "fn1"]
    assert cited and cited[0].label == "[1]" and cited[0].title == "Minutes of the founding meeting"


def test_unreachable_and_missing_documents_are_reported(corpus_dir: Path, tmp_path: Path) -> None:
    with serve({}) as base:
        _manifest(corpus_dir, {"fn1": base + "/gone", "fn2": "http://127.0.0.1:9/nothing"})
        settings = Settings(sources_dir=corpus_dir, index_dir=tmp_path / "idx")
        results = {r.source.id: r for r in Assistant(settings, llm=None).fetch_sources(timeout=3)}
    assert not results["fn1"].ok and "HTTP 404" in results["fn1"].message
    assert not results["fn2"].ok and "cannot fetch" in results["fn2"].message
    assert not (corpus_dir / "docs" / "fn1.txt").exists()
