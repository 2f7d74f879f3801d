"""Small HTTP servers on 127.0.0.1 for tests: bounded, stopped when the test ends."""

from __future__ import annotations

import time
from http.server import BaseHTTPRequestHandler

from evaluation.local_server import Handler, serve

__all__ = ["Handler", "keep_alive", "minimal_pdf", "reply", "reply_with", "serve"]


def reply(body: bytes, content_type: str, status: int = 200) -> Handler:
    def handler(req: BaseHTTPRequestHandler) -> None:
        length = int(req.headers.get("Content-Length") or 0)
        if length:
            req.rfile.read(length)
        try:
            req.send_response(status)
            req.send_header("Content-Type", content_type)
            req.send_header("Content-Length", str(len(body)))
            req.end_headers()
            req.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up first (a timeout test)

    return handler


def keep_alive(comments: int, every: float) -> Handler:
    """A model server that opens an event stream and sends only keep-alive comments, never
    a token: `comments` of them, `every` seconds apart."""

    def handler(req: BaseHTTPRequestHandler) -> None:
        req.rfile.read(int(req.headers.get("Content-Length") or 0))
        req.send_response(200)
        req.send_header("Content-Type", "text/event-stream")
        req.end_headers()
        try:
            for _ in range(comments):
                req.wfile.write(b": keepalive\n\n")
                req.wfile.flush()
                time.sleep(every)
        except (BrokenPipeError, ConnectionResetError):
            pass

    return handler


def reply_with(body: bytes, headers: dict[str, str]) -> Handler:
    """A 200 reply with exactly these headers (a declared length may lie)."""

    def handler(req: BaseHTTPRequestHandler) -> None:
        try:
            req.send_response(200)
            for key, value in headers.items():
                req.send_header(key, value)
            if "Content-Length" not in headers:
                req.send_header("Content-Length", str(len(body)))
            req.end_headers()
            req.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    return handler


def minimal_pdf(text: str) -> bytes:
    """A one-page PDF with one line of text in Helvetica, offsets computed."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)
