"""HTTP mode: Bolt's WSGI adapter on a threading wsgiref server, in one process or several
sharing the port. Bolt's built-in `App.start()` uses a single-threaded http.server, so one slow
request would delay every ack."""

from __future__ import annotations

import logging
import socket
from socketserver import ThreadingMixIn
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from slack_bolt import App, BoltRequest, BoltResponse
from slack_sdk.signature import SignatureVerifier

from slack_app import store as db
from slack_app.app import build_app
from slack_app.config import Environment, Settings
from slack_app.redaction import configure_logging

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"


class ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128  # Slack can send bursts; the default backlog of 5 drops SYNs
    reuse_port = False  # True: several worker processes share the port (SO_REUSEPORT)

    def server_bind(self) -> None:
        if self.reuse_port:
            self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        super().server_bind()


class SharedPortWSGIServer(ThreadingWSGIServer):
    reuse_port = True


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        log.debug("http %s", format % args)


def dispatch_raw(app: App, body: str, headers: dict, signing_secret: str) -> BoltResponse:
    """Bolt's dispatch, except that a body Bolt cannot parse (a `payload=` that is not JSON)
    gets a clear log line and 400 (401 when unsigned) instead of an exception."""
    with app.services.gate.acknowledging():
        try:
            request = BoltRequest(body=body, headers=headers)
        except ValueError as exc:
            verifier = SignatureVerifier(signing_secret)
            if not verifier.is_valid_request(body, headers):
                return BoltResponse(status=401, body="")
            log.warning("malformed Slack request ignored: body is not valid JSON (%s)", exc)
            return BoltResponse(status=400, body="malformed payload")
        return app.dispatch(request)


def make_http_server(
    app: App,
    port: int,
    host: str = "0.0.0.0",
    *,
    signing_secret: str = "",
    shared_port: bool = False,
) -> ThreadingWSGIServer:
    from slack_bolt.adapter.wsgi import SlackRequestHandler

    secret = signing_secret or app.services.env.slack_signing_secret
    if not secret:
        # Without a secret every forged request would verify: never serve HTTP that way.
        raise ValueError("SLACK_SIGNING_SECRET is not set: refusing to serve Slack over HTTP")

    class _Handler(SlackRequestHandler):
        def __call__(self, environ, start_response):
            with app.services.gate.acknowledging():  # from the first byte read
                return super().__call__(environ, start_response)

        def dispatch(self, request):
            return dispatch_raw(self.app, request.get_body(), request.get_headers(), secret)

    handler = _Handler(app, path=EVENTS_PATH)
    server_class = SharedPortWSGIServer if shared_port else ThreadingWSGIServer
    return make_server(host, port, handler, server_class=server_class, handler_class=_QuietHandler)


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


def _serve_worker(settings: Settings, env: Environment, host: str, port: int) -> None:
    """One HTTP worker process: its own store connection, app and server on the shared port."""
    configure_logging(env, "INFO")
    store = db.Store(settings.database.path)
    app = build_app(settings, env, store)
    warm_up(settings, env)
    server = make_http_server(app, port, host, shared_port=True)
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
        self._reservation = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._reservation.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        self._reservation.bind((host, port))
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
        import time

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
