"""A source that keeps failing is said once in the review channel, and its recovery once
(issue 10: staff saw "no new reviews" while Google answered invalid_grant, only a WARNING in the
log). Each poll below is a separate `review-assistant poll --once` process, so "never repeated"
holds across restarts: what the channel was told is in the database.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from slack_app import store as db
from tests.fakes.google_business import FakeGoogleBusiness
from tests.fakes.openai_chat import FakeOpenAI
from tests.fakes.slack_api import FakeSlack
from tests.fakes.yelp_fusion import FakeYelpFusion
from tests.reliability.cli import (
    assert_no_traceback,
    cli_env,
    kill_at,
    run_cli,
    start_cli,
    write_config,
)

BOT = {"SLACK_BOT_TOKEN": "xoxb-1111-2222-sourcealerts"}
DOCTOR = "Run `review-assistant doctor` on the server for the full check."


@pytest.fixture
def world(tmp_path):
    with (
        FakeGoogleBusiness(locations=1, reviews_per_location=3) as google,
        FakeYelpFusion(businesses=1) as yelp,
        FakeSlack() as slack,
    ):
        database = tmp_path / "review-assistant.db"
        config = write_config(
            tmp_path,
            database=database,
            locations=[("Main Street", google.locations[0], yelp.business_ids[0])],
        )
        world = SimpleNamespace(
            google=google, yelp=yelp, slack=slack, database=database, folder=tmp_path,
            args=("poll", "--once", "--config", str(config)),
        )

        def poll(**env):
            values = {**google.environ(), **yelp.environ(), **BOT,
                      "SLACK_API_URL": slack.api_url, **env}
            proc = run_cli(*world.args, env=cli_env(**values), cwd=tmp_path)
            assert_no_traceback(proc)
            return proc

        world.poll = poll
        yield world


def alerts(slack: FakeSlack) -> list[str]:
    return [
        message["text"]
        for message in slack.channel_messages("C0REVIEWS")
        if (message.get("metadata") or {}).get("event_type") == "source_alert"
    ]


def test_google_failing_is_said_once_and_its_recovery_once(world):
    revoked = {"GOOGLE_REFRESH_TOKEN": "1//revoked-refresh-token"}

    world.poll(**revoked)
    world.poll(**revoked)  # still failing, after a restart: nothing more

    [alert] = alerts(world.slack)
    assert alert == (
        ":warning: *Review Assistant: new reviews may not be arriving.*\n"
        f"• *Google · Main Street* stopped working: google location {world.google.locations[0]}"
        " page 1:"
        " OAuth token refresh failed (invalid_grant); check GOOGLE_CLIENT_ID, "
        "GOOGLE_CLIENT_SECRET and GOOGLE_REFRESH_TOKEN\n"
        "   _What to do:_ Reconnect the Google account: get a new refresh token into "
        "GOOGLE_REFRESH_TOKEN (docs/operations.md, section 4), then restart the app.\n"
        f"{DOCTOR} This alert is posted once; a line follows when it works again."
    )

    world.poll()  # the token is fixed
    world.poll()

    assert alerts(world.slack)[1:] == [":white_check_mark: Google · Main Street: working again."]
    with db.Store(world.database) as store:
        health = {(r["source"], r["location_id"]): r for r in db.source_health(store)}
    google = health["google", world.google.locations[0]]
    assert (google["status"], google["alert"], google["problem"]) == ("ok", "", "")


def test_a_yelp_daily_cap_is_said_once_and_polling_resuming_once(world):
    world.yelp.exhaust_daily_limit()

    world.poll()
    world.poll()

    [alert] = alerts(world.slack)
    assert "• *Yelp · Main Street* stopped working: " in alert
    assert "daily API limit reached (ACCESS_LIMIT_REACHED); Yelp paused until " in alert
    assert "_What to do:_ Nothing to do: polling resumes by itself at the time above." in alert

    # The reset time passes.
    world.yelp.remaining = world.yelp.daily_limit
    with db.Store(world.database) as store:
        db.set_sync_state(store, "yelp", "*", paused_until="2000-01-01T00:00:00.000000Z")
    world.poll()

    assert alerts(world.slack)[1:] == [":white_check_mark: Yelp · Main Street: working again."]


def test_a_model_that_is_down_is_said_once_and_its_recovery_once(world):
    down = {"OPENAI_API_KEY": "sk-test-alerts", "OPENAI_BASE_URL": "http://127.0.0.1:9/v1"}

    first = world.poll(**down)

    [alert] = alerts(world.slack)
    assert alert.startswith(
        ":warning: *Review Assistant: new reviews may not be arriving.*\n"
        "• *The drafting model* stopped working: cannot reach the model service after 3 "
        "request(s)\n   _What to do:_ Replies are drafted from the built-in templates until it "
        "works again."
    )
    assert "Slack: cards posted 6," in first.stdout  # drafted from the templates meanwhile

    with FakeOpenAI() as model:
        world.google.add_review(world.google.locations[0], comment="Short wait, kind staff.")
        world.poll(OPENAI_API_KEY="sk-test-alerts", OPENAI_BASE_URL=model.base_url)

    assert alerts(world.slack)[1:] == [":white_check_mark: The drafting model: working again."]


def test_an_alert_posted_just_before_a_crash_is_not_posted_again(world):
    revoked = {"GOOGLE_REFRESH_TOKEN": "1//revoked-refresh-token"}
    held = world.slack.server.hold(
        "POST", "/api/chat.postMessage", after=True,
        when=lambda request: "source_alert" in request.text,
    )
    env = cli_env(**{**world.google.environ(), **world.yelp.environ(), **BOT,
                     "SLACK_API_URL": world.slack.api_url, **revoked})
    proc = start_cli(*world.args, env=env, cwd=world.folder, log=world.folder / "killed.log")
    kill_at(proc, held)

    world.poll(**revoked)

    assert len(alerts(world.slack)) == 1


def test_a_source_that_recovers_before_anyone_was_told_says_nothing(world):
    with db.Store(world.database) as store:
        db.observe(store, "google", "x", failing=True, problem="HTTP 500")
        db.observe(store, "google", "x", failing=False)
        [row] = db.source_health(store)
    assert (row["status"], row["alert"]) == ("ok", "")
    world.poll()
    assert alerts(world.slack) == []


def test_observe_keeps_one_row_per_source(world):
    with db.Store(world.database) as store:
        for failing in (True, True, False, True):
            db.observe(store, "model", "*", failing=failing, problem="down" if failing else "")
        [row] = db.source_health(store)
    # Failing, told (nothing posted yet, so still "down"), recovered before the alert went
    # out (nothing to say), failing again: one alert due.
    assert (row["status"], row["alert"], row["problem"]) == ("failing", "down", "down")
