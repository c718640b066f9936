"""Reminders in Slack: a thread reply on the waiting card naming who must act (people as
<@U...>, user groups as <!subteam^S...>), sent once (`slack_app.reminders` decides which are
due and claims each in the store).

A claim left unsent (the process stopped, or Slack refused the post) is taken over after five
minutes; the card's thread is read first (conversations.replies with message metadata), so a
reminder that did go out is recorded instead of sent again.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from slack_sdk.errors import SlackApiError

from slack_app import reminders
from slack_app import store as db
from slack_app.config import Settings
from slack_app.reminders import DueReminder
from slack_app.slack.office_text import WAITING_FOR, age_text, mention

log = logging.getLogger(__name__)

REMINDER_EVENT = "review_reminder"  # message metadata event_type


def reminder_text(due: DueReminder, settings: Settings) -> str:
    """The thread reply: who must act, what the reply needs, how long it has waited."""
    people = due.who(settings)
    role = "a risk manager" if due.for_risk_managers else "an approver"
    named = " ".join(mention(person) for person in people)
    if not named:
        setting = settings.office_for(due.reply.location_id).setting(due.people)
        named = f"(nobody is listed in {setting})"
    again = f" (reminder {due.number})" if due.number > 1 else ""
    need = WAITING_FOR.get(due.reply.state, due.reply.state)
    return (
        f":alarm_clock: {named}: this review has waited {age_text(due.waited)} for {role}"
        f"{again}. It is {need}."
    )


def metadata(due: DueReminder) -> dict:
    return {"event_type": REMINDER_EVENT, "event_payload": {"reminder": due.key}}


def _already_posted(client: Any, due: DueReminder) -> str:
    """The ts of this reminder in the card's thread, or "" (raises SlackApiError)."""
    replies = client.conversations_replies(
        channel=due.reply.card_channel, ts=due.reply.card_ts, include_all_metadata=True
    )
    for message in replies.get("messages") or []:
        meta = message.get("metadata") or {}
        if meta.get("event_type") == REMINDER_EVENT and (
            (meta.get("event_payload") or {}).get("reminder") == due.key
        ):
            return message["ts"]
    return ""


def send_due_reminders(
    client: Any, store: db.Store, settings: Settings, now: datetime, *, actor: str
) -> list[str]:
    """Post every reminder due at `now` that this process wins; returns their review keys."""
    sent = []
    for due in reminders.due_reminders(store, settings, now):
        claim = reminders.claim(store, due, actor=actor, now=now)
        if not claim:
            continue
        channel, card = due.reply.card_channel, due.reply.card_ts
        mentions = due.who(settings)
        try:
            ts = _already_posted(client, due) if claim == "stale" else ""
            if not ts:
                ts = client.chat_postMessage(
                    channel=channel,
                    thread_ts=card,
                    text=reminder_text(due, settings),
                    metadata=metadata(due),
                )["ts"]
        except (SlackApiError, OSError) as exc:
            error = exc.response.get("error") if isinstance(exc, SlackApiError) else str(exc)
            # The claim stays: after five minutes it is taken over, the thread read, tried again.
            log.warning(
                "reminder for %s failed: %s; trying again in 5 minutes", due.reply.review_key, error
            )
            continue
        reminders.record(
            store, due, channel=channel, ts=ts, actor=actor, mentions=mentions, now=now
        )
        sent.append(due.reply.review_key)
    if sent:
        log.info(
            "reminders sent for %d waiting repl%s", len(sent), "y" if len(sent) == 1 else "ies"
        )
    return sent
