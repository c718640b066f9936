"""Fixtures for the Slack app: a fake Slack Web API, a fake Google, a real store and the Bolt
app wired to them; a `SlackDriver` that sends signed requests the way Slack does."""

from __future__ import annotations

import threading
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import timedelta
from urllib.parse import urlencode

import pytest

from slack_app.config import (
    DatabaseSettings,
    Environment,
    Location,
    Practice,
    Settings,
    SlackSettings,
)
from slack_app.slack.http_server import SlackEndpoint
from slack_app.store import Store
from tests.fakes.google_business import FakeGoogleBusiness
from tests.fakes.slack_api import (
    FakeSlack,
    block_actions,
    form_body,
    signed_headers,
    slash_command,
    view_submission,
)

BOT_TOKEN = "xoxb-1111-2222-secretbottokenvalue"
APP_TOKEN = "xapp-1-A0APP-3333-secretapptokenvalue"
SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
APPROVER = "U0ANNA"  # listed by id
GROUP_APPROVER = "U0GREG"  # member of the approvers user group
STRANGER = "U0STAN"  # not an approver
RISK_MANAGER = "U0RITA"
PRACTICE_PHONE = "(555) 014-2290"


class TrackingExecutor(ThreadPoolExecutor):
    """Bolt's listener executor, remembering futures so a test can wait for lazy listeners."""

    def __init__(self) -> None:
        super().__init__(max_workers=16)
        self.futures: list[Future] = []
        self._lock = threading.Lock()

    def submit(self, fn, /, *args, **kwargs):
        future = super().submit(fn, *args, **kwargs)
        with self._lock:
            self.futures.append(future)
        return future

    def wait_idle(self, timeout: float = 20.0) -> None:
        while True:
            with self._lock:
                pending = [f for f in self.futures if not f.done()]
            if not pending:
                return
            for future in pending:
                future.result(timeout=timeout)


def make_settings(google_location: str, database: str, **slack) -> Settings:
    return Settings(
        practice=Practice(
            name="Riverside Family Dental",
            phone=PRACTICE_PHONE,
            email="frontdesk@riversidefamilydental.example",
        ),
        slack=SlackSettings(
            review_channel="C0REVIEWS",
            approvers=[APPROVER, "S0APPROVERS"],
            risk_managers=[RISK_MANAGER],
            announce_per_second=5,
            **slack,
        ),
        locations=[
            Location(name="Main Street", google_location=google_location, yelp_business_id="")
        ],
        database=DatabaseSettings(path=database),
    )


@pytest.fixture
def slack():
    with FakeSlack() as fake:
        fake.usergroups["S0APPROVERS"] = [GROUP_APPROVER]
        yield fake


@pytest.fixture
def google():
    with FakeGoogleBusiness(locations=1, reviews_per_location=0) as fake:
        yield fake


@pytest.fixture
def settings(google, tmp_path):
    return make_settings(google.locations[0], str(tmp_path / "review-assistant.db"))


@pytest.fixture
def env(slack, google) -> Environment:
    return Environment.from_env(
        {
            **google.environ(),
            "SLACK_BOT_TOKEN": BOT_TOKEN,
            "SLACK_APP_TOKEN": APP_TOKEN,
            "SLACK_SIGNING_SECRET": SIGNING_SECRET,
            "SLACK_API_URL": slack.api_url,
        }
    )


@pytest.fixture
def store(settings):
    with Store(settings.database.path) as opened:
        yield opened


class SlackDriver:
    """Sends signed requests to the app exactly as Slack would, and waits for lazy work."""

    def __init__(self, app, services, executor: TrackingExecutor, slack: FakeSlack) -> None:
        self.app = app
        self.services = services
        self.executor = executor
        self.slack = slack
        self.endpoint = SlackEndpoint(app, services, SIGNING_SECRET)

    def send(
        self,
        body: str,
        *,
        retry_num: int | None = None,
        secret: str = SIGNING_SECRET,
        timestamp: int | None = None,
        wait: bool = True,
    ):
        headers = signed_headers(secret, body, timestamp=timestamp, retry_num=retry_num)
        # What the HTTP endpoint does with a request once waitress has read it.
        with self.services.gate.acknowledging():
            response = self.endpoint.handle(
                body.encode(), {name.lower(): value for name, value in headers.items()}
            )
        if wait:
            self.executor.wait_idle()
        return response

    def click(self, action_id: str, value: str, user: str, **kwargs):
        send = {k: kwargs.pop(k) for k in ("retry_num", "wait") if k in kwargs}
        payload = block_actions(action_id=action_id, value=value, user=user, **kwargs)
        return self.send(form_body(payload), **send)

    def submit(self, callback_id: str, private_metadata: str, values: dict, user: str):
        payload = view_submission(
            callback_id=callback_id, private_metadata=private_metadata, values=values, user=user
        )
        return self.send(form_body(payload))

    def command(self, text: str, user: str, response_url: str = "", **kwargs):
        body = urlencode(slash_command("/review-reply", text, user=user, response_url=response_url))
        return self.send(body, **kwargs)


@pytest.fixture
def build(settings, env, store, slack):
    """build(settings=..., sources=..., drafter=...) -> SlackDriver over a fresh app."""
    from slack_app.app import build_app

    executors: list[TrackingExecutor] = []

    def _build(*, settings=settings, env=env, sources=None, drafter=None) -> SlackDriver:
        executor = TrackingExecutor()
        executors.append(executor)
        app, services = build_app(
            settings, env, store, drafter=drafter, sources=sources, listener_executor=executor
        )
        return SlackDriver(app, services, executor, slack)

    yield _build
    for executor in executors:
        executor.shutdown(wait=True)


@pytest.fixture
def driver(build) -> SlackDriver:
    return build()


def fresh_google_review(google, comment: str, *, stars: str = "FIVE", reviewer: str = "Maria G."):
    return google.add_review(
        google.locations[0],
        comment=comment,
        stars=stars,
        reviewer=reviewer,
        at=google.now - timedelta(hours=1),
    )
