"""Reminders, the digest and the Home tab: the practice's clock, the schedule, and what Slack
must allow for them (the Home tab and its event in manifest.yml, files:write for the chart
granted to the token, the bot in the digest's channel).

Slack is asked through `slack.probe` (the app's own WebClient); the manifest is read as text.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from slack_app.config import Environment, Settings
from slack_app.doctor.manifest import default_manifest_path, manifest_entries
from slack_app.doctor.results import OPS, CheckResult
from slack_app.doctor.slack import _check_channel
from slack_app.hours import BusinessHours, next_digest_at, practice_zone, zone_name

AREA = "Reminders & digest"
UPDATE_APP = (
    "update the app from manifest.yml (App Manifest page), then reinstall it "
    "(OAuth & Permissions -> Reinstall) and copy the new bot token"
)


def check_manifest(manifest_path: Path) -> list[CheckResult]:
    try:
        text = manifest_path.read_text(encoding="utf-8")
    except OSError:
        return [
            CheckResult(
                AREA,
                "manifest",
                "warn",
                f"{manifest_path} not found; cannot check the Home tab and its event",
                required=False,
            )
        ]
    home = manifest_entries(text, ("features", "app_home", "home_tab_enabled")) == ["true"]
    event = "app_home_opened" in manifest_entries(
        text, ("settings", "event_subscriptions", "bot_events")
    )
    scope = "files:write" in manifest_entries(text, ("oauth_config", "scopes", "bot"))
    missing = [
        what
        for what, there in (
            ("features.app_home.home_tab_enabled: true", home),
            ("the app_home_opened bot event", event),
            ("the files:write scope", scope),
        )
        if not there
    ]
    if missing:
        return [
            CheckResult(
                AREA,
                "manifest",
                "fail",
                f"manifest.yml lacks {', '.join(missing)}",
                f"restore them from this version's manifest.yml, then {UPDATE_APP}",
            )
        ]
    return [
        CheckResult(
            AREA, "manifest", "ok", "Home tab, app_home_opened and files:write are in manifest.yml"
        )
    ]


def check_office(
    settings: Settings | None,
    env: Environment,
    *,
    manifest_path: Path | None = None,
    timeout: float = 10.0,
    now: datetime | None = None,
) -> list[CheckResult]:
    results = check_manifest(manifest_path or default_manifest_path())
    if settings is None:
        return [
            *results,
            CheckResult(AREA, "schedule", "skip", "settings not loaded", required=False),
        ]
    now = now or datetime.now(UTC)
    zone = practice_zone(settings)
    if settings.practice.timezone:
        results.append(CheckResult(AREA, "time zone", "ok", zone_name(zone)))
    else:
        results.append(
            CheckResult(
                AREA,
                "time zone",
                "warn",
                f"practice.timezone is not set: using this machine's zone ({zone_name(zone)})",
                'set it, e.g. timezone = "America/Chicago" under [practice], so reminders and '
                f"the digest keep the practice's hours wherever the app runs ({OPS})",
                required=False,
            )
        )
    hours = BusinessHours.of(settings)
    if settings.reminders.enabled:
        results.append(
            CheckResult(
                AREA,
                "reminders",
                "ok",
                f"after {settings.reminders.after_hours:g} h, {hours.describe()}",
            )
        )
    else:
        results.append(
            CheckResult(AREA, "reminders", "skip", "reminders.enabled is false", required=False)
        )
    due = next_digest_at(settings, now)
    if due is None:
        results.append(
            CheckResult(AREA, "digest", "skip", 'digest.schedule is "off"', required=False)
        )
        return results
    local = due.astimezone(zone)
    results.append(
        CheckResult(
            AREA,
            "digest",
            "ok",
            f"{settings.digest.schedule}; next {local:%a %b} {local.day} {local:%H:%M} "
            f"({zone_name(zone)})",
        )
    )
    if env.slack_bot_token.startswith("xoxb-"):
        results += _check_slack_side(settings, env, timeout)
    return results


def _check_slack_side(settings: Settings, env: Environment, timeout: float) -> list[CheckResult]:
    from slack_app.slack.probe import SlackProbe

    probe = SlackProbe(env, timeout=timeout)
    results = []
    auth = probe.auth()
    if auth.ok:
        granted = next((v for k, v in auth.headers.items() if k.lower() == "x-oauth-scopes"), None)
        if isinstance(granted, list):
            granted = ",".join(granted)
        if granted is not None and "files:write" not in {s.strip() for s in granted.split(",")}:
            results.append(
                CheckResult(
                    AREA,
                    "chart upload",
                    "fail",
                    "the bot token lacks files:write: the digest goes out without its chart",
                    UPDATE_APP,
                )
            )
        elif granted is not None:
            results.append(CheckResult(AREA, "chart upload", "ok", "files:write granted"))
    if settings.digest.channel:
        channel = _check_channel(probe, "digest channel", settings.digest.channel)
        results.append(replace(channel, area=AREA))
    return results
