"""One guarded HTTP download: total deadline, streamed size caps, address and redirect checks.

A cited document's address comes from a file anyone may edit, and the server behind it
may be hostile: it may drip a byte a second, send a gzip bomb, or redirect to a service
on this machine. So the body is read in pieces against a cap on the bytes received and
another on the bytes decompressed; the whole download (DNS, connect, redirects, body)
runs against one deadline; every address connected to is checked after DNS resolution,
at connect time, so a redirect or a changing DNS answer cannot reach loopback, private
or link-local hosts unless `allow_private` is set.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from index.errors import SourceError

MAX_BYTES = 20 * 1024 * 1024
MAX_REDIRECTS = 5
USER_AGENT = "pesco-qa (offline citation QA; fetches cited sources)"


@dataclass(frozen=True)
class Limits:
    """What one download may cost: bytes (received and decompressed), seconds, redirects."""

    max_bytes: int = MAX_BYTES
    timeout: float = 20.0  # seconds for the whole download, not per read
    max_redirects: int = MAX_REDIRECTS
    allow_private: bool = False  # loopback, private and link-local addresses


@dataclass(frozen=True)
class Download:
    url: str  # the final address, after redirects
    content_type: str  # "text/html", without parameters
    charset: str  # from the Content-Type header; "" when none was given
    data: bytes

    def text(self) -> str:
        """The body as text: the declared charset, else UTF-8, else Latin-1."""
        for charset in (self.charset, "utf-8"):
            try:
                return self.data.decode(charset) if charset else self.data.decode()
            except (LookupError, UnicodeDecodeError):
                continue
        return self.data.decode("latin-1")


def download(url: str, limits: Limits) -> Download:
    """The body of `url`, or SourceError in one line once any limit is passed."""
    result: dict[str, Any] = {}
    stop = threading.Event()

    def work() -> None:
        try:
            result["ok"] = _download(url, limits, stop)
        except BaseException as exc:  # handed to the caller's thread
            result["error"] = exc

    worker = threading.Thread(target=work, name="pesco-qa-fetch", daemon=True)
    worker.start()
    worker.join(limits.timeout)
    if worker.is_alive():  # the worker stops at its next read; the caller goes on now
        stop.set()
        raise SourceError(f"cannot fetch {url}: no complete reply within {limits.timeout:g} s")
    if "error" in result:
        raise result["error"]
    return result["ok"]


def check_address(host: str, address: str, allow_private: bool) -> None:
    """SourceError for an address on this machine or a private network, unless allowed."""
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if allow_private or (ip.is_global and not ip.is_multicast):
        return
    kind = (
        "loopback"
        if ip.is_loopback
        else "link-local"
        if ip.is_link_local
        else "private"
        if ip.is_private
        else "non-public"
    )
    raise SourceError(
        f"refused: {host} resolves to {ip}, a {kind} address (pass --allow-private to permit)"
    )


def _download(url: str, limits: Limits, stop: threading.Event) -> Download:
    import httpx

    transport = _guarded_transport(limits.allow_private)
    timeout = httpx.Timeout(limits.timeout)
    headers = {"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate"}
    with httpx.Client(transport=transport, timeout=timeout, headers=headers) as client:
        current = httpx.URL(url)
        scheme = current.scheme
        for _ in range(limits.max_redirects + 1):
            if current.scheme not in ("http", "https"):
                raise SourceError(f"cannot fetch {current}: only http and https addresses")
            if current.scheme != scheme:
                raise SourceError(
                    f"cannot fetch {url}: refused a redirect from {scheme} to {current.scheme}"
                )
            try:
                with client.stream("GET", current) as response:
                    if response.is_redirect:
                        current = current.join(response.headers["location"])
                        continue
                    if response.status_code != 200:
                        raise SourceError(f"cannot fetch {url}: HTTP {response.status_code}")
                    data = _read_body(response, limits, stop, url)
                    kind = response.headers.get("content-type", "").split(";")[0]
                    charset = response.charset_encoding or ""
                    return Download(str(current), kind.strip().lower(), charset, data)
            except httpx.HTTPError as exc:
                raise SourceError(f"cannot fetch {url}: {exc.__class__.__name__}: {exc}") from exc
        raise SourceError(f"cannot fetch {url}: more than {limits.max_redirects} redirects")


def _read_body(response: Any, limits: Limits, stop: threading.Event, url: str) -> bytes:
    """The decoded body, read in pieces; SourceError as soon as a cap is passed."""
    cap = limits.max_bytes
    too_big = f"cannot fetch {url}: larger than {cap // 2**20} MB"
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > cap:
        raise SourceError(too_big)
    decode = _decoder(response.headers.get("content-encoding", ""), cap, url)
    out, received = bytearray(), 0
    for piece in response.iter_raw():
        if stop.is_set():
            raise SourceError(f"cannot fetch {url}: stopped at the deadline")
        received += len(piece)
        if received > cap:
            raise SourceError(too_big)
        out += decode(piece)
        if len(out) > cap:
            raise SourceError(f"{too_big} once decompressed")
    return bytes(out)


def _decoder(encoding: str, cap: int, url: str) -> Callable[[bytes], bytes]:
    """Decompress piece by piece, never producing more than `cap` + 1 bytes from a piece."""
    encoding = encoding.strip().lower()
    if encoding in ("", "identity"):
        return lambda piece: piece
    if encoding not in ("gzip", "x-gzip", "deflate"):
        raise SourceError(f"cannot fetch {url}: unsupported content encoding {encoding!r}")
    inflater = zlib.decompressobj(zlib.MAX_WBITS | 32)  # gzip or zlib header, detected
    produced = 0

    def decode(piece: bytes) -> bytes:
        nonlocal produced
        parts = []
        while piece:
            try:
                part = inflater.decompress(piece, cap - produced + 1)
            except zlib.error as exc:
                raise SourceError(f"cannot fetch {url}: corrupt {encoding} body") from exc
            produced += len(part)
            parts.append(part)
            if produced > cap:
                break  # the caller reports the cap; nothing more is inflated
            piece = inflater.unconsumed_tail
        return b"".join(parts)

    return decode


def _guarded_transport(allow_private: bool) -> Any:
    """An httpx transport whose every TCP connection goes to a checked address."""
    import httpcore
    import httpx

    backend: Any = _GuardedBackend(allow_private)  # httpcore's NetworkBackend, duck-typed
    transport = httpx.HTTPTransport(trust_env=False)
    # httpx takes no network backend; its pool is rebuilt with one (same TLS context).
    transport._pool = httpcore.ConnectionPool(
        ssl_context=httpx.create_ssl_context(), network_backend=backend
    )
    return transport


class _GuardedBackend:
    """httpcore's socket backend, resolving the host itself and connecting to a checked IP."""

    def __init__(self, allow_private: bool) -> None:
        import httpcore

        self._inner = httpcore.SyncBackend()
        self._allow_private = allow_private

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> Any:
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except OSError as exc:
            raise SourceError(f"cannot resolve {host}: {exc}") from exc
        addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
        for address in addresses:  # every answer checked: none may point inwards
            check_address(host, address, self._allow_private)
        return self._inner.connect_tcp(addresses[0], port, timeout, local_address, socket_options)

    def connect_unix_socket(self, *args: Any, **kwargs: Any) -> Any:
        raise SourceError("refused: a unix socket is not a web address")

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)
