"""Escalation notices: the messages that tell the risk managers (a DM each, and the risk
channel if set) about an escalated review, delivered at least once and shown once.

The workflow records an escalation with the state change that made it (store.escalations);
this module delivers it, after each poll cycle (`announcer.publish`) and right after a listener
escalates:

1. fix the recipients once (risk managers, user groups expanded, and the risk channel): one
   pending notice each;
2. per notice: claim it (one conditional UPDATE; a claim of a process that died is taken over)
   -> open the DM and store its channel -> post with message metadata
   `{event_type: "escalation_notice", event_payload: {review_key, escalation_id}}` -> store
   the ts. A notice claimed before but never recorded (the process died after posting) is
   first looked up in its conversation's history (`conversations.history` with
   `include_all_metadata`; a DM needs the `im:history` scope): found, its ts is recorded and
   nothing is posted again. Without that scope it is posted again once the claim is
   abandoned: at least once wins over once;
3. `redraw`: when a risk manager clears, holds or dismisses, every message about that
   escalation is updated to show it (not only the one clicked), again after a crash.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from slack_sdk.errors import SlackApiError

from slack_app import store as db
from slack_app.slack import blocks
from slack_app.workflow import current_draft

log = logging.getLogger(__name__)

NOTICE_EVENT = "escalation_notice"  # message metadata event_type
HISTORY_LIMIT = 100
# Slack errors after which a message to this recipient will never go through as configured.
PERMANENT_ERRORS = frozenset(
    {
        "user_not_found",
        "user_disabled",
        "account_inactive",
        "cannot_dm_bot",
        "users_not_found",
        "channel_not_found",
        "not_in_channel",
        "is_archived",
        "invalid_users",
        "restricted_action",
    }
)
DECISIONS = {
    "clear": "cleared the review for reply",
    "hold": "kept the review on hold",
    "dismiss": "dismissed the review: no reply will be posted",
}


@dataclass
class NoticeReport:
    sent: list[tuple[str, str]] = field(default_factory=list)  # (review key, recipient)
    recovered: list[tuple[str, str]] = field(default_factory=list)  # found in history
    failed: dict[tuple[str, str], str] = field(default_factory=dict)
    redrawn: int = 0


def metadata(key: str, escalation_id: int) -> dict:
    return {
        "event_type": NOTICE_EVENT,
        "event_payload": {"review_key": key, "escalation_id": escalation_id},
    }


def deliver(
    client: Any, store: db.Store, settings: Any, directory: Any, *, key: str | None = None
) -> NoticeReport:
    """Send every pending notice (of review `key`, or all) once, then redraw the messages
    whose escalation a risk manager decided since they were sent."""
    report = NoticeReport()
    _fix_recipients(store, settings, directory, key)
    for row in db.pending_notices(store, key):
        ident = (row["review_key"], row["recipient"])
        if row["claimed_at"] and row["channel"]:
            ts = _find_in_history(client, row)
            if ts:
                db.record_notice(store, row["escalation_id"], row["recipient"], row["channel"], ts)
                report.recovered.append(ident)
                continue
        if not db.claim_notice(store, row["escalation_id"], row["recipient"]):
            continue  # another process is sending it right now
        error = _send(client, store, row)
        if error:
            report.failed[ident] = error
        else:
            report.sent.append(ident)
    report.redrawn = redraw(client, store, key)
    if report.sent or report.recovered or report.failed:
        log.info(
            "escalation notices: %d sent, %d found already sent, %d failed",
            len(report.sent),
            len(report.recovered),
            len(report.failed),
        )
    return report


def _fix_recipients(store: db.Store, settings: Any, directory: Any, key: str | None) -> None:
    for escalation in db.escalations_without_recipients(store):
        if key is not None and escalation["review_key"] != key:
            continue
        # The review's office's risk managers (a location's own list replaces [slack]'s).
        review = db.get_review(store, escalation["review_key"])
        office = settings.office_for(review.location_id if review else "")
        configured = list(office.risk_managers)
        recipients = sorted(directory.members(configured))
        if settings.slack.risk_channel:
            recipients.append(settings.slack.risk_channel)
        if not recipients and configured:
            # The risk managers are user groups Slack would not list just now: try next time
            # rather than fix an empty list.
            log.warning(
                "review %s escalated, but no risk manager could be found in %s; trying again "
                "next cycle",
                escalation["review_key"],
                ", ".join(configured),
            )
            continue
        if not recipients:
            log.warning(
                "review %s escalated but no risk manager or risk channel is configured "
                "(%s, slack.risk_channel)",
                escalation["review_key"],
                office.setting("risk_managers"),
            )
        db.set_recipients(store, escalation["id"], recipients)


def _find_in_history(client: Any, row: dict) -> str:
    """The ts of this notice if it is already in its conversation, else ""."""
    try:
        response = client.conversations_history(
            channel=row["channel"], include_all_metadata=True, limit=HISTORY_LIMIT
        )
    except SlackApiError as exc:
        log.warning(
            "cannot check whether the escalation message to %s for %s went out (%s); it is "
            "sent again once its claim is abandoned (add the im:history scope to avoid that)",
            row["recipient"],
            row["review_key"],
            exc.response.get("error"),
        )
        return ""
    for message in response.get("messages") or []:
        meta = message.get("metadata") or {}
        payload = meta.get("event_payload") or {}
        if (
            meta.get("event_type") == NOTICE_EVENT
            and payload.get("review_key") == row["review_key"]
            and str(payload.get("escalation_id")) == str(row["escalation_id"])
        ):
            return message["ts"]
    return ""


def _send(client: Any, store: db.Store, row: dict) -> str:
    """Post one claimed notice and record it. Returns "" or why it failed."""
    eid, recipient = row["escalation_id"], row["recipient"]
    try:
        channel = row["channel"] or _conversation(client, recipient)
        if channel != row["channel"]:
            db.set_notice_channel(store, eid, recipient, channel)
        card, text = render(store, row)
        response = client.chat_postMessage(
            channel=channel, blocks=card, text=text, metadata=metadata(row["review_key"], eid)
        )
    except SlackApiError as exc:  # Slack answered: nothing was posted
        error = str(exc.response.get("error") or exc)
        if error in PERMANENT_ERRORS:
            log.warning("escalation message to %s cannot be sent: %s", recipient, error)
            db.fail_notice(store, eid, recipient, error)
        else:
            log.warning("escalation message to %s failed (%s); retrying later", recipient, error)
            db.release_notice(store, eid, recipient)
        return error
    except OSError as exc:  # it may have been posted: the history check decides next time
        log.warning("escalation message to %s: no answer from Slack (%s)", recipient, exc)
        return str(exc)
    db.record_notice(store, eid, recipient, response["channel"], response["ts"])
    return ""


def _conversation(client: Any, recipient: str) -> str:
    """Where a recipient's message goes: a user's DM, or the channel itself."""
    if recipient[:1] in "UW":
        return client.conversations_open(users=recipient)["channel"]["id"]
    return recipient


def render(store: db.Store, escalation: dict) -> tuple[list[dict], str]:
    """(blocks, text) of the message about `escalation` (a notice or escalation row with
    review_key, escalated_by, decision, decided_by, decided_at, decision_note)."""
    key = escalation["review_key"]
    review = db.get_review(store, key)
    reply = db.reply_state(store, key)
    line = ""
    if escalation["decision"]:
        note = escalation["decision_note"]
        said = f": \u201c{blocks.escape(note)}\u201d" if note else ""
        line = blocks.thread_line(
            escalation["decided_by"],
            DECISIONS[escalation["decision"]] + said,
            escalation["decided_at"],
        )
    held = escalation["decision"] == "hold"
    card = blocks.escalation_card(
        review,
        current_draft(store, key),
        reply["triage"] if reply else {},
        escalated_by=escalation["escalated_by"],
        resolved="" if held else line,
        held=line if held else "",
    )
    text = "Review escalated: " + blocks.card_fallback_text(review, "escalated")
    return card, text


def redraw(
    client: Any, store: db.Store, key: str | None = None, *, clicked: tuple[str, str] | None = None
) -> int:
    """Update every sent message whose escalation was decided since (of `key`, or all) to
    show the decision. `clicked` (channel, ts) is the message a risk manager pressed: updated
    too when it is not a recorded notice (one sent before this version)."""
    done = 0
    updated: set[tuple[str, str]] = set()
    for row in db.notices_to_redraw(store, key):
        if _update(client, store, row, row["channel"], row["ts"]):
            db.mark_shown(store, row["escalation_id"], row["recipient"], row["decided_at"])
            done += 1
        updated.add((row["channel"], row["ts"]))
    known = {(n["channel"], n["ts"]) for n in db.escalation_notices(store, key)} if key else set()
    if clicked and key and clicked not in updated | known:
        escalation = db.latest_escalation(store, key)
        if escalation is not None and _update(client, store, escalation, *clicked):
            done += 1
    return done


def _update(client: Any, store: db.Store, escalation: dict, channel: str, ts: str) -> bool:
    """Redraw one message; True when it is done with (updated, or gone for good)."""
    card, text = render(store, escalation)
    try:
        client.chat_update(channel=channel, ts=ts, blocks=card, text=text)
    except SlackApiError as exc:
        error = exc.response.get("error")
        log.warning("updating the escalation message in %s failed: %s", channel, error)
        return error in ("message_not_found", "cant_update_message", "channel_not_found")
    except OSError as exc:
        log.warning("updating the escalation message in %s failed: %s", channel, exc)
        return False
    return True
