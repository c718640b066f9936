from __future__ import annotations

import pytest

from slack_app.models import Review
from slack_app.store import Store


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "review-assistant.db") as opened:
        yield opened


def make_review(review_id: str = "r1", **changes) -> Review:
    fields = {
        "source": "google",
        "location_id": "accounts/111/locations/222",
        "source_review_id": review_id,
        "stars": 4,
        "reviewer_name": "Dana P.",
        "text": "Friendly front desk and easy parking.",
        "url": "",
        "created_at": "2026-11-20T15:04:05.000000Z",
        "updated_at": "2026-11-20T15:04:05.000000Z",
        "location_name": "Main Street",
    }
    fields.update(changes)
    return Review(**fields)
