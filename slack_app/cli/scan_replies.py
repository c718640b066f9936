"""`review-assistant scan-replies [--location NAME] [--config FILE] [--no-slack]`: check every
reply already posted on Google against the guardrail.

Pages through every review of each Google location (or the one named) within Google's quota,
prints progress per page and the flagged replies with their findings and links at the end,
and, when Slack is configured, posts the report (with "Draft a safe replacement" and "Delete
reply" per flagged reply) to the review channel. Interrupted (Ctrl-C, a crash), it resumes
where it stopped when run again. Yelp gives no owner replies through its public API, so Yelp
locations are not scanned. Exit 0 when every location was scanned, 1 when one could not be
read, 2 when the settings, the database, the location or Google's credentials are unusable.
"""

from __future__ import annotations

import argparse
import sys


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--config",
        help="settings file (default: $REVIEW_ASSISTANT_CONFIG or ./review-assistant.toml)",
    )
    parser.add_argument("--location", help="scan one location, by its name in the settings")
    parser.add_argument(
        "--no-slack", action="store_true", help="print the report only; post nothing to Slack"
    )


def run(args: argparse.Namespace) -> int:
    import getpass

    from slack_app import reply_audit
    from slack_app.config import Environment, load_settings
    from slack_app.sources import SourceError
    from slack_app.store import Store, StoreError

    env = Environment.from_env()
    settings = load_settings(args.config)
    if any(loc.yelp_business_id for loc in settings.locations):
        print("note: Yelp gives no owner replies through its public API; Yelp is not scanned.")
    try:
        reply_audit.google_locations(settings, args.location)
    except ValueError as exc:
        print(f"{settings.source_path}: {exc}", file=sys.stderr)
        return 2
    if not reply_audit.google_locations(settings):
        print(f"{settings.source_path}: no Google locations configured", file=sys.stderr)
        return 2
    try:
        from slack_app.sources.google import GoogleSource

        google = GoogleSource(env)
    except SourceError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    try:
        store = Store(settings.database.path)
    except StoreError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    try:
        try:
            scan_id, resumed = reply_audit.start_scan(
                store, settings, actor=f"cli:{getpass.getuser()}", location=args.location
            )
        except reply_audit.ScanBusy as exc:
            print(f"not started: {exc}", file=sys.stderr)
            return 2
        print(
            f"{'Resuming' if resumed else 'Starting'} scan {scan_id} of "
            f"{args.location or 'every Google location'} (within Google's quota)",
            flush=True,
        )

        def progress(step: reply_audit.ScanProgress) -> None:
            print(
                f"  {step.location_name}: page {step.page}, {step.reviews} reviews, "
                f"{step.replied} replies, {step.flagged} flagged",
                flush=True,
            )

        result = reply_audit.run_scan(
            store, settings, google, scan_id, resumed=resumed, progress=progress
        )
        print(report_text(result, reply_audit.flagged_findings(store, scan_id)))
        if not args.no_slack:
            post_to_slack(store, settings, env, scan_id, args.location)
        return 0 if result.finished else 1
    finally:
        google.close()
        store.close()


def report_text(result, findings: list[dict]) -> str:
    totals = result.totals()
    lines = [
        "",
        f"Scan {result.scan_id}: {totals['reviews']:,} reviews, {totals['replied']:,} replies "
        f"checked, {len(findings)} flagged ({result.requests:,} Google requests this run)",
    ]
    for name, problem in result.failed.items():
        lines.append(f"  NOT FINISHED {name}: {problem} (run again to resume)")
    for number, finding in enumerate(findings, start=1):
        reply = " ".join(finding["reply_text"].split())
        who = finding.get("reviewer_name") or "Anonymous"
        lines.append(
            f"  {number}. {finding['location_name']} · {who} · "
            f"{finding.get('stars') or '-'} stars · {finding['status']}"
        )
        lines.append(f"     reply: {reply[:200]}{'…' if len(reply) > 200 else ''}")
        for found in finding["findings"][:5]:
            lines.append(f"     {found['rule']}: \u201c{found['excerpt']}\u201d {found['message']}")
        if finding.get("reply_url"):
            lines.append(f"     {finding['reply_url']}")
    if not findings and result.finished:
        lines.append("  No reply on Google fails the guardrail.")
    return "\n".join(lines)


def post_to_slack(store, settings, env, scan_id: int, location: str | None) -> None:
    from slack_app.reply_audit import scan_office

    channel = scan_office(settings, location).review_channel
    if not (env.slack_bot_token and channel):
        print(
            "Slack is not configured (SLACK_BOT_TOKEN and a review channel): the report "
            "was not posted."
        )
        return
    from slack_app.app import web_client
    from slack_app.slack.reply_audit import publish_report

    ts, problem = publish_report(web_client(env), store, settings, scan_id)
    if problem:
        print(f"Slack: the report was not posted ({problem}); run the command again to retry")
        return
    print(f"Slack: report posted in {channel}" + (f" (ts {ts})" if ts else " by another process"))
