"""Two polls at once draft each review once, and poll's summary says what its numbers count
(issue 10: "two `poll --once` at once drafted 137 reviews twice"; "0 review(s) need a reply"
while unanswered reviews remain).

Each review is claimed before it is drafted (as cards are claimed before they are posted), so
of two processes exactly one asks the model about it. Real `review-assistant poll --once`
subprocesses on one SQLite file, against the fake Google and a fake model that takes a moment
to answer (so the two really overlap).
"""

from __future__ import annotations

import re
from collections import Counter
from types import SimpleNamespace

import pytest

from slack_app import store as db
from tests.fakes.google_business import FakeGoogleBusiness
from tests.fakes.openai_chat import FakeOpenAI
from tests.reliability.cli import (
    assert_no_traceback,
    cli_env,
    run_cli,
    start_cli,
    write_config,
)

REVIEWS = 20
NEEDING_REPLY = 16  # every fifth generated review already has an owner reply


@pytest.fixture
def world(tmp_path):
    with (
        FakeGoogleBusiness(locations=1, reviews_per_location=REVIEWS) as google,
        FakeOpenAI(delay=0.05) as model,
    ):
        database = tmp_path / "review-assistant.db"
        config = write_config(
            tmp_path, database=database, locations=[("Main Street", google.locations[0], "")]
        )
        env = cli_env(
            **google.environ(), OPENAI_API_KEY="sk-test-concurrent", OPENAI_BASE_URL=model.base_url
        )
        yield SimpleNamespace(
            google=google,
            model=model,
            database=database,
            args=("poll", "--once", "--config", str(config)),
            env=env,
        )


def test_two_polls_at_once_draft_each_review_once(world, tmp_path):
    procs = [
        start_cli(*world.args, env=world.env, cwd=tmp_path, log=tmp_path / f"poll{n}.log")
        for n in (1, 2)
    ]
    for proc in procs:
        proc.wait(timeout=120)
    logs = [(tmp_path / f"poll{n}.log").read_text() for n in (1, 2)]

    assert [proc.returncode for proc in procs] == [0, 0], logs
    assert all("Traceback" not in log for log in logs)
    with db.Store(world.database) as store:
        drafts = Counter(row["review_key"] for row in store.db["drafts"].rows)
        states = Counter(row["state"] for row in db.reply_states(store))
    assert len(world.model.chat_requests()) == NEEDING_REPLY  # one model call per review, not two
    assert len(drafts) == NEEDING_REPLY and set(drafts.values()) == {1}
    assert states == {"drafted": NEEDING_REPLY}
    # Between them the two processes drafted every review, each review in one of them.
    drafted = [re.findall(r"^  (google:\S+): drafted$", log, re.M) for log in logs]
    assert sorted(drafted[0] + drafted[1]) == sorted(drafts)


def test_the_summary_says_what_its_numbers_count(world, tmp_path):
    env = cli_env(**world.google.environ())  # drafted from the templates: quicker
    first = run_cli(*world.args, env=env, cwd=tmp_path)
    world.google.add_review(world.google.locations[0], comment="Lovely team, short wait.")
    second = run_cli(*world.args, env=env, cwd=tmp_path)
    third = run_cli(*world.args, env=env, cwd=tmp_path)

    assert_no_traceback(first, second, third)
    assert (
        f"Reviews needing a reply - new this cycle: {NEEDING_REPLY}; waiting for a reply: "
        f"{NEEDING_REPLY} ({NEEDING_REPLY} to approve)"
    ) in first.stdout
    assert (
        "Reviews needing a reply - new this cycle: 1; waiting for a reply: "
        f"{NEEDING_REPLY + 1} ({NEEDING_REPLY + 1} to approve)"
    ) in second.stdout
    assert (
        "Reviews needing a reply - new this cycle: 0; waiting for a reply: "
        f"{NEEDING_REPLY + 1} ({NEEDING_REPLY + 1} to approve)"
    ) in third.stdout
