"""`review-assistant poll [--once] [--config FILE]`: fetch new Google and Yelp reviews.

Prints progress per location while it runs and a summary table at the end: what each location
gave, the reviews set aside because they cannot be stored, how many reviews needing a reply are
new this cycle and how many wait in all. Exit 0 when every source synced (a Yelp daily-cap
pause is not a failure), 1 when a source or location failed, 2 when the settings or the
database cannot be used (read-only, damaged, a full disk: one line saying what to do).
Without `--once` it polls every `poll.interval_minutes` until interrupted. Each cycle is the
one `review-assistant run` runs (`slack_app.pipeline`): replies stuck in `posting` handed back,
poll, drafts; then the cards, escalation messages and source alerts go to Slack when it is
configured.
"""

from __future__ import annotations

import argparse
import sys

from slack_app.cli.table import table_lines


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--config",
        help="settings file (default: $REVIEW_ASSISTANT_CONFIG or ./review-assistant.toml)",
    )
    parser.add_argument(
        "--once", action="store_true", help="poll one cycle and exit (default: keep polling)"
    )


def handle_cycle(store, settings, env, report) -> None:
    """After a cycle: say what was drafted (or handed back from `posting`) and, when Slack is
    configured, post the review cards as `review-assistant run` does."""
    for prepared in report.prepared:
        if prepared.created:
            label = "ESCALATED to risk managers" if prepared.escalated else prepared.state
        elif prepared.state == "new":
            label = "being drafted by another process"
        else:
            continue  # another process drafted it a moment ago
        print(f"  {prepared.key}: {label}")
    for key in report.recovered:
        print(f"  {key}: left posting by a stopped process; check the site, then press Retry")
    channels = [office.review_channel for office in settings.offices()]
    if not (env.slack_bot_token and any([settings.slack.review_channel, *channels])):
        if report.needs_reply or report.recovered:
            print(
                "Slack is not configured (SLACK_BOT_TOKEN and [slack] review_channel): drafts "
                "are stored; `review-assistant run` or `poll --once` with Slack posts the cards."
            )
        return
    from slack_app.app import web_client
    from slack_app.slack.announcer import publish

    announced = publish(web_client(env), store, settings, env, report)
    print(f"Slack: {announced.summary()}")
    for key, error in announced.failed.items():
        print(f"  card for {key} not posted: {error}")


def run(args: argparse.Namespace) -> int:
    import threading

    from slack_app.config import Environment, SettingsError, load_settings
    from slack_app.pipeline import poll_forever, run_once
    from slack_app.store import Store, StoreError

    env = Environment.from_env()

    def say(text: str, *, stream=None) -> None:
        # Secrets an upstream echoes are redacted by the CLI's stdout and stderr (cli/__init__).
        print(text, file=stream or sys.stdout, flush=True)

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
        store.verify()  # a damaged file is not written to
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
        handle_cycle(store, settings, env, report)

    try:
        if args.once:
            say(f"Polling {len(settings.locations)} location(s) into {store.path}")
            report = run_once(store, settings, env, progress=progress)
            finish(report)
            return 1 if report.failed else 0
        say(f"Polling every {settings.poll.interval_minutes:g} min into {store.path}; Ctrl-C stops")
        poll_forever(
            store, settings, env, stop=threading.Event(), progress=progress, on_report=finish
        )
        return 0
    except StoreError as exc:  # the disk filled up, or the file failed, mid-poll
        say(str(exc), stream=sys.stderr)
        return 2
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
        (e.source, e.location_name or e.location_id, e.status, e.pages, e.fetched, e.new, e.updated)
        for e in report.locations
    ]
    lines = ["", "Summary", *table_lines(header, rows, indent="  ")]
    failures = [e for e in report.locations if e.status == "failed"]
    for entry in failures:
        lines.append(f"  FAILED {entry.label}: {entry.error}")
    lines.extend(f"  note: {notice}" for notice in report.notices)
    lines.extend(f"  set aside (cannot be stored): {line}" for line in report.set_aside)
    lines.append(waiting_line(report))
    lines.append(f"{len(failures)} location(s) failed." if failures else "Every source synced.")
    return "\n".join(lines)


# What each state that still needs a reply means for the people in Slack.
WAITING_LABELS = {
    "new": "being drafted",
    "drafted": "to approve",
    "cleared": "cleared to approve",
    "escalated": "with the risk managers",
    "posting": "being posted",
    "post_failed": "failed to post",
    "approved": "to paste by hand",
}


def waiting_line(report) -> str:
    """What the numbers count: reviews needing a reply that this cycle found, and all the
    reviews still waiting for a reply on the site (from earlier cycles too)."""
    waiting = getattr(report, "waiting", {}) or {}
    parts = [
        f"{waiting[state]} {label}" for state, label in WAITING_LABELS.items() if waiting.get(state)
    ]
    return (
        f"Reviews needing a reply - new this cycle: {len(report.needs_reply)}; waiting for a "
        f"reply: {sum(waiting.values())}" + (f" ({', '.join(parts)})" if parts else "")
    )
