"""New reviews from poll to Slack: prepare each (triage, draft, state), then announce the
pending cards. Shared by `review-assistant run` (on a schedule) and `poll --once`."""

from __future__ import annotations

import logging
import threading
from typing import Any

from slack_app import store as db
from slack_app.config import Environment, Settings
from slack_app.workflow import MACHINE_ACTOR, prepare_review, recover_interrupted_posts

log = logging.getLogger(__name__)


def prepare_reviews(
    store: db.Store,
    settings: Settings,
    env: Environment,
    reviews: list,
    drafter: Any = None,
) -> list:
    """Triage and draft every review (idempotent). One failing review is logged and stays
    `new`, so the next cycle tries it again; it does not stop the others."""
    prepared = []
    for review in reviews:
        try:
            prepared.append(prepare_review(store, review, settings, drafter=drafter, env=env))
        except Exception:
            log.exception("preparing %s failed; it stays new and is retried next cycle", review.key)
    return prepared


def process_new_reviews(
    store: db.Store,
    settings: Settings,
    env: Environment,
    client: Any,
    reviews: list,
    drafter: Any = None,
) -> Any:
    """Prepare every review, then post the pending cards. Returns the announce report."""
    from slack_app.announcer import announce_pending

    prepare_reviews(store, settings, env, reviews, drafter)
    return announce_pending(store, settings, env, client)


def poll_and_announce(store, settings, env, client, drafter=None) -> None:
    from slack_app.poller import poll_once
    from slack_app.slack import cards

    for key in recover_interrupted_posts(store):
        log.warning("reply %s was left posting by a stopped process; now post_failed", key)
        cards.refresh(client, store, key, MACHINE_ACTOR, "posting was interrupted; check the site")
    report = poll_once(store, settings, env)
    process_new_reviews(store, settings, env, client, report.needs_reply, drafter)


def start_poller(
    store: db.Store,
    settings: Settings,
    env: Environment,
    client: Any,
    *,
    drafter: Any = None,
    stop: threading.Event,
) -> threading.Thread:
    """A daemon thread: poll, prepare, announce, then wait `poll.interval_minutes`."""

    def loop() -> None:
        while not stop.is_set():
            try:
                poll_and_announce(store, settings, env, client, drafter)
            except Exception:
                log.exception("poll cycle failed; trying again next interval")
            stop.wait(settings.poll.interval_minutes * 60)

    thread = threading.Thread(target=loop, name="review-poller", daemon=True)
    thread.start()
    return thread
