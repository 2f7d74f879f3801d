"""Fetching cited documents from a local HTTP server: HTML and PDF, failures reported."""

from __future__ import annotations

import gzip
import json
import socket
import time
import tracemalloc
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

import index.download as download_mod
from index.download import Limits, download
from index.errors import SourceError
from qa.answer import Assistant
from qa.settings import Settings
from tests.servers import Handler, minimal_pdf, reply, reply_with, serve

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
        results = {r.source.id: r for r in assistant.fetch_sources(allow_private=True)}
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
        results = {
            r.source.id: r
            for r in Assistant(settings, llm=None).fetch_sources(timeout=3, allow_private=True)
        }
    assert not results["fn1"].ok and "HTTP 404" in results["fn1"].message
    assert not results["fn2"].ok and "cannot fetch" in results["fn2"].message
    assert not (corpus_dir / "docs" / "fn1.txt").exists()


# -- hostile servers: every limit applies while reading, not after -------------------------


def _stream(pieces: Iterator[bytes], headers: dict[str, str]) -> Handler:
    """A handler that sends `pieces` one by one, stopping when the client leaves."""

    def handler(req: BaseHTTPRequestHandler) -> None:
        req.protocol_version = "HTTP/1.0"  # the body ends when the connection closes
        req.send_response(200)
        for key, value in headers.items():
            req.send_header(key, value)
        req.end_headers()
        try:
            for piece in pieces:
                req.wfile.write(piece)
                req.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            pass

    return handler


def _drip() -> Iterator[bytes]:
    for _ in range(100):
        time.sleep(0.2)
        yield b"x"


def _redirect(location: str) -> Handler:
    def handler(req: BaseHTTPRequestHandler) -> None:
        req.send_response(302)
        req.send_header("Location", location)
        req.send_header("Content-Length", "0")
        req.end_headers()

    return handler


LOCAL = Limits(timeout=5, allow_private=True)


def test_a_dripping_or_silent_server_stops_at_the_total_deadline() -> None:
    def silent(req: BaseHTTPRequestHandler) -> None:
        time.sleep(4)

    routes = {"/drip": _stream(_drip(), {"Content-Type": "text/plain"}), "/silent": silent}
    with serve(routes) as base:
        for path in ("/drip", "/silent"):
            started = time.monotonic()
            with pytest.raises(SourceError, match="within 1 s"):
                download(base + path, Limits(timeout=1, allow_private=True))
            assert time.monotonic() - started < 1.5, path


def test_a_gzip_bomb_stops_at_the_cap_while_inflating() -> None:
    bomb = gzip.compress(b"\0" * 40 * 2**20, compresslevel=9)  # 40 MB in about 40 KB
    headers = {"Content-Type": "text/plain", "Content-Encoding": "gzip"}
    with serve({"/bomb": reply_with(bomb, headers)}) as base:
        tracemalloc.start()
        try:
            with pytest.raises(SourceError, match="larger than 2 MB once decompressed"):
                download(base + "/bomb", Limits(max_bytes=2 * 2**20, allow_private=True))
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert peak < 12 * 2**20  # never the 40 MB


def test_a_huge_body_is_refused_while_reading_and_a_declared_one_before() -> None:
    endless = (b"y" * 2**20 for _ in range(500))  # 500 MB, no length declared
    declared = reply_with(b"z" * 100, {"Content-Type": "text/plain", "Content-Length": str(2**40)})
    routes = {"/endless": _stream(endless, {"Content-Type": "text/plain"}), "/big": declared}
    with serve(routes) as base:
        started = time.monotonic()
        with pytest.raises(SourceError, match="larger than 2 MB"):
            download(base + "/endless", Limits(max_bytes=2 * 2**20, allow_private=True))
        with pytest.raises(SourceError, match="larger than 2 MB"):
            download(base + "/big", Limits(max_bytes=2 * 2**20, allow_private=True))
    assert time.monotonic() - started < 5


def test_loopback_is_refused_unless_allowed_after_dns_and_after_every_redirect(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    secret_hits: list[str] = []

    def secret(req: BaseHTTPRequestHandler) -> None:
        secret_hits.append(req.path)
        reply(b"internal admin page", "text/plain")(req)

    real_resolve, real_check = socket.getaddrinfo, download_mod.check_address

    def resolve(host: str, port: object, *args: object, **kwargs: object) -> object:
        if str(host).endswith(".test"):  # a name in public DNS that points at this machine
            return real_resolve("127.0.0.1", port, *args, **kwargs)  # type: ignore[arg-type]
        return real_resolve(host, port, *args, **kwargs)  # type: ignore[arg-type]

    def check(host: str, address: str, allow_private: bool) -> None:
        if host != "public.test":  # stands in for a public server that redirects inwards
            real_check(host, address, allow_private)

    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    monkeypatch.setattr(download_mod, "check_address", check)
    with serve({"/secret": secret}) as inner:
        with serve({"/start": _redirect(inner + "/secret")}) as outer:
            port = outer.rsplit(":", 1)[1]
            with pytest.raises(SourceError, match="refused: 127.0.0.1 resolves to 127.0.0.1"):
                download(f"http://public.test:{port}/start", Limits(timeout=5))
            with pytest.raises(SourceError, match="evil.test resolves to 127.0.0.1, a loopback"):
                download(f"http://evil.test:{port}/start", Limits(timeout=5))
            with pytest.raises(SourceError, match="loopback address"):
                download(inner + "/secret", Limits(timeout=5))
            assert secret_hits == []
            got = download(f"http://public.test:{port}/start", LOCAL)  # allowed: followed
            assert got.data == b"internal admin page" and secret_hits == ["/secret"]


def test_redirects_keep_their_scheme_and_are_bounded() -> None:
    routes = {
        "/to-ftp": _redirect("ftp://127.0.0.1/file"),
        "/to-file": _redirect("file:///etc/passwd"),
        "/loop": _redirect("/loop"),
        "/page": reply(b"plain text", "text/plain"),
        "/hop": _redirect("/page"),
    }
    with serve(routes) as base:
        with pytest.raises(SourceError, match="only http and https"):
            download(base + "/to-ftp", LOCAL)
        with pytest.raises(SourceError, match="only http and https"):
            download(base + "/to-file", LOCAL)
        routes["/to-https"] = _redirect(base.replace("http:", "https:") + "/page")
        with pytest.raises(SourceError, match="from http to https"):
            download(base + "/to-https", LOCAL)
        with pytest.raises(SourceError, match="more than 5 redirects"):
            download(base + "/loop", LOCAL)
        assert download(base + "/hop", LOCAL).data == b"plain text"


def test_a_damaged_fetch_record_is_not_replaced(corpus_dir: Path, tmp_path: Path) -> None:
    record = corpus_dir / "docs" / "fetched.json"
    damaged = '{"fn1": {"url": "https://example.org/a", "sha256": "ab'
    record.write_text(damaged)
    with serve({"/page": reply(b"The pact took effect in 2019.", "text/plain")}) as base:
        _manifest(corpus_dir, {"fn1": base + "/page", "fn2": base + "/page"})
        settings = Settings(sources_dir=corpus_dir, index_dir=tmp_path / "idx")
        with pytest.raises(SourceError, match="fetched.json is damaged"):
            Assistant(settings, llm=None).fetch_sources(allow_private=True)
    assert record.read_text() == damaged
    assert not (corpus_dir / "docs" / "fn2.txt").exists()
