"""The store object: one SQLite file, a connection per thread, write transactions.

One SQLite file in WAL mode, opened through sqlite-utils 4.x. Bolt runs listeners on worker
threads and `review-assistant run` and `poll` may run as two processes, so:

* every thread gets its own connection (`Store.db` is the calling thread's `Database`);
* every write runs in `Store.write()`, a `BEGIN IMMEDIATE` transaction: the write lock is
  taken up front, so two writers queue on `busy_timeout` instead of failing half-way;
* a reply-state transition is one conditional `UPDATE ... WHERE state IN (...)` plus its audit
  row in the same transaction, so of two concurrent callers exactly one wins.

Opening a store applies pending migrations (`store.migrations`).

No secret is ever written: text that can carry an upstream's words (errors, notes, drafts,
JSON details) goes through `slack_app.redaction` first (`clean`, `dumps`).
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database
from sqlite_utils.db import NotFoundError

from slack_app.redaction import redact, redact_values
from slack_app.store.migrations import MIGRATION_NAMES, MIGRATIONS

BUSY_TIMEOUT_SECONDS = 30.0
TABLES = ("reviews", "drafts", "reply_state", "audit_log", "sync_state", "review_changes")
TIME_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


class StoreError(Exception):
    """The database cannot be used as asked; the message says why and what to do."""


def now_iso() -> str:
    """Current UTC time as the store writes it: fixed width, so strings sort as times."""
    return datetime.now(UTC).strftime(TIME_FORMAT)


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
        known = set(MIGRATION_NAMES)
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


def dumps(value: Any) -> str:
    """JSON as the store writes it: stable key order, no spaces, UTF-8 kept readable, secrets
    redacted from every string in it."""
    return json.dumps(
        redact_values(value), ensure_ascii=False, sort_keys=True, separators=(",", ":")
    )


def clean(value: Any) -> Any:
    """A column value as the store writes it: a string with secrets redacted; others as is."""
    return redact(value) if isinstance(value, str) else value


def get_row(db: Database, table: str, pk: Any) -> dict | None:
    """The row with this primary key (a tuple for a compound key), or None."""
    try:
        return db[table].get(pk)
    except NotFoundError:
        return None


def count(store: Store, table: str) -> int:
    if table not in TABLES:
        raise ValueError(f"unknown table {table!r}")
    return store.db[table].count
