"""Two processes at the same moment against one database and one Slack: each reminder and each
digest goes out once (the claim in the store decides which process sends it)."""

from __future__ import annotations

import multiprocessing

from slack_app.config import DigestSettings, Environment, Practice
from tests.office.conftest import BOT_TOKEN, office_settings
from tests.office.seed import utc


def send_once(kind: str, database: str, api_url: str, settings, now, barrier, results) -> None:
    """One process: open the store and a client, wait for the other, send what is due."""
    from slack_app.app import web_client
    from slack_app.slack.digest import send_digest
    from slack_app.slack.reminders import send_due_reminders
    from slack_app.store import Store

    client = web_client(Environment(slack_bot_token=BOT_TOKEN, slack_api_url=api_url))
    with Store(database) as store:
        barrier.wait(timeout=60)
        if kind == "reminders":
            sent = send_due_reminders(client, store, settings, now, actor="process")
        else:
            sent = send_digest(client, store, settings, now, actor="process", link=lambda c, t: "")
    results.put(sent)


def run_two(kind: str, store, settings, slack, now) -> list:
    spawn = multiprocessing.get_context("spawn")
    barrier, results = spawn.Barrier(2), spawn.Queue()
    processes = [
        spawn.Process(
            target=send_once,
            args=(kind, str(store.path), slack.api_url, settings, now, barrier, results),
        )
        for _ in range(2)
    ]
    for process in processes:
        process.start()
    outcomes = [results.get(timeout=90) for _ in processes]
    for process in processes:
        process.join(timeout=30)
        assert process.exitcode == 0
    return outcomes


def test_two_processes_send_each_reminder_once(store, week, settings, slack, client):
    for name in ("r4", "r5", "r10"):  # the week's three waiting replies get cards
        key = week.key(name, location="Oak Park" if name == "r4" else "Main Street")
        ts = client.chat_postMessage(channel="C0REVIEWS", text=f"card {name}")["ts"]
        store.db["reply_state"].update(key, {"card_channel": "C0REVIEWS", "card_ts": ts})

    outcomes = run_two("reminders", store, settings, slack, utc("11-24T15:00"))  # Tue 09:00 CST

    # Between them every reminder, none twice (which process sends which is up to the race).
    assert sorted(key for sent in outcomes for key in sent) == sorted(
        week.key(n, location="Oak Park" if n == "r4" else "Main Street")
        for n in ("r4", "r5", "r10")
    )
    threaded = [m for m in slack.channel_messages("C0REVIEWS") if m.get("thread_ts")]
    assert len(threaded) == 3


def test_two_processes_send_the_digest_once(store, week, slack):
    settings = office_settings(
        str(store.path),
        practice=Practice(name="Riverside", phone="(555) 014-2290", timezone="UTC"),
        digest=DigestSettings(day="Mon", time="00:00"),
    )

    outcomes = run_two("digest", store, settings, slack, utc("11-23T09:00"))

    assert sorted(outcomes, key=str) == [None, "weekly:2026-11-23"]
    digests = [m for m in slack.channel_messages("C0REVIEWS") if m.get("metadata")]
    assert len(digests) == 1 and len(slack.uploads) == 1
