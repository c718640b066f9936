"""Retries, double clicks, signatures, malformed payloads, restarts, 429s and secrets."""

from __future__ import annotations

import json
import logging
import threading
import time

import pytest
import requests

from slack_app import store as db
from slack_app.models import Review
from slack_app.slack import blocks, cards
from slack_app.slack.announcer import Pacer, announce_pending, post_card, process_new_reviews
from slack_app.slack.http_server import make_http_server
from slack_app.workflow import prepare_review
from tests.fakes.slack_api import block_actions, form_body, signed_headers, slash_command
from tests.slack.conftest import APP_TOKEN, APPROVER, BOT_TOKEN, SIGNING_SECRET


def google_review(settings, n: int, text: str = "Friendly staff and a clean office.") -> Review:
    return Review(
        source="google",
        location_id=settings.locations[0].google_location,
        source_review_id=f"rel-{n}",
        stars=5,
        reviewer_name=f"Reviewer {n}",
        text=text,
        created_at=f"2026-11-22T09:00:{n:02d}Z",
    )


@pytest.fixture
def sources(google, env):
    from slack_app.sources.google import GoogleSource

    source = GoogleSource(env)
    yield {"google": source}
    source.close()


def test_a_retried_request_posts_nothing_twice(store, settings, env, build, slack, google, sources):
    driver = build(sources=sources)
    review = google_review(settings, 1)
    google.add_review(google.locations[0], review_id="rel-1", comment=review.text)
    process_new_reviews(store, settings, env, driver.app.client, [review])
    body = form_body(block_actions(action_id=blocks.APPROVE, value=review.key, user=APPROVER))

    first = driver.send(body)
    again = driver.send(body, retry_num=1)
    third = driver.send(body, retry_num=2)

    assert [r.status for r in (first, again, third)] == [200, 200, 200]
    assert len(google.replies) == 1
    assert [r["action"] for r in db.audit_rows(store, review_key=review.key)].count(
        "post.posted"
    ) == 1


def test_two_approve_clicks_at_the_same_moment_post_once(
    store, settings, env, build, slack, google, sources
):
    driver = build(sources=sources)
    review = google_review(settings, 2)
    google.add_review(google.locations[0], review_id="rel-2", comment=review.text)
    process_new_reviews(store, settings, env, driver.app.client, [review])
    bodies = [
        form_body(block_actions(action_id=blocks.APPROVE, value=review.key, user=APPROVER))
        for _ in range(4)
    ]
    start = threading.Barrier(len(bodies))

    def click(body):
        start.wait()
        driver.send(body, wait=False)

    threads = [threading.Thread(target=click, args=(b,)) for b in bodies]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    driver.executor.wait_idle()

    assert len(google.replies) == 1
    assert db.reply_state(store, review.key)["state"] == "posted"
    actions = [r["action"] for r in db.audit_rows(store, review_key=review.key)]
    assert (actions.count("approve"), actions.count("post.posted")) == (1, 1)


@pytest.mark.parametrize(
    ("case", "secret", "age"),
    [
        ("wrong secret", "not-the-signing-secret", 0),
        ("stale timestamp", SIGNING_SECRET, 60 * 10),
    ],
)
def test_bad_or_stale_signature_gets_401_and_no_action(
    store, settings, env, driver, slack, case, secret, age
):
    review = google_review(settings, 3)
    process_new_reviews(store, settings, env, driver.app.client, [review])
    calls_before = len(slack.server.requests)
    body = form_body(block_actions(action_id=blocks.DISMISS, value=review.key, user=APPROVER))

    response = driver.send(body, secret=secret, timestamp=int(time.time()) - age)

    assert response.status == 401, case
    assert db.reply_state(store, review.key)["state"] == "drafted"
    assert len(slack.server.requests) == calls_before


def test_tampered_body_gets_401(store, settings, env, driver):
    review = google_review(settings, 4)
    process_new_reviews(store, settings, env, driver.app.client, [review])
    body = form_body(block_actions(action_id=blocks.DISMISS, value=review.key, user=APPROVER))
    headers = signed_headers(SIGNING_SECRET, body)
    from slack_bolt.request import BoltRequest

    response = driver.app.dispatch(
        BoltRequest(body=body.replace("U0ANNA", "U0EVIL"), headers=headers)
    )
    assert response.status == 401
    assert db.reply_state(store, review.key)["state"] == "drafted"


@pytest.mark.parametrize(
    ("case", "payload", "log_line"),
    [
        ("unknown review", {"value": "google:nope:nope"}, "unknown review key 'google:nope:nope'"),
        (
            "no value",
            {"value": None},
            "malformed payload: block_actions payload has no actions[0].value",
        ),
        ("empty value", {"value": ""}, "malformed payload: actions[0].value is empty"),
    ],
)
def test_malformed_click_is_logged_and_the_app_keeps_serving(
    store, settings, env, driver, slack, caplog, case, payload, log_line
):
    review = google_review(settings, 5)
    process_new_reviews(store, settings, env, driver.app.client, [review])
    bad = block_actions(action_id=blocks.APPROVE, value="x", user=APPROVER)
    if payload["value"] is None:
        del bad["actions"][0]["value"]
    else:
        bad["actions"][0]["value"] = payload["value"]

    with caplog.at_level(logging.WARNING):
        response = driver.send(form_body(bad))
    assert response.status == 200, case
    assert log_line in caplog.text

    driver.click(blocks.DISMISS, review.key, APPROVER)
    assert db.reply_state(store, review.key)["state"] == "dismissed"


def test_unparseable_body_is_refused_and_the_app_keeps_serving(
    store, settings, env, driver, caplog
):
    review = google_review(settings, 6)
    process_new_reviews(store, settings, env, driver.app.client, [review])
    with caplog.at_level(logging.WARNING):
        response = driver.send("payload=%7Bnot-json")
        unsigned = driver.send("payload=%7Bnot-json", secret="wrong")
    assert (response.status, unsigned.status) == (400, 401)
    assert caplog.text.count("malformed Slack request ignored: body is not valid JSON") == 1
    driver.click(blocks.DISMISS, review.key, APPROVER)
    assert db.reply_state(store, review.key)["state"] == "dismissed"


def test_edit_submission_for_an_unknown_review_is_refused_in_the_modal(driver, caplog):
    values = {blocks.REPLY_BLOCK: {blocks.REPLY_INPUT: {"value": "hello"}}}
    with caplog.at_level(logging.WARNING):
        response = driver.submit(blocks.EDIT_VIEW, "google:gone:gone", values, APPROVER)
    assert json.loads(response.body) == {
        "response_action": "errors",
        "errors": {blocks.REPLY_BLOCK: "This review is no longer available."},
    }
    assert "edit submission ignored: malformed view (review 'google:gone:gone'" in caplog.text


def test_restart_mid_announce_neither_drops_nor_duplicates(store, settings, env, slack, driver):
    client = driver.app.client
    reviews = [google_review(settings, n) for n in range(10, 14)]
    for review in reviews:
        prepare_review(store, review, settings)
    done, posted_not_recorded, claimed_not_posted, untouched = (r.key for r in reviews)
    # The previous process: one card fully announced; one posted but it crashed before saving
    # the ts; one claimed and it crashed before posting; one never reached.
    assert db.claim_announcement(store, done)
    post_card(client, store, done, "C0REVIEWS")
    assert db.claim_announcement(store, posted_not_recorded)
    client.chat_postMessage(
        channel="C0REVIEWS", text="card", blocks=[], metadata=cards.metadata(posted_not_recorded)
    )
    assert db.claim_announcement(store, claimed_not_posted)

    report = announce_pending(store, settings, env, client, stale_after_seconds=0)

    assert report.recovered == [posted_not_recorded]
    assert sorted(report.posted) == sorted([claimed_not_posted, untouched])
    per_key = {}
    for message in slack.channel_messages("C0REVIEWS"):
        key = message["metadata"]["event_payload"]["review_key"]
        per_key[key] = per_key.get(key, 0) + 1
    assert per_key == {r.key: 1 for r in reviews}
    assert all(db.reply_state(store, r.key)["card_ts"] for r in reviews)
    history = slack.calls_to("conversations.history")
    assert [(h["channel"], h["include_all_metadata"]) for h in history] == [("C0REVIEWS", "1")]
    # A second run (another restart) finds nothing to do.
    again = announce_pending(store, settings, env, client, stale_after_seconds=0)
    assert (again.posted, again.recovered) == ([], [])


def test_a_fresh_claim_by_another_process_is_left_alone(store, settings, env, slack, driver):
    review = google_review(settings, 20)
    prepare_review(store, review, settings)
    assert db.claim_announcement(store, review.key, actor="other-process")
    report = announce_pending(store, settings, env, driver.app.client)
    assert report.skipped == [review.key] and slack.calls_to("chat.postMessage") == []


def test_announcing_honours_429_retry_after_and_paces(store, settings, env, slack, driver):
    reviews = [google_review(settings, n) for n in range(30, 33)]
    for review in reviews:
        prepare_review(store, review, settings)
    slack.fail_next("chat.postMessage", rate_limited=1, retry_after=1)
    waits: list[float] = []
    pacer = Pacer(1.0, sleep=waits.append)

    report = announce_pending(store, settings, env, driver.app.client, pacer=pacer)

    assert sorted(report.posted) == sorted(r.key for r in reviews)
    assert len(slack.requests_to("chat.postMessage")) == 4  # one 429, then three cards
    # The 429's Retry-After sleep (1 s) already spaced the first two cards; the pacer waited
    # before the third.
    assert len(waits) == 1 and 0 < waits[0] <= 1.0
    in_channel = [
        m["metadata"]["event_payload"]["review_key"] for m in slack.channel_messages("C0REVIEWS")
    ]
    assert sorted(in_channel) == sorted(r.key for r in reviews)


def test_announce_without_a_review_channel_says_so(store, settings, env, driver, caplog):
    from slack_app.config import SlackSettings

    review = google_review(settings, 40)
    prepare_review(store, review, settings)
    unset = settings.model_copy(update={"slack": SlackSettings()})
    report = announce_pending(store, unset, env, driver.app.client)
    assert report.failed == {review.key: "slack.review_channel is not set in the settings file"}


def test_tokens_and_secrets_never_reach_the_logs(store, settings, env, build, slack, caplog):
    # The app itself logs no secret (checked without redaction; the redacting formatter every
    # command installs is tested in tests/reliability/test_secrets.py).
    with caplog.at_level(logging.DEBUG):
        driver = build()
        review = google_review(settings, 50)
        process_new_reviews(store, settings, env, driver.app.client, [review])
        driver.click(blocks.APPROVE, review.key, APPROVER)
        driver.command("help", APPROVER)
        driver.send("payload=%7Bnot-json")
        driver.send("payload=%7Bnot-json", secret="wrong")
    assert len(caplog.records) > 10, "too little was logged at DEBUG to prove anything"
    for secret in (BOT_TOKEN, APP_TOKEN, SIGNING_SECRET):
        assert secret not in caplog.text


def test_real_http_server_mode_on_loopback(store, settings, env, build, slack):
    driver = build()
    server = make_http_server(driver.app, driver.services, 0, host="127.0.0.1")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.port}/slack/events"
        body = requests.compat.urlencode(
            slash_command(
                "/review-reply",
                "Great hygienist, on time.",
                user=APPROVER,
                response_url=slack.response_url("http1"),
            )
        )
        response = requests.post(
            url, data=body, headers=signed_headers(SIGNING_SECRET, body), timeout=10
        )
        assert response.status_code == 200 and "Drafting a reply" in response.text
        unsigned = requests.post(
            url,
            data=body,
            headers={"Content-Type": "application/x-www-form-urlencoded"},
            timeout=10,
        )
        assert unsigned.status_code == 401
        assert requests.get(url.replace("/slack/events", "/other"), timeout=10).status_code == 404
        driver.executor.wait_idle()
        (shown,) = slack.response_posts("http1")
        assert shown["blocks"][-1]["elements"][0]["action_id"] == blocks.SHARE
    finally:
        server.shutdown()


def test_a_retried_slash_command_drafts_and_answers_once(store, driver, slack):
    from urllib.parse import urlencode

    body = urlencode(
        slash_command(
            "/review-reply",
            "Kind staff, on time.",
            user=APPROVER,
            response_url=slack.response_url("retry"),
        )
    )
    driver.send(body)
    driver.send(body, retry_num=1)
    assert len(slack.response_posts("retry")) == 1
    assert db.count(store, "reviews") == 1


def test_user_group_membership_is_cached_and_fails_closed(store, settings, env, build, slack):
    from tests.slack.conftest import GROUP_APPROVER, STRANGER

    driver = build()
    services = driver.services
    assert [services.is_approver(u, "") for u in (GROUP_APPROVER, STRANGER, GROUP_APPROVER)] == [
        True,
        False,
        True,
    ]
    assert len(slack.calls_to("usergroups.users.list")) == 1
    assert services.is_approver(APPROVER, "")  # listed by id: no lookup needed

    fresh = build()
    slack.fail_next("usergroups.users.list", error="missing_scope")
    assert fresh.services.is_approver(GROUP_APPROVER, "") is False


def test_stale_group_membership_is_used_for_a_limited_time_then_fails_closed(slack, caplog):
    from slack_sdk import WebClient

    from slack_app.approvers import Directory
    from tests.slack.conftest import GROUP_APPROVER

    client = WebClient(token=BOT_TOKEN, base_url=slack.api_url)
    directory = Directory(client, cache_seconds=0.05, stale_seconds=0.6)
    assert directory.is_member(GROUP_APPROVER, ["S0APPROVERS"])  # read once, fresh
    time.sleep(0.1)  # past the cache: every check asks Slack, which now fails
    slack.fail_next("usergroups.users.list", error="fatal_error", times=50)
    with caplog.at_level(logging.WARNING):
        assert directory.is_member(GROUP_APPROVER, ["S0APPROVERS"])  # within the stale limit
        time.sleep(0.6)
        assert not directory.is_member(GROUP_APPROVER, ["S0APPROVERS"])  # past it: fail closed
    assert "fatal_error; using its members as read 0 s ago" in caplog.text
    assert "fatal_error; treating the group as empty" in caplog.text


def test_an_unreachable_slack_fails_closed_for_groups(slack):
    from slack_sdk import WebClient

    from slack_app.approvers import Directory
    from tests.slack.conftest import GROUP_APPROVER

    slack.fail_next("usergroups.users.list", dropped=2)  # slack_sdk retries one drop
    directory = Directory(WebClient(token=BOT_TOKEN, base_url=slack.api_url))
    assert directory.is_member(GROUP_APPROVER, ["S0APPROVERS"]) is False
    assert directory.is_member(APPROVER, [APPROVER, "S0APPROVERS"])  # listed by id


def test_http_worker_processes_share_the_port_and_post_once(store, settings, env, slack, google):
    from urllib.parse import urlencode

    from slack_app.slack.http_server import HttpWorkers

    review = google_review(settings, 60)
    google.add_review(google.locations[0], review_id="rel-60", comment=review.text)
    prepare_review(store, review, settings)
    workers = HttpWorkers(settings, env, 0, "127.0.0.1", 2)
    try:
        assert workers.wait_ready()
        url = f"http://127.0.0.1:{workers.port}/slack/events"
        command = urlencode(slash_command("/review-reply", "help", user=APPROVER))
        answer = requests.post(
            url, data=command, headers=signed_headers(SIGNING_SECRET, command), timeout=10
        )
        assert answer.status_code == 200 and "Usage: `/review-reply" in answer.text
        click = form_body(block_actions(action_id=blocks.APPROVE, value=review.key, user=APPROVER))
        for _ in range(6):  # spread over both processes by the kernel
            response = requests.post(
                url, data=click, headers=signed_headers(SIGNING_SECRET, click), timeout=10
            )
            assert response.status_code == 200
        deadline = time.monotonic() + 20
        while (
            time.monotonic() < deadline and db.reply_state(store, review.key)["state"] != "posted"
        ):
            time.sleep(0.05)
    finally:
        workers.stop()
    assert db.reply_state(store, review.key)["state"] == "posted"
    assert len(google.replies) == 1


def test_http_mode_refuses_to_serve_without_a_signing_secret(settings, env, store):
    """Socket Mode needs no signing secret, but an HTTP endpoint without one would accept
    any forged request: the server must not start."""
    from dataclasses import replace

    from slack_app.app import build_app

    app, services = build_app(settings, replace(env, slack_signing_secret=""), store)
    with pytest.raises(ValueError, match="SLACK_SIGNING_SECRET is not set"):
        make_http_server(app, services, 0, host="127.0.0.1")
