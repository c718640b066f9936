"""Defects found in review, one test each: sharing, who may dismiss, mrkdwn injection through
free text, the approved version being the posted one, and lazy listener failures."""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest

from slack_app import store as db
from slack_app import workflow
from slack_app.models import Review
from slack_app.poller import poll_once
from slack_app.slack import blocks
from slack_app.slack.announcer import process_new_reviews
from slack_app.slack.listeners._common import FAILED
from slack_app.sources import ReplyOutcome
from tests.fakes.slack_api import block_actions, form_body
from tests.slack.conftest import APPROVER, RISK_MANAGER, STRANGER, fresh_google_review

LAWSUIT = "The dentist was negligent and my lawyer will hear about it."
SAFE_EDIT = (
    "Thank you for taking the time to write. We would like to hear more: please call our "
    "office manager at (555) 014-2290."
)


def site_review(settings, review_id: str, text: str = "Friendly staff, clean office.") -> Review:
    return Review(
        source="google",
        location_id=settings.locations[0].google_location,
        source_review_id=review_id,
        stars=2,
        reviewer_name="Pat",
        text=text,
        created_at="2026-11-22T09:00:00Z",
    )


def pasted_card_key(driver, slack, text: str, name: str) -> str:
    driver.command(text, APPROVER, response_url=slack.response_url(name))
    (shown,) = slack.response_posts(name)
    return shown["blocks"][-1]["elements"][0]["value"]


def share(driver, slack, key: str, name: str) -> list[str]:
    url = slack.response_url(name)
    driver.click(blocks.SHARE, key, APPROVER, response_url=url, block_id="manual_actions")
    return [p["text"] for p in slack.response_posts(name)]


def review_channel_cards(slack) -> list[str]:
    return [
        m["metadata"]["event_payload"]["review_key"]
        for m in slack.channel_messages("C0REVIEWS")
        if m.get("metadata")
    ]


def ephemerals(slack, user: str) -> list[str]:
    return [c["text"] for c in slack.calls_to("chat.postEphemeral") if c["user"] == user]


def thread_lines(slack, ts: str) -> list[str]:
    return [c["text"] for c in slack.calls_to("chat.postMessage") if c.get("thread_ts") == ts]


# ---------------------------------------------------------------------------------------------
# Share to review channel
# ---------------------------------------------------------------------------------------------


def test_a_shared_escalated_paste_reaches_the_risk_managers(store, driver, slack):
    """Approve stays locked on an escalated card until a risk manager clears it; sharing one
    without telling the risk managers left it locked for good."""
    key = pasted_card_key(driver, slack, LAWSUIT, "cmd")
    assert db.reply_state(store, key)["state"] == "escalated"

    assert share(driver, slack, key, "share") == ["Shared in <#C0REVIEWS> for approval."]

    assert review_channel_cards(slack) == [key]
    (dm,) = [c for c in slack.calls_to("chat.postMessage") if c["channel"] == "D0RITA"]
    assert dm["metadata"]["event_payload"]["review_key"] == key
    assert [e["action_id"] for e in dm["blocks"][-1]["elements"]] == [blocks.CLEAR, blocks.HOLD]


def test_a_share_that_slack_refused_can_be_tried_again(store, driver, slack):
    key = pasted_card_key(driver, slack, "Kind staff and a spotless office.", "cmd")
    slack.fail_next("chat.postMessage", error="not_in_channel")

    assert share(driver, slack, key, "first") == ["Sharing failed: not_in_channel"]
    assert share(driver, slack, key, "second") == ["Shared in <#C0REVIEWS> for approval."]

    assert review_channel_cards(slack) == [key]
    assert [r["action"] for r in db.audit_rows(store, review_key=key)][-2:] == [
        "card.posted",
        "share",
    ]


def test_share_posts_no_card_for_a_site_review(store, settings, driver, slack):
    """Site reviews are announced by the announcer (paced, recovered after a crash)."""
    review = site_review(settings, "share-site")
    workflow.prepare_review(store, review, settings)

    driver.click(blocks.SHARE, review.key, APPROVER, block_id="manual_actions")

    assert review_channel_cards(slack) == []
    assert db.reply_state(store, review.key)["card_ts"] == ""
    assert ephemerals(slack, APPROVER) == ["Only cards from /review-reply can be shared."]


# ---------------------------------------------------------------------------------------------
# Who may dismiss
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "user", "state_after", "told"),
    [
        pytest.param(
            "Friendly staff.",
            STRANGER,
            "drafted",
            [":lock: Only approvers and risk managers can dismiss reviews."],
            id="stranger-refused",
        ),
        pytest.param("Friendly staff.", APPROVER, "dismissed", [], id="approver-dismisses"),
        pytest.param("Friendly staff.", RISK_MANAGER, "dismissed", [], id="risk-manager"),
        pytest.param(
            LAWSUIT,
            APPROVER,
            "escalated",
            [":lock: This review is escalated; only a risk manager can dismiss it."],
            id="escalated-approver-refused",
        ),
        pytest.param(LAWSUIT, RISK_MANAGER, "dismissed", [], id="escalated-risk-manager"),
    ],
)
def test_who_may_dismiss(store, settings, env, driver, slack, text, user, state_after, told):
    review = site_review(settings, "dismiss-who", text)
    process_new_reviews(store, settings, env, driver.app.client, [review])

    driver.click(blocks.DISMISS, review.key, user)

    assert db.reply_state(store, review.key)["state"] == state_after
    assert ephemerals(slack, user) == told
    last = db.audit_rows(store, review_key=review.key)[-1]
    expected = "dismiss" if state_after == "dismissed" else "dismiss.refused"
    assert (last["actor"], last["action"]) == (user, expected)


# ---------------------------------------------------------------------------------------------
# Free text from people never becomes a mention or a link
# ---------------------------------------------------------------------------------------------

PING = "<!channel> ask <@U0ANNA> or <https://evil.example|click here>"
ESCAPED_PING = "&lt;!channel&gt; ask &lt;@U0ANNA&gt; or &lt;https://evil.example|click here&gt;"


def test_a_risk_managers_note_cannot_ping_the_channel(store, settings, env, driver, slack):
    review = site_review(settings, "note-ping", LAWSUIT)
    process_new_reviews(store, settings, env, driver.app.client, [review])
    dm_ts = slack.channel_messages("D0RITA")[0]["ts"]
    click = block_actions(
        action_id=blocks.CLEAR,
        value=review.key,
        user=RISK_MANAGER,
        channel="D0RITA",
        message_ts=dm_ts,
        block_id="risk_actions",
    )
    click["state"] = {
        "values": {
            blocks.NOTE_BLOCK: {blocks.NOTE_INPUT: {"type": "plain_text_input", "value": PING}}
        }
    }

    driver.send(form_body(click))

    assert db.reply_state(store, review.key)["note"] == PING  # stored as written
    (line,) = thread_lines(slack, db.reply_state(store, review.key)["card_ts"])
    resolved = slack.channel_messages("D0RITA")[0]["blocks"][-1]["elements"][0]["text"]
    for shown in (line, resolved):
        assert f"cleared the review for reply: \u201c{ESCAPED_PING}\u201d" in shown
        assert "<!channel>" not in shown and "<@U0ANNA>" not in shown


def test_a_regenerate_instruction_cannot_ping_the_channel(store, settings, env, driver, slack):
    review = site_review(settings, "instruction-ping")
    process_new_reviews(store, settings, env, driver.app.client, [review])
    values = {blocks.INSTRUCTION_BLOCK: {blocks.INSTRUCTION_INPUT: {"value": PING}}}

    driver.submit(blocks.REGENERATE_VIEW, review.key, values, APPROVER)

    (line,) = thread_lines(slack, db.reply_state(store, review.key)["card_ts"])
    assert f"regenerated the draft (\u201c{ESCAPED_PING}\u201d)" in line
    assert "<!channel>" not in line


# ---------------------------------------------------------------------------------------------
# What is posted is what the approver saw
# ---------------------------------------------------------------------------------------------


class RecordingPoster:
    def __init__(self) -> None:
        self.posted: list[str] = []

    def post(self, store, review, text) -> ReplyOutcome:
        self.posted.append(text)
        return ReplyOutcome(posted=True, message="Posted.")


def test_an_edit_landing_after_the_approvers_check_is_not_posted(store, settings, monkeypatch):
    """Approve checks the pinned version, then posts. An edit saved in between (another person
    in the edit modal) must not be what goes out: the approver never saw it."""
    review = site_review(settings, "toctou")
    prepared = workflow.prepare_review(store, review, settings)
    seen = workflow.current_draft(store, review.key)
    real_state = workflow._state
    calls = {"n": 0, "editing": False}

    def state_with_a_concurrent_edit(store_, key):
        calls["n"] += 1
        if calls["n"] == 2 and not calls["editing"]:  # approve has checked the pin
            calls["editing"] = True
            assert workflow.edit(store_, key, STRANGER, SAFE_EDIT, settings).ok
        return real_state(store_, key)

    monkeypatch.setattr(workflow, "_state", state_with_a_concurrent_edit)
    poster = RecordingPoster()

    outcome = workflow.approve(
        store, review.key, APPROVER, settings, poster, shown_version=prepared.draft_version
    )

    assert calls["editing"], "the concurrent edit did not happen"
    assert poster.posted == [seen["text"]]
    state = db.reply_state(store, review.key)
    assert (outcome.ok, state["state"], state["posted_text"], state["draft_version"]) == (
        True,
        "posted",
        seen["text"],
        seen["version"],
    )


# ---------------------------------------------------------------------------------------------
# A failing lazy listener is logged with its traceback and the person hears about it
# ---------------------------------------------------------------------------------------------


class BrokenDrafter:
    backend = "openai"
    model = "broken"

    def draft(self, request):
        raise RuntimeError("model client bug")


def test_a_failing_slash_command_is_logged_and_the_caller_told(build, slack, caplog):
    driver = build(drafter=BrokenDrafter())
    url = slack.response_url("broken")

    with caplog.at_level(logging.ERROR):
        ack = driver.command("Lovely staff.", APPROVER, response_url=url)

    assert ack.status == 200
    assert slack.response_posts("broken") == [{"text": FAILED, "response_type": "ephemeral"}]
    (record,) = [r for r in caplog.records if r.getMessage() == "lazy listener draft failed"]
    assert record.exc_info[0] is RuntimeError


# ---------------------------------------------------------------------------------------------
# Slack API failures after the state is stored
# ---------------------------------------------------------------------------------------------


def test_a_dropped_chat_update_keeps_the_posted_reply_and_its_thread_line(
    store, settings, env, driver, slack, google, caplog
):
    item = fresh_google_review(google, "Clean office, friendly people.")
    report = poll_once(store, settings, env, now=google.now + timedelta(hours=1))
    process_new_reviews(store, settings, env, driver.app.client, report.needs_reply)
    key = f"google:{google.locations[0]}:{item['reviewId']}"
    ts = db.reply_state(store, key)["card_ts"]
    slack.fail_next("chat.update", dropped=2)  # the first try and slack_sdk's one retry

    with caplog.at_level(logging.WARNING):
        driver.click(blocks.APPROVE, key, APPROVER, message_ts=ts)

    assert db.reply_state(store, key)["state"] == "posted"
    assert len(google.replies) == 1
    (line,) = thread_lines(slack, ts)
    assert line.startswith(f"<@{APPROVER}> approved and posted the reply")
    assert ephemerals(slack, APPROVER) == []  # no "something went wrong" for a posted reply
    assert any(r.getMessage().startswith("chat.update for ") for r in caplog.records)


@pytest.mark.parametrize(
    ("action_id", "what"), [(blocks.EDIT, "edit"), (blocks.REGENERATE, "regenerate")]
)
def test_a_refused_views_open_tells_the_clicker(
    store, settings, env, driver, slack, action_id, what
):
    review = site_review(settings, f"views-open-{what}")
    process_new_reviews(store, settings, env, driver.app.client, [review])
    slack.fail_next("views.open", error="expired_trigger_id")

    response = driver.click(action_id, review.key, APPROVER)

    assert (response.status, response.body) == (200, "")
    assert ephemerals(slack, APPROVER) == [
        f"Slack could not open the {what} window (expired_trigger_id); click again."
    ]


# ---------------------------------------------------------------------------------------------
# A review edited into a legal threat after it was drafted
# ---------------------------------------------------------------------------------------------


def test_a_review_edited_into_a_threat_is_escalated_not_posted(
    store, settings, env, driver, slack, google
):
    item = fresh_google_review(google, "Clean office, friendly people.", stars="FOUR")
    key = f"google:{google.locations[0]}:{item['reviewId']}"
    report = poll_once(store, settings, env, now=google.now + timedelta(hours=1))
    process_new_reviews(store, settings, env, driver.app.client, report.needs_reply)
    assert db.reply_state(store, key)["state"] == "drafted"
    # The reviewer rewrites the review; the next poll stores the new wording.
    google.edit_review(google.locations[0], item["reviewId"], comment=LAWSUIT, starRating="ONE")
    report = poll_once(store, settings, env, now=google.now + timedelta(hours=2))
    assert not report.failed and db.get_review(store, key).text == LAWSUIT
    ts = db.reply_state(store, key)["card_ts"]

    driver.click(blocks.APPROVE, key, APPROVER, message_ts=ts)

    assert google.replies == []
    state = db.reply_state(store, key)
    assert (state["state"], state["triage"]["categories"]) == ("escalated", ["legal"])
    assert ephemerals(slack, APPROVER) == [
        "Not posted. The review was edited by its author and now needs a risk manager "
        "(legal); nothing was posted."
    ]
    (dm,) = [c for c in slack.calls_to("chat.postMessage") if c["channel"] == "D0RITA"]
    assert dm["metadata"]["event_payload"]["review_key"] == key
    card = slack.channel_messages("C0REVIEWS")[0]["blocks"]
    actions = [e["action_id"] for b in card if b["type"] == "actions" for e in b["elements"]]
    assert blocks.APPROVE not in actions
    assert [(r["actor"], r["action"]) for r in db.audit_rows(store, review_key=key)][-1] == (
        "review-assistant",
        "triage.escalated",
    )


# ---------------------------------------------------------------------------------------------
# Block Kit limits for reviews of many lines
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("ok\n" * 1600, id="1600-short-lines"),
        pytest.param("\n" * 3000 + "<!channel>", id="blank-lines-then-a-ping"),
        pytest.param("a & b < c\n" * 400, id="entities-on-every-line"),
    ],
)
def test_a_review_of_many_lines_fits_every_section(settings, text):
    """A review of many lines used to make quote() ask fit() for a negative length, which
    never returned: the announcer or the slash command hung on one card."""
    review = Review(
        source="manual",
        location_id="manual",
        source_review_id="lines",
        stars=None,
        reviewer_name="",
        text=text,
        created_at="2026-11-22T09:00:00Z",
    )
    card = blocks.review_card(review, {"version": 1, "text": "Thanks."}, None, None, "drafted")

    quoted = card[2]["text"]["text"]  # header, stars and name, then the review
    assert len(quoted) <= blocks.SECTION_LIMIT
    assert all(line.startswith("&gt;") for line in quoted.split("\n"))
    assert "<!channel>" not in quoted
    # No entity is cut in half where the text was shortened.
    assert not quoted.rstrip("…").endswith(("&", "&a", "&am", "&l", "&lt", "&g", "&gt"))


def test_a_refused_approve_redraws_a_stale_card(store, settings, env, driver, slack):
    """The edit's redraw failed, so the card still shows (and pins) the old draft: the
    approver is told to look again, and now the card shows what they would approve."""
    review = site_review(settings, "stale-card")
    process_new_reviews(store, settings, env, driver.app.client, [review])
    ts = db.reply_state(store, review.key)["card_ts"]
    stale = slack.channel_messages("C0REVIEWS")[0]["blocks"]
    slack.fail_next("chat.update", error="ratelimited")
    values = {blocks.REPLY_BLOCK: {blocks.REPLY_INPUT: {"value": SAFE_EDIT}}}
    driver.submit(blocks.EDIT_VIEW, review.key, values, APPROVER)
    assert slack.channel_messages("C0REVIEWS")[0]["blocks"] == stale
    pinned = next(
        e["value"]
        for b in stale
        if b["type"] == "actions"
        for e in b["elements"]
        if e["action_id"] == blocks.APPROVE
    )

    driver.click(blocks.APPROVE, pinned, APPROVER, message_ts=ts)

    assert db.reply_state(store, review.key)["state"] == "drafted"
    assert "The draft changed since you looked" in ephemerals(slack, APPROVER)[-1]
    card = slack.channel_messages("C0REVIEWS")[0]["blocks"]
    assert SAFE_EDIT in str(card) and card != stale


def test_a_refused_regenerate_tells_the_person_who_asked(store, settings, env, driver, slack):
    review = site_review(settings, "regen-refused")
    process_new_reviews(store, settings, env, driver.app.client, [review])
    driver.click(blocks.REGENERATE, review.key, APPROVER)  # the modal is open ...
    driver.click(blocks.DISMISS, review.key, RISK_MANAGER)  # ... when someone dismisses it
    values = {blocks.INSTRUCTION_BLOCK: {blocks.INSTRUCTION_INPUT: {"value": "warmer"}}}

    driver.submit(blocks.REGENERATE_VIEW, review.key, values, APPROVER)

    assert ephemerals(slack, APPROVER) == [
        "Not regenerated. This review is dismissed; cannot regenerate it now."
    ]
    (told,) = [c for c in slack.calls_to("chat.postEphemeral") if c["user"] == APPROVER]
    assert told["channel"] == "C0REVIEWS"


@pytest.mark.parametrize(
    ("draft_text", "approvable"),
    [
        pytest.param("Thank you! Call us at (555) 014-2290.", True, id="short"),
        pytest.param("Thanks & welcome. " * 150 + "(555) 014-2290", False, id="2.7k-escaped-3.5k"),
        pytest.param("Thank you.\n" * 40 + "(555) 014-2290", False, id="41-lines"),
    ],
)
def test_approve_is_offered_only_for_a_draft_the_card_shows_whole(draft_text, approvable):
    """Approve posts the whole stored text; a draft the card had to shorten was approvable
    although the approver could not read its end (where the contact details usually are)."""
    review = Review(
        source="google",
        location_id="accounts/1/locations/2",
        source_review_id="long",
        stars=5,
        reviewer_name="Ann",
        text="Great.",
        created_at="2026-11-22T09:00:00Z",
    )
    draft = {"version": 2, "text": draft_text, "author": APPROVER, "findings": []}

    card = blocks.review_card(review, draft, draft, None, "drafted")

    actions = [e["action_id"] for b in card if b["type"] == "actions" for e in b["elements"]]
    assert (blocks.APPROVE in actions) is approvable
    assert ("too long to show in full" in str(card)) is not approvable
    assert all(len(b["text"]["text"]) <= 3000 for b in card if b["type"] == "section")


@pytest.mark.parametrize("action", ["edit", "regenerate"])
def test_a_new_draft_after_a_failed_post_clears_the_old_error(store, settings, env, action):
    review = site_review(settings, f"redraft-{action}")
    workflow.prepare_review(store, review, settings)
    state = db.reply_state(store, review.key)["state"]
    assert db.transition(store, review.key, state, "post_failed", actor="poster",
                         action="post.failed", post_error="Google timed out",
                         post_error_code="timeout")

    outcome = (workflow.edit(store, review.key, APPROVER, SAFE_EDIT, settings)
               if action == "edit" else
               workflow.regenerate(store, review.key, APPROVER, settings, env=env))

    after = db.reply_state(store, review.key)
    assert (outcome.ok, after["state"], after["post_error"], after["post_error_code"]) == (
        True, "drafted", "", "")
