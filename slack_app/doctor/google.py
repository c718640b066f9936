"""Google: the OAuth client and refresh token work, and each location's reviews can be read.

Asked through the real `GoogleSource` (its credentials, scope and base URLs): its
`probe_credentials()` and `probe(location)`.
"""

from __future__ import annotations

from slack_app.config import Environment, Settings
from slack_app.doctor.results import OPS, CheckResult, first_line

# HTTP status -> what to do about a location Google refused
_LOCATION_FIXES = {
    403: "the Google account behind the refresh token must be an owner or manager of "
    "this location, and the project needs Business Profile API access",
    404: "check google_location (accounts/ACCOUNT_ID/locations/LOCATION_ID) in the settings file",
    429: "quota exhausted; wait a minute (or request API access if the quota is 0)",
}


def check_google(settings: Settings | None, env: Environment, *, timeout: float = 10.0):
    if settings is None:
        return [CheckResult("Google", "credentials", "skip", "settings not loaded", required=False)]
    locations = [loc for loc in settings.locations if loc.google_location]
    if not locations:
        return [
            CheckResult(
                "Google",
                "credentials",
                "skip",
                "no location has google_location",
                required=False,
            )
        ]
    from slack_app.sources.google import GoogleSource, missing_credentials
    from slack_app.sources.http_retry import RetryPolicy

    missing = missing_credentials(env)
    if missing:
        return [
            CheckResult(
                "Google",
                "credentials",
                "fail",
                f"{', '.join(missing)} not set",
                f"create an OAuth client and a refresh token with scope business.manage ({OPS}, "
                "Google)",
            )
        ]
    source = GoogleSource(env, policy=RetryPolicy(timeout=timeout))
    try:
        credentials = source.probe_credentials()
        if not credentials.ok:
            return [_credentials_problem(credentials, source.token_uri)]
        results = [CheckResult("Google", "credentials", "ok", "the refresh token works")]
        for location in locations:
            results.append(_location(location, source.probe(location.google_location)))
        return results
    finally:
        source.close()


def _credentials_problem(probe, token_uri: str) -> CheckResult:
    text = probe.message
    if not probe.reached:
        return CheckResult(
            "Google",
            "credentials",
            "unreachable",
            f"could not reach {token_uri}: {first_line(text)}",
            "check the network (and GOOGLE_TOKEN_URI, which is normally unset)",
        )
    if "invalid_grant" in text:
        detail = "the refresh token was revoked or has expired (invalid_grant)"
        fix = (
            "make a new refresh token with the same OAuth client (scope business.manage) and "
            f"put it in GOOGLE_REFRESH_TOKEN ({OPS}, Google); tokens of an app in "
            "'Testing' status expire after 7 days, so publish the consent screen"
        )
    elif "invalid_client" in text:
        detail = "Google rejected the OAuth client (invalid_client)"
        fix = "check GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET belong to the same client"
    else:
        detail = f"token refresh failed: {first_line(text)}"
        fix = f"check the Google OAuth values ({OPS}, Google)"
    return CheckResult("Google", "credentials", "fail", detail, fix)


def _location(location, probe) -> CheckResult:
    label = f"location {location.name}"
    where = location.google_location
    if not probe.reached:
        return CheckResult(
            "Google", label, "unreachable", first_line(probe.message), "check the network"
        )
    if probe.ok:
        count = f"{probe.count} reviews" if probe.count is not None else "reviews readable"
        return CheckResult("Google", label, "ok", f"{where}: {count}")
    return CheckResult(
        "Google",
        label,
        "fail",
        f"{where}: HTTP {probe.status} {probe.message or probe.reason}",
        _LOCATION_FIXES.get(probe.status, "see the error above"),
    )
