"""Fixtures for drafting tests: the fake model server, a fast-retrying OpenAI drafter."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from slack_app.config import DraftingSettings, Practice, Settings
from slack_app.drafting.openai_backend import OpenAIDrafter, RetryPolicy
from slack_app.models import Review
from tests.fakes.openai_chat import FakeOpenAI

# Waits of a few milliseconds: the retry logic is exercised, the suite stays fast.
FAST_RETRY = RetryPolicy(attempts=3, initial_wait=0.001, max_wait=0.01, jitter=0.001)

PRACTICES = {
    "phone and email": Practice(
        name="Riverside Family Dental",
        phone="(555) 014-2290",
        email="frontdesk@riversidefamilydental.example",
    ),
    "phone only": Practice(name="Elm Street Family Medicine", phone="555-017-2020"),
    "email only": Practice(name="Riverside Dermatology", email="hello@riversidederm.example"),
    "long name, +1 phone": Practice(
        name="Northside Pediatric and Adolescent Medicine Associates",
        phone="+1 555 016 3100",
        email="office@northside-peds.example",
    ),
}


def make_review(
    text: str = "Waited a long time and nobody explained why.",
    stars: int | None = 2,
    review_id: str = "r-1",
    *,
    source: str = "google",
    reviewer_name: str = "Ann Lee",
) -> Review:
    return Review(
        source=source,
        location_id="accounts/1/locations/2",
        source_review_id=review_id,
        stars=stars,
        reviewer_name=reviewer_name,
        text=text,
    )


@pytest.fixture
def settings() -> Settings:
    return Settings(
        practice=PRACTICES["phone and email"],
        drafting=DraftingSettings(model="gpt-4o-mini", max_attempts=3, timeout_seconds=5),
    )


@pytest.fixture(scope="session")
def model_server() -> Iterator[FakeOpenAI]:
    # One server for the session: starting and stopping one costs half a second each time.
    with FakeOpenAI() as fake:
        yield fake


@pytest.fixture
def model(model_server: FakeOpenAI) -> FakeOpenAI:
    model_server.reset()
    return model_server


@pytest.fixture
def drafter(model: FakeOpenAI, settings: Settings) -> OpenAIDrafter:
    return OpenAIDrafter(
        api_key="sk-test-not-a-real-key",
        model=settings.drafting.model,
        base_url=model.base_url,
        timeout=settings.drafting.timeout_seconds,
        retry=FAST_RETRY,
    )
