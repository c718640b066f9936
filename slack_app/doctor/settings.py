"""The settings file: it loads, and names at least one location."""

from __future__ import annotations

from slack_app.config import Settings, SettingsError, config_path, load_settings
from slack_app.doctor.results import CheckResult


def check_settings(explicit_path: str | None) -> tuple[CheckResult, Settings | None]:
    path = config_path(explicit_path)
    try:
        settings = load_settings(explicit_path)
    except SettingsError as exc:
        fix = (
            "run `review-assistant init` to write one"
            if not path.exists()
            else f"edit {path} as the message says"
        )
        return CheckResult("Settings", "settings file", "fail", str(exc), fix), None
    locations = len(settings.locations)
    detail = f"{path}: {settings.practice.name}, {locations} location(s)"
    if locations == 0:
        return (
            CheckResult(
                "Settings",
                "settings file",
                "warn",
                detail,
                f"add a [[locations]] block to {path} so reviews can be fetched",
                required=False,
            ),
            settings,
        )
    return CheckResult("Settings", "settings file", "ok", detail), settings
