"""After each poll: posted replies read back from Google (moderation), the daily full pass
(removed reviews), and reviews their authors edited after the draft."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from slack_app import stats, workflow
from slack_app import store as db
from slack_app.pipeline import run_cycle
from slack_app.poller import poll_once
from slack_app.upkeep import full_pass_slice, read_back_replies, redraft_edited_reviews
from slack_app.upkeep.removals import due_locations
from tests.google.conftest import START
from tests.google.test_queue import APPROVER, drafted_reviews


def posted_reviews(store, settings, env, source, poster, google, count, **kwargs):
    keys = drafted_reviews(store, settings, env, source, google, count, **kwargs)
    for key in keys:
        assert workflow.approve(store, key, APPROVER, settings, poster).state == "posted"
    return keys


def review_id(key: str) -> str:
    return key.rsplit(":", 1)[1]


def test_a_rejected_reply_goes_back_to_people_with_googles_reason(
    store, settings, env, source, poster, google, clock
):
    (key,) = posted_reviews(store, settings, env, source, poster, google, 1)
    location = google.locations[0]
    clock.advance(60)

    # Pending at first: stored (the card is redrawn to say so), and asked again later.
    assert read_back_replies(store, source, now=clock.now()) == [workflow.CardChange(key, "")]
    status = db.google_reply_status(store, key)
    assert (status["reply_state"], status["checks"], status["next_check_at"]) == (
        "PENDING",
        1,
        db.stamp(clock.now() + timedelta(minutes=15)),
    )
    assert read_back_replies(store, source, now=clock.now()) == []  # not due yet
    gets = google.server.calls(rf"/v4/{location}/reviews/[^/]+$", "GET")
    assert len(gets) == 1

    google.moderate(location, review_id(key), "REJECTED", violation="PERSONAL_INFO")
    clock.advance(15 * 60)
    (change,) = read_back_replies(store, source, now=clock.now())

    reason = "it contains personal information (PERSONAL_INFO)"
    assert change == workflow.CardChange(key, f"Google rejected the reply: {reason}")
    reply = db.reply_state(store, key)
    assert (reply["state"], reply["post_error"]) == (
        "post_failed",
        f"Google rejected this reply: {reason}",
    )
    last = db.audit_rows(store, review_key=key)[-1]
    assert (last["action"], last["actor"], last["detail"]) == (
        "google.rejected",
        "review-assistant",
        {
            "from": "posted",
            "to": "post_failed",
            "policy_violation": "PERSONAL_INFO",
            "reply_state": "REJECTED",
        },
    )
    # The audit log keeps the machine's time.
    today = stats.Period.days_to(datetime.now(UTC) + timedelta(minutes=1), 1)
    assert stats.figures(store, today).google_rejections == 1
    assert stats.figures(store, today, location="Oak Park").google_rejections == 0
    assert read_back_replies(store, source, now=clock.now() + timedelta(days=1)) == []

    # Edited and posted again: Google's earlier answer no longer counts; this one is read.
    edited = workflow.edit(
        store, key, APPROVER, "Thank you for writing. Please call us at (555) 014-2290.", settings
    )
    assert edited.ok
    assert workflow.approve(store, key, APPROVER, settings, poster).state == "posted"
    google.moderate(location, review_id(key), "APPROVED")
    clock.advance(60)
    (change,) = read_back_replies(store, source, now=clock.now())
    assert change == workflow.CardChange(key, "Google published the reply")
    status = db.google_reply_status(store, key)
    assert (status["reply_state"], status["reply_url"], status["checks"]) == (
        "APPROVED",
        f"https://business.google.com/reviews/reply/{review_id(key)}",
        1,
    )
    assert read_back_replies(store, source, now=clock.now() + timedelta(days=1)) == []


def test_a_posted_review_that_disappeared_is_recorded_not_redrafted(
    store, settings, env, source, poster, google, clock
):
    (key,) = posted_reviews(store, settings, env, source, poster, google, 1)
    google.remove_review(google.locations[0], review_id(key))
    clock.advance(60)
    assert read_back_replies(store, source, now=clock.now()) == []  # no card in this test
    assert db.reply_state(store, key)["state"] == "posted"
    removed = db.removed_review(store, key)
    assert (removed["state_before"], removed["withdrawn"]) == ("posted", 0)
    assert db.audit_rows(store, review_key=key)[-1]["action"] == "review.removed"


def test_the_full_pass_withdraws_drafts_of_removed_reviews_and_gives_them_back(
    store, settings, env, source, google, clock
):
    keys = drafted_reviews(store, settings, env, source, google, 3)
    for key in keys:  # as if the cards were in Slack
        db.set_reply_fields(store, key, card_channel="C0REVIEWS", card_ts="1700000000.0001")
    google.remove_review(google.locations[0], review_id(keys[1]))
    clock.advance(60)

    changes = full_pass_slice(store, settings, source, now=clock.now())

    assert changes == [
        workflow.CardChange(
            keys[1],
            "the review was removed from Google; the draft was withdrawn and nothing will be "
            "posted",
        )
    ]
    assert [db.reply_state(store, k)["state"] for k in keys] == ["drafted", "dismissed", "drafted"]
    assert db.reply_state(store, keys[1])["post_error_code"] == ""
    last = db.audit_rows(store, review_key=keys[1])[-1]
    assert (last["action"], last["detail"]) == (
        "review.removed",
        {"from": "drafted", "to": "dismissed", "withdrawn": True},
    )
    passed = db.full_pass(store, "google", google.locations[0])
    assert (passed["reviews_seen"], passed["removed"], passed["last_error"]) == (2, 1, "")
    # Done for today: the next cycle does not list the location again.
    assert google.locations[0] not in [
        loc.google_location for loc in due_locations(store, settings, clock.now())
    ]

    google.restore_review(google.locations[0], review_id(keys[1]))
    changes = full_pass_slice(store, settings, source, now=clock.now() + timedelta(days=1))
    assert changes == [
        workflow.CardChange(keys[1], "the review is back on Google; its draft is waiting again")
    ]
    assert db.reply_state(store, keys[1])["state"] == "drafted"
    assert db.removed_review(store, keys[1]) is None


def test_a_listing_missing_most_reviews_withdraws_nothing(
    store, settings, env, source, google, clock
):
    keys = drafted_reviews(store, settings, env, source, google, 8)
    for key in keys[:6]:
        google.remove_review(google.locations[0], review_id(key))
    clock.advance(60)
    assert full_pass_slice(store, settings, source, now=clock.now()) == []
    assert {db.reply_state(store, k)["state"] for k in keys} == {"drafted"}
    assert db.full_pass(store, "google", google.locations[0])["last_error"].startswith(
        "refused to record 6 of 8 reviews as removed at once"
    )


def test_a_full_pass_that_fails_part_way_changes_nothing(
    store, settings, env, source, google, clock
):
    keys = drafted_reviews(store, settings, env, source, google, 60)  # two pages
    google.remove_review(google.locations[0], review_id(keys[0]))
    google.server_error(google.locations[0], page=2, times=10)
    clock.advance(60)
    assert full_pass_slice(store, settings, source, now=clock.now()) == []
    assert db.reply_state(store, keys[0])["state"] == "drafted"
    assert "HTTP 500" in db.full_pass(store, "google", google.locations[0])["last_error"]


def test_the_full_pass_is_spread_over_the_days_cycles(store, settings, google, clock):
    many = settings.model_copy(
        update={
            "locations": [
                settings.locations[0].model_copy(
                    update={
                        "name": f"Office {n:03d}",
                        "google_location": f"accounts/1/locations/{n}",
                    }
                )
                for n in range(200)
            ]
        }
    )
    # 96 cycles a day at 15 minutes: ceil(200 / 96) + 1 = 4 locations a cycle, so every
    # location is passed within the day with room to spare.
    due = due_locations(store, many, clock.now())
    assert [loc.name for loc in due] == ["Office 000", "Office 001", "Office 002", "Office 003"]


def test_an_edit_after_the_draft_redrafts_and_reruns_triage(
    store, settings, env, source, google, clock
):
    calm, owner_only = drafted_reviews(store, settings, env, source, google, 2)
    old = workflow.current_draft(store, calm)["version"]
    location = google.locations[0]
    google.edit_review(
        location,
        review_id(calm),
        comment="The dentist was negligent and my lawyer will be in touch.",
        at=START + timedelta(minutes=5),
    )
    google.set_reply(location, review_id(owner_only), "Replied on Google directly.")
    google.edit_review(location, review_id(owner_only), at=START + timedelta(minutes=5))
    clock.advance(600)

    report = run_cycle(store, settings, env, sources={"google": source}, now=clock.now())

    assert sorted(report.changed) == sorted([calm, owner_only])
    (change,) = [c for c in report.card_changes if c.key == calm]
    assert change.escalated and change.line.startswith(
        f"the reviewer edited the review; the draft was rewritten (now v{old + 1})"
    )
    reply = db.reply_state(store, calm)
    assert (reply["state"], reply["draft_version"], reply["triage"]["escalate"]) == (
        "escalated",
        old + 1,
        True,
    )
    last = db.audit_rows(store, review_key=calm)[-1]
    assert (last["action"], last["detail"]["stale_draft"]) == ("review.edited", old)
    # Recorded with the state change, so the risk managers are told (slack.notices).
    escalation = db.latest_escalation(store, calm)
    assert (escalation["escalated_by"], escalation["closed"]) == ("review-assistant", 0)
    # Only the owner reply changed: the draft still answers the review.
    assert not [c for c in report.card_changes if c.key == owner_only]
    assert db.reply_state(store, owner_only)["state"] == "drafted"


def edited_and_polled(store, settings, env, source, google) -> str:
    """A drafted review its author then edits, polled (the cycle stopped before its upkeep)."""
    (key,) = drafted_reviews(store, settings, env, source, google, 1)
    google.edit_review(
        google.locations[0],
        review_id(key),
        comment="Rude receptionist.",
        at=START + timedelta(minutes=5),
    )
    assert poll_once(store, settings, env, sources={"google": source}).changed == [key]
    return key


def test_an_edit_a_stopped_cycle_saw_is_redrafted_by_the_next(store, settings, env, source, google):
    key = edited_and_polled(store, settings, env, source, google)

    (change,) = redraft_edited_reviews(store, settings, env)
    assert change.key == key and not change.escalated
    assert redraft_edited_reviews(store, settings, env) == []  # once


def test_a_draft_written_after_the_edit_is_not_stale(store, settings, env, source, google):
    key = edited_and_polled(store, settings, env, source, google)
    text = "We are sorry to read this. Please call our office manager at (555) 014-2290."
    assert workflow.edit(store, key, APPROVER, text, settings).ok  # an approver answered it

    assert redraft_edited_reviews(store, settings, env) == []
    assert workflow.current_draft(store, key)["text"] == text


def test_a_removed_escalated_review_ends_its_risk_review(
    store, settings, env, source, google, clock
):
    (key,) = drafted_reviews(store, settings, env, source, google, 1)
    assert workflow.escalate(store, key, APPROVER, "a lawyer was mentioned").ok
    google.remove_review(google.locations[0], review_id(key))

    full_pass_slice(store, settings, source, now=clock.now())

    assert db.reply_state(store, key)["state"] == "dismissed"
    escalation = db.latest_escalation(store, key)
    assert (escalation["decision"], escalation["closed"], escalation["decision_note"]) == (
        "dismiss",
        1,
        "the review was removed from Google",
    )
