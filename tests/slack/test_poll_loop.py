"""The one poll loop `run` and `poll` share: a reply a stopped process left in `posting` is
handed back and its card redrawn, new reviews are drafted and announced, and the source
clients are built once for the whole loop."""

from __future__ import annotations

import threading

from slack_app import store as db
from slack_app import workflow
from slack_app.pipeline import poll_forever, run_once
from slack_app.slack.announcer import publish
from tests.slack.conftest import fresh_google_review

LONG_AGO = "2000-01-01T00:00:00.000000Z"


def stuck_in_posting(store, settings, env, client, google) -> str:
    """A review announced in Slack whose post was cut off by a crash long ago."""
    item = fresh_google_review(google, "Kind staff and a spotless office.")
    key = f"google:{google.locations[0]}:{item['reviewId']}"
    publish(client, store, settings, env, run_once(store, settings, env))
    assert db.reply_state(store, key)["card_ts"]
    assert db.transition(store, key, "drafted", "posting", actor="U0ANNA", action="approve")
    store.db["reply_state"].update(key, {"updated_at": LONG_AGO})
    return key


def test_a_cycle_hands_back_a_stuck_post_and_redraws_its_card(store, settings, env, slack, google):
    client = _client(env)
    key = stuck_in_posting(store, settings, env, client, google)
    updates_before = len(slack.calls_to("chat.update"))

    report = run_once(store, settings, env)
    publish(client, store, settings, env, report)

    assert report.recovered == [key]
    reply = db.reply_state(store, key)
    assert (reply["state"], reply["post_error"]) == ("post_failed", workflow.INTERRUPTED_POST_ERROR)
    (update,) = slack.calls_to("chat.update")[updates_before:]
    assert (update["channel"], update["ts"]) == (reply["card_channel"], reply["card_ts"])
    lines = [c["text"] for c in slack.calls_to("chat.postMessage") if c.get("thread_ts")]
    assert any("posting was interrupted; check the site" in line for line in lines)
    # A second cycle finds nothing left to hand back.
    assert run_once(store, settings, env).recovered == []


def test_the_loop_prepares_new_reviews_and_builds_its_clients_once(store, settings, env, google):
    fresh_google_review(google, "Lovely front desk, easy parking.")
    stop = threading.Event()
    reports = []

    def on_report(report):
        reports.append(report)
        if len(reports) == 3:
            stop.set()

    assert poll_forever(store, settings, env, stop=stop, on_report=on_report, interval_seconds=0)
    first, *later = reports
    assert [p.key for p in first.prepared] == [r.key for r in first.needs_reply]
    assert first.prepared and {p.state for p in first.prepared} <= {"drafted", "escalated"}
    assert [r.prepared for r in later] == [[], []]
    assert len(google.server.calls("/token")) == 1  # one client, one token, three cycles


def _client(env):
    from slack_app.app import web_client

    return web_client(env)
