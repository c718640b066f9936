"""Reviews as the sources report them, and the earlier wording of edited ones."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, fields
from typing import Any

from slack_app.models import Review
from slack_app.store.connection import Store, get_row, now_iso

# Fields a source reports; a difference in any of them is a change to the review.
_REVIEW_CONTENT = (
    "location_name",
    "stars",
    "reviewer_name",
    "text",
    "is_excerpt",
    "url",
    "created_at",
    "updated_at",
    "owner_reply",
)


@dataclass(frozen=True)
class SaveResult:
    new: list[str]  # review keys stored for the first time
    updated: list[str]  # review keys whose content changed (earlier wording kept)
    unchanged: list[str]

    @property
    def counts(self) -> tuple[int, int, int]:
        return len(self.new), len(self.updated), len(self.unchanged)


def _content(review: Review) -> dict[str, Any]:
    return {
        "location_name": review.location_name,
        "stars": review.stars,
        "reviewer_name": review.reviewer_name,
        "text": review.text,
        "is_excerpt": int(review.is_excerpt),
        "url": review.url,
        "created_at": review.created_at,
        "updated_at": review.updated_at,
        "owner_reply": review.owner_reply,
    }


def _chunks(items: Sequence, size: int = 500) -> Iterator[Sequence]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def save_reviews(store: Store, reviews: Iterable[Review]) -> SaveResult:
    """Upsert reviews in one transaction. A review seen again with different content is
    updated in place (same key) and its earlier wording goes to `review_changes`."""
    batch: dict[str, Review] = {}
    for review in reviews:
        batch[review.key] = review  # the last report of a key within one batch wins
    new: list[str] = []
    updated: list[str] = []
    unchanged: list[str] = []
    if not batch:
        return SaveResult(new, updated, unchanged)
    at = now_iso()
    with store.write() as db:
        # review key -> (stored content, times it changed before)
        existing: dict[str, tuple[dict, int]] = {}
        for keys in _chunks(list(batch)):
            for row in db["reviews"].rows_where(
                f"review_key IN ({','.join('?' * len(keys))})",
                list(keys),
                select=", ".join(("review_key", "change_count", *_REVIEW_CONTENT)),
            ):
                key, changes_before = row.pop("review_key"), row.pop("change_count")
                existing[key] = (row, changes_before)
        inserts: list[dict] = []
        earlier: list[dict] = []
        for key, review in batch.items():
            content = _content(review)
            if key not in existing:
                new.append(key)
                inserts.append(
                    {
                        "review_key": key,
                        "source": review.source,
                        "location_id": review.location_id,
                        "source_review_id": review.source_review_id,
                        **content,
                        "first_seen_at": at,
                        "last_changed_at": at,
                    }
                )
                continue
            before, changes_before = existing[key]
            if before == content:
                unchanged.append(key)
                continue
            updated.append(key)
            earlier.append(
                {
                    "review_key": key,
                    "changed_at": at,
                    "previous_stars": before["stars"],
                    "previous_text": before["text"],
                    "previous_updated_at": before["updated_at"],
                    "previous_owner_reply": before["owner_reply"],
                }
            )
            db["reviews"].update(
                key, {**content, "last_changed_at": at, "change_count": changes_before + 1}
            )
        db["review_changes"].insert_all(earlier)
        db["reviews"].insert_all(inserts)
    return SaveResult(new, updated, unchanged)


# What SQLite (or the driver binding a value) raises for a value it cannot store: a review's
# own problem, unlike a full disk or a damaged file (StorageFault), which stops the poll.
UNSTORABLE = (UnicodeEncodeError, OverflowError, sqlite3.DataError, sqlite3.InterfaceError)
_FIELD_LABELS = {"text": "text", "reviewer_name": "reviewer name", "source_review_id": "id"}


def save_storable(
    store: Store, reviews: Sequence[Review]
) -> tuple[SaveResult, list[tuple[Review, str]]]:
    """`save_reviews`, except that reviews SQLite cannot store are left out and returned with
    the reason, and the rest are stored. One transaction; reviews are saved one at a time
    (each a savepoint) only when the whole batch was refused."""
    try:
        with store.write():
            return save_reviews(store, reviews), []
    except UNSTORABLE:
        pass
    new: list[str] = []
    updated: list[str] = []
    unchanged: list[str] = []
    refused: list[tuple[Review, str]] = []
    with store.write():
        for review in reviews:
            try:
                with store.write():
                    result = save_reviews(store, [review])
            except UNSTORABLE as exc:
                refused.append((review, why_unstorable(review, exc)))
                continue
            new += result.new
            updated += result.updated
            unchanged += result.unchanged
    return SaveResult(new, updated, unchanged), refused


def why_unstorable(review: Review, exc: BaseException) -> str:
    """One line for people: which field, and what is wrong with it."""
    for item in fields(review):
        value = getattr(review, item.name)
        if not isinstance(value, str):
            continue
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as bad:
            label = _FIELD_LABELS.get(item.name, item.name.replace("_", " "))
            return (
                f"its {label} contains a character that is not valid text "
                f"(U+{ord(value[bad.start]):04X}, a lone surrogate, at position {bad.start + 1})"
            )
    return f"SQLite cannot store it ({type(exc).__name__}: {exc})"


def _review_from_row(row: dict) -> Review:
    return Review(
        source=row["source"],
        location_id=row["location_id"],
        source_review_id=row["source_review_id"],
        stars=row["stars"],
        reviewer_name=row["reviewer_name"],
        text=row["text"],
        is_excerpt=bool(row["is_excerpt"]),
        url=row["url"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        owner_reply=row["owner_reply"],
        location_name=row["location_name"],
    )


def get_review(store: Store, key: str) -> Review | None:
    row = review_row(store, key)
    return _review_from_row(row) if row else None


def review_row(store: Store, key: str) -> dict | None:
    """The stored row with bookkeeping (first_seen_at, last_changed_at, change_count)."""
    return get_row(store.db, "reviews", key)


def review_changes(store: Store, key: str) -> list[dict]:
    """Earlier versions of an edited review, oldest first."""
    return list(
        store.db["review_changes"].rows_where(
            "review_key = ?",
            [key],
            select="changed_at, previous_stars, previous_text, previous_updated_at, "
            "previous_owner_reply",
            order_by="id",
        )
    )


def reviews_awaiting_reply(
    store: Store, *, since: str = "", locations: Iterable[tuple[str, str]] | None = None
) -> list[Review]:
    """Reviews in reply state `new` (not yet drafted or announced) with no owner reply on the
    site, created or updated at or after `since` (store time format), oldest first.
    `locations` limits them to (source, location_id) pairs."""
    rows = store.db.query(
        "SELECT reviews.* FROM reviews JOIN reply_state USING (review_key) "
        "WHERE reply_state.state = 'new' AND reviews.owner_reply = '' "
        "AND max(reviews.created_at, reviews.updated_at) >= ? "
        "ORDER BY reviews.created_at, reviews.review_key",
        [since],
    )
    wanted = set(locations) if locations is not None else None
    return [
        _review_from_row(row)
        for row in rows
        if wanted is None or (row["source"], row["location_id"]) in wanted
    ]
