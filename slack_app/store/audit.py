"""The append-only audit log: who did what to which review, when (triggers refuse UPDATE and
DELETE on the table)."""

from __future__ import annotations

import json

from sqlite_utils import Database

from slack_app.store.connection import Store, clean, dumps, now_iso


def insert_audit(
    db: Database,
    at: str,
    actor: str,
    action: str,
    key: str | None,
    draft_version: int | None,
    text: str | None,
    detail: dict | None,
) -> int:
    """One audit row on `db`, inside the caller's transaction; returns its id."""
    table = db["audit_log"].insert(
        {
            "at": at,
            "actor": actor,
            "action": action,
            "review_key": key,
            "draft_version": draft_version,
            "text": clean(text),
            "detail": dumps(detail or {}),
        }
    )
    return int(table.last_rowid)


def audit(
    store: Store,
    actor: str,
    action: str,
    review_key: str | None = None,
    draft_version: int | None = None,
    text: str | None = None,
    detail: dict | None = None,
) -> int:
    """Append one audit row; returns its id."""
    if not actor or not action:
        raise ValueError("audit: actor and action are required")
    with store.write() as db:
        return insert_audit(db, now_iso(), actor, action, review_key, draft_version, text, detail)


def audit_rows(
    store: Store, since: str | int | None = None, *, review_key: str | None = None
) -> list[dict]:
    """Audit rows in the order written. `since` is an audit id (rows after it) or a store
    timestamp such as "2026-11-23T00:00:00Z" (rows at or after it)."""
    where, params = [], []
    if isinstance(since, int):
        where.append("id > ?")
        params.append(since)
    elif since:
        where.append("at >= ?")
        params.append(since)
    if review_key is not None:
        where.append("review_key = ?")
        params.append(review_key)
    rows = list(
        store.db["audit_log"].rows_where(
            " AND ".join(where) if where else None, params, order_by="id"
        )
    )
    for row in rows:
        row["detail"] = json.loads(row["detail"])
    return rows
