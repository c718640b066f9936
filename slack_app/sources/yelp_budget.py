"""Yelp's own pace: its poll interval and its daily call budget.

Yelp's Places API plans allow a few hundred calls a day (the Starter plan 300, counted per UTC
day; docs/operations.md, "Yelp"), and each business costs one call a poll: three offices polled
every 15 minutes already use 288. So a business is polled at most every
`yelp.interval_minutes` (default hourly), and every call the app makes to Yelp's API (polls
and doctor's checks, retries included) is counted per UTC day in the store; when the day's
count reaches `yelp.daily_call_budget`, Yelp is paused until midnight UTC the way Yelp's own
cap pauses it (said once, in the poll's notices; not a failure).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from slack_app.config import Settings
from slack_app.sources import format_time, parse_time
from slack_app.store import Store, add_api_calls, api_calls, get_sync_state, set_sync_state

SOURCE = "yelp"
SOURCE_WIDE = "*"  # the sync_state row of a source-wide pause (as the poller's)


def utc_day(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d")


def next_midnight(moment: datetime) -> datetime:
    day = moment.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    return day + timedelta(days=1)


def calls_per_day(settings: Settings) -> int:
    """The calls a day the configured businesses use when polled on schedule."""
    businesses = sum(1 for location in settings.locations if location.yelp_business_id)
    minutes = max(settings.yelp.interval_minutes, settings.poll.interval_minutes)
    return businesses * int((24 * 60) // minutes or 1)


class YelpBudget:
    def __init__(self, store: Store, settings: Settings) -> None:
        self.store = store
        self.interval = timedelta(minutes=settings.yelp.interval_minutes)
        self.budget = settings.yelp.daily_call_budget

    def not_due(self, business_id: str, now: datetime) -> str:
        """Why `business_id` is not polled now ("" when it is due): polled less than
        yelp.interval_minutes ago, successfully or not."""
        row = get_sync_state(self.store, SOURCE, business_id) or {}
        tried = [row.get("last_success_at") or "", row.get("last_error_at") or ""]
        last = max(tried)
        if not last:
            return ""
        due = parse_time(last) + self.interval
        if now >= due:
            return ""
        minutes = self.interval.total_seconds() / 60
        return (
            f"not due: polled at {parse_time(last):%H:%M} UTC, next after {due:%H:%M} UTC "
            f"(every {minutes:g} min, yelp.interval_minutes)"
        )

    def calls_today(self, now: datetime) -> int:
        return api_calls(self.store, SOURCE, utc_day(now))

    def spent(self, now: datetime) -> str:
        """When today's calls have reached the budget: pause Yelp until midnight UTC and say
        why (the pause's reason); else ""."""
        used = self.calls_today(now)
        if used < self.budget:
            return ""
        until = next_midnight(now)
        reason = (
            f"Yelp's daily call budget is used up ({used} of {self.budget} calls today, "
            f"yelp.daily_call_budget); Yelp paused until {format_time(until)}"
        )
        set_sync_state(
            self.store, SOURCE, SOURCE_WIDE, paused_until=format_time(until), pause_reason=reason
        )
        return reason

    def record(self, calls: int, now: datetime) -> int:
        """Count `calls` made today; returns today's total."""
        return add_api_calls(self.store, SOURCE, utc_day(now), calls) if calls else (
            self.calls_today(now)
        )
