"""A group with two offices, driven through the real HTTP entry point (`run --http`'s server,
signed requests) with the fake Google and the fake model: each office's reviews are drafted
with its own phone (never the other's, even when the model offers it), their cards go to its
own channel, and only its own approvers may approve them."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from slack_app import store as db
from slack_app.config import (
    DatabaseSettings,
    DraftingSettings,
    Location,
    Practice,
    Settings,
    SlackSettings,
)
from slack_app.drafting.openai_backend import OpenAIDrafter
from slack_app.poller import poll_once
from slack_app.slack import blocks
from slack_app.slack.announcer import process_new_reviews
from tests.drafting.conftest import FAST_RETRY
from tests.fakes.google_business import FakeGoogleBusiness
from tests.fakes.openai_chat import FakeOpenAI, by_review, reply, safe_reply
from tests.fakes.slack_api import block_actions, view_submission
from tests.slack.http_entry import send, serve
from tests.slack.test_scenarios import button_value, edit_values

GROUP_PHONE = "(555) 014-2290"
MAIN_PHONE = "(555) 014-4400"
OAK_PHONE = "(555) 014-3300"
GROUP_APPROVER = "U0GROUPOPS"  # slack.approvers: Main Street has no list of its own
OAK_APPROVER = "U0OAKMGR01"
OAK_RISK = "U0OAKRISK1"
# The model is told (through a review) to give Main Street's number in an Oak Park reply.
LURE = "LURE-7: the other office"


@pytest.fixture
def google():
    with FakeGoogleBusiness(locations=2, reviews_per_location=0) as fake:
        yield fake


@pytest.fixture
def settings(google, tmp_path):
    main, oak = google.locations
    return Settings(
        practice=Practice(
            name="Riverside Family Dental",
            phone=GROUP_PHONE,
            email="frontdesk@riversidefamilydental.example",
        ),
        slack=SlackSettings(
            review_channel="C0GROUP", approvers=[GROUP_APPROVER], risk_managers=["U0COMPLY"]
        ),
        locations=[
            Location(
                name="Main Street",
                google_location=main,
                phone=MAIN_PHONE,
                email="mainstreet@riversidefamilydental.example",
                review_channel="C0MAIN",
            ),
            Location(
                name="Oak Park",
                google_location=oak,
                display_name="Riverside Family Dental Oak Park",
                phone=OAK_PHONE,
                email="oakpark@riversidefamilydental.example",
                review_channel="C0OAK",
                approvers=[OAK_APPROVER],
                risk_managers=[OAK_RISK],
            ),
        ],
        drafting=DraftingSettings(max_attempts=2, timeout_seconds=5),
        database=DatabaseSettings(path=str(tmp_path / "review-assistant.db")),
    )


@pytest.fixture
def model():
    with FakeOpenAI() as fake:
        yield fake


def drafter_for(model: FakeOpenAI) -> OpenAIDrafter:
    return OpenAIDrafter(
        api_key="sk-test-not-a-real-key",
        model="gpt-4o-mini",
        base_url=model.base_url,
        timeout=5,
        retry=FAST_RETRY,
    )


REVIEWS = {
    # location index -> (comment, stars)
    0: [
        ("Friendly front desk and a spotless office.", "FIVE"),
        ("Waited a while, but the staff were kind.", "THREE"),
        ("Nobody called me back about my question.", "ONE"),
    ],
    1: [
        ("Lovely team, always on time.", "FIVE"),
        (f"Good place. {LURE}", "FOUR"),
        ("Excelente trato, muy amables y puntuales.", "FIVE"),
        ("The receptionist was rude to me.", "TWO"),
    ],
}


def seed(google) -> dict[str, str]:
    """review key -> the office ("main" / "oak") of every seeded review."""
    offices = {}
    for index, items in REVIEWS.items():
        location = google.locations[index]
        for n, (comment, stars) in enumerate(items):
            item = google.add_review(
                location,
                comment=comment,
                stars=stars,
                reviewer=f"Reviewer {index}{n}",
                at=google.now - timedelta(hours=5 - n),
            )
            offices[f"google:{location}:{item['reviewId']}"] = ("main", "oak")[index]
    return offices


def card_in(slack, channel: str, key: str) -> dict:
    (message,) = [
        m
        for m in slack.channel_messages(channel)
        if (m.get("metadata") or {}).get("event_payload", {}).get("review_key") == key
    ]
    return message


def test_two_offices_keep_their_phones_channels_and_approvers_apart(
    store, settings, env, build, slack, google, model
):
    offices = seed(google)
    # An answer giving Main Street's number for the lured Oak Park review: the guardrail must
    # refuse it, and the repair (asked with Oak Park's details) must give Oak Park's.
    model.set_default(
        by_review(
            {LURE: reply(f"Thank you for the kind words! Please call our Main Street office at "
                         f"{MAIN_PHONE}.")},
            default=safe_reply(),
        )
    )
    drafter = drafter_for(model)
    driver = build(drafter=drafter)

    report = poll_once(store, settings, env, now=google.now + timedelta(hours=1))
    announced = process_new_reviews(
        store, settings, env, driver.app.client, report.needs_reply, drafter=drafter
    )

    assert sorted(announced.posted) == sorted(offices) and not announced.failed
    own = {"main": (MAIN_PHONE, "C0MAIN"), "oak": (OAK_PHONE, "C0OAK")}
    other = {"main": OAK_PHONE, "oak": MAIN_PHONE}
    for key, office in offices.items():
        phone, channel = own[office]
        reply_state = db.reply_state(store, key)
        assert reply_state["card_channel"] == channel
        shown = db.get_draft(store, key, reply_state["draft_version"])
        assert shown["passed"] and phone in shown["text"], (key, shown["text"])
        # No draft the card ever showed, and no text in the office's channel, has the other
        # office's number.
        for draft in db.drafts(store, key):
            if draft["passed"]:
                assert other[office] not in draft["text"], (key, draft["text"])
        assert other[office] not in json.dumps(card_in(slack, channel, key)["blocks"])
    assert slack.channel_messages("C0GROUP") == []

    # The lured review: its first answer was refused for giving Main Street's number.
    lured = next(k for k in offices if LURE in db.get_review(store, k).text)
    first, *_, accepted = db.drafts(store, lured)
    assert (first["passed"], [(f["rule"], f["excerpt"]) for f in first["findings"]]) == (
        False,
        [("foreign-contact", MAIN_PHONE), ("missing-contact-path", "")],
    )
    assert accepted["passed"] and OAK_PHONE in accepted["text"]
    # Every request about an Oak Park review gave the model Oak Park's details, not Main's
    # (a repair also quotes the refused answer back, as the previous assistant message).
    for body in model.chat_bodies():
        system, draft = body["messages"][0]["content"], body["messages"][1]["content"]
        oak = any(text in draft for text, _ in REVIEWS[1])
        assert (OAK_PHONE in system, MAIN_PHONE in system) == (oak, not oak), system[:300]
        assert ("Riverside Family Dental Oak Park" in system) == oak
        assert (OAK_PHONE in draft, MAIN_PHONE in draft) == (oak, not oak), draft[-300:]

    oak_key = next(k for k, office in offices.items() if office == "oak")
    main_key = next(k for k, office in offices.items() if office == "main")
    oak_card = card_in(slack, "C0OAK", oak_key)
    main_card = card_in(slack, "C0MAIN", main_key)

    def approve(user: str, card: dict, channel: str, key: str) -> None:
        latest = card_in(slack, channel, key)["blocks"]
        payload = block_actions(
            action_id=blocks.APPROVE,
            value=button_value(latest, blocks.APPROVE),
            user=user,
            channel=channel,
            message_ts=card["ts"],
        )
        assert send(url, payload).status_code == 200
        driver.executor.wait_idle()

    with serve(driver.app, driver.services) as url:
        # The group's approver may approve Main Street's reviews, not Oak Park's: Oak Park
        # lists its own approvers.
        approve(GROUP_APPROVER, oak_card, "C0OAK", oak_key)
        assert google.replies == []
        assert db.reply_state(store, oak_key)["state"] == "drafted"
        (refusal,) = [
            c["text"] for c in slack.calls_to("chat.postEphemeral") if c["user"] == GROUP_APPROVER
        ]
        assert refusal == (
            ":lock: Only approvers can approve replies. Oak Park has its own approvers "
            "(locations[2] (Oak Park).approvers)."
        )
        refused = [r for r in db.audit_rows(store, review_key=oak_key)
                   if r["action"] == "approve.refused"]
        assert [(r["actor"], r["detail"]) for r in refused] == [
            (GROUP_APPROVER, {"reason": "not an approver"})
        ]
        # Oak Park's approver may not approve Main Street's either.
        approve(OAK_APPROVER, main_card, "C0MAIN", main_key)
        assert google.replies == [] and db.reply_state(store, main_key)["state"] == "drafted"

        # Editing Oak Park's reply to give Main Street's number is refused in the modal; the
        # group's line is fine.
        wrong = f"Thank you for the review. Please call our office manager at {MAIN_PHONE}."
        answer = send(url, view_submission(callback_id=blocks.EDIT_VIEW, private_metadata=oak_key,
                                           values=edit_values(wrong), user=OAK_APPROVER))
        errors = answer.json()["errors"][blocks.REPLY_BLOCK]
        assert answer.json()["response_action"] == "errors" and "foreign-contact" in errors
        right = f"Thank you for the review. Please call our office manager at {GROUP_PHONE}."
        answer = send(url, view_submission(callback_id=blocks.EDIT_VIEW, private_metadata=oak_key,
                                           values=edit_values(right), user=OAK_APPROVER))
        assert (answer.status_code, answer.text) == (200, "")
        driver.executor.wait_idle()

        # Each office's own approver posts its reply, once.
        approve(OAK_APPROVER, oak_card, "C0OAK", oak_key)
        approve(GROUP_APPROVER, main_card, "C0MAIN", main_key)

    main_text = db.get_draft(store, main_key, db.reply_state(store, main_key)["draft_version"])
    assert [(r["location"], r["comment"]) for r in google.replies] == [
        (google.locations[1], right),
        (google.locations[0], main_text["text"]),
    ]
    assert MAIN_PHONE in google.replies[1]["comment"]
    assert db.reply_state(store, oak_key)["state"] == "posted"
    assert db.reply_state(store, main_key)["state"] == "posted"


def test_an_escalated_review_goes_to_its_offices_risk_managers_only(
    store, settings, env, build, slack, google
):
    oak = google.locations[1]
    item = google.add_review(oak, comment="My lawyer will hear about this negligence.",
                             stars="ONE", reviewer="Pat Q.", at=google.now - timedelta(hours=1))
    key = f"google:{oak}:{item['reviewId']}"
    driver = build()

    report = poll_once(store, settings, env, now=google.now + timedelta(hours=1))
    process_new_reviews(store, settings, env, driver.app.client, report.needs_reply)

    assert db.reply_state(store, key)["state"] == "escalated"
    assert [c["users"] for c in slack.calls_to("conversations.open")] == [OAK_RISK]
    # The group's risk manager cannot clear it; Oak Park's can.
    escalation = next(c for c in slack.calls_to("chat.postMessage")
                      if c.get("text", "").startswith("Review escalated"))
    with serve(driver.app, driver.services) as url:
        for user in ("U0COMPLY", OAK_RISK):
            payload = block_actions(action_id=blocks.CLEAR, value=key, user=user,
                                    channel=escalation["channel"])
            assert send(url, payload).status_code == 200
            driver.executor.wait_idle()
    states = [(r["actor"], r["action"]) for r in db.audit_rows(store, review_key=key)]
    assert ("U0COMPLY", "clear.refused") in states
    assert db.reply_state(store, key)["state"] == "cleared"


def test_reminders_the_app_home_and_digests_follow_each_offices_people_and_channel(
    store, settings, env, build, slack, google
):
    from slack_app.config import DigestSettings
    from slack_app.hours import BusinessHours, practice_zone
    from slack_app.slack.digest import DIGEST_EVENT
    from slack_app.slack.home import roles_of, view_for
    from slack_app.slack.scheduler import Scheduler
    from slack_app.stats import parse_time
    from tests.office.blockkit import assert_valid_blocks, assert_valid_view

    offices = seed(google)
    driver = build()
    report = poll_once(store, settings, env, now=google.now + timedelta(hours=1))
    process_new_reviews(store, settings, env, driver.app.client, report.needs_reply)
    oak_keys = {k for k, office in offices.items() if office == "oak"}
    main_keys = set(offices) - oak_keys

    # The App Home: each approver sees what waits in their offices only.
    now = parse_time(db.now_iso())
    directory = driver.services.directory
    for user, count, where in ((OAK_APPROVER, 4, " (Oak Park)"), (GROUP_APPROVER, 3, "")):
        roles = roles_of(directory, settings, user)
        view = view_for(store, settings, roles, now)
        assert_valid_view(view)
        shown = json.dumps(view["blocks"])
        assert f"Waiting for you ({count})" in shown
        assert f"you approve replies{where}" in shown
    assert roles_of(directory, settings, "U0STRANGER").states == ()

    # A day later, in business hours: each waiting card's reminder names its office's people;
    # the digest goes to the group's channel and, with each office's own figures, to its own.
    since = max(parse_time(r["at"]) for r in db.audit_rows(store))
    at = BusinessHours.of(settings).next_open(since + timedelta(hours=24, minutes=1))
    local = at.astimezone(practice_zone(settings))
    timed = settings.model_copy(
        update={"digest": DigestSettings(day=f"{local:%a}", time=f"{local:%H:%M}")}
    )
    tick = Scheduler(store, timed, driver.app.client, now=lambda: at).tick()

    assert sorted(tick.reminders) == sorted(offices)
    for key in offices:
        reply = db.reply_state(store, key)
        (reminder,) = [
            m["text"] for m in slack.channel_messages(reply["card_channel"])
            if m.get("thread_ts") == reply["card_ts"]
        ]
        who = "<@U0OAKMGR01>" if key in oak_keys else "<@U0GROUPOPS>"
        assert reminder.startswith(f":alarm_clock: {who}: this review has waited"), reminder
    digests = {
        channel: [m for m in slack.channel_messages(channel)
                  if (m.get("metadata") or {}).get("event_type") == DIGEST_EVENT]
        for channel in ("C0GROUP", "C0MAIN", "C0OAK")
    }
    period = f"weekly:{local.date().isoformat()}"
    assert {channel: [m["metadata"]["event_payload"]["period"] for m in found]
            for channel, found in digests.items()} == {
        "C0GROUP": [period],
        "C0MAIN": [f"{period}@Main Street"],
        "C0OAK": [f"{period}@Oak Park"],
    }
    for found in digests.values():
        assert_valid_blocks(found[0]["blocks"])
    oak_digest = json.dumps(digests["C0OAK"][0]["blocks"], ensure_ascii=False)
    assert "Riverside Family Dental · Oak Park" in oak_digest
    assert "*New reviews*\\n4" in oak_digest
    assert "*New reviews*\\n7" in json.dumps(digests["C0GROUP"][0]["blocks"])
    assert len(main_keys) == 3 and tick.digest == period


def test_a_failing_office_is_announced_in_its_own_channel(store, settings, env, build, slack,
                                                          google):
    from slack_app.pipeline import run_once
    from slack_app.slack.alerts import ALERT_EVENT
    from slack_app.slack.announcer import deliver_pending
    from slack_app.sources.http_retry import RetryPolicy

    google.forbid(google.locations[1])  # Oak Park's profile: 403
    driver = build()

    run_once(store, settings, env, policy=RetryPolicy.quick(sleep=lambda seconds: None))
    deliver_pending(driver.app.client, store, settings, env)

    def alerts(channel: str) -> list[str]:
        return [m["text"] for m in slack.channel_messages(channel)
                if (m.get("metadata") or {}).get("event_type") == ALERT_EVENT]

    (alert,) = alerts("C0OAK")
    assert "*Google · Oak Park* stopped working: " in alert and "HTTP 403" in alert
    assert alerts("C0MAIN") == [] and alerts("C0GROUP") == []
