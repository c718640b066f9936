"""Who may approve replies and who manages risk: Slack user ids, or members of user groups
(`usergroups.users.list`), cached briefly so a burst of clicks costs one API call.

When Slack cannot be asked, the membership last read is used for at most STALE_SECONDS after
it was read; after that the group counts as empty (fail closed): someone removed from the
group must not keep approving for as long as Slack has trouble."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterable
from typing import Any

log = logging.getLogger(__name__)

CACHE_SECONDS = 60.0
STALE_SECONDS = 600.0


class Directory:
    """Resolves configured ids (U.../W... users, S... user groups) to user ids."""

    def __init__(
        self,
        client: Any,
        *,
        cache_seconds: float = CACHE_SECONDS,
        stale_seconds: float = STALE_SECONDS,
    ) -> None:
        self.client = client
        self.cache_seconds = cache_seconds
        self.stale_seconds = stale_seconds
        self._cache: dict[str, tuple[float, frozenset[str]]] = {}
        self._lock = threading.Lock()

    def members(self, configured: Iterable[str]) -> frozenset[str]:
        users: set[str] = set()
        for entry in configured:
            if entry.startswith("S"):
                users |= self._group(entry)
            elif entry:
                users.add(entry)
        return frozenset(users)

    def _group(self, group_id: str) -> frozenset[str]:
        from slack_sdk.errors import SlackApiError

        now = time.monotonic()
        with self._lock:
            cached = self._cache.get(group_id)
        if cached and now - cached[0] < self.cache_seconds:
            return cached[1]
        try:
            response = self.client.usergroups_users_list(usergroup=group_id)
            members = frozenset(response.get("users") or [])
        except (SlackApiError, OSError) as exc:
            error = exc.response.get("error") if isinstance(exc, SlackApiError) else exc
            if cached and now - cached[0] < self.stale_seconds:
                log.warning(
                    "usergroups.users.list failed for %s: %s; using its members as read %.0f s ago",
                    group_id,
                    error,
                    now - cached[0],
                )
                return cached[1]
            # Fail closed: nobody gains approval rights from a group we cannot read.
            log.warning(
                "usergroups.users.list failed for %s: %s; treating the group as empty",
                group_id,
                error,
            )
            return frozenset()
        with self._lock:
            self._cache[group_id] = (now, members)
        return members

    def is_member(self, user_id: str, configured: Iterable[str]) -> bool:
        configured = list(configured)
        if user_id in configured:
            return True
        return user_id in self.members(e for e in configured if e.startswith("S"))
