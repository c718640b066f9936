"""One review that cannot be stored does not stop polling (issue 10, item 6).

A Google review whose JSON holds a lone surrogate (`\\ud800`, a legal JSON escape) parses into a
Python string no UTF-8 encoder accepts, so SQLite refuses it. `poll` used to crash on it every
cycle before anything was stored, and later locations were never polled. Now the review is set
aside with its id and the reason (logged once, stored, shown in poll's summary and by doctor)
and every other review and location is stored. Driven through `review-assistant poll --once`
and `doctor` subprocesses against the fake Google, on a real SQLite file.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from slack_app import store as db
from tests.fakes.google_business import FakeGoogleBusiness
from tests.reliability.cli import assert_no_traceback, cli_env, run_cli, write_config

REVIEWS_PER_LOCATION = 60
REASON = (
    "its text contains a character that is not valid text (U+D800, a lone surrogate, at "
    "position 12)"
)
LOGGED = "review set aside, it cannot be stored"


@pytest.fixture
def world(tmp_path):
    with FakeGoogleBusiness(locations=2, reviews_per_location=REVIEWS_PER_LOCATION) as google:
        first, second = google.locations
        poisoned = google.add_poisoned_review(first, at=google.now - timedelta(minutes=5))
        database = tmp_path / "review-assistant.db"
        config = write_config(
            tmp_path,
            database=database,
            locations=[("Office 0", first, ""), ("Office 1", second, "")],
        )

        def poll():
            proc = run_cli(
                "poll", "--once", "--config", str(config), env=cli_env(**google.environ()),
                cwd=tmp_path,
            )
            assert_no_traceback(proc)
            return proc

        yield google, poisoned, database, config, poll


def stored_reviews(database) -> dict[str, int]:
    with db.Store(database) as store:
        rows = store.db.query("SELECT location_id, count(*) AS n FROM reviews GROUP BY 1")
        return {row["location_id"]: row["n"] for row in rows}


def test_a_review_that_cannot_be_stored_is_set_aside_and_the_poll_goes_on(world, tmp_path):
    google, poisoned, database, config, poll = world
    first, second = google.locations
    line = f"google Office 0 review {poisoned['reviewId']}: {REASON}"

    proc = poll()

    assert proc.returncode == 0, proc.stderr
    assert f"  set aside (cannot be stored): {line}" in proc.stdout
    assert proc.stdout.count("ok, 2 page(s)") == 2  # both locations, every page
    assert "Every source synced." in proc.stdout
    assert stored_reviews(database) == {first: REVIEWS_PER_LOCATION, second: REVIEWS_PER_LOCATION}
    assert proc.stderr.count(LOGGED) == 1
    with db.Store(database) as store:
        [row] = db.set_aside_reviews(store)
        assert db.get_review(store, f"google:{first}:{poisoned['reviewId']}") is None
    assert row == {
        "source": "google",
        "location_id": first,
        "source_review_id": poisoned["reviewId"],
        "reason": REASON,
        "first_seen_at": row["first_seen_at"],
        "last_seen_at": row["first_seen_at"],
        "times_seen": 1,
    }

    # Listed again by the next poll (it is on the newest page): counted, not logged again.
    again = poll()
    assert again.returncode == 0 and LOGGED not in again.stderr
    assert f"set aside (cannot be stored): {line}" in again.stdout
    with db.Store(database) as store:
        [row] = db.set_aside_reviews(store)
    assert row["times_seen"] == 2 and row["last_seen_at"] > row["first_seen_at"]

    # doctor shows it to whoever checks the installation.
    doctor = run_cli("doctor", "--config", str(config), env=cli_env(), cwd=tmp_path)
    assert_no_traceback(doctor)
    assert (
        "warn          reviews set aside: 1 review(s) could not be stored: google review "
        f"{poisoned['reviewId']}: {REASON}"
    ) in doctor.stdout


def test_the_review_is_stored_once_its_author_fixes_it(world):
    google, poisoned, database, _, poll = world
    first = google.locations[0]
    poll()
    google.edit_review(first, poisoned["reviewId"], comment="Great team and a clean office.")

    proc = poll()

    assert proc.returncode == 0 and "set aside" not in proc.stdout
    with db.Store(database) as store:
        assert db.set_aside_reviews(store) == []
        review = db.get_review(store, f"google:{first}:{poisoned['reviewId']}")
        assert review.text == "Great team and a clean office."
        assert db.reply_state(store, review.key)["state"] == "drafted"
