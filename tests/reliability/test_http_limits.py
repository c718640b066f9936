"""The HTTP server's limits on a real port: stalled clients hold no thread and are cut off
after the channel timeout, Slack is answered meanwhile, and Bolt's own signature check can
never log a request body."""

from __future__ import annotations

import logging
import select
import socket
import threading
import time
from urllib.parse import urlencode

import pytest
import requests

from slack_app.slack.http_server import HttpLimits, make_http_server
from tests.fakes.slack_api import FakeSlack, signed_headers, slash_command
from tests.reliability.running_app import (
    APPROVER,
    SIGNING_SECRET,
    app_in_process,
    stalled_clients,
)

LIMITS = HttpLimits(channel_timeout=1.0, cleanup_interval=0.25, threads=4)


@pytest.fixture
def app_and_services(tmp_path):
    with FakeSlack() as slack, app_in_process(tmp_path, slack) as built:
        yield built


@pytest.fixture
def server(app_and_services):
    server = make_http_server(*app_and_services, 0, "127.0.0.1", limits=LIMITS)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()


def help_command(port: int) -> requests.Response:
    body = urlencode(slash_command("/review-reply", "help", user=APPROVER))
    return requests.post(
        f"http://127.0.0.1:{port}/slack/events",
        data=body,
        headers=signed_headers(SIGNING_SECRET, body),
        timeout=5,
    )


def closed_by_server(clients: list[socket.socket]) -> list[socket.socket]:
    """The clients whose connection the server has closed (readable at end of stream)."""
    readable, _, _ = select.select(clients, [], [], 0) if clients else ([], [], [])
    closed = []
    for sock in readable:
        try:
            if sock.recv(1) == b"":
                closed.append(sock)
        except ConnectionResetError:
            closed.append(sock)
    return closed


def test_stalled_clients_hold_no_thread_and_are_cut_off_after_the_timeout(server):
    assert help_command(server.port).status_code == 200  # its lazy listener starts a pool thread
    threads_before = threading.active_count()
    clients = stalled_clients(server.port, 60)
    try:
        time.sleep(0.2)
        assert closed_by_server(clients) == []  # inside the timeout: waiting, not refused
        # No thread per stalled client, and Slack's requests are answered meanwhile.
        assert threading.active_count() <= threads_before
        started = time.monotonic()
        assert help_command(server.port).status_code == 200
        assert time.monotonic() - started < 1.0

        deadline = time.monotonic() + LIMITS.channel_timeout + LIMITS.cleanup_interval + 3
        open_clients = clients
        while open_clients and time.monotonic() < deadline:
            time.sleep(0.1)
            gone = closed_by_server(open_clients)
            open_clients = [c for c in open_clients if c not in gone]
        assert open_clients == []
        assert threading.active_count() <= threads_before
    finally:
        for sock in clients:
            sock.close()


def test_the_server_refuses_without_a_signing_secret_at_construction(app_and_services):
    app, services = app_and_services
    from dataclasses import replace

    services.env = replace(services.env, slack_signing_secret="")
    with pytest.raises(ValueError, match="SLACK_SIGNING_SECRET is not set"):
        make_http_server(app, services, 0, "127.0.0.1")


def test_bolts_own_signature_check_never_logs_the_body(app_and_services, caplog):
    """The endpoint verifies first, so Bolt's check should never fail; if anything ever hands
    Bolt a badly signed request directly, its log line must not carry the body."""
    from slack_bolt.request import BoltRequest

    app, _ = app_and_services
    body = urlencode(slash_command("/review-reply", "Mrs Quill-Marker's crown", user=APPROVER))
    # Bolt's logger takes the root level when the app is built; `run` sets INFO before that.
    with caplog.at_level(logging.INFO, logger="slack_bolt.RequestVerification"):
        response = app.dispatch(BoltRequest(body=body, headers=signed_headers("wrong", body)))
    assert response.status == 401
    assert "Invalid request signature detected (request body not logged)" in caplog.messages
    assert "Quill" not in caplog.text


def test_the_largest_card_click_fits_the_body_limit():
    """A click on a card carrying the longest review Google allows (4,096 characters, here in
    a script that percent-encodes to nine bytes a character) and a long draft stays within
    max_body_bytes, with room to spare."""
    from slack_app.models import Review
    from slack_app.slack import blocks
    from tests.fakes.slack_api import block_actions, form_body

    review = Review("google", "accounts/1/locations/1", "r" * 40, 1, "Name " * 20, "歯" * 4096)
    draft = {"version": 3, "text": "ありがとう" * 180, "author": "U0ANNA", "findings": []}
    card = blocks.review_card(review, draft, draft, {"summary": "x" * 300}, "drafted")
    payload = block_actions(action_id=blocks.APPROVE, value=review.key, user=APPROVER)
    payload["message"]["blocks"] = card
    assert len(form_body(payload).encode()) < HttpLimits().max_body_bytes / 2
