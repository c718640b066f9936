"""The practice's record: reviews, every draft attempt, reply state, the audit log, sync state.

One SQLite file (WAL, a connection per thread, every write one `BEGIN IMMEDIATE` transaction)
opened through sqlite-utils 4.x. Callers use this package as one module
(`from slack_app import store as db; db.save_reviews(...)`); the code lives in:

    connection.py   Store (per-thread connections, write(), migrate on open, quick check),
                    StoreError, StorageFault (a full, read-only or damaged file, said plainly)
    migrations.py   the schema, one `@migration` function per version
    claims.py       who holds a claim (host:pid), and when a claim may be taken over
    reviews.py      save_reviews (upsert keyed by review key, earlier wording kept), lookups
    drafts.py       save_draft (version 1, 2, ... per review), lookups, an office's recent texts
    replies.py      reply state: transition, claim_draft, claim_announcement (conditional
                    UPDATEs)
    escalations.py  escalations and their notices to the risk managers (delivered once)
    audit.py        the append-only audit log
    sync.py         per source and location: watermark, errors, pauses; API calls a day
    office.py       follow-ups, deliveries (reminders, digests: once each), App Home viewers
    set_aside.py    reviews a source sent that cannot be stored, with the reason
    health.py       whether each source works, and what the review channel was told
"""

from slack_app.models import review_key  # re-exported for callers
from slack_app.store.audit import audit, audit_rows
from slack_app.store.claims import claim_owner, owner_gone
from slack_app.store.connection import (
    BUSY_TIMEOUT_SECONDS,
    StorageFault,
    Store,
    StoreError,
    count,
    now_iso,
    storage_fault,
)
from slack_app.store.drafts import (
    drafts,
    get_draft,
    latest_draft,
    recent_reply_texts,
    save_draft,
)
from slack_app.store.escalations import (
    claim_notice,
    decide_escalation,
    escalation_notices,
    escalations_without_recipients,
    fail_notice,
    latest_escalation,
    mark_shown,
    notices_to_redraw,
    pending_notices,
    record_escalation,
    record_notice,
    release_notice,
    set_notice_channel,
    set_recipients,
)
from slack_app.store.health import (
    alerts_due,
    claim_alert,
    observe,
    record_alert,
    source_health,
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
    WAITING_STATES,
    claim_announcement,
    claim_draft,
    ensure_reply_state,
    release_draft_claim,
    replies_posted_since,
    reply_state,
    reply_states,
    set_reply_fields,
    transition,
    waiting_counts,
)
from slack_app.store.reviews import (
    SaveResult,
    get_review,
    review_changes,
    review_row,
    reviews_awaiting_reply,
    save_reviews,
)
from slack_app.store.set_aside import (
    forget_set_aside,
    printable,
    set_aside_review,
    set_aside_reviews,
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
    "WAITING_STATES",
    "SaveResult",
    "StorageFault",
    "Store",
    "StoreError",
    "add_api_calls",
    "alerts_due",
    "api_calls",
    "audit",
    "audit_rows",
    "claim_alert",
    "claim_announcement",
    "claim_delivery",
    "claim_draft",
    "claim_notice",
    "claim_owner",
    "count",
    "decide_escalation",
    "deliveries",
    "delivery",
    "drafts",
    "ensure_reply_state",
    "escalation_notices",
    "escalations_without_recipients",
    "fail_notice",
    "follow_ups",
    "forget_set_aside",
    "get_draft",
    "get_review",
    "get_sync_state",
    "home_viewers",
    "last_audit_id",
    "latest_draft",
    "latest_escalation",
    "mark_shown",
    "notices_to_redraw",
    "now_iso",
    "observe",
    "owner_gone",
    "pending_notices",
    "printable",
    "recent_reply_texts",
    "record_alert",
    "record_delivery",
    "record_escalation",
    "record_notice",
    "release_draft_claim",
    "release_notice",
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
    "set_aside_review",
    "set_aside_reviews",
    "set_notice_channel",
    "set_recipients",
    "set_reply_fields",
    "set_sync_state",
    "source_health",
    "states_touched_since",
    "storage_fault",
    "sync_states",
    "transition",
    "update_delivery_detail",
    "waiting_counts",
]
