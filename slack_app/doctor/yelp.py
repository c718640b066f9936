"""Yelp: the Fusion API key reads each business's reviews; replies post through the partner
API or by hand.

Asked through the real `YelpSource` (its session, key and base URL).
"""

from __future__ import annotations

from slack_app.config import Environment, Settings
from slack_app.doctor.results import CheckResult, first_line


def _fix(status: int | None) -> str:
    if status in (401, 403):
        return "the key was rejected; copy the API key again from yelp.com/developers"
    if status == 404:
        return "check yelp_business_id: the last part of the business's yelp.com/biz/ address"
    if status == 429:
        return "the daily or per-second limit is used up; try again later"
    return "see the error above"


def check_yelp(settings: Settings | None, env: Environment, *, timeout: float = 10.0):
    if settings is None:
        return [CheckResult("Yelp", "API key", "skip", "settings not loaded", required=False)]
    businesses = [loc for loc in settings.locations if loc.yelp_business_id]
    if not businesses:
        return [
            CheckResult(
                "Yelp", "API key", "skip", "no location has yelp_business_id", required=False
            )
        ]
    if not env.yelp_api_key:
        return [
            CheckResult(
                "Yelp",
                "API key",
                "fail",
                "YELP_API_KEY is not set",
                "create an app at yelp.com/developers (Manage App) and put its API key in "
                "YELP_API_KEY",
            )
        ]
    from slack_app.sources.http_retry import RetryPolicy
    from slack_app.sources.probe import probe_yelp_business
    from slack_app.sources.yelp import YelpSource

    source = YelpSource(env, policy=RetryPolicy(timeout=timeout))
    try:
        results = [
            _business(location, probe_yelp_business(source, location.yelp_business_id))
            for location in businesses
        ]
    finally:
        source.close()
    if env.yelp_partner_token:
        results.append(
            CheckResult(
                "Yelp",
                "replies",
                "ok",
                "partner token set: replies post through Yelp's Respond-to-Reviews API",
                required=False,
            )
        )
    else:
        results.append(
            CheckResult(
                "Yelp",
                "replies",
                "warn",
                "no YELP_PARTNER_TOKEN: approved Yelp replies are copied and posted by hand",
                "optional: apply for Yelp's partner Respond-to-Reviews API access",
                required=False,
            )
        )
    results.append(_daily_calls(settings, source.calls))
    return results


def _business(location, probe) -> CheckResult:
    label = f"business {location.name}"
    business = location.yelp_business_id
    if not probe.reached:
        return CheckResult(
            "Yelp", label, "unreachable", first_line(probe.message), "check the network"
        )
    if probe.ok:
        total = probe.count if probe.count is not None else "?"
        return CheckResult("Yelp", label, "ok", f"{business}: {total} reviews")
    code = probe.code or f"HTTP {probe.status}"
    return CheckResult(
        "Yelp", label, "fail", f"{business}: {code} {probe.message}".strip(), _fix(probe.status)
    )


def _daily_calls(settings: Settings, probe_calls: int) -> CheckResult:
    """Yelp's calls a day: what the schedule uses against yelp.daily_call_budget, and what is
    used today (with doctor's own calls, counted like the poller's) when the database exists."""
    from datetime import UTC, datetime
    from pathlib import Path

    from slack_app.sources.yelp_budget import YelpBudget, calls_per_day

    budget = settings.yelp.daily_call_budget
    planned = calls_per_day(settings)
    businesses = sum(1 for loc in settings.locations if loc.yelp_business_id)
    minutes = max(settings.yelp.interval_minutes, settings.poll.interval_minutes)
    schedule = (
        f"{businesses} business{'es' if businesses != 1 else ''} polled every {minutes:g} min "
        f"use {planned} calls a day of yelp.daily_call_budget ({budget})"
    )
    today = ""
    used = 0
    if Path(settings.database.path).exists():
        from slack_app.store import Store, StoreError

        try:
            with Store(settings.database.path) as store:
                now = datetime.now(UTC)
                used = YelpBudget(store, settings).record(probe_calls, now)
            today = f"; {used} used today (UTC), doctor's checks included"
        except StoreError as exc:
            today = f"; calls used today unknown ({exc})"
    if used >= budget:
        return CheckResult(
            "Yelp",
            "daily calls",
            "warn",
            f"the budget is used up today ({used} of {budget}): Yelp is left alone until "
            f"midnight UTC; {schedule}",
            "wait for midnight UTC, or raise yelp.daily_call_budget if your Yelp plan allows "
            "more calls",
            required=False,
        )
    if planned > budget:
        needed = -(-24 * 60 * businesses // budget)  # minutes between polls that fit
        return CheckResult(
            "Yelp",
            "daily calls",
            "warn",
            f"{schedule}: Yelp will stop for part of each day{today}",
            f"set yelp.interval_minutes = {needed} or more, or raise yelp.daily_call_budget "
            "to your plan's daily limit (docs/operations.md, Yelp)",
            required=False,
        )
    return CheckResult("Yelp", "daily calls", "ok", schedule + today)
