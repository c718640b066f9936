"""An office manager's day through the real HTTP entry point: reviews arrive as cards, the App
Home shows each person their queue, an approver approves, a risk manager records a follow-up,
the scheduler (on a fixed clock) reminds whoever has to act, posts the digest with its chart
and refreshes the Home tabs. Every message and view passes slack_sdk's block models."""

from __future__ import annotations

import io
import json
from datetime import UTC, timedelta

from PIL import Image

from slack_app import store as db
from slack_app.config import DigestSettings, Practice
from slack_app.hours import BusinessHours, practice_zone
from slack_app.slack import blocks
from slack_app.slack.digest import DIGEST_EVENT
from slack_app.slack.follow_up import (
    FOLLOW_UP,
    FOLLOW_UP_BLOCK,
    FOLLOW_UP_VIEW,
    OUTCOME_BLOCK,
    OUTCOME_INPUT,
)
from slack_app.slack.scheduler import Scheduler
from slack_app.stats import parse_time
from tests.fakes.slack_api import block_actions, view_submission
from tests.fakes.slack_office import app_home_opened, select_action
from tests.office.blockkit import assert_valid_blocks, assert_valid_view
from tests.slack.conftest import APPROVER, RISK_MANAGER
from tests.slack.http_entry import send, serve
from tests.slack.test_scenarios import button_value, google_review, last_card, poll_and_announce


def home_of(slack, user: str) -> str:
    return json.dumps(slack.home_views[user], ensure_ascii=False)


def thread_texts(slack, ts: str) -> list[str]:
    return [m["text"] for m in slack.channel_messages("C0REVIEWS") if m.get("thread_ts") == ts]


def test_a_full_day(store, settings, env, driver, slack, google):
    settings = settings.model_copy(
        update={
            "practice": Practice(
                name="Riverside Family Dental", phone="(555) 014-2290", timezone="America/Chicago"
            )
        }
    )
    happy = google_review(google, "Friendly front desk and a spotless office.", stars="FIVE")
    waiting = google_review(google, "Waited a while, but the staff were kind.", stars="THREE")
    angry = google_review(
        google,
        "The dentist was negligent; my lawyer will hear about it.",
        stars="ONE",
        reviewer="Mark D.",
    )
    location = google.locations[0]
    a, b, c = (f"google:{location}:{item['reviewId']}" for item in (happy, waiting, angry))

    # Morning: the poller's cycle posts three cards; the lawsuit goes to the risk manager.
    assert sorted(poll_and_announce(store, settings, env, driver, google).posted) == sorted(
        [a, b, c]
    )
    assert db.reply_state(store, c)["state"] == "escalated"

    with serve(driver.app, driver.services) as url:
        # The approver and the risk manager open the app's Home tab.
        for n, user in enumerate((APPROVER, RISK_MANAGER)):
            assert (
                send(url, app_home_opened(user, event_id=f"Ev{n}"), event=True).status_code == 200
            )
        driver.executor.wait_idle()
        assert "Waiting for you (2)" in home_of(slack, APPROVER)
        assert "Waiting for you (1)" in home_of(slack, RISK_MANAGER)
        assert "Mark D." in home_of(slack, RISK_MANAGER)

        clock = [parse_time(db.now_iso())]
        scheduler = Scheduler(store, settings, driver.app.client, now=lambda: clock[0])

        # The approver approves the five-star reply from its card.
        card_a = db.reply_state(store, a)["card_ts"]
        approve = block_actions(
            action_id=blocks.APPROVE,
            user=APPROVER,
            message_ts=card_a,
            value=button_value(last_card(slack, a), blocks.APPROVE),
        )
        assert send(url, approve).status_code == 200
        driver.executor.wait_idle()
        assert db.reply_state(store, a)["state"] == "posted" and len(google.replies) == 1

        # The risk manager called the unhappy reviewer and records it, with a note.
        reply_c = db.reply_state(store, c)
        choice = select_action(
            action_id=FOLLOW_UP,
            value="reached_out",
            user=RISK_MANAGER,
            block_id=FOLLOW_UP_BLOCK,
            channel="C0REVIEWS",
            message_ts=reply_c["card_ts"],
        )
        assert send(url, choice).status_code == 200
        (modal,) = slack.calls_to("views.open")
        assert_valid_view(modal["view"])
        outcome = {"type": "radio_buttons", "selected_option": {"value": "reached_out"}}
        submission = view_submission(
            callback_id=FOLLOW_UP_VIEW,
            private_metadata=c,
            user=RISK_MANAGER,
            values={OUTCOME_BLOCK: {OUTCOME_INPUT: outcome}},
        )
        answer = send(url, submission)
        assert (answer.status_code, answer.text) == (200, "")
        driver.executor.wait_idle()
    assert [f["outcome"] for f in db.follow_ups(store, c)] == ["reached_out"]
    assert "Follow-up:* Reached out offline" in json.dumps(last_card(slack, c))

    # A day later, in business hours: the waiting replies get reminders in their threads, and
    # the Home tabs changed by the approval and the follow-up are published again.
    since = max(parse_time(r["at"]) for r in db.audit_rows(store, review_key=b))
    clock[0] = BusinessHours.of(settings).next_open(since + timedelta(hours=24, minutes=1))
    # The weekly digest is set to fall due a few minutes after that.
    digest_at = (clock[0] + timedelta(minutes=6)).replace(second=0, microsecond=0)
    local = digest_at.astimezone(practice_zone(settings))
    scheduler.settings = settings.model_copy(
        update={"digest": DigestSettings(day=f"{local:%a}", time=f"{local:%H:%M}")}
    )
    publishes_before = len(slack.calls_to("views.publish"))
    tick = scheduler.tick()

    # (the week before's digest is more than 12 hours late: skipped)
    assert sorted(tick.reminders) == sorted([b, c]) and tick.digest is None
    (reminder_b,) = thread_texts(slack, db.reply_state(store, b)["card_ts"])[-1:]
    assert reminder_b.startswith(":alarm_clock: <@U0ANNA> <!subteam^S0APPROVERS>: this review")
    assert thread_texts(slack, db.reply_state(store, c)["card_ts"])[-1].startswith(
        ":alarm_clock: <@U0RITA>: this review"
    )
    assert sorted(tick.homes) == sorted([APPROVER, RISK_MANAGER])
    assert len(slack.calls_to("views.publish")) == publishes_before + 2
    assert "Waiting for you (1)" in home_of(slack, APPROVER)  # the approved one is gone
    card_b = db.reply_state(store, b)["card_ts"]
    link_b = "https://practice.slack.com/archives/C0REVIEWS/p" + card_b.replace(".", "")
    assert link_b in home_of(slack, APPROVER)

    # The weekly digest: figures, links to the waiting cards, the chart.
    clock[0] = digest_at
    tick = scheduler.tick()
    clock[0] = digest_at + timedelta(minutes=1)
    again = scheduler.tick()

    assert tick.digest == f"weekly:{local.date().isoformat()}" and tick.reminders == []
    assert (again.digest, again.reminders, again.homes) == (None, [], [])
    (digest,) = [
        m
        for m in slack.channel_messages("C0REVIEWS")
        if (m.get("metadata") or {}).get("event_type") == DIGEST_EVENT
    ]
    shown = json.dumps(digest["blocks"], ensure_ascii=False)
    for figure in (
        "*New reviews*\\n3",
        "*Replies posted*\\n1",
        "*Response rate*\\n33%",
        "*Escalations*\\n1 new · 0 cleared · 1 open",
        "*Follow-ups recorded*\\n1\\nReached out offline: 1",
    ):
        assert figure in shown, figure
    assert link_b in shown
    (upload,) = slack.uploads.values()
    image = Image.open(io.BytesIO(upload["data"]))
    assert (image.format, image.size, upload["channel"]) == ("PNG", (1000, 500), "C0REVIEWS")

    # Everything the app sent passes slack_sdk's block models.
    for call in slack.calls_to("chat.postMessage") + slack.calls_to("chat.update"):
        if call.get("blocks"):
            assert_valid_blocks(call["blocks"])
    for call in slack.calls_to("views.publish") + slack.calls_to("views.open"):
        assert_valid_view(call["view"])
    assert clock[0].tzinfo is UTC
