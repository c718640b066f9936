"""tokens_revoked / app_uninstalled: say loudly that the app can no longer post."""

from __future__ import annotations

from slack_app.slack.listeners._common import log


def register(app, services) -> None:
    @app.event("tokens_revoked")
    @app.event("app_uninstalled")
    def revoked(event):
        log.error("Slack %s: the app can no longer post cards; reinstall it", event.get("type"))
