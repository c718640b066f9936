"""Build the Bolt app from settings (thin, as in Slack's samples).

    app, services = build_app(settings, env, store)  # listeners registered; SLACK_API_URL

Bolt acks run on the request's thread (process_before_response=True) and slow work runs in
lazy listeners on LISTENER_THREADS threads, which wait while acks are in flight (AckGate).
Serving lives in `slack_app.slack.http_server` (HTTP) and `slack_app.slack.socket_mode`; the
poll-to-Slack pipeline in `slack_app.pipeline`; log redaction in `slack_app.redaction`.
"""

from __future__ import annotations

import logging
from concurrent.futures import Executor, ThreadPoolExecutor
from typing import Any

from slack_bolt import App, BoltResponse
from slack_bolt.error import BoltError, BoltUnhandledRequestError
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler

from slack_app import store as db
from slack_app.approvers import Directory
from slack_app.config import Environment, Settings
from slack_app.slack.listeners import register_listeners
from slack_app.slack.services import Services
from slack_app.sources.posting import SourcePoster

LISTENER_THREADS = 256  # lazy listeners mostly wait on the model or a review site

log = logging.getLogger("slack_app.app")


class SlackUnavailable(RuntimeError):
    """Slack could not be reached, or refused a token, when the app started (one line)."""


def web_client(env: Environment, *, logger: logging.Logger | None = None) -> WebClient:
    client = WebClient(
        token=env.slack_bot_token or None,
        base_url=env.slack_api_url or WebClient.BASE_URL,
        logger=logger,
    )
    # Honour 429 Retry-After (chat.postMessage is about 1/s per channel).
    client.retry_handlers.append(RateLimitErrorRetryHandler(max_retry_count=3))
    return client


def slack_failure(exc: BaseException, what: str, url: str) -> SlackUnavailable:
    """One line for a failed call at start: `what` is the call, `url` the Web API address."""
    cause = exc.__context__ if isinstance(exc, BoltError) else exc  # Bolt wraps SlackApiError
    if isinstance(cause, SlackApiError):
        status = cause.response.status_code
        error = cause.response.get("error") if isinstance(cause.response.data, dict) else None
        if error:
            return SlackUnavailable(f"Slack refused {what}: {error} (check the token)")
        return SlackUnavailable(f"Slack answered {what} with HTTP {status}; try again later")
    reason = getattr(cause, "reason", None) or cause
    return SlackUnavailable(f"cannot reach Slack at {url} for {what}: {reason}")


def check_slack(env: Environment) -> None:
    """auth.test before anything starts, with a client that logs nothing of its own: when Slack
    cannot be reached or refuses the bot token, the caller says so in one line."""
    silent = logging.Logger("slack_app.start_check", level=logging.CRITICAL + 1)
    client = web_client(env, logger=silent)
    try:
        client.auth_test()
    except (SlackApiError, OSError) as exc:
        raise slack_failure(exc, "auth.test", client.base_url) from None


def build_app(
    settings: Settings,
    env: Environment,
    store: db.Store,
    *,
    drafter: Any = None,
    sources: dict[str, Any] | None = None,
    listener_executor: Executor | None = None,
) -> tuple[App, Services]:
    """The Bolt app with every listener registered, and the Services they share (the store,
    settings, the ack gate; the poller and the servers use them too). `sources` overrides the
    Google/Yelp clients used for posting (tests); `drafter` the drafting backend;
    `listener_executor` the pool lazy listeners run on (default: LISTENER_THREADS threads).
    Raises SlackUnavailable when Slack cannot be reached or refuses the bot token."""
    if not env.slack_bot_token:
        raise ValueError("SLACK_BOT_TOKEN is not set in the environment")
    client = web_client(env)
    executor = listener_executor or ThreadPoolExecutor(max_workers=LISTENER_THREADS)
    never_log_request_bodies()
    try:
        app = App(
            # Socket Mode needs no signing secret (Bolt skips verification for socket requests);
            # the HTTP server refuses to start without one and verifies before Bolt parses.
            signing_secret=env.slack_signing_secret,
            client=client,
            # Run each ack listener on the request's own thread and answer when it returns: no
            # hop to the executor and no 10 ms ack polling per request. Slow work is in lazy
            # listeners, which still run on the executor after the response is sent.
            process_before_response=True,
            listener_executor=executor,
            # An unhandled request goes to `answer_error` (one log line), not Bolt's warning
            # with a suggested listener (about nine lines).
            raise_error_for_unhandled_request=True,
        )
    except (BoltError, OSError) as exc:  # auth.test at construction
        raise slack_failure(exc, "auth.test", client.base_url) from None
    app.error(answer_error)
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
    return app, services


def answer_error(error: Exception, body: Any) -> BoltResponse | None:
    """Bolt's error handler. A request no listener handles is one warning line naming what it
    was (never its content) and 404; a listener that raised is logged with its traceback for
    developers, and Bolt answers 500."""
    if isinstance(error, BoltUnhandledRequestError):
        log.warning("no listener for this Slack request (%s); answered 404", describe(body))
        return BoltResponse(status=404, body="")
    log.error("a Slack listener failed on %s", describe(body), exc_info=error)
    return None


def describe(body: Any) -> str:
    """What a request was, for a log line: its type and action, view or command name."""
    if not isinstance(body, dict):
        return "a request with no JSON object"
    names = [body.get("type") or ("slash command" if body.get("command") else "request")]
    actions = body.get("actions")
    if isinstance(actions, list) and actions and isinstance(actions[0], dict):
        names.append(actions[0].get("action_id"))
    for field in ("view", "event"):
        value = body.get(field)
        if isinstance(value, dict):
            names.append(value.get("callback_id") or value.get("type"))
    names.append(body.get("command"))
    return " ".join(str(name)[:80] for name in names if name)


class _NoRequestBodies(logging.Filter):
    """Bolt's own signature check logs the whole request body (review text, names, drafts) at
    INFO when a signature fails. Requests are verified before Bolt sees them, so it should
    never fire; if it does, the line keeps its meaning and loses the body."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = "Invalid request signature detected (request body not logged)"
        record.args = ()
        return True


def never_log_request_bodies() -> None:
    verification_log = logging.getLogger("slack_bolt.RequestVerification")
    if not any(isinstance(f, _NoRequestBodies) for f in verification_log.filters):
        verification_log.addFilter(_NoRequestBodies())
