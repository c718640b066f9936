"""Post new review cards to the review channel, paced and exactly once, and run the poll loop
with Slack (`start_poller`, the poller thread of `review-assistant run`).

For each prepared review without a card: claim it (one conditional UPDATE of
`announce_claimed_at`, so two processes never both post), post the card with message metadata
`{event_type: "review_card", event_payload: {review_key}}`, then store channel and ts. A claim
left without a ts by a crash is first looked up in `conversations.history` (with
`include_all_metadata`): if the card is there its ts is recorded and nothing is reposted.

Pacing: at most `settings.slack.announce_per_second` cards a second per channel. A 429 is
retried after its Retry-After by slack_sdk's RateLimitErrorRetryHandler on the WebClient.

After each poll cycle (`pipeline.poll_forever`) `publish` redraws the cards of replies the
cycle handed back from `posting`, posts the pending cards, sends the pending escalation
messages to the risk managers (`notices`) and the source alerts (`alerts`); `poll` uses it too.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from slack_sdk.errors import SlackApiError

from slack_app import store as db
from slack_app import workflow
from slack_app.config import Environment, Settings
from slack_app.pipeline import CycleReport, poll_forever, prepare_reviews
from slack_app.slack import alerts, cards, notices

log = logging.getLogger(__name__)

ANNOUNCE_STATES = ("drafted", "escalated", "cleared", "post_failed", "approved")
HISTORY_LIMIT = 200


@dataclass
class AnnounceReport:
    posted: list[str] = field(default_factory=list)
    recovered: list[str] = field(default_factory=list)  # found in history after a crash
    skipped: list[str] = field(default_factory=list)  # claimed by someone else just now
    failed: dict[str, str] = field(default_factory=dict)
    notices: notices.NoticeReport = field(default_factory=notices.NoticeReport)
    alerts: int = 0  # source alerts and recovery lines posted

    def summary(self) -> str:
        text = (
            f"cards posted {len(self.posted)}, recovered {len(self.recovered)}, "
            f"skipped {len(self.skipped)}, failed {len(self.failed)}"
        )
        sent, failed = self.notices.sent + self.notices.recovered, self.notices.failed
        if sent or failed:
            text += f"; risk manager messages sent {len(sent)}, failed {len(failed)}"
        if self.alerts:
            text += f"; source alerts posted {self.alerts}"
        return text


class Pacer:
    """At most `per_second` posts a second (per channel)."""

    def __init__(self, per_second: float, *, sleep: Callable[[float], None] = time.sleep):
        self.interval = 1.0 / per_second
        self.sleep = sleep
        self._last: dict[str, float] = {}

    def wait(self, channel: str) -> None:
        last = self._last.get(channel)
        if last is not None:
            remaining = self.interval - (time.monotonic() - last)
            if remaining > 0:
                self.sleep(remaining)
        self._last[channel] = time.monotonic()


def pending_keys(store: db.Store) -> list[str]:
    """Prepared reviews from the sites whose card is not in Slack yet, oldest first.
    Pasted (`manual`) reviews are shared by their author, never announced."""
    return [
        row["review_key"]
        for row in db.reply_states(store, ANNOUNCE_STATES)
        if not row["announced_at"]
        and not row["card_ts"]
        and not row["review_key"].startswith("manual:")
    ]


def _posted_cards(client: Any, channel: str) -> dict[str, str]:
    """review_key -> ts of the cards found in the channel's recent history."""
    found: dict[str, str] = {}
    response = client.conversations_history(
        channel=channel, include_all_metadata=True, limit=HISTORY_LIMIT
    )
    for message in response.get("messages") or []:
        meta = message.get("metadata") or {}
        if meta.get("event_type") == cards.CARD_EVENT:
            key = (meta.get("event_payload") or {}).get("review_key")
            if key and key not in found:
                found[key] = message["ts"]
    return found


def send_card(client: Any, store: db.Store, key: str, channel: str) -> tuple[str, str]:
    """Post the review's card (with its metadata) and return Slack's (channel, ts). Raises
    workflow.CardNotPosted with Slack's error code."""
    card, text = cards.render(store, key)
    try:
        response = client.chat_postMessage(
            channel=channel, blocks=card, text=text, metadata=cards.metadata(key)
        )
    except SlackApiError as exc:
        raise workflow.CardNotPosted(exc.response.get("error") or str(exc)) from exc
    return response["channel"], response["ts"]


def post_card(client: Any, store: db.Store, key: str, channel: str) -> str:
    """Post the card and record where; returns the ts. Raises workflow.CardNotPosted."""
    posted_channel, ts = send_card(client, store, key, channel)
    workflow.record_card(store, key, posted_channel, ts, detail={"channel": channel, "ts": ts})
    return ts


def _review_channels(
    store: db.Store, settings: Settings, keys: list[str], report: AnnounceReport
) -> dict[str, str]:
    """Each review's card channel: its office's review_channel (a location's own, else
    slack.review_channel). Reviews whose office has none fail in `report`, said once."""
    channels: dict[str, str] = {}
    missing: dict[str, int] = {}
    for key in keys:
        review = db.get_review(store, key)
        office = settings.office_for(review.location_id if review else "")
        if office.review_channel:
            channels[key] = office.review_channel
            continue
        setting = office.setting("review_channel")
        report.failed[key] = f"{setting} is not set in the settings file"
        missing[setting] = missing.get(setting, 0) + 1
    for setting, count in missing.items():
        log.error("cannot announce %d review(s): %s is not set", count, setting)
    return channels


def announce_pending(
    store: db.Store,
    settings: Any,
    env: Any,
    client: Any,
    *,
    stale_after_seconds: float = 120.0,
    pacer: Pacer | None = None,
) -> AnnounceReport:
    """Post every pending card once, each in its office's review channel (the risk managers'
    messages are `notices.deliver`)."""
    report = AnnounceReport()
    keys = pending_keys(store)
    if not keys:
        return report
    channels = _review_channels(store, settings, keys, report)
    keys = [key for key in keys if key in channels]
    if not keys:
        return report
    pacer = pacer or Pacer(settings.slack.announce_per_second)
    claimed_before = {
        row["review_key"]
        for row in db.reply_states(store, ANNOUNCE_STATES)
        if row["announce_claimed_at"] and not row["announced_at"]
    } & set(keys)
    history: dict[str, str] = {}
    for channel in sorted({channels[key] for key in claimed_before}):
        try:
            history.update(_posted_cards(client, channel))
        except SlackApiError as exc:
            # Without history we cannot tell whether those cards went out: leave them for later.
            log.warning(
                "conversations.history of %s failed (%s); retrying claimed cards later",
                channel,
                exc.response.get("error"),
            )
            unknown = {key for key in claimed_before if channels[key] == channel}
            for key in unknown:
                report.failed[key] = "could not check channel history"
            keys = [k for k in keys if k not in unknown]
    for key in keys:
        channel = channels[key]
        if key in history:
            workflow.record_card(
                store,
                key,
                channel,
                history[key],
                action="card.recovered",
                detail={"ts": history[key]},
            )
            report.recovered.append(key)
            continue
        if not db.claim_announcement(store, key, stale_after_seconds=stale_after_seconds):
            report.skipped.append(key)
            continue
        pacer.wait(channel)
        try:
            post_card(client, store, key, channel)
        except workflow.CardNotPosted as exc:
            log.warning("posting the card for %s failed: %s", key, exc)
            report.failed[key] = str(exc)
            continue
        report.posted.append(key)
    if report.posted or report.failed:
        log.info("announce: %s", report.summary())
    return report


def deliver_pending(
    client: Any, store: db.Store, settings: Settings, env: Environment, directory: Any = None
) -> AnnounceReport:
    """Everything that waits to go to Slack: cards, then the risk managers' messages, then
    the source alerts. Each is delivered once, whatever stopped an earlier process."""
    from slack_app.approvers import Directory

    report = announce_pending(store, settings, env, client)
    report.notices = notices.deliver(client, store, settings, directory or Directory(client))
    report.alerts = alerts.post_alerts(client, store, settings)
    return report


def publish(
    client: Any,
    store: db.Store,
    settings: Settings,
    env: Environment,
    report: CycleReport,
    directory: Any = None,
) -> AnnounceReport:
    """What follows a poll cycle in Slack: redraw the cards of replies handed back from
    `posting` and those the cycle's Google upkeep changed (rejected by Google, review removed
    or edited), each with a thread line; then deliver everything pending (an edit that made a
    review risky recorded its escalation, so its notices go out here too)."""
    for key in report.recovered:
        cards.refresh(
            client, store, key, workflow.MACHINE_ACTOR, "posting was interrupted; check the site"
        )
    for change in getattr(report, "card_changes", ()):
        if change.line:
            cards.refresh(client, store, change.key, workflow.MACHINE_ACTOR, change.line)
        else:
            cards.update(client, store, change.key)
    return deliver_pending(client, store, settings, env, directory)


def process_new_reviews(
    store: db.Store,
    settings: Settings,
    env: Environment,
    client: Any,
    reviews: list,
    drafter: Any = None,
) -> AnnounceReport:
    """Prepare every review, then deliver the pending cards and messages."""
    prepare_reviews(store, settings, env, reviews, drafter)
    return deliver_pending(client, store, settings, env)


def start_poller(
    store: db.Store,
    settings: Settings,
    env: Environment,
    client: Any,
    *,
    drafter: Any = None,
    stop: threading.Event,
) -> threading.Thread:
    """A daemon thread running the poll loop; after each cycle its cards go to Slack."""
    from slack_app.approvers import Directory

    directory = Directory(client)

    def loop() -> None:
        poll_forever(
            store,
            settings,
            env,
            stop=stop,
            drafter=drafter,
            on_report=lambda report: publish(client, store, settings, env, report, directory),
        )

    thread = threading.Thread(target=loop, name="review-poller", daemon=True)
    thread.start()
    return thread
