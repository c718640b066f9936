"""The practice's record: reviews, every draft attempt, reply state, the audit log, sync state.

One SQLite file in WAL mode, opened through sqlite-utils 4.x. Bolt runs listeners on worker
threads and `review-assistant run` and `poll` may run as two processes, so:

* every thread gets its own connection (`Store.db` is the calling thread's `Database`);
* every write runs in `Store.write()`, a `BEGIN IMMEDIATE` transaction: the write lock is
  taken up front, so two writers queue on `busy_timeout` instead of failing half-way;
* a reply-state transition is one conditional `UPDATE ... WHERE state IN (...)` plus its audit
  row in the same transaction, so of two concurrent callers exactly one wins.

The schema is versioned with `sqlite_utils.migrations.Migrations`. Adding a migration is one
decorated function appended at the end of the migrations section; a database written by an
older version is upgraded on open and never dropped.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from slack_app.models import Review, review_key  # review_key re-exported for callers

__all__ = [
    "REPLY_FIELDS",
    "REPLY_STATES",
    "SYNC_FIELDS",
    "SaveResult",
    "Store",
    "StoreError",
    "audit",
    "audit_rows",
    "claim_announcement",
    "count",
    "drafts",
    "ensure_reply_state",
    "get_draft",
    "get_review",
    "get_sync_state",
    "latest_draft",
    "now_iso",
    "replies_posted_since",
    "reply_state",
    "reply_states",
    "review_changes",
    "review_key",
    "review_row",
    "reviews_awaiting_reply",
    "save_draft",
    "save_reviews",
    "set_reply_fields",
    "set_sync_state",
    "sync_states",
    "transition",
]

REPLY_STATES = (
    "new",
    "drafted",
    "escalated",
    "cleared",
    "approved",
    "posting",
    "posted",
    "post_failed",
    "dismissed",
)

BUSY_TIMEOUT_SECONDS = 30.0


class StoreError(Exception):
    """The database cannot be used as asked; the message says why and what to do."""


def now_iso() -> str:
    """Current UTC time as the store writes it: fixed width, so strings sort as times."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


# --------------------------------------------------------------------------------------------
# Migrations. Append new ones at the end; never edit one that has shipped.
# --------------------------------------------------------------------------------------------

MIGRATIONS = Migrations("review-assistant")


@MIGRATIONS(name="0001_initial")
def _m0001_initial(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE reviews (
            review_key TEXT PRIMARY KEY,
            source TEXT NOT NULL,
            location_id TEXT NOT NULL,
            source_review_id TEXT NOT NULL,
            location_name TEXT NOT NULL DEFAULT '',
            stars INTEGER,
            reviewer_name TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL DEFAULT '',
            is_excerpt INTEGER NOT NULL DEFAULT 0,
            url TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL DEFAULT '',
            owner_reply TEXT NOT NULL DEFAULT '',
            first_seen_at TEXT NOT NULL,
            last_changed_at TEXT NOT NULL,
            change_count INTEGER NOT NULL DEFAULT 0
        );
        CREATE UNIQUE INDEX reviews_source_identity
            ON reviews (source, location_id, source_review_id);

        CREATE TABLE drafts (
            id INTEGER PRIMARY KEY,
            review_key TEXT NOT NULL,
            version INTEGER NOT NULL,
            text TEXT NOT NULL,
            backend TEXT NOT NULL DEFAULT '',
            model TEXT NOT NULL DEFAULT '',
            prompt_version TEXT NOT NULL DEFAULT '',
            passed INTEGER NOT NULL DEFAULT 0,
            findings TEXT NOT NULL DEFAULT '[]',
            usage TEXT NOT NULL DEFAULT '{}',
            instruction TEXT NOT NULL DEFAULT '',
            author TEXT NOT NULL DEFAULT '',
            language TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        );
        CREATE UNIQUE INDEX drafts_review_version ON drafts (review_key, version);

        CREATE TABLE reply_state (
            review_key TEXT PRIMARY KEY,
            state TEXT NOT NULL,
            draft_version INTEGER,
            card_channel TEXT NOT NULL DEFAULT '',
            card_ts TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL,
            updated_by TEXT NOT NULL DEFAULT ''
        );

        CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            review_key TEXT,
            draft_version INTEGER,
            text TEXT,
            detail TEXT NOT NULL DEFAULT '{}'
        );
        CREATE INDEX audit_log_review ON audit_log (review_key);
        CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: UPDATE refused'); END;
        CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: DELETE refused'); END;

        CREATE TABLE sync_state (
            source TEXT NOT NULL,
            location_id TEXT NOT NULL,
            watermark TEXT NOT NULL DEFAULT '',
            last_success_at TEXT NOT NULL DEFAULT '',
            last_error TEXT NOT NULL DEFAULT '',
            last_error_at TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL,
            PRIMARY KEY (source, location_id)
        );
        """
    )


@MIGRATIONS(name="0002_review_history_reply_workflow_pauses")
def _m0002_history_workflow_pauses(db: Database) -> None:
    # Edited reviews keep their earlier wording; the Slack workflow needs announce bookkeeping,
    # triage, escalation and posting columns; Yelp's daily cap pauses a source until a time.
    db.executescript(
        """
        CREATE TABLE review_changes (
            id INTEGER PRIMARY KEY,
            review_key TEXT NOT NULL,
            changed_at TEXT NOT NULL,
            previous_stars INTEGER,
            previous_text TEXT NOT NULL,
            previous_updated_at TEXT NOT NULL,
            previous_owner_reply TEXT NOT NULL
        );
        CREATE INDEX review_changes_review ON review_changes (review_key);

        ALTER TABLE reply_state ADD COLUMN created_at TEXT NOT NULL DEFAULT '';
        ALTER TABLE reply_state ADD COLUMN announce_claimed_at TEXT NOT NULL DEFAULT '';
        ALTER TABLE reply_state ADD COLUMN announced_at TEXT NOT NULL DEFAULT '';
        ALTER TABLE reply_state ADD COLUMN triage TEXT NOT NULL DEFAULT '{}';
        ALTER TABLE reply_state ADD COLUMN escalation_note TEXT NOT NULL DEFAULT '';
        ALTER TABLE reply_state ADD COLUMN note TEXT NOT NULL DEFAULT '';
        ALTER TABLE reply_state ADD COLUMN posted_text TEXT NOT NULL DEFAULT '';
        ALTER TABLE reply_state ADD COLUMN posted_at TEXT NOT NULL DEFAULT '';
        ALTER TABLE reply_state ADD COLUMN post_error TEXT NOT NULL DEFAULT '';
        CREATE INDEX reply_state_state ON reply_state (state);

        ALTER TABLE sync_state ADD COLUMN paused_until TEXT NOT NULL DEFAULT '';
        ALTER TABLE sync_state ADD COLUMN pause_reason TEXT NOT NULL DEFAULT '';
        ALTER TABLE sync_state ADD COLUMN reviews_stored INTEGER NOT NULL DEFAULT 0;
        """
    )


# --------------------------------------------------------------------------------------------
# The store object: path, per-thread connections, write transactions.
# --------------------------------------------------------------------------------------------


class Store:
    """One SQLite file. `Store(path)` creates or upgrades it; `store.db` is this thread's
    sqlite-utils `Database`; `with store.write() as db:` is one IMMEDIATE transaction."""

    def __init__(self, path: str | Path) -> None:
        if str(path) in ("", ":memory:"):
            # Each thread has its own connection, so an in-memory database would not be shared.
            raise ValueError("Store needs a file path (use tmp_path in tests), not :memory:")
        self.path = Path(path)
        self._local = threading.local()
        self._connections: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        if self.path.parent and not self.path.parent.exists():
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self._migrate()

    def __repr__(self) -> str:
        return f"Store({str(self.path)!r})"

    @property
    def db(self) -> Database:
        db = getattr(self._local, "db", None)
        if db is None:
            db = self._open()
            self._local.db = db
        return db

    def _open(self) -> Database:
        try:
            # check_same_thread=False only so close() can close every thread's connection;
            # each connection is still used by the one thread that opened it.
            conn = sqlite3.connect(
                str(self.path), timeout=BUSY_TIMEOUT_SECONDS, check_same_thread=False
            )
            db = Database(conn)
            with db.ensure_autocommit_on():
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_SECONDS * 1000)}")
                conn.execute("PRAGMA synchronous=NORMAL")
                conn.execute("PRAGMA foreign_keys=ON")
        except sqlite3.DatabaseError as exc:
            raise StoreError(
                f"{self.path}: cannot open the database ({exc}); check the path in "
                "[database] path and that the file is a Review Assistant SQLite database"
            ) from exc
        with self._lock:
            self._connections.append(conn)
        return db

    @contextlib.contextmanager
    def write(self) -> Iterator[Database]:
        """One write transaction on this thread's connection, holding the write lock from the
        start. Nested use joins the outer transaction (as a savepoint)."""
        db = self.db
        if db.conn.in_transaction:
            with db.atomic():
                yield db
            return
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            db.rollback()
            raise
        else:
            try:
                db.execute("COMMIT")
            except BaseException:
                db.rollback()
                raise

    def _migrate(self) -> None:
        known = {migration.name for migration in MIGRATIONS._migrations}
        try:
            with self.write() as db:
                # Under the write lock: a second process starting at the same moment waits,
                # then finds nothing pending.
                unknown = [m.name for m in MIGRATIONS.applied(db) if m.name not in known]
                if unknown:
                    raise StoreError(
                        f"{self.path}: written by a newer Review Assistant (migrations "
                        f"{', '.join(unknown)}); upgrade this installation before using it"
                    )
                MIGRATIONS.apply(db)
        except sqlite3.DatabaseError as exc:
            raise StoreError(
                f"{self.path}: cannot prepare the database ({exc}); is it a Review Assistant "
                "database, and is the disk writable?"
            ) from exc

    def applied_migrations(self) -> list[str]:
        return [m.name for m in MIGRATIONS.applied(self.db)]

    def close(self) -> None:
        """Close every connection this store opened (all threads)."""
        with self._lock:
            connections, self._connections = self._connections, []
        for conn in connections:
            conn.close()
        self._local = threading.local()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _one(db: Database, sql: str, params: Sequence | dict | None = None) -> dict | None:
    return next(iter(db.query(sql, params)), None)


# --------------------------------------------------------------------------------------------
# Reviews
# --------------------------------------------------------------------------------------------

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
        existing: dict[str, dict] = {}
        for keys in _chunks(list(batch)):
            marks = ",".join("?" * len(keys))
            for row in db.query(
                f"SELECT review_key, {', '.join(_REVIEW_CONTENT)} FROM reviews "
                f"WHERE review_key IN ({marks})",
                list(keys),
            ):
                existing[row.pop("review_key")] = row
        inserts: list[tuple] = []
        for key, review in batch.items():
            content = _content(review)
            before = existing.get(key)
            if before is None:
                new.append(key)
                inserts.append(
                    (
                        key,
                        review.source,
                        review.location_id,
                        review.source_review_id,
                        *content.values(),
                        at,
                        at,
                    )
                )
            elif before == content:
                unchanged.append(key)
            else:
                updated.append(key)
                db.execute(
                    "INSERT INTO review_changes (review_key, changed_at, previous_stars, "
                    "previous_text, previous_updated_at, previous_owner_reply) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    [
                        key,
                        at,
                        before["stars"],
                        before["text"],
                        before["updated_at"],
                        before["owner_reply"],
                    ],
                )
                assignments = ", ".join(f"{name} = ?" for name in content)
                db.execute(
                    f"UPDATE reviews SET {assignments}, last_changed_at = ?, "
                    "change_count = change_count + 1 WHERE review_key = ?",
                    [*content.values(), at, key],
                )
        if inserts:
            columns = (
                "review_key",
                "source",
                "location_id",
                "source_review_id",
                *_REVIEW_CONTENT,
                "first_seen_at",
                "last_changed_at",
            )
            db.conn.executemany(
                f"INSERT INTO reviews ({', '.join(columns)}) "
                f"VALUES ({', '.join('?' * len(columns))})",
                inserts,
            )
    return SaveResult(new, updated, unchanged)


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
    row = _one(store.db, "SELECT * FROM reviews WHERE review_key = ?", [key])
    return _review_from_row(row) if row else None


def review_row(store: Store, key: str) -> dict | None:
    """The stored row with bookkeeping (first_seen_at, last_changed_at, change_count)."""
    return _one(store.db, "SELECT * FROM reviews WHERE review_key = ?", [key])


def review_changes(store: Store, key: str) -> list[dict]:
    """Earlier versions of an edited review, oldest first."""
    return list(
        store.db.query(
            "SELECT changed_at, previous_stars, previous_text, previous_updated_at, "
            "previous_owner_reply FROM review_changes WHERE review_key = ? ORDER BY id",
            [key],
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


# --------------------------------------------------------------------------------------------
# Drafts
# --------------------------------------------------------------------------------------------

_DRAFT_TEXT_FIELDS = ("backend", "model", "prompt_version", "instruction", "author", "language")


def save_draft(store: Store, key: str, row: dict) -> int:
    """Store one draft attempt (passed or not) and return its version: 1, 2, ... per review."""
    unknown = set(row) - {"text", "passed", "findings", "usage", *_DRAFT_TEXT_FIELDS}
    if unknown:
        raise ValueError(f"save_draft: unknown draft field(s) {sorted(unknown)}")
    if not isinstance(row.get("text"), str):
        raise ValueError("save_draft: 'text' must be a string")
    values = {name: str(row.get(name) or "") for name in _DRAFT_TEXT_FIELDS}
    with store.write() as db:
        version = _one(
            db,
            "SELECT coalesce(max(version), 0) + 1 AS next FROM drafts WHERE review_key = ?",
            [key],
        )["next"]
        db.execute(
            "INSERT INTO drafts (review_key, version, text, passed, findings, usage, "
            f"{', '.join(_DRAFT_TEXT_FIELDS)}, created_at) "
            f"VALUES (?, ?, ?, ?, ?, ?, {', '.join('?' * len(_DRAFT_TEXT_FIELDS))}, ?)",
            [
                key,
                version,
                row["text"],
                int(bool(row.get("passed"))),
                _dumps(list(row.get("findings") or [])),
                _dumps(dict(row.get("usage") or {})),
                *values.values(),
                now_iso(),
            ],
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
        for row in store.db.query(
            "SELECT * FROM drafts WHERE review_key = ? ORDER BY version", [key]
        )
    ]


def latest_draft(store: Store, key: str, *, passed_only: bool = False) -> dict | None:
    sql = "SELECT * FROM drafts WHERE review_key = ?"
    if passed_only:
        sql += " AND passed = 1"
    row = _one(store.db, sql + " ORDER BY version DESC LIMIT 1", [key])
    return _draft_from_row(row) if row else None


def get_draft(store: Store, key: str, version: int) -> dict | None:
    row = _one(
        store.db, "SELECT * FROM drafts WHERE review_key = ? AND version = ?", [key, version]
    )
    return _draft_from_row(row) if row else None


# --------------------------------------------------------------------------------------------
# Reply state and the audit log
# --------------------------------------------------------------------------------------------

# Columns callers may set through transition() / set_reply_fields().
REPLY_FIELDS = (
    "draft_version",
    "card_channel",
    "card_ts",
    "announce_claimed_at",
    "announced_at",
    "triage",
    "escalation_note",
    "note",
    "posted_text",
    "posted_at",
    "post_error",
)
_JSON_REPLY_FIELDS = ("triage",)


def _reply_assignments(fields: dict[str, Any]) -> tuple[list[str], list[Any]]:
    unknown = set(fields) - set(REPLY_FIELDS)
    if unknown:
        raise ValueError(
            f"unknown reply_state field(s) {sorted(unknown)}; allowed: {', '.join(REPLY_FIELDS)}"
        )
    columns, values = [], []
    for name, value in fields.items():
        if name in _JSON_REPLY_FIELDS:
            value = _dumps(value if value is not None else {})
        elif name != "draft_version" and value is None:
            value = ""
        columns.append(f"{name} = ?")
        values.append(value)
    return columns, values


def _reply_from_row(row: dict) -> dict:
    row["triage"] = json.loads(row["triage"] or "{}")
    return row


def reply_state(store: Store, key: str) -> dict | None:
    row = _one(store.db, "SELECT * FROM reply_state WHERE review_key = ?", [key])
    return _reply_from_row(row) if row else None


def reply_states(store: Store, states: Iterable[str] | None = None) -> list[dict]:
    """Reply-state rows, optionally only those in `states`, oldest update first."""
    if states is None:
        rows = store.db.query("SELECT * FROM reply_state ORDER BY updated_at, review_key")
    else:
        wanted = _check_states(states)
        rows = store.db.query(
            f"SELECT * FROM reply_state WHERE state IN ({','.join('?' * len(wanted))}) "
            "ORDER BY updated_at, review_key",
            list(wanted),
        )
    return [_reply_from_row(row) for row in rows]


def _check_states(states: str | Iterable[str]) -> tuple[str, ...]:
    states = (states,) if isinstance(states, str) else tuple(states)
    bad = [state for state in states if state not in REPLY_STATES]
    if bad or not states:
        raise ValueError(f"unknown reply state(s) {bad}; expected some of {REPLY_STATES}")
    return states


def ensure_reply_state(store: Store, key: str, *, actor: str = "poller") -> bool:
    """Create the reply state `new` for a review if it has none. True when it was created."""
    at = now_iso()
    with store.write() as db:
        created = db.execute(
            "INSERT INTO reply_state (review_key, state, created_at, updated_at, updated_by) "
            "VALUES (?, 'new', ?, ?, ?) ON CONFLICT (review_key) DO NOTHING",
            [key, at, at, actor],
        ).rowcount
        if created:
            _insert_audit(db, at, actor, "reply_state.created", key, None, None, {"state": "new"})
    return bool(created)


def transition(
    store: Store,
    key: str,
    expected: str | tuple[str, ...],
    new: str,
    *,
    actor: str,
    action: str,
    detail: dict | None = None,
    audit_text: str | None = None,
    **fields: Any,
) -> bool:
    """Move a reply from one of `expected` to `new`, setting `fields`, and audit it, in one
    transaction. Returns False (and writes nothing) when the reply is not in an expected state,
    for example because a concurrent caller (double click, Slack retry, other process) won."""
    expected_states = _check_states(expected)
    (new,) = _check_states(new)
    columns, values = _reply_assignments(fields)
    at = now_iso()
    marks = ",".join("?" * len(expected_states))
    with store.write() as db:
        before = _one(
            db, "SELECT state, draft_version FROM reply_state WHERE review_key = ?", [key]
        )
        won = db.execute(
            f"UPDATE reply_state SET state = ?, updated_at = ?, updated_by = ?"
            f"{''.join(', ' + column for column in columns)} "
            f"WHERE review_key = ? AND state IN ({marks})",
            [new, at, actor, *values, key, *expected_states],
        ).rowcount
        if not won:
            return False
        version = fields.get("draft_version", before["draft_version"] if before else None)
        _insert_audit(
            db,
            at,
            actor,
            action,
            key,
            version,
            audit_text,
            {"from": before["state"] if before else None, "to": new, **(detail or {})},
        )
    return True


def claim_announcement(
    store: Store, key: str, *, actor: str = "announcer", stale_after_seconds: float = 300.0
) -> bool:
    """Claim the right to post a review's card: one conditional UPDATE, so of two processes
    (or a retry after a crash) exactly one announces. A claim older than
    `stale_after_seconds` without `announced_at` is considered abandoned and can be taken."""
    now = datetime.now(UTC)
    stale = (now - timedelta(seconds=stale_after_seconds)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    at = now.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    with store.write() as db:
        won = db.execute(
            "UPDATE reply_state SET announce_claimed_at = ?, updated_at = ?, updated_by = ? "
            "WHERE review_key = ? AND announced_at = '' "
            "AND (announce_claimed_at = '' OR announce_claimed_at < ?)",
            [at, at, actor, key, stale],
        ).rowcount
    return bool(won)


def replies_posted_since(store: Store, source: str, location_id: str, since: str) -> int:
    """How many replies were posted for one location at or after `since` (store time), e.g.
    for Yelp's 20 replies per location a day."""
    return _one(
        store.db,
        "SELECT count(*) AS n FROM reply_state JOIN reviews USING (review_key) "
        "WHERE reviews.source = ? AND reviews.location_id = ? AND reply_state.posted_at >= ? "
        "AND reply_state.posted_at != ''",
        [source, location_id, since],
    )["n"]


def set_reply_fields(store: Store, key: str, **fields: Any) -> bool:
    """Update bookkeeping columns (card ts, triage, ...) without changing the state.
    Returns False when the review has no reply state."""
    if "state" in fields:
        raise ValueError("set_reply_fields cannot change the state; use transition()")
    if not fields:
        return reply_state(store, key) is not None
    columns, values = _reply_assignments(fields)
    with store.write() as db:
        changed = db.execute(
            f"UPDATE reply_state SET {', '.join(columns)}, updated_at = ? WHERE review_key = ?",
            [*values, now_iso(), key],
        ).rowcount
    return bool(changed)


def _insert_audit(
    db: Database,
    at: str,
    actor: str,
    action: str,
    key: str | None,
    draft_version: int | None,
    text: str | None,
    detail: dict | None,
) -> int:
    cursor = db.execute(
        "INSERT INTO audit_log (at, actor, action, review_key, draft_version, text, detail) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [at, actor, action, key, draft_version, text, _dumps(detail or {})],
    )
    return int(cursor.lastrowid)


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
        return _insert_audit(db, now_iso(), actor, action, review_key, draft_version, text, detail)


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
    sql = "SELECT * FROM audit_log"
    if where:
        sql += " WHERE " + " AND ".join(where)
    rows = list(store.db.query(sql + " ORDER BY id", params))
    for row in rows:
        row["detail"] = json.loads(row["detail"])
    return rows


# --------------------------------------------------------------------------------------------
# Sync state (one row per source and location; location "*" holds a source-wide pause)
# --------------------------------------------------------------------------------------------

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
    return _one(
        store.db,
        "SELECT * FROM sync_state WHERE source = ? AND location_id = ?",
        [source, location_id],
    )


def set_sync_state(store: Store, source: str, location_id: str, **fields: Any) -> None:
    """Create or update the sync row; `reviews_stored` is added to the running total."""
    unknown = set(fields) - set(SYNC_FIELDS)
    if unknown:
        raise ValueError(f"unknown sync_state field(s) {sorted(unknown)}")
    at = now_iso()
    stored = int(fields.pop("reviews_stored", 0) or 0)
    names = list(fields)
    values = ["" if fields[name] is None else str(fields[name]) for name in names]
    updates = "".join(f", {name} = excluded.{name}" for name in names)
    with store.write() as db:
        db.execute(
            f"INSERT INTO sync_state (source, location_id, updated_at, reviews_stored"
            f"{''.join(', ' + name for name in names)}) "
            f"VALUES (?, ?, ?, ?{', ?' * len(names)}) "
            "ON CONFLICT (source, location_id) DO UPDATE SET updated_at = excluded.updated_at, "
            f"reviews_stored = sync_state.reviews_stored + excluded.reviews_stored{updates}",
            [source, location_id, at, stored, *values],
        )


def sync_states(store: Store) -> list[dict]:
    return list(store.db.query("SELECT * FROM sync_state ORDER BY source, location_id"))


def count(store: Store, table: str) -> int:
    if table not in {
        "reviews",
        "drafts",
        "reply_state",
        "audit_log",
        "sync_state",
        "review_changes",
    }:
        raise ValueError(f"unknown table {table!r}")
    return _one(store.db, f"SELECT count(*) AS n FROM {table}")["n"]
