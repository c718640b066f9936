"""`review-assistant poll [--once] [--config FILE]`: fetch new Google and Yelp reviews.

Prints progress per location while it runs and a summary table at the end. Exit 0 when every
source synced (a Yelp daily-cap pause is not a failure), 1 when a source or location failed,
2 when the settings or the database cannot be used. Without `--once` it polls every
`poll.interval_minutes` until interrupted.
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
        "--once", action="store_true", help="poll one cycle and exit (default: keep polling)"
    )


def handle_new_reviews(store, settings, env, reviews) -> None:
    """Draft a reply for every review that needs one and, when Slack is configured, post the
    review cards to the review channel (the same pipeline `review-assistant run` uses)."""
    from slack_app.pipeline import prepare_reviews

    for prepared in prepare_reviews(store, settings, env, reviews):
        label = "ESCALATED to risk managers" if prepared.escalated else prepared.state
        print(f"  {prepared.key}: {label}")
    if not (env.slack_bot_token and settings.slack.review_channel):
        if reviews:
            print(
                "Slack is not configured (SLACK_BOT_TOKEN and [slack] review_channel): drafts "
                "are stored; `review-assistant run` or `poll --once` with Slack posts the cards."
            )
        return
    from slack_app.announcer import announce_pending
    from slack_app.app import web_client

    report = announce_pending(store, settings, env, web_client(env))
    print(f"Slack: {report.summary()}")
    for key, error in report.failed.items():
        print(f"  card for {key} not posted: {error}")


def run(args: argparse.Namespace) -> int:
    import threading

    from slack_app.config import Environment, SettingsError, load_settings
    from slack_app.poller import poll_forever, poll_once
    from slack_app.store import Store, StoreError

    env = Environment.from_env()
    secrets = env.secrets()

    def say(text: str, *, stream=sys.stdout) -> None:
        for secret in secrets:
            text = text.replace(secret, "[redacted]")
        print(text, file=stream, flush=True)

    try:
        settings = load_settings(args.config)
    except SettingsError as exc:
        say(str(exc), stream=sys.stderr)
        return 2
    if not settings.locations:
        say(
            f"{settings.source_path}: no [[locations]] configured; add one with a "
            "google_location and/or yelp_business_id",
            stream=sys.stderr,
        )
        return 2
    try:
        store = Store(settings.database.path)
    except StoreError as exc:
        say(str(exc), stream=sys.stderr)
        return 2

    def progress(event) -> None:
        entry = event.location
        if event.kind == "page":
            say(
                f"  {entry.label}: page {event.page}, {entry.fetched} reviews so far "
                f"({entry.new} new, {entry.updated} changed)"
            )
        elif event.kind == "notice":
            say(f"  note: {event.message}")
        elif event.kind == "location_done":
            say(f"  {entry.label}: {_outcome(entry)}")

    def finish(report) -> None:
        say(summary_table(report))
        handle_new_reviews(store, settings, env, report.needs_reply)

    try:
        if args.once:
            say(f"Polling {len(settings.locations)} location(s) into {store.path}")
            report = poll_once(store, settings, env, progress=progress)
            finish(report)
            return 1 if report.failed else 0
        say(f"Polling every {settings.poll.interval_minutes:g} min into {store.path}; Ctrl-C stops")
        poll_forever(
            store, settings, env, stop=threading.Event(), progress=progress, on_report=finish
        )
        return 0
    finally:
        store.close()


def _outcome(entry) -> str:
    if entry.status == "ok":
        return (
            f"ok, {entry.pages} page(s), {entry.fetched} fetched, {entry.new} new, "
            f"{entry.updated} changed"
        )
    return f"{entry.status.upper()}: {entry.error}"


def summary_table(report) -> str:
    header = ("SOURCE", "LOCATION", "STATUS", "PAGES", "FETCHED", "NEW", "CHANGED")
    rows = [
        (
            e.source,
            e.location_name or e.location_id,
            e.status,
            str(e.pages),
            str(e.fetched),
            str(e.new),
            str(e.updated),
        )
        for e in report.locations
    ]
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    lines = ["", "Summary"]
    for row in [header, *rows]:
        lines.append(
            "  " + "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        )
    failures = [e for e in report.locations if e.status == "failed"]
    for entry in failures:
        lines.append(f"  FAILED {entry.label}: {entry.error}")
    lines.extend(f"  note: {notice}" for notice in report.notices)
    lines.append(
        f"{len(report.needs_reply)} review(s) need a reply; "
        + (f"{len(failures)} location(s) failed." if failures else "every source synced.")
    )
    return "\n".join(lines)
