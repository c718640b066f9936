"""What doctor needs from Slack beyond `tests.fakes.slack_api.FakeSlack`.

FakeSlack has auth.test and users.info but not conversations.info or usergroups.list, and its
auth.test sends no `x-oauth-scopes` header (Slack sends the token's granted scopes there on
every Web API response). `DoctorSlack` adds those to a FakeSlack instance: the two methods
through FakeSlack's own dispatcher, and the header through a route placed ahead of FakeSlack's
catch-all route. State is plain attributes so a test changes one thing and runs doctor again.
"""

from __future__ import annotations

import re

from tests.fakes.http import Request, Response
from tests.fakes.slack_api import TEAM_ID, FakeSlack

BOT_TOKEN = "xoxb-2041-77310-fAkEbOtToKeN"
APP_TOKEN = "xapp-1-A0RA01-5530-fAkEaPpToKeN"


class DoctorSlack:
    def __init__(self, fake: FakeSlack) -> None:
        self.fake = fake
        self.scopes = [
            "chat:write", "commands", "im:write", "usergroups:read", "channels:history",
            "groups:history", "channels:read", "groups:read", "users:read",
        ]
        # channel id -> name, private?, is the bot a member?
        self.channels: dict[str, dict] = {
            "C0REVIEWS1": {"name": "reviews", "is_private": True, "is_member": True},
        }
        self.disabled_groups: set[str] = set()
        fake.users.update({
            "U0MARIA001": {"name": "maria", "real_name": "Maria Lopez", "deleted": False,
                           "is_bot": False, "team_id": TEAM_ID},
            "U0RISK0001": {"name": "dr.chen", "real_name": "Dr. Alan Chen", "deleted": False,
                           "is_bot": False, "team_id": TEAM_ID},
        })
        fake.usergroups["S0OFFICE01"] = ["U0MARIA001"]
        # FakeSlack._api dispatches "conversations.info" to `_conversations_info`, and so on.
        fake._conversations_info = self._conversations_info
        fake._usergroups_list = self._usergroups_list
        self._users_info, fake._users_info = fake._users_info, self._scoped_users_info
        self._history, fake._conversations_history = (
            fake._conversations_history, self._member_history
        )
        for method in ("GET", "POST"):
            fake.server.routes.insert(
                0, (method, re.compile(r"/api/(?P<method>auth\.test)"), self._with_scopes)
            )

    def _with_scopes(self, request: Request) -> Response:
        answer = self.fake._api(request)
        headers = {**answer.headers, "x-oauth-scopes": ",".join(self.scopes)}
        return Response(answer.status, answer.body, headers)

    def _missing(self, scope: str) -> dict | None:
        if scope in self.scopes:
            return None
        return {"ok": False, "error": "missing_scope", "needed": scope,
                "provided": ",".join(self.scopes)}

    def _scoped_users_info(self, args: dict) -> dict:
        return self._missing("users:read") or self._users_info(args)

    def _member_history(self, args: dict) -> dict:
        channel = self.channels.get(args.get("channel", ""))
        if channel is None or (channel["is_private"] and not channel["is_member"]):
            return {"ok": False, "error": "channel_not_found"}
        refusal = self._missing("groups:history" if channel["is_private"] else "channels:history")
        if refusal:
            return refusal
        if not channel["is_member"]:
            return {"ok": False, "error": "not_in_channel"}
        return self._history(args)

    def _conversations_info(self, args: dict) -> dict:
        channel_id = args.get("channel", "")
        channel = self.channels.get(channel_id)
        # A private channel the bot is not in does not exist as far as the bot can tell.
        if channel is None or (channel["is_private"] and not channel["is_member"]):
            return {"ok": False, "error": "channel_not_found"}
        refusal = self._missing("groups:read" if channel["is_private"] else "channels:read")
        return refusal or {
            "ok": True,
            "channel": {
                "id": channel_id,
                "name": channel["name"],
                "is_channel": not channel["is_private"],
                "is_group": False,
                "is_private": channel["is_private"],
                "is_archived": channel.get("is_archived", False),
                "is_member": channel["is_member"],
                "created": 1730000000,
                "creator": "U0MARIA001",
            },
        }

    def _usergroups_list(self, args: dict) -> dict:
        refusal = self._missing("usergroups:read")
        return refusal or {
            "ok": True,
            "usergroups": [
                {
                    "id": group_id,
                    "team_id": TEAM_ID,
                    "is_usergroup": True,
                    "name": group_id.lower(),
                    "handle": group_id.lower(),
                    "date_delete": 1731000000 if group_id in self.disabled_groups else 0,
                    "user_count": len(members),
                }
                for group_id, members in self.fake.usergroups.items()
            ],
        }
