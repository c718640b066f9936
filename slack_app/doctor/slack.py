"""Slack: the tokens are of the right kind and Slack accepts them (auth.test for the bot token,
apps.connections.open for the app-level token), the bot token has the manifest's scopes, the
bot is in the channels, and the approvers and risk managers exist. What could not be asked
(a scope doctor lacks) is reported as skipped with the reason, never as passed.

Slack is asked through `slack.probe` (the app's own WebClient); this module only reads the
answers and says what to fix.
"""

from __future__ import annotations

from pathlib import Path

from slack_app.config import Environment, Settings
from slack_app.doctor.manifest import default_manifest_path, manifest_bot_scopes
from slack_app.doctor.results import OPS, CheckResult
from slack_app.slack.probe import Answer, SlackProbe

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


_FIXES = {
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


def check_slack(
    settings: Settings | None,
    env: Environment,
    *,
    manifest_path: Path | None = None,
    timeout: float = 10.0,
) -> list[CheckResult]:
    probe = SlackProbe(env, timeout=timeout)
    results = [
        _verify_app_token(probe, env) if result.name == "app token" and result.status == "ok"
        else result
        for result in check_slack_tokens(env)
    ]
    if not env.slack_bot_token.startswith("xoxb-"):
        return [
            *results,
            CheckResult("Slack", "auth.test", "skip", "no usable bot token", required=False),
        ]
    auth = probe.auth()
    if auth.error:
        return [
            *results,
            CheckResult("Slack", "auth.test", "fail", f"Slack said {auth.error}", _fix(auth.error)),
        ]
    if auth.unreachable:
        return [
            *results,
            CheckResult(
                "Slack",
                "auth.test",
                "unreachable",
                f"could not reach {probe.base_url}: {auth.unreachable}",
                "check the network (and SLACK_API_URL, which is normally unset)",
            ),
        ]
    team = auth.data.get("team") or auth.data.get("team_id")
    results.append(
        CheckResult("Slack", "auth.test", "ok", f"connected to {team} as @{auth.data.get('user')}")
    )
    results.append(_check_scopes(auth.headers, manifest_path or default_manifest_path()))
    if settings is None:
        results.append(
            CheckResult("Slack", "review channel", "skip", "settings not loaded", required=False)
        )
        return results
    offices = [office for office in settings.offices() if office.location is not None]
    own = [office.location for office in offices]
    if not settings.slack.review_channel and own and all(loc.review_channel for loc in own):
        results.append(
            CheckResult(
                "Slack",
                "review channel",
                "warn",
                "slack.review_channel is not set; every location has its own, but cards of "
                "pasted reviews (Share) and the practice's digest have nowhere to go",
                "set [slack] review_channel (or digest.channel for the digest)",
                required=False,
            )
        )
    else:
        results.append(_check_channel(probe, "review channel", settings.slack.review_channel))
    if settings.slack.risk_channel:
        results.append(_check_channel(probe, "risk channel", settings.slack.risk_channel))
    for people, label in (("approvers", "approvers"), ("risk_managers", "risk managers")):
        if own and all(getattr(loc, people) for loc in own) and not getattr(settings.slack, people):
            # Every location lists its own: [slack]'s serve pasted reviews only.
            results.append(
                CheckResult(
                    "Slack",
                    label,
                    "warn",
                    f"slack.{people} is empty; every location lists its own, but pasted "
                    "reviews (/review-reply) have nobody to "
                    + ("approve them" if people == "approvers" else "clear them"),
                    f"add ids to [slack] {people} if pasted reviews are shared for approval",
                    required=False,
                )
            )
            continue
        results += _check_people(probe, label, getattr(settings.slack, people))
    # Each location's own channel and people (what it leaves out is [slack]'s, checked above).
    for office in offices:
        location = office.location
        if location.review_channel:
            results.append(
                _check_channel(probe, f"review channel of {office.name}", location.review_channel)
            )
        for people, label in (("approvers", "approvers"), ("risk_managers", "risk managers")):
            if getattr(location, people):
                results += _check_people(
                    probe, f"{label} of {office.name}", getattr(location, people)
                )
    return results


def _fix(code: str) -> str:
    return _FIXES.get(code, "see the Slack API error above")


_APP_TOKEN_FIXES = {
    "invalid_auth": "the token is wrong or was revoked; copy the App-Level Token again (Basic "
    "Information -> App-Level Tokens, scope connections:write) into SLACK_APP_TOKEN",
    "not_authed": "SLACK_APP_TOKEN is empty; set it to the App-Level Token (xapp-...)",
    "not_allowed_token_type": "SLACK_APP_TOKEN must be the App-Level Token (xapp-...) from Basic "
    "Information, not the bot token",
    "missing_scope": "the App-Level Token needs the connections:write scope: generate a new one "
    "with it under Basic Information -> App-Level Tokens",
    "account_inactive": "the app was uninstalled or deleted; reinstall it and make a new "
    "App-Level Token",
    "socket_mode_not_enabled": "turn Socket Mode on (your app's Settings -> Socket Mode), or "
    "for HTTP mode (`run --http`) leave SLACK_APP_TOKEN empty",
}


def _verify_app_token(probe: SlackProbe, env: Environment) -> CheckResult:
    """The app-level token is of the right kind: does Slack accept it? apps.connections.open
    answers with a Socket Mode URL, which is not opened."""
    answer = probe.app_connection(env.slack_app_token)
    if answer.unreachable:
        return CheckResult(
            "Slack",
            "app token",
            "unreachable",
            f"could not reach {probe.base_url}: {answer.unreachable}",
            "check the network (and SLACK_API_URL, which is normally unset)",
        )
    if answer.error:
        return CheckResult(
            "Slack",
            "app token",
            "fail",
            f"Slack refused SLACK_APP_TOKEN for Socket Mode (apps.connections.open: "
            f"{answer.error})",
            _APP_TOKEN_FIXES.get(
                answer.error,
                "check that Socket Mode is on (Settings -> Socket Mode) and that the token is "
                "the App-Level Token with connections:write",
            ),
        )
    return CheckResult(
        "Slack",
        "app token",
        "ok",
        "Slack accepts SLACK_APP_TOKEN for Socket Mode (apps.connections.open)",
    )


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
            "skip",
            f"not checked: {manifest_path} not found",
            "run doctor from the repository folder or pass --manifest",
            required=False,
        )
    if granted_header is None:
        return CheckResult(
            "Slack",
            "bot scopes",
            "skip",
            "not checked: Slack did not report the token's scopes (no x-oauth-scopes header)",
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


def _check_channel(probe: SlackProbe, label: str, channel: str) -> CheckResult:
    if not channel:
        return CheckResult(
            "Slack",
            label,
            "fail",
            f"slack.{label.replace(' ', '_')} is not set",
            "put the channel id (C...) in [slack] review_channel; it is at the bottom of the "
            "channel's About panel",
        )
    info = probe.channel(channel)
    if info.error == "missing_scope":
        # conversations.info needs channels:read / groups:read, which the app itself does
        # not; reading one message needs the history scopes it does have.
        return _probe_membership(probe, label, channel)
    if not info.ok:
        return _unanswered(label, info, f"{channel}: ")
    conversation = info.data.get("channel") or {}
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


def _probe_membership(probe: SlackProbe, label: str, channel: str) -> CheckResult:
    history = probe.read_one_message(channel)
    if history.error == "not_in_channel":
        return CheckResult(
            "Slack",
            label,
            "fail",
            f"the bot is not a member of {channel}",
            _INVITE_FIX.format(name="the channel"),
        )
    if history.error == "missing_scope":
        return CheckResult(
            "Slack",
            label,
            "skip",
            f"not checked: {channel}: the bot token has none of channels:read, groups:read "
            "and the history scopes, so whether the bot is a member is unknown",
            "add channels:read and groups:read to manifest.yml and reinstall",
            required=False,
        )
    if not history.ok:
        return _unanswered(label, history, f"{channel}: ")
    return CheckResult("Slack", label, "ok", f"the bot is in {channel}")


def _check_people(probe: SlackProbe, label: str, ids: list[str]) -> list[CheckResult]:
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
    for person in ids:
        if person.startswith("S"):
            if groups is None:
                listing = probe.user_groups()
                if not listing.ok:
                    return [_unanswered(label, listing)]
                groups = {g.get("id"): g for g in listing.data.get("usergroups") or []}
            group = groups.get(person)
            if group is None:
                problems.append(f"{person}: no such user group")
                fixes.append("copy the group id from the group's page")
            elif group.get("date_delete"):
                problems.append(f"{person} (@{group.get('handle')}): user group is disabled")
                fixes.append("enable the group or list people instead")
            continue
        answer = probe.user(person)
        if answer.unreachable:
            return [_unanswered(label, answer)]
        if answer.error == "missing_scope":  # users:read is asked for doctor only
            unverified.append(person)
            continue
        if answer.error:
            problems.append(f"{person}: {answer.error}")
            fixes.append(_fix(answer.error))
            continue
        user = answer.data.get("user") or {}
        if user.get("deleted"):
            problems.append(f"{person} ({user.get('name')}): account deactivated")
            fixes.append("remove the id or replace it")
        elif user.get("is_bot"):
            problems.append(f"{person} ({user.get('name')}): is a bot, not a person")
            fixes.append("list people, not bots")
    if problems:
        return [
            CheckResult(
                "Slack", label, "fail", "; ".join(problems), "; ".join(dict.fromkeys(fixes))
            )
        ]
    if unverified:
        checked = [person for person in ids if person not in unverified]
        return [
            CheckResult(
                "Slack",
                label,
                "skip",
                f"not checked: {', '.join(unverified)} (the bot token lacks users:read)"
                + (f"; {', '.join(checked)} found" if checked else ""),
                "manifest.yml asks for users:read so that doctor can check people: update the "
                "app from it and reinstall; or check each id by hand (profile -> Copy member ID)",
                required=False,
            )
        ]
    return [CheckResult("Slack", label, "ok", f"{len(ids)} found: {', '.join(ids)}")]


def _unanswered(label: str, answer: Answer, about: str = "") -> CheckResult:
    """Slack refused the call, or could not be reached: what was asked stays unchecked."""
    if answer.unreachable:
        return CheckResult(
            "Slack", label, "unreachable", f"{about}{answer.unreachable}", "check the network"
        )
    return CheckResult(
        "Slack", label, "fail", f"{about}Slack said {answer.error}", _fix(answer.error)
    )
