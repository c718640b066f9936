"""The database: the file can be read and written, SQLite's quick check finds it sound, its
schema is one this version knows; and what the last polls left for a person to look at
(reviews set aside because they cannot be stored, risk manager messages that could not be
sent, sources that are failing).

Doctor never changes the file: it is opened read-only (`mode=ro`), never created or migrated.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from slack_app.config import Settings
from slack_app.doctor.results import OPS, CheckResult
from slack_app.store.migrations import MIGRATION_NAMES

AREA = "Database"
RESTORE = f"stop the app and restore the latest backup ({OPS}, sections 8 and 11)"
SHOWN = 3  # findings listed in one detail


def check_database(settings: Settings | None) -> list[CheckResult]:
    if settings is None:
        return [CheckResult(AREA, "database file", "skip", "no usable settings file")]
    path = Path(settings.database.path)
    if not path.exists():
        return [_not_created(path)]
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
    except sqlite3.Error as exc:
        return [CheckResult(AREA, "database file", "fail", f"{path}: cannot open ({exc})", RESTORE)]
    try:
        return [_access(path), _integrity(conn, path), *_contents(conn)]
    finally:
        conn.close()


def _not_created(path: Path) -> CheckResult:
    folder = next((p for p in path.parents if p.exists()), None)
    if folder is None or not folder.is_dir() or not os.access(folder, os.W_OK | os.X_OK):
        return CheckResult(
            AREA,
            "database file",
            "fail",
            f"{path} does not exist and cannot be created (no writable folder on the way)",
            "create the folder, writable by the user that runs Review Assistant, or change "
            "[database] path",
        )
    return CheckResult(
        AREA,
        "database file",
        "ok",
        f"{path} is not created yet; the first `run` or `poll` creates it",
    )


def _access(path: Path) -> CheckResult:
    unwritable = [str(p) for p in (path, path.parent) if not os.access(p, os.W_OK)]
    if unwritable:
        return CheckResult(
            AREA,
            "database file",
            "fail",
            f"{path}: cannot be written by this user ({', '.join(unwritable)} read-only)",
            "make the file and its folder writable by the user that runs Review Assistant "
            "(run doctor as that user)",
        )
    size = path.stat().st_size
    return CheckResult(AREA, "database file", "ok", f"{path} ({size / 1e6:.1f} MB), writable")


def _integrity(conn: sqlite3.Connection, path: Path) -> CheckResult:
    try:
        rows = [row[0] for row in conn.execute("PRAGMA quick_check(10)").fetchall()]
        applied = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = 'review-assistant' "
                "ORDER BY id"
            )
        ]
    except sqlite3.DatabaseError as exc:  # too damaged to check at all
        return CheckResult(AREA, "quick check", "fail", f"the file is damaged: {exc}", RESTORE)
    if rows != ["ok"]:
        return CheckResult(
            AREA, "quick check", "fail", f"the file is damaged: {'; '.join(rows[:SHOWN])}", RESTORE
        )
    newer = [name for name in applied if name not in MIGRATION_NAMES]
    if newer:
        return CheckResult(
            AREA,
            "quick check",
            "fail",
            f"sound, but written by a newer Review Assistant ({', '.join(newer)})",
            "upgrade this installation before running it on this database",
        )
    pending = len(MIGRATION_NAMES) - len(applied)
    upgrade = f"; {pending} schema upgrade(s) applied at the next start" if pending > 0 else ""
    schema = f"; schema {applied[-1]}" if applied else ""
    return CheckResult(AREA, "quick check", "ok", f"sound (PRAGMA quick_check){schema}{upgrade}")


def _rows(conn: sqlite3.Connection, sql: str) -> list[tuple]:
    try:
        return conn.execute(sql).fetchall()
    except sqlite3.OperationalError:  # an older schema without that table: nothing to say
        return []


def _contents(conn: sqlite3.Connection) -> list[CheckResult]:
    set_aside = _rows(
        conn,
        "SELECT source, source_review_id, reason FROM set_aside_reviews ORDER BY first_seen_at",
    )
    failed = _rows(
        conn,
        "SELECT e.review_key, n.recipient, n.error FROM escalation_notices n "
        "JOIN escalations e ON e.id = n.escalation_id WHERE n.state = 'failed'",
    )
    failing = _rows(
        conn,
        "SELECT source, location_name, location_id, since, problem FROM source_health "
        "WHERE status = 'failing' ORDER BY source, location_id",
    )
    return [
        result
        for result in (
            _listed(
                "reviews set aside",
                f"{len(set_aside)} review(s) could not be stored",
                [f"{s} review {i}: {why}" for s, i, why in set_aside],
                "read them on the review site and answer them there if they need a reply; an "
                "edit by their author brings them back",
            ),
            _listed(
                "risk manager messages",
                f"{len(failed)} escalation message(s) could not be sent",
                [f"to {who} about {key}: {error}" for key, who, error in failed],
                "check [slack] risk_managers and risk_channel (see the Slack checks above)",
            ),
            _listed(
                "last poll",
                f"{len(failing)} source(s) failing",
                [
                    f"{source} {name or location} since {since[:16]}: {problem}"
                    for source, name, location, since, problem in failing
                ],
                "see the checks for those services above",
            ),
        )
        if result is not None
    ]


def _listed(name: str, summary: str, items: list[str], fix: str) -> CheckResult | None:
    """A warning listing the first few `items`, or None when there are none."""
    if not items:
        return None
    detail = f"{summary}: {'; '.join(items[:SHOWN])}"
    return CheckResult(AREA, name, "warn", detail, fix, required=False)
