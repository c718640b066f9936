"""`review-assistant poll --once` end to end: settings file, environment, fakes, exit codes."""

from __future__ import annotations

import argparse

import pytest

from slack_app.cli import poll as poll_command
from slack_app.store import Store, count, reply_states
from tests.fakes.google_business import CLIENT_SECRET, REFRESH_TOKEN
from tests.fakes.slack_api import FakeSlack
from tests.fakes.yelp_fusion import API_KEY


def write_config(tmp_path, google, yelp, *, review_channel: str = "") -> str:
    lines = [
        "[practice]",
        'name = "Riverside Family Dental"',
        'email = "frontdesk@riverside.example"',
        "",
        "[slack]",
        f'review_channel = "{review_channel}"',
        "announce_per_second = 5",
        "",
        "[poll]",
        "backfill_days = 3",  # a handful of cards, so pacing keeps the test short
        "",
        "[database]",
        f'path = "{tmp_path / "cli.db"}"',
    ]
    for n, location in enumerate(google.locations[:2]):
        lines += [
            "",
            "[[locations]]",
            f'name = "Office {n}"',
            f'google_location = "{location}"',
            f'yelp_business_id = "{yelp.business_ids[n]}"',
        ]
    path = tmp_path / "review-assistant.toml"
    path.write_text("\n".join(lines) + "\n")
    return str(path)


@pytest.fixture
def fake_env(monkeypatch, google, yelp):
    for name, value in {**google.environ(), **yelp.environ()}.items():
        monkeypatch.setenv(name, value)


def run_poll(*argv: str) -> int:
    parser = argparse.ArgumentParser()
    poll_command.add_arguments(parser)
    return poll_command.run(parser.parse_args(list(argv)))


def test_poll_once_prints_progress_and_a_summary(tmp_path, google, yelp, fake_env, capsys):
    config = write_config(tmp_path, google, yelp)
    assert run_poll("--once", "--config", config) == 0
    out = capsys.readouterr().out
    assert "google Office 0: page 1, 50 reviews so far (50 new, 0 changed)" in out
    assert "google Office 0: ok, 3 page(s), 120 fetched, 120 new, 0 changed" in out
    assert "yelp Office 1: ok, 1 page(s), 3 fetched, 3 new, 0 changed" in out
    assert "SOURCE  LOCATION  STATUS  PAGES  FETCHED  NEW  CHANGED" in out
    assert "Every source synced." in out
    for secret in (CLIENT_SECRET, REFRESH_TOKEN, API_KEY):
        assert secret not in out
    with Store(tmp_path / "cli.db") as store:
        assert count(store, "reviews") == 2 * 120 + 2 * 3
        prepared = [row for row in reply_states(store) if row["state"] != "new"]
    # Every review that needs a reply was drafted (or escalated) and said so; without Slack
    # settings no card is posted and the output says how to get them posted.
    assert prepared, "no review was drafted"
    for row in prepared:
        assert row["state"] in ("drafted", "escalated")
        assert f"  {row['review_key']}: " in out
    assert "Slack is not configured" in out


def test_poll_once_with_slack_posts_one_card_per_review(
    tmp_path, google, yelp, fake_env, monkeypatch, capsys
):
    with FakeSlack() as slack:
        monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-1111-2222-pollcli")
        monkeypatch.setenv("SLACK_API_URL", slack.api_url)
        config = write_config(tmp_path, google, yelp, review_channel="C0REVIEWS1")
        assert run_poll("--once", "--config", config) == 0
        with Store(tmp_path / "cli.db") as store:
            prepared = {r["review_key"] for r in reply_states(store) if r["state"] != "new"}
        cards = slack.channel_messages("C0REVIEWS1")
        assert len(cards) == len(prepared) > 0
        assert f"Slack: cards posted {len(prepared)}," in capsys.readouterr().out
        # A second poll finds nothing new and posts nothing again.
        assert run_poll("--once", "--config", config) == 0
        assert len(slack.channel_messages("C0REVIEWS1")) == len(cards)


def test_failed_location_makes_the_exit_code_non_zero(tmp_path, google, yelp, fake_env, capsys):
    google.forbid(google.locations[1])
    assert run_poll("--once", "--config", write_config(tmp_path, google, yelp)) == 1
    out = capsys.readouterr().out
    assert f"FAILED google Office 1: google location {google.locations[1]} page 1: HTTP 403" in out
    assert "1 location(s) failed." in out


def test_yelp_pause_is_a_note_not_a_failure(tmp_path, google, yelp, fake_env, capsys):
    yelp.exhaust_daily_limit()
    assert run_poll("--once", "--config", write_config(tmp_path, google, yelp)) == 0
    out = capsys.readouterr().out
    assert out.count("note: yelp location") == 2  # as it happens, and in the summary
    assert "Yelp paused until" in out


@pytest.mark.parametrize(
    ("config_text", "message"),
    [
        pytest.param("[practice\n", "not valid TOML", id="bad-toml"),
        pytest.param(
            '[practice]\nname = "X"\nemail = "a@b.example"\ncolour = 1\n',
            "practice.colour: unknown key",
            id="unknown-key",
        ),
        pytest.param(
            '[practice]\nname = "X"\nemail = "a@b.example"\n',
            "no [[locations]] configured",
            id="no-locations",
        ),
    ],
)
def test_unusable_settings_exit_2_with_the_reason(tmp_path, capsys, config_text, message):
    path = tmp_path / "bad.toml"
    path.write_text(config_text)
    assert run_poll("--once", "--config", str(path)) == 2
    assert message in capsys.readouterr().err


def test_unusable_database_exits_2(tmp_path, google, yelp, fake_env, capsys):
    config = write_config(tmp_path, google, yelp)
    (tmp_path / "cli.db").write_text("not a database " * 100)
    assert run_poll("--once", "--config", config) == 2
    assert "cli.db: the file is not a SQLite database" in capsys.readouterr().err
