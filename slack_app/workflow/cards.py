"""Where a review's card is in Slack: recording a posted card, and sharing a pasted review.

The Slack layer sends the message; this module decides whether it may, and records what
happened. A post is passed in as a function, so nothing here imports Slack.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from slack_app import store as db
from slack_app.redaction import redact
from slack_app.workflow.core import Outcome, _refused, _state

log = logging.getLogger(__name__)


class CardNotPosted(Exception):
    """Slack did not take a card; `str()` is Slack's reason (an error code such as
    `not_in_channel`, or its whole answer, redacted: it is shown back in Slack)."""

    def __init__(self, reason: str) -> None:
        super().__init__(redact(str(reason)))


def record_card(
    store: db.Store,
    key: str,
    channel: str,
    ts: str,
    *,
    actor: str = "announcer",
    action: str = "card.posted",
    detail: dict | None = None,
) -> None:
    """Remember where the card is (channel and ts), audited in the same transaction."""
    with store.write():
        db.set_reply_fields(store, key, card_channel=channel, card_ts=ts, announced_at=db.now_iso())
        db.audit(store, actor, action, key, detail=detail)


def share(
    store: db.Store,
    key: str,
    actor: str,
    channel: str,
    post: Callable[[], tuple[str, str]],
) -> Outcome:
    """A pasted review's card goes to the review channel once: claim it, `post()` it (which
    returns Slack's channel and ts, or raises CardNotPosted), then record the card and the share
    together. A double click or a retried request finds the claim taken; a post Slack refused
    gives the claim back, so the next click can try again."""
    if not db.claim_announcement(store, key, actor=actor):
        return _refused("share", _state(store, key)["state"], "This card is already shared.")
    try:
        posted_channel, ts = post()
    except CardNotPosted as exc:
        log.warning("sharing %s failed: %s", key, exc)
        db.set_reply_fields(store, key, announce_claimed_at="")
        return _refused("share", _state(store, key)["state"], f"Sharing failed: {exc}")
    with store.write():
        record_card(store, key, posted_channel, ts, detail={"channel": channel, "ts": ts})
        db.audit(store, actor, "share", key, detail={"channel": channel})
        state = _state(store, key)["state"]
        # An escalated paste must reach the risk managers, as an announced one does.
        if state == "escalated":
            db.record_escalation(store, key, actor)
    return Outcome(True, "share", state, "Shared for approval.", escalated=state == "escalated")
