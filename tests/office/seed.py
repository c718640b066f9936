"""Rows with chosen times, written straight into a real store: the figures, reminders and
digests under test depend on when things happened, and the workflow stamps the real clock."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from slack_app import store as db
from slack_app.store.audit import insert_audit

LOCATION_IDS = {"Main Street": "accounts/1/locations/10", "Oak Park": "accounts/1/locations/20"}


def t(text: str) -> str:
    """ "11-16T10:00" -> the store's form of 2026-11-16 10:00 UTC."""
    return (
        datetime.fromisoformat(f"2026-{text}").replace(tzinfo=UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    )


def utc(text: str) -> datetime:
    return datetime.fromisoformat(f"2026-{text}").replace(tzinfo=UTC)


class Seeder:
    def __init__(self, store: db.Store) -> None:
        self.store = store

    def key(self, name: str, source: str = "google", location: str = "Main Street") -> str:
        return f"{source}:{LOCATION_IDS[location]}:{name}"

    def review(
        self,
        name: str,
        *,
        created: str,
        stars: int | None = 5,
        source: str = "google",
        location: str = "Main Street",
        owner_reply: str = "",
        reviewer: str = "Pat Q.",
    ) -> str:
        key = self.key(name, source, location)
        with self.store.write() as conn:
            conn["reviews"].insert(
                {
                    "review_key": key,
                    "source": source,
                    "location_id": LOCATION_IDS[location],
                    "source_review_id": name,
                    "location_name": location,
                    "stars": stars,
                    "reviewer_name": reviewer,
                    "text": "A review.",
                    "created_at": t(created),
                    "updated_at": t(created),
                    "owner_reply": owner_reply,
                    "first_seen_at": t(created),
                    "last_changed_at": t(created),
                }
            )
        return key

    def reply(self, key: str, *steps: tuple, **fields) -> None:
        """The reply's life: (when, action, new state[, draft version]) steps from `new`, each
        audited as a transition; the row ends in the last state. `fields` are reply_state
        columns (posted_at as "MM-DDTHH:MM")."""
        first = steps[0][0] if steps else "01-01T00:00"
        state, last = "new", first
        with self.store.write() as conn:
            insert_audit(
                conn, t(first), "poller", "reply_state.created", key, None, None, {"state": "new"}
            )
            for when, action, new, *version in steps:
                insert_audit(
                    conn,
                    t(when),
                    "U0ANNA",
                    action,
                    key,
                    (version or [None])[0],
                    None,
                    {"from": state, "to": new},
                )
                state, last = new, when
            conn["reply_state"].insert(
                {
                    "review_key": key,
                    "state": state,
                    "created_at": t(first),
                    "updated_at": t(last),
                    "updated_by": "U0ANNA",
                    **{
                        name: t(value) if name == "posted_at" else value
                        for name, value in fields.items()
                    },
                }
            )

    def draft(
        self,
        key: str,
        version: int,
        *,
        at: str,
        text: str = "Thanks. Call us.",
        backend: str = "template",
        blocked: tuple[str, ...] = (),
        warned: tuple[str, ...] = (),
    ) -> None:
        findings = [{"rule": r, "severity": "block"} for r in blocked] + [
            {"rule": r, "severity": "warn"} for r in warned
        ]
        with self.store.write() as conn:
            conn["drafts"].insert(
                {
                    "review_key": key,
                    "version": version,
                    "text": text,
                    "backend": backend,
                    "passed": int(not blocked),
                    "findings": json.dumps(findings),
                    "created_at": t(at),
                }
            )

    def audit(
        self,
        key: str,
        at: str,
        action: str,
        *,
        version: int | None = None,
        actor: str = "U0ANNA",
        detail: dict | None = None,
    ) -> None:
        with self.store.write() as conn:
            insert_audit(conn, t(at), actor, action, key, version, None, detail or {})

    def follow_up(self, key: str, at: str, outcome: str, note: str = "") -> None:
        db.save_follow_up(self.store, key, "U0RITA", outcome, note, now=utc(at))


BASE = "Thanks for writing. Call us."
EDITED = "Thanks for writing. Please call us."  # 7 words and marks, one inserted: 1/15 changed


def seed_week(seed: Seeder) -> Seeder:
    """A week at two locations (see the expected figures below for what each row is for)."""
    r1 = seed.review("r1", created="11-16T10:00", stars=5)
    seed.reply(
        r1,
        ("11-16T10:05", "draft.created", "drafted"),
        ("11-16T13:59", "approve", "posting", 1),
        ("11-16T14:00", "post.posted", "posted"),
        posted_at="11-16T14:00",
    )
    seed.draft(r1, 1, at="11-16T10:05")
    r2 = seed.review("r2", created="11-17T09:00", stars=4)
    seed.reply(
        r2,
        ("11-17T09:06", "draft.created", "drafted"),
        ("11-17T18:00", "edit", "drafted", 3),
        ("11-17T18:59", "approve", "posting", 3),
        ("11-17T19:00", "post.posted", "posted"),
        posted_at="11-17T19:00",
    )
    seed.draft(r2, 1, at="11-17T09:05", blocked=("patient-relationship",), warned=("tone",))
    seed.draft(r2, 2, at="11-17T09:06", text=BASE, backend="openai")
    seed.draft(r2, 3, at="11-17T18:00", text=EDITED, backend="human")
    r3 = seed.review("r3", created="11-18T12:00", stars=2, source="yelp", location="Oak Park")
    seed.reply(
        r3,
        ("11-18T13:00", "triage.escalated", "escalated"),
        ("11-19T10:00", "clear", "cleared"),
        ("11-20T11:59", "approve", "posting", 3),
        ("11-20T12:00", "post.by_hand", "approved"),
        ("11-20T12:00", "mark_posted", "posted"),
        posted_at="11-20T12:00",
    )
    seed.draft(r3, 1, at="11-18T12:05", blocked=("treatment-disclosure", "patient-relationship"))
    seed.draft(r3, 2, at="11-18T12:06", blocked=("treatment-disclosure",))
    seed.draft(r3, 3, at="11-18T12:07")
    seed.follow_up(r3, "11-21T10:00", "no_answer")
    seed.follow_up(r3, "11-24T10:00", "reached_out")  # after the week
    r4 = seed.review("r4", created="11-19T08:00", stars=1, location="Oak Park")
    seed.reply(r4, ("11-19T09:00", "triage.escalated", "escalated"))
    seed.draft(r4, 1, at="11-19T08:05")
    seed.follow_up(r4, "11-20T10:00", "reached_out", "Spoke with them; they are satisfied.")
    r5 = seed.review("r5", created="11-21T15:00", stars=3)
    seed.reply(r5, ("11-21T16:00", "draft.created", "drafted"))
    seed.draft(r5, 1, at="11-21T15:05")
    seed.review("r6", created="11-22T20:00", stars=None, source="yelp", owner_reply="Thanks!")
    r7 = seed.review("r7", created="11-10T10:00", stars=5)  # the week before; replied in it
    seed.reply(
        r7,
        ("11-10T10:05", "draft.created", "drafted"),
        ("11-16T09:59", "approve", "posting", 1),
        ("11-16T10:00", "post.posted", "posted"),
        posted_at="11-16T10:00",
    )
    seed.draft(r7, 1, at="11-10T10:05")
    r8 = seed.review("r8", created="11-22T23:00", stars=4, location="Oak Park")
    seed.reply(
        r8,
        ("11-22T23:05", "draft.created", "drafted"),
        ("11-23T00:59", "approve", "posting", 1),
        ("11-23T01:00", "post.posted", "posted"),
        posted_at="11-23T01:00",
    )  # replied after the week ends
    seed.draft(r8, 1, at="11-22T23:05")
    seed.review("r9", created="11-23T00:00", stars=1)  # the end is not part of the week
    r10 = seed.review("r10", created="11-01T08:00", stars=4)
    seed.reply(
        r10,
        ("11-01T09:00", "draft.created", "drafted"),
        ("11-22T17:59", "approve", "posting", 1),
        ("11-22T18:00", "post.failed", "post_failed"),
    )
    seed.draft(r10, 1, at="11-01T09:00")
    return seed
