"""Socket Mode, the default run mode, through a local stand-in for Slack's WebSocket endpoint
(tests/fakes/socket_mode.py): `review-assistant run` as a subprocess acks clicks and slash
commands, posts once for a redelivered envelope, reconnects within seconds after a reset, a
close without a close frame and `refresh_requested`, and does not spin while it does."""

from __future__ import annotations

import time

import pytest

from slack_app import store as db
from slack_app.config import load_settings
from slack_app.models import Review
from slack_app.slack import blocks
from slack_app.slack.socket_mode import CONNECTIONS
from slack_app.workflow import prepare_review
from tests.fakes.google_business import FakeGoogleBusiness
from tests.fakes.slack_api import FakeSlack, block_actions, slash_command
from tests.fakes.socket_mode import FakeSocketMode
from tests.reliability.running_app import APPROVER, CONNECTED, RunningApp, write_settings

SLACK_LIMIT = 3.0  # seconds Slack waits for an ack before it shows the user an error
RECONNECT_WITHIN = 3.0
SPIN_SHARE = 0.25  # CPU time over wall time while reconnecting; a spinning loop is near 1.0


class World:
    def __init__(self, folder, slack, socket_mode, google, app):
        self.folder, self.slack, self.socket_mode = folder, slack, socket_mode
        self.google, self.app = google, app
        self.settings = load_settings(str(folder / "review-assistant.toml"))
        self._reviews = 0

    def drafted_review(self) -> str:
        """A Google review in the store, drafted and waiting for Approve; its key."""
        self._reviews += 1
        review_id = f"sm-{self._reviews}"
        text = "Friendly front desk and a clean office."
        location = self.google.locations[0]
        self.google.add_review(location, review_id=review_id, comment=text)
        review = Review(
            "google", location, review_id, 5, "Sam P.", text, created_at="2026-11-20T10:00:00Z"
        )
        with db.Store(self.settings.database.path) as store:
            prepare_review(store, review, self.settings)
        return review.key

    def state(self, key: str) -> str:
        with db.Store(self.settings.database.path) as store:
            return db.reply_state(store, key)["state"]

    def click(self, action_id: str, value: str, **kwargs) -> str:
        payload = block_actions(action_id=action_id, value=value, user=APPROVER)
        return self.socket_mode.send("interactive", payload, **kwargs)

    def connections(self) -> int:
        return sum(c.hello_sent for c in self.socket_mode.connections)


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    folder = tmp_path_factory.mktemp("socket-mode")
    with (
        FakeSlack() as slack,
        FakeSocketMode(refresh_grace=1.0) as socket_mode,
        FakeGoogleBusiness(locations=1, reviews_per_location=0) as google,
    ):
        slack.socket_mode = socket_mode
        write_settings(folder, google.locations[0])
        app = RunningApp.start(
            folder, slack, google.locations[0], google.environ(), [], wait_for=CONNECTED
        )
        socket_mode.wait_connected(CONNECTIONS)
        yield World(folder, slack, socket_mode, google, app)
        assert app.stop() == 0


def wait_until(condition, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def test_approve_is_acked_and_posts_once(world):
    key = world.drafted_review()
    ack = world.socket_mode.wait_ack(world.click(blocks.APPROVE, key))
    assert ack.seconds < SLACK_LIMIT and ack.payload is None
    wait_until(lambda: world.state(key) == "posted")
    assert [r["reviewId"] for r in world.google.replies] == [key.rsplit(":", 1)[1]]


def test_slash_command_acks_at_once_then_answers_through_response_url(world):
    command = slash_command(
        "/review-reply",
        "The hygienist was gentle and on time.",
        user=APPROVER,
        response_url=world.slack.response_url("sm-command"),
    )
    ack = world.socket_mode.wait_ack(world.socket_mode.send("slash_commands", command))
    assert ack.seconds < SLACK_LIMIT
    assert ack.payload == {"text": ":hourglass_flowing_sand: Drafting a reply…"}
    wait_until(lambda: world.slack.response_posts("sm-command"))
    (shown,) = world.slack.response_posts("sm-command")
    assert shown["text"] == "Draft reply ready"
    assert shown["blocks"][-1]["elements"][0]["action_id"] == blocks.SHARE


def test_a_redelivered_envelope_and_a_second_click_post_once(world):
    key = world.drafted_review()
    posted_before = len(world.google.replies)
    first = world.click(blocks.APPROVE, key)
    world.socket_mode.wait_ack(first)
    world.click(blocks.APPROVE, key, envelope_id=first)  # Slack redelivering the envelope
    again = world.click(blocks.APPROVE, key)  # a second click of the same button
    world.socket_mode.wait_ack(first, count=2)
    world.socket_mode.wait_ack(again)
    wait_until(lambda: world.state(key) == "posted")
    time.sleep(0.5)  # any second post would have been made by now
    assert len(world.google.replies) == posted_before + 1


@pytest.mark.parametrize(
    "fault",
    ["drop", "close_silently", "refresh"],
    ids=["reset", "closed without a close frame", "refresh_requested"],
)
def test_reconnects_within_seconds_without_spinning_and_acks_again(world, fault):
    before = world.connections()
    cpu_before, started = world.app.cpu_seconds(), time.monotonic()
    getattr(world.socket_mode, fault)()
    # A click right after the fault is acked inside Slack's limit (by the other connection, or
    # by a refreshed one until Slack closes it).
    ack = world.socket_mode.wait_ack(world.click(blocks.DISMISS, "google:none:none"))
    assert ack.seconds < SLACK_LIMIT
    world.socket_mode.wait_connected(before + 1, timeout=RECONNECT_WITHIN + 5)
    reconnected = time.monotonic() - started
    time.sleep(max(0.0, 2.0 - reconnected))  # a spin would go on after reconnecting, too
    cpu = world.app.cpu_seconds() - cpu_before
    wall = time.monotonic() - started
    assert reconnected < RECONNECT_WITHIN
    assert cpu < SPIN_SHARE * wall, f"{cpu:.2f} s CPU in {wall:.2f} s"
    ack = world.socket_mode.wait_ack(world.click(blocks.DISMISS, "google:none:none"))
    assert ack.seconds < SLACK_LIMIT


def test_the_log_has_no_traceback_and_no_token(world):
    """Runs after the faults above: the whole log of the process that went through them."""
    log = world.app.log()
    assert "Traceback" not in log
    assert "reliabilityapptoken" not in log and "reliabilitybottoken" not in log
    assert world.socket_mode.unexpected == []
