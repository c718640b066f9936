"""`review-assistant run --http` facing the internet: every malformed, unsigned, oversized or
unhandled request gets 400/401/404/405/413/431 with no traceback, nothing a client sent is
logged, the log stays short, and the server keeps answering Slack's own requests.

The server is the real entry point (a subprocess on a loopback port) and requests go over real
sockets, so waitress's own checks (framing, sizes) are exercised too."""

from __future__ import annotations

import hashlib
import hmac
import json
import socket
import time
from urllib.parse import urlencode

import pytest

from slack_app.slack.blocks import DISMISS
from tests.fakes.google_business import FakeGoogleBusiness
from tests.fakes.slack_api import FakeSlack, block_actions, form_body, signed_headers, slash_command
from tests.reliability.running_app import APPROVER, SIGNING_SECRET, RunningApp, raw_http

# Review text and a name that must never reach the log, whatever the request.
PRIVATE = "Mrs Quill-Marker says her root canal hurt"
FORM = "application/x-www-form-urlencoded"
JSON = "application/json"


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    with (
        FakeSlack() as slack,
        FakeGoogleBusiness(locations=1, reviews_per_location=0) as google,
    ):
        app = RunningApp.start(
            tmp_path_factory.mktemp("http"),
            slack,
            google.locations[0],
            google.environ(),
            ["--http", "--host", "127.0.0.1", "--port", "0"],
        )
        yield app
        assert app.stop() == 0


def signed(body: str, content_type: str = FORM, **kwargs) -> dict[str, str]:
    return signed_headers(SIGNING_SECRET, body, content_type=content_type, **kwargs)


def click_body() -> str:
    payload = block_actions(action_id=DISMISS, value="google:loc:rev", user=APPROVER)
    payload["message"]["text"] = PRIVATE
    return form_body(payload)


def signature_over_bytes(body: bytes, timestamp: str) -> str:
    base = b"v0:" + timestamp.encode() + b":" + body
    return "v0=" + hmac.new(SIGNING_SECRET.encode(), base, hashlib.sha256).hexdigest()


def log_lines_during(served, action) -> list[str]:
    before = len(served.log().splitlines())
    action()
    time.sleep(0.3)  # the log is written by the server's threads
    return served.log().splitlines()[before:]


def now() -> str:
    return str(int(time.time()))


# (case, body, headers) -> 401: nothing unsigned is parsed, whatever it contains.
UNSIGNED = [
    ("no signature headers", click_body().encode(), {"Content-Type": FORM}),
    ("payload=null", b"payload=null", {"Content-Type": FORM}),
    ("JSON body null", b"null", {"Content-Type": JSON}),
    ("JSON body [1]", b"[1]", {"Content-Type": JSON}),
    (
        "invalid UTF-8",
        b"payload=\xff\xfe" + PRIVATE.encode(),
        {"X-Slack-Request-Timestamp": now(), "X-Slack-Signature": "v0=" + "0" * 64},
    ),
    (
        "timestamp abc",
        click_body().encode(),
        {"X-Slack-Request-Timestamp": "abc", "X-Slack-Signature": "v0=" + "0" * 64},
    ),
    (
        "timestamp of 5000 digits",
        click_body().encode(),
        {"X-Slack-Request-Timestamp": "9" * 5000, "X-Slack-Signature": "v0=" + "0" * 64},
    ),
    (
        "signature with non-ASCII bytes",
        click_body().encode(),
        {"X-Slack-Request-Timestamp": now(), "X-Slack-Signature": "v0=\xe9\xe9"},
    ),
    ("signed with another secret", click_body().encode(), signed_headers("wrong", click_body())),
    (
        "signed eleven minutes ago",
        click_body().encode(),
        signed(click_body(), timestamp=int(time.time()) - 660),
    ),
]


@pytest.mark.parametrize(("case", "body", "headers"), UNSIGNED, ids=[c[0] for c in UNSIGNED])
def test_unsigned_or_badly_signed_requests_get_401(served, case, body, headers):
    status, answer = raw_http(served.port, body, headers)
    assert (status, answer) == (401, b"invalid request"), case


def _signed_raw(body: bytes, content_type: str) -> tuple[bytes, dict[str, str]]:
    timestamp = now()
    return body, {
        "Content-Type": content_type,
        "X-Slack-Request-Timestamp": timestamp,
        "X-Slack-Signature": signature_over_bytes(body, timestamp),
    }


# Correctly signed (so only Slack, or someone holding the secret) but not a usable payload:
# 400 and one log line that names the problem.
SIGNED_MALFORMED = [
    ("payload=null", b"payload=null", FORM, "the payload is null, not a JSON object"),
    ("JSON body null", b"null", JSON, "the payload is null, not a JSON object"),
    ("JSON body [1]", b"[1]", JSON, "the payload is an array, not a JSON object"),
    (
        "payload is not JSON",
        b"payload=%7Bnot-json",
        FORM,
        "body is not valid JSON (Expecting property name enclosed in double quotes: "
        "line 1 column 2 (char 1))",
    ),
    ("payload is a JSON string", b"payload=%22text%22", FORM, "the payload is a string, not"),
    (
        "team is a number",
        b'{"type": "block_actions", "team": 5}',
        JSON,
        "fields of unexpected types (TypeError)",
    ),
]


@pytest.mark.parametrize(
    ("case", "body", "content_type", "says"),
    SIGNED_MALFORMED,
    ids=[c[0] for c in SIGNED_MALFORMED],
)
def test_signed_but_malformed_requests_get_400_and_a_line_naming_the_problem(
    served, case, body, content_type, says
):
    answers = []
    lines = log_lines_during(
        served, lambda: answers.append(raw_http(served.port, *_signed_raw(body, content_type)))
    )
    assert answers == [(400, b"malformed payload")], case
    assert len(lines) == 1 and f"malformed Slack request ignored: {says}" in lines[0]


def test_a_signed_body_that_is_not_utf8_is_refused(served):
    # Slack sends UTF-8 only; slack_sdk's verifier cannot check anything else.
    status, _ = raw_http(served.port, *_signed_raw(b"payload=\xff\xfe", FORM))
    assert status == 401


# Framing and size: refused by waitress or the endpoint before any parsing.
FRAMING = [
    ("Content-Length: abc", {"content_length": "abc", "body": b"payload=x"}, 400),
    ("Content-Length: -5", {"content_length": "-5", "body": b"payload=x"}, 400),
    ("body over the limit", {"body": b"payload=" + b"a" * (300 * 1024)}, 413),
    ("chunked body over the limit", {"chunks": [b"a" * 65536] * 5}, 413),
    ("headers over the limit", {"headers": {"X-Padding": "a" * 40000}}, 431),
    ("GET", {"method": "GET"}, 405),
    ("another path", {"path": "/admin"}, 404),
]


@pytest.mark.parametrize(("case", "request_args", "expected"), FRAMING, ids=[c[0] for c in FRAMING])
def test_bad_framing_and_sizes_are_refused(served, case, request_args, expected):
    status, answer = raw_http(served.port, **request_args)
    assert status == expected, case
    assert b"Traceback" not in answer


def test_a_huge_declared_body_is_refused_before_it_is_sent(served):
    """300 MB announced: 413 comes back on the headers alone; nothing is buffered."""
    rss_before = served.status("VmRSS")
    with socket.create_connection(("127.0.0.1", served.port), timeout=10) as sock:
        sock.sendall(
            b"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: "
            + FORM.encode()
            + b"\r\nContent-Length: 314572800\r\n\r\n"
            + b"a" * 65536
        )
        answer = sock.recv(4096)
    assert answer.startswith(b"HTTP/1.1 413 ")
    assert served.status("VmRSS") - rss_before < 20_000  # kB: far below the announced size


def test_an_unhandled_signed_request_is_one_log_line_and_404(served):
    body = json.dumps(
        {"type": "event_callback", "team_id": "T0TEAM", "event": {"type": "reaction_added"}}
    )
    answers = []
    lines = log_lines_during(
        served, lambda: answers.append(raw_http(served.port, body.encode(), signed(body, JSON)))
    )
    assert answers == [(404, b"")]
    assert lines == [
        lines[0].split(" WARNING ")[0]
        + " WARNING slack_app.app: no listener for this Slack request (event_callback "
        "reaction_added); answered 404"
    ]


def test_a_flood_of_refused_requests_writes_one_line(served):
    body = click_body()
    lines = log_lines_during(
        served,
        lambda: [raw_http(served.port, body.encode(), {"Content-Type": FORM}) for _ in range(40)],
    )
    assert len([line for line in lines if "refused a request" in line]) <= 1


def test_slack_requests_are_still_answered(served):
    """After everything above, a signed slash command and a signed click work."""
    command = urlencode(slash_command("/review-reply", "help", user=APPROVER))
    status, answer = raw_http(served.port, command.encode(), signed(command))
    assert status == 200 and b"Usage: `/review-reply" in answer
    click = click_body()
    status, _ = raw_http(served.port, click.encode(), signed(click))
    assert status == 200


def test_nothing_sent_reached_the_log_and_no_traceback(served):
    """Runs last in this module: the whole log of the server that took every request above."""
    log = served.log()
    assert "serving Slack requests" in log
    assert "Traceback" not in log
    assert PRIVATE not in log and "Quill" not in log
    assert SIGNING_SECRET not in log
