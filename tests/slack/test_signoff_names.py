"""Sign-off names (`practice.signoff_names`, a location's `signoff`) reach every guardrail
check the app makes: an edit in Slack and the approval re-check accept a reply signed with
one in its last line, and a name anywhere else, or another office's, is still refused."""

from __future__ import annotations

import pytest

from slack_app import store as db
from slack_app import workflow
from slack_app.config import Location, Practice
from slack_app.models import Review
from tests.slack.test_workflow import RecordingPoster

OAK = "accounts/1/locations/20"
MAIN = "accounts/1/locations/10"
BODY = "Thank you for writing. Please call our office manager at (555) 014-2290."


@pytest.fixture
def signed(settings):
    return settings.model_copy(
        update={
            "practice": Practice(
                name="Riverside Family Dental", phone="(555) 014-2290", signoff_names=["Dana"]
            ),
            "locations": [
                Location(name="Main Street", google_location=MAIN),
                Location(name="Oak Park", google_location=OAK, signoff=["Maria"]),
            ],
        }
    )


def prepared(store, settings, location: str, review_id: str) -> str:
    review = Review("google", location, review_id, 4, "Ann", "Nice people.",
                    created_at="2026-11-22T09:00:00Z")
    workflow.prepare_review(store, review, settings)
    return review.key


@pytest.mark.parametrize(
    ("location", "signature", "passes"),
    [
        (OAK, "Maria", True),  # Oak Park's own
        (OAK, "Dana", True),  # the practice's, for every office
        (MAIN, "Dana", True),
        (MAIN, "Maria", False),  # Oak Park's name is not Main Street's to sign with
        (OAK, "Priya", False),  # nobody's
    ],
)
def test_an_edit_signed_in_its_last_line(store, signed, location, signature, passes):
    key = prepared(store, signed, location, f"r-{signature}")

    outcome = workflow.edit(store, key, "U1", f"{BODY}\n— {signature}", signed)

    assert outcome.ok is passes, outcome
    if not passes:
        assert [(f["rule"], f["excerpt"]) for f in outcome.findings] == [
            ("personal-identifier", signature)
        ]


def test_a_sign_off_name_outside_the_last_line_is_refused(store, signed):
    key = prepared(store, signed, OAK, "r-mid")

    outcome = workflow.edit(store, key, "U1", f"Maria says thank you.\n{BODY}", signed)

    assert not outcome.ok
    assert ("personal-identifier", "Maria") in {(f["rule"], f["excerpt"]) for f in outcome.findings}


def test_the_approval_re_check_knows_the_sign_off_names(store, signed):
    key = prepared(store, signed, OAK, "r-approve")
    assert workflow.edit(store, key, "U1", f"{BODY}\n— Maria", signed).ok
    poster = RecordingPoster()

    outcome = workflow.approve(store, key, "U1", signed, poster)

    assert outcome.ok and poster.posted == [f"{BODY}\n— Maria"]
    assert db.reply_state(store, key)["state"] == "posted"
    # With the name gone from the settings, the same text is refused at approval.
    other = prepared(store, signed, OAK, "r-renamed")
    assert workflow.edit(store, other, "U1", f"{BODY}\n— Maria", signed).ok
    unsigned = signed.model_copy(update={"locations": [
        Location(name="Main Street", google_location=MAIN),
        Location(name="Oak Park", google_location=OAK),
    ]})
    refused = workflow.approve(store, other, "U1", unsigned, poster)
    assert not refused.ok and len(poster.posted) == 1
