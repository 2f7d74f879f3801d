"""A small HTTP server on 127.0.0.1, run in a thread for as long as a `with` block lasts.

The scripted models serve the OpenAI API with it; the tests serve their fixtures with it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

Handler = Callable[[BaseHTTPRequestHandler], None]


@contextmanager
def serve(routes: dict[str, Handler], port: int = 0) -> Iterator[str]:
    """Serve GET/POST paths with the given handlers (404 for others); yields the base URL."""

    class _Handler(BaseHTTPRequestHandler):
        def _route(self) -> None:
            handler = routes.get(self.path)
            if handler is None:
                self.send_error(404)
                return
            handler(self)

        do_GET = _route
        do_POST = _route

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", port), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
