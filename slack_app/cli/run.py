"""`review-assistant run [--http --port N [--workers N]] [--config FILE] [--no-poll]`.

Socket Mode by default (needs SLACK_APP_TOKEN, no public URL); `--http` serves
`/slack/events` through waitress for deployments behind a load balancer, optionally in several
worker processes sharing the port. The poller runs every `poll.interval_minutes` in a
background thread of the main process: poll, draft, announce; the scheduler thread sends
reminders and the digest and refreshes App Home tabs (`slack.scheduler`).
Exit 2 when the settings, the database or a required secret is missing; exit 1 when Slack
cannot be reached or refuses a token at start (one line says which).
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


def run(args: argparse.Namespace) -> int:
    import logging
    import threading

    from slack_app.app import SlackUnavailable, build_app, check_slack
    from slack_app.config import Environment, SettingsError, load_settings
    from slack_app.slack.http_server import make_http_server, warm_up
    from slack_app.store import Store, StoreError

    env = Environment.from_env()  # logging and redaction: set up by the CLI (cli/__init__)
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
            (
                "SLACK_SIGNING_SECRET" if args.http else "SLACK_APP_TOKEN",
                env.slack_signing_secret if args.http else env.slack_app_token,
            ),
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
    try:
        check_slack(env)
        built = build_app(settings, env, store) if args.workers == 1 else None
    except SlackUnavailable as exc:
        store.close()
        print(f"cannot start: {exc}", file=sys.stderr)
        return 1
    if built is None:
        return _run_workers(args, settings, env, store, log)
    app, services = built
    warm_up(settings, env)
    stop = threading.Event()
    try:
        if args.http:
            try:
                server = make_http_server(app, services, args.port, args.host)
            except OSError as exc:
                print(f"cannot listen on {args.host}:{args.port}: {exc}", file=sys.stderr)
                return 1
            _start_poller(args, store, settings, env, app.client, stop)
            log.info("serving Slack requests on http://%s:%d/slack/events", args.host, server.port)
            server.serve_forever()
        else:
            from slack_app.slack.socket_mode import SocketModeServer

            log.info("connecting to Slack in Socket Mode")
            socket_mode = SocketModeServer(app, services, env.slack_app_token)
            try:
                socket_mode.connect()
            except SlackUnavailable as failure:
                print(f"cannot start: {failure}", file=sys.stderr)
                return 1
            _start_poller(args, store, settings, env, app.client, stop)
            log.info("connected to Slack in Socket Mode")
            threading.Event().wait()
    except KeyboardInterrupt:
        log.info("stopping")
    finally:
        stop.set()
        store.close()
    return 0


def _start_poller(args, store, settings, env, client, stop) -> None:
    # Started once Slack is being served, so a failed start never half-runs a poll cycle.
    from slack_app.slack.announcer import start_poller
    from slack_app.slack.scheduler import start_scheduler
    from slack_app.sources.posting import SourcePoster

    if not args.no_poll:
        start_poller(store, settings, env, client, stop=stop)
    # reminders, digest, Google replies queued behind the profile's edit limit, App Home
    start_scheduler(store, settings, client, stop=stop, poster=SourcePoster(env))


def _run_workers(args, settings, env, store, log) -> int:
    """HTTP worker processes serve Slack; this process only polls (Slack was checked)."""
    import threading

    from slack_app.app import web_client
    from slack_app.slack.http_server import HttpWorkers
    workers = HttpWorkers(settings, env, args.port, args.host, args.workers)
    stop = threading.Event()
    _start_poller(args, store, settings, env, web_client(env), stop)
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
