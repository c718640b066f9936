"""The app driven as Slack drives it: signed requests into Bolt, a local Slack Web API that
records every call, a local Google Business Profile server, a real SQLite store."""

from __future__ import annotations

import json
from datetime import timedelta

from slack_app import store as db
from slack_app.models import Review
from slack_app.poller import poll_once
from slack_app.slack import blocks
from slack_app.slack.announcer import announce_pending, process_new_reviews
from slack_app.workflow import current_draft, prepare_review
from tests.fakes.http import Response
from tests.slack.conftest import APPROVER, GROUP_APPROVER, RISK_MANAGER, STRANGER

SAFE_EDIT = (
    "Thank you for taking the time to write. We would like to hear more: please call our "
    "office manager at (555) 014-2290."
)
UNSAFE_EDIT = "Thanks for your visit! Please call our office manager at (555) 014-2290."


def edit_values(text: str) -> dict:
    return {blocks.REPLY_BLOCK: {blocks.REPLY_INPUT: {"type": "plain_text_input", "value": text}}}


def card_post(slack, key: str) -> dict:
    posts = [
        c
        for c in slack.calls_to("chat.postMessage")
        if (c.get("metadata") or {}).get("event_payload", {}).get("review_key") == key
        and c["channel"] == "C0REVIEWS"
    ]
    assert len(posts) == 1, posts
    return posts[0]


def last_card(slack, key: str) -> list[dict]:
    ts = db_card_ts = None
    for message in slack.channel_messages("C0REVIEWS"):
        if (message.get("metadata") or {}).get("event_payload", {}).get("review_key") == key:
            ts, db_card_ts = message["ts"], message["blocks"]
    assert ts is not None
    return db_card_ts


def action_ids(card: list[dict]) -> list[str]:
    return [e["action_id"] for b in card if b["type"] == "actions" for e in b["elements"]]


def button_value(card: list[dict], action_id: str) -> str:
    """The value Slack sends back when that button of the card is clicked."""
    return next(
        e["value"]
        for b in card
        if b["type"] == "actions"
        for e in b["elements"]
        if e["action_id"] == action_id
    )


def card_text(card: list[dict]) -> str:
    return json.dumps(card)


def thread_lines(slack, ts: str) -> list[str]:
    return [c["text"] for c in slack.calls_to("chat.postMessage") if c.get("thread_ts") == ts]


def ephemerals(slack, user: str) -> list[str]:
    return [c["text"] for c in slack.calls_to("chat.postEphemeral") if c["user"] == user]


def google_review(google, comment: str, *, stars: str = "THREE", reviewer: str = "Maria G."):
    return google.add_review(
        google.locations[0],
        comment=comment,
        stars=stars,
        reviewer=reviewer,
        at=google.now - timedelta(hours=1),
    )


def poll_and_announce(store, settings, env, driver, google):
    report = poll_once(store, settings, env, now=google.now + timedelta(hours=1))
    assert not report.failed, report
    return process_new_reviews(store, settings, env, driver.app.client, report.needs_reply)


def test_main_scenario_poll_refuse_edit_approve_post(store, settings, env, driver, slack, google):
    item = google_review(google, "The front desk was friendly but I waited a long time.")
    key = f"google:{google.locations[0]}:{item['reviewId']}"

    report = poll_and_announce(store, settings, env, driver, google)

    assert report.posted == [key]
    card = card_post(slack, key)
    assert card["metadata"] == {"event_type": "review_card", "event_payload": {"review_key": key}}
    assert action_ids(card["blocks"]) == [
        blocks.APPROVE,
        blocks.EDIT,
        blocks.REGENERATE,
        blocks.ESCALATE,
        blocks.DISMISS,
    ]
    state = db.reply_state(store, key)
    assert (state["state"], state["card_channel"]) == ("drafted", "C0REVIEWS")
    ts = state["card_ts"]

    # A non-approver's Approve is refused privately; nothing reaches Google.
    driver.click(blocks.APPROVE, key, STRANGER, message_ts=ts)
    assert ephemerals(slack, STRANGER) == [":lock: Only approvers can approve replies."]
    assert google.replies == [] and db.reply_state(store, key)["state"] == "drafted"

    # Edit opens the modal prefilled with the draft.
    drafted = current_draft(store, key)
    driver.click(blocks.EDIT, key, APPROVER, message_ts=ts)
    (opened,) = slack.calls_to("views.open")
    assert opened["trigger_id"]
    assert opened["view"]["private_metadata"] == key
    assert opened["view"]["blocks"][1]["element"]["initial_value"] == drafted["text"]

    # A violating edit is refused inside the modal, naming the rule and the words.
    versions_before = len(db.drafts(store, key))
    refused = driver.submit(blocks.EDIT_VIEW, key, edit_values(UNSAFE_EDIT), APPROVER)
    assert refused.status == 200
    answer = json.loads(refused.body)
    assert answer["response_action"] == "errors"
    assert answer["errors"][blocks.REPLY_BLOCK].startswith(
        "Blocked (patient-relationship): \u201cThanks for your visit\u201d"
    )
    assert len(db.drafts(store, key)) == versions_before
    assert current_draft(store, key) == drafted

    # A safe edit becomes a new draft version and the card is redrawn.
    accepted = driver.submit(blocks.EDIT_VIEW, key, edit_values(SAFE_EDIT), APPROVER)
    assert (accepted.status, accepted.body) == (200, "")
    edited = current_draft(store, key)
    assert (edited["version"], edited["text"], edited["author"], edited["passed"]) == (
        versions_before + 1,
        SAFE_EDIT,
        APPROVER,
        True,
    )
    assert SAFE_EDIT.replace("(", "(") in card_text(last_card(slack, key))

    # An Approve click from a copy of the card drawn before the edit posts nothing: the
    # approver has not seen the edited text.
    stale_value = button_value(card_post(slack, key)["blocks"], blocks.APPROVE)
    driver.click(blocks.APPROVE, stale_value, GROUP_APPROVER, message_ts=ts)
    assert google.replies == []
    assert "The draft changed since you looked" in ephemerals(slack, GROUP_APPROVER)[-1]
    assert db.reply_state(store, key)["state"] == "drafted"

    # A member of the approvers' user group approves what the card now shows: Google gets
    # exactly the approved text.
    driver.click(
        blocks.APPROVE, button_value(last_card(slack, key), blocks.APPROVE), GROUP_APPROVER,
        message_ts=ts,
    )
    assert [(r["reviewId"], r["comment"]) for r in google.replies] == [
        (item["reviewId"], SAFE_EDIT)
    ]
    final = db.reply_state(store, key)
    assert (final["state"], final["posted_text"], final["updated_by"]) == (
        "posted",
        SAFE_EDIT,
        GROUP_APPROVER,
    )
    posted_card = last_card(slack, key)
    assert action_ids(posted_card) == []
    assert "Reply posted by <@U0GREG>" in card_text(posted_card)
    lines = thread_lines(slack, ts)
    assert [line.split(" · ")[0] for line in lines] == [
        f"<@{APPROVER}> edited the draft (now v{edited['version']})",
        f"<@{GROUP_APPROVER}> approved and posted the reply",
    ]

    # Everything is on the record.
    rows = [
        (r["actor"], r["action"], r["draft_version"], r["text"])
        for r in db.audit_rows(store, review_key=key)
    ]
    assert rows[0][:2] == ("poller", "reply_state.created")
    assert rows[1][:3] == ("review-assistant", "draft.created", drafted["version"])
    assert rows[2:] == [
        ("announcer", "card.posted", None, None),
        (STRANGER, "approve.refused", None, None),
        (APPROVER, "edit.blocked", drafted["version"], UNSAFE_EDIT),
        (APPROVER, "edit", edited["version"], SAFE_EDIT),
        (GROUP_APPROVER, "approve", edited["version"], SAFE_EDIT),
        (GROUP_APPROVER, "post.posted", edited["version"], SAFE_EDIT),
    ]


def test_escalation_round_trip(store, settings, env, driver, slack, google):
    item = google_review(
        google, "Your dentist was negligent and my lawyer will hear about it.", stars="ONE"
    )
    key = f"google:{google.locations[0]}:{item['reviewId']}"
    poll_and_announce(store, settings, env, driver, google)

    assert db.reply_state(store, key)["state"] == "escalated"
    card = card_post(slack, key)["blocks"]
    assert blocks.APPROVE not in action_ids(card)
    assert "Triage: legal" in card_text(card)
    (opened,) = slack.calls_to("conversations.open")
    assert opened["users"] == RISK_MANAGER
    dm = [c for c in slack.calls_to("chat.postMessage") if c["channel"] == "D0RITA"]
    assert len(dm) == 1 and action_ids(dm[0]["blocks"]) == [blocks.CLEAR, blocks.HOLD]
    dm_ts = slack.channel_messages("D0RITA")[0]["ts"]

    # Approve is refused while escalated, even for an approver.
    ts = db.reply_state(store, key)["card_ts"]
    driver.click(blocks.APPROVE, key, APPROVER, message_ts=ts)
    assert ephemerals(slack, APPROVER) == [
        "Not posted. This review is escalated; a risk manager must clear it first."
    ]
    # Only a risk manager can clear.
    driver.click(blocks.CLEAR, key, APPROVER, channel="D0RITA", message_ts=dm_ts)
    assert db.reply_state(store, key)["state"] == "escalated"

    note = "Fine to reply with the standard text; no names."
    payload_state = {
        "values": {
            blocks.NOTE_BLOCK: {blocks.NOTE_INPUT: {"type": "plain_text_input", "value": note}}
        }
    }
    from tests.fakes.slack_api import block_actions, form_body

    click = block_actions(
        action_id=blocks.HOLD,
        value=key,
        user=RISK_MANAGER,
        channel="D0RITA",
        message_ts=dm_ts,
        block_id="risk_actions",
    )
    click["state"] = {"values": {}}
    driver.send(form_body(click))
    assert db.reply_state(store, key)["state"] == "escalated"

    click = block_actions(
        action_id=blocks.CLEAR,
        value=key,
        user=RISK_MANAGER,
        channel="D0RITA",
        message_ts=dm_ts,
        block_id="risk_actions",
    )
    click["state"] = payload_state
    driver.send(form_body(click))
    state = db.reply_state(store, key)
    assert (state["state"], state["note"], state["updated_by"]) == ("cleared", note, RISK_MANAGER)
    # The DM shows the decision; the card is back with approvers, with the note.
    dm_now = slack.channel_messages("D0RITA")[0]["blocks"]
    assert action_ids(dm_now) == [] and "cleared the review for reply" in card_text(dm_now)
    card = last_card(slack, key)
    assert blocks.APPROVE in action_ids(card) and note in card_text(card)

    driver.click(blocks.APPROVE, key, APPROVER, message_ts=ts)
    assert len(google.replies) == 1
    assert db.reply_state(store, key)["state"] == "posted"
    assert [r["action"] for r in db.audit_rows(store, review_key=key)][2:] == [
        "card.posted",
        "clear.refused",
        "hold",
        "clear",
        "approve",
        "post.posted",
    ]


def test_yelp_reply_is_posted_by_hand(store, settings, env, driver, slack):
    review = Review(
        source="yelp",
        location_id="riverside-family-dental-springfield",
        source_review_id="yelp-abc",
        stars=4,
        reviewer_name="Sam P.",
        text="Friendly front desk, easy parking and",
        is_excerpt=True,
        url="https://www.yelp.com/biz/riverside?hrid=yelp-abc",
        created_at="2026-11-22T09:00:00Z",
        location_name="Main Street",
    )
    process_new_reviews(store, settings, env, driver.app.client, [review])
    ts = db.reply_state(store, review.key)["card_ts"]
    text = current_draft(store, review.key)["text"]

    driver.click(blocks.APPROVE, review.key, APPROVER, message_ts=ts)

    state = db.reply_state(store, review.key)
    assert (state["state"], state["posted_text"]) == ("approved", "")
    card = last_card(slack, review.key)
    assert action_ids(card) == [blocks.OPEN_REVIEW, blocks.MARK_POSTED]
    assert "```" + text.replace("&", "&amp;") + "```" in [
        b["text"]["text"] for b in card if b["type"] == "section"
    ]

    driver.click(blocks.MARK_POSTED, review.key, STRANGER, message_ts=ts)
    assert db.reply_state(store, review.key)["state"] == "approved"
    driver.click(blocks.MARK_POSTED, review.key, APPROVER, message_ts=ts)
    state = db.reply_state(store, review.key)
    assert (state["state"], state["posted_text"]) == ("posted", text)
    assert [r["action"] for r in db.audit_rows(store, review_key=review.key)][-4:] == [
        "approve",
        "post.by_hand",
        "mark_posted.refused",
        "mark_posted",
    ]


def test_slash_command_drafts_privately_and_shares(store, settings, env, driver, slack):
    usage = driver.command("help", APPROVER)
    assert usage.status == 200 and "Usage: `/review-reply" in usage.body
    empty = driver.command("", APPROVER)
    assert "Usage: `/review-reply" in empty.body
    assert slack.response_posts() == []

    reply_url = slack.response_url("cmd1")
    ack = driver.command(
        "Dr. Lee was great, staff were kind. Healthgrades 5 stars.",
        APPROVER,
        response_url=reply_url,
    )
    assert ack.status == 200 and "Drafting a reply" in ack.body
    (shown,) = slack.response_posts("cmd1")
    assert shown["response_type"] == "ephemeral"
    assert action_ids(shown["blocks"]) == [blocks.SHARE]
    key = shown["blocks"][-1]["elements"][0]["value"]
    assert key.startswith("manual:manual:")
    assert db.reply_state(store, key)["state"] == "drafted"
    # Pasted reviews are not announced on their own.
    assert announce_pending(store, settings, env, driver.app.client).posted == []

    share_url = slack.response_url("share1")
    driver.click(blocks.SHARE, key, APPROVER, response_url=share_url, block_id="manual_actions")
    driver.click(blocks.SHARE, key, APPROVER, response_url=share_url, block_id="manual_actions")
    card_post(slack, key)  # exactly one card in the review channel
    assert [p["text"] for p in slack.response_posts("share1")] == [
        "Shared in <#C0REVIEWS> for approval.",
        "This card is already shared.",
    ]


def test_regenerate_with_an_instruction(store, settings, env, driver, slack):
    review = Review(
        source="google",
        location_id=settings.locations[0].google_location,
        source_review_id="regen-1",
        stars=5,
        reviewer_name="Ann",
        text="Lovely team, spotless office.",
        created_at="2026-11-22T09:00:00Z",
    )
    process_new_reviews(store, settings, env, driver.app.client, [review])
    before = current_draft(store, review.key)

    driver.click(blocks.REGENERATE, review.key, APPROVER)
    (opened,) = slack.calls_to("views.open")
    assert opened["view"]["callback_id"] == blocks.REGENERATE_VIEW
    values = {blocks.INSTRUCTION_BLOCK: {blocks.INSTRUCTION_INPUT: {"value": "shorter"}}}
    response = driver.submit(blocks.REGENERATE_VIEW, review.key, values, APPROVER)
    assert (response.status, response.body) == (200, "")

    after = current_draft(store, review.key)
    assert after["version"] > before["version"]
    assert (after["instruction"], after["passed"]) == ("shorter", True)
    ts = db.reply_state(store, review.key)["card_ts"]
    assert thread_lines(slack, ts)[0].startswith(
        f"<@{APPROVER}> regenerated the draft (\u201cshorter\u201d) (now v{after['version']})"
    )


def test_post_failure_then_retry(store, settings, env, driver, slack, google):
    item = google_review(google, "Clean office and friendly people.", stars="FIVE")
    key = f"google:{google.locations[0]}:{item['reviewId']}"
    poll_and_announce(store, settings, env, driver, google)
    google.fail_reply(
        google.locations[0],
        Response(
            403,
            {
                "error": {
                    "code": 403,
                    "message": "The caller does not have permission",
                    "status": "PERMISSION_DENIED",
                }
            },
        ),
    )

    driver.click(blocks.APPROVE, key, APPROVER)
    state = db.reply_state(store, key)
    assert state["state"] == "post_failed" and "permission" in state["post_error"].lower()
    card = last_card(slack, key)
    assert action_ids(card)[0] == blocks.RETRY and "Posting failed" in card_text(card)

    driver.click(blocks.RETRY, key, APPROVER)
    assert db.reply_state(store, key)["state"] == "posted"
    assert len(google.replies) == 1
    assert [r["action"] for r in db.audit_rows(store, review_key=key)][-4:] == [
        "approve",
        "post.failed",
        "retry",
        "post.posted",
    ]


def test_dismiss_records_no_reply(store, settings, env, driver, slack):
    review = Review(
        source="google",
        location_id=settings.locations[0].google_location,
        source_review_id="dismiss-1",
        stars=1,
        reviewer_name="Spam Bot",
        text="Buy cheap watches",
        created_at="2026-11-22T09:00:00Z",
    )
    process_new_reviews(store, settings, env, driver.app.client, [review])
    driver.click(blocks.DISMISS, review.key, APPROVER)
    assert db.reply_state(store, review.key)["state"] == "dismissed"
    assert "Dismissed by <@U0ANNA>" in card_text(last_card(slack, review.key))
    driver.click(blocks.APPROVE, review.key, APPROVER)
    assert db.reply_state(store, review.key)["state"] == "dismissed"
    assert ephemerals(slack, APPROVER) == [
        "Not posted. This review is dismissed; cannot approve it now."
    ]


def test_prepare_review_is_idempotent(store, settings):
    review = Review(
        source="google",
        location_id="accounts/1/locations/2",
        source_review_id="i1",
        stars=4,
        reviewer_name="Ann",
        text="Nice people.",
        created_at="2026-11-22",
    )
    first = prepare_review(store, review, settings)
    second = prepare_review(store, review, settings)
    assert first.created and not second.created
    assert (second.state, second.draft_version) == (first.state, first.draft_version)
    assert len(db.drafts(store, review.key)) == first.draft_version


def test_the_poller_thread_polls_drafts_and_announces(store, settings, env, driver, slack, google):
    import threading
    import time

    from slack_app.slack.announcer import start_poller

    item = google_review(google, "Spotless office and a warm welcome.", stars="FIVE")
    key = f"google:{google.locations[0]}:{item['reviewId']}"
    stop = threading.Event()
    thread = start_poller(store, settings, env, driver.app.client, stop=stop)
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and not (db.reply_state(store, key) or {}).get("card_ts"):
            time.sleep(0.05)
    finally:
        stop.set()
        thread.join(timeout=20)
    assert not thread.is_alive()
    assert card_post(slack, key)["channel"] == "C0REVIEWS"
