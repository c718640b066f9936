"""Sync state: one row per source and location (watermark, last success or error, running
count); location "*" holds a source-wide pause such as Yelp's daily cap. `api_calls` counts the
calls to a site's API per UTC day (Yelp's daily budget)."""

from __future__ import annotations

from typing import Any

from slack_app.store.connection import Store, clean, get_row, now_iso

SYNC_FIELDS = (
    "watermark",
    "last_success_at",
    "last_error",
    "last_error_at",
    "paused_until",
    "pause_reason",
    "reviews_stored",
)


def get_sync_state(store: Store, source: str, location_id: str) -> dict | None:
    return get_row(store.db, "sync_state", (source, location_id))


def set_sync_state(store: Store, source: str, location_id: str, **fields: Any) -> None:
    """Create or update the sync row; `reviews_stored` is added to the running total."""
    unknown = set(fields) - set(SYNC_FIELDS)
    if unknown:
        raise ValueError(f"unknown sync_state field(s) {sorted(unknown)}")
    stored = int(fields.pop("reviews_stored", 0) or 0)
    # last_error and pause_reason repeat what a site answered: never store a secret it echoed
    values = {name: "" if value is None else clean(str(value)) for name, value in fields.items()}
    with store.write() as db:
        before = get_row(db, "sync_state", (source, location_id))
        db["sync_state"].upsert(
            {
                "source": source,
                "location_id": location_id,
                "updated_at": now_iso(),
                "reviews_stored": (before["reviews_stored"] if before else 0) + stored,
                **values,
            },
            pk=("source", "location_id"),
        )


def sync_states(store: Store) -> list[dict]:
    return list(store.db["sync_state"].rows_where(order_by="source, location_id"))


def add_api_calls(store: Store, source: str, day: str, calls: int) -> int:
    """Count `calls` more to `source`'s API on `day` (YYYY-MM-DD, UTC); returns the day's
    total. One statement, so two processes counting at once add up."""
    with store.write() as db:
        db.execute(
            "INSERT INTO api_calls (source, day, calls, updated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (source, day) DO UPDATE SET calls = calls + excluded.calls, "
            "updated_at = excluded.updated_at",
            [source, day, max(0, int(calls)), now_iso()],
        )
    return api_calls(store, source, day)


def api_calls(store: Store, source: str, day: str) -> int:
    row = get_row(store.db, "api_calls", (source, day))
    return int(row["calls"]) if row else 0
