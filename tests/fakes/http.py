"""A small real HTTP server on 127.0.0.1 for tests and benchmarks.

Each fake (Slack, OpenAI, Google, Yelp) registers routes on one of these; every request that
arrives is recorded so a test can assert what the client really sent over the wire.

`server.hold(method, pattern, ...)` stops the server at one request and keeps it waiting: a
crash test kills the client process while the request is held, so the client stops at exactly
that point (before the request took effect, or with `after=True` once it has and before the
answer is back). A request held before it took effect is dropped when released.
"""

from __future__ import annotations

import json
import re
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes
    match: re.Match | None = None
    at: float = field(default_factory=time.monotonic)  # when it arrived (orders across fakes)

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", errors="replace")

    def json(self) -> Any:
        return json.loads(self.body or b"null")

    def form(self) -> dict[str, str]:
        return {k: v[-1] for k, v in parse_qs(self.text, keep_blank_values=True).items()}

    def arg(self, name: str, default: str | None = None) -> str | None:
        values = self.query.get(name)
        return values[-1] if values else default


@dataclass
class Response:
    status: int = 200
    body: Any = None  # dict/list -> JSON; str/bytes -> sent as is
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds to wait before answering (timeouts, slow models)
    close: bool = False  # drop the connection without answering

    def encoded(self) -> tuple[bytes, str]:
        if isinstance(self.body, bytes):
            return self.body, "application/octet-stream"
        if isinstance(self.body, str):
            return self.body.encode("utf-8"), "text/plain; charset=utf-8"
        return json.dumps(self.body if self.body is not None else {}).encode(), "application/json"


Handler = Callable[[Request], Response]
# What answering a client that has already hung up raises.
CLIENT_GONE = (BrokenPipeError, ConnectionResetError, ConnectionAbortedError)


class Hold:
    """One request held by a FakeServer: `reached` is set when it arrives. On `release()` (or
    after `timeout` seconds) a request held before it took effect is dropped unanswered, as if
    it never reached the service; one held `after` it took effect gets its answer (if anyone
    still listens)."""

    def __init__(
        self,
        method: str,
        pattern: str,
        *,
        nth: int = 1,
        after: bool = False,
        when: Callable[[Request], bool] | None = None,
        timeout: float = 30.0,
    ) -> None:
        self.method = method.upper()
        self.pattern = re.compile(pattern)
        self.nth = nth
        self.after = after
        self.when = when
        self.timeout = timeout
        self.seen = 0
        self.reached = threading.Event()
        self.released = threading.Event()

    def matches(self, request: Request) -> bool:
        if request.method != self.method or not self.pattern.fullmatch(request.path):
            return False
        if self.when is not None and not self.when(request):
            return False
        self.seen += 1
        return self.seen == self.nth

    def wait(self, timeout: float = 30.0) -> None:
        """Until the held request has arrived (AssertionError if it never does)."""
        assert self.reached.wait(timeout), f"no {self.method} {self.pattern.pattern} arrived"

    def release(self) -> None:
        self.released.set()


class FakeServer:
    """Routes are (METHOD, regex on the path); first match wins; unknown routes get 404."""

    def __init__(self) -> None:
        self.routes: list[tuple[str, re.Pattern, Handler]] = []
        self.requests: list[Request] = []
        self.holds: list[Hold] = []
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    def route(self, method: str, pattern: str, handler: Handler, *, first: bool = False) -> None:
        """Add a route; `first=True` puts it ahead of existing ones (e.g. before a catch-all)."""
        entry = (method.upper(), re.compile(pattern), handler)
        if first:
            self.routes.insert(0, entry)
        else:
            self.routes.append(entry)

    @property
    def url(self) -> str:
        assert self._server is not None, "server not started"
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def calls(self, path_pattern: str = ".*", method: str | None = None) -> list[Request]:
        rx = re.compile(path_pattern)
        with self._lock:
            return [
                r
                for r in self.requests
                if rx.search(r.path) and (method is None or r.method == method.upper())
            ]

    def hold(self, method: str, pattern: str, **options: Any) -> Hold:
        """Hold the `nth` request matching (method, path pattern[, when]); see Hold."""
        held = Hold(method, pattern, **options)
        with self._lock:
            self.holds.append(held)
        return held

    def _dispatch(self, request: Request) -> Response:
        with self._lock:
            held = next((h for h in self.holds if h.matches(request)), None)
        if held is None:
            return self._route(request)
        response = self._route(request) if held.after else Response(close=True)
        held.reached.set()
        held.released.wait(held.timeout)
        return response

    def _route(self, request: Request) -> Response:
        for method, pattern, handler in self.routes:
            if method == request.method and (m := pattern.fullmatch(request.path)):
                request.match = m
                return handler(request)
        return Response(404, {"error": f"no route for {request.method} {request.path}"})

    def start(self) -> FakeServer:
        fake = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # Headers and body go out in two writes; with Nagle on, the body waits for the
            # client's delayed ACK (about 40 ms a response).
            disable_nagle_algorithm = True

            def log_message(self, *args: Any) -> None:  # keep test output quiet
                pass

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                parts = urlsplit(self.path)
                request = Request(
                    method=self.command,
                    path=parts.path,
                    query=parse_qs(parts.query, keep_blank_values=True),
                    headers={k.lower(): v for k, v in self.headers.items()},
                    body=body,
                )
                with fake._lock:
                    fake.requests.append(request)
                response = fake._dispatch(request)
                if response.delay:
                    time.sleep(response.delay)
                if response.close:
                    self.close_connection = True
                    return
                payload, content_type = response.encoded()
                self.send_response(response.status)
                headers = {"Content-Type": content_type, **response.headers}
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _handle

        class _Server(ThreadingHTTPServer):
            daemon_threads = True
            request_queue_size = 128  # bursts of concurrent clients (benchmarks) need a backlog

            def handle_error(self, request: Any, client_address: Any) -> None:
                # A client that gave up on a slow answer (a timeout under test) is expected:
                # answering it fails with a broken pipe, which is not worth a traceback.
                if isinstance(sys.exc_info()[1], CLIENT_GONE):
                    return
                super().handle_error(request, client_address)

        self._server = _Server(("127.0.0.1", 0), _Handler)
        # A short poll interval lets stop() return at once instead of after up to 0.5 s.
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        for held in self.holds:
            held.release()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> FakeServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
