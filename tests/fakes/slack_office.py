"""The Slack Web API methods the office manager's day uses, mixed into `FakeSlack`: the App
Home (views.publish), links to messages (chat.getPermalink), threads
(conversations.replies) and the three steps of `files_upload_v2` as slack_sdk sends them
(files.getUploadURLExternal, a POST of the raw bytes to the `upload_url` it returned,
files.completeUploadExternal with the file ids and titles)."""

from __future__ import annotations

import itertools

from tests.fakes.http import Request, Response

BOT_USER_ID = "U0BOT"


class OfficeMethods:
    """Needs from FakeSlack: server, messages, _lock, _views, _hidden, _next_ts."""

    def _init_office_methods(self) -> None:
        self.home_views: dict[str, dict] = {}  # user id -> the view last published
        self.uploads: dict[str, dict] = {}  # file id -> what files_upload_v2 sent
        self._files = itertools.count(1)
        self.server.route("POST", r"/upload/(?P<file_id>\w+)", self._upload)

    # -- App Home, permalinks, threads ---------------------------------------------------------

    def _views_publish(self, args: dict) -> dict:
        view = args.get("view")
        if not args.get("user_id") or not isinstance(view, dict) or view.get("type") != "home":
            return {"ok": False, "error": "invalid_arguments"}
        if not 0 < len(view.get("blocks") or []) <= 100:
            return {"ok": False, "error": "invalid_arguments"}
        with self._lock:
            self.home_views[args["user_id"]] = view
        return {"ok": True, "view": {**view, "id": f"V{next(self._views):08d}"}}

    def _find(self, channel: str, ts: str) -> dict | None:
        with self._lock:
            return next((m for m in self.messages.get(channel, []) if m["ts"] == ts), None)

    def _chat_getPermalink(self, args: dict) -> dict:
        channel, ts = args.get("channel", ""), args.get("message_ts", "")
        if self._hidden(channel):
            return {"ok": False, "error": "channel_not_found"}
        if self._find(channel, ts) is None:
            return {"ok": False, "error": "message_not_found"}
        return {
            "ok": True,
            "channel": channel,
            "permalink": f"https://practice.slack.com/archives/{channel}/p{ts.replace('.', '')}",
        }

    def _conversations_replies(self, args: dict) -> dict:
        channel, ts = args.get("channel", ""), args.get("ts", "")
        if self._hidden(channel):
            return {"ok": False, "error": "channel_not_found"}
        parent = self._find(channel, ts)
        if parent is None:
            return {"ok": False, "error": "thread_not_found"}
        with_metadata = str(args.get("include_all_metadata", "")).lower() in ("1", "true")
        with self._lock:
            thread = [dict(parent)] + [
                dict(m) for m in self.messages.get(channel, []) if m.get("thread_ts") == ts
            ]
        if not with_metadata:
            for message in thread:
                message.pop("metadata", None)
        return {"ok": True, "messages": thread, "has_more": False}

    # -- files_upload_v2: get an upload URL, POST the bytes there, complete ------------------

    def _files_getUploadURLExternal(self, args: dict) -> dict:
        filename, length = args.get("filename") or "", str(args.get("length") or "")
        if not filename or not length.isdigit() or int(length) == 0:
            return {"ok": False, "error": "missing_argument"}
        if len(args.get("alt_txt") or "") > 1000:
            return {"ok": False, "error": "alt_txt_too_large"}
        file_id = f"F{next(self._files):08d}"
        with self._lock:
            self.uploads[file_id] = {
                "filename": filename,
                "length": int(length),
                "alt_txt": args.get("alt_txt") or "",
                "data": None,
                "title": "",
                "channel": "",
            }
        return {"ok": True, "upload_url": f"{self.server.url}/upload/{file_id}", "file_id": file_id}

    def _upload(self, request: Request) -> Response:
        with self._lock:
            upload = self.uploads.get(request.match["file_id"])
            if upload is None:
                return Response(404, "file not found")
            if len(request.body) != upload["length"]:
                return Response(400, f"expected {upload['length']} bytes, got {len(request.body)}")
            upload["data"] = request.body
        return Response(200, f"OK - {len(request.body)}")

    def _files_completeUploadExternal(self, args: dict) -> dict:
        files = args.get("files")
        if not isinstance(files, list) or not files:
            return {"ok": False, "error": "invalid_arguments"}
        channel = args.get("channel_id") or ""
        done = []
        with self._lock:
            for item in files:
                upload = self.uploads.get(item.get("id", ""))
                if upload is None or upload["data"] is None:
                    return {"ok": False, "error": "file_not_found"}
                upload.update(title=item.get("title") or upload["filename"], channel=channel)
                done.append(
                    {
                        "id": item["id"],
                        "name": upload["filename"],
                        "title": upload["title"],
                        "size": upload["length"],
                        "alt_txt": upload["alt_txt"],
                    }
                )
        if channel:
            message = {"files": done, "text": args.get("initial_comment") or ""}
            if args.get("thread_ts"):
                message["thread_ts"] = args["thread_ts"]
            with self._lock:
                message.update(type="message", user=BOT_USER_ID, ts=self._next_ts())
                self.messages.setdefault(channel, []).append(message)
        return {"ok": True, "files": done}


# ---------------------------------------------------------------------------------------------
# Payloads Slack sends for the office manager's day
# ---------------------------------------------------------------------------------------------


def select_action(*, action_id: str, value: str, user: str, block_id: str, **card) -> dict:
    """A block_actions payload for a static_select choice on a message (`card`: channel,
    message_ts)."""
    from tests.fakes.slack_api import block_actions

    payload = block_actions(action_id=action_id, value=value, user=user, block_id=block_id, **card)
    action = payload["actions"][0]
    action.pop("value")
    action.pop("text")
    action["type"] = "static_select"
    action["selected_option"] = {"text": {"type": "plain_text", "text": value}, "value": value}
    return payload


def event_callback(event: dict, *, event_id: str = "Ev0001") -> dict:
    """An Events API envelope, sent as JSON (api.slack.com/apis/events-api)."""
    from tests.fakes.slack_api import APP_ID, TEAM_ID

    return {
        "token": "legacy-verification-token",
        "team_id": TEAM_ID,
        "api_app_id": APP_ID,
        "event": {"event_ts": "1700000000.000100", **event},
        "type": "event_callback",
        "event_id": event_id,
        "event_time": 1700000000,
        "authorizations": [{"team_id": TEAM_ID, "user_id": "U0BOT", "is_bot": True}],
    }


def app_home_opened(user: str, *, tab: str = "home", event_id: str = "Ev0001") -> dict:
    return event_callback(
        {"type": "app_home_opened", "user": user, "channel": f"D{user[1:]}", "tab": tab},
        event_id=event_id,
    )
