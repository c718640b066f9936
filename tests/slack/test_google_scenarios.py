"""Google in depth, driven as Slack drives the app: signed requests into the real HTTP entry
point, a local Slack Web API, a local Google Business Profile server, a real SQLite store.

A reply Google rejects comes back to its card; a removed review withdraws its draft; a scan of
the replies already on Google finds the seeded unsafe ones (and none of the safe), replaces one
and deletes another, exactly once each; a reply beyond Google's 10 a minute waits, saying when.
"""

from __future__ import annotations

import json

from slack_app import store as db
from slack_app.pipeline import run_cycle
from slack_app.slack import blocks
from slack_app.slack import reply_audit as report
from slack_app.slack.announcer import publish
from slack_app.slack.scheduler import Scheduler
from slack_app.sources.google import GoogleSource
from slack_app.sources.http_retry import RetryPolicy
from slack_app.sources.posting import SourcePoster
from slack_app.sources.quota import SimulatedClock
from tests.fakes.slack_api import block_actions, slash_command, view_submission
from tests.google.test_reply_audit import SAFE, UNSAFE, seed
from tests.slack.conftest import APPROVER, RISK_MANAGER, STRANGER
from tests.slack.http_entry import send, serve
from tests.slack.test_scenarios import (
    action_ids,
    button_value,
    card_post,
    card_text,
    edit_values,
    ephemerals,
    google_review,
    last_card,
    poll_and_announce,
    thread_lines,
)


def cycle(store, settings, env, driver, google):
    """One poll cycle (poll, drafts, Google upkeep) and what follows it in Slack."""
    source = GoogleSource(env, policy=RetryPolicy.quick())
    try:
        report_ = run_cycle(store, settings, env, sources={"google": source})
    finally:
        source.close()
    publish(driver.app.client, store, settings, env, report_)
    return report_


def click(url, driver, action_id, value, user, **kwargs):
    response = send(url, block_actions(action_id=action_id, value=value, user=user, **kwargs))
    assert response.status_code == 200
    driver.executor.wait_idle()


def approve(url, driver, slack, key, user=APPROVER, *, times=1):
    """Approve from the card as drawn now (`times` > 1: the same click sent again)."""
    value = button_value(last_card(slack, key), blocks.APPROVE)
    ts = db.reply_state(driver.services.store, key)["card_ts"]
    for _ in range(times):
        click(url, driver, blocks.APPROVE, value, user, message_ts=ts)


def test_a_reply_google_rejects_is_shown_on_its_card_with_edit_and_retry(
    store, settings, env, driver, slack, google
):
    item = google_review(google, "Friendly staff and a calm waiting room.", stars="FIVE")
    key = f"google:{google.locations[0]}:{item['reviewId']}"
    poll_and_announce(store, settings, env, driver, google)
    ts = db.reply_state(store, key)["card_ts"]

    with serve(driver.app, driver.services) as url:
        approve(url, driver, slack, key)
        assert db.reply_state(store, key)["state"] == "posted" and len(google.replies) == 1

        # Google's moderation rejects it; the next cycle reads it back.
        google.moderate(
            google.locations[0], item["reviewId"], "REJECTED", violation="PERSONAL_INFO"
        )
        cycle(store, settings, env, driver, google)

        card = last_card(slack, key)
        assert (
            ":no_entry_sign: *Google rejected this reply:* it contains personal information "
            "(PERSONAL_INFO). Edit it and approve the new text, or Retry to send the same text "
            "again."
        ) in card_text(card)
        assert "Posting failed" not in card_text(card)
        assert action_ids(card) == [blocks.RETRY, blocks.EDIT, blocks.DISMISS]
        assert thread_lines(slack, ts)[-1].startswith(
            "review-assistant Google rejected the reply: it contains personal information "
            "(PERSONAL_INFO)"
        )
        rejected = [
            r for r in db.audit_rows(store, review_key=key) if r["action"] == "google.rejected"
        ]
        assert [(r["actor"], r["detail"]["policy_violation"]) for r in rejected] == [
            ("review-assistant", "PERSONAL_INFO")
        ]

        # Edited, approved again, published: the card links to the reply on Google.
        text = "Thank you for writing. Please call our office manager at (555) 014-2290."
        answer = send(
            url,
            view_submission(
                callback_id=blocks.EDIT_VIEW,
                private_metadata=key,
                values=edit_values(text),
                user=APPROVER,
            ),
        )
        assert answer.status_code == 200
        driver.executor.wait_idle()
        approve(url, driver, slack, key)
        assert [r["comment"] for r in google.replies] == [google.replies[0]["comment"], text]
        google.moderate(google.locations[0], item["reviewId"], "APPROVED")
        cycle(store, settings, env, driver, google)

    card = card_text(last_card(slack, key))
    assert (
        f"Google published the reply. <https://business.google.com/reviews/reply/"
        f"{item['reviewId']}|View on Google>"
    ) in card
    assert thread_lines(slack, ts)[-1].startswith("review-assistant Google published the reply")


def test_a_removed_review_withdraws_its_draft_and_approve_posts_nothing(
    store, settings, env, driver, slack, google
):
    item = google_review(google, "Waited a little, but everyone was kind.", stars="FOUR")
    key = f"google:{google.locations[0]}:{item['reviewId']}"
    poll_and_announce(store, settings, env, driver, google)
    stale_card = last_card(slack, key)
    ts = db.reply_state(store, key)["card_ts"]

    google.remove_review(google.locations[0], item["reviewId"])
    cycle(store, settings, env, driver, google)  # the day's full pass notices it

    card = last_card(slack, key)
    assert "*This review was removed from Google*" in card_text(card)
    assert "The draft was withdrawn; nothing will be posted." in card_text(card)
    assert blocks.APPROVE not in action_ids(card)
    assert db.reply_state(store, key)["state"] == "dismissed"
    assert thread_lines(slack, ts)[-1].startswith(
        "review-assistant the review was removed from Google; the draft was withdrawn"
    )
    removed = [r for r in db.audit_rows(store, review_key=key) if r["action"] == "review.removed"]
    assert [(r["actor"], r["detail"]) for r in removed] == [
        ("review-assistant", {"from": "drafted", "to": "dismissed", "withdrawn": True})
    ]

    # An approver still looking at the old card presses Approve: nothing is posted.
    with serve(driver.app, driver.services) as url:
        click(
            url,
            driver,
            blocks.APPROVE,
            button_value(stale_card, blocks.APPROVE),
            APPROVER,
            message_ts=ts,
        )
    assert google.replies == []
    assert ephemerals(slack, APPROVER)[-1] == (
        "Not posted. This review was removed from Google; nothing was posted."
    )


def report_message(slack) -> dict:
    (message,) = [
        m
        for m in slack.channel_messages("C0REVIEWS")
        if (m.get("metadata") or {}).get("event_type") == report.REPORT_EVENT
    ]
    return message


def report_click(url, driver, slack, action_id, key, user):
    """A click on a report button, with the message's blocks as Slack sends them."""
    message = report_message(slack)
    payload = block_actions(
        action_id=action_id,
        value=report.finding_value(1, key),
        user=user,
        message_ts=message["ts"],
        block_id="scan_actions:1:1",
    )
    payload["message"]["blocks"] = message["blocks"]
    assert send(url, payload).status_code == 200
    driver.executor.wait_idle()


def test_a_scan_finds_the_unsafe_replies_replaces_one_and_deletes_another_once_each(
    store, settings, env, driver, slack, google
):
    seeded = seed(google)
    location = google.locations[0]
    replace_key, delete_key, _ = seeded["unsafe"]

    with serve(driver.app, driver.services) as url:
        # Only approvers and risk managers may scan.
        refused_url = slack.response_url("scan-refused")
        fields = slash_command("/review-reply", "scan", user=STRANGER, response_url=refused_url)
        assert send(url, fields, command=True).status_code == 200
        driver.executor.wait_idle()
        assert [p["text"] for p in slack.response_posts("scan-refused")] == [
            ":lock: Only approvers and risk managers can scan replies."
        ]
        assert [r["action"] for r in db.audit_rows(store)] == ["scan.refused"]

        scan_url = slack.response_url("scan")
        fields = slash_command("/review-reply", "scan", user=RISK_MANAGER, response_url=scan_url)
        ack = send(url, fields, command=True)
        assert ack.status_code == 200 and "Scanning the replies already on Google" in ack.text
        driver.executor.wait_idle()
        assert [p["text"] for p in slack.response_posts("scan")] == [
            "Scan 1 finished: 3 of 6 replies flagged; the report is in <#C0REVIEWS>."
        ]

        message = report_message(slack)
        text = json.dumps(message["blocks"], ensure_ascii=False)
        for reply in UNSAFE:
            assert reply in text
        for reply in SAFE:
            assert reply not in text
        assert action_ids(message["blocks"]) == [report.REPLACE, report.DELETE] * 3
        assert "*3 replies flagged* of 6 replies on 70 reviews (1 location)" in text
        # The reply URL from Google's reviewReplyUrl, as a link.
        assert f"/reviews/reply/{replace_key.rsplit(':', 1)[1]}|Open on Google>" in text

        # "Draft a safe replacement", clicked twice: one draft, one card.
        report_click(url, driver, slack, report.REPLACE, replace_key, RISK_MANAGER)
        report_click(url, driver, slack, report.REPLACE, replace_key, RISK_MANAGER)
        card = card_post(slack, replace_key)  # exactly one card
        assert "Now on Google* (approving the draft replaces it)" in card_text(card["blocks"])
        assert db.reply_state(store, replace_key)["state"] == "drafted"
        assert ephemerals(slack, RISK_MANAGER)[-1] == "Already handled: this reply is replacing."

        # An approver approves it on its card: Google's PUT replaces the reply, once.
        approve(url, driver, slack, replace_key, times=2)
        draft = db.reply_state(store, replace_key)
        assert draft["state"] == "posted"
        puts = [r for r in google.replies if r["reviewId"] == replace_key.rsplit(":", 1)[1]]
        assert [p["comment"] for p in puts] == [draft["posted_text"]]
        assert (
            google.find(location, replace_key.rsplit(":", 1)[1])["reviewReply"]["comment"]
            == (draft["posted_text"])
        )

        # "Delete reply": not for a non-approver; for an approver, once, however often clicked.
        report_click(url, driver, slack, report.DELETE, delete_key, RISK_MANAGER)
        assert google.deleted_replies == []
        assert ephemerals(slack, RISK_MANAGER)[-1] == (
            ":lock: Only approvers can delete replies on Google."
        )
        report_click(url, driver, slack, report.DELETE, delete_key, APPROVER)
        report_click(url, driver, slack, report.DELETE, delete_key, APPROVER)

    assert [(d["reviewId"], d["comment"]) for d in google.deleted_replies] == [
        (delete_key.rsplit(":", 1)[1], UNSAFE[1])
    ]
    assert "reviewReply" not in google.find(location, delete_key.rsplit(":", 1)[1])
    assert ephemerals(slack, APPROVER)[-2:] == [
        "Reply deleted on Google.",
        "Already handled: this reply is deleted.",
    ]
    redrawn = json.dumps(slack.calls_to("chat.update")[-1]["blocks"])
    assert "Deleted from Google by <@U0ANNA>." in redrawn
    actions = [(r["action"], r["actor"], r["review_key"]) for r in db.audit_rows(store)]
    assert ("scan.replace", RISK_MANAGER, replace_key) in actions
    assert ("scan.reply_deleted", APPROVER, delete_key) in actions
    assert ("scan.delete.refused", RISK_MANAGER, delete_key) in actions
    assert [a for a in actions if a[0] in ("scan.replace", "scan.reply_deleted")] == [
        ("scan.replace", RISK_MANAGER, replace_key),
        ("scan.reply_deleted", APPROVER, delete_key),
    ]
    deleted = next(r for r in db.audit_rows(store) if r["action"] == "scan.reply_deleted")
    assert deleted["text"] == UNSAFE[1]  # the deleted words stay in the audit log


def test_a_reply_beyond_googles_ten_a_minute_waits_and_its_card_says_until_when(
    store, settings, env, driver, slack, google
):
    clock = SimulatedClock()
    google.clock, google.edits_per_minute = clock.now, 10
    driver.services.poster = SourcePoster(env, clock=clock)
    items = [
        google_review(google, f"Kind team and a quick visit ({n}).", stars="FIVE", reviewer=f"R{n}")
        for n in range(11)
    ]
    keys = [f"google:{google.locations[0]}:{item['reviewId']}" for item in items]
    poll_and_announce(store, settings, env, driver, google)

    with serve(driver.app, driver.services) as url:
        for key in keys:
            approve(url, driver, slack, key)

    assert len(google.replies) == 10 and google.quota_refusals == []
    late = [key for key in keys if db.reply_state(store, key)["state"] == "queued"]
    assert len(late) == 1
    at = db.queued_reply(store, late[0])["post_after"]
    local = _local_minute(settings, at)
    card = card_text(last_card(slack, late[0]))
    assert f"queued: Google allows 10 replies a minute; posting at {local}" in card
    assert blocks.APPROVE not in action_ids(last_card(slack, late[0]))

    scheduler = Scheduler(store, settings, driver.app.client, poster=driver.services.poster)
    assert scheduler.tick().queued == []  # the minute is not over
    clock.advance(61)
    assert scheduler.tick().queued == late
    assert db.reply_state(store, late[0])["state"] == "posted" and len(google.replies) == 11
    assert ":white_check_mark: Reply posted by <@U0ANNA>." in card_text(last_card(slack, late[0]))
    ts = db.reply_state(store, late[0])["card_ts"]
    assert thread_lines(slack, ts)[-1].startswith("review-assistant posted the queued reply")
    assert google.quota_refusals == []


def _local_minute(settings, stamp: str) -> str:
    from slack_app.hours import practice_zone
    from slack_app.stats import parse_time

    return f"{parse_time(stamp).astimezone(practice_zone(settings)):%H:%M}"
