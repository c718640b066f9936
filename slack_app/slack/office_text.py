"""Words and numbers the digest, the App Home and reminders share: ages, changes, mentions,
and one line per waiting reply. Pure functions (no client, no store)."""

from __future__ import annotations

from datetime import datetime, timedelta

from slack_app.slack.blocks import SOURCE_LABELS, escape, fit
from slack_app.stats import WaitingReply

# What a waiting reply needs, by state (the App Home, the digest, reminders).
WAITING_FOR = {
    "drafted": "ready to approve",
    "cleared": "cleared by a risk manager, ready to approve",
    "post_failed": "posting failed: retry or dismiss",
    "approved": "approved: paste it on the site, then Mark as posted",
    "escalated": "escalated: clear it or keep it on hold",
}
DASH = "–"


def mention(configured_id: str) -> str:
    """A Slack mention of a configured user (U.../W...) or user group (S...)."""
    if configured_id.startswith("S"):
        return f"<!subteam^{configured_id}>"
    return f"<@{configured_id}>"


def age_text(age: timedelta) -> str:
    """ "45 minutes", "5 hours", "3 days" (whole units, rounded down)."""
    minutes = int(age.total_seconds() // 60)
    if minutes < 60:
        return f"{minutes} minute{'s' * (minutes != 1)}"
    hours = minutes // 60
    if hours < 48:
        return f"{hours} hour{'s' * (hours != 1)}"
    return f"{hours // 24} days"


def hours_text(hours: float | None) -> str:
    if hours is None:
        return DASH
    if hours < 48:
        return f"{hours:.1f} h"
    return f"{hours / 24:.1f} days"


def percent(share: float | None) -> str:
    return DASH if share is None else f"{share * 100:.0f}%"


def rating_text(rating: float | None) -> str:
    return DASH if rating is None else f"{rating:.1f}★"


def change(
    current: float | None, previous: float | None, *, decimals: int = 0, unit: str = ""
) -> str:
    """ "▲ 3", "▼ 0.2 h", "no change", or "" when either side is missing."""
    if current is None or previous is None:
        return ""
    delta = current - previous
    if round(delta, decimals) == 0:
        return "no change"
    return f"{'▲' if delta > 0 else '▼'} {abs(delta):.{decimals}f}{unit}"


def review_title(reply: WaitingReply) -> str:
    source = SOURCE_LABELS.get(reply.source, reply.source.title())
    stars = f" · {'★' * reply.stars}" if reply.stars else ""
    where = f" · {reply.location_name}" if reply.location_name else ""
    return f"{source}{where}{stars}"


def waiting_line(reply: WaitingReply, now: datetime, link: str = "") -> str:
    """One mrkdwn line: the review (linked to its card when there is a link), the reviewer,
    what it needs and how long it has waited."""
    title = escape(review_title(reply))
    shown = f"<{link}|{title}>" if link else f"*{title}*"
    who = f" · {fit(reply.reviewer_name, 80)}" if reply.reviewer_name else ""
    need = WAITING_FOR.get(reply.state, reply.state.replace("_", " "))
    return f"{shown}{who}\n{need} · waiting {age_text(reply.age(now))}"
