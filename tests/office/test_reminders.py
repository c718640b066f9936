"""Reminders: when they fall due (business hours, weekends, repeats, someone acting), what they
say and to whom, and that each goes out once across a restart and a stale claim."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from slack_app import reminders
from slack_app import store as db
from slack_app.config import Practice, RemindersSettings
from slack_app.slack.reminders import REMINDER_EVENT, send_due_reminders
from slack_app.store import Store
from tests.office.conftest import office_settings
from tests.office.seed import t

CHICAGO = ZoneInfo("America/Chicago")


def local(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=CHICAGO).astimezone(UTC)


def at(text: str) -> str:
    """A local Chicago time in the seeder's "MM-DDTHH:MM" UTC form."""
    return local(text).strftime("%m-%dT%H:%M")


def waiting(seed, name: str, since_local: str, *, state: str = "drafted", card: str = "") -> str:
    """A review whose reply entered `state` at `since_local` (Chicago), with a card."""
    key = seed.review(name, created=at(since_local))
    action = "triage.escalated" if state == "escalated" else "draft.created"
    seed.reply(
        key,
        (at(since_local), action, state),
        card_channel="C0REVIEWS",
        card_ts=card or f"1700000000.{len(name):06d}",
    )
    return key


def due_at(store, settings, moment: str) -> list[tuple[str, int]]:
    return [
        (d.reply.review_key.rsplit(":", 1)[1], d.number)
        for d in reminders.due_reminders(store, settings, local(moment))
    ]


@pytest.mark.parametrize(
    "since, moment, due",
    [
        ("2026-11-23 10:00", "2026-11-24 09:59:59", False),  # 24 h not yet up
        ("2026-11-23 10:00", "2026-11-24 10:00", True),  # exactly 24 h, in hours
        ("2026-11-23 18:30", "2026-11-24 18:30", False),  # due after closing: waits
        ("2026-11-23 18:30", "2026-11-25 07:59", False),
        ("2026-11-23 18:30", "2026-11-25 08:00", True),  # the next opening
        ("2026-11-27 10:00", "2026-11-28 10:00", False),  # due on Saturday
        ("2026-11-27 10:00", "2026-11-29 23:00", False),  # Sunday night
        ("2026-11-27 10:00", "2026-11-30 07:59:59", False),
        ("2026-11-27 10:00", "2026-11-30 08:00", True),  # Monday's opening
    ],
)
def test_a_reminder_falls_due_inside_business_hours_only(store, seed, settings, since, moment, due):
    waiting(seed, "r1", since)

    assert due_at(store, settings, moment) == ([("r1", 1)] if due else [])


def test_repeats_at_most_every_after_hours_until_someone_acts(store, seed, settings):
    key = waiting(seed, "r1", "2026-11-23 09:00")
    (first,) = reminders.due_reminders(store, settings, local("2026-11-24 09:30"))
    assert reminders.claim(store, first, actor="t", now=local("2026-11-24 09:30")) == "fresh"
    reminders.record(
        store,
        first,
        channel="C0REVIEWS",
        ts="1.1",
        actor="t",
        mentions=[],
        now=local("2026-11-24 09:30"),
    )

    assert due_at(store, settings, "2026-11-24 09:31") == []
    assert due_at(store, settings, "2026-11-25 09:29") == []
    assert due_at(store, settings, "2026-11-25 09:30") == [("r1", 2)]

    # An approver edits the draft: a new wait starts, counted from then.
    seed.audit(
        key, t(at("2026-11-25 09:00"))[5:16], "edit", detail={"from": "drafted", "to": "drafted"}
    )
    assert due_at(store, settings, "2026-11-25 09:30") == []
    assert due_at(store, settings, "2026-11-26 09:00") == [("r1", 1)]


def test_who_is_named_by_state(store, seed, settings):
    waiting(seed, "drafted", "2026-11-23 09:00")
    waiting(seed, "escalated", "2026-11-23 09:00", state="escalated")
    due = {
        d.reply.state: d.who(settings)
        for d in reminders.due_reminders(store, settings, local("2026-11-24 10:00"))
    }

    assert due == {"drafted": ["U0ANNA", "S0APPROVERS"], "escalated": ["U0RITA"]}


def test_no_reminder_without_a_card_or_when_off(store, seed, settings):
    key = seed.review("nocard", created=at("2026-11-23 09:00"))
    seed.reply(key, (at("2026-11-23 09:00"), "draft.created", "drafted"))
    waiting(seed, "r1", "2026-11-23 09:00")
    off = settings.model_copy(update={"reminders": RemindersSettings(enabled=False)})

    assert due_at(store, settings, "2026-11-24 10:00") == [("r1", 1)]
    assert due_at(store, off, "2026-11-24 10:00") == []


def test_after_hours_and_business_days_come_from_the_settings(store, seed):
    waiting(seed, "r1", "2026-11-27 10:00")  # a Friday
    weekend = office_settings(
        practice=Practice(
            name="R", phone="(555) 014-2290", timezone="America/Chicago", business_days=["Sat"]
        ),
        reminders=RemindersSettings(after_hours=4),
    )

    assert due_at(store, weekend, "2026-11-27 14:00") == []  # a Friday is closed here
    assert due_at(store, weekend, "2026-11-28 08:00") == [("r1", 1)]


# ---------------------------------------------------------------------------------------------
# Sending, once
# ---------------------------------------------------------------------------------------------


def post_card(client) -> str:
    return client.chat_postMessage(channel="C0REVIEWS", text="card")["ts"]


def thread(slack, ts: str) -> list[dict]:
    """The replies Slack holds in the card's thread (a refused post is not one)."""
    return [m for m in slack.channel_messages("C0REVIEWS") if m.get("thread_ts") == ts]


def test_the_reminder_names_who_must_act_in_the_cards_thread(store, seed, settings, slack, client):
    card = post_card(client)
    key = waiting(seed, "r1", "2026-11-23 09:00", card=card)
    risky = waiting(seed, "r2", "2026-11-23 09:00", state="escalated", card=post_card(client))

    sent = send_due_reminders(client, store, settings, local("2026-11-24 10:00"), actor="bot")

    assert sent == [key, risky]
    (reminder,) = thread(slack, card)
    assert reminder["text"] == (
        ":alarm_clock: <@U0ANNA> <!subteam^S0APPROVERS>: this review has waited 25 hours for "
        "an approver. It is ready to approve."
    )
    assert reminder["metadata"] == {
        "event_type": REMINDER_EVENT,
        "event_payload": {"reminder": f"{key}@{t(at('2026-11-23 09:00'))}#1"},
    }
    assert (
        "<@U0RITA>: this review has waited 25 hours for a risk manager"
        in [c["text"] for c in slack.calls_to("chat.postMessage") if c.get("thread_ts")][1]
    )
    audit = [r for r in db.audit_rows(store, review_key=key) if r["action"] == "reminder.sent"]
    assert [(r["actor"], r["detail"]["mentions"], r["detail"]["number"]) for r in audit] == [
        ("bot", ["U0ANNA", "S0APPROVERS"], 1)
    ]


def test_no_second_reminder_after_a_restart(store, seed, settings, slack, client):
    card = post_card(client)
    waiting(seed, "r1", "2026-11-23 09:00", card=card)
    send_due_reminders(client, store, settings, local("2026-11-24 10:00"), actor="bot")

    with Store(store.path) as restarted:
        again = send_due_reminders(
            client, restarted, settings, local("2026-11-24 10:05"), actor="bot"
        )

    assert again == [] and len(thread(slack, card)) == 1


def test_a_claim_left_by_a_crash_is_recovered_from_the_thread(store, seed, settings, slack, client):
    card = post_card(client)
    waiting(seed, "r1", "2026-11-23 09:00", card=card)
    (due,) = reminders.due_reminders(store, settings, local("2026-11-24 10:00"))
    # A process claimed it, posted it, and died before recording it.
    reminders.claim(store, due, actor="other", now=local("2026-11-24 10:00"))
    posted = client.chat_postMessage(
        channel="C0REVIEWS",
        thread_ts=card,
        text="reminder",
        metadata={"event_type": REMINDER_EVENT, "event_payload": {"reminder": due.key}},
    )["ts"]

    soon = send_due_reminders(client, store, settings, local("2026-11-24 10:02"), actor="bot")
    later = send_due_reminders(client, store, settings, local("2026-11-24 10:06"), actor="bot")

    assert (soon, len(later)) == ([], 1)  # the claim is held, then taken over
    assert len(thread(slack, card)) == 1  # and not posted again
    assert db.delivery(store, "reminder", due.key)["ts"] == posted


def test_a_refused_reminder_is_tried_again_five_minutes_later(store, seed, settings, slack, client):
    card = post_card(client)
    waiting(seed, "r1", "2026-11-23 09:00", card=card)
    slack.fail_next("chat.postMessage", error="ratelimited_no_retry")

    def send(moment: str) -> list[str]:
        return send_due_reminders(client, store, settings, local(moment), actor="bot")

    tries = [send("2026-11-24 10:00"), send("2026-11-24 10:04"), send("2026-11-24 10:06")]

    assert [len(sent) for sent in tries] == [0, 0, 1] and len(thread(slack, card)) == 1
    assert len(slack.calls_to("chat.postMessage")) == 3  # the card, the refused, the reminder
    assert len(slack.calls_to("conversations.replies")) == 1  # looked first: not there


def test_waited_is_reported_in_days_after_two(store, seed, settings, slack, client):
    card = post_card(client)
    waiting(seed, "r1", "2026-11-20 09:00", card=card)  # Friday

    send_due_reminders(client, store, settings, local("2026-11-23 08:00"), actor="bot")

    # 71 hours, Friday 09:00 to Monday 08:00 (it fell due on Saturday)
    assert "has waited 2 days for an approver" in thread(slack, card)[0]["text"]
