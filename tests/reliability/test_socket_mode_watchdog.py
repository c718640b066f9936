"""Socket Mode in-process, with short ping intervals: a connection that goes silent (no FIN,
no RST, pings unanswered) is replaced, envelopes are acknowledged inside the ack gate, and an
ack that cannot be sent is one log line."""

from __future__ import annotations

import logging
import threading
import time

import pytest

from slack_app.slack.socket_mode import SocketModeServer
from tests.fakes.slack_api import FakeSlack, block_actions
from tests.fakes.socket_mode import FakeSocketMode
from tests.reliability.running_app import APP_TOKEN, APPROVER, app_in_process

PING_INTERVAL = PONG_TIMEOUT = 0.5


@pytest.fixture
def connected(tmp_path):
    with (
        FakeSlack() as slack,
        FakeSocketMode() as socket_mode,
        app_in_process(tmp_path, slack) as (app, services),
    ):
        slack.socket_mode = socket_mode
        server = SocketModeServer(
            app,
            services,
            APP_TOKEN,
            connections=1,
            ping_interval=PING_INTERVAL,
            pong_timeout=PONG_TIMEOUT,
        )
        server.connect()
        socket_mode.wait_connected()
        yield app, services, socket_mode, slack
        socket_mode.stop()  # connections end with a FIN, which the client notices at once
        server.close()


def test_a_silent_connection_is_replaced(connected, caplog):
    _, _, socket_mode, _ = connected
    socket_mode.stall()
    started = time.monotonic()
    socket_mode.wait_connected(2, timeout=10)
    assert time.monotonic() - started < 3 * (PING_INTERVAL + PONG_TIMEOUT)
    assert "Socket Mode connection silent (no answer to pings for" in caplog.text
    click = block_actions(action_id="dismiss_review", value="google:a:b", user=APPROVER)
    assert socket_mode.wait_ack(socket_mode.send("interactive", click)).seconds < 3


def test_envelopes_are_acknowledged_inside_the_ack_gate(connected):
    """Lazy work waits on the gate; in Socket Mode as over HTTP, an ack holds it."""
    app, services, socket_mode, _ = connected
    seen = []

    def probe(ack):
        seen.append(services.gate.busy)
        ack()

    app.action("gate_probe")(probe)
    click = block_actions(action_id="gate_probe", value="x", user=APPROVER)
    socket_mode.wait_ack(socket_mode.send("interactive", click))
    assert seen == [True]
    deadline = time.monotonic() + 2  # the gate opens right after the ack is sent
    while services.gate.busy and time.monotonic() < deadline:
        time.sleep(0.01)
    assert services.gate.busy is False


def test_an_ack_whose_connection_closed_is_one_line_not_a_traceback(connected, caplog):
    app, _, socket_mode, slack = connected
    entered, release = threading.Event(), threading.Event()

    def slow(ack):
        entered.set()
        release.wait(5)
        ack()

    app.action("slow_probe")(slow)
    socket_mode.send("interactive", block_actions(action_id="slow_probe", value="x", user=APPROVER))
    assert entered.wait(5)
    # No new connection for a moment, so the ack has none to go out on.
    slack.fail_next("apps.connections.open", error="internal_error", times=2)
    with caplog.at_level(logging.INFO):
        socket_mode.drop()
        release.set()
        socket_mode.wait_connected(2, timeout=15)
        time.sleep(0.2)
    failures = [r for r in caplog.records if "could not acknowledge" in r.getMessage()]
    assert len(failures) == 1 and failures[0].exc_info is None
    assert not any(r.exc_info for r in caplog.records)
