"""Build the Bolt app from settings; run it in Socket Mode or behind HTTP; poll on a schedule.

    app = build_app(settings, env, store)     # listeners registered, client -> SLACK_API_URL
    make_http_server(app, port).serve_forever()  # threaded WSGI server at /slack/events
    HttpWorkers(settings, env, port, host, n)     # the same in n processes sharing the port
    process_new_reviews(store, settings, env, client, reviews)   # prepare + announce

Bolt acks run on the request's thread (process_before_response=True) and slow work runs in
lazy listeners on LISTENER_THREADS threads, which wait while acks are in flight (AckGate).
"""

from __future__ import annotations

import logging
import socket
import threading
from concurrent.futures import Executor, ThreadPoolExecutor
from socketserver import ThreadingMixIn
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from slack_bolt import App, BoltRequest, BoltResponse
from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler
from slack_sdk.signature import SignatureVerifier

from slack_app import store as db
from slack_app.approvers import Directory
from slack_app.config import Environment, Settings
from slack_app.slack.listeners import register_listeners
from slack_app.slack.services import Services
from slack_app.workflow import SourcePoster, prepare_review

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
LISTENER_THREADS = 256  # lazy listeners mostly wait on the model or a review site


class RedactSecrets(logging.Filter):
    """Replaces every secret value from the environment with [redacted] in log records."""

    def __init__(self, secrets: list[str]) -> None:
        super().__init__()
        # Longest first, so a secret that contains another is replaced whole.
        self.secrets = sorted((s for s in secrets if len(s) >= 6), key=len, reverse=True)

    def filter(self, record: logging.LogRecord) -> bool:
        if not self.secrets:
            return True
        message = record.getMessage()
        redacted = message
        for secret in self.secrets:
            redacted = redacted.replace(secret, "[redacted]")
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


def install_redaction(env: Environment) -> RedactSecrets:
    """Attach the redacting filter to every handler of the root logger, replacing one
    installed before (so calling it again with another environment does not stack)."""
    secret_filter = RedactSecrets(env.secrets())
    for handler in logging.getLogger().handlers:
        for old in [f for f in handler.filters if isinstance(f, RedactSecrets)]:
            handler.removeFilter(old)
        handler.addFilter(secret_filter)
    return secret_filter


def remove_redaction(secret_filter: RedactSecrets) -> None:
    for handler in logging.getLogger().handlers:
        handler.removeFilter(secret_filter)


def web_client(env: Environment) -> WebClient:
    client = WebClient(
        token=env.slack_bot_token or None, base_url=env.slack_api_url or WebClient.BASE_URL
    )
    # Honour 429 Retry-After (chat.postMessage is about 1/s per channel).
    client.retry_handlers.append(RateLimitErrorRetryHandler(max_retry_count=3))
    return client


def build_app(
    settings: Settings,
    env: Environment,
    store: db.Store,
    *,
    drafter: Any = None,
    sources: dict[str, Any] | None = None,
    listener_executor: Executor | None = None,
) -> App:
    """The Bolt app with every listener registered. `sources` overrides the Google/Yelp
    clients used for posting (tests); `drafter` the drafting backend; `listener_executor` the
    pool lazy listeners run on (default: LISTENER_THREADS threads)."""
    if not env.slack_signing_secret:
        raise ValueError("SLACK_SIGNING_SECRET is not set in the environment")
    if not env.slack_bot_token:
        raise ValueError("SLACK_BOT_TOKEN is not set in the environment")
    client = web_client(env)
    executor = listener_executor or ThreadPoolExecutor(max_workers=LISTENER_THREADS)
    app = App(
        signing_secret=env.slack_signing_secret,
        client=client,
        # Run each ack listener on the request's own thread and answer when it returns: no hop
        # to the executor and no 10 ms ack polling per request. Slow work is in lazy listeners,
        # which still run on the executor after the response is sent.
        process_before_response=True,
        listener_executor=executor,
    )
    services = Services(
        store=store,
        settings=settings,
        env=env,
        directory=Directory(client),
        poster=SourcePoster(env, sources),
        drafter=drafter,
        background=executor,
    )
    register_listeners(app, services)
    app.services = services  # for run(): the poller thread shares them
    return app


# ---------------------------------------------------------------------------------------------
# HTTP mode: Bolt's WSGI adapter on a threading wsgiref server. Bolt's built-in
# `App.start()` uses a single-threaded http.server, so one slow request would delay every ack.
# ---------------------------------------------------------------------------------------------


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
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    install_redaction(env)
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


# ---------------------------------------------------------------------------------------------
# New reviews: prepare then announce (shared by `run` and `poll --once`)
# ---------------------------------------------------------------------------------------------


def process_new_reviews(
    store: db.Store,
    settings: Settings,
    env: Environment,
    client: Any,
    reviews: list,
    drafter: Any = None,
) -> Any:
    """Prepare every review (triage, draft, state) and post the pending cards. Returns the
    announce report. One failing review is logged and does not stop the others."""
    from slack_app.announcer import announce_pending

    for review in reviews:
        try:
            prepare_review(store, review, settings, drafter=drafter, env=env)
        except Exception:
            log.exception("preparing %s failed; it stays new and is retried next cycle", review.key)
    return announce_pending(store, settings, env, client)


def poll_and_announce(store, settings, env, client, drafter=None) -> None:
    from slack_app.poller import poll_once

    report = poll_once(store, settings, env)
    process_new_reviews(store, settings, env, client, report.needs_reply, drafter)


def start_poller(
    store: db.Store,
    settings: Settings,
    env: Environment,
    client: Any,
    *,
    drafter: Any = None,
    stop: threading.Event,
) -> threading.Thread:
    """A daemon thread: poll, prepare, announce, then wait `poll.interval_minutes`."""

    def loop() -> None:
        while not stop.is_set():
            try:
                poll_and_announce(store, settings, env, client, drafter)
            except Exception:
                log.exception("poll cycle failed; trying again next interval")
            stop.wait(settings.poll.interval_minutes * 60)

    thread = threading.Thread(target=loop, name="review-poller", daemon=True)
    thread.start()
    return thread
