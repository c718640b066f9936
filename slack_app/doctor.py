"""`review-assistant doctor`: the checks, as plain functions returning results.

Each check returns `CheckResult`s; nothing here prints. A check that cannot reach its service
says so (status `unreachable`) instead of raising, so the checklist is always complete. No
secret value is ever put into a result: tokens are described by their prefix only.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Literal

from slack_app.config import Environment, Settings, SettingsError, config_path, load_settings

Status = Literal["ok", "warn", "fail", "unreachable", "skip"]

DEFAULT_SLACK_API_URL = "https://slack.com/api/"
GOOGLE_SCOPE = "https://www.googleapis.com/auth/business.manage"
OPS = "docs/operations.md"


@dataclass(frozen=True)
class CheckResult:
    area: str  # "Settings", "Slack", "Google", "Yelp", "Model", "Guardrail"
    name: str
    status: Status
    detail: str = ""
    fix: str = ""
    required: bool = True

    @property
    def failed(self) -> bool:
        """A required check that failed or could not be confirmed."""
        return self.required and self.status in ("fail", "unreachable")

    def to_dict(self) -> dict:
        return {**asdict(self), "failed": self.failed}


def exit_code(results: Iterable[CheckResult]) -> int:
    return 1 if any(result.failed for result in results) else 0


# -- settings ----------------------------------------------------------------------------------


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


# -- Slack -------------------------------------------------------------------------------------

# prefix -> what a token with that prefix is, for "wrong kind" messages
_TOKEN_KINDS = {
    "xoxb-": "a bot token",
    "xapp-": "an app-level token",
    "xoxp-": "a user token",
    "xoxe.": "a rotating refresh token",
    "xoxe-": "a configuration token",
}


def _token_kind(token: str) -> str:
    for prefix, kind in _TOKEN_KINDS.items():
        if token.startswith(prefix):
            return f"{kind} ({prefix}...)"
    return "not a Slack token"


def check_slack_tokens(env: Environment) -> list[CheckResult]:
    results = []
    bot = env.slack_bot_token
    if not bot:
        results.append(
            CheckResult(
                "Slack",
                "bot token",
                "fail",
                "SLACK_BOT_TOKEN is not set",
                "copy the Bot User OAuth Token (xoxb-...) from your app's OAuth & Permissions "
                f"page into SLACK_BOT_TOKEN ({OPS}, Slack)",
            )
        )
    elif not bot.startswith("xoxb-"):
        results.append(
            CheckResult(
                "Slack",
                "bot token",
                "fail",
                f"SLACK_BOT_TOKEN is {_token_kind(bot)}, not a bot token (xoxb-...)",
                "use the Bot User OAuth Token from OAuth & Permissions"
                + (
                    "; the xapp- token belongs in SLACK_APP_TOKEN"
                    if bot.startswith("xapp-")
                    else ""
                ),
            )
        )
    else:
        results.append(CheckResult("Slack", "bot token", "ok", "SLACK_BOT_TOKEN is a bot token"))

    app = env.slack_app_token
    if not app:
        if env.slack_signing_secret:
            results.append(
                CheckResult(
                    "Slack",
                    "app token",
                    "warn",
                    "SLACK_APP_TOKEN is not set: Socket Mode is off; only `run --http` works",
                    "for Socket Mode, create an App-Level Token with connections:write "
                    "(Basic Information) and put it in SLACK_APP_TOKEN",
                    required=False,
                )
            )
        else:
            results.append(
                CheckResult(
                    "Slack",
                    "app token",
                    "fail",
                    "neither SLACK_APP_TOKEN (Socket Mode) nor SLACK_SIGNING_SECRET (HTTP) is set",
                    "create an App-Level Token with connections:write under Basic Information "
                    "and put it in SLACK_APP_TOKEN",
                )
            )
    elif not app.startswith("xapp-"):
        results.append(
            CheckResult(
                "Slack",
                "app token",
                "fail",
                f"SLACK_APP_TOKEN is {_token_kind(app)}, not an app-level token (xapp-...)",
                "use the App-Level Token (Basic Information -> App-Level Tokens, scope "
                "connections:write)"
                + (
                    "; the xoxb- token belongs in SLACK_BOT_TOKEN"
                    if app.startswith("xoxb-")
                    else ""
                ),
            )
        )
    else:
        results.append(
            CheckResult("Slack", "app token", "ok", "SLACK_APP_TOKEN is an app-level token")
        )
    return results


def manifest_bot_scopes(text: str) -> list[str]:
    """The bot scopes in a Slack app manifest (YAML), read without a YAML library.

    Follows `oauth_config:` -> `scopes:` -> `bot:` by indentation; accepts a block list
    (`- chat:write`) or a flow list (`[chat:write, users:read]`).
    """
    path = ("oauth_config", "scopes", "bot")
    depth, indents, scopes = 0, [], []
    collecting_indent: int | None = None
    for raw in text.splitlines():
        line = raw.split(" #", 1)[0].rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        indent = len(line) - len(line.lstrip())
        stripped = line.strip()
        if collecting_indent is not None:
            if stripped.startswith("- ") and indent >= collecting_indent:
                scopes.append(stripped[2:].strip().strip("'\""))
                continue
            break
        while indents and indent <= indents[-1]:
            indents.pop()
            depth -= 1
        key, _, value = stripped.partition(":")
        if depth < len(path) and key.strip() == path[depth]:
            indents.append(indent)
            depth += 1
            if depth == len(path):
                value = value.strip()
                if value.startswith("["):
                    return [s.strip().strip("'\"") for s in value.strip("[]").split(",") if s]
                collecting_indent = indent
    return scopes


def default_manifest_path() -> Path:
    here = Path("manifest.yml")
    return here if here.exists() else Path(__file__).resolve().parents[1] / "manifest.yml"


def _slack_client(env: Environment, timeout: float):
    from slack_sdk import WebClient

    base = (env.slack_api_url or DEFAULT_SLACK_API_URL).rstrip("/") + "/"
    return WebClient(token=env.slack_bot_token, base_url=base, timeout=int(max(1, timeout)))


_SLACK_ERROR_FIXES = {
    "invalid_auth": "the token is wrong; copy the Bot User OAuth Token again",
    "not_authed": "the token is missing; set SLACK_BOT_TOKEN",
    "token_revoked": "the token was revoked; reinstall the app (OAuth & Permissions -> "
    "Reinstall) and copy the new Bot User OAuth Token",
    "account_inactive": "the app was uninstalled or its bot deactivated; reinstall the app",
    "token_expired": "token rotation is on; turn it off or refresh the token",
    "missing_scope": "add the scope to manifest.yml, update the app from it and reinstall",
    "channel_not_found": "check slack.review_channel is a channel id (C...) from the channel's "
    "About panel; for a private channel, invite the bot first",
    "user_not_found": "that user id does not exist in this workspace; copy it from the "
    "person's profile (More -> Copy member ID)",
}


def _slack_error(exc: Exception) -> tuple[str, str]:
    """(error code, fix) for a SlackApiError."""
    response = getattr(exc, "response", None)
    code = ""
    if response is not None:
        try:
            code = response.get("error") or ""
        except AttributeError:
            code = ""
    return code or "unknown_error", _SLACK_ERROR_FIXES.get(code, "see the Slack API error above")


def check_slack(
    settings: Settings | None,
    env: Environment,
    *,
    manifest_path: Path | None = None,
    timeout: float = 10.0,
) -> list[CheckResult]:
    from slack_sdk.errors import SlackApiError

    results = check_slack_tokens(env)
    if not env.slack_bot_token.startswith("xoxb-"):
        return [
            *results,
            CheckResult("Slack", "auth.test", "skip", "no usable bot token", required=False),
        ]
    client = _slack_client(env, timeout)
    base = client.base_url
    try:
        auth = client.auth_test()
    except SlackApiError as exc:
        code, fix = _slack_error(exc)
        return [*results, CheckResult("Slack", "auth.test", "fail", f"Slack said {code}", fix)]
    except OSError as exc:
        return [
            *results,
            CheckResult(
                "Slack",
                "auth.test",
                "unreachable",
                f"could not reach {base}: {exc}",
                "check the network (and SLACK_API_URL, which is normally unset)",
            ),
        ]
    results.append(
        CheckResult(
            "Slack",
            "auth.test",
            "ok",
            f"connected to {auth.get('team') or auth.get('team_id')} as @{auth.get('user')}",
        )
    )
    results.append(_check_scopes(auth.headers, manifest_path or default_manifest_path()))
    if settings is None:
        results.append(
            CheckResult("Slack", "review channel", "skip", "settings not loaded", required=False)
        )
        return results
    results.append(_check_channel(client, "review channel", settings.slack.review_channel))
    if settings.slack.risk_channel:
        results.append(_check_channel(client, "risk channel", settings.slack.risk_channel))
    results += _check_people(client, "approvers", settings.slack.approvers)
    results += _check_people(client, "risk managers", settings.slack.risk_managers)
    return results


def _check_scopes(headers: dict, manifest_path: Path) -> CheckResult:
    granted_header = next(
        (value for name, value in headers.items() if name.lower() == "x-oauth-scopes"), None
    )
    if isinstance(granted_header, list):
        granted_header = ",".join(granted_header)
    try:
        wanted = manifest_bot_scopes(manifest_path.read_text(encoding="utf-8"))
    except OSError:
        return CheckResult(
            "Slack",
            "bot scopes",
            "warn",
            f"{manifest_path} not found; cannot compare scopes",
            "run doctor from the repository folder or pass --manifest",
            required=False,
        )
    if granted_header is None:
        return CheckResult(
            "Slack",
            "bot scopes",
            "warn",
            "Slack did not report the token's scopes (no x-oauth-scopes header)",
            required=False,
        )
    granted = {scope.strip() for scope in granted_header.split(",") if scope.strip()}
    missing = [scope for scope in wanted if scope not in granted]
    if missing:
        return CheckResult(
            "Slack",
            "bot scopes",
            "fail",
            f"the bot token lacks {', '.join(missing)} (manifest.yml asks for them)",
            "update the app from manifest.yml (App Manifest page), then reinstall it to the "
            "workspace (OAuth & Permissions -> Reinstall) and copy the new bot token",
        )
    return CheckResult(
        "Slack", "bot scopes", "ok", f"all {len(wanted)} scopes from manifest.yml granted"
    )


def _check_channel(client, label: str, channel: str) -> CheckResult:
    from slack_sdk.errors import SlackApiError

    if not channel:
        return CheckResult(
            "Slack",
            label,
            "fail",
            f"slack.{label.replace(' ', '_')} is not set",
            "put the channel id (C...) in [slack] review_channel; it is at the bottom of the "
            "channel's About panel",
        )
    try:
        info = client.conversations_info(channel=channel)
    except SlackApiError as exc:
        code, fix = _slack_error(exc)
        if code == "missing_scope":
            # conversations.info needs channels:read / groups:read, which the app itself does
            # not; reading one message needs the history scopes it does have.
            return _probe_membership(client, label, channel)
        return CheckResult("Slack", label, "fail", f"{channel}: Slack said {code}", fix)
    except OSError as exc:
        return CheckResult("Slack", label, "unreachable", f"{channel}: {exc}", "check the network")
    conversation = info.get("channel") or {}
    name = conversation.get("name") or channel
    if conversation.get("is_archived"):
        return CheckResult(
            "Slack", label, "fail", f"#{name} is archived", "unarchive it or choose another channel"
        )
    if not conversation.get("is_member"):
        return CheckResult(
            "Slack",
            label,
            "fail",
            f"the bot is not a member of #{name}",
            _INVITE_FIX.format(name=f"#{name}"),
        )
    return CheckResult("Slack", label, "ok", f"the bot is in #{name}")


_INVITE_FIX = "in {name}, type /invite @<your app's name> (or mention the bot and add it)"


def _probe_membership(client, label: str, channel: str) -> CheckResult:
    from slack_sdk.errors import SlackApiError

    try:
        client.conversations_history(channel=channel, limit=1)
    except SlackApiError as exc:
        code, fix = _slack_error(exc)
        if code == "not_in_channel":
            return CheckResult(
                "Slack",
                label,
                "fail",
                f"the bot is not a member of {channel}",
                _INVITE_FIX.format(name="the channel"),
            )
        if code == "missing_scope":
            return CheckResult(
                "Slack",
                label,
                "warn",
                f"{channel}: cannot tell whether the bot is a member (no channels:read, "
                "groups:read or history scope)",
                "add channels:read and groups:read to manifest.yml and reinstall",
                required=False,
            )
        return CheckResult("Slack", label, "fail", f"{channel}: Slack said {code}", fix)
    except OSError as exc:
        return CheckResult("Slack", label, "unreachable", f"{channel}: {exc}", "check the network")
    return CheckResult("Slack", label, "ok", f"the bot is in {channel}")


def _check_people(client, label: str, ids: list[str]) -> list[CheckResult]:
    from slack_sdk.errors import SlackApiError

    if not ids:
        return [
            CheckResult(
                "Slack",
                label,
                "fail",
                f"slack.{label.replace(' ', '_')} is empty: nobody could "
                + ("approve a reply" if label == "approvers" else "clear an escalated review"),
                "add user ids (U...) or user-group ids (S...) to the list",
            )
        ]
    problems: list[str] = []
    fixes: list[str] = []
    unverified: list[str] = []
    groups: dict[str, dict] | None = None
    try:
        for person in ids:
            if person.startswith("S"):
                if groups is None:
                    listing = client.usergroups_list(include_disabled=True)
                    groups = {g.get("id"): g for g in listing.get("usergroups") or []}
                group = groups.get(person)
                if group is None:
                    problems.append(f"{person}: no such user group")
                    fixes.append("copy the group id from the group's page")
                elif group.get("date_delete"):
                    problems.append(f"{person} (@{group.get('handle')}): user group is disabled")
                    fixes.append("enable the group or list people instead")
                continue
            try:
                user = client.users_info(user=person).get("user") or {}
            except SlackApiError as exc:
                code, fix = _slack_error(exc)
                if code == "missing_scope":  # users:read is for doctor only; the app needs none
                    unverified.append(person)
                else:
                    problems.append(f"{person}: {code}")
                    fixes.append(fix)
                continue
            if user.get("deleted"):
                problems.append(f"{person} ({user.get('name')}): account deactivated")
                fixes.append("remove the id or replace it")
            elif user.get("is_bot"):
                problems.append(f"{person} ({user.get('name')}): is a bot, not a person")
                fixes.append("list people, not bots")
    except SlackApiError as exc:
        code, fix = _slack_error(exc)
        return [CheckResult("Slack", label, "fail", f"Slack said {code}", fix)]
    except OSError as exc:
        return [CheckResult("Slack", label, "unreachable", str(exc), "check the network")]
    if problems:
        return [
            CheckResult(
                "Slack", label, "fail", "; ".join(problems), "; ".join(dict.fromkeys(fixes))
            )
        ]
    if unverified:
        return [
            CheckResult(
                "Slack",
                label,
                "warn",
                f"cannot check {', '.join(unverified)}: the bot token lacks users:read",
                "to let doctor check user ids, add users:read to manifest.yml and reinstall; "
                "or check each id by hand (profile -> Copy member ID)",
                required=False,
            )
        ]
    return [CheckResult("Slack", label, "ok", f"{len(ids)} found: {', '.join(ids)}")]


# -- Google ------------------------------------------------------------------------------------


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
    missing = [
        name
        for name, value in (
            ("GOOGLE_CLIENT_ID", env.google_client_id),
            ("GOOGLE_CLIENT_SECRET", env.google_client_secret),
            ("GOOGLE_REFRESH_TOKEN", env.google_refresh_token),
        )
        if not value
    ]
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

    import google.auth.exceptions
    import google.auth.transport.requests
    import requests
    from google.oauth2.credentials import Credentials

    from slack_app.sources.google import DEFAULT_API_URL, DEFAULT_TOKEN_URI

    token_uri = env.google_token_uri or DEFAULT_TOKEN_URI
    credentials = Credentials(
        token=None,
        refresh_token=env.google_refresh_token,
        token_uri=token_uri,
        client_id=env.google_client_id,
        client_secret=env.google_client_secret,
        scopes=[GOOGLE_SCOPE],
    )
    session = requests.Session()
    try:
        credentials.refresh(google.auth.transport.requests.Request(session))
    except google.auth.exceptions.RefreshError as exc:
        text = str(exc)
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
            detail = f"token refresh failed: {_first_line(text)}"
            fix = f"check the Google OAuth values ({OPS}, Google)"
        return [CheckResult("Google", "credentials", "fail", detail, fix)]
    except google.auth.exceptions.TransportError as exc:
        return [
            CheckResult(
                "Google",
                "credentials",
                "unreachable",
                f"could not reach {token_uri}: {_first_line(str(exc))}",
                "check the network (and GOOGLE_TOKEN_URI, which is normally unset)",
            )
        ]
    results = [CheckResult("Google", "credentials", "ok", "the refresh token works")]
    base = (env.google_business_api_url or DEFAULT_API_URL).rstrip("/")
    for location in locations:
        url = f"{base}/{location.google_location}/reviews"
        label = f"location {location.name}"
        try:
            response = session.get(
                url,
                params={"pageSize": 1},
                headers={"Authorization": f"Bearer {credentials.token}"},
                timeout=timeout,
            )
        except requests.RequestException as exc:
            results.append(
                CheckResult(
                    "Google", label, "unreachable", _first_line(str(exc)), "check the network"
                )
            )
            continue
        if response.status_code == 200:
            total = _json(response).get("totalReviewCount")
            count = f"{total} reviews" if total is not None else "reviews readable"
            results.append(
                CheckResult("Google", label, "ok", f"{location.google_location}: {count}")
            )
            continue
        message = (_json(response).get("error") or {}).get("message") or response.reason
        fixes = {
            403: "the Google account behind the refresh token must be an owner or manager of "
            "this location, and the project needs Business Profile API access",
            404: "check google_location (accounts/ACCOUNT_ID/locations/LOCATION_ID) in the "
            "settings file",
            429: "quota exhausted; wait a minute (or request API access if the quota is 0)",
        }
        results.append(
            CheckResult(
                "Google",
                label,
                "fail",
                f"{location.google_location}: HTTP {response.status_code} {message}",
                fixes.get(response.status_code, "see the error above"),
            )
        )
    return results


# -- Yelp --------------------------------------------------------------------------------------


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
    import requests

    from slack_app.sources.yelp import DEFAULT_API_URL

    base = (env.yelp_api_url or DEFAULT_API_URL).rstrip("/")
    results = []
    for location in businesses:
        label = f"business {location.name}"
        try:
            response = requests.get(
                f"{base}/v3/businesses/{location.yelp_business_id}/reviews",
                headers={"Authorization": f"Bearer {env.yelp_api_key}"},
                timeout=timeout,
            )
        except requests.RequestException as exc:
            results.append(
                CheckResult(
                    "Yelp", label, "unreachable", _first_line(str(exc)), "check the network"
                )
            )
            continue
        body = _json(response)
        if response.status_code == 200:
            total = body.get("total")
            results.append(
                CheckResult(
                    "Yelp",
                    label,
                    "ok",
                    f"{location.yelp_business_id}: {total if total is not None else '?'} reviews",
                )
            )
            continue
        error = body.get("error") or {}
        code = error.get("code") or f"HTTP {response.status_code}"
        if response.status_code in (401, 403):
            fix = "the key was rejected; copy the API key again from yelp.com/developers"
        elif response.status_code == 404:
            fix = "check yelp_business_id: the last part of the business's yelp.com/biz/ address"
        elif response.status_code == 429:
            fix = "the daily or per-second limit is used up; try again later"
        else:
            fix = "see the error above"
        results.append(
            CheckResult(
                "Yelp",
                label,
                "fail",
                f"{location.yelp_business_id}: {code} {error.get('description') or ''}".strip(),
                fix,
            )
        )
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
    return results


# -- model -------------------------------------------------------------------------------------


def check_model(settings: Settings | None, env: Environment, *, timeout: float = 10.0):
    if not env.openai_api_key:
        return [
            CheckResult(
                "Model",
                "drafting model",
                "ok",
                "no OPENAI_API_KEY: drafts come from the built-in reply templates",
                required=False,
            )
        ]
    if settings is None:
        return [
            CheckResult("Model", "drafting model", "skip", "settings not loaded", required=False)
        ]
    import openai

    model = settings.drafting.model
    where = env.openai_base_url or "api.openai.com"
    client = openai.OpenAI(
        api_key=env.openai_api_key,
        base_url=env.openai_base_url or None,
        max_retries=0,
        timeout=timeout,
    )
    try:
        available = [item.id for item in client.models.list()]
    except openai.APIConnectionError as exc:
        return [
            CheckResult(
                "Model",
                "drafting model",
                "unreachable",
                f"could not reach {where}: {_first_line(str(exc))}",
                "start the model server or fix OPENAI_BASE_URL; until then drafts fall back "
                "to the built-in templates",
            )
        ]
    except openai.AuthenticationError:
        return [
            CheckResult(
                "Model",
                "drafting model",
                "fail",
                f"{where} rejected the API key",
                "check OPENAI_API_KEY",
            )
        ]
    except openai.NotFoundError:
        available = None  # some compatible servers do not list models: try a tiny completion
    except openai.APIStatusError as exc:
        return [
            CheckResult(
                "Model",
                "drafting model",
                "fail",
                f"{where}: HTTP {exc.status_code}",
                "see the error above",
            )
        ]
    if available is not None:
        if model in available:
            return [
                CheckResult("Model", "drafting model", "ok", f"{model} is available at {where}")
            ]
        return [
            CheckResult(
                "Model",
                "drafting model",
                "fail",
                f"{model} is not offered by {where}",
                f"set [drafting] model to one of: {', '.join(sorted(available)[:8])}",
            )
        ]
    try:
        client.chat.completions.create(
            model=model, messages=[{"role": "user", "content": "Reply with the word OK."}]
        )
    except openai.APIError as exc:
        return [
            CheckResult(
                "Model",
                "drafting model",
                "fail",
                f"{model} at {where}: {_first_line(str(exc))}",
                "check [drafting] model and OPENAI_BASE_URL",
            )
        ]
    return [CheckResult("Model", "drafting model", "ok", f"{model} answered at {where}")]


# -- guardrail ---------------------------------------------------------------------------------


def check_guardrail(settings: Settings | None) -> list[CheckResult]:
    if settings is None:
        return [
            CheckResult(
                "Guardrail", "own contact details", "skip", "settings not loaded", required=False
            )
        ]
    from guardrails import GuardContext, check
    from slack_app.drafting import load_templates
    from slack_app.drafting.prompts import contact_text

    practice = settings.practice
    context = GuardContext(
        practice_name=practice.name,
        practice_phone=practice.phone,
        practice_email=practice.email,
        extra_clinical_terms=tuple(practice.extra_clinical_terms),
    )
    results = []
    sample = (
        f"Thank you for sharing this with us. We would like to hear more; please reach us at "
        f"{contact_text(practice, 'en')}. — {practice.name}"
    )
    verdict = check(sample, context)
    in_name = [f.excerpt for f in verdict.blocking if f.excerpt and f.excerpt in practice.name]
    if verdict.passed:
        results.append(
            CheckResult(
                "Guardrail",
                "own contact details",
                "ok",
                "a reply giving the practice's contact details passes",
            )
        )
    else:
        results.append(
            CheckResult(
                "Guardrail",
                "own contact details",
                "fail",
                "a plain reply with the practice's own contact is blocked: "
                + _findings_text(verdict.blocking),
                (
                    f"the practice name itself trips the guardrail ({', '.join(in_name)}): "
                    "report it to whoever maintains the guardrail's word lists, or use a "
                    "shorter name in [practice] name"
                )
                if in_name
                else "change [practice] name/phone/email so they read as the practice's own "
                '(e.g. phone "(555) 014-2290")',
            )
        )
    library = load_templates()
    blocked = []
    for template in library.all():
        text = template.fill(practice.name, contact_text(practice, template.language))
        verdict = check(text, context)
        if not verdict.passed:
            blocked.append(
                f"{template.language}/{template.id}: " + _findings_text(verdict.blocking)
            )
    if blocked:
        results.append(
            CheckResult(
                "Guardrail",
                "reply templates",
                "fail",
                f"{len(blocked)} of {len(library.all())} templates are blocked: "
                + "; ".join(blocked[:5]),
                "edit those templates in slack_app/data/templates/, or remove the word the "
                "practice settings add (practice.extra_clinical_terms)",
            )
        )
    else:
        results.append(
            CheckResult(
                "Guardrail", "reply templates", "ok", f"all {len(library.all())} templates pass"
            )
        )
    return results


# -- all together ------------------------------------------------------------------------------


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
    add(check_slack(settings, env, manifest_path=manifest_path, timeout=timeout))
    add(check_google(settings, env, timeout=timeout))
    add(check_yelp(settings, env, timeout=timeout))
    add(check_model(settings, env, timeout=timeout))
    add(check_guardrail(settings))
    return results


def _json(response) -> dict:
    try:
        body = response.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0][:300] if text.strip() else ""


def _findings_text(findings) -> str:
    return ", ".join(f"{f.rule} ({f.excerpt!r})" for f in findings[:3]) or "blocked"


_SECRETISH = re.compile(r"(xox[abpe][.-][\w-]+|xapp-[\w-]+|sk-[\w-]{8,})")


def redact(text: str, env: Environment) -> str:
    """Remove any secret value (and anything shaped like a token) from text meant for output."""
    for secret in env.secrets():
        # Placeholder keys ("x", "none") for local model servers are not secrets, and
        # replacing every "x" would garble the output.
        if len(secret) >= 8:
            text = text.replace(secret, "<redacted>")
    return _SECRETISH.sub("<redacted>", text)
