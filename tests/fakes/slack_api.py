"""A local stand-in for the Slack Web API, plus Slack's request signing and payload shapes.

The app's `WebClient(base_url=fake.api_url)` talks to it over real HTTP. It keeps channels and
messages (so `chat.update` and `conversations.history` behave like Slack's), records every
call, and can be scripted to answer 429 with `Retry-After` or a Slack error.

    with FakeSlack() as slack:
        client = WebClient(token="xoxb-test", base_url=slack.api_url)
        slack.usergroups["S0APPROVERS"] = ["U0ANNA"]
        slack.fail_next("chat.postMessage", rate_limited=1)   # one 429, Retry-After: 1
        ...
        slack.calls_to("chat.postMessage")    # [{"channel": ..., "blocks": [...]}, ...]
        slack.response_url("abc")             # a response_url the fake records posts to
        slack.scopes.remove("users:read")     # users.info now answers missing_scope
        slack.channels["C0PRIV"] = {"name": "risk", "is_private": True, "is_member": False}
        slack.socket_mode = FakeSocketMode().start()  # apps.connections.open hands out its URL

Signing and payloads (what Slack sends to the app):

    headers = signed_headers(SIGNING_SECRET, body)            # X-Slack-Signature, timestamp
    body = form_body(block_actions(action_id=..., value=..., user="U0ANNA", ...))
    body = urlencode(slash_command("/review-reply", "text", user="U0ANNA", ...))
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import threading
import time
from typing import Any
from urllib.parse import urlencode

from tests.fakes.http import FakeServer, Request, Response
from tests.fakes.slack_office import OfficeMethods

BOT_USER_ID = "U0BOT"
BOT_ID = "B0BOT"
TEAM_ID = "T0TEAM"
APP_ID = "A0APP"

# What a freshly installed app holds: the manifest's bot scopes plus the read scopes doctor uses.
DEFAULT_SCOPES = (
    "chat:write",
    "commands",
    "im:write",
    "usergroups:read",
    "channels:history",
    "groups:history",
    "im:history",
    "channels:read",
    "groups:read",
    "users:read",
    "files:write",
)
# The scope each method needs; conversations.* depend on the channel (public or private).
METHOD_SCOPES = {
    "chat.postMessage": "chat:write",
    "chat.update": "chat:write",
    "chat.postEphemeral": "chat:write",
    "conversations.open": "im:write",
    "usergroups.list": "usergroups:read",
    "usergroups.users.list": "usergroups:read",
    "users.info": "users:read",
    "files.getUploadURLExternal": "files:write",
    "files.completeUploadExternal": "files:write",
}
CHANNEL_SCOPES = {
    "conversations.history": ("channels:history", "groups:history"),
    "conversations.replies": ("channels:history", "groups:history"),
    "conversations.info": ("channels:read", "groups:read"),
}


# ---------------------------------------------------------------------------------------------
# Signing, exactly as Slack does it: v0=HMAC-SHA256(secret, "v0:{timestamp}:{raw body}")
# ---------------------------------------------------------------------------------------------


def signature(secret: str, body: str, timestamp: str) -> str:
    base = f"v0:{timestamp}:{body}".encode()
    return "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()


def signed_headers(
    secret: str,
    body: str,
    *,
    timestamp: int | None = None,
    content_type: str = "application/x-www-form-urlencoded",
    retry_num: int | None = None,
) -> dict[str, str]:
    ts = str(int(time.time()) if timestamp is None else timestamp)
    headers = {
        "Content-Type": content_type,
        "X-Slack-Request-Timestamp": ts,
        "X-Slack-Signature": signature(secret, body, ts),
    }
    if retry_num is not None:
        headers["X-Slack-Retry-Num"] = str(retry_num)
        headers["X-Slack-Retry-Reason"] = "http_timeout"
    return headers


# ---------------------------------------------------------------------------------------------
# Payloads Slack sends (shapes from api.slack.com/reference/interaction-payloads)
# ---------------------------------------------------------------------------------------------

_trigger_counter = itertools.count(1)


def trigger_id() -> str:
    return f"{next(_trigger_counter)}.1234567890.abcdef{next(_trigger_counter)}"


def form_body(payload: dict) -> str:
    """Interactive payloads arrive as `payload=<json>` form-encoded."""
    return urlencode({"payload": json.dumps(payload)})


def block_actions(
    *,
    action_id: str,
    value: str,
    user: str,
    channel: str = "C0REVIEWS",
    message_ts: str = "1700000000.000100",
    response_url: str = "",
    block_id: str = "review_actions",
    view: dict | None = None,
) -> dict:
    payload: dict[str, Any] = {
        "type": "block_actions",
        "team": {"id": TEAM_ID, "domain": "practice"},
        "user": {"id": user, "username": user.lower(), "team_id": TEAM_ID},
        "api_app_id": APP_ID,
        "token": "legacy-verification-token",
        "trigger_id": trigger_id(),
        "actions": [
            {
                "type": "button",
                "action_id": action_id,
                "block_id": block_id,
                "value": value,
                "action_ts": f"{time.time():.6f}",
                "text": {"type": "plain_text", "text": action_id},
            }
        ],
    }
    if view is not None:
        payload["container"] = {"type": "view", "view_id": view.get("id", "V0VIEW")}
        payload["view"] = view
    else:
        payload["container"] = {
            "type": "message",
            "message_ts": message_ts,
            "channel_id": channel,
            "is_ephemeral": False,
        }
        payload["channel"] = {"id": channel, "name": "reviews"}
        payload["message"] = {"type": "message", "ts": message_ts, "text": "card", "blocks": []}
        payload["response_url"] = response_url or "https://hooks.slack.com/actions/x/y/z"
    return payload


def view_submission(
    *,
    callback_id: str,
    private_metadata: str,
    values: dict[str, dict[str, dict]],
    user: str,
    view_id: str = "V0EDIT",
) -> dict:
    """`values` is {block_id: {action_id: {"type": "plain_text_input", "value": "..."}}}."""
    return {
        "type": "view_submission",
        "team": {"id": TEAM_ID, "domain": "practice"},
        "user": {"id": user, "username": user.lower(), "team_id": TEAM_ID},
        "api_app_id": APP_ID,
        "token": "legacy-verification-token",
        "trigger_id": trigger_id(),
        "view": {
            "id": view_id,
            "team_id": TEAM_ID,
            "type": "modal",
            "callback_id": callback_id,
            "private_metadata": private_metadata,
            "blocks": [],
            "state": {"values": values},
            "hash": "1700000000.abc",
            "app_id": APP_ID,
            "bot_id": BOT_ID,
        },
        "response_urls": [],
    }


def slash_command(
    command: str, text: str, *, user: str, channel: str = "C0REVIEWS", response_url: str = ""
) -> dict[str, str]:
    return {
        "token": "legacy-verification-token",
        "team_id": TEAM_ID,
        "team_domain": "practice",
        "channel_id": channel,
        "channel_name": "reviews",
        "user_id": user,
        "user_name": user.lower(),
        "command": command,
        "text": text,
        "api_app_id": APP_ID,
        "response_url": response_url or "https://hooks.slack.com/commands/x/y/z",
        "trigger_id": trigger_id(),
    }


# ---------------------------------------------------------------------------------------------
# The fake Web API
# ---------------------------------------------------------------------------------------------


class FakeSlack(OfficeMethods):
    """Implements: apps.connections.open (app-level token; the URL of `socket_mode`; when
    `app_token` is set, only that token), auth.test, chat.postMessage, chat.update,
    chat.postEphemeral, chat.getPermalink, views.open, views.update, views.publish,
    conversations.open, conversations.info, conversations.history, conversations.replies,
    usergroups.list, usergroups.users.list, users.info, the three steps of `files_upload_v2`
    (files.getUploadURLExternal, a POST of the bytes to its `upload_url`,
    files.completeUploadExternal), and response_url endpoints (`/response/<id>`).

    `home_views` holds the last view published to each user's App Home; `uploads` each file
    by id: {"filename", "length", "alt_txt", "data" (bytes once uploaded), "title",
    "channel"}.

    Every Web API answer carries the granted `scopes` in `x-oauth-scopes`, and a method whose
    scope is not granted answers `missing_scope` (with `needed` and `provided`), as Slack does.
    `channels` describes conversations: {id: {"name", "is_private", "is_member",
    "is_archived"}}. A channel missing from it behaves as a public channel the bot is in, except
    that conversations.info (which describes channels) answers `channel_not_found`."""

    def __init__(self) -> None:
        self.server = FakeServer()
        self.scopes: list[str] = list(DEFAULT_SCOPES)
        self.channels: dict[str, dict] = {}
        self.usergroups: dict[str, list[str]] = {}
        self.disabled_usergroups: set[str] = set()
        self.users: dict[str, dict] = {}
        self.socket_mode: Any = None  # anything with new_url(), e.g. a Socket Mode stand-in
        self.app_token: str | None = None  # None: any xapp- token opens a connection
        self.messages: dict[str, list[dict]] = {}  # channel -> messages, oldest first
        self._failures: dict[str, list[Response]] = {}
        self._lock = threading.Lock()
        self._ts = itertools.count(1)
        self._views = itertools.count(1)
        self.server.route("POST", r"/api/(?P<method>[\w.]+)", self._api)
        self.server.route("GET", r"/api/(?P<method>[\w.]+)", self._api)
        self.server.route("POST", r"/response/(?P<id>[\w-]+)", self._response_url)
        self._init_office_methods()

    # -- lifecycle -------------------------------------------------------------------------

    def start(self) -> FakeSlack:
        self.server.start()
        return self

    def stop(self) -> None:
        self.server.stop()

    def __enter__(self) -> FakeSlack:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def api_url(self) -> str:
        """What `WebClient(base_url=...)` and `SLACK_API_URL` take (trailing slash included)."""
        return f"{self.server.url}/api/"

    def response_url(self, name: str = "r1") -> str:
        return f"{self.server.url}/response/{name}"

    # -- scripting -------------------------------------------------------------------------

    def fail_next(
        self,
        method: str,
        *,
        rate_limited: int = 0,
        retry_after: int = 1,
        error: str = "",
        times: int = 1,
        dropped: int = 0,
    ) -> None:
        """Queue answers for the next calls of `method`: `rate_limited` 429s with Retry-After,
        `times` Slack errors `{"ok": false, "error": error}`, or `dropped` connections closed
        without an answer (slack_sdk retries one connection error by default)."""
        queue = self._failures.setdefault(method, [])
        for _ in range(rate_limited):
            queue.append(
                Response(
                    429,
                    {"ok": False, "error": "ratelimited"},
                    headers={"Retry-After": str(retry_after)},
                )
            )
        if error:
            queue.extend(Response(200, {"ok": False, "error": error}) for _ in range(times))
        queue.extend(Response(close=True) for _ in range(dropped))

    # -- inspection ------------------------------------------------------------------------

    def requests_to(self, method: str) -> list[Request]:
        return [r for r in self.server.calls(rf"^/api/{method}$")]

    def calls_to(self, method: str) -> list[dict]:
        """The arguments of every call to `method`, decoded (JSON, form or query)."""
        return [self.arguments(r) for r in self.requests_to(method)]

    def response_posts(self, name: str | None = None) -> list[dict]:
        pattern = rf"^/response/{name}$" if name else r"^/response/"
        return [r.json() for r in self.server.calls(pattern)]

    def channel_messages(self, channel: str) -> list[dict]:
        with self._lock:
            return [dict(m) for m in self.messages.get(channel, [])]

    @staticmethod
    def arguments(request: Request) -> dict:
        args: dict[str, Any] = {k: v[-1] for k, v in request.query.items()}
        content_type = request.headers.get("content-type", "")
        if request.body and "json" in content_type:
            args.update(request.json())
        elif request.body:
            args.update(request.form())
        for name in ("blocks", "metadata", "view", "attachments", "files"):
            if isinstance(args.get(name), str):
                args[name] = json.loads(args[name])
        return args

    # -- handlers --------------------------------------------------------------------------

    def _api(self, request: Request) -> Response:
        method = request.match["method"]
        with self._lock:
            queue = self._failures.get(method)
            if queue:
                return queue.pop(0)
        auth = request.headers.get("authorization", "")
        if method == "apps.connections.open":
            return Response(200, self._apps_connections_open(auth))
        if not auth.startswith("Bearer xox"):
            return Response(200, {"ok": False, "error": "not_authed"})
        handler = getattr(self, "_" + method.replace(".", "_"), None)
        if handler is None:
            return Response(200, {"ok": False, "error": "unknown_method"})
        try:
            args = self.arguments(request)
        except (ValueError, json.JSONDecodeError):
            return Response(200, {"ok": False, "error": "invalid_json"})
        body = self._refuse_scope(method, args) or handler(args)
        return Response(200, body, headers={"x-oauth-scopes": ",".join(self.scopes)})

    def _refuse_scope(self, method: str, args: dict) -> dict | None:
        needed = METHOD_SCOPES.get(method)
        if method in CHANNEL_SCOPES:
            channel = self.channels.get(args.get("channel", ""), {})
            public, private = CHANNEL_SCOPES[method]
            needed = private if channel.get("is_private") else public
            if method == "conversations.history" and args.get("channel", "").startswith("D"):
                needed = "im:history"  # a direct message
        if needed is None or needed in self.scopes:
            return None
        return {
            "ok": False,
            "error": "missing_scope",
            "needed": needed,
            "provided": ",".join(self.scopes),
        }

    def _hidden(self, channel_id: str) -> bool:
        """A private channel the bot is not in does not exist as far as the bot can tell."""
        channel = self.channels.get(channel_id)
        return channel is not None and channel["is_private"] and not channel["is_member"]

    def _next_ts(self) -> str:
        return f"{1700000000 + next(self._ts)}.{next(self._ts):06d}"

    def _apps_connections_open(self, auth: str) -> dict:
        # Only an app-level token opens Socket Mode connections.
        if not auth.startswith("Bearer xapp-"):
            return {"ok": False, "error": "not_allowed_token_type" if auth else "not_authed"}
        if self.socket_mode is None:
            return {"ok": False, "error": "socket_mode_not_enabled"}
        return {"ok": True, "url": self.socket_mode.new_url()}

    def _auth_test(self, args: dict) -> dict:
        return {
            "ok": True,
            "url": "https://practice.slack.com/",
            "team": "Practice",
            "user": "review-assistant",
            "team_id": TEAM_ID,
            "user_id": BOT_USER_ID,
            "bot_id": BOT_ID,
        }

    def _chat_postMessage(self, args: dict) -> dict:
        channel = args.get("channel")
        if not channel:
            return {"ok": False, "error": "channel_not_found"}
        if not args.get("text") and not args.get("blocks"):
            return {"ok": False, "error": "no_text"}
        ts = self._next_ts()
        message = {
            "type": "message",
            "user": BOT_USER_ID,
            "bot_id": BOT_ID,
            "ts": ts,
            "text": args.get("text", ""),
            "blocks": args.get("blocks") or [],
        }
        if args.get("metadata"):
            message["metadata"] = args["metadata"]
        if args.get("thread_ts"):
            message["thread_ts"] = args["thread_ts"]
        with self._lock:
            self.messages.setdefault(channel, []).append(message)
        return {"ok": True, "channel": channel, "ts": ts, "message": message}

    def _chat_update(self, args: dict) -> dict:
        channel, ts = args.get("channel"), args.get("ts")
        with self._lock:
            for message in self.messages.get(channel, []):
                if message["ts"] == ts:
                    message["text"] = args.get("text", message["text"])
                    if "blocks" in args:
                        message["blocks"] = args["blocks"]
                    return {"ok": True, "channel": channel, "ts": ts, "text": message["text"]}
        return {"ok": False, "error": "message_not_found"}

    def _chat_postEphemeral(self, args: dict) -> dict:
        if not args.get("channel") or not args.get("user"):
            return {"ok": False, "error": "channel_not_found"}
        return {"ok": True, "message_ts": self._next_ts()}

    def _views_open(self, args: dict) -> dict:
        if not args.get("trigger_id"):
            return {"ok": False, "error": "invalid_arguments"}
        view = args.get("view") or {}
        return {"ok": True, "view": {**view, "id": f"V{next(self._views):08d}"}}

    def _views_update(self, args: dict) -> dict:
        if not args.get("view_id") and not args.get("external_id"):
            return {"ok": False, "error": "invalid_arguments"}
        return {"ok": True, "view": {**(args.get("view") or {}), "id": args.get("view_id")}}

    def _conversations_open(self, args: dict) -> dict:
        users = args.get("users") or ""
        if not users:
            return {"ok": False, "error": "users_list_not_supplied"}
        return {"ok": True, "channel": {"id": "D" + users.split(",")[0].lstrip("U")}}

    def _conversations_info(self, args: dict) -> dict:
        channel_id = args.get("channel", "")
        channel = self.channels.get(channel_id)
        if channel is None or self._hidden(channel_id):
            return {"ok": False, "error": "channel_not_found"}
        return {
            "ok": True,
            "channel": {
                "id": channel_id,
                "name": channel["name"],
                "is_channel": not channel["is_private"],
                "is_group": False,
                "is_im": False,
                "is_private": channel["is_private"],
                "is_archived": channel.get("is_archived", False),
                "is_member": channel["is_member"],
                "created": 1730000000,
            },
        }

    def _conversations_history(self, args: dict) -> dict:
        channel = args.get("channel")
        if self._hidden(channel):
            return {"ok": False, "error": "channel_not_found"}
        if not self.channels.get(channel, {"is_member": True})["is_member"]:
            return {"ok": False, "error": "not_in_channel"}
        limit = int(args.get("limit") or 100)
        with_metadata = str(args.get("include_all_metadata", "")).lower() in ("1", "true")
        with self._lock:
            messages = [
                dict(m) for m in reversed(self.messages.get(channel, [])) if "thread_ts" not in m
            ]
        if not with_metadata:
            for message in messages:
                message.pop("metadata", None)
        return {"ok": True, "messages": messages[:limit], "has_more": len(messages) > limit}

    def _usergroups_users_list(self, args: dict) -> dict:
        group = args.get("usergroup", "")
        if group not in self.usergroups:
            return {"ok": False, "error": "no_such_subteam"}
        return {"ok": True, "users": list(self.usergroups[group])}

    def _usergroups_list(self, args: dict) -> dict:
        with_disabled = str(args.get("include_disabled", "")).lower() in ("1", "true")
        return {
            "ok": True,
            "usergroups": [
                {
                    "id": group_id,
                    "team_id": TEAM_ID,
                    "is_usergroup": True,
                    "name": group_id.lower(),
                    "handle": group_id.lower(),
                    "date_delete": 1731000000 if group_id in self.disabled_usergroups else 0,
                    "user_count": len(members),
                }
                for group_id, members in self.usergroups.items()
                if with_disabled or group_id not in self.disabled_usergroups
            ],
        }

    def _users_info(self, args: dict) -> dict:
        user = args.get("user", "")
        if user not in self.users:
            return {"ok": False, "error": "user_not_found"}
        return {"ok": True, "user": {"id": user, **self.users[user]}}

    def _apps_connections_open(self, auth: str) -> dict:
        # Only an app-level token opens Socket Mode connections.
        if not auth.startswith("Bearer xapp-"):
            return {"ok": False, "error": "not_allowed_token_type" if auth else "not_authed"}
        if self.app_token is not None and auth != f"Bearer {self.app_token}":
            return {"ok": False, "error": "invalid_auth"}
        if self.socket_mode is None:
            return {"ok": False, "error": "socket_mode_not_enabled"}
        return {"ok": True, "url": self.socket_mode.new_url()}

    def _response_url(self, request: Request) -> Response:
        return Response(200, "ok")
