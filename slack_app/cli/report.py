"""`review-assistant report [--since 30d] [--until DATE] [--location NAME]
[--format table|csv|json] [--config FILE]`: the practice's figures for a period.

The same figures as the digest and the App Home (`slack_app.stats`): new reviews by site and
stars, average rating, replies posted, response rate, median and 90th-percentile time to reply,
waiting replies, escalations, follow-ups, drafts the guardrail sent back, approvers' edits.
`--since` is a span back from `--until` (30d, 8w, 48h) or a date; times are UTC. Exit 2 on a bad
argument, an unknown location or unusable settings.
"""

from __future__ import annotations

import argparse
import re
import sys
from datetime import UTC, datetime, timedelta

from slack_app.cli.table import table_lines

SPAN = re.compile(r"^(\d+)\s*([hdw])$")
UNITS = {"h": "hours", "d": "days", "w": "weeks"}
STAR_LABELS = {"1": "1 star", "none": "no rating"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--config",
        help="settings file (default: $REVIEW_ASSISTANT_CONFIG or ./review-assistant.toml)",
    )
    parser.add_argument(
        "--since", default="30d", help="30d, 8w, 48h back from --until, or a date (default 30d)"
    )
    parser.add_argument("--until", help="end of the period: a date or ISO time, UTC (default now)")
    parser.add_argument("--location", help="one location, by its name in the settings")
    parser.add_argument(
        "--format", choices=("table", "csv", "json"), default="table", help="default table"
    )


def parse_moment(value: str, flag: str) -> datetime:
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(
            f"{flag} {value!r} is not a date; use YYYY-MM-DD or YYYY-MM-DDTHH:MM"
        ) from None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def parse_period(since: str, until: str | None, now: datetime):
    """The Period [start, end) the arguments name; ValueError says what is wrong."""
    from slack_app.stats import Period

    end = parse_moment(until, "--until") if until else now
    span = SPAN.match(since.strip().lower())
    if span:
        amount = int(span.group(1))
        if amount == 0:
            raise ValueError(f"--since {since!r} is an empty period; use e.g. 30d")
        start = end - timedelta(**{UNITS[span.group(2)]: amount})
    else:
        try:
            start = parse_moment(since, "--since")
        except ValueError:
            raise ValueError(
                f"--since {since!r} is neither a span (30d, 8w, 48h) nor a date (YYYY-MM-DD)"
            ) from None
    if start >= end:
        raise ValueError(f"--since {since!r} is not before the end of the period ({end:%Y-%m-%d})")
    return Period(start, end)


def resolve_location(store, settings, wanted: str | None) -> str | None:
    """The stored location name `wanted` means (any case), None for all; ValueError lists the
    names there are."""
    from slack_app.stats import location_names

    if wanted is None:
        return None
    known = sorted({*location_names(store), *(place.name for place in settings.locations)})
    found = next((name for name in known if name.casefold() == wanted.strip().casefold()), None)
    if found is None:
        raise ValueError(
            f"--location {wanted!r}: no such location; known: {', '.join(known) or '(none yet)'}"
        )
    return found


# ---------------------------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------------------------


def _pct(share: float | None) -> str:
    return "-" if share is None else f"{share * 100:.0f}%"


def _num(value: float | None, unit: str = "") -> str:
    return "-" if value is None else f"{value:.1f}{unit}"


def figure_rows(figures) -> list[tuple[str, str]]:
    """(figure, value) lines for people, sub-items indented."""
    from slack_app.store import FOLLOW_UP_OUTCOMES

    f = figures
    rows = [("New reviews", str(f.new_reviews))]
    rows += [(f"  {source.title()}", str(n)) for source, n in f.new_by_source.items()]
    rows += [
        (f"  {STAR_LABELS.get(stars, stars + ' stars')}", str(n))
        for stars, n in f.new_by_stars.items()
    ]
    rows += [
        ("Average rating", _num(f.average_rating)),
        ("Response rate", f"{_pct(f.response_rate)} ({f.responded} of {f.new_reviews})"),
        ("Replies posted", str(f.replies_posted)),
        ("  rejected by Google afterwards", str(f.google_rejections)),
        ("Time to reply, median", _num(f.reply_hours_median, " h")),
        ("Time to reply, 90th percentile", _num(f.reply_hours_p90, " h")),
        ("Waiting now", str(f.waiting)),
    ]
    rows += [(f"  {state.replace('_', ' ')}", str(n)) for state, n in f.waiting_by_state.items()]
    rows += [(f"  {age}", str(n)) for age, n in f.waiting_by_age.items()]
    rows += [
        (
            "Escalations: new, cleared, open",
            f"{f.escalated}, {f.escalations_cleared}, {f.escalations_open}",
        ),
        ("Follow-ups recorded", str(f.follow_ups)),
    ]
    rows += [(f"  {FOLLOW_UP_OUTCOMES[k]}", str(n)) for k, n in f.follow_ups_by_outcome.items()]
    repaired = f"{f.drafts_repaired} of {f.drafted}"
    if f.drafted:
        repaired += f" ({_pct(f.drafts_repaired / f.drafted)})"
    rows.append(("Drafts needing repair", repaired))
    rows += [(f"  {rule}", str(n)) for rule, n in f.findings_by_rule.items()]
    edited = f"{f.approvals_edited} of {f.approvals}"
    if f.edit_share_mean is not None:
        edited += f", {_pct(f.edit_share_mean)} of the words changed on average"
    rows.append(("Approvals edited first", edited))
    return rows


def format_table(figures, *, practice: str) -> str:
    where = figures.location or "all locations"
    start, end = figures.start[:16].replace("T", " "), figures.end[:16].replace("T", " ")
    lines = [f"Review figures · {practice} · {where}", f"{start} to {end} UTC", ""]
    lines += table_lines(("figure", "value"), figure_rows(figures), rule=True, strip=True)
    return "\n".join(lines)


def flat(value, prefix: str = "") -> list[tuple[str, object]]:
    """Figures as (dotted key, value) pairs for CSV."""
    if isinstance(value, dict):
        return [pair for k, v in value.items() for pair in flat(v, f"{prefix}{k}.")]
    return [(prefix.rstrip("."), "" if value is None else value)]


def write_csv(figures, out) -> None:
    import csv

    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(("figure", "value"))
    writer.writerows(flat(figures.to_dict()))


def run(args: argparse.Namespace) -> int:
    import json

    from slack_app import stats
    from slack_app.config import SettingsError, load_settings
    from slack_app.store import Store, StoreError

    try:  # a bad argument, settings file or database: one line naming it
        period = parse_period(args.since, args.until, datetime.now(UTC))
        settings = load_settings(args.config)
        store = Store(settings.database.path)
    except (ValueError, SettingsError, StoreError) as exc:
        print(str(exc), file=sys.stderr)
        return 2
    with store:
        try:
            location = resolve_location(store, settings, args.location)
        except ValueError as exc:
            print(str(exc), file=sys.stderr)
            return 2
        # Waiting replies are counted as they stand, aged from this moment.
        figures = stats.figures(store, period, location=location, now=datetime.now(UTC))
    if args.format == "json":
        print(json.dumps(figures.to_dict(), indent=2, ensure_ascii=False))
    elif args.format == "csv":
        write_csv(figures, sys.stdout)
    else:
        print(format_table(figures, practice=settings.practice.name))
    return 0
