"""The practice's record: reviews, every draft attempt, reply state, the audit log, sync state.

One SQLite file (WAL, a connection per thread, every write one `BEGIN IMMEDIATE` transaction)
opened through sqlite-utils 4.x. Callers use this package as one module
(`from slack_app import store as db; db.save_reviews(...)`); the code lives in:

    connection.py   Store (per-thread connections, write(), migrate on open), StoreError
    migrations.py   the schema, one `@migration` function per version
    reviews.py      save_reviews (upsert keyed by review key, earlier wording kept), lookups
    drafts.py       save_draft (version 1, 2, ... per review), lookups, an office's recent texts
    replies.py      reply state: transition and claim_announcement (conditional UPDATEs)
    audit.py        the append-only audit log
    sync.py         per source and location: watermark, errors, pauses; API calls a day
    office.py       follow-ups, deliveries (reminders, digests: once each), App Home viewers
"""

from slack_app.models import review_key  # re-exported for callers
from slack_app.store.audit import audit, audit_rows
from slack_app.store.connection import BUSY_TIMEOUT_SECONDS, Store, StoreError, count, now_iso
from slack_app.store.drafts import (
    drafts,
    get_draft,
    latest_draft,
    recent_reply_texts,
    save_draft,
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
from slack_app.store.sync import (
    SYNC_FIELDS,
    add_api_calls,
    api_calls,
    get_sync_state,
    set_sync_state,
    sync_states,
)

__all__ = [
    "BUSY_TIMEOUT_SECONDS",
    "FOLLOW_UP_NOTE_LIMIT",
    "FOLLOW_UP_OUTCOMES",
    "MIGRATIONS",
    "REPLY_FIELDS",
    "REPLY_STATES",
    "SYNC_FIELDS",
    "SaveResult",
    "Store",
    "StoreError",
    "add_api_calls",
    "api_calls",
    "audit",
    "audit_rows",
    "claim_announcement",
    "claim_delivery",
    "count",
    "deliveries",
    "delivery",
    "drafts",
    "ensure_reply_state",
    "follow_ups",
    "get_draft",
    "get_review",
    "get_sync_state",
    "home_viewers",
    "last_audit_id",
    "latest_draft",
    "now_iso",
    "recent_reply_texts",
    "record_delivery",
    "remember_home_viewer",
    "reminders_sent",
    "replies_posted_since",
    "reply_for_card",
    "reply_state",
    "reply_states",
    "review_changes",
    "review_key",
    "review_row",
    "reviews_awaiting_reply",
    "save_draft",
    "save_follow_up",
    "save_reviews",
    "set_reply_fields",
    "set_sync_state",
    "states_touched_since",
    "sync_states",
    "transition",
    "update_delivery_detail",
]
