"""The digest in Slack: one message of figures with week-over-week change and links to the
longest-waiting cards (chat.getPermalink), then the 12-week chart uploaded with
`files_upload_v2` (with alt text) into the same channel.

`slack_app.digest` decides which period is due and claims it in the store, so it is sent once
across restarts and processes; a claim left unsent (the process stopped, or Slack refused it) is
taken over after five minutes, and the channel's history (message metadata) is read first so a
digest that did go out is recorded, not repeated.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from slack_sdk.errors import SlackApiError, SlackClientError

from slack_app import digest
from slack_app import store as db
from slack_app.chart import chart_alt_text, weekly_chart_png
from slack_app.config import Settings
from slack_app.digest import DigestContent
from slack_app.slack.blocks import kit
from slack_app.slack.blocks.kit import SOURCE_LABELS, escape, fit
from slack_app.slack.office_text import (
    change,
    hours_text,
    percent,
    rating_text,
    waiting_line,
)

log = logging.getLogger(__name__)

DIGEST_EVENT = "review_digest"  # message metadata event_type
HISTORY_LIMIT = 100
Link = Callable[[str, str], str]


def _field(title: str, value: str, delta: str = "") -> dict:
    shown = f"{value}  ({delta})" if delta and delta != "no change" else value
    return kit.text_object(fit(f"*{title}*\n{shown}", 2000, escaped=False))


def digest_blocks(
    content: DigestContent, *, practice: str, now: datetime, link: Link
) -> list[dict]:
    """The digest message: a header, ten figures with their change against the same span a
    week earlier, the mix by site and stars, and the longest-waiting replies."""
    now_, before = content.current, content.previous
    kind = "Daily" if content.period.schedule == "daily" else "Weekly"
    fields = [
        _field("New reviews", str(now_.new_reviews), change(now_.new_reviews, before.new_reviews)),
        _field(
            "Average rating",
            rating_text(now_.average_rating),
            change(now_.average_rating, before.average_rating, decimals=1),
        ),
        _field(
            "Replies posted",
            str(now_.replies_posted)
            + (
                f" ({now_.google_rejections} rejected by Google)"
                if now_.google_rejections
                else ""
            ),
            change(now_.replies_posted, before.replies_posted),
        ),
        _field(
            "Response rate",
            percent(now_.response_rate),
            change(
                None if now_.response_rate is None else now_.response_rate * 100,
                None if before.response_rate is None else before.response_rate * 100,
                unit=" pts",
            ),
        ),
        _field(
            "Time to reply",
            f"median {hours_text(now_.reply_hours_median)} · 90% within "
            f"{hours_text(now_.reply_hours_p90)}",
            change(now_.reply_hours_median, before.reply_hours_median, decimals=1, unit=" h"),
        ),
        _field(
            "Waiting now",
            f"{content.waiting}"
            + (
                f" ({now_.waiting_by_age['over 3 days']} over 3 days)"
                if now_.waiting_by_age.get("over 3 days")
                else ""
            ),
        ),
        _field(
            "Escalations",
            f"{now_.escalated} new · {now_.escalations_cleared} cleared · "
            f"{now_.escalations_open} open",
        ),
        _field(
            "Follow-ups recorded",
            str(now_.follow_ups)
            + "".join(
                f"\n{db.FOLLOW_UP_OUTCOMES[code]}: {count}"
                for code, count in now_.follow_ups_by_outcome.items()
            ),
        ),
        _field(
            "Drafts needing repair",
            f"{now_.drafts_repaired} of {now_.drafted}"
            + (f" ({percent(now_.drafts_repaired / now_.drafted)})" if now_.drafted else "")
            + "".join(
                f"\n`{escape(rule)}` ×{n}" for rule, n in list(now_.findings_by_rule.items())[:3]
            ),
        ),
        _field(
            "Approver edits",
            f"{now_.approvals_edited} of {now_.approvals} approvals"
            + (
                f", {percent(now_.edit_share_mean)} of the words changed"
                if now_.edit_share_mean is not None
                else ""
            ),
        ),
    ]
    span = "day" if content.period.schedule == "daily" else "week"
    blocks: list[dict] = [
        {"type": "header", "text": kit.text_object(f"{kind} review digest", kind="plain_text")},
        kit.context(
            f"{escape(fit(practice, 200))} · {escape(content.period.label())} · changes are "
            f"against the same {span} a week earlier"
        ),
        {"type": "section", "fields": fields},
    ]
    mix = " · ".join(
        f"{escape(SOURCE_LABELS.get(s, s.title()))} {n}" for s, n in now_.new_by_source.items()
    )
    stars = " · ".join(
        f"{'★' * int(k) if k != 'none' else 'no rating'} {n}" for k, n in now_.new_by_stars.items()
    )
    if mix:
        blocks.append(kit.context(f"By site: {mix}", f"By stars: {stars}"))
    if content.oldest:
        lines = [waiting_line(r, now, link(r.card_channel, r.card_ts)) for r in content.oldest]
        more = content.waiting - len(content.oldest)
        waiting = fit("*Waiting longest*\n" + "\n".join(lines), 3000, escaped=False)
        blocks.append(kit.section(waiting))
        if more > 0:
            blocks.append(kit.context(f"and {more} more waiting."))
    blocks.append(kit.context(f"The chart of the last {len(content.weeks)} weeks follows."))
    return blocks


def fallback_text(content: DigestContent) -> str:
    figures = content.current
    where = f" ({content.location})" if content.location is not None else ""
    return (
        f"Review digest{where} for {content.period.label()}: {figures.new_reviews} new reviews, "
        f"{figures.replies_posted} replies posted, {content.waiting} waiting."
    )


def chart_title(content: DigestContent) -> str:
    return f"Reviews per week, last {len(content.weeks)} weeks (to {content.period.label()})"


def _already_posted(client: Any, channel: str, key: str) -> str:
    history = client.conversations_history(
        channel=channel, include_all_metadata=True, limit=HISTORY_LIMIT
    )
    for message in history.get("messages") or []:
        meta = message.get("metadata") or {}
        if meta.get("event_type") == DIGEST_EVENT and (
            (meta.get("event_payload") or {}).get("period") == key
        ):
            return message["ts"]
    return ""


def upload_chart(client: Any, channel: str, content: DigestContent, png: bytes) -> str:
    """files_upload_v2 into the digest's channel; returns the file id (raises on failure)."""
    response = client.files_upload_v2(
        channel=channel,
        file=png,
        filename=f"review-digest-{content.period.key.replace(':', '-')}.png",
        title=chart_title(content),
        alt_txt=chart_alt_text(content.weeks),
    )
    return response["file"]["id"]


def send_digest(
    client: Any, store: db.Store, settings: Settings, now: datetime, *, actor: str, link: Link
) -> str | None:
    """Post the digest due at `now` (the practice's, and each location's with its own review
    channel) where this process wins it; returns the period key if any message went out."""
    period = digest.due_digest(store, settings, now)
    if period is None:
        return None
    sent = [
        _send_one(client, store, settings, now, period, target, actor=actor, link=link)
        for target in digest.digest_targets(settings)
    ]
    return period.key if any(sent) else None


def _send_one(
    client: Any,
    store: db.Store,
    settings: Settings,
    now: datetime,
    period: Any,
    target: digest.DigestTarget,
    *,
    actor: str,
    link: Link,
) -> bool:
    key = target.key(period)
    claim = digest.claim(store, period, actor=actor, now=now, target=target)
    if not claim:
        return False
    channel = target.channel
    if not channel:  # said once per period, not every tick
        log.error("the %s digest is skipped: set digest.channel or slack.review_channel", key)
        digest.record(
            store, period, channel="", ts="", actor=actor, now=now, skipped="no channel",
            target=target,
        )
        return False
    content = digest.digest_content(store, period, now, location=target.location)
    title = settings.practice.name
    if target.location is not None:
        title = f"{settings.practice.name} · {target.location}"
    try:
        ts = _already_posted(client, channel, key) if claim == "stale" else ""
        if not ts:
            ts = client.chat_postMessage(
                channel=channel,
                blocks=digest_blocks(content, practice=title, now=now, link=link),
                text=fallback_text(content),
                metadata={"event_type": DIGEST_EVENT, "event_payload": {"period": key}},
            )["ts"]
    except (SlackApiError, OSError) as exc:
        error = exc.response.get("error") if isinstance(exc, SlackApiError) else str(exc)
        # The claim stays: after five minutes it is taken over, the history read, tried again.
        log.warning("the %s digest was not posted: %s; trying again in 5 minutes", key, error)
        return False
    digest.record(store, period, channel=channel, ts=ts, actor=actor, now=now, target=target)
    try:
        file_id = upload_chart(client, channel, content, weekly_chart_png(content.weeks))
    except (SlackClientError, OSError, KeyError, TypeError) as exc:
        # The figures went out; a missing chart is logged, not retried.
        log.warning("the %s digest's chart was not uploaded: %s", key, exc)
        db.update_delivery_detail(store, digest.KIND, key, chart_error=str(exc)[:200])
    else:
        db.update_delivery_detail(store, digest.KIND, key, chart_file=file_id)
    log.info("posted the %s digest to %s", key, channel)
    return True
