"""`review-assistant run [--http --port N [--workers N]] [--config FILE] [--no-poll]`.

Socket Mode by default (needs SLACK_APP_TOKEN, no public URL); `--http` serves Bolt's
`/slack/events` on a threaded HTTP server for deployments behind a load balancer, optionally
in several worker processes sharing the port. The poller runs every `poll.interval_minutes`
in a background thread of the main process: poll, draft, announce.
Exit 2 when the settings, the database or a required secret is missing.
"""

from __future__ import annotations

import argparse
import sys


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--config",
        help="settings file (default: $REVIEW_ASSISTANT_CONFIG or ./review-assistant.toml)",
    )
    parser.add_argument(
        "--http", action="store_true", help="serve HTTP at /slack/events instead of Socket Mode"
    )
    parser.add_argument("--port", type=int, default=3000, help="HTTP port (default 3000)")
    parser.add_argument("--host", default="0.0.0.0", help="HTTP bind address (default 0.0.0.0)")
    parser.add_argument(
        "--no-poll", action="store_true", help="do not poll the review sites from this process"
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=1,
        help="HTTP worker processes sharing the port (default 1; at most one per core)",
    )
    parser.add_argument("--log-level", default="INFO", help="DEBUG, INFO, WARNING (default INFO)")


def run(args: argparse.Namespace) -> int:
    import logging
    import threading

    from slack_app.app import build_app
    from slack_app.config import Environment, SettingsError, load_settings
    from slack_app.redaction import install_redaction
    from slack_app.slack.announcer import start_poller
    from slack_app.slack.http_server import make_http_server, warm_up
    from slack_app.store import Store, StoreError

    logging.basicConfig(
        level=getattr(logging, str(args.log_level).upper(), logging.INFO),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    env = Environment.from_env()
    install_redaction(env)
    log = logging.getLogger("review-assistant")
    try:
        settings = load_settings(args.config)
    except SettingsError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    missing = [
        name
        for name, value in (
            ("SLACK_BOT_TOKEN", env.slack_bot_token),
            # HTTP requests are verified with the signing secret; Socket Mode uses the app token.
            ("SLACK_SIGNING_SECRET" if args.http else "SLACK_APP_TOKEN",
             env.slack_signing_secret if args.http else env.slack_app_token),
        )
        if not value
    ]
    if missing:
        print(
            f"missing in the environment: {', '.join(missing)} (see .env.sample and "
            "`review-assistant doctor`)",
            file=sys.stderr,
        )
        return 2
    if args.workers < 1 or (args.workers > 1 and not args.http):
        print("--workers must be 1 or more, and more than 1 only with --http", file=sys.stderr)
        return 2
    try:
        store = Store(settings.database.path)
        store.verify()  # refuse a damaged file (a read-only one is refused by Store itself)
    except StoreError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    if args.workers > 1:
        return _run_workers(args, settings, env, store, log)

    app = build_app(settings, env, store)
    warm_up(settings, env)
    stop = threading.Event()
    if not args.no_poll:
        start_poller(store, settings, env, app.client, stop=stop)
    try:
        if args.http:
            server = make_http_server(app, args.port, args.host)
            log.info("serving Slack requests on http://%s:%d/slack/events", args.host, args.port)
            server.serve_forever()
        else:
            from slack_bolt.adapter.socket_mode import SocketModeHandler

            log.info("connecting to Slack in Socket Mode")
            SocketModeHandler(app, env.slack_app_token).start()
    except KeyboardInterrupt:
        log.info("stopping")
    finally:
        stop.set()
        store.close()
    return 0


def _run_workers(args, settings, env, store, log) -> int:
    """HTTP worker processes serve Slack; this process only polls."""
    import threading

    from slack_app.app import web_client
    from slack_app.slack.announcer import start_poller
    from slack_app.slack.http_server import HttpWorkers

    workers = HttpWorkers(settings, env, args.port, args.host, args.workers)
    stop = threading.Event()
    if not args.no_poll:
        start_poller(store, settings, env, web_client(env), stop=stop)
    log.info(
        "%d workers serving Slack requests on http://%s:%d/slack/events",
        args.workers,
        args.host,
        workers.port,
    )
    try:
        workers.join()
    except KeyboardInterrupt:
        log.info("stopping")
    finally:
        stop.set()
        workers.stop()
        store.close()
    return 0
