"""HTTP mode: Slack's requests to /slack/events, served by waitress, in one process or several
sharing the port.

waitress (a pure-Python production WSGI server) reads each request completely on its I/O
thread before a worker thread sees it, so a client that stalls mid-body holds a connection, not
a thread, and `channel_timeout` closes it. It refuses bodies over `max_request_body_size` with
413 and malformed framing (`Content-Length: abc`) with 400 before the app runs.

Every request then goes through `SlackEndpoint.handle`, in this order: the signature (slack_sdk's
SignatureVerifier over the raw bytes), then parsing (a body that is not a JSON object: 400),
then Bolt. Nothing a client sends is parsed before its signature is checked, no request body is
ever logged, and no malformed request gets a 500 or a traceback.
"""

from __future__ import annotations

import logging
import socket
import threading
import time
from dataclasses import dataclass
from typing import Any

from slack_bolt import App, BoltRequest, BoltResponse
from slack_bolt.request.internals import parse_body
from slack_sdk.signature import SignatureVerifier

from slack_app import store as db
from slack_app.app import SlackUnavailable, build_app
from slack_app.config import Environment, Settings
from slack_app.redaction import configure_logging
from slack_app.slack.services import Services

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"


@dataclass(frozen=True)
class HttpLimits:
    """What one HTTP process allows (docs/architecture.md, "Slack app")."""

    # Slack's largest payloads here are card clicks carrying the card (a 4,096-character review,
    # the draft, percent-encoded): about 60 KiB at worst. 256 KiB leaves room; 300 MB does not.
    max_body_bytes: int = 256 * 1024
    max_header_bytes: int = 32 * 1024
    # Slack sends a request in one go. A connection idle this long (a stalled or slow client,
    # or a keep-alive Slack stopped using) is closed; checked every `cleanup_interval` s.
    channel_timeout: float = 10.0
    cleanup_interval: float = 2.0
    # Acks take milliseconds and share one interpreter lock: more threads add contention, not
    # throughput. Slow work runs in lazy listeners on their own bounded pool (app.py).
    threads: int = 8
    # Open connections waitress keeps (each is a file descriptor, no thread); over this it stops
    # accepting until some close, and new ones wait in the listen backlog.
    connection_limit: int = 1000
    backlog: int = 1024


class OncePerInterval(logging.Filter):
    """Lets a logger's line through at most once per `seconds`; the next line that passes says
    how many were held back. A flood of bad requests stays a few lines a minute."""

    def __init__(self, seconds: float = 60.0) -> None:
        super().__init__()
        self.seconds = seconds
        self._next = 0.0
        self._held = 0
        self._lock = threading.Lock()

    def filter(self, record: logging.LogRecord) -> bool:
        now = time.monotonic()
        with self._lock:
            if now < self._next:
                self._held += 1
                return False
            self._next = now + self.seconds
            held, self._held = self._held, 0
        if held:
            record.msg = f"{record.getMessage()} (and {held} more like it in the last minute)"
            record.args = ()
        return True


refusal_log = logging.getLogger("slack_app.http.refused")
refusal_log.addFilter(OncePerInterval())


class SlackEndpoint:
    """The WSGI application for /slack/events. Requests are acknowledged inside the ack gate,
    so lazy work waits while any request is being answered."""

    def __init__(
        self,
        app: App,
        services: Services,
        signing_secret: str,
        limits: HttpLimits | None = None,
    ) -> None:
        if not signing_secret:
            # Without a secret every forged request would verify: never serve HTTP that way.
            raise ValueError("SLACK_SIGNING_SECRET is not set: refusing to serve Slack over HTTP")
        self.app = app
        self.gate = services.gate
        self.limits = limits or HttpLimits()
        self.verifier = SignatureVerifier(signing_secret)

    def __call__(self, environ: dict, start_response: Any) -> list[bytes]:
        with self.gate.acknowledging():
            try:
                response = self.respond(environ)
            except Exception:
                log.exception("answering a request to %s failed", EVENTS_PATH)
                response = BoltResponse(status=500, body="internal error")
        body = response.body.encode() if isinstance(response.body, str) else response.body or b""
        headers = [
            (name, value)
            for name, values in response.headers.items()
            if name.lower() != "content-length"
            for value in values
        ]
        headers.append(("Content-Length", str(len(body))))
        start_response(f"{response.status} {_REASONS.get(response.status, 'OK')}", headers)
        return [body]

    def respond(self, environ: dict) -> BoltResponse:
        if environ.get("PATH_INFO") != EVENTS_PATH:
            return BoltResponse(status=404, body="not found")
        if environ.get("REQUEST_METHOD") != "POST":
            return BoltResponse(status=405, body="POST only", headers={"Allow": "POST"})
        # waitress has already refused a Content-Length that is not a number or is too large,
        # and counted a chunked body against the same limit.
        length = int(environ.get("CONTENT_LENGTH") or 0)
        if length > self.limits.max_body_bytes:
            return BoltResponse(status=413, body="request body too large")
        raw = environ["wsgi.input"].read(length) if length else b""
        headers = {
            name[5:].replace("_", "-").lower(): value
            for name, value in environ.items()
            if name.startswith("HTTP_X_SLACK_")
        }
        headers["content-type"] = environ.get("CONTENT_TYPE") or ""
        return self.handle(raw, headers)

    def handle(self, raw: bytes, headers: dict[str, str]) -> BoltResponse:
        """Verify, then parse, then dispatch one request (`headers` lower-cased)."""
        problem = self.signature_problem(raw, headers)
        if problem:
            refusal_log.warning(
                "refused a request to %s: %s (Slack's requests are signed with "
                "SLACK_SIGNING_SECRET; check it and the clock if Slack's own are refused)",
                EVENTS_PATH,
                problem,
            )
            return BoltResponse(status=401, body="invalid request")
        text = raw.decode("utf-8")  # signature_problem proved it decodes
        problem = payload_problem(text, headers.get("content-type", ""))
        if problem is None:
            try:
                request = BoltRequest(body=text, headers=headers)
            except (TypeError, AttributeError, KeyError, IndexError, ValueError) as exc:
                problem = f"fields of unexpected types ({type(exc).__name__})"
        if problem:
            log.warning("malformed Slack request ignored: %s", problem)
            return BoltResponse(status=400, body="malformed payload")
        return self.app.dispatch(request)

    def signature_problem(self, raw: bytes, headers: dict[str, str]) -> str | None:
        """None when Slack signed `raw` in the last five minutes; otherwise what is wrong."""
        timestamp = headers.get("x-slack-request-timestamp") or ""
        signature = headers.get("x-slack-signature") or ""
        if not timestamp or not signature:
            return "no Slack signature"
        if not (timestamp.isascii() and timestamp.isdigit() and len(timestamp) <= 12):
            return "X-Slack-Request-Timestamp is not a Unix time"
        if not signature.isascii():
            return "X-Slack-Signature is not a signature"
        try:
            valid = self.verifier.is_valid(raw, timestamp, signature)
        except UnicodeDecodeError:
            return "the body is not UTF-8, so Slack did not send it"
        return None if valid else "the signature does not match, or is over five minutes old"


def payload_problem(text: str, content_type: str) -> str | None:
    """What Bolt could not work with, parsed as Bolt parses it: None for a JSON object."""
    try:
        body = parse_body(text, content_type.split(";")[0].strip().lower() or None)
    except ValueError as exc:
        return f"body is not valid JSON ({exc})"
    if not isinstance(body, dict):
        return f"the payload is {_JSON_KINDS.get(type(body), 'a JSON value')}, not a JSON object"
    return None


_JSON_KINDS = {type(None): "null", list: "an array", str: "a string", bool: "true or false"}
_JSON_KINDS.update({int: "a number", float: "a number"})


_REASONS = {
    200: "OK",
    400: "Bad Request",
    401: "Unauthorized",
    404: "Not Found",
    405: "Method Not Allowed",
    413: "Content Too Large",
    500: "Internal Server Error",
}


class HttpServer:
    """waitress serving a SlackEndpoint; `serve_forever()` blocks, `shutdown()` stops it."""

    def __init__(
        self,
        endpoint: SlackEndpoint,
        host: str,
        port: int,
        *,
        sock: socket.socket | None = None,
    ) -> None:
        import waitress

        limits = endpoint.limits
        where: dict[str, Any] = {"sockets": [sock]} if sock else {"host": host, "port": port}
        self._map: dict = {}
        self._server = waitress.create_server(
            endpoint,
            map=self._map,
            threads=limits.threads,
            connection_limit=limits.connection_limit,
            backlog=limits.backlog,
            channel_timeout=limits.channel_timeout,
            cleanup_interval=limits.cleanup_interval,
            max_request_body_size=limits.max_body_bytes,
            max_request_header_size=limits.max_header_bytes,
            asyncore_use_poll=True,  # select() fails past 1,024 open descriptors
            log_socket_errors=False,  # a client hanging up is not the app's problem
            expose_tracebacks=False,
            ident="review-assistant",
            **where,
        )
        self.endpoint = endpoint

    @property
    def port(self) -> int:
        return int(self._server.effective_port)

    def serve_forever(self) -> None:
        self._server.run()

    def shutdown(self) -> None:
        """Stop accepting, close every connection and stop the threads; the serving loop then
        returns within a second."""
        self._server.close()
        for channel in list(self._map.values()):
            channel.close()
        self._server.task_dispatcher.shutdown(timeout=2)


def quiet_waitress() -> None:
    """waitress warns "Task queue depth is N" on every request that waits for a thread: during a
    burst, once a minute is enough to say the server is saturated."""
    queue_log = logging.getLogger("waitress.queue")
    if not any(isinstance(f, OncePerInterval) for f in queue_log.filters):
        queue_log.addFilter(OncePerInterval())


def make_http_server(
    app: App,
    services: Services,
    port: int,
    host: str = "0.0.0.0",
    *,
    limits: HttpLimits | None = None,
    sock: socket.socket | None = None,
) -> HttpServer:
    """The HTTP server for `app` on host:port (or on a bound `sock`, for worker processes)."""
    quiet_waitress()
    endpoint = SlackEndpoint(app, services, services.env.slack_signing_secret, limits)
    return HttpServer(endpoint, host, port, sock=sock)


def warm_up(settings: Settings, env: Environment) -> None:
    """Load what the first click would otherwise load (guardrail and triage data, the
    drafting backend, the review-site clients), so the first acks are as fast as the rest."""
    from guardrails import check
    from slack_app.drafting import guard_context, make_drafter
    from slack_app.models import Review
    from slack_app.triage import triage

    sample = Review("manual", "manual", "warm-up", 5, "", "Friendly staff.")
    check("Thank you for the kind words.", guard_context(sample, settings))
    triage(sample.text, settings.triage.extra_terms)
    make_drafter(settings, env)
    import slack_app.sources.google
    import slack_app.sources.yelp  # noqa: F401


def shared_port_socket(host: str, port: int) -> socket.socket:
    """A bound socket several processes can each listen on (SO_REUSEPORT)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    return sock


def _serve_worker(settings: Settings, env: Environment, host: str, port: int) -> None:
    """One HTTP worker process: its own store connection, app and server on the shared port."""
    configure_logging(env, "INFO")
    store = db.Store(settings.database.path)
    try:
        app, services = build_app(settings, env, store)
    except SlackUnavailable as exc:  # `run` checked Slack just before; it went away since
        log.error("HTTP worker cannot start: %s", exc)
        store.close()
        raise SystemExit(1) from None
    warm_up(settings, env)
    server = make_http_server(app, services, port, host, sock=shared_port_socket(host, port))
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        store.close()


class HttpWorkers:
    """`count` processes serving /slack/events on one port (the kernel spreads connections
    with SO_REUSEPORT). Each process has its own interpreter lock, so acks scale with cores;
    the store's conditional transitions keep processes from acting twice on one reply."""

    def __init__(
        self, settings: Settings, env: Environment, port: int, host: str, count: int
    ) -> None:
        import multiprocessing

        # Reserve the port (and resolve port 0) with a bound socket that never listens: the
        # kernel hands connections only to the workers' listening sockets.
        self._reservation = shared_port_socket(host, port)
        self.host = host
        self.port = self._reservation.getsockname()[1]
        spawn = multiprocessing.get_context("spawn")  # never fork a threaded parent
        self.processes = [
            spawn.Process(target=_serve_worker, args=(settings, env, host, self.port), daemon=True)
            for _ in range(count)
        ]
        for process in self.processes:
            process.start()

    def wait_ready(self, timeout: float = 30.0) -> bool:
        """True once a worker accepts connections."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                socket.create_connection((self.host, self.port), timeout=1).close()
                return True
            except OSError:
                time.sleep(0.1)
        return False

    def join(self) -> None:
        for process in self.processes:
            process.join()

    def stop(self) -> None:
        for process in self.processes:
            process.terminate()
        for process in self.processes:
            process.join(timeout=10)
        self._reservation.close()
