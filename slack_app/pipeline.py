"""The poll cycle `review-assistant run` (its poller thread) and `poll` share, and its loop.

One cycle:

1. hand back to people the replies a stopped process left in `posting` (the one recovery
   step: `workflow.recover_interrupted_posts`);
2. poll every configured location into the store (`poller.poll_once`);
3. prepare each review that needs a reply: triage, drafts, `drafted` or `escalated`, with one
   drafter for the cycle (its circuit breaker spares the reviews after a model that is down);
4. Google upkeep (`upkeep.run_upkeep`): redraft reviews edited after their draft, read back
   posted replies (Google's moderation), the day's share of the full pass (removed reviews);
5. record whether each source (every location, and the model) worked (`store.observe`), so
   the review channel hears once when one starts failing and once when it recovers.

`poll_forever` runs a cycle every `poll.interval_minutes` with one client per source for the
whole loop, so the OAuth token is refreshed when it expires, not every cycle. What follows a
cycle (posting the cards, escalation messages and source alerts to Slack, printing a summary)
is the caller's `on_report`; this module does not talk to Slack. A storage fault (a full disk,
a damaged file) ends the cycle with one line in the log, and the loop tries again next time.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, fields
from datetime import datetime
from typing import Any

from slack_app import store as db
from slack_app.config import Environment, Settings
from slack_app.drafting import make_drafter
from slack_app.poller import PollReport, Progress, ReviewSource, build_sources, poll_once
from slack_app.redaction import redact
from slack_app.sources import SourceError
from slack_app.sources.http_retry import RetryPolicy
from slack_app.upkeep import run_upkeep
from slack_app.workflow import (
    CardChange,
    PreparedReview,
    prepare_review,
    recover_interrupted_posts,
)

__all__ = ["CycleReport", "poll_forever", "prepare_reviews", "run_cycle", "run_once"]

log = logging.getLogger(__name__)

Sources = dict[str, ReviewSource | SourceError]


@dataclass
class CycleReport(PollReport):
    """The poll report plus what the rest of the cycle did."""

    # Replies moved from `posting` back to `post_failed` (their cards need redrawing).
    recovered: list[str] = field(default_factory=list)
    prepared: list[PreparedReview] = field(default_factory=list)
    # Cards the upkeep step changed (rejected, removed, redrafted ...), with their thread lines.
    card_changes: list[CardChange] = field(default_factory=list)
    # After the cycle: how many replies wait in each state (drafted, escalated, ...).
    waiting: dict[str, int] = field(default_factory=dict)

    @property
    def drafted_now(self) -> int:
        """Reviews this cycle drafted (new this cycle, or left `new` by an earlier one)."""
        return sum(prepared.created for prepared in self.prepared)


def prepare_reviews(
    store: db.Store,
    settings: Settings,
    env: Environment,
    reviews: list,
    drafter: Any = None,
) -> list[PreparedReview]:
    """Triage and draft every review (idempotent). One failing review is logged and stays
    `new`, so the next cycle tries it again; it does not stop the others."""
    prepared = []
    for review in reviews:
        try:
            prepared.append(prepare_review(store, review, settings, drafter=drafter, env=env))
        except db.StoreError:
            raise  # the database failed: nothing else can be stored either
        except Exception:
            log.exception("preparing %s failed; it stays new and is retried next cycle", review.key)
    return prepared


def run_cycle(
    store: db.Store,
    settings: Settings,
    env: Environment,
    *,
    sources: Sources,
    progress: Progress | None = None,
    drafter: Any = None,
    now: datetime | None = None,
) -> CycleReport:
    """One cycle with the given source clients: recover, poll, prepare, record health."""
    recovered = recover_interrupted_posts(store)
    for key in recovered:
        log.warning("reply %s was left posting by a stopped process; now post_failed", key)
    polled = poll_once(store, settings, env, sources=sources, progress=progress, now=now)
    report = CycleReport(
        **{item.name: getattr(polled, item.name) for item in fields(PollReport)},
        recovered=recovered,
    )
    if drafter is None and report.needs_reply:
        drafter = make_drafter(settings, env)  # one per cycle: one client, one breaker
    report.prepared = prepare_reviews(store, settings, env, report.needs_reply, drafter)
    report.card_changes = run_upkeep(
        store, settings, env, sources=sources, drafter=drafter, now=now
    )
    record_health(store, env, report, drafter)
    report.waiting = db.waiting_counts(store)
    return report


def record_health(
    store: db.Store, env: Environment, report: PollReport, drafter: Any = None
) -> None:
    """Whether each polled location, and the model (when this cycle asked it), worked."""
    secrets = env.secrets()
    for entry in report.locations:
        if entry.status == "skipped":  # not due (Yelp's own interval): nothing was learned
            continue
        db.observe(
            store,
            entry.source,
            entry.location_id,
            failing=entry.status in ("failed", "paused"),
            problem=redact(entry.error, secrets),
            location_name=entry.location_name,
        )
    status = getattr(drafter, "service_status", None)
    works, problem = status() if status else (None, "")
    if works is not None:
        db.observe(store, "model", "*", failing=not works, problem=redact(problem, secrets))


@contextlib.contextmanager
def _clients(
    settings: Settings, env: Environment, sources: Sources | None, policy: RetryPolicy | None
) -> Iterator[Sources]:
    """The given clients, or clients built from `env` and closed afterwards."""
    if sources is not None:
        yield sources
        return
    built = build_sources(settings, env, policy=policy)
    try:
        yield built
    finally:
        for source in built.values():
            if not isinstance(source, SourceError):
                source.close()


def run_once(
    store: db.Store,
    settings: Settings,
    env: Environment,
    *,
    progress: Progress | None = None,
    sources: Sources | None = None,
    policy: RetryPolicy | None = None,
    drafter: Any = None,
) -> CycleReport:
    """One cycle (`poll --once`). `sources` overrides the clients built from `env`."""
    with _clients(settings, env, sources, policy) as clients:
        return run_cycle(store, settings, env, sources=clients, progress=progress, drafter=drafter)


def poll_forever(
    store: db.Store,
    settings: Settings,
    env: Environment,
    *,
    stop: threading.Event,
    progress: Progress | None = None,
    on_report: Callable[[CycleReport], Any] | None = None,
    sources: Sources | None = None,
    policy: RetryPolicy | None = None,
    interval_seconds: float | None = None,
    drafter: Any = None,
) -> int:
    """A cycle every `settings.poll.interval_minutes` (or `interval_seconds`) until `stop` is
    set, each report handed to `on_report`; returns the number of cycles run. An unexpected
    error in one cycle (in `on_report` too) is logged and the loop carries on."""
    interval = (
        interval_seconds if interval_seconds is not None else settings.poll.interval_minutes * 60
    )
    cycles = 0
    with _clients(settings, env, sources, policy) as clients:
        while not stop.is_set():
            try:
                report = run_cycle(
                    store, settings, env, sources=clients, progress=progress, drafter=drafter
                )
                if on_report is not None:
                    on_report(report)
            except db.StoreError as exc:  # a full disk may be freed by the next interval
                log.error("poll cycle stopped: %s", exc)
            except Exception:  # one bad cycle must not end the loop; the next one retries
                log.exception("poll cycle failed; trying again next interval")
            cycles += 1
            stop.wait(interval)
    return cycles
