"""The risk managers hear about every escalated review at least once and see it once, and
every one of their messages shows what was decided (issue 10, item 3).

An escalation is recorded with the state change that made it; its messages (a DM to each risk
manager, one in the risk channel) are sent from there: claim -> post with message metadata ->
record the ts. The crash tests kill a real `review-assistant poll --once` with -9 while the
fake Slack holds one of its requests, then run it again.
"""

from __future__ import annotations

from datetime import timedelta
from types import SimpleNamespace

import pytest

from slack_app import store as db
from slack_app.app import build_app
from slack_app.config import Environment
from slack_app.doctor.database import check_database
from slack_app.slack import blocks
from slack_app.slack.announcer import deliver_pending, process_new_reviews
from slack_app.store import Store
from tests.fakes.google_business import FakeGoogleBusiness
from tests.fakes.slack_api import FakeSlack, block_actions, form_body
from tests.reliability.cli import (
    assert_no_traceback,
    cli_env,
    kill_at,
    run_cli,
    start_cli,
    write_config,
)
from tests.slack.conftest import (
    APPROVER,
    BOT_TOKEN,
    SIGNING_SECRET,
    SlackDriver,
    TrackingExecutor,
    make_settings,
)

RITA, ROB = "U0RITA", "U0ROB"
RISK_CHANNEL = "C0RISK"
LAWSUIT = "Your dentist was negligent and my lawyer will hear about it."
FRIENDLY = ("Friendly front desk and easy parking.", "Clean office, calm waiting room.")
ESCALATION = ":rotating_light: *Review escalated for risk review*"


def messages_about(slack: FakeSlack, channel: str, key: str) -> list[dict]:
    """Top-level messages in `channel` whose metadata names review `key`."""
    return [
        message
        for message in slack.channel_messages(channel)
        if (message.get("metadata") or {}).get("event_payload", {}).get("review_key") == key
        and "thread_ts" not in message
    ]


def texts(message: dict) -> str:
    return " ".join(
        str(element.get("text"))
        for block in message["blocks"]
        for element in [block.get("text") or {}, *(block.get("elements") or [])]
    )


def action_ids(message: dict) -> list[str]:
    return [e["action_id"] for b in message["blocks"] for e in b.get("elements") or [] if
            "action_id" in e]


# -- a crash between the card and the messages ---------------------------------------------------


@pytest.fixture
def site(tmp_path):
    """A fake Google with one review that escalates and two that do not, a fake Slack, and a
    settings file with two risk managers."""
    with FakeGoogleBusiness(locations=1, reviews_per_location=0) as google, FakeSlack() as slack:
        location = google.locations[0]
        lawsuit = google.add_review(location, comment=LAWSUIT, stars="ONE",
                                    at=google.now - timedelta(hours=1))
        for n, text in enumerate(FRIENDLY):
            google.add_review(location, comment=text, at=google.now - timedelta(hours=2 + n))
        config = write_config(
            tmp_path,
            database=tmp_path / "review-assistant.db",
            locations=[("Main Street", location, "")],
            risk_managers=(RITA, ROB),
        )
        env = cli_env(**google.environ(), SLACK_BOT_TOKEN=BOT_TOKEN, SLACK_API_URL=slack.api_url)
        yield SimpleNamespace(
            google=google,
            slack=slack,
            key=f"google:{location}:{lawsuit['reviewId']}",
            database=tmp_path / "review-assistant.db",
            folder=tmp_path,
            args=("poll", "--once", "--config", str(config)),
            env=env,
        )


def poll_killed_at(site, hold) -> None:
    proc = start_cli(*site.args, env=site.env, cwd=site.folder, log=site.folder / "killed.log")
    kill_at(proc, hold)


def poll_again(site):
    proc = run_cli(*site.args, env=site.env, cwd=site.folder)
    assert_no_traceback(proc)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return proc


def assert_each_told_once(site) -> None:
    """One card in the review channel and one message to each risk manager, all recorded."""
    assert len(messages_about(site.slack, "C0REVIEWS", site.key)) == 1
    for dm in ("D0RITA", "D0ROB"):
        [message] = messages_about(site.slack, dm, site.key)
        assert message["metadata"]["event_type"] == "escalation_notice"
        assert action_ids(message) == [blocks.CLEAR, blocks.HOLD]
    with Store(site.database) as store:
        notices = db.escalation_notices(store, site.key)
    assert [(n["recipient"], n["state"], bool(n["ts"])) for n in notices] == [
        (RITA, "sent", True),
        (ROB, "sent", True),
    ]


def test_messages_a_crash_kept_from_the_risk_managers_go_out_on_the_next_poll(site):
    # Stopped after the escalated review's card went out, before any message to a risk
    # manager (the first DM is being opened).
    poll_killed_at(site, site.slack.server.hold("POST", "/api/conversations.open"))
    assert len(messages_about(site.slack, "C0REVIEWS", site.key)) == 1
    assert messages_about(site.slack, "D0RITA", site.key) == []

    poll_again(site)

    assert_each_told_once(site)


def test_a_message_posted_just_before_a_crash_is_found_not_sent_twice(site):
    # Slack took Rita's message, the process died before it stored the ts.
    dm = site.slack.server.hold(
        "POST", "/api/chat.postMessage", after=True,
        when=lambda request: site.slack.arguments(request).get("channel") == "D0RITA",
    )
    poll_killed_at(site, dm)
    assert len(messages_about(site.slack, "D0RITA", site.key)) == 1

    poll_again(site)

    assert_each_told_once(site)
    history = site.slack.calls_to("conversations.history")
    assert [(call["channel"], call["include_all_metadata"]) for call in history][-1] == (
        "D0RITA",
        "1",
    )


def test_without_im_history_a_message_is_sent_again_rather_than_lost(site):
    site.slack.scopes.remove("im:history")
    dm = site.slack.server.hold(
        "POST", "/api/chat.postMessage", after=True,
        when=lambda request: site.slack.arguments(request).get("channel") == "D0RITA",
    )
    poll_killed_at(site, dm)

    again = poll_again(site)

    # At least once wins over once: Rita gets it twice, and the log says why.
    assert len(messages_about(site.slack, "D0RITA", site.key)) == 2
    assert len(messages_about(site.slack, "D0ROB", site.key)) == 1
    assert "add the im:history scope" in again.stderr


# -- decisions show in every message ---------------------------------------------------------


@pytest.fixture
def app(tmp_path):
    """A Bolt app with two risk managers and a risk channel, its fake Slack and store."""
    with FakeGoogleBusiness(locations=1, reviews_per_location=0) as google, FakeSlack() as slack:
        settings = make_settings(google.locations[0], str(tmp_path / "review-assistant.db"))
        settings = settings.model_copy(
            update={
                "slack": settings.slack.model_copy(
                    update={"risk_managers": [RITA, ROB], "risk_channel": RISK_CHANNEL}
                )
            }
        )
        env = Environment.from_env(
            {
                **google.environ(),
                "SLACK_BOT_TOKEN": BOT_TOKEN,
                "SLACK_SIGNING_SECRET": SIGNING_SECRET,
                "SLACK_API_URL": slack.api_url,
            }
        )
        executor = TrackingExecutor()
        with Store(settings.database.path) as store:
            bolt, services = build_app(settings, env, store, listener_executor=executor)
            yield SimpleNamespace(
                driver=SlackDriver(bolt, services, executor, slack),
                slack=slack,
                store=store,
                settings=settings,
                env=env,
                google=google,
            )
            executor.shutdown(wait=True)


def escalated_review(app, comment: str = LAWSUIT) -> str:
    from slack_app.models import Review

    review = Review(
        "google", app.google.locations[0], f"r-{abs(hash(comment))}", 1, "Sam P.", comment,
        created_at=db.now_iso(), location_name="Main Street",
    )
    process_new_reviews(app.store, app.settings, app.env, app.driver.app.client, [review])
    assert db.reply_state(app.store, review.key)["state"] == "escalated"
    return review.key


def risk_messages(app, key: str) -> dict[str, dict]:
    found = {}
    for channel in ("D0RITA", "D0ROB", RISK_CHANNEL):
        [found[channel]] = messages_about(app.slack, channel, key)
    return found


def decide(app, action_id: str, key: str, user: str, channel: str, note: str = "") -> None:
    message = risk_messages(app, key)[channel]
    click = block_actions(action_id=action_id, value=key, user=user, channel=channel,
                          message_ts=message["ts"], block_id="risk_actions")
    click["state"] = {
        "values": {blocks.NOTE_BLOCK: {blocks.NOTE_INPUT: {"type": "plain_text_input",
                                                           "value": note}}}
    }
    app.driver.send(form_body(click))


def test_one_risk_managers_decision_shows_in_every_message(app):
    key = escalated_review(app)
    assert {c: action_ids(m) for c, m in risk_messages(app, key).items()} == {
        channel: [blocks.CLEAR, blocks.HOLD] for channel in ("D0RITA", "D0ROB", RISK_CHANNEL)
    }

    decide(app, blocks.HOLD, key, RITA, "D0RITA", note="Waiting for our lawyer.")

    for channel, message in risk_messages(app, key).items():
        # On hold: everyone sees who held it and why, and it can still be cleared.
        assert "<@U0RITA> kept the review on hold: \u201cWaiting for our lawyer.\u201d" in (
            texts(message)
        ), channel
        assert action_ids(message) == [blocks.CLEAR, blocks.HOLD], channel

    decide(app, blocks.CLEAR, key, ROB, RISK_CHANNEL, note="Standard reply is fine.")

    assert db.reply_state(app.store, key)["state"] == "cleared"
    for channel, message in risk_messages(app, key).items():
        assert "<@U0ROB> cleared the review for reply: \u201cStandard reply is fine.\u201d" in (
            texts(message)
        ), channel
        assert action_ids(message) == [], channel
    [card] = messages_about(app.slack, "C0REVIEWS", key)
    assert blocks.APPROVE in action_ids(card)
    # Nothing is sent or redrawn twice afterwards.
    updates = len(app.slack.calls_to("chat.update"))
    deliver_pending(app.driver.app.client, app.store, app.settings, app.env)
    assert len(app.slack.calls_to("chat.update")) == updates
    assert len(risk_messages(app, key)) == 3


def test_dismissing_an_escalated_review_closes_every_message(app):
    key = escalated_review(app)

    app.driver.click(blocks.DISMISS, key, RITA)

    assert db.reply_state(app.store, key)["state"] == "dismissed"
    for channel, message in risk_messages(app, key).items():
        assert "<@U0RITA> dismissed the review: no reply will be posted" in texts(message)
        assert action_ids(message) == [], channel


def test_a_message_slack_refused_for_now_goes_out_next_cycle(app):
    from slack_app.models import Review

    review = Review("google", app.google.locations[0], "r-calm", 4, "Ann", FRIENDLY[0],
                    created_at=db.now_iso(), location_name="Main Street")
    process_new_reviews(app.store, app.settings, app.env, app.driver.app.client, [review])
    app.slack.fail_next("conversations.open", error="internal_error")

    app.driver.click(blocks.ESCALATE, review.key, APPROVER)

    assert messages_about(app.slack, "D0RITA", review.key) == []
    assert len(messages_about(app.slack, "D0ROB", review.key)) == 1  # only Rita's failed
    report = deliver_pending(app.driver.app.client, app.store, app.settings, app.env)
    assert report.notices.sent == [(review.key, RITA)]
    assert len(risk_messages(app, review.key)) == 3
    assert f"{ESCALATION[:-1]} by <@{APPROVER}>*" in texts(
        risk_messages(app, review.key)["D0RITA"]
    )


def test_a_risk_manager_slack_cannot_reach_is_recorded_once_and_shown_by_doctor(app, caplog):
    app.slack.fail_next("conversations.open", error="user_not_found")

    key = escalated_review(app)
    deliver_pending(app.driver.app.client, app.store, app.settings, app.env)

    # Recipients are served in order: Rita's DM is the one Slack cannot open.
    states = {n["recipient"]: n["state"] for n in db.escalation_notices(app.store, key)}
    assert states == {RITA: "failed", ROB: "sent", RISK_CHANNEL: "sent"}
    assert caplog.text.count("cannot be sent: user_not_found") == 1
    [warning] = [r for r in check_database(app.settings) if r.name == "risk manager messages"]
    assert (warning.status, warning.detail) == (
        "warn",
        f"1 escalation message(s) could not be sent: to U0RITA about {key}: user_not_found",
    )


def test_a_review_escalated_before_the_upgrade_still_reaches_the_risk_managers(app, tmp_path):
    """A database from before escalation notices: an escalated review whose card was not
    posted yet gets its messages from the notices after the upgrade."""
    from sqlite_utils import Database

    from slack_app.store.migrations import MIGRATIONS

    path = tmp_path / "old.db"
    old = Database(path)
    MIGRATIONS.apply(old, stop_before="0004_escalation_notices")
    key = f"google:{app.google.locations[0]}:r-old"
    old.execute(
        "INSERT INTO reviews (review_key, source, location_id, source_review_id, stars, text, "
        "first_seen_at, last_changed_at) VALUES (?, 'google', ?, 'r-old', 1, ?, '', '')",
        [key, app.google.locations[0], LAWSUIT],
    )
    old.execute(
        "INSERT INTO reply_state (review_key, state, updated_at, triage) "
        "VALUES (?, 'escalated', '2026-01-01T00:00:00.000000Z', '{\"escalate\": true}')",
        [key],
    )
    old.close()

    with Store(path) as upgraded:
        deliver_pending(app.driver.app.client, upgraded, app.settings, app.env)
        assert {n["state"] for n in db.escalation_notices(upgraded, key)} == {"sent"}
    assert len(risk_messages(app, key)) == 3
