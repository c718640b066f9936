"""Opening, creating and upgrading the database file."""

from __future__ import annotations

import sqlite3

import pytest
from sqlite_utils import Database

from slack_app.store import MIGRATIONS, Store, StoreError, get_review, reply_state
from tests.store.conftest import make_review

LATEST = [
    "0001_initial",
    "0002_review_history_reply_workflow_pauses",
    "0003_office_day_follow_ups_deliveries_home",
    "0004_escalation_notices",
    "0005_claims_post_error_code",
    "0006_set_aside_reviews",
    "0007_source_health",
    "0008_api_calls_per_day",
    "0009_google_edits_queue_moderation_removals_scans",
]


def test_new_database_is_created_in_wal_mode_with_every_migration(tmp_path):
    path = tmp_path / "nested" / "dir" / "store.db"
    with Store(path) as store:
        assert store.applied_migrations() == LATEST
        assert next(store.db.query("PRAGMA journal_mode"))["journal_mode"] == "wal"
        assert next(store.db.query("PRAGMA busy_timeout"))["timeout"] >= 5000
        assert set(store.db.table_names()) >= {
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
        }


def test_reopening_applies_nothing_twice(tmp_path):
    path = tmp_path / "store.db"
    Store(path).close()
    with Store(path) as store:
        rows = list(store.db.query("SELECT name FROM _sqlite_migrations ORDER BY id"))
    assert [row["name"] for row in rows] == LATEST


def test_version_1_database_is_upgraded_and_keeps_its_data(tmp_path):
    path = tmp_path / "v1.db"
    old = Database(path)
    MIGRATIONS.apply(old, stop_before=LATEST[1])
    old.execute(
        "INSERT INTO reviews (review_key, source, location_id, source_review_id, stars, "
        "reviewer_name, text, created_at, updated_at, first_seen_at, last_changed_at) VALUES "
        "('google:accounts/111/locations/222:r1', 'google', 'accounts/111/locations/222', "
        "'r1', 2, 'Sam', 'Waited an hour.', '2026-01-02T03:04:05.000000Z', "
        "'2026-01-02T03:04:05.000000Z', '2026-01-03T00:00:00.000000Z', "
        "'2026-01-03T00:00:00.000000Z')"
    )
    old.execute(
        "INSERT INTO reply_state (review_key, state, draft_version, card_channel, card_ts, "
        "updated_at, updated_by) VALUES ('google:accounts/111/locations/222:r1', 'drafted', "
        "1, 'C1', '1700000000.000100', '2026-01-03T00:00:01.000000Z', 'poller')"
    )
    old.execute(
        "INSERT INTO audit_log (at, actor, action, review_key, detail) VALUES "
        "('2026-01-03T00:00:01.000000Z', 'poller', 'drafted', "
        "'google:accounts/111/locations/222:r1', '{}')"
    )
    old.close()

    with Store(path) as store:
        assert store.applied_migrations() == LATEST
        review = get_review(store, "google:accounts/111/locations/222:r1")
        assert (review.stars, review.reviewer_name, review.text) == (2, "Sam", "Waited an hour.")
        assert reply_state(store, "google:accounts/111/locations/222:r1") == {
            "review_key": "google:accounts/111/locations/222:r1",
            "state": "drafted",
            "draft_version": 1,
            "card_channel": "C1",
            "card_ts": "1700000000.000100",
            "updated_at": "2026-01-03T00:00:01.000000Z",
            "updated_by": "poller",
            "created_at": "",
            "announce_claimed_at": "",
            "announced_at": "",
            "triage": {},
            "escalation_note": "",
            "note": "",
            "posted_text": "",
            "posted_at": "",
            "post_error": "",
            "draft_claimed_at": "",
            "draft_claimed_by": "",
            "announce_claimed_by": "",
            "post_error_code": "",
        }
        assert [row["action"] for row in store.db.query("SELECT action FROM audit_log")] == [
            "drafted"
        ]
        # The v2 parts work on the upgraded file.
        assert store.db["review_changes"].exists()
        assert store.db["sync_state"].columns_dict["paused_until"] is str


def test_database_from_a_newer_version_is_refused_not_modified(tmp_path):
    path = tmp_path / "future.db"
    Store(path).close()
    db = Database(path)
    db.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('review-assistant', '0099_from_the_future', '2030-01-01')"
    )
    db.close()
    with pytest.raises(StoreError, match=r"newer Review Assistant.*0099_from_the_future"):
        Store(path)


def test_a_file_that_is_not_sqlite_gets_a_clear_error(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("these are meeting notes, not a database\n" * 50)
    with pytest.raises(StoreError, match=r"notes\.db: the file is not a SQLite database"):
        Store(path)
    assert path.read_text().startswith("these are meeting notes")


def test_each_thread_gets_its_own_connection(store):
    import threading

    seen = []

    def grab():
        seen.append(store.db.conn)

    threads = [threading.Thread(target=grab) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len({id(conn) for conn in [*seen, store.db.conn]}) == 4


def test_failed_write_transaction_leaves_nothing_behind(store):
    review = make_review()
    with pytest.raises(RuntimeError), store.write() as db:
        db.execute(
            "INSERT INTO sync_state (source, location_id, updated_at) VALUES ('google', 'x', '')"
        )
        raise RuntimeError("crash inside the transaction")
    assert list(store.db.query("SELECT * FROM sync_state")) == []
    assert get_review(store, review.key) is None


def test_closed_store_connections_are_really_closed(tmp_path):
    store = Store(tmp_path / "store.db")
    conn = store.db.conn
    store.close()
    with pytest.raises(sqlite3.ProgrammingError):
        conn.execute("SELECT 1")
