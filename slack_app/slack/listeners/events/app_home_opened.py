"""app_home_opened: publish the person's Home tab (and remember them, so it is refreshed when
something they care about changes)."""

from __future__ import annotations

from datetime import UTC, datetime

from slack_app.slack import home
from slack_app.slack.links import Permalinks
from slack_app.slack.listeners._common import ack_now, log, logged


def register(app, services) -> None:
    links = Permalinks(app.client)

    def publish(event, client):
        user = event.get("user")
        if not isinstance(user, str) or not user:
            log.warning("app_home_opened ignored: the event names no user")
            return
        if event.get("tab", "home") != "home":  # the Messages tab
            return
        home.opened(
            client,
            services.store,
            services.settings,
            services.directory,
            user,
            datetime.now(UTC),
            link=links.get,
        )

    app.event("app_home_opened")(ack=ack_now, lazy=[logged(publish, services.gate)])
