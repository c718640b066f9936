"""The practice's record: reviews, every draft attempt, reply state, the audit log, sync state.

One SQLite file (WAL, a connection per thread, every write one `BEGIN IMMEDIATE` transaction)
opened through sqlite-utils 4.x. Callers use this package as one module
(`from slack_app import store as db; db.save_reviews(...)`); the code lives in:

    connection.py   Store (per-thread connections, write(), migrate on open), StoreError
    migrations.py   the schema, one `@migration` function per version
    reviews.py      save_reviews (upsert keyed by review key, earlier wording kept), lookups
    drafts.py       save_draft (version 1, 2, ... per review), lookups
    replies.py      reply state: transition and claim_announcement (conditional UPDATEs)
    audit.py        the append-only audit log
    sync.py         per source and location: watermark, errors, pauses
    office.py       follow-ups, deliveries (reminders, digests: once each), App Home viewers
    google.py       Google edits (10 a minute per profile), queued replies, moderation of
                    posted replies, removed reviews, the daily full pass
    scans.py        scans of replies already posted (resumable), their findings
"""

from slack_app.models import review_key  # re-exported for callers
from slack_app.store.audit import audit, audit_rows
from slack_app.store.connection import BUSY_TIMEOUT_SECONDS, Store, StoreError, count, now_iso
from slack_app.store.drafts import drafts, get_draft, latest_draft, save_draft
from slack_app.store.google import (
    EditClaim,
    claim_google_edit,
    drafts_older_than_their_review,
    drop_queued_reply,
    full_pass,
    google_edit_times,
    google_reply_status,
    mark_review_removed,
    queued_ahead,
    queued_replies,
    queued_reply,
    removed_keys,
    removed_review,
    replies_to_read_back,
    save_full_pass,
    save_google_reply_status,
    save_queued_reply,
    stamp,
    stored_review_ids,
    unmark_review_removed,
)
from slack_app.store.migrations import MIGRATIONS
from slack_app.store.office import (
    FOLLOW_UP_NOTE_LIMIT,
    FOLLOW_UP_OUTCOMES,
    claim_delivery,
    deliveries,
    delivery,
    follow_ups,
    home_viewers,
    last_audit_id,
    record_delivery,
    remember_home_viewer,
    reminders_sent,
    reply_for_card,
    save_follow_up,
    states_touched_since,
    update_delivery_detail,
)
from slack_app.store.replies import (
    REPLY_FIELDS,
    REPLY_STATES,
    claim_announcement,
    ensure_reply_state,
    replies_posted_since,
    reply_state,
    reply_states,
    set_reply_fields,
    transition,
)
from slack_app.store.reviews import (
    SaveResult,
    get_review,
    review_changes,
    review_row,
    reviews_awaiting_reply,
    save_reviews,
)
from slack_app.store.scans import (
    claim_scan_finding,
    claim_scan_report,
    create_reply_scan,
    fail_scan_location,
    latest_reply_scan,
    record_scan_report,
    reply_scan,
    restart_scan_location,
    save_scan_page,
    scan_finding,
    scan_findings,
    scan_locations,
    touch_reply_scan,
    unfinished_reply_scan,
)
from slack_app.store.sync import SYNC_FIELDS, get_sync_state, set_sync_state, sync_states

__all__ = [
    "BUSY_TIMEOUT_SECONDS",
    "FOLLOW_UP_NOTE_LIMIT",
    "FOLLOW_UP_OUTCOMES",
    "MIGRATIONS",
    "REPLY_FIELDS",
    "REPLY_STATES",
    "SYNC_FIELDS",
    "EditClaim",
    "SaveResult",
    "Store",
    "StoreError",
    "audit",
    "audit_rows",
    "claim_announcement",
    "claim_delivery",
    "claim_google_edit",
    "claim_scan_finding",
    "claim_scan_report",
    "count",
    "create_reply_scan",
    "deliveries",
    "delivery",
    "drafts",
    "drafts_older_than_their_review",
    "drop_queued_reply",
    "ensure_reply_state",
    "fail_scan_location",
    "follow_ups",
    "full_pass",
    "get_draft",
    "get_review",
    "get_sync_state",
    "google_edit_times",
    "google_reply_status",
    "home_viewers",
    "last_audit_id",
    "latest_draft",
    "latest_reply_scan",
    "mark_review_removed",
    "now_iso",
    "queued_ahead",
    "queued_replies",
    "queued_reply",
    "record_delivery",
    "record_scan_report",
    "remember_home_viewer",
    "reminders_sent",
    "removed_keys",
    "removed_review",
    "replies_posted_since",
    "replies_to_read_back",
    "reply_for_card",
    "reply_scan",
    "reply_state",
    "reply_states",
    "restart_scan_location",
    "review_changes",
    "review_key",
    "review_row",
    "reviews_awaiting_reply",
    "save_draft",
    "save_follow_up",
    "save_full_pass",
    "save_google_reply_status",
    "save_queued_reply",
    "save_reviews",
    "save_scan_page",
    "scan_finding",
    "scan_findings",
    "scan_locations",
    "set_reply_fields",
    "set_sync_state",
    "stamp",
    "states_touched_since",
    "stored_review_ids",
    "sync_states",
    "touch_reply_scan",
    "transition",
    "unfinished_reply_scan",
    "unmark_review_removed",
    "update_delivery_detail",
]
