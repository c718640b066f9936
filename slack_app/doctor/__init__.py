"""`review-assistant doctor`: the checks, as plain functions returning results.

Each check returns `CheckResult`s; nothing here prints. A check that cannot reach its service
says so (status `unreachable`) instead of raising, so the checklist is always complete. No
secret value is ever put into a result: tokens are described by their prefix only (and the
CLI's output is redacted like everything else it prints).

One module per service, each asking through the app's own client for it:

    settings.py     the settings file loads
    slack.py        tokens, auth.test and scopes, channels, people (slack.probe: the WebClient)
    manifest.py     reading manifest.yml's entries (scopes, the Home tab, events) without YAML
    office.py       reminders and the digest: the practice's zone and hours, the schedule, the
                    Home tab and files:write in the manifest and the token, the digest channel
    google.py       OAuth and each location (GoogleSource.probe_credentials / probe)
    yelp.py         the API key and each business (YelpSource's session)
    model.py        the drafting model (OpenAIDrafter's client)
    guardrail.py    the practice's own contact details and the reply templates pass
    results.py      CheckResult, exit_code
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from slack_app.config import Environment
from slack_app.doctor.database import check_database
from slack_app.doctor.google import check_google
from slack_app.doctor.guardrail import check_guardrail
from slack_app.doctor.model import check_model
from slack_app.doctor.office import check_office
from slack_app.doctor.results import CheckResult, Status, exit_code
from slack_app.doctor.settings import check_settings
from slack_app.doctor.slack import check_slack, check_slack_tokens, manifest_bot_scopes
from slack_app.doctor.yelp import check_yelp

__all__ = [
    "CheckResult",
    "Status",
    "check_google",
    "check_guardrail",
    "check_model",
    "check_office",
    "check_settings",
    "check_slack",
    "check_slack_tokens",
    "check_yelp",
    "exit_code",
    "manifest_bot_scopes",
    "run_checks",
]


def run_checks(
    config: str | None,
    env: Environment,
    *,
    manifest_path: Path | None = None,
    timeout: float = 10.0,
    on_result: Callable[[CheckResult], None] | None = None,
) -> list[CheckResult]:
    """Every check, in checklist order. `on_result` sees each result as soon as it exists."""
    results: list[CheckResult] = []

    def add(items: Iterable[CheckResult]) -> None:
        for item in items:
            results.append(item)
            if on_result is not None:
                on_result(item)

    settings_result, settings = check_settings(config)
    add([settings_result])
    add(check_database(settings))
    add(check_slack(settings, env, manifest_path=manifest_path, timeout=timeout))
    add(check_google(settings, env, timeout=timeout))
    add(check_yelp(settings, env, timeout=timeout))
    add(check_model(settings, env, timeout=timeout))
    add(check_guardrail(settings))
    add(check_office(settings, env, manifest_path=manifest_path, timeout=timeout))
    return results
