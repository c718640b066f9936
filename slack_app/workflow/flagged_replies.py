"""Replies already on Google that a scan flagged (no Slack imports): a safe replacement
drafted through the normal path (`start_replacement`), or the reply deleted
(`delete_flagged_reply`), each once: the scan finding is claimed by a conditional UPDATE.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from slack_app import store as db
from slack_app.workflow.core import Outcome, _refused
from slack_app.workflow.preparing import prepare_review

if TYPE_CHECKING:
    from slack_app.config import Environment, Settings


def start_replacement(
    store: db.Store,
    scan_id: int,
    key: str,
    actor: str,
    settings: Settings,
    *,
    drafter: Any = None,
    env: Environment | None = None,
) -> Outcome:
    """Draft a safe replacement for a flagged reply through the normal path (triage, draft,
    guardrail, repair; then an approver approves it on its card and Google's PUT replaces the
    reply). Once per finding."""
    finding = db.scan_finding(store, scan_id, key)
    if finding is None:
        return _refused("replace", "", "This reply is not in that scan's report.")
    now = db.now_iso()
    if not db.claim_scan_finding(store, scan_id, key, "flagged", "replacing", actor=actor, at=now):
        current = db.scan_finding(store, scan_id, key)["status"]
        return _refused("replace", current, f"Already handled: this reply is {current}.")
    reply = db.reply_state(store, key)
    if reply and reply["state"] in ("posting", "queued"):
        db.claim_scan_finding(store, scan_id, key, "replacing", "flagged", actor=actor, at=now)
        return _refused(
            "replace", reply["state"], "A reply for this review is being posted; try again shortly."
        )
    rules = sorted({f["rule"] for f in finding["findings"]})
    db.audit(
        store,
        actor,
        "scan.replace",
        key,
        text=finding["reply_text"],
        detail={"scan": scan_id, "rules": rules},
    )
    if reply is not None and reply["state"] in ("posted", "dismissed"):
        # A new reply cycle for the same review: the card shows the new draft.
        db.transition(
            store,
            key,
            reply["state"],
            "new",
            actor=actor,
            action="scan.redraft",
            detail={"scan": scan_id},
        )
    review = db.get_review(store, key)
    prepared = prepare_review(store, review, settings, drafter=drafter, env=env)
    return Outcome(
        True,
        "replace",
        prepared.state,
        f"A safe replacement is drafted (v{prepared.draft_version}); approving it on its card "
        "replaces the reply on Google.",
        (),
        prepared.draft_version,
        escalated=prepared.escalated,
    )


def delete_flagged_reply(
    store: db.Store, scan_id: int, key: str, actor: str, poster: Any
) -> Outcome:
    """Delete a flagged reply on Google (DELETE .../reply), once. The caller has checked that
    `actor` is an approver."""
    from slack_app.sources import ReplyError

    finding = db.scan_finding(store, scan_id, key)
    if finding is None:
        return _refused("delete", "", "This reply is not in that scan's report.")
    if not db.claim_scan_finding(
        store, scan_id, key, "flagged", "deleting", actor=actor, at=db.now_iso()
    ):
        current = db.scan_finding(store, scan_id, key)["status"]
        return _refused("delete", current, f"Already handled: this reply is {current}.")
    review = db.get_review(store, key)
    try:
        existed = poster.delete_reply(store, review)
    except ReplyError as exc:
        db.claim_scan_finding(
            store,
            scan_id,
            key,
            "deleting",
            "flagged",
            actor=actor,
            at=db.now_iso(),
            error=str(exc),
        )
        db.audit(
            store, actor, "scan.delete_failed", key, detail={"scan": scan_id, "error": str(exc)}
        )
        return _refused("delete", "flagged", f"Google did not delete the reply: {exc}")
    db.claim_scan_finding(store, scan_id, key, "deleting", "deleted", actor=actor, at=db.now_iso())
    db.audit(
        store,
        actor,
        "scan.reply_deleted",
        key,
        text=finding["reply_text"],
        detail={"scan": scan_id, "was_on_google": existed},
    )
    # The stored copy follows Google: no owner reply now (the earlier one is kept in history).
    from dataclasses import replace

    db.save_reviews(store, [replace(review, owner_reply="")])
    reply = db.reply_state(store, key)
    if reply and reply["state"] == "posted":
        db.transition(
            store,
            key,
            "posted",
            "dismissed",
            actor=actor,
            action="scan.reply_deleted",
            detail={"scan": scan_id},
        )
    message = "Reply deleted on Google." if existed else "There was no reply on Google any more."
    return Outcome(True, "delete", "deleted", message)
