"""Links to cards (chat.getPermalink), remembered: a message's permalink never changes, and
the App Home and the digest ask for the same cards again and again."""

from __future__ import annotations

import logging
import threading
from typing import Any

from slack_sdk.errors import SlackApiError

log = logging.getLogger(__name__)


class Permalinks:
    def __init__(self, client: Any, *, limit: int = 10_000) -> None:
        self.client = client
        self.limit = limit
        self._known: dict[tuple[str, str], str] = {}
        self._lock = threading.Lock()

    def get(self, channel: str, ts: str) -> str:
        """The message's permalink, or "" when there is no card or Slack would not say."""
        if not channel or not ts:
            return ""
        with self._lock:
            known = self._known.get((channel, ts))
        if known:
            return known
        try:
            link = self.client.chat_getPermalink(channel=channel, message_ts=ts)["permalink"]
        except SlackApiError as exc:
            log.warning(
                "chat.getPermalink %s/%s failed: %s", channel, ts, exc.response.get("error")
            )
            return ""
        except (OSError, KeyError) as exc:
            log.warning("chat.getPermalink %s/%s failed: %s", channel, ts, exc)
            return ""
        with self._lock:
            if len(self._known) >= self.limit:
                self._known.clear()
            self._known[(channel, ts)] = link
        return link
