"""`review-assistant audit [--since DATE] [--csv] [--config FILE]`: export the audit log.

A table for people (one line a row, texts shortened) or CSV for machines (every column, full
texts). DATE is YYYY-MM-DD or an ISO timestamp in UTC. Exit 2 on a bad date or unusable
settings/database. A read-only copy of the database is fine. A damaged file (SQLite's quick
check finds problems) gets a warning on stderr and exit 1, with whatever rows can be read.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime

from slack_app.cli.table import table_lines

COLUMNS = ("id", "at", "actor", "action", "review_key", "draft_version", "text", "detail")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--config",
        help="settings file (default: $REVIEW_ASSISTANT_CONFIG or ./review-assistant.toml)",
    )
    parser.add_argument("--since", help="only rows at or after DATE (YYYY-MM-DD or ISO time, UTC)")
    parser.add_argument("--csv", action="store_true", help="write CSV (all columns, full text)")


def parse_since(value: str) -> str:
    """The store's timestamp form for a user-given date; ValueError names the problem."""
    text = value.strip()
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(
            f"--since {value!r} is not a date; use YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS"
        ) from None
    if moment.tzinfo is not None:
        from datetime import UTC

        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


# (column, label, width) of the table for people
TABLE = (
    ("at", "at", 19),
    ("actor", "actor", 16),
    ("action", "action", 18),
    ("review_key", "review", 40),
    ("draft_version", "v", 3),
    ("text", "text", 60),
)


def write_table(rows: list[dict], out) -> None:
    lines = table_lines(
        [label for _, label, _ in TABLE],
        [
            [str(row["at"])[:19].replace("T", " "), *(row[c] for c, _, _ in TABLE[1:])]
            for row in rows
        ],
        widths=[width for _, _, width in TABLE],
        strip=True,
    )
    print("\n".join(lines), file=out)
    print(f"{len(rows)} row(s)", file=out)


def write_csv(rows: list[dict], out) -> None:
    import csv
    import json

    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow(
            {
                **{c: row.get(c) for c in COLUMNS},
                "detail": json.dumps(row.get("detail") or {}, sort_keys=True),
            }
        )


def run(args: argparse.Namespace) -> int:
    import sqlite3

    from slack_app.config import SettingsError, load_settings
    from slack_app.store import Store, StoreError, audit_rows
    from slack_app.store.connection import RESTORE

    try:
        since = parse_since(args.since) if args.since else None
    except ValueError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    try:
        settings = load_settings(args.config)
        store = Store(settings.database.path, require_writable=False)
    except (SettingsError, StoreError) as exc:
        print(str(exc), file=sys.stderr)
        return 2
    with store:
        problems = store.check()
        if problems:
            print(
                f"warning: {store.path}: the database file is damaged ({problems[0]}); the "
                "audit log below may be incomplete. Keep this file, and restore the latest "
                f"backup ({RESTORE}).",
                file=sys.stderr,
            )
        try:
            rows = audit_rows(store, since)
        except sqlite3.DatabaseError as exc:
            print(f"{store.path}: cannot read the audit log ({exc}).", file=sys.stderr)
            return 2
    (write_csv if args.csv else write_table)(rows, sys.stdout)
    return 1 if problems else 0
