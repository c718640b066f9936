"""Every draft attempt for a review, passed or blocked, numbered 1, 2, ... per review."""

from __future__ import annotations

import json

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
