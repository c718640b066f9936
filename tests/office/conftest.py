from __future__ import annotations

import pytest

from slack_app.store import Store
from tests.office.seed import Seeder, seed_week


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "review-assistant.db") as opened:
        yield opened


@pytest.fixture
def seed(store) -> Seeder:
    return Seeder(store)


@pytest.fixture
def week(seed) -> Seeder:
    """The week of Nov 16-23, 2026 (UTC) at two locations: see tests/office/test_stats.py."""
    return seed_week(seed)


from slack_app.app import web_client  # noqa: E402
from slack_app.config import (  # noqa: E402
    DigestSettings,
    Environment,
    Location,
    Practice,
    RemindersSettings,
    Settings,
    SlackSettings,
)
from tests.fakes.slack_api import FakeSlack  # noqa: E402

BOT_TOKEN = "xoxb-1111-2222-secretbottokenvalue"


def office_settings(database: str = "", **sections) -> Settings:
    """A practice in Chicago, two locations, approvers (a person and a group), a risk manager."""
    values = {
        "practice": Practice(
            name="Riverside Family Dental",
            phone="(555) 014-2290",
            timezone="America/Chicago",
        ),
        "slack": SlackSettings(
            review_channel="C0REVIEWS",
            approvers=["U0ANNA", "S0APPROVERS"],
            risk_managers=["U0RITA"],
        ),
        "locations": [Location(name="Main Street"), Location(name="Oak Park")],
        "reminders": RemindersSettings(),
        "digest": DigestSettings(),
        **sections,
    }
    if database:
        values["database"] = {"path": database}
    return Settings(**values)


@pytest.fixture
def settings(store) -> Settings:
    return office_settings(str(store.path))


@pytest.fixture
def slack():
    with FakeSlack() as fake:
        fake.usergroups["S0APPROVERS"] = ["U0GREG"]
        yield fake


@pytest.fixture
def client(slack):
    return web_client(Environment(slack_bot_token=BOT_TOKEN, slack_api_url=slack.api_url))
