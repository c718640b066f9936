"""A model service that is down costs the first reviews of a cycle their retries, not every
review (drafting notes: "about 92 s per review against a hanging server"). After two drafts in a
row fail in transport, OpenAIDrafter skips the model for a minute and the loop goes straight to
the templates, logged once; the poll cycle builds one drafter per cycle, so the next cycle asks
the model again. Also: the fake HTTP server is quiet when a client gives up on a slow answer.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import time
from datetime import timedelta

import requests

from slack_app import store as db
from slack_app.config import DraftingSettings, Environment
from slack_app.drafting import DraftingError
from slack_app.drafting.openai_backend import CircuitBreaker
from slack_app.pipeline import run_once
from tests.fakes.google_business import FakeGoogleBusiness
from tests.fakes.http import FakeServer, Response
from tests.fakes.openai_chat import FakeOpenAI
from tests.slack.conftest import make_settings

OPENED = "the model service failed 2 times in a row"


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_the_breaker_opens_after_two_transport_failures_in_a_row_for_a_minute():
    clock = Clock()
    breaker = CircuitBreaker(threshold=2, cooldown=60.0, clock=clock)

    assert (breaker.failed(), breaker.remaining()) == (False, 0.0)
    breaker.succeeded()  # a success in between: the count starts again
    assert breaker.failed() is False
    assert breaker.failed() is True and breaker.remaining() == 60.0
    clock.now += 59
    assert breaker.remaining() == 1.0
    clock.now += 1
    assert breaker.remaining() == 0.0
    assert breaker.failed() is False  # counting from zero again after the pause


def test_a_hanging_model_costs_two_reviews_their_retries_then_none(tmp_path, caplog):
    with (
        FakeGoogleBusiness(locations=1, reviews_per_location=0) as google,
        FakeOpenAI(delay=2.0) as model,  # answers long after the client's timeout
    ):
        location = google.locations[0]
        for n in range(6):
            google.add_review(location, comment=f"Kind staff, number {n}.",
                              at=google.now - timedelta(hours=n + 1))
        settings = make_settings(location, str(tmp_path / "review-assistant.db"))
        settings = settings.model_copy(
            update={"drafting": DraftingSettings(timeout_seconds=0.2)}
        )
        env = Environment.from_env(
            {**google.environ(), "OPENAI_API_KEY": "sk-test-breaker",
             "OPENAI_BASE_URL": model.base_url}
        )
        caplog.set_level(logging.INFO, logger="slack_app.drafting")
        with db.Store(settings.database.path) as store:
            first = run_once(store, settings, env)
            asked_first = len(model.chat_requests())
            google.add_review(location, comment="Lovely visit.")
            run_once(store, settings, env)  # a new cycle: a new drafter asks again
            asked_second = len(model.chat_requests()) - asked_first
            backends = {db.latest_draft(store, p.key)["backend"] for p in first.prepared}

    # Two reviews paid three requests each (the client's retries); four never asked.
    assert asked_first == 2 * 3 and asked_second == 3
    assert len(first.prepared) == 6 and backends == {"template"}
    warnings = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert sum(OPENED in message for message in warnings) == 1
    assert len(warnings) == 2 + 1 + 1  # two reviews' failures, the opening, next cycle's failure


def test_a_skipped_model_is_a_fatal_failure_so_the_templates_answer():
    assert "unavailable" in DraftingError.FATAL_KINDS


def test_the_fake_server_is_quiet_when_a_client_gives_up(capfd):
    big = Response(200, b"x" * 4_000_000, delay=0.3)
    with FakeServer() as server:
        server.route("GET", "/slow", lambda request: big)
        for _ in range(3):
            with contextlib.suppress(requests.exceptions.RequestException):
                requests.get(f"{server.url}/slow", timeout=0.05)
        time.sleep(0.6)  # the server answers the clients that left

    err = capfd.readouterr().err
    assert "Traceback" not in err and "BrokenPipeError" not in err


def test_a_refused_connection_counts_as_a_transport_failure():
    from slack_app.config import Practice
    from slack_app.drafting.core import DraftRequest
    from slack_app.drafting.openai_backend import OpenAIDrafter, RetryPolicy
    from slack_app.models import Review

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{probe.getsockname()[1]}/v1"
    drafter = OpenAIDrafter(
        api_key="sk-test", model="m", base_url=closed,
        retry=RetryPolicy(attempts=1, initial_wait=0.0, jitter=0.0),
    )
    practice = Practice(name="P", email="p@example.com")
    request = DraftRequest(Review("google", "l", "r", 5, "A", "Nice."), practice, "en")
    kinds = []
    for _ in range(3):
        try:
            drafter.draft(request)
        except DraftingError as exc:
            kinds.append(exc.kind)
    assert kinds == ["connection", "connection", "unavailable"]
    assert drafter.service_status() == (False, "cannot reach the model service after 1 request(s)")
