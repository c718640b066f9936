"""Reply-state transitions (exactly one concurrent winner) and the append-only audit log."""

from __future__ import annotations

import multiprocessing
import sqlite3
import threading

import pytest

from slack_app.store import (
    Store,
    audit,
    audit_rows,
    claim_announcement,
    ensure_reply_state,
    replies_posted_since,
    reply_state,
    reply_states,
    save_reviews,
    set_reply_fields,
    transition,
)
from tests.store.conftest import make_review

KEY = "google:accounts/111/locations/222:r1"


def _without_times(rows: list[dict]) -> list[dict]:
    return [{k: v for k, v in row.items() if k not in {"id", "at"}} for row in rows]


def test_ensure_reply_state_creates_new_once(store):
    assert ensure_reply_state(store, KEY) is True
    assert ensure_reply_state(store, KEY) is False
    state = reply_state(store, KEY)
    assert (state["state"], state["updated_by"], state["draft_version"]) == ("new", "poller", None)
    assert _without_times(audit_rows(store)) == [
        {
            "actor": "poller",
            "action": "reply_state.created",
            "review_key": KEY,
            "draft_version": None,
            "text": None,
            "detail": {"state": "new"},
        }
    ]


def test_transition_sets_fields_and_writes_its_audit_row(store):
    ensure_reply_state(store, KEY)
    assert (
        transition(
            store,
            KEY,
            ("drafted", "cleared"),
            "approved",
            actor="U123",
            action="approve",
            detail={"via": "button"},
            audit_text="Thank you. Please call (555) 014-2290.",
            draft_version=2,
        )
        is False
    )  # still `new`
    assert transition(
        store,
        KEY,
        "new",
        "drafted",
        actor="poller",
        action="draft",
        draft_version=1,
        triage={"escalate": False, "categories": []},
    )
    assert transition(
        store,
        KEY,
        ("drafted", "cleared"),
        "approved",
        actor="U123",
        action="approve",
        detail={"via": "button"},
        audit_text="Thank you. Please call (555) 014-2290.",
        draft_version=2,
    )
    state = reply_state(store, KEY)
    assert (state["state"], state["draft_version"], state["updated_by"], state["triage"]) == (
        "approved",
        2,
        "U123",
        {"escalate": False, "categories": []},
    )
    assert _without_times(audit_rows(store))[1:] == [
        {
            "actor": "poller",
            "action": "draft",
            "review_key": KEY,
            "draft_version": 1,
            "text": None,
            "detail": {"from": "new", "to": "drafted"},
        },
        {
            "actor": "U123",
            "action": "approve",
            "review_key": KEY,
            "draft_version": 2,
            "text": "Thank you. Please call (555) 014-2290.",
            "detail": {"from": "drafted", "to": "approved", "via": "button"},
        },
    ]


def test_transition_of_a_review_without_state_is_false(store):
    assert transition(store, KEY, "new", "drafted", actor="x", action="draft") is False
    assert audit_rows(store) == []


@pytest.mark.parametrize(
    ("expected", "new", "fields", "message"),
    [
        pytest.param("new", "published", {}, "unknown reply state", id="unknown-target"),
        pytest.param(("new", "sent"), "drafted", {}, "unknown reply state", id="unknown-from"),
        pytest.param((), "drafted", {}, "unknown reply state", id="empty-from"),
        pytest.param(
            "new", "drafted", {"state": "posted"}, "unknown reply_state field", id="state-as-field"
        ),
        pytest.param(
            "new", "drafted", {"card_tss": "1"}, "unknown reply_state field", id="typo-field"
        ),
    ],
)
def test_bad_transitions_are_refused_before_writing(store, expected, new, fields, message):
    ensure_reply_state(store, KEY)
    with pytest.raises(ValueError, match=message):
        transition(store, KEY, expected, new, actor="x", action="y", **fields)
    assert reply_state(store, KEY)["state"] == "new"
    assert len(audit_rows(store)) == 1


def test_concurrent_transitions_from_threads_exactly_one_wins(store):
    ensure_reply_state(store, KEY)
    transition(store, KEY, "new", "approved", actor="U1", action="approve")
    racers = 8
    barrier = threading.Barrier(racers)
    results: dict[int, bool] = {}

    def post(n: int) -> None:
        barrier.wait()
        results[n] = transition(
            store, KEY, "approved", "posting", actor=f"worker-{n}", action="post.start"
        )

    threads = [threading.Thread(target=post, args=(n,)) for n in range(racers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    winners = [n for n, won in results.items() if won]
    assert len(results) == racers
    assert len(winners) == 1
    assert reply_state(store, KEY)["updated_by"] == f"worker-{winners[0]}"
    assert [row["actor"] for row in audit_rows(store) if row["action"] == "post.start"] == [
        f"worker-{winners[0]}"
    ]


def _race_in_process(path: str, n: int, start, results) -> None:
    store = Store(path)
    start.wait()
    results.put(
        (
            n,
            transition(
                store, KEY, "approved", "posting", actor=f"process-{n}", action="post.start"
            ),
        )
    )
    store.close()


def test_concurrent_transitions_from_two_processes_exactly_one_wins(tmp_path):
    path = str(tmp_path / "shared.db")
    with Store(path) as store:
        ensure_reply_state(store, KEY)
        transition(store, KEY, "new", "approved", actor="U1", action="approve")
    context = multiprocessing.get_context("spawn")
    start = context.Event()
    results = context.Queue()
    processes = [
        context.Process(target=_race_in_process, args=(path, n, start, results)) for n in range(2)
    ]
    for process in processes:
        process.start()
    start.set()
    outcomes = dict(results.get(timeout=30) for _ in processes)
    for process in processes:
        process.join(timeout=30)
    assert sorted(outcomes.values()) == [False, True]
    with Store(path) as store:
        assert [row["action"] for row in audit_rows(store)].count("post.start") == 1


def test_set_reply_fields_changes_bookkeeping_not_state(store):
    assert set_reply_fields(store, KEY, card_ts="1.2") is False  # no state yet
    ensure_reply_state(store, KEY)
    assert set_reply_fields(
        store,
        KEY,
        card_channel="C42",
        card_ts="1700000000.000200",
        announced_at="2026-11-23T10:00:00.000000Z",
    )
    state = reply_state(store, KEY)
    assert (state["state"], state["card_channel"], state["card_ts"]) == (
        "new",
        "C42",
        "1700000000.000200",
    )
    with pytest.raises(ValueError, match="cannot change the state"):
        set_reply_fields(store, KEY, state="posted")
    assert reply_states(store, ["new"])[0]["review_key"] == KEY
    assert reply_states(store, ["posted"]) == []


@pytest.mark.parametrize(
    "statement",
    [
        pytest.param("UPDATE audit_log SET actor = 'someone else'", id="update"),
        pytest.param("UPDATE audit_log SET text = NULL WHERE id = 1", id="update-one"),
        pytest.param("DELETE FROM audit_log", id="delete-all"),
        pytest.param("DELETE FROM audit_log WHERE id = 1", id="delete-one"),
    ],
)
def test_audit_log_refuses_update_and_delete(store, statement):
    audit(store, "U123", "approve", KEY, 1, "Thank you.", {"via": "button"})
    before = audit_rows(store)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        store.db.execute(statement)
    # Also through a plain connection that knows nothing about sqlite-utils.
    raw = sqlite3.connect(store.path)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        raw.execute(statement)
    raw.close()
    assert audit_rows(store) == before


def test_audit_rows_since_id_or_time(store):
    first = audit(store, "U1", "one")
    audit(store, "U1", "two", detail={"n": 2})
    assert [row["action"] for row in audit_rows(store, since=first)] == ["two"]
    assert [row["action"] for row in audit_rows(store, since="2000-01-01T00:00:00Z")] == [
        "one",
        "two",
    ]
    assert audit_rows(store, since="2999-01-01T00:00:00Z") == []
    with pytest.raises(ValueError, match="actor and action"):
        audit(store, "", "nothing")


def test_announcement_claim_has_exactly_one_winner(store):
    ensure_reply_state(store, KEY)
    barrier = threading.Barrier(6)
    results: list[bool] = []

    def claim() -> None:
        barrier.wait()
        results.append(claim_announcement(store, KEY))

    threads = [threading.Thread(target=claim) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == [False] * 5 + [True]


def test_abandoned_claim_can_be_retaken_but_an_announced_card_cannot(store):
    ensure_reply_state(store, KEY)
    assert claim_announcement(store, KEY)
    assert not claim_announcement(store, KEY)
    # A claim older than the stale limit (a crashed announcer) is taken over.
    assert claim_announcement(store, KEY, stale_after_seconds=0)
    set_reply_fields(store, KEY, announced_at="2026-11-23T10:00:00.000000Z")
    assert not claim_announcement(store, KEY, stale_after_seconds=0)
    assert not claim_announcement(store, "google:unknown:review")


def test_replies_posted_since_counts_one_location(store):
    reviews = [
        make_review("a", source="yelp", location_id="biz-1"),
        make_review("b", source="yelp", location_id="biz-1"),
        make_review("r9", source="yelp", location_id="biz-2"),
    ]
    save_reviews(store, reviews)
    for review, posted_at in zip(
        reviews,
        [
            "2026-11-23T09:00:00.000000Z",
            "2026-11-22T23:00:00.000000Z",
            "2026-11-23T09:30:00.000000Z",
        ],
        strict=True,
    ):
        ensure_reply_state(store, review.key)
        set_reply_fields(store, review.key, posted_at=posted_at)
    assert replies_posted_since(store, "yelp", "biz-1", "2026-11-23T00:00:00.000000Z") == 1
    assert replies_posted_since(store, "yelp", "biz-1", "2026-11-22T00:00:00.000000Z") == 2
    assert replies_posted_since(store, "yelp", "biz-2", "2026-11-23T00:00:00.000000Z") == 1


def test_in_memory_path_is_refused():
    with pytest.raises(ValueError, match="needs a file path"):
        Store(":memory:")
