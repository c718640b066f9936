"""`review-assistant scan-replies` end to end: settings file, environment, fakes, exit codes."""

from __future__ import annotations

import pytest

from tests.cli.conftest import run_command
from tests.fakes.slack_api import FakeSlack
from tests.google.test_reply_audit import SAFE, UNSAFE, seed


def write_config(tmp_path, google, *, review_channel: str = "", yelp: bool = False) -> str:
    lines = [
        "[practice]",
        'name = "Riverside Family Dental"',
        'phone = "(555) 014-2290"',
        "",
        "[slack]",
        f'review_channel = "{review_channel}"',
        "",
        "[database]",
        f'path = "{tmp_path / "cli.db"}"',
    ]
    for n, (name, location) in enumerate(
        zip(("Main Street", "Oak Park"), google.locations, strict=True)
    ):
        lines += ["", "[[locations]]", f'name = "{name}"', f'google_location = "{location}"']
        if yelp and n == 0:
            lines.append('yelp_business_id = "riverside-dental"')
    path = tmp_path / "review-assistant.toml"
    path.write_text("\n".join(lines) + "\n")
    return str(path)


@pytest.fixture
def google_env(monkeypatch, google):
    for name, value in google.environ().items():
        monkeypatch.setenv(name, value)


def test_prints_progress_and_the_flagged_replies(tmp_path, google, google_env, capsys):
    seeded = seed(google)
    config = write_config(tmp_path, google, yelp=True)

    assert run_command("scan_replies", ["--config", config]) == 0

    out = capsys.readouterr().out
    assert out.startswith(
        "note: Yelp gives no owner replies through its public API; Yelp is not scanned.\n"
        "Starting scan 1 of every Google location (within Google's quota)\n"
        "  Main Street: page 1, 50 reviews, 4 replies, 2 flagged\n"
    )
    assert "Scan 1: 70 reviews, 6 replies checked, 3 flagged (3 Google requests this run)" in out
    for text in UNSAFE:
        assert text in out
    for text in SAFE:
        assert text not in out
    assert "patient-relationship: \u201cThanks for your visit\u201d" in out
    assert out.rstrip().endswith(
        "Slack is not configured (SLACK_BOT_TOKEN and a review channel): the report was "
        "not posted."
    )
    assert len(seeded["unsafe"]) == 3


def test_posts_the_report_to_the_review_channel_once(
    tmp_path, google, google_env, monkeypatch, capsys
):
    seed(google)
    with FakeSlack() as slack:
        monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-1111-2222-secretbottokenvalue")
        monkeypatch.setenv("SLACK_API_URL", slack.api_url)
        config = write_config(tmp_path, google, review_channel="C0REVIEWS")

        assert run_command("scan_replies", ["--config", config, "--location", "main street"]) == 0

        (report,) = slack.calls_to("chat.postMessage")
    assert report["channel"] == "C0REVIEWS"
    assert report["metadata"] == {"event_type": "reply_audit", "event_payload": {"scan_id": 1}}
    assert report["text"] == "Audit of replies already on Google: 3 flagged"
    assert "Slack: report posted in C0REVIEWS" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "environ", "message"),
    [
        pytest.param(
            ["--location", "Elm"], True, "no Google location named 'Elm'", id="unknown location"
        ),
        pytest.param([], False, "OAuth credentials missing: set GOOGLE_CLIENT_ID", id="no keys"),
    ],
)
def test_unusable_input_exits_2_with_one_line(
    tmp_path, google, monkeypatch, capsys, argv, environ, message
):
    if environ:
        for name, value in google.environ().items():
            monkeypatch.setenv(name, value)
    else:
        for name in google.environ():
            monkeypatch.delenv(name, raising=False)
    config = write_config(tmp_path, google)
    assert run_command("scan_replies", ["--config", config, *argv]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_a_location_that_cannot_be_read_exits_1_and_resumes(tmp_path, google, google_env, capsys):
    seed(google, filler=10)
    google.forbid(google.locations[1])
    config = write_config(tmp_path, google)
    assert run_command("scan_replies", ["--config", config, "--no-slack"]) == 1
    assert "NOT FINISHED Oak Park: google location" in capsys.readouterr().out
    google.forbidden.clear()
    assert run_command("scan_replies", ["--config", config, "--no-slack"]) == 0
    assert capsys.readouterr().out.startswith("Resuming scan 1 of every Google location")
