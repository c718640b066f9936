"""Every draft attempt for a review, passed or blocked, numbered 1, 2, ... per review."""

from __future__ import annotations

import json
from collections.abc import Iterable

from slack_app.store.connection import Store, clean, dumps, now_iso

_DRAFT_TEXT_FIELDS = ("backend", "model", "prompt_version", "instruction", "author", "language")


def save_draft(store: Store, key: str, row: dict) -> int:
    """Store one draft attempt (passed or not) and return its version: 1, 2, ... per review."""
    unknown = set(row) - {"text", "passed", "findings", "usage", *_DRAFT_TEXT_FIELDS}
    if unknown:
        raise ValueError(f"save_draft: unknown draft field(s) {sorted(unknown)}")
    if not isinstance(row.get("text"), str):
        raise ValueError("save_draft: 'text' must be a string")
    with store.write() as db:
        # Under the write lock, so two writers cannot take the same version.
        latest = db.execute(
            "SELECT max(version) FROM drafts WHERE review_key = ?", [key]
        ).fetchone()[0]
        version = (latest or 0) + 1
        db["drafts"].insert(
            {
                "review_key": key,
                "version": version,
                # what is stored is what the card shows and what is posted
                "text": clean(row["text"]),
                "passed": int(bool(row.get("passed"))),
                "findings": dumps(list(row.get("findings") or [])),
                "usage": dumps(dict(row.get("usage") or {})),
                **{name: clean(str(row.get(name) or "")) for name in _DRAFT_TEXT_FIELDS},
                "created_at": now_iso(),
            }
        )
    return version


def _draft_from_row(row: dict) -> dict:
    row.pop("id", None)
    row["passed"] = bool(row["passed"])
    row["findings"] = json.loads(row["findings"])
    row["usage"] = json.loads(row["usage"])
    return row


def drafts(store: Store, key: str) -> list[dict]:
    """Every stored attempt for a review, oldest (version 1) first."""
    return [
        _draft_from_row(row)
        for row in store.db["drafts"].rows_where("review_key = ?", [key], order_by="version")
    ]


def latest_draft(store: Store, key: str, *, passed_only: bool = False) -> dict | None:
    where = "review_key = ?" + (" AND passed = 1" if passed_only else "")
    rows = store.db["drafts"].rows_where(where, [key], order_by="version DESC", limit=1)
    row = next(rows, None)
    return _draft_from_row(row) if row else None


def get_draft(store: Store, key: str, version: int) -> dict | None:
    rows = store.db["drafts"].rows_where("review_key = ? AND version = ?", [key, version])
    row = next(rows, None)
    return _draft_from_row(row) if row else None


def recent_reply_texts(
    store: Store, locations: Iterable[tuple[str, str]], *, reviews: int = 20
) -> list[str]:
    """The passed draft texts of the `reviews` reviews of these (source, location id) pairs
    drafted most recently, newest first: what the office's latest replies said, so a template
    reply does not repeat one. Each pair is one index lookup (reviews_source_identity)."""
    pairs = list(dict.fromkeys(locations))
    if not pairs:
        return []
    where = " OR ".join("(r.source = ? AND r.location_id = ?)" for _ in pairs)
    rows = store.db.execute(
        f"WITH recent AS (SELECT d.review_key, max(d.id) AS last FROM reviews r "
        f"JOIN drafts d ON d.review_key = r.review_key WHERE {where} "
        f"GROUP BY d.review_key ORDER BY last DESC LIMIT ?) "
        f"SELECT d.text FROM recent JOIN drafts d ON d.review_key = recent.review_key "
        f"WHERE d.passed = 1 ORDER BY d.id DESC",
        [value for pair in pairs for value in pair] + [reviews],
    ).fetchall()
    return [row[0] for row in rows]
