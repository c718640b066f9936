"""Asking Slack what the app's token can do, for `doctor`, with the app's own WebClient.

Each probe returns an `Answer` instead of raising: the response when Slack said ok, Slack's
error code when it refused, or why Slack could not be reached. `doctor` turns answers into
advice; only this module knows slack_sdk's exceptions.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from slack_sdk.errors import SlackApiError

from slack_app.config import Environment


@dataclass(frozen=True)
class Answer:
    data: dict = field(default_factory=dict)  # the response body when Slack said ok
    error: str = ""  # Slack's error code when it refused (invalid_auth, missing_scope, ...)
    unreachable: str = ""  # why Slack could not be reached (connection refused, timeout, ...)
    headers: dict = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.error and not self.unreachable


class SlackProbe:
    """The app's WebClient (`app.web_client`) with doctor's timeout."""

    def __init__(self, env: Environment, *, timeout: float = 10.0) -> None:
        from slack_app.app import web_client

        self.client = web_client(env)
        self.client.timeout = int(max(1, timeout))

    @property
    def base_url(self) -> str:
        return self.client.base_url

    def _ask(self, call: Callable[[], Any]) -> Answer:
        try:
            response = call()
        except SlackApiError as exc:
            return Answer(error=_error_code(exc))
        except OSError as exc:
            return Answer(unreachable=str(exc))
        return Answer(data=dict(response.data), headers=dict(response.headers))

    def auth(self) -> Answer:
        """auth.test: the workspace and bot; the granted scopes are in `x-oauth-scopes`."""
        return self._ask(self.client.auth_test)

    def channel(self, channel: str) -> Answer:
        """conversations.info: name, archived, whether the bot is a member."""
        return self._ask(lambda: self.client.conversations_info(channel=channel))

    def read_one_message(self, channel: str) -> Answer:
        """conversations.history, one message: tells membership with only the history scopes."""
        return self._ask(lambda: self.client.conversations_history(channel=channel, limit=1))

    def user_groups(self) -> Answer:
        return self._ask(lambda: self.client.usergroups_list(include_disabled=True))

    def user(self, user_id: str) -> Answer:
        return self._ask(lambda: self.client.users_info(user=user_id))

    def app_connection(self, app_token: str) -> Answer:
        """apps.connections.open with the app-level token: does Slack hand out a Socket Mode
        URL for it? The URL (it carries a one-time ticket) is dropped, never opened."""
        answer = self._ask(lambda: self.client.apps_connections_open(app_token=app_token))
        return Answer(error=answer.error, unreachable=answer.unreachable)


def _error_code(exc: SlackApiError) -> str:
    """Slack's error code; for an answer without one (a proxy's page, a 5xx), its status."""
    response = getattr(exc, "response", None)
    try:
        code = response.get("error") if response is not None else ""
    except AttributeError:
        code = ""
    if isinstance(code, str) and code:
        return code
    status = getattr(response, "status_code", None)
    return f"HTTP {status}" if status and status != 200 else "unknown_error"
