"""Build the Bolt app from settings (thin, as in Slack's samples).

    app = build_app(settings, env, store)     # listeners registered, client -> SLACK_API_URL

Bolt acks run on the request's thread (process_before_response=True) and slow work runs in
lazy listeners on LISTENER_THREADS threads, which wait while acks are in flight (AckGate).
Serving over HTTP lives in `slack_app.slack.http_server`; the poll-to-Slack pipeline in
`slack_app.pipeline`; log redaction in `slack_app.redaction`.
"""

from __future__ import annotations

from concurrent.futures import Executor, ThreadPoolExecutor
from typing import Any

from slack_bolt import App
from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler

from slack_app import store as db
from slack_app.approvers import Directory
from slack_app.config import Environment, Settings
from slack_app.slack.listeners import register_listeners
from slack_app.slack.services import Services
from slack_app.sources.posting import SourcePoster

LISTENER_THREADS = 256  # lazy listeners mostly wait on the model or a review site


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
    if not env.slack_bot_token:
        raise ValueError("SLACK_BOT_TOKEN is not set in the environment")
    client = web_client(env)
    executor = listener_executor or ThreadPoolExecutor(max_workers=LISTENER_THREADS)
    app = App(
        # Socket Mode needs no signing secret (Bolt skips verification for socket requests);
        # the HTTP server refuses to start without one.
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
