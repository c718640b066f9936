"""Follow-up on escalated and one- or two-star reviews: the menu on the card, the modal, the
record (audited, on the card, never the note), refusals, and every malformed submission."""

from __future__ import annotations

import json
import logging

import pytest

from slack_app import store as db
from slack_app.models import Review
from slack_app.slack.announcer import process_new_reviews
from slack_app.slack.follow_up import (
    FOLLOW_UP,
    FOLLOW_UP_BLOCK,
    FOLLOW_UP_NOTE_BLOCK,
    FOLLOW_UP_NOTE_INPUT,
    FOLLOW_UP_VIEW,
    OUTCOME_BLOCK,
    OUTCOME_INPUT,
)
from tests.fakes.slack_api import form_body, signed_headers
from tests.fakes.slack_office import app_home_opened, event_callback, select_action
from tests.office.blockkit import assert_valid_blocks, assert_valid_view
from tests.slack.conftest import APPROVER, RISK_MANAGER, SIGNING_SECRET, STRANGER

NOTE = "Spoke with her by phone; she is satisfied."


def review(settings, review_id: str, stars: int, text: str = "Waited a long time.") -> Review:
    return Review(
        source="google",
        location_id=settings.locations[0].google_location,
        source_review_id=review_id,
        stars=stars,
        reviewer_name="Pat",
        text=text,
        created_at="2026-11-22T09:00:00Z",
        location_name="Main Street",
    )


def card(slack, key: str) -> list[dict]:
    ts = None
    for message in slack.channel_messages("C0REVIEWS"):
        if (message.get("metadata") or {}).get("event_payload", {}).get("review_key") == key:
            ts, blocks = message["ts"], message["blocks"]
    assert ts is not None
    return blocks


def follow_up_section(blocks: list[dict]) -> dict | None:
    return next((b for b in blocks if b.get("block_id") == FOLLOW_UP_BLOCK), None)


def values(outcome: str | None, note: str | None = None) -> dict:
    found: dict = {}
    if outcome is not None:
        found[OUTCOME_BLOCK] = {
            OUTCOME_INPUT: {"type": "radio_buttons", "selected_option": {"value": outcome}}
        }
    if note is not None:
        found[FOLLOW_UP_NOTE_BLOCK] = {
            FOLLOW_UP_NOTE_INPUT: {"type": "plain_text_input", "value": note}
        }
    return found


@pytest.fixture
def unhappy(store, settings, env, driver):
    item = review(settings, "fu-1", 1)
    process_new_reviews(store, settings, env, driver.app.client, [item])
    return item.key


def choose(driver, store, key: str, outcome: str, user: str):
    reply = db.reply_state(store, key)
    payload = select_action(
        action_id=FOLLOW_UP,
        value=outcome,
        user=user,
        block_id=FOLLOW_UP_BLOCK,
        channel=reply["card_channel"],
        message_ts=reply["card_ts"],
    )
    return driver.send(form_body(payload))


def test_only_unhappy_or_escalated_reviews_offer_follow_up(store, settings, env, driver, slack):
    happy = review(settings, "fu-5", 5, "Lovely team.")
    two = review(settings, "fu-2", 2)
    risky = review(settings, "fu-4", 4, "My lawyer will hear about this.")
    process_new_reviews(store, settings, env, driver.app.client, [happy, two, risky])

    offered = {
        k.key: follow_up_section(card(slack, k.key)) is not None for k in (happy, two, risky)
    }

    assert offered == {happy.key: False, two.key: True, risky.key: True}
    section = follow_up_section(card(slack, two.key))
    assert section["text"]["text"].startswith(":telephone_receiver: *Follow-up:* none recorded.")
    assert [o["text"]["text"] for o in section["accessory"]["options"]] == [
        "Reached out offline",
        "Tried, no answer",
        "No follow-up needed",
    ]
    assert_valid_blocks(card(slack, two.key))


def test_a_risk_manager_records_a_follow_up_with_a_note(store, driver, slack, unhappy, caplog):
    caplog.set_level(logging.DEBUG)
    choose(driver, store, unhappy, "reached_out", RISK_MANAGER)
    (opened,) = slack.calls_to("views.open")
    modal = opened["view"]
    assert modal["private_metadata"] == unhappy
    radio = modal["blocks"][1]["element"]
    assert radio["initial_option"]["value"] == "reached_out"
    assert_valid_view(modal)

    answer = driver.submit(FOLLOW_UP_VIEW, unhappy, values("reached_out", NOTE), RISK_MANAGER)

    assert (answer.status, answer.body) == (200, "")
    assert [(f["actor"], f["outcome"], f["note"]) for f in db.follow_ups(store, unhappy)] == [
        (RISK_MANAGER, "reached_out", NOTE)
    ]
    (audit,) = [r for r in db.audit_rows(store, review_key=unhappy) if r["action"] == "follow_up"]
    assert (audit["actor"], audit["text"], audit["detail"]) == (
        RISK_MANAGER,
        NOTE,
        {"outcome": "reached_out", "note": True},
    )
    shown = follow_up_section(card(slack, unhappy))["text"]["text"]
    assert shown.startswith(
        f":telephone_receiver: *Follow-up:* Reached out offline · <@{RISK_MANAGER}>"
    )
    assert shown.endswith("a note is kept in the audit log")
    ts = db.reply_state(store, unhappy)["card_ts"]
    lines = [c["text"] for c in slack.calls_to("chat.postMessage") if c.get("thread_ts") == ts]
    assert lines[-1].startswith(f"<@{RISK_MANAGER}> recorded a follow-up: Reached out offline")
    assert [c["user_id"] for c in slack.calls_to("views.publish")] == [RISK_MANAGER]
    # The note may be health information: it is in the database and the audit log only.
    everything_sent = json.dumps([slack.arguments(r) for r in slack.server.requests])
    assert NOTE not in everything_sent and NOTE not in caplog.text


def test_an_approver_may_record_one_and_a_stranger_may_not(store, driver, slack, unhappy):
    choose(driver, store, unhappy, "no_answer", STRANGER)
    forged = driver.submit(FOLLOW_UP_VIEW, unhappy, values("no_answer"), STRANGER)
    choose(driver, store, unhappy, "no_answer", APPROVER)
    driver.submit(FOLLOW_UP_VIEW, unhappy, values("no_answer"), APPROVER)

    assert len(slack.calls_to("views.open")) == 1  # the approver's
    assert json.loads(forged.body)["errors"] == {
        OUTCOME_BLOCK: "Only approvers and risk managers record follow-ups."
    }
    assert [(f["actor"], f["outcome"]) for f in db.follow_ups(store, unhappy)] == [
        (APPROVER, "no_answer")
    ]
    refusals = [
        r["actor"]
        for r in db.audit_rows(store, review_key=unhappy)
        if r["action"] == "follow_up.refused"
    ]
    assert refusals == [STRANGER, STRANGER]


@pytest.mark.parametrize(
    "submitted, error",
    [
        (values(None), "This review is no longer available."),
        (values("called_twice"), "Unknown follow-up 'called_twice'."),
        (values("reached_out", "x" * 1001), "The note is longer than 1000 characters."),
        (
            {OUTCOME_BLOCK: {OUTCOME_INPUT: {"selected_option": "reached_out"}}},
            "This review is no longer available.",
        ),
    ],
)
def test_malformed_submissions_are_answered_in_the_modal(store, driver, unhappy, submitted, error):
    answer = driver.submit(FOLLOW_UP_VIEW, unhappy, submitted, RISK_MANAGER)

    assert json.loads(answer.body) == {
        "response_action": "errors",
        "errors": {OUTCOME_BLOCK: error},
    }
    assert db.follow_ups(store, unhappy) == []


def test_a_follow_up_is_refused_where_none_is_offered(store, settings, env, driver):
    happy = review(settings, "fu-happy", 5, "Lovely team.")
    process_new_reviews(store, settings, env, driver.app.client, [happy])

    answer = driver.submit(FOLLOW_UP_VIEW, happy.key, values("reached_out"), RISK_MANAGER)
    unknown = driver.submit(FOLLOW_UP_VIEW, "google:nowhere:x", values("reached_out"), RISK_MANAGER)

    assert json.loads(answer.body)["errors"] == {
        OUTCOME_BLOCK: "Follow-ups are recorded on escalated and one- or two-star reviews."
    }
    assert json.loads(unknown.body)["errors"] == {
        OUTCOME_BLOCK: "This review is no longer available."
    }


def test_a_choice_on_a_message_that_is_no_card(store, driver, slack, unhappy):
    payload = select_action(
        action_id=FOLLOW_UP,
        value="reached_out",
        user=RISK_MANAGER,
        block_id=FOLLOW_UP_BLOCK,
        channel="C0REVIEWS",
        message_ts="1.2",
    )
    driver.send(form_body(payload))
    broken = select_action(
        action_id=FOLLOW_UP, value="reached_out", user=RISK_MANAGER, block_id=FOLLOW_UP_BLOCK
    )
    del broken["actions"][0]["selected_option"]
    response = driver.send(form_body(broken))

    assert response.status == 200
    assert [c["text"] for c in slack.calls_to("chat.postEphemeral")] == [
        "This card refers to a review the app does not know."
    ]
    assert slack.calls_to("views.open") == []


# ---------------------------------------------------------------------------------------------
# The Home tab's event
# ---------------------------------------------------------------------------------------------


def send_event(driver, payload: dict):
    """An Events API envelope, signed, into the app; waits for its lazy work."""
    body = json.dumps(payload)
    headers = signed_headers(SIGNING_SECRET, body, content_type="application/json")
    with driver.services.gate.acknowledging():  # as the HTTP endpoint does
        response = driver.endpoint.handle(
            body.encode(), {name.lower(): value for name, value in headers.items()}
        )
    driver.executor.wait_idle()
    return response


def test_opening_the_home_tab_publishes_it(store, driver, slack, unhappy):
    response = send_event(driver, app_home_opened(APPROVER))

    assert response.status == 200
    (published,) = slack.calls_to("views.publish")
    assert published["user_id"] == APPROVER
    assert "Waiting for you (1)" in json.dumps(published["view"])  # the unhappy review's draft
    assert db.home_viewers(store) == [APPROVER]
    assert_valid_view(published["view"])


def test_the_messages_tab_and_an_event_without_a_user_publish_nothing(store, driver, slack, caplog):
    messages = send_event(driver, app_home_opened(APPROVER, tab="messages", event_id="Ev1"))
    nobody = send_event(
        driver, event_callback({"type": "app_home_opened", "tab": "home"}, event_id="Ev2")
    )

    assert (messages.status, nobody.status) == (200, 200)
    assert slack.calls_to("views.publish") == [] and db.home_viewers(store) == []
    assert "app_home_opened ignored: the event names no user" in caplog.text
