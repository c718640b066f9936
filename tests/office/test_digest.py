"""The digest: its figures and changes, the links to waiting cards, the chart uploaded through
files_upload_v2, and exactly one digest per period across a restart and a stale claim."""

from __future__ import annotations

import io
import json

import pytest
from PIL import Image

from slack_app import digest
from slack_app import store as db
from slack_app.chart import HEIGHT_PX, WIDTH_PX
from slack_app.config import DigestSettings, Practice
from slack_app.slack.digest import DIGEST_EVENT, digest_blocks, send_digest
from slack_app.slack.links import Permalinks
from slack_app.store import Store
from tests.office.blockkit import assert_valid_blocks
from tests.office.conftest import office_settings
from tests.office.seed import utc

SENT_AT = utc("11-23T09:00")  # Monday, an hour after the week to Monday 00:00 UTC ended


@pytest.fixture
def utc_settings(store):
    """The weekly digest on Mondays at 00:00 UTC: exactly the seeded week."""
    return office_settings(
        str(store.path),
        practice=Practice(name="Riverside Family Dental", phone="(555) 014-2290", timezone="UTC"),
        digest=DigestSettings(schedule="weekly", day="Mon", time="00:00"),
    )


def fields(blocks: list[dict]) -> list[str]:
    return [f["text"] for b in blocks if b["type"] == "section" for f in b.get("fields") or []]


def test_the_figures_and_their_change_against_the_week_before(store, week, utc_settings):
    period = digest.due_digest(store, utc_settings, SENT_AT)
    content = digest.digest_content(store, period, SENT_AT)

    blocks = digest_blocks(content, practice="Riverside", now=SENT_AT, link=lambda c, t: "")

    assert period.key == "weekly:2026-11-23"
    assert fields(blocks) == [
        "*New reviews*\n7  (▲ 6)",
        "*Average rating*\n3.2★  (▼ 1.8)",
        "*Replies posted*\n4  (▲ 4)",
        "*Response rate*\n57%  (▲ 57 pts)",
        "*Time to reply*\nmedian 29.0 h · 90% within 6.0 days",
        "*Waiting now*\n3 (1 over 3 days)",
        "*Escalations*\n2 new · 1 cleared · 1 open",
        "*Follow-ups recorded*\n2\nReached out offline: 1\nTried, no answer: 1",
        "*Drafts needing repair*\n2 of 6 (33%)\n`patient-relationship` ×2\n"
        "`treatment-disclosure` ×2",
        "*Approver edits*\n1 of 5 approvals, 7% of the words changed",
    ]
    texts = json.dumps(blocks, ensure_ascii=False)
    assert "Weekly review digest" in texts and "Mon Nov 16 to Mon Nov 23, 00:00" in texts
    assert "By site: Google 5 · Yelp 2" in texts
    assert "By stars: ★★★★★ 1 · ★★★★ 2 · ★★★ 1 · ★★ 1 · ★ 1 · no rating 1" in texts
    assert_valid_blocks(blocks)


def posted_digests(slack) -> list[dict]:
    return [
        m
        for m in slack.channel_messages("C0REVIEWS")
        if (m.get("metadata") or {}).get("event_type") == DIGEST_EVENT
    ]


def give_cards(store, client, *names: str) -> dict[str, str]:
    """Post a card for each named waiting review and record it; name -> card ts."""
    found = {}
    for row in db.reply_states(store):
        name = row["review_key"].rsplit(":", 1)[1]
        if name in names:
            ts = client.chat_postMessage(channel="C0REVIEWS", text=f"card {name}")["ts"]
            db.set_reply_fields(store, row["review_key"], card_channel="C0REVIEWS", card_ts=ts)
            found[name] = ts
    return found


def test_send_posts_links_and_uploads_the_chart(store, week, utc_settings, slack, client):
    cards = give_cards(store, client, "r4", "r5")
    links = Permalinks(client)

    key = send_digest(client, store, utc_settings, SENT_AT, actor="bot", link=links.get)

    assert key == "weekly:2026-11-23"
    (message,) = posted_digests(slack)
    waiting = next(b for b in message["blocks"] if "Waiting longest" in json.dumps(b))
    link = f"https://practice.slack.com/archives/C0REVIEWS/p{cards['r4'].replace('.', '')}"
    assert waiting["text"]["text"].splitlines()[1:3] == [
        f"<{link}|Google · Oak Park · ★> · Pat Q.",
        "escalated: clear it or keep it on hold · waiting 4 days",
    ]
    assert [c["message_ts"] for c in slack.calls_to("chat.getPermalink")] == [
        cards["r4"],
        cards["r5"],
    ]
    # files_upload_v2: the URL, the bytes, the completion into the digest's channel.
    (asked,) = slack.calls_to("files.getUploadURLExternal")
    (upload,) = slack.uploads.values()
    assert asked["filename"] == "review-digest-weekly-2026-11-23.png"
    assert int(asked["length"]) == len(upload["data"])
    assert upload["alt_txt"].startswith(
        "Bar chart of reviews per week by star rating, 12 weeks from the week of Aug 31 to the "
        "week of Nov 16: 9 reviews"
    )
    (completed,) = slack.calls_to("files.completeUploadExternal")
    assert completed["channel_id"] == "C0REVIEWS"
    assert completed["files"] == [{"id": "F00000001", "title": upload["title"]}]
    image = Image.open(io.BytesIO(upload["data"]))
    assert (image.format, image.size) == ("PNG", (WIDTH_PX, HEIGHT_PX))
    image.verify()
    assert 10_000 < len(upload["data"]) < 400_000
    row = db.delivery(store, "digest", key)
    assert (row["channel"], row["ts"], row["detail"]["chart_file"]) == (
        "C0REVIEWS",
        message["ts"],
        "F00000001",
    )
    assert_valid_blocks(message["blocks"])


def test_one_digest_per_period_across_a_restart(store, week, utc_settings, slack, client):
    first = send_digest(client, store, utc_settings, SENT_AT, actor="bot", link=lambda c, t: "")
    again = send_digest(
        client, store, utc_settings, utc("11-23T09:15"), actor="bot", link=lambda c, t: ""
    )
    with Store(store.path) as restarted:
        after_restart = send_digest(
            client, restarted, utc_settings, utc("11-23T11:00"), actor="bot", link=lambda c, t: ""
        )
    next_week = send_digest(
        client, store, utc_settings, utc("11-30T00:00"), actor="bot", link=lambda c, t: ""
    )

    assert (first, again, after_restart, next_week) == (
        "weekly:2026-11-23",
        None,
        None,
        "weekly:2026-11-30",
    )
    assert len(posted_digests(slack)) == 2 and len(slack.uploads) == 2


def test_a_digest_more_than_twelve_hours_late_is_skipped(store, week, utc_settings, client):
    def send(moment: str):
        return send_digest(
            client, store, utc_settings, utc(moment), actor="bot", link=lambda c, t: ""
        )

    assert (send("11-23T12:01"), send("11-23T12:00")) == (None, "weekly:2026-11-23")


def test_a_digest_posted_before_a_crash_is_recorded_not_repeated(
    store, week, utc_settings, slack, client
):
    period = digest.due_digest(store, utc_settings, SENT_AT)
    digest.claim(store, period, actor="other", now=SENT_AT)
    ts = client.chat_postMessage(
        channel="C0REVIEWS",
        text="digest",
        metadata={"event_type": DIGEST_EVENT, "event_payload": {"period": period.key}},
    )["ts"]

    held = send_digest(
        client, store, utc_settings, utc("11-23T09:02"), actor="bot", link=lambda c, t: ""
    )
    taken = send_digest(
        client, store, utc_settings, utc("11-23T09:06"), actor="bot", link=lambda c, t: ""
    )

    assert (held, taken) == (None, period.key)
    assert len(posted_digests(slack)) == 1
    assert db.delivery(store, "digest", period.key)["ts"] == ts


def test_a_refused_digest_is_tried_again_and_a_failed_chart_is_noted(
    store, week, utc_settings, slack, client
):
    def send(moment: str):
        return send_digest(
            client, store, utc_settings, utc(moment), actor="bot", link=lambda c, t: ""
        )

    slack.fail_next("chat.postMessage", error="not_in_channel")
    refused, held = send("11-23T09:00"), send("11-23T09:04")
    slack.fail_next("files.getUploadURLExternal", error="file_uploads_disabled")
    sent = send("11-23T09:06")

    assert (refused, held, sent) == (None, None, "weekly:2026-11-23")
    row = db.delivery(store, "digest", sent)
    assert row["sent_at"] and "file_uploads_disabled" in row["detail"]["chart_error"]
    assert len(posted_digests(slack)) == 1 and slack.uploads == {}


def test_no_digest_when_off_or_without_a_channel(store, week, utc_settings, slack, client):
    off = utc_settings.model_copy(update={"digest": DigestSettings(schedule="off")})
    nowhere = utc_settings.model_copy(
        update={"slack": utc_settings.slack.model_copy(update={"review_channel": ""})}
    )

    assert send_digest(client, store, off, SENT_AT, actor="bot", link=lambda c, t: "") is None
    assert digest.due_digest(store, utc_settings, SENT_AT) is not None  # still due
    assert send_digest(client, store, nowhere, SENT_AT, actor="bot", link=lambda c, t: "") is None
    assert slack.calls_to("chat.postMessage") == []
    # Without a channel the period is skipped once (audited), not tried every tick.
    assert digest.due_digest(store, utc_settings, SENT_AT) is None
    (skipped,) = [r for r in db.audit_rows(store) if r["action"] == "digest.skipped"]
    assert skipped["detail"]["skipped"] == "no channel"


def test_digest_channel_setting_wins(store, week, utc_settings, slack, client):
    elsewhere = utc_settings.model_copy(
        update={"digest": utc_settings.digest.model_copy(update={"channel": "C0DIGEST"})}
    )

    send_digest(client, store, elsewhere, SENT_AT, actor="bot", link=lambda c, t: "")

    assert [c["channel"] for c in slack.calls_to("chat.postMessage")] == ["C0DIGEST"]
    assert slack.calls_to("files.completeUploadExternal")[0]["channel_id"] == "C0DIGEST"
