"""The store object: one SQLite file, a connection per thread, write transactions.

One SQLite file in WAL mode, opened through sqlite-utils 4.x. Bolt runs listeners on worker
threads and `review-assistant run` and `poll` may run as two processes, so:

* every thread gets its own connection (`Store.db` is the calling thread's `Database`);
* every write runs in `Store.write()`, a `BEGIN IMMEDIATE` transaction: the write lock is
  taken up front, so two writers queue on `busy_timeout` instead of failing half-way;
* a reply-state transition is one conditional `UPDATE ... WHERE state IN (...)` plus its audit
  row in the same transaction, so of two concurrent callers exactly one wins.

Opening a store applies pending migrations (`store.migrations`) and checks that the file can
be written. When the file itself fails (a full disk, a read-only file or folder, a damaged
file) the sqlite3 error becomes a `StorageFault` whose message says what broke and what to do;
`Store.check()` runs SQLite's quick check for the commands that must not start on a damaged
file (`run`, `poll`).

No secret is ever written: text that can carry an upstream's words (errors, notes, drafts,
JSON details) goes through `slack_app.redaction` first (`clean`, `dumps`).
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlite_utils import Database
from sqlite_utils.db import NotFoundError

from slack_app.errors import StoreError
from slack_app.redaction import redact, redact_values
from slack_app.store.claims import register_claim_functions
from slack_app.store.migrations import MIGRATION_NAMES, MIGRATIONS

BUSY_TIMEOUT_SECONDS = 30.0
TABLES = (
    "reviews",
    "drafts",
    "reply_state",
    "audit_log",
    "sync_state",
    "review_changes",
    "escalations",
    "escalation_notices",
    "set_aside_reviews",
    "source_health",
)
TIME_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


class StorageFault(StoreError):
    """The database file failed under a command (disk full, read-only, damaged, locked, I/O
    error). `str()` is one line for people; `kind` is full | read-only | damaged | locked |
    io | cannot-open."""

    def __init__(self, message: str, kind: str) -> None:
        super().__init__(message)
        self.kind = kind


RESTORE = "docs/operations.md, When things go wrong"
# SQLite's primary result code -> (kind, what broke, what to do). Extended codes
# (SQLITE_IOERR_WRITE, SQLITE_READONLY_DBMOVED, ...) are looked up by their primary code.
_FAULTS = {
    "SQLITE_FULL": (
        "full",
        "the disk holding the database is full",
        "free some space, then run the command again; everything stored before this was kept",
    ),
    "SQLITE_READONLY": (
        "read-only",
        "the database cannot be written (the file or its folder is read-only)",
        "make the file, its folder and any -wal/-shm files next to it writable by the user "
        "that runs Review Assistant",
    ),
    "SQLITE_PERM": (
        "read-only",
        "the database cannot be written (permission denied)",
        "make the file and its folder writable by the user that runs Review Assistant",
    ),
    "SQLITE_CORRUPT": (
        "damaged",
        "the database file is damaged",
        f"stop the app and restore the latest backup ({RESTORE}); do not keep writing to it",
    ),
    "SQLITE_NOTADB": (
        "damaged",
        "the file is not a SQLite database (or its header is damaged)",
        f"check [database] path; if it is the right file, restore the latest backup ({RESTORE})",
    ),
    "SQLITE_CANTOPEN": (
        "cannot-open",
        "the database file cannot be opened",
        "check that [database] path names a file in an existing folder the app may write to",
    ),
    "SQLITE_IOERR": (
        "io",
        "the disk reported an error while reading or writing the database",
        "check the disk (free space, `dmesg`), then run the command again",
    ),
    "SQLITE_BUSY": (
        "locked",
        f"another process held the database locked for over {BUSY_TIMEOUT_SECONDS:g} s",
        "check for a stuck review-assistant process (or a sqlite3 shell left open), then retry",
    ),
}


def _locked(exc: BaseException) -> bool:
    return isinstance(exc, sqlite3.OperationalError) and (
        "locked" in str(exc) or "busy" in str(exc))


def _switch_to_wal(conn: sqlite3.Connection) -> None:
    """Put a new file in WAL mode. Two processes opening a fresh file at the same moment can
    both hold a shared lock while each asks for the exclusive one the switch needs; SQLite then
    answers "database is locked" at once instead of waiting (its deadlock rule), so the switch
    is retried for a few seconds (`poll --once` twice at once on a new install)."""
    from tenacity import (
        Retrying,
        retry_if_exception,
        stop_after_delay,
        wait_random_exponential,
    )

    for attempt in Retrying(retry=retry_if_exception(_locked), stop=stop_after_delay(10),
                            wait=wait_random_exponential(multiplier=0.02, max=0.5), reraise=True):
        with attempt:
            conn.execute("PRAGMA journal_mode=WAL")


def storage_fault(exc: BaseException, path: str | Path) -> StorageFault | None:
    """The StorageFault for a sqlite3 error that means the database file failed, else None
    (a constraint or a bug in a query is not a storage fault)."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    if not isinstance(exc, sqlite3.Error) or not name:
        return None
    primary = "_".join(name.split("_")[:2])  # SQLITE_IOERR_WRITE -> SQLITE_IOERR
    if primary not in _FAULTS:
        return None
    kind, what, fix = _FAULTS[primary]
    return StorageFault(f"{path}: {what} (SQLite: {exc}); {fix}.", kind)


def now_iso() -> str:
    """Current UTC time as the store writes it: fixed width, so strings sort as times."""
    return datetime.now(UTC).strftime(TIME_FORMAT)


def seconds_ago(seconds: float) -> str:
    """The store time `seconds` before now (e.g. a claim taken before it is stale)."""
    return (datetime.now(UTC) - timedelta(seconds=seconds)).strftime(TIME_FORMAT)


class Store:
    """One SQLite file. `Store(path)` creates or upgrades it; `store.db` is this thread's
    sqlite-utils `Database`; `with store.write() as db:` is one IMMEDIATE transaction.

    `require_writable=False` opens a file this process may only read (`audit` on a copy); a
    store that must write refuses a read-only file at once instead of at its first write."""

    def __init__(self, path: str | Path, *, require_writable: bool = True) -> None:
        if str(path) in ("", ":memory:"):
            # Each thread has its own connection, so an in-memory database would not be shared.
            raise ValueError("Store needs a file path (use tmp_path in tests), not :memory:")
        self.path = Path(path)
        self._local = threading.local()
        self._connections: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self._make_folder()
        self._migrate(require_writable)

    def __repr__(self) -> str:
        return f"Store({str(self.path)!r})"

    @property
    def db(self) -> Database:
        db = getattr(self._local, "db", None)
        if db is None:
            db = self._open()
            self._local.db = db
        return db

    def _make_folder(self) -> None:
        folder = self.path.parent
        if folder.is_dir():
            return
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            reason = exc.strerror or type(exc).__name__
            raise StoreError(
                f"{self.path}: cannot create the folder {folder} for the database ({reason}); "
                "create it (writable by the user that runs Review Assistant) or change "
                "[database] path in the settings file"
            ) from None

    def _open(self) -> Database:
        try:
            # check_same_thread=False only so close() can close every thread's connection;
            # each connection is still used by the one thread that opened it.
            conn = sqlite3.connect(
                str(self.path), timeout=BUSY_TIMEOUT_SECONDS, check_same_thread=False
            )
            register_claim_functions(conn)
            db = Database(conn)
            with db.ensure_autocommit_on():
                _switch_to_wal(conn)
                conn.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_SECONDS * 1000)}")
                conn.execute("PRAGMA synchronous=NORMAL")
                conn.execute("PRAGMA foreign_keys=ON")
        except sqlite3.DatabaseError as exc:
            fault = storage_fault(exc, self.path)
            if fault is not None and fault.kind != "cannot-open":
                raise fault from None
            raise StoreError(
                f"{self.path}: cannot open the database ({exc}); check the path in "
                "[database] path and that the file is a Review Assistant SQLite database"
            ) from None
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
        try:
            db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise storage_fault(exc, self.path) or exc from None
        try:
            yield db
        except sqlite3.Error as exc:
            self._rollback(db)
            fault = storage_fault(exc, self.path)
            if fault is None:
                raise
            raise fault from exc
        except BaseException:
            self._rollback(db)
            raise
        else:
            try:
                db.execute("COMMIT")
            except sqlite3.Error as exc:
                self._rollback(db)
                raise storage_fault(exc, self.path) or exc from None
            except BaseException:
                self._rollback(db)
                raise

    @staticmethod
    def _rollback(db: Database) -> None:
        # After SQLITE_FULL or corruption SQLite may already have rolled back, or may fail to:
        # the error that got us here is the one to report.
        with contextlib.suppress(sqlite3.Error):
            db.rollback()

    def _migrate(self, require_writable: bool) -> None:
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
                if require_writable or MIGRATIONS.pending(db):
                    MIGRATIONS.apply(db)
                    # A write that changes nothing: a read-only file fails here, at start,
                    # rather than at the first review stored.
                    db.execute("DELETE FROM sync_state WHERE 0")
        except StorageFault:
            raise
        except sqlite3.DatabaseError as exc:
            raise StoreError(
                f"{self.path}: cannot prepare the database ({exc}); is it a Review Assistant "
                "database, and is the disk writable?"
            ) from exc

    def check(self) -> list[str]:
        """SQLite's `PRAGMA quick_check`: [] when the file is sound, else its findings (at most
        ten). A file too damaged to check is one finding."""
        try:
            rows = [row[0] for row in self.db.execute("PRAGMA quick_check(10)").fetchall()]
        except sqlite3.DatabaseError as exc:
            return [str(exc)]
        return [] if rows == ["ok"] else rows

    def verify(self) -> None:
        """Raise StorageFault when the quick check finds damage (for `run` and `poll`, which
        must not keep writing to a damaged file)."""
        problems = self.check()
        if problems:
            kind, what, fix = _FAULTS["SQLITE_CORRUPT"]
            raise StorageFault(f"{self.path}: {what} ({problems[0]}); {fix}.", kind)

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
