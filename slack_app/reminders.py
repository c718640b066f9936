"""Reminders: which waiting replies are due a nudge now (no Slack).

A reply waiting for people (drafted, cleared, post_failed, approved: the approvers; escalated:
the risk managers) longer than `reminders.after_hours` since anyone last acted on it is due a
reminder, then another at most every `after_hours` until someone acts (any state transition
starts a new wait). Reminders go out only inside `practice.business_hours` on
`practice.business_days` in `practice.timezone`: one due overnight waits for the opening.

Each reminder is a delivery claimed in the store before it is sent (`store.claim_delivery`),
keyed by the review, the start of its wait and its number, so two processes or a restart
never send it twice. The Slack layer (`slack.reminders`) posts them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from slack_app import store as db
from slack_app.config import Settings
from slack_app.hours import BusinessHours
from slack_app.stats import RISK_STATES, WAITING_STATES, WaitingReply, parse_time, waiting_replies

KIND = "reminder"
ACTION = "reminder.sent"


@dataclass(frozen=True)
class DueReminder:
    reply: WaitingReply
    number: int  # 1 for the first reminder of this wait
    waited: timedelta

    @property
    def key(self) -> str:
        return f"{self.reply.review_key}@{self.reply.since}#{self.number}"

    @property
    def for_risk_managers(self) -> bool:
        return self.reply.state in RISK_STATES

    @property
    def people(self) -> str:
        """The setting naming who must act: "approvers" or "risk_managers"."""
        return "risk_managers" if self.for_risk_managers else "approvers"

    def who(self, settings: Settings) -> list[str]:
        """The configured ids (users and user groups) who must act: its office's."""
        return list(getattr(settings.office_for(self.reply.location_id), self.people))


def due_reminders(store: db.Store, settings: Settings, now: datetime) -> list[DueReminder]:
    """Reminders due at `now`, longest waiting first. Empty outside business hours, when
    reminders are off, and for replies whose card is not in Slack (nothing to reply to)."""
    if not settings.reminders.enabled or not BusinessHours.of(settings).is_open(now):
        return []
    after = timedelta(hours=settings.reminders.after_hours)
    sent = db.reminders_sent(store)
    replies, _ = waiting_replies(store, WAITING_STATES)
    due = []
    for reply in replies:
        if not reply.card_ts:
            continue
        count, last = sent.get((reply.review_key, reply.since), (0, ""))
        since = parse_time(reply.since)
        if now >= parse_time(last or reply.since) + after:
            due.append(DueReminder(reply, count + 1, now - since))
    return due


def claim(store: db.Store, due: DueReminder, *, actor: str, now: datetime) -> str:
    """ "fresh", "stale" (an unsent earlier claim: look in Slack first) or "" (not ours)."""
    return db.claim_delivery(
        store,
        KIND,
        due.key,
        actor=actor,
        review_key=due.reply.review_key,
        detail={"since": due.reply.since, "number": due.number, "state": due.reply.state},
        now=now,
    )


def record(
    store: db.Store,
    due: DueReminder,
    *,
    channel: str,
    ts: str,
    actor: str,
    mentions: list[str],
    now: datetime,
) -> None:
    db.record_delivery(
        store,
        KIND,
        due.key,
        channel=channel,
        ts=ts,
        actor=actor,
        action=ACTION,
        detail={"mentions": mentions},
        now=now,
    )
