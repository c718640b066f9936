"""The Block Kit builders, as plain functions."""

from __future__ import annotations

import json

import pytest

from slack_app.models import Review
from slack_app.slack import blocks

GOOGLE = Review(
    source="google",
    location_id="accounts/1/locations/2",
    source_review_id="r1",
    stars=2,
    reviewer_name="Maria <b> & Co",
    text="Waited 40 minutes. <!channel> <@U0BOSS> see <http://evil.example|this>",
    created_at="2026-11-20T14:03:11Z",
    location_name="Main Street",
)
YELP = Review(
    source="yelp",
    location_id="riverside",
    source_review_id="y1",
    stars=4,
    reviewer_name="Sam P.",
    text="Friendly front desk and",
    is_excerpt=True,
    url="https://www.yelp.com/biz/riverside?hrid=y1",
    created_at="2026-11-21 09:00:00",
)
DRAFT = {
    "text": "Thank you for sharing this. Please call us at (555) 014-2290.",
    "version": 2,
    "author": "review-assistant",
    "findings": [],
}
WARNED = {
    **DRAFT,
    "findings": [
        {
            "rule": "tone",
            "severity": "warn",
            "start": 0,
            "end": 5,
            "excerpt": "Thank",
            "message": "consider a warmer opening",
        }
    ],
}
BLOCKED = {
    **DRAFT,
    "findings": [
        {
            "rule": "patient-relationship",
            "severity": "block",
            "start": 0,
            "end": 10,
            "excerpt": "your visit",
            "message": "confirms the reviewer is a patient",
        }
    ],
}


def action_ids(card: list[dict]) -> list[str]:
    return [e["action_id"] for b in card if b["type"] == "actions" for e in b["elements"]]


def all_texts(card: list[dict]) -> list[str]:
    found = []

    def walk(node):
        if isinstance(node, dict):
            if node.get("type") in ("mrkdwn", "plain_text") and "text" in node:
                found.append(node["text"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(card)
    return found


@pytest.mark.parametrize(
    ("state", "draft", "expected"),
    [
        (
            "drafted",
            DRAFT,
            [blocks.APPROVE, blocks.EDIT, blocks.REGENERATE, blocks.ESCALATE, blocks.DISMISS],
        ),
        (
            "cleared",
            DRAFT,
            [blocks.APPROVE, blocks.EDIT, blocks.REGENERATE, blocks.ESCALATE, blocks.DISMISS],
        ),
        ("drafted", BLOCKED, [blocks.EDIT, blocks.REGENERATE, blocks.ESCALATE, blocks.DISMISS]),
        ("escalated", DRAFT, [blocks.EDIT, blocks.REGENERATE, blocks.DISMISS]),
        ("post_failed", DRAFT, [blocks.RETRY, blocks.EDIT, blocks.DISMISS]),
        ("posting", DRAFT, []),
        ("posted", DRAFT, []),
        ("dismissed", DRAFT, []),
        ("new", None, []),
    ],
)
def test_each_state_offers_exactly_its_buttons(state, draft, expected):
    card = blocks.review_card(GOOGLE, draft, draft, {"escalate": False}, state)
    assert action_ids(card) == expected
    for block in card:
        for element in block.get("elements", []):
            if element["type"] == "button" and element["action_id"] == blocks.APPROVE:
                # Approve is pinned to the version the card shows.
                assert element["value"] == f"{GOOGLE.key}|v{draft['version']}"
            elif element["type"] == "button":
                assert element["value"] == GOOGLE.key


@pytest.mark.parametrize(
    ("value", "parsed"),
    [
        ("google:accounts/1/locations/2:abc|v3", ("google:accounts/1/locations/2:abc", 3)),
        ("google:accounts/1/locations/2:abc", ("google:accounts/1/locations/2:abc", None)),
        ("manual:manual:x|vX", ("manual:manual:x|vX", None)),  # not a version: all key
    ],
)
def test_approve_value_round_trips_key_and_version(value, parsed):
    assert blocks.split_approve_value(value) == parsed
    key, version = parsed
    if version is not None:
        assert blocks.approve_value(key, version) == value


def test_approve_is_primary_with_a_confirm_dialog():
    card = blocks.review_card(GOOGLE, DRAFT, DRAFT, None, "drafted")
    approve = next(
        e
        for b in card
        if b["type"] == "actions"
        for e in b["elements"]
        if e["action_id"] == blocks.APPROVE
    )
    assert approve["style"] == "primary"
    assert set(approve["confirm"]) == {"title", "text", "confirm", "deny"}


@pytest.mark.parametrize("state", ["drafted", "cleared", "escalated", "post_failed"])
def test_dismiss_asks_for_confirmation_like_approve(state):
    card = blocks.review_card(GOOGLE, DRAFT, DRAFT, None, state)
    (dismiss,) = (
        e
        for b in card
        if b["type"] == "actions"
        for e in b["elements"]
        if e["action_id"] == blocks.DISMISS
    )
    assert dismiss["style"] == "danger"
    assert dismiss["confirm"] == {
        "title": {"type": "plain_text", "text": "Dismiss this review?"},
        "text": {
            "type": "plain_text",
            "text": "No reply will be posted for this review. The card stays, marked as "
            "dismissed, and the dismissal is recorded in the audit log.",
        },
        "confirm": {"type": "plain_text", "text": "Dismiss"},
        "deny": {"type": "plain_text", "text": "Keep it"},
        "style": "danger",
    }


def test_card_shows_source_location_stars_reviewer_date_text_triage_draft_and_verdict():
    triage = {"escalate": True, "categories": ["legal"], "summary": "mentions a lawyer"}
    card = blocks.review_card(GOOGLE, WARNED, WARNED, triage, "escalated")
    text = "\n".join(all_texts(card))
    assert card[0] == {
        "type": "header",
        "text": {"type": "plain_text", "text": "Google review · Main Street"},
    }
    for expected in (
        "★★☆☆☆ (2/5)",
        "Maria &lt;b&gt; &amp; Co",
        "2026-11-20",
        "Waited 40 minutes.",
        "Triage: legal",
        "mentions a lawyer",
        "(v2)",
        "call us at (555) 014-2290",
        "passed with warnings",
        "`tone`",
        "consider a warmer opening",
        "Escalated to the risk manager",
    ):
        assert expected in text, expected


def test_user_text_cannot_mention_or_link():
    text = "\n".join(all_texts(blocks.review_card(GOOGLE, DRAFT, DRAFT, None, "drafted")))
    assert "<!channel>" not in text and "<@U0BOSS>" not in text and "<http://evil" not in text
    assert "&lt;!channel&gt; &lt;@U0BOSS&gt;" in text


def test_yelp_card_marks_the_excerpt_and_links_the_full_review():
    text = "\n".join(all_texts(blocks.review_card(YELP, DRAFT, DRAFT, None, "drafted")))
    assert "Excerpt only" in text
    assert "<https://www.yelp.com/biz/riverside?hrid=y1|read the full review>" in text


def test_manual_post_card_has_copy_ready_text_link_and_mark_as_posted():
    card = blocks.review_card(YELP, DRAFT, DRAFT, None, "approved", posted_by="U0ANNA")
    assert action_ids(card) == [blocks.OPEN_REVIEW, blocks.MARK_POSTED]
    link = next(
        e
        for b in card
        if b["type"] == "actions"
        for e in b["elements"]
        if e["action_id"] == blocks.OPEN_REVIEW
    )
    assert link["url"] == YELP.url
    assert "```" + DRAFT["text"] + "```" in all_texts(card)


def test_blocked_verdict_lists_rule_and_words():
    text = blocks.verdict_text(BLOCKED)
    assert "blocked" in text and "`patient-relationship`" in text and "your visit" in text


def test_huge_texts_stay_within_block_kit_limits():
    huge = Review(
        **{
            **GOOGLE.__dict__,
            "text": "<&>" * 5000,
            "reviewer_name": "N" * 500,
            "location_name": "L" * 400,
            "raw": {},
        }
    )
    draft = {**DRAFT, "text": "&" * 9000}
    for state in ("drafted", "approved", "post_failed"):
        card = blocks.review_card(
            huge,
            draft,
            BLOCKED,
            {"escalate": True, "categories": ["x"], "summary": "s" * 5000},
            state,
            error="e" * 5000,
            note="n" * 5000,
        )
        for block in card:
            if block["type"] == "section":
                assert len(block["text"]["text"]) <= blocks.SECTION_LIMIT
            if block["type"] == "header":
                assert len(block["text"]["text"]) <= blocks.HEADER_LIMIT
        assert len(json.dumps(card)) < 50_000


@pytest.mark.parametrize("limit", [1, 2, 4, 5, 6, 50])
def test_fit_never_cuts_an_entity_in_half(limit):
    out = blocks.fit("a&b<c>d" * 20, limit)
    assert len(out) <= limit
    body = out.rstrip("…")
    assert not any(
        body.endswith(partial) for partial in ("&", "&a", "&am", "&amp", "&l", "&lt", "&g", "&gt")
    )


def test_escalation_card_has_note_field_and_decision_buttons():
    card = blocks.escalation_card(
        GOOGLE,
        DRAFT,
        {"escalate": True, "categories": ["legal"], "summary": "lawyer"},
        escalated_by="U0ANNA",
    )
    assert action_ids(card) == [blocks.CLEAR, blocks.HOLD]
    note = next(b for b in card if b["type"] == "input")
    assert note["block_id"] == blocks.NOTE_BLOCK and note["optional"] is True
    resolved = blocks.escalation_card(GOOGLE, DRAFT, None, resolved="<@U0RITA> cleared")
    assert action_ids(resolved) == [] and not [b for b in resolved if b["type"] == "input"]


def test_edit_modal_is_prefilled_and_carries_the_review_key():
    view = blocks.edit_modal(GOOGLE.key, DRAFT["text"], 2)
    assert view["callback_id"] == blocks.EDIT_VIEW
    assert view["private_metadata"] == GOOGLE.key
    element = view["blocks"][1]["element"]
    assert view["blocks"][1]["block_id"] == blocks.REPLY_BLOCK
    assert element["initial_value"] == DRAFT["text"] and element["multiline"] is True


def test_blocked_edit_error_names_the_rule_and_the_words():
    error = blocks.blocked_edit_error(BLOCKED["findings"])
    assert error == (
        "Blocked (patient-relationship): \u201cyour visit\u201d confirms the reviewer is a patient"
    )


def test_thread_line_says_who_what_when():
    assert blocks.thread_line("U0ANNA", "approved the reply", "2026-11-23T10:15:00.123Z") == (
        "<@U0ANNA> approved the reply · 2026-11-23 10:15:00 UTC"
    )
    assert blocks.thread_line("review-assistant", "posted") == "review-assistant posted"
