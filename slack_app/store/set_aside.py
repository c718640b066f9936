"""Reviews a source sent that cannot be stored (a lone surrogate in the text, a field SQLite
refuses): kept by id with the reason, so they are said once and the rest of the poll goes on.
A review stored later under the same id (its author edited it) is taken off the list."""

from __future__ import annotations

from collections.abc import Iterable

from slack_app.store.connection import Store, now_iso


def printable(text: str) -> str:
    """`text` as it can always be stored and printed: invalid characters become escapes."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def set_aside_review(
    store: Store, source: str, location_id: str, review_id: str, reason: str
) -> bool:
    """Remember a review that cannot be stored. True the first time (say it then), False when
    it was already set aside (it is only counted)."""
    key = (printable(source), printable(location_id), printable(review_id))
    at = now_iso()
    with store.write() as db:
        seen = db.execute(
            "UPDATE set_aside_reviews SET last_seen_at = ?, times_seen = times_seen + 1, "
            "reason = ? WHERE source = ? AND location_id = ? AND source_review_id = ?",
            [at, printable(reason), *key],
        ).rowcount
        if seen:
            return False
        db["set_aside_reviews"].insert(
            {
                "source": key[0],
                "location_id": key[1],
                "source_review_id": key[2],
                "reason": printable(reason),
                "first_seen_at": at,
                "last_seen_at": at,
            }
        )
    return True


def forget_set_aside(store: Store, source: str, location_id: str, review_ids: Iterable[str]):
    """Reviews stored now are no longer set aside."""
    ids = list(review_ids)
    if not ids:
        return
    with store.write() as db:
        db.execute(
            f"DELETE FROM set_aside_reviews WHERE source = ? AND location_id = ? "
            f"AND source_review_id IN ({','.join('?' * len(ids))})",
            [source, location_id, *ids],
        )


def set_aside_reviews(store: Store) -> list[dict]:
    """Every review set aside, oldest first."""
    return list(
        store.db["set_aside_reviews"].rows_where(order_by="first_seen_at, source_review_id")
    )
