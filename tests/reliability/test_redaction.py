"""The one redactor (slack_app.redaction): what it removes, what it leaves, and the logging,
stream and command-line plumbing that puts every command's output through it."""

from __future__ import annotations

import io
import logging
import subprocess
import sys
from pathlib import Path

import pytest

from slack_app.redaction import (
    RedactingStream,
    configure_logging,
    install_secrets,
    redact,
    redact_values,
)

BOT = "xoxb-2041-77310-TableBotToken1"
YELP = "yelp-key-0123456789abcdef"
REFRESH = "1//0gTableRefreshToken-abc"
CONFIGURED = (BOT, YELP, REFRESH)

R = "[redacted]"

# (what the text is, the text, what must come out); grouped by case
CASES = {
    "configured secrets": [
        ("a key an upstream echoed", f"Invalid access token {YELP}", f"Invalid access token {R}"),
        ("every occurrence", f"{YELP} and again {YELP}", f"{R} and again {R}"),
        ("URL-encoded in a form body echoed back", "refresh_token%3D1%2F%2F0gTableRefreshToken-abc",
         f"refresh_token%3D{R}"),
        ("inside a word boundary-less blob", f"x{YELP}y", f"x{R}y"),
    ],
    "derived from secrets": [
        ("a Bearer header", "Authorization: Bearer ya29.a0AfB_byC1x2y3",
         f"Authorization: Bearer {R}"),
        ("a Basic header", "authorization: basic dXNlcjpwYXNzd29yZDEyMw==",
         f"authorization: basic {R}"),
        ("an API-key header", "x-api-key: 5f4dcc3b5aa765d61d8327deb882cf99",
         f"x-api-key: {R}"),
        ("a key in a query string", "GET /v1/x?key=AIzaSyA1b2c3&page=2",
         f"GET /v1/x?key={R}&page=2"),
        ("a Socket Mode ticket", "wss://wss.slack.com/link/?ticket=9f8e7d&app_id=A1",
         f"wss://wss.slack.com/link/?ticket={R}&app_id=A1"),
        ("a token field in JSON", '{"access_token": "opaque123", "expires_in": 3599}',
         f'{{"access_token": "{R}", "expires_in": 3599}}'),
        ("a token field in a Python repr", "{'refresh_token': 'opaque456'}",
         f"{{'refresh_token': '{R}'}}"),
        ("a form field", "client_secret=GOCSPX-abc&grant_type=refresh_token",
         f"client_secret={R}&grant_type=refresh_token"),
    ],
    "credential shapes, configured or not": [
        ("another Slack token", "xoxp-9-888-777-userTokenValue", R),
        ("an app-level token", "xapp-1-A0RA01-5530-0123abc", R),
        ("an OpenAI key", "sk-proj-Ab12Cd34Ef56Gh78Ij90", R),
        ("a Google access token", "ya29.a0AfB_byC1x2y3z4", R),
        ("a Google API key", "AIzaSyA1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6q", R),
    ],
    "ordinary text is left alone": [
        ("a reply", "Thank you! Please call (555) 014-2290 or write frontdesk@x.example.",
         "Thank you! Please call (555) 014-2290 or write frontdesk@x.example."),
        ("words that name credentials", "the bearer of good news; basic cleaning; token effort",
         "the bearer of good news; basic cleaning; token effort"),
        ("token counts", '{"prompt_tokens": 12, "total_tokens": 30}',
         '{"prompt_tokens": 12, "total_tokens": 30}'),
        ("doctor's token kinds", "a user token (xoxp-...), not a bot token (xoxb-...)",
         "a user token (xoxp-...), not a bot token (xoxb-...)"),
        ("an Authorization error", "Authorization: required", "Authorization: required"),
        ("words ending in sk-", "task-force-1234567890abcdefgh", "task-force-1234567890abcdefgh"),
        ("a short configured value", "xyz stays", "xyz stays"),
    ],
}


@pytest.fixture(autouse=True)
def configured():
    install_secrets([*CONFIGURED, "xyz"])  # "xyz": too short to be treated as a secret


@pytest.mark.parametrize(
    "text, expected",
    [pytest.param(text, expected, id=f"{group}: {name}")
     for group, rows in CASES.items() for name, text, expected in rows],
)
def test_redact(text, expected):
    assert redact(text) == expected


def test_extra_secrets_join_the_configured_ones_and_the_longest_wins():
    key = "model-key-abcdef"
    assert redact(f"{key}-2 {key} {BOT}", [key, f"{key}-2"]) == f"{R} {R} {R}"


def test_redact_values_keeps_the_structure():
    value = {"error": f"bad {YELP}", "requests": 1, "steps": [f"Bearer {BOT}", None]}

    assert redact_values(value) == {"error": f"bad {R}", "requests": 1,
                                    "steps": [f"Bearer {R}", None]}


def test_the_stream_redacts_a_secret_split_across_writes_and_passes_partial_lines_on_flush():
    sink = io.StringIO()
    stream = RedactingStream(sink)

    stream.write(f"first {YELP[:8]}")
    stream.write(f"{YELP[8:]} line\nprompt: ")
    assert sink.getvalue() == f"first {R} line\n"
    stream.flush()
    assert sink.getvalue() == f"first {R} line\nprompt: "


def test_configuring_twice_leaves_one_handler_and_the_new_secrets(capsys):
    class Env:
        def __init__(self, *secrets):
            self._secrets = list(secrets)

        def secrets(self):
            return self._secrets

    configure_logging(Env(YELP), "INFO")
    configure_logging(Env(BOT), "INFO")
    logging.getLogger("slack_app.test").warning("keys %s %s", YELP, BOT)

    err = capsys.readouterr().err
    assert err.count("keys ") == 1
    assert f"keys {YELP} {R}" in err  # the first environment's secret is no longer configured


def test_a_stack_and_a_traceback_are_redacted(capsys):
    class Env:
        def secrets(self):
            return [YELP]

    configure_logging(Env(), "DEBUG")
    log = logging.getLogger("slack_app.test")
    try:
        raise ConnectionError(f"refused {YELP}")
    except ConnectionError:
        log.exception("while asking Yelp", stack_info=True)

    err = capsys.readouterr().err
    assert "Traceback (most recent call last)" in err and "Stack (most recent call last)" in err
    assert f"ConnectionError: refused {R}" in err
    assert YELP not in err


CLI = str(Path(sys.executable).with_name("review-assistant"))


@pytest.mark.parametrize(
    "args, environ, message",
    [
        pytest.param(["audit", "--log-level", "LOUD"], {},
                     "argument --log-level: 'LOUD' is not a log level", id="flag"),
        pytest.param(["audit"], {"REVIEW_ASSISTANT_LOG_LEVEL": "chatty"},
                     "$REVIEW_ASSISTANT_LOG_LEVEL: 'chatty' is not a log level", id="environment"),
    ],
)
def test_a_bad_log_level_is_one_line_and_exit_2(tmp_path, args, environ, message):
    result = subprocess.run([CLI, *args], cwd=tmp_path, capture_output=True, text=True,
                            env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), **environ},
                            timeout=60)

    assert result.returncode == 2
    assert message in result.stderr.strip().splitlines()[-1]  # after argparse's usage, if any
    assert "Traceback" not in result.stderr
