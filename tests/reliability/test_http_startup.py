"""`review-assistant run` that cannot start: one line naming the problem, exit 1, no traceback
(Slack unreachable, Slack refusing the token, the port taken), in HTTP and Socket Mode."""

from __future__ import annotations

import socket

import pytest

from tests.fakes.slack_api import FakeSlack
from tests.reliability.running_app import RunningApp


@pytest.fixture
def slack():
    with FakeSlack() as fake:
        yield fake


@pytest.fixture
def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]  # nothing listens here once the socket is closed


def failed_start(tmp_path, slack, argv, environ=None) -> tuple[int, list[str]]:
    app = RunningApp.start(
        tmp_path, slack, "accounts/1/locations/1", {}, argv, wait_for="", environ=environ
    )
    code = app.process.wait(timeout=60)
    return code, app.log().splitlines()


def only_line(lines: list[str]) -> str:
    """The output apart from Bolt's start-up note about the client it was given."""
    kept = [line for line in lines if "`token` will be unused" not in line]
    assert len(kept) == 1, lines
    return kept[0]


@pytest.mark.parametrize(
    "argv",
    [["--http", "--port", "0"], ["--http", "--port", "0", "--workers", "2"], []],
    ids=["http", "http workers", "socket mode"],
)
def test_slack_unreachable_at_start_is_one_line_and_exit_1(tmp_path, slack, closed_port, argv):
    url = f"http://127.0.0.1:{closed_port}/api/"
    code, lines = failed_start(tmp_path, slack, argv, {"SLACK_API_URL": url})
    assert code == 1
    assert only_line(lines) == (
        f"cannot start: cannot reach Slack at {url} for auth.test: [Errno 111] Connection refused"
    )


@pytest.mark.parametrize("argv", [["--http", "--port", "0"], []], ids=["http", "socket mode"])
def test_a_refused_bot_token_at_start_is_one_line_and_exit_1(tmp_path, slack, argv):
    slack.fail_next("auth.test", error="invalid_auth")
    code, lines = failed_start(tmp_path, slack, argv)
    assert code == 1
    assert only_line(lines) == (
        "cannot start: Slack refused auth.test: invalid_auth (check the token)"
    )


def test_a_port_in_use_is_one_line_and_exit_1(tmp_path, slack):
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        argv = ["--http", "--host", "127.0.0.1", "--port", str(port)]
        code, lines = failed_start(tmp_path, slack, argv)
    assert code == 1
    assert only_line(lines) == (
        f"cannot listen on 127.0.0.1:{port}: [Errno 98] Address already in use"
    )


def test_a_refused_app_token_in_socket_mode_is_named_and_exit_1(tmp_path, slack):
    slack.fail_next("apps.connections.open", error="invalid_auth")
    code, lines = failed_start(tmp_path, slack, [])
    assert code == 1
    assert [line.split(" INFO ")[-1] for line in lines if "`token` will be unused" not in line] == [
        "review-assistant: connecting to Slack in Socket Mode",
        "cannot start: Slack refused apps.connections.open: invalid_auth (check the token)",
    ]
